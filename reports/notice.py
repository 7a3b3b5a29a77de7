"""A notification from the outbox, printed for an applicant who has no phone: title, text, date."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.documents import NoticeData
from reports import labels
from reports.layout import PageFrame, build_pdf, content_width, field_table, fmt_datetime, para, qr_block

QR_KIND = "notice"


def build_notice(data: NoticeData, out: BinaryIO | Path) -> None:
    """Write the notice as an A4 PDF to `out`; blank lines in the text separate paragraphs."""
    lang = data.language
    width = content_width()
    rows: list[tuple[str, str | Flowable]] = []
    if data.recipient_name:
        rows.append((labels.text("notice_to", lang), data.recipient_name))
    rows.append((labels.text("notice_date", lang), fmt_datetime(data.message_at, seconds=False)))
    story: list[Flowable] = [
        para(data.title, "Title"),
        para(f"№ {data.number}", "Subtitle"),
        field_table(rows, width, label_width=45 * mm),
        Spacer(1, 6 * mm),
    ]
    for block in data.text.replace("\r\n", "\n").split("\n\n"):
        if block.strip():
            story += [para(block.strip(), "Body"), Spacer(1, 3 * mm)]
    if data.journal_hash:
        story += [Spacer(1, 6 * mm), qr_block(QR_KIND, data.number, data.journal_hash, lang, width)]
    build_pdf(out, story, PageFrame.of(data, data.number), title=data.title)
