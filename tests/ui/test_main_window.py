"""The main window: every registered page reachable by Ctrl+digit, placeholders, the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.main_window import SHORTCUT_DIGITS, MainWindow
from ui.page_context import PageContext
from ui.pages import PAGES, PageSpec
from ui.placeholder_page import PlaceholderPage
from ui.settings_page import SettingsPage


def placeholder_pages() -> tuple[PageSpec, ...]:
    """The real registry with every page but Settings as a placeholder: these tests are about the frame."""
    return tuple(spec if spec.key == "settings" else PageSpec(spec.key, spec.title) for spec in PAGES)


@pytest.fixture
def window(qtbot: QtBot, context: PageContext) -> MainWindow:
    window = MainWindow(context, placeholder_pages())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def test_the_registry_has_the_ten_sections_of_the_design() -> None:
    assert [spec.key for spec in PAGES] == [
        "intake",
        "queue",
        "places",
        "referrals",
        "enrolment",
        "archive",
        "reports",
        "journal",
        "sync",
        "settings",
    ]


def test_every_page_opens_by_its_shortcut(qtbot: QtBot, window: MainWindow) -> None:
    for digit, spec in reversed(list(zip(SHORTCUT_DIGITS, PAGES, strict=True))):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.ControlModifier)
        assert window.current_key() == spec.key
        assert window.stack.currentWidget() is window.page(spec.key)


def test_pages_not_built_yet_say_so(window: MainWindow) -> None:
    page = window.show_page("queue")
    assert isinstance(page, PlaceholderPage)
    assert page.note.text()
    assert isinstance(window.show_page("settings"), SettingsPage)


def test_pages_are_built_once_on_first_visit(window: MainWindow) -> None:
    assert window.page("journal") is None
    first = window.show_page("journal")
    window.show_page("intake")
    assert window.show_page("journal") is first


def test_status_bar_shows_user_office_database_rules_and_sync(
    window: MainWindow, context: PageContext
) -> None:
    bar = window.statusBar()
    assert context.actor.full_name in bar.user.text()
    assert context.office.code in bar.office.text()
    assert bar.database.toolTip() == context.db.display_name()
    assert bar.database.text()
    assert context.profile.code in bar.rules.text()
    assert context.profile.effective_from.strftime("%d.%m.%Y") in bar.rules.text()
    assert bar.sync.text()
