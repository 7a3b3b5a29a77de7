"""`kezek demo` plays the district's last three weeks: every register a newcomer opens has rows in it, the
journal reads in the order of its days, and today's free places are still to distribute."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from app.db.models import Application, ArchiveEntry, JournalEntry, Place, Referral
from app.domain.local_time import local_date
from app.services import demo, distribution, journal
from app.services.actors import Actor
from app.services.demo_history import PAST_RUNS, TODAYS_PLACES, run_days
from app.services.profile import profile_in_force
from app.services.session import Database

NOW = datetime(2026, 12, 4, 6, 30, tzinfo=UTC)
SUPERVISOR = Actor("demo", "Жанар Қасымова", "supervisor")


def test_the_last_three_weeks_fill_every_register(db: Database) -> None:
    summary = demo.fill(db, applications=900, now=NOW)
    history = summary.history
    with db.reading() as session:
        counts = dict(session.execute(select(Referral.status, func.count()).group_by(Referral.status)).all())
        statuses = dict(
            session.execute(select(Application.status, func.count()).group_by(Application.status)).all()
        )
        archived = Counter(session.scalars(select(ArchiveEntry.reason)))
        restored = session.scalar(select(func.count()).where(ArchiveEntry.restored_at.is_not(None)))
        times = list(session.scalars(select(JournalEntry.at).order_by(JournalEntry.seq)))
        issued = set(session.scalars(select(Referral.issued_at).distinct()))
        todays_places = session.scalar(
            select(func.count()).where(Place.published_at == NOW, Place.status == "published")
        )
        assert journal.verify(session).ok
    assert sum(counts.values()) == history.referrals > 0
    assert counts["enrolled"] == history.enrolled > 0
    assert counts["declined"] == history.declined > 0
    assert counts["expired"] == history.expired > 0
    assert counts["issued"] > 0  # live ones wait on the Referrals and Enrolment pages
    assert statuses["stop_listed"] > 0
    assert archived["enrolled"] > 0
    assert archived["withdrawn"] + archived["duplicate"] == history.withdrawn > 0
    assert restored == history.restored == 1
    assert len({local_date(moment) for moment in issued}) == len(PAST_RUNS)
    assert times == sorted(times)
    assert times[0] < NOW - timedelta(days=20)
    assert times[-1] <= NOW
    assert todays_places == TODAYS_PLACES
    with db.reading() as session:
        plan = distribution.plan(session, local_date(NOW))
    assert plan.awarded > 0


def test_a_past_run_that_would_fall_in_the_august_freeze_moves_back_into_july(db: Database) -> None:
    with db.reading() as session:
        profile = profile_in_force(session)
    days = run_days(profile, date(2026, 9, 4))
    assert all(not profile.is_distribution_frozen(day) for day in days)
    assert min(days) == date(2026, 7, 31)
    assert max(days) == date(2026, 9, 2)
