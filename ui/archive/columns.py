"""The columns of the stop-list and archive registers, with their reasons in the screen's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.archive import ArchiveRow, StopListRow
from app.services.referral_expiry import UNUSED_REFERRAL
from ui.intake import codes
from ui.intake.local_format import format_date, format_moment
from ui.row_table import Column

_UNUSED = QT_TRANSLATE_NOOP("Codes", "Referral {number} not used by {date}")


def stop_reason(row: StopListRow) -> str:
    if row.reason != UNUSED_REFERRAL or row.referral_no is None or row.referral_valid_until is None:
        return row.reason
    day = format_date(row.referral_valid_until)
    return QCoreApplication.translate("Codes", _UNUSED).format(number=row.referral_no, date=day)


def archive_reason(row: ArchiveRow) -> str:
    name = codes.label(codes.ARCHIVE_REASONS, row.reason)
    return f"{name}: {row.note}" if row.note else name


def _yes_no(flag: bool) -> str:
    source = QT_TRANSLATE_NOOP("Codes", "Yes") if flag else QT_TRANSLATE_NOOP("Codes", "No")
    return QCoreApplication.translate("Codes", source)


def stop_list_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Application"), lambda r: r.application_no),
        Column(QT_TRANSLATE_NOOP("Columns", "Child"), lambda r: r.child_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), stop_reason, tooltip=stop_reason),
        Column(
            QT_TRANSLATE_NOOP("Columns", "From"), lambda r: format_date(r.starts_on), lambda r: r.starts_on
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Until"), lambda r: format_date(r.ends_on), lambda r: r.ends_on),
        Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.actor_name, tooltip=lambda r: r.actor),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Released"),
            lambda r: format_date(r.released_on),
            lambda r: r.released_on.isoformat() if r.released_on else "",
        ),
    ]


def archive_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Application"), lambda r: r.application_no),
        Column(QT_TRANSLATE_NOOP("Columns", "Child"), lambda r: r.child_name),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), archive_reason, tooltip=archive_reason),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Date"),
            lambda r: format_moment(r.archived_at),
            lambda r: r.archived_at,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Who"), lambda r: r.actor_name, tooltip=lambda r: r.actor),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Restored"),
            lambda r: _yes_no(r.restored_at is not None),
            lambda r: r.restored_at is not None,
        ),
    ]
