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
    fitted_widths,
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


def column_keys(kind: str) -> list[str]:
    """The label keys of the columns; the recall reason only in a bulletin of recalled places."""
    keys = [
        "time",
        "place_code",
        "kindergarten_short",
        "birth_year",
        "group_language",
        "group_type",
        "work_mode",
        "enrolment_mode",
        "available_from",
        "stay_until_short",
    ]
    return [*keys, "recall_reason"] if kind == "recalled" else keys


_FREE_TEXT = ("kindergarten_short", "recall_reason")
"""The columns that take the width the others leave."""


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
    """Write the bulletin as a landscape A4 PDF; the table's header repeats on every page, and its columns
    are sized so that no word is cut in two."""
    lang = data.language
    width = content_width(wide=True)
    keys = column_keys(data.kind)
    head = [labels.text(key, lang) for key in keys]
    recalled = data.kind == "recalled"
    texts: list[list[str]] = []
    for row in data.rows:
        values = _values(row, lang, recalled)
        values[2] = str(row.birth_year)
        values[7] = fmt_date(row.available_from)
        values[8] = fmt_date(row.stay_until) if row.stay_until else "—"
        texts.append([fmt_time(row.at), *values])
    widths = fitted_widths(head, texts, width, [keys.index(key) for key in _FREE_TEXT if key in keys])
    body = [[text_row[0], *(para(value, "Cell") for value in text_row[1:])] for text_row in texts]
    head_cells = [para(text, "CellHead") for text in head]
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
        table = LongTable(
            [head_cells, *body[start : start + CHUNK]], colWidths=widths, repeatRows=1, hAlign="LEFT"
        )
        table.setStyle(table_style(*grid_style()))
        story.append(table)
    build_pdf(out, story, PageFrame.of(data, data.number), title=bulletin_title(data), wide=True)


def build_bulletin_xlsx(data: BulletinData, out: BinaryIO | Path) -> None:
    """Write the bulletin as an xlsx sheet: times, dates and years as typed cells with formats."""
    lang = data.language
    keys = column_keys(data.kind)
    widths = [17.0, 18.0, 40.0, 10.0, 14.0, 18.0, 16.0, 20.0, 13.0, 13.0, 30.0][: len(keys)]
    book, sheet = new_sheet(bulletin_title(data), widths)
    sheet.append(title_row(sheet, bulletin_title(data)))
    sheet.append([cell(sheet, labels.text("number", lang)), cell(sheet, data.number)])
    sheet.append([cell(sheet, labels.text("date", lang)), cell(sheet, data.bulletin_date)])
    sheet.append([cell(sheet, labels.text("journal_head", lang)), cell(sheet, data.journal_head_hash)])
    sheet.append([cell(sheet, labels.text("issued", lang)), cell(sheet, data.issued_at)])
    sheet.append([])
    sheet.append(header_row(sheet, [labels.text(key, lang) for key in keys]))
    recalled = data.kind == "recalled"
    for row in data.rows:
        sheet.append([cell(sheet, value) for value in (row.at, *_values(row, lang, recalled))])
    save(book, out)
