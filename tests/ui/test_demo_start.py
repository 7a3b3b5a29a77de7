"""`--demo` fills an empty database in the background, then signs in as the demo user."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services import users
from app.services.session import Database
from ui.demo_start import prepare_demo
from ui.login_dialog import DEMO_PASSWORD, DEMO_USER

TIMEOUT_MS = 60_000


def test_an_empty_database_is_filled_then_the_demo_login_works(qtbot: QtBot, db: Database) -> None:
    ready: list[bool] = []
    task = prepare_demo(
        db, on_ready=lambda: ready.append(True), on_failed=lambda: ready.append(False), applications=20
    )
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_MS):
        pass
    assert ready == [True]
    with db.reading() as session:
        actor = users.authenticate(session, DEMO_USER, DEMO_PASSWORD)
    assert actor.role == "supervisor"
    assert (
        prepare_demo(db, on_ready=lambda: ready.append(True), on_failed=lambda: ready.append(False)) is None
    )
    assert ready == [True, True]
