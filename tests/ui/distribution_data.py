"""Kindergartens, places, applications and issued referrals for the GUI tests of issue 4's screens."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain import local_time
from app.services import distribution
from app.services.actors import Actor
from app.services.session import Database
from tests.db.distribution_helpers import SUPERVISOR, add_org, publish, register
from ui.page_context import PageContext


def as_of_today() -> date:
    """A distribution day near today that is never in the August freeze (referrals must not be stale)."""
    today = local_time.today()
    return today + timedelta(days=31) if today.month == 8 else today


def supervisor_context(context: PageContext) -> PageContext:
    return PageContext(context.db, SUPERVISOR, context.office, context.profile, context.translations)


def two_places_three_applications(db: Database) -> list[str]:
    """Places P-1, P-2 at BB-1 and three general applications of 2023; their numbers in queue order."""
    with db.transaction() as session:
        add_org(session, "BB-1")
        numbers = [
            register(session, "2026-11-02T09:00:00+05:00"),
            register(session, "2026-11-02T10:00:00+05:00", language="ru"),
            register(session, "2026-11-03T09:00:00+05:00"),
        ]
        publish(session, "P-1")
        publish(session, "P-2")
    return numbers


def issue_referrals(db: Database, actor: Actor = SUPERVISOR) -> list[str]:
    """Run a distribution now; the referral numbers it issued, in place order."""
    with db.transaction() as session:
        result = distribution.run(session, actor, as_of_today(), dry_run=False)
    return [row.referral_no for row in result.rows if row.referral_no]
