"""The columns of the free-places table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.places import OrgRow, PlaceRow
from ui.intake import codes
from ui.intake.local_format import format_date, format_moment
from ui.places.codes import ENROLMENT_MODES, PLACE_STATUSES, kindergarten_name
from ui.row_table import Column


def _class_columns() -> list[Column]:
    """What a place and a group both are: birth year, language, group type, work mode."""
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Birth year"), lambda r: str(r.birth_year), lambda r: r.birth_year
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Language"), lambda r: codes.label(codes.LANGUAGES, r.language)),
        Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: codes.label(codes.GROUP_TYPES, r.group_type)),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Work mode"), lambda r: codes.label(codes.WORK_MODES, r.work_mode)
        ),
    ]


def place_columns(language: str) -> list[Column]:
    def org(row: PlaceRow) -> str:
        return kindergarten_name(row.org_name_kk, row.org_name_ru, language)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.place_code),
        Column(QT_TRANSLATE_NOOP("Columns", "Kindergarten"), org, tooltip=org),
        Column(QT_TRANSLATE_NOOP("Columns", "Group name"), lambda r: r.group_name or ""),
        *_class_columns(),
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


def org_columns(language: str) -> list[Column]:
    def name(row: OrgRow) -> str:
        return kindergarten_name(row.name_kk, row.name_ru, language)

    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.org_code),
        Column(QT_TRANSLATE_NOOP("Columns", "Kindergarten"), name, tooltip=name),
        Column(QT_TRANSLATE_NOOP("Columns", "Locality"), lambda r: r.locality),
        Column(QT_TRANSLATE_NOOP("Columns", "Address"), lambda r: r.address, tooltip=lambda r: r.address),
        Column(QT_TRANSLATE_NOOP("Columns", "BIN"), lambda r: r.bin),
    ]


def group_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Group name"), lambda r: r.name),
        *_class_columns(),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Capacity"),
            lambda r: str(r.capacity),
            lambda r: r.capacity,
            numeric=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Places published"),
            lambda r: str(r.places),
            lambda r: r.places,
            numeric=True,
        ),
    ]
