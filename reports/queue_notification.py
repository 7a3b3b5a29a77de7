"""Notification of queuing with the priority number, printed when a complete package is registered."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from app.domain.documents import QueueNotificationData
from reports import labels
from reports.layout import (
    PageFrame,
    build_pdf,
    content_width,
    field_table,
    fmt_date,
    fmt_datetime,
    para,
    qr_block,
    signature_line,
    table_style,
)
from reports.styles import RULE

QR_KIND = "notification"


def _priority_box(data: QueueNotificationData, width: float) -> Table:
    lang = data.language
    rows: list[list[Flowable]] = [
        [para(labels.text("priority_number", lang), "BigNumberLabel")],
        [para(str(data.priority_number), "BigNumber")],
    ]
    if data.provisional_as_of is not None:
        moment = fmt_datetime(data.provisional_as_of, seconds=False)
        rows.append([para(labels.text("provisional", lang, moment=moment), "NoteCenter")])
    box = Table(rows, colWidths=[width])
    box.setStyle(
        table_style(
            ("BOX", (0, 0), (-1, -1), 1.2, RULE),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return box


def build_queue_notification(data: QueueNotificationData, out: BinaryIO | Path) -> None:
    """Write the notification as a one-page A4 PDF to `out`."""
    lang = data.language
    width = content_width()
    category = data.category_name or labels.code_label("category", data.category_code, lang)
    queue = labels.text("queue_value", lang, locality=data.locality, year=data.birth_year)
    story: list[Flowable] = [
        para(labels.text("notification_title", lang), "Title"),
        para(f"№ {data.number}", "Subtitle"),
        _priority_box(data, width),
        Spacer(1, 6 * mm),
        field_table(
            [
                (labels.text("application_number", lang), data.number),
                (labels.text("registered_at", lang), fmt_datetime(data.registered_at)),
                (labels.text("child_name", lang), data.child_name),
                (labels.text("child_iin", lang), data.child_iin),
                (labels.text("birth_date", lang), fmt_date(data.child_birth_date)),
                (labels.text("category", lang), category),
                (labels.text("queue", lang), queue),
                (labels.text("office", lang), f"{data.office_name} ({data.office_code})"),
                (labels.text("employee", lang), data.employee_name),
            ],
            width,
        ),
        Spacer(1, 3 * mm),
        para(labels.text("priority_note", lang), "Note"),
        signature_line(labels.text("employee", lang), data.employee_name, lang, width),
        Spacer(1, 8 * mm),
        qr_block(QR_KIND, data.number, data.journal_hash, lang, width),
    ]
    build_pdf(out, story, PageFrame.of(data, data.number), title=labels.text("notification_title", lang))
