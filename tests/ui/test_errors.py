"""User errors become translated boxes; bugs become the error dialog whose details can be copied."""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import InvalidInput, UserError
from tests.ui.ts_catalogue import translation
from ui import msgbox
from ui.error_dialog import ErrorDialog, install_excepthook, report_exception
from ui.i18n import Translations
from ui.messages import MESSAGES, message_text, show_error


def failing_function() -> None:
    raise RuntimeError("the disk said no")


def caught() -> RuntimeError:
    try:
        failing_function()
    except RuntimeError as error:
        return error
    raise AssertionError("not raised")


def test_unknown_codes_fall_back_to_the_english_text() -> None:
    error = InvalidInput("nobody.knows", "odd value {value}", value="x")
    assert message_text(error) == "odd value x"


def test_known_codes_are_translated_with_their_parameters(translations: Translations) -> None:
    translations.apply("kk")
    error = InvalidInput("user.exists", "a user named '{username}' already exists", username="aigerim")
    expected = translation("kk", "Messages", MESSAGES["user.exists"]).format(username="aigerim")
    assert message_text(error) == expected


def test_parameters_that_do_not_fit_fall_back_to_the_english_text() -> None:
    error = InvalidInput("document.expired", "expired on {when}", when="today")
    assert message_text(error) == "expired on today"


def test_show_error_opens_a_non_blocking_box(qtbot: QtBot) -> None:
    box = show_error(None, UserError("auth.failed", "wrong user name or password"))
    qtbot.addWidget(box)
    assert box.isVisible()
    assert box.text() == message_text(UserError("auth.failed", ""))
    box.accept()


def test_question_reports_the_answer(qtbot: QtBot) -> None:
    answers: list[bool] = []
    box = msgbox.question(None, "Kezek", "Proceed?", answers.append)
    qtbot.addWidget(box)
    box.button(QMessageBox.StandardButton.Yes).click()
    assert answers == [True]


def test_error_dialog_copies_the_traceback(qtbot: QtBot) -> None:
    dialog = report_exception(caught())
    qtbot.addWidget(dialog)
    assert isinstance(dialog, ErrorDialog)
    assert dialog.isVisible()
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "Traceback" in copied
    assert "failing_function" in copied
    assert "the disk said no" in copied


def test_the_excepthook_shows_bugs_and_user_errors(qtbot: QtBot, monkeypatch: object) -> None:
    shown: list[object] = []
    monkeypatch.setattr("ui.error_dialog.report_exception", lambda error, parent: shown.append(error))  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # type: ignore[attr-defined]
    install_excepthook()
    error = caught()
    sys.excepthook(type(error), error, error.__traceback__)
    assert shown == [error]
