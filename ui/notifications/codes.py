"""Translated notification events, channels and delivery states, and the outbox table's columns."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.intake.codes import label
from ui.intake.local_format import format_moment
from ui.row_table import Column

EVENTS = {
    "registered": QT_TRANSLATE_NOOP("Codes", "Registered in the queue"),
    "referral_issued": QT_TRANSLATE_NOOP("Codes", "Referral issued"),
    "referral_extended": QT_TRANSLATE_NOOP("Codes", "Referral extended"),
    "referral_expired": QT_TRANSLATE_NOOP("Codes", "Referral expired, stop list"),
    "stop_list_released": QT_TRANSLATE_NOOP("Codes", "Released from the stop list"),
    "enrolled": QT_TRANSLATE_NOOP("Codes", "Enrolled"),
    "archived": QT_TRANSLATE_NOOP("Codes", "Removed from the queue"),
}
CHANNELS = {
    "sms": QT_TRANSLATE_NOOP("Codes", "SMS"),
    "email": QT_TRANSLATE_NOOP("Codes", "E-mail"),
    "print": QT_TRANSLATE_NOOP("Codes", "Printed notice"),
}
DELIVERY = {
    "pending": QT_TRANSLATE_NOOP("Codes", "Waiting"),
    "failed": QT_TRANSLATE_NOOP("Codes", "Not delivered"),
    "sent": QT_TRANSLATE_NOOP("Codes", "Sent"),
    "printed": QT_TRANSLATE_NOOP("Codes", "Printed"),
}


def notification_columns() -> list[Column]:
    return [
        Column(
            QT_TRANSLATE_NOOP("Columns", "Time"),
            lambda r: format_moment(r.created_at),
            lambda r: r.created_at,
        ),
        Column(QT_TRANSLATE_NOOP("Columns", "Application"), lambda r: r.application_no or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Event"), lambda r: label(EVENTS, r.event)),
        Column(QT_TRANSLATE_NOOP("Columns", "Channel"), lambda r: label(CHANNELS, r.channel)),
        Column(QT_TRANSLATE_NOOP("Columns", "Recipient"), lambda r: r.recipient),
        Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: label(DELIVERY, r.status)),
    ]
