"""Receipt for refusal to accept documents (Annex 3): two copies, one for each party, on one sheet."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.flowables import HRFlowable

from app.domain.check_code import qr_payload
from app.domain.documents import DocumentLanguage, MissingDocument, RefusalReceiptData
from reports import labels
from reports.layout import (
    PageFrame,
    build_pdf,
    content_width,
    field_table,
    fmt_date,
    fmt_datetime,
    para,
    table_style,
)
from reports.qr import qr_drawing
from reports.styles import GREY, stylesheet

QR_KIND = "refusal"


def missing_line(item: MissingDocument, language: DocumentLanguage) -> str:
    """`<document name> — missing` or `<document name> — expired on <date>`."""
    name = item.name or labels.code_label("document", item.code, language)
    if item.expired_on is None:
        state = labels.text("doc_missing", language)
    else:
        state = labels.text("doc_expired", language, date=fmt_date(item.expired_on))
    return f"{name} — {state}"


def _signatures(data: RefusalReceiptData, width: float) -> Table:
    """Employee's and applicant's signature lines on the left, the check QR code on the right."""
    lang = data.language
    qr_size = 19 * mm
    left = width - qr_size - 4 * mm
    sign = f"({labels.text('signature', lang)})"
    date_line = f"{labels.text('date', lang)}: «___» ____________ 20___"
    cells = [
        [
            para(f"{labels.text('employee', lang)}: {data.employee_name}", "Signature"),
            "",
            para(sign, "SmallGrey"),
        ],
        [para(labels.text("received_by", lang), "Signature"), "", para(sign, "SmallGrey")],
        [para(date_line, "Signature"), "", ""],
    ]
    lines = Table(cells, colWidths=[left - 65 * mm, 45 * mm, 20 * mm], hAlign="LEFT")
    lines.setStyle(
        table_style(
            ("LINEBELOW", (1, 0), (1, 1), 0.5, GREY),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 7),
        )
    )
    code = qr_drawing(qr_payload(QR_KIND, data.number, data.journal_hash), qr_size)
    outer = Table([[lines, code]], colWidths=[left, qr_size + 4 * mm], hAlign="LEFT")
    outer.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        )
    )
    return outer


def _copy(data: RefusalReceiptData, copy: int, width: float) -> KeepTogether:
    lang = data.language
    items: list[Flowable] = [
        Paragraph(escape(missing_line(item, lang)), stylesheet()["ListItem"], bulletText=f"{n})")
        for n, item in enumerate(data.missing, start=1)
    ]
    subtitle = f"{labels.text('receipt_number', lang, number=data.number)}  ·  {fmt_datetime(data.issued_at)}"
    provider = f"{data.provider_name}\n{data.office_name} ({data.office_code})"
    return KeepTogether(
        [
            para(labels.text(f"copy_{copy}", lang), "CopyMark"),
            para(labels.text("receipt_title", lang), "TitleSmall"),
            para(subtitle, "Subtitle"),
            field_table(
                [
                    (labels.text("provider", lang), provider),
                    (labels.text("applicant", lang), data.applicant_name),
                    (labels.text("service", lang), labels.service_name(lang)),
                    (labels.text("ground", lang), labels.text("ground_text", lang)),
                ],
                width,
                label_width=42 * mm,
                size=9,
            ),
            Spacer(1, 2 * mm),
            para(labels.text("missing_heading", lang), "ValueBold"),
            *items,
            Spacer(1, 1 * mm),
            para(labels.text("receipt_copies", lang), "SmallGrey"),
            _signatures(data, width),
        ]
    )


def build_refusal_receipt(data: RefusalReceiptData, out: BinaryIO | Path) -> None:
    """Write both copies of the receipt to `out` (one A4 sheet, cut along the dashed line)."""
    width = content_width()
    cut = HRFlowable(
        width="100%", thickness=0.5, color=GREY, dash=(3, 3), spaceBefore=4 * mm, spaceAfter=3 * mm
    )
    story: list[Flowable] = [_copy(data, 1, width), cut, _copy(data, 2, width)]
    title = labels.text("receipt_title", data.language)
    build_pdf(out, story, PageFrame.of(data, data.number), title=title)
