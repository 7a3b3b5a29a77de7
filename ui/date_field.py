"""A date field as the acts use it: a calendar popup and the full dd.MM.yyyy date used on Kazakh papers."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit


def date_edit(day: date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day))
    edit.setCalendarPopup(True)
    # The short locale format shows a two-digit year (03.12.26); a deadline must not be ambiguous.
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


def date_of(edit: QDateEdit) -> date:
    value: date = edit.date().toPython()
    return value
