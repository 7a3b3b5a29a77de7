"""First run, signing in and reaching the main window, driven the way a clerk would: by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.errors import UserError
from app.services import users
from app.services.actors import Actor
from app.services.session import Database
from tests.ui.conftest import CLERK_PASSWORD
from ui.app import open_and_upgrade
from ui.i18n import Translations
from ui.login_dialog import DEMO_PASSWORD, DEMO_USER, LoginDialog
from ui.messages import message_text
from ui.startup import StartupFlow


def ok_button(dialog: QDialog) -> object:
    box = dialog.findChild(QDialogButtonBox)
    return box.button(QDialogButtonBox.StandardButton.Ok)


def test_first_run_creates_the_administrator_then_signs_in(
    qtbot: QtBot, db: Database, translations: Translations
) -> None:
    flow = StartupFlow(db, translations)
    flow.start()
    dialog = flow.admin_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert flow.login_dialog is None
    qtbot.keyClicks(dialog.username, "aigerim")
    dialog.full_name.setText("Әйгерім Сәрсенбайқызы")  # QTest types ASCII only
    qtbot.keyClicks(dialog.password, "long-enough-1")
    qtbot.keyClicks(dialog.repeat, "long-enough-2")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.username.text() == "aigerim"
    assert dialog.full_name.text() == "Әйгерім Сәрсенбайқызы"
    qtbot.keyClicks(dialog.repeat, "long-enough-1")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    with db.reading() as session:
        assert [u.role for u in users.list_users(session)] == ["admin"]
    login = flow.login_dialog
    assert login is not None
    qtbot.addWidget(login)
    assert login.username.text() == "aigerim"
    qtbot.keyClicks(login.password, "long-enough-1")
    with qtbot.waitSignal(flow.window_shown) as shown:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    window = shown.args[0]
    qtbot.addWidget(window)
    assert "Әйгерім Сәрсенбайқызы" in window.statusBar().user.text()
    # Signed in, the application runs the daily job itself; on a new database it has nothing to do.
    daily = flow.daily
    assert daily is not None
    with qtbot.waitSignal(daily.ran, timeout=10000) as ran:
        pass  # the result comes through the event loop, which has not run since: it cannot be missed
    assert ran.args[0].expired == 0
    qtbot.waitUntil(lambda: not daily.running)
    assert daily.timer.isActive()
    assert window.notice.isHidden()


def test_admin_dialog_shows_a_service_refusal_inline(qtbot: QtBot, db: Database) -> None:
    flow = StartupFlow(db, Translations())
    flow.start()
    dialog = flow.admin_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    for field in (dialog.username, dialog.password, dialog.repeat):
        qtbot.keyClicks(field, "short")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error.text() == message_text(UserError("user.password_short", "", n=8))
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_wrong_password_is_explained_and_cleared_but_the_user_name_stays(
    qtbot: QtBot, db: Database, clerk: Actor
) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClicks(dialog.password, "not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.actor is None
    assert dialog.error.text() == message_text(UserError("auth.failed", ""))
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.password.text() == ""
    assert dialog.username.text() == "clerk"


def test_correct_password_signs_in(qtbot: QtBot, db: Database, clerk: Actor) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClicks(dialog.password, CLERK_PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor == clerk


def test_enter_on_an_empty_password_does_not_try_to_sign_in(qtbot: QtBot, db: Database, clerk: Actor) -> None:
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.username, "clerk")
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_demo_mode_prefills_the_demo_login(qtbot: QtBot, db: Database) -> None:
    dialog = LoginDialog(db, demo=True)
    qtbot.addWidget(dialog)
    assert (dialog.username.text(), dialog.password.text()) == (DEMO_USER, DEMO_PASSWORD)
    assert dialog.demo_hint.isVisibleTo(dialog)
    assert not LoginDialog(db).demo_hint.isVisibleTo(dialog)


def test_an_unreachable_database_is_a_user_error_with_its_name() -> None:
    with pytest.raises(UserError) as raised:
        open_and_upgrade("postgresql+psycopg://nobody@127.0.0.1:1/kezek")
    assert raised.value.code == "db.open_failed"
    assert "127.0.0.1:1" in message_text(raised.value)
