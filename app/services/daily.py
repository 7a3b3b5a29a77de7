"""The daily job: expire unused referrals, release ended stop-list periods, close yesterday's bulletins."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy.orm import Session

from app.domain.local_time import local_date
from app.errors import RuleViolation
from app.services import locks, places
from app.services.actors import Actor, require_role
from app.services.referrals import expire_due, release_stop_list


@dataclass(frozen=True, slots=True)
class DailySummary:
    as_of: date
    expired: int
    released: int
    bulletins_closed: int


def run_daily(session: Session, actor: Actor, as_of: date, *, now: datetime | None = None) -> DailySummary:
    """Everything due on the morning of `as_of`; running it again the same day changes nothing.

    The bulletins closed are those of the day before: a day's bulletin is complete only once the day is over.
    """
    require_role(actor, "supervisor")
    locks.one_at_a_time(session, locks.DAILY)
    today = local_date(now or datetime.now(UTC))
    if as_of > today:
        raise RuleViolation(
            "daily.future", "the daily run of {day} cannot be made before that day", day=as_of
        )
    expired = expire_due(session, actor, as_of, now=now)
    released = release_stop_list(session, actor, as_of, now=now)
    closed = places.close_bulletins(session, actor, as_of - timedelta(days=1), now=now)
    return DailySummary(as_of, expired, released, closed)
