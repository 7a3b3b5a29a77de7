"""Translated referral states and the referral table's columns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.domain import local_time
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


def deadline_note(row: ReferralRow) -> str:
    """Why a live referral's last valid day wants attention (it is today, or past), else ""."""
    if row.status != "issued" or row.valid_until is None or row.valid_until > local_time.today():
        return ""
    if row.valid_until == local_time.today():
        return QCoreApplication.translate("Columns", "Today is its last valid day")
    return QCoreApplication.translate(
        "Columns", "Past its last valid day: the daily run ends it and gives the place back"
    )


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
            tooltip=deadline_note,
            alert=lambda r: bool(deadline_note(r)),
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
