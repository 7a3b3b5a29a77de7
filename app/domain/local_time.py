"""Asia/Almaty: times are stored in UTC and shown, printed and dated in local time (DESIGN §2)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Almaty")


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL_TZ)


def local_date(moment: datetime) -> date:
    """The calendar date in Asia/Almaty of an aware moment (deadlines count in local dates)."""
    return moment.astimezone(LOCAL_TZ).date()
