"""Keyboard-first: on every page and tab, and in the dialogs they open, in every language, no two things on
screen share an Alt letter (Qt would only cycle between them, and the clerk's Alt+letter would not do what
the label says)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.services import archive
from tests.db.distribution_helpers import CLERK, publish
from tests.ui.distribution_data import issue_referrals, supervisor_context, two_places_three_applications
from ui.admin_dialog import AdminSetupDialog
from ui.application_card import ApplicationCardDialog
from ui.archive import ArchivePage
from ui.login_dialog import LoginDialog
from ui.main_window import MainWindow
from ui.page_context import PageContext
from ui.pages import PAGES
from ui.places import PlacesPage
from ui.places.kindergartens_page import KindergartensPage
from ui.queue.page import QueuePage
from ui.referrals.page import ReferralsPage
from ui.row_table import select_where

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shared_letters(window: QWidget) -> dict[str, list[str]]:
    """Letters that more than one visible button, label or tab of the window (or dialog) is marked with."""
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


def dialogs_of_the_places_and_referrals(
    window: MainWindow, application_no: str, archived_no: str
) -> dict[str, Callable[[], QWidget | None]]:
    """How a supervisor opens each dialog of Free places, Referrals and the archive, and an application's
    card and its own: by name, in the order they are opened (a card's dialogs need the card open)."""
    section = window.show_page("places")
    places, kindergartens = section.findChildren(PlacesPage)[0], section.findChildren(KindergartensPage)[0]
    places.status_combo.setCurrentIndex(0)
    assert select_where(places.table, lambda row: row.place_code == "P-3")
    referrals = window.show_page("referrals")
    assert isinstance(referrals, ReferralsPage)
    referrals.table.selectRow(0)
    archived = window.show_page("archive")
    assert isinstance(archived, ArchivePage)
    archived.tabs.setCurrentIndex(1)
    assert select_where(archived.archive_table, lambda row: row.application_no == archived_no)
    queue = window.show_page("queue")
    assert isinstance(queue, QueuePage)
    cards: list[ApplicationCardDialog] = []

    def open_card() -> QWidget:
        card = queue.open_card(application_no)
        assert isinstance(card, ApplicationCardDialog)
        cards.append(card)
        return card

    return {
        "publish a place": places.open_publish,
        "recall a place": places.ask_recall,
        "refer by hand": places.ask_refer,
        "bulletins": places.open_bulletins,
        "add a kindergarten": kindergartens.open_add_org,
        "add a group": kindergartens.open_add,
        "extend a referral": referrals.ask_extend,
        "record an enrolment": referrals.ask_enrol,
        "restore from the archive": archived.ask_restore,
        "application card": open_card,
        "withdraw an application": lambda: cards[0].ask_withdraw(),
        "correct an application": lambda: cards[0].ask_correct(),
    }


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_nor_do_two_in_a_dialog_share_one(qtbot: QtBot, context: PageContext, language: str) -> None:
    numbers = two_places_three_applications(context.db)
    issue_referrals(context.db)
    with context.db.transaction() as session:
        publish(session, "P-3")
        archive.withdraw(session, CLERK, numbers[1], "withdrawn", "moved away")
    context.translations.apply(language)
    window = MainWindow(supervisor_context(context), PAGES)
    qtbot.addWidget(window)
    window.show()
    clashes = {}
    for name, open_dialog in dialogs_of_the_places_and_referrals(window, numbers[2], numbers[1]).items():
        dialog = open_dialog()
        assert dialog is not None, name
        dialog.show()
        clashes[name] = shared_letters(dialog)
        if name != "application card":  # it stays open for its own dialogs
            dialog.close()
    assert {name: shared for name, shared in clashes.items() if shared} == {}


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_nor_before_sign_in(qtbot: QtBot, context: PageContext, language: str) -> None:
    """The first administrator's form and the sign-in, the first screens anyone meets."""
    context.translations.apply(language)
    clashes = {}
    for name, dialog in (
        ("first administrator", AdminSetupDialog(context.db)),
        ("sign in", LoginDialog(context.db, demo=True)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        clashes[name] = shared_letters(dialog)
    assert {name: shared for name, shared in clashes.items() if shared} == {}
