"""Translated reasons an application was passed over, and the plan's notes in the screen's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.distribution import PlanRow
from ui.intake.codes import label
from ui.intake.local_format import format_date

PASS_OVER_REASONS = {
    "stop_list": QT_TRANSLATE_NOOP("Codes", "On the stop list"),
    "live_referral": QT_TRANSLATE_NOOP("Codes", "Already holds a live referral"),
    "language": QT_TRANSLATE_NOOP("Codes", "Another language of education"),
    "group_type": QT_TRANSLATE_NOOP("Codes", "Another group type"),
    "work_mode": QT_TRANSLATE_NOOP("Codes", "Another work mode"),
    "not_chosen": QT_TRANSLATE_NOOP("Codes", "Kindergarten not among the chosen"),
    "not_due": QT_TRANSLATE_NOOP("Codes", "Its list was not due (1 : 3 order)"),
}
_NOTES = {
    "nobody": QT_TRANSLATE_NOOP("Codes", "No eligible application"),
    "early": QT_TRANSLATE_NOOP("Codes", "Early booking: valid from the release on {date}"),
    "temporary": QT_TRANSLATE_NOOP("Codes", "Temporary stay until {date}"),
}


def reason_name(code: str) -> str:
    return label(PASS_OVER_REASONS, code)


def note_text(row: PlanRow) -> str:
    if not row.note_code:
        return ""
    day = format_date(row.note_date) if row.note_date else ""
    return QCoreApplication.translate("Codes", _NOTES[row.note_code]).format(date=day)
