"""The daily job on a real database: expiry, release, bulletins, and a second run that changes nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Bulletin
from app.errors import RuleViolation
from app.services import daily, distribution
from tests.db.distribution_helpers import SUPERVISOR, add_org, dump, publish, register, status_of


def _morning(day: date) -> datetime:
    return datetime.fromisoformat(f"{day.isoformat()}T08:00:00+05:00")


def _run(db: Database, day: date) -> daily.DailySummary:
    with db.transaction() as session:
        return daily.run_daily(session, SUPERVISOR, day, now=_morning(day))


def test_daily_expires_releases_closes_and_is_idempotent(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        number = register(session, "2026-11-02T10:00:00+05:00", preferred_orgs=("BB-1",))
        publish(session, "P-1")
    with db.transaction() as session:
        distribution.run(session, SUPERVISOR, date(2026, 12, 14), dry_run=False)

    assert _run(db, date(2026, 12, 23)) == daily.DailySummary(date(2026, 12, 23), 1, 0, 2)
    assert status_of(db, number) == "stop_listed"
    before = dump(db)
    assert _run(db, date(2026, 12, 23)) == daily.DailySummary(date(2026, 12, 23), 0, 0, 0)
    assert dump(db) == before

    assert _run(db, date(2027, 1, 2)).released == 1
    assert status_of(db, number) == "queued"
    with db.reading() as session:
        days = sorted({row.day for row in session.scalars(select(Bulletin))})
    assert days == [date(2026, 12, 22), date(2027, 1, 1)]


def test_a_daily_run_of_a_day_to_come_is_refused(db: Database) -> None:
    with pytest.raises(RuleViolation) as refused, db.transaction() as session:
        daily.run_daily(session, SUPERVISOR, date(2026, 12, 4), now=datetime(2026, 12, 3, 12, 0, tzinfo=UTC))
    assert refused.value.code == "daily.future"
