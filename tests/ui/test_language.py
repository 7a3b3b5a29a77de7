"""Switching the language at run time re-translates what is on screen and is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from app.errors import UserError
from tests.ui.test_main_window import placeholder_pages
from tests.ui.ts_catalogue import translation
from ui.i18n import SETTINGS_KEY, saved_language
from ui.main_window import MainWindow
from ui.messages import message_text
from ui.page_context import PageContext
from ui.pages import PAGES
from ui.placeholder_page import PlaceholderPage
from ui.settings_page import SettingsPage
from ui.settings_store import settings


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def expected_nav(language: str) -> list[str]:
    return [translation(language, "Pages", spec.title) for spec in PAGES]


@pytest.mark.parametrize(("language", "locale"), [("kk", "kk_KZ"), ("ru", "ru_KZ")])
def test_applying_a_language_retranslates_open_widgets(
    qtbot: QtBot, context: PageContext, language: str, locale: str
) -> None:
    window = MainWindow(context, placeholder_pages())
    qtbot.addWidget(window)
    placeholder = window.show_page("queue")
    assert isinstance(placeholder, PlaceholderPage)
    english = nav_texts(window)
    context.translations.apply(language)
    qtbot.waitUntil(lambda: nav_texts(window) == expected_nav(language))
    assert nav_texts(window) != english
    assert placeholder.note.text() == translation(language, "PlaceholderPage", placeholder_source())
    assert QLocale().name() == locale
    assert message_text(UserError("auth.failed", "")) == translation(
        language, "Messages", "Wrong user name or password."
    )


def placeholder_source() -> str:
    return "This section is coming in a later release."


def test_the_settings_page_switches_and_remembers_the_language(qtbot: QtBot, context: PageContext) -> None:
    context.translations.apply("kk")
    window = MainWindow(context, placeholder_pages())
    qtbot.addWidget(window)
    page = window.show_page("settings")
    assert isinstance(page, SettingsPage)
    page.language.setCurrentIndex(page.language.findData("ru"))
    qtbot.waitUntil(lambda: nav_texts(window) == expected_nav("ru"))
    assert page.title.text() == translation("ru", "SettingsPage", "Settings")
    assert window.statusBar().sync.text() == translation("ru", "KezekStatusBar", "Sync: local")
    assert settings().value(SETTINGS_KEY) == "ru"
    assert saved_language() == "ru"
