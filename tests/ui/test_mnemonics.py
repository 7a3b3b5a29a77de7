"""Keyboard-first: on every page and tab, in every language, no two things on screen share an Alt letter
(Qt would only cycle between them, and the clerk's Alt+letter would not do what the label says)."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.distribution_data import supervisor_context
from ui.main_window import MainWindow
from ui.page_context import PageContext
from ui.pages import PAGES

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shared_letters(window: MainWindow) -> dict[str, list[str]]:
    """Letters that more than one visible button, label or tab of the window is marked with."""
    texts: dict[str, list[str]] = defaultdict(list)
    widgets: list[QWidget] = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
    for widget in widgets:
        letter = mnemonic(widget.text())  # type: ignore[attr-defined]
        if letter and widget.isVisibleTo(window):
            texts[letter].append(widget.text())  # type: ignore[attr-defined]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisibleTo(window):
            for index in range(tabs.count()):
                if letter := mnemonic(tabs.tabText(index)):
                    texts[letter].append(tabs.tabText(index))
    return {letter: found for letter, found in texts.items() if len(found) > 1}


def clashes_on_every_screen(window: MainWindow) -> dict[str, dict[str, list[str]]]:
    """Each page, and each tab of a page with tabs, shown in turn (the screens a clerk meets), by name:
    the letters shared there."""
    clashes = {}
    for spec in PAGES:
        page = window.show_page(spec.key)
        tab_widgets = [tabs for tabs in page.findChildren(QTabWidget) if tabs.isVisibleTo(window)]
        for tabs in tab_widgets or [None]:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                clashes[f"{spec.key}/{tabs.tabText(index) if tabs else ''}"] = shared_letters(window)
    return clashes


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_no_two_things_on_a_screen_share_an_alt_letter(
    qtbot: QtBot, context: PageContext, language: str
) -> None:
    context.translations.apply(language)
    window = MainWindow(supervisor_context(context), PAGES)
    qtbot.addWidget(window)
    window.show()
    clashes = clashes_on_every_screen(window)
    assert len(clashes) > len(PAGES)  # the tabs were visited too
    assert {screen: shared for screen, shared in clashes.items() if shared} == {}
