"""Asia/Almaty: times are stored in UTC and shown, printed and dated in local time (DESIGN §2)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Almaty")


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def local_date(moment: datetime) -> date:
    """The calendar date in Asia/Almaty of an aware moment (deadlines count in local dates)."""
    return moment.astimezone(LOCAL_TZ).date()


def today(now: datetime | None = None) -> date:
    """Today in Asia/Almaty: the office's calendar day, whatever zone the machine's clock is set to."""
    return local_date(now or datetime.now(UTC))
