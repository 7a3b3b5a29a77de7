"""Dates and moments as the clerk reads them: Asia/Almaty time in the kk_KZ / ru_KZ formats."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from app.domain.local_time import local


def format_date(day: date | None) -> str:
    """The locale's short date, but with a four-digit year: a waiting list spans years."""
    if day is None:
        return ""
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def format_moment(moment: datetime) -> str:
    """To the second, as registrations are recorded."""
    here = local(moment)
    time = QLocale().toString(QTime(here.hour, here.minute, here.second), "HH:mm:ss")
    return f"{format_date(here.date())} {time}"
