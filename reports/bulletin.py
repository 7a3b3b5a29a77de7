"""Daily bulletin of vacant places (definition 4) or of recalled places (definition 9), PDF and xlsx."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer

from app.domain.documents import BulletinData, BulletinRow, DocumentLanguage
from reports import labels
from reports.layout import (
    PageFrame,
    build_pdf,
    content_width,
    fmt_date,
    fmt_time,
    grid_style,
    para,
    qr_block,
    table_style,
)
from reports.workbook import cell, header_row, new_sheet, save, title_row

QR_KIND = "bulletin"
CHUNK = 400  # rows per table: splitting one huge table page by page is quadratic


def bulletin_title(data: BulletinData) -> str:
    return labels.text(f"bulletin_{data.kind}", data.language)


def _columns(data: BulletinData) -> list[tuple[str, float]]:
    """(label key, width in mm); the recall reason only in a bulletin of recalled places."""
    columns = [
        ("time", 15.0),
        ("place_code", 26.0),
        ("kindergarten_short", 0.0),
        ("birth_year", 12.0),
        ("group_language", 18.0),
        ("group_type", 22.0),
        ("work_mode", 20.0),
        ("enrolment_mode", 25.0),
        ("available_from", 20.0),
        ("stay_until_short", 20.0),
    ]
    if data.kind == "recalled":
        columns.append(("recall_reason", 34.0))
    return columns


def _values(row: BulletinRow, lang: DocumentLanguage, recalled: bool) -> list[Any]:
    values: list[Any] = [
        row.place_code,
        row.kindergarten_name,
        row.birth_year,
        labels.code_label("language", row.group_language, lang),
        labels.code_label("group_type", row.group_type, lang),
        labels.code_label("work_mode", row.work_mode, lang),
        labels.code_label("enrolment_mode", row.enrolment_mode, lang),
        row.available_from,
        row.stay_until,
    ]
    if recalled:
        values.append(row.recall_reason or "")
    return values


def build_bulletin_pdf(data: BulletinData, out: BinaryIO | Path) -> None:
    """Write the bulletin as a landscape A4 PDF; the table's header repeats on every page."""
    lang = data.language
    width = content_width(wide=True)
    columns = _columns(data)
    fixed = sum(w for _, w in columns) * mm
    widths = [w * mm if w else width - fixed for _, w in columns]
    head = [para(labels.text(key, lang), "CellHead") for key, _ in columns]
    recalled = data.kind == "recalled"
    body: list[list[Any]] = []
    for row in data.rows:
        values = _values(row, lang, recalled)
        values[2] = str(row.birth_year)
        values[7] = fmt_date(row.available_from)
        values[8] = fmt_date(row.stay_until) if row.stay_until else "—"
        body.append([fmt_time(row.at), *(para(value, "Cell") for value in values)])
    story: list[Flowable] = [
        para(bulletin_title(data), "Title"),
        para(
            f"№ {data.number}  ·  {labels.text('bulletin_date', lang, date=fmt_date(data.bulletin_date))}",
            "Subtitle",
        ),
        qr_block(
            QR_KIND,
            data.number,
            data.journal_head_hash,
            lang,
            width / 2,
            caption=labels.text("journal_head", lang),
        ),
        para(f"{labels.text('total', lang)}: {len(body)}", "ValueBold"),
        Spacer(1, 2 * mm),
    ]
    if not body:
        story.append(para(labels.text("no_rows", lang), "Body"))
    for start in range(0, len(body), CHUNK):
        table = LongTable([head, *body[start : start + CHUNK]], colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(table_style(*grid_style()))
        story.append(table)
    build_pdf(out, story, PageFrame.of(data, data.number), title=bulletin_title(data), wide=True)


def build_bulletin_xlsx(data: BulletinData, out: BinaryIO | Path) -> None:
    """Write the bulletin as an xlsx sheet: times, dates and years as typed cells with formats."""
    lang = data.language
    columns = _columns(data)
    widths = [17.0, 18.0, 40.0, 10.0, 14.0, 18.0, 16.0, 20.0, 13.0, 13.0, 30.0][: len(columns)]
    book, sheet = new_sheet(bulletin_title(data), widths)
    sheet.append(title_row(sheet, bulletin_title(data)))
    sheet.append([cell(sheet, labels.text("number", lang)), cell(sheet, data.number)])
    sheet.append([cell(sheet, labels.text("date", lang)), cell(sheet, data.bulletin_date)])
    sheet.append([cell(sheet, labels.text("journal_head", lang)), cell(sheet, data.journal_head_hash)])
    sheet.append([cell(sheet, labels.text("issued", lang)), cell(sheet, data.issued_at)])
    sheet.append([])
    sheet.append(header_row(sheet, [labels.text(key, lang) for key, _ in columns]))
    recalled = data.kind == "recalled"
    for row in data.rows:
        sheet.append([cell(sheet, value) for value in (row.at, *_values(row, lang, recalled))])
    save(book, out)
