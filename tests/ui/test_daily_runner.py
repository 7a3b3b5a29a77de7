"""The daily job the application runs itself: after sign-in and after each local midnight."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain import local_time
from app.errors import UserError
from app.services import distribution
from app.services.daily import DailySummary
from app.services.session import Database
from tests.db.distribution_helpers import SUPERVISOR, add_org, publish, register, status_of
from tests.db.intake_helpers import at
from ui.daily_runner import DailyRunner, until_next_run
from ui.intake.local_format import format_date
from ui.notice_bar import NoticeBar

OCTOBER = date(2026, 10, 5)


def test_the_next_run_is_just_after_the_next_almaty_midnight() -> None:
    evening = datetime(2026, 12, 4, 23, 30, tzinfo=local_time.LOCAL_TZ)
    assert until_next_run(evening) == timedelta(minutes=31)
    just_past = datetime(2026, 12, 4, 0, 0, 30, tzinfo=local_time.LOCAL_TZ)
    assert until_next_run(just_past) == timedelta(hours=24, seconds=30)


def _referral_long_expired(db: Database) -> str:
    """An application given a place in October 2026, its referral unused ever since; its number."""
    with db.transaction() as session:
        add_org(session)
        number = register(session, "2026-09-01T09:00:00+05:00")
        publish(session, "P-1", available_from=date(2026, 10, 1), now=at("2026-10-01T09:00:00+05:00"))
    with db.transaction() as session:
        assert distribution.run(session, SUPERVISOR, OCTOBER, dry_run=False).awarded == 1
    return number


def test_a_run_expires_what_is_due_and_waits_for_the_next_day(qtbot: QtBot, db: Database) -> None:
    number = _referral_long_expired(db)
    # Owned by a widget qtbot closes, as the main window owns it in the application: its timer must end on
    # the GUI thread, not whenever (and wherever) the garbage collector gets to it.
    owner = QWidget()
    qtbot.addWidget(owner)
    runner = DailyRunner(db, owner)
    with qtbot.waitSignal(runner.ran) as first:
        runner.run()
    summary = first.args[0]
    assert (summary.as_of, summary.expired) == (local_time.today(), 1)
    assert status_of(db, number) == "stop_listed"  # for ten days from the run
    qtbot.waitUntil(lambda: not runner.running)
    assert runner.timer.isActive()
    assert 0 < runner.timer.remainingTime() <= (24 * 60 + 1) * 60 * 1000
    with qtbot.waitSignal(runner.ran) as again:
        runner.run()
    assert again.args[0].expired == 0  # the same day twice changes nothing


def test_the_notice_says_what_the_run_did_and_nothing_when_it_changed_no_application(qtbot: QtBot) -> None:
    notice = NoticeBar()
    qtbot.addWidget(notice)
    notice.show_daily(DailySummary(date(2026, 12, 4), 0, 0, 2))  # only yesterday's bulletins closed
    assert notice.isHidden()
    notice.show_daily(DailySummary(date(2026, 12, 4), 2, 1, 0))
    assert not notice.isHidden()
    assert notice.text == (
        f"Daily run of {format_date(date(2026, 12, 4))}: referrals expired 2, released from the stop list 1"
    )
    notice.close_button.click()
    assert notice.isHidden()
    notice.show_daily_failure(
        UserError("daily.future", "the daily run of {day} cannot be made before that day", day="2026-12-05")
    )
    assert notice.text.startswith("The daily run failed (the daily run of 2026-12-05 cannot be made")
