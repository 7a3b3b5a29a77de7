"""Translated referral states and the referral table's columns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.services.referral_views import ReferralRow
from ui.intake.codes import label
from ui.intake.local_format import format_date, format_moment
from ui.places.codes import kindergarten_name
from ui.row_table import Column

REFERRAL_STATUSES = {
    "issued": QT_TRANSLATE_NOOP("Codes", "Live"),
    "enrolled": QT_TRANSLATE_NOOP("Codes", "Used: enrolled"),
    "declined": QT_TRANSLATE_NOOP("Codes", "Declined"),
    "expired": QT_TRANSLATE_NOOP("Codes", "Expired"),
}


def referral_columns(language: str) -> list[Column]:
    def org(row: ReferralRow) -> str:
        return kindergarten_name(row.kindergarten_kk, row.kindergarten_ru, language)

    # What a desk acts on comes first (who, until when, in what state); where the place is comes after.
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Referral"), lambda r: r.referral_no),
        Column(QT_TRANSLATE_NOOP("Columns", "Child"), lambda r: r.child_name),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Valid until"),
            lambda r: format_date(r.valid_until),
            lambda r: r.valid_until.isoformat() if r.valid_until else "",
        ),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Extensions"), lambda r: str(r.extensions), lambda r: r.extensions
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(REFERRAL_STATUSES, r.status)),
        Column(QT_TRANSLATE_NOOP("Columns", "Kindergarten"), org, tooltip=org),
        Column(QT_TRANSLATE_NOOP("Columns", "Place"), lambda r: r.place_code),
        Column(QT_TRANSLATE_NOOP("Columns", "Application"), lambda r: r.application_no),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Issued"),
            lambda r: format_moment(r.issued_at),
            lambda r: r.issued_at,
        ),
    ]
