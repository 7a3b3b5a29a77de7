"""The columns of the free-places table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.places import PlaceRow
from ui.intake import codes
from ui.intake.local_format import format_date, format_moment
from ui.places.codes import ENROLMENT_MODES, PLACE_STATUSES, kindergarten_name
from ui.row_table import Column


def place_columns(language: str) -> list[Column]:
    def org(row: PlaceRow) -> str:
        return kindergarten_name(row.org_name_kk, row.org_name_ru, language)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.place_code),
        Column(QT_TRANSLATE_NOOP("Columns", "Kindergarten"), org, tooltip=org),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Birth year"), lambda r: str(r.birth_year), lambda r: r.birth_year
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Language"), lambda r: codes.label(codes.LANGUAGES, r.language)),
        Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: codes.label(codes.GROUP_TYPES, r.group_type)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Work mode"), lambda r: codes.label(codes.WORK_MODES, r.work_mode)
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Enrolment mode"),
            lambda r: codes.label(ENROLMENT_MODES, r.enrollment_mode),
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Available from"),
            lambda r: format_date(r.available_from),
            lambda r: r.available_from,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Stay until"),
            lambda r: format_date(r.stay_until),
            lambda r: r.stay_until.isoformat() if r.stay_until else "",
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: codes.label(PLACE_STATUSES, r.status)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Published"),
            lambda r: format_moment(r.published_at),
            lambda r: r.published_at,
        ),
    ]
