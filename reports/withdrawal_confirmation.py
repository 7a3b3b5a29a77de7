"""Confirmation that an application left the queue for the archive: number, child, reason, date, clerk."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.documents import WithdrawalConfirmationData
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
)

QR_KIND = "withdrawal"


def build_withdrawal_confirmation(data: WithdrawalConfirmationData, out: BinaryIO | Path) -> None:
    """Write the confirmation as a one-page A4 PDF to `out`."""
    lang = data.language
    width = content_width()
    rows: list[tuple[str, str | Flowable]] = [
        (labels.text("application_number", lang), data.application_number),
        (labels.text("child_name", lang), data.child_name),
        (labels.text("child_iin", lang), data.child_iin),
        (labels.text("birth_date", lang), fmt_date(data.child_birth_date)),
        (labels.text("reason", lang), labels.code_label("archive_reason", data.reason_code, lang)),
    ]
    if data.reason_text:
        rows.append((labels.text("comment", lang), data.reason_text))
    rows += [
        (labels.text("archived_at", lang), fmt_datetime(data.archived_at)),
        (labels.text("office", lang), f"{data.office_name} ({data.office_code})"),
        (labels.text("employee", lang), data.employee_name),
    ]
    story: list[Flowable] = [
        para(labels.text("withdrawal_title", lang), "Title"),
        para(f"№ {data.number}", "Subtitle"),
        field_table(rows, width),
        signature_line(labels.text("employee", lang), data.employee_name, lang, width),
        Spacer(1, 8 * mm),
        qr_block(QR_KIND, data.number, data.journal_hash, lang, width),
    ]
    build_pdf(out, story, PageFrame.of(data, data.number), title=labels.text("withdrawal_title", lang))
