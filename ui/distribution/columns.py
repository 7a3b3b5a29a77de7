"""The columns of the plan table and of the passed-over pane."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.distribution import PlanRow
from ui.distribution.codes import note_text, reason_name
from ui.intake import codes
from ui.intake.local_format import format_date
from ui.places.codes import kindergarten_name
from ui.row_table import Column


def _list(code: str | None) -> str:
    return codes.label(codes.LISTS, code) if code else ""


def plan_columns(language: str) -> list[Column]:
    def org(row: PlanRow) -> str:
        return kindergarten_name(row.kindergarten_kk, row.kindergarten_ru, language)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place_code),
        Column(QT_TRANSLATE_NOOP("Columns", "Kindergarten"), org, tooltip=org),
        Column(QT_TRANSLATE_NOOP("Columns", "Queue"), lambda r: f"{r.locality} — {r.birth_year}"),
        Column(QT_TRANSLATE_NOOP("Columns", "Application"), lambda r: r.application_no or "—"),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Priority No."),
            lambda r: str(r.priority_number or ""),
            lambda r: r.priority_number or 0,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "List"),
            lambda r: r.queue_list or "",
            tooltip=lambda r: _list(r.queue_list),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Valid until"),
            lambda r: format_date(r.valid_until),
            lambda r: r.valid_until.isoformat() if r.valid_until else "",
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Referral"), lambda r: r.referral_no or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Note"), note_text, tooltip=note_text),
    ]


def passed_over_columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Priority No."),
            lambda p: str(p.priority_number),
            lambda p: p.priority_number,
            numeric=True,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Application"), lambda p: p.candidate.application_no),
        Column(QT_TRANSLATE_NOOP("Columns", "List"), lambda p: _list(p.candidate.list_code)),
        Column(QT_TRANSLATE_NOOP("Columns", "Why passed over"), lambda p: reason_name(p.reason)),
    ]
