"""Protocol of a distribution run: for each place who got it, and why each application ahead was passed over.

Built for thousands of rows: the PDF is a series of LongTables with a repeating header, the xlsx a
write-only sheet with one row per award or pass-over, typed for filtering.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Spacer

from app.domain.documents import DistributionProtocolData, DocumentLanguage, ProtocolPlace
from app.progress import Progress, counted, silent
from reports import labels
from reports.layout import (
    Deferred,
    PageFrame,
    build_pdf,
    content_width,
    fmt_date,
    fmt_datetime,
    grid_style,
    para,
    qr_block,
    table_style,
)
from reports.styles import SHADE
from reports.workbook import (
    EXCEL_MAX_ROWS,
    ContinuedRows,
    cell,
    discard,
    header_row,
    new_sheet,
    save,
    title_row,
)

QR_KIND = "protocol"
CHUNK = 400  # rows per table: splitting one huge table page by page is quadratic
PDF_STEP = "laying out the protocol"
XLSX_STEP = "writing the protocol"

_PDF_COLUMNS: tuple[tuple[str, float], ...] = (
    ("place_code", 28.0),
    ("kindergarten_short", 0.0),
    ("queue", 30.0),
    ("application", 40.0),
    ("priority_short", 15.0),
    ("list", 13.0),
    ("referral", 46.0),
    ("valid_until_short", 19.0),
    ("cycle", 18.0),
)


def protocol_title(data: DistributionProtocolData) -> str:
    return labels.text("protocol_title", data.language)


def _queue(place: ProtocolPlace) -> str:
    return f"{place.locality}, {place.birth_year}"


def _place_rows(place: ProtocolPlace, lang: DocumentLanguage, reasons: dict[str, Any]) -> list[list[Any]]:
    """The place's own row, then one row per application passed over (reason in the referral column).

    `reasons` holds one paragraph per reason, shared by every row that gives it: a region's protocol
    has a million such rows, and a paragraph each would not fit in memory."""
    cycle = f"{place.cycle_before} → {place.cycle_after}"
    if place.application_number is None:
        award: list[Any] = [para(labels.text("no_award", lang), "Cell"), "", "", "", "", cycle]
    else:
        award = [
            place.application_number,
            str(place.priority_number or ""),
            place.queue_list or "",
            para(place.referral_number or "—", "Cell"),
            fmt_date(place.valid_until) if place.valid_until else "—",
            cycle,
        ]
    rows: list[list[Any]] = [
        [
            para(place.place_code, "Cell"),
            para(place.kindergarten_name, "Cell"),
            para(_queue(place), "Cell"),
            *award,
        ]
    ]
    passed = f"↳ {labels.text('passed_over', lang)}"
    for skipped in place.passed_over:
        reason = reasons.get(skipped.reason)
        if reason is None:
            reason = reasons[skipped.reason] = para(
                labels.code_label("pass_over", skipped.reason, lang), "Cell"
            )
        rows.append(
            [
                "",
                "",
                passed,
                skipped.application_number,
                str(skipped.priority_number),
                skipped.queue_list,
                reason,
                "",
                "",
            ]
        )
    return rows


def _chunks(places: Sequence[ProtocolPlace]) -> list[range]:
    """Runs of places of about CHUNK rows together (a place's rows are never split between runs)."""
    chunks: list[range] = []
    start = rows = 0
    for index, place in enumerate(places):
        size = 1 + len(place.passed_over)
        if rows + size > CHUNK and rows:
            chunks.append(range(start, index))
            start, rows = index, 0
        rows += size
    if rows:
        chunks.append(range(start, len(places)))
    return chunks


def build_protocol_pdf(
    data: DistributionProtocolData, out: BinaryIO | Path, progress: Progress = silent
) -> None:
    """Write the protocol as a landscape A4 PDF with the column header repeated on every page; the
    places laid out so far are reported as PDF_STEP."""
    lang = data.language
    width = content_width(wide=True)
    fixed = sum(w for _, w in _PDF_COLUMNS) * mm
    widths = [w * mm if w else width - fixed for _, w in _PDF_COLUMNS]
    head = [para(labels.text(key, lang), "CellHead") for key, _ in _PDF_COLUMNS]
    story: list[Flowable] = [
        para(protocol_title(data), "Title"),
        para(f"№ {data.number}  ·  {fmt_datetime(data.issued_at)}", "Subtitle"),
    ]
    if data.dry_run:
        story.append(para(labels.text("dry_run", lang), "NoteCenter"))
    story += [
        para(f"{labels.text('places_total', lang)}: {len(data.places)}", "Body"),
        para(f"{labels.text('employee', lang)}: {data.employee_name}", "Body"),
        qr_block(QR_KIND, data.number, data.journal_hash, lang, width / 2),
        Spacer(1, 3 * mm),
    ]
    reasons: dict[str, Any] = {}
    total = len(data.places)

    def table(places: range) -> LongTable:
        chunk: list[list[Any]] = []
        starts: list[int] = []  # rows (1-based, after the header) that open a place, shaded
        for index in places:
            starts.append(len(chunk) + 1)
            chunk += _place_rows(data.places[index], lang, reasons)
        progress(PDF_STEP, places.stop, total)
        return _table(head, chunk, starts, widths)

    progress(PDF_STEP, 0, total)
    story += [Deferred(partial(table, places)) for places in _chunks(data.places)]
    build_pdf(out, story, PageFrame.of(data, data.number), title=protocol_title(data), wide=True)


def _table(head: list[Any], rows: list[list[Any]], starts: list[int], widths: list[float]) -> LongTable:
    table = LongTable([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    shading = [("BACKGROUND", (0, row), (-1, row), SHADE) for row in starts]
    table.setStyle(table_style(*grid_style(), *shading))
    return table


_XLSX_COLUMNS: tuple[tuple[str, float], ...] = (
    ("place_code", 18.0),
    ("kindergarten_short", 36.0),
    ("locality", 18.0),
    ("birth_year", 10.0),
    ("row_kind", 16.0),
    ("application", 18.0),
    ("priority_short", 10.0),
    ("list", 7.0),
    ("referral", 18.0),
    ("valid_until_short", 12.0),
    ("cycle_before", 10.0),
    ("cycle_after", 10.0),
    ("reason", 36.0),
)


def build_protocol_xlsx(
    data: DistributionProtocolData,
    out: BinaryIO | Path,
    progress: Progress = silent,
    *,
    rows_per_sheet: int = EXCEL_MAX_ROWS,
) -> None:
    """Write the protocol as one flat table: a row per award (or empty place) and per pass-over, going
    on in further sheets past `rows_per_sheet` (a region's run passes over more than a sheet holds);
    the places written so far are reported as XLSX_STEP."""
    lang = data.language
    title, widths = protocol_title(data), [w for _, w in _XLSX_COLUMNS]
    header = [labels.text(key, lang) for key, _ in _XLSX_COLUMNS]
    book, sheet = new_sheet(title, widths)
    preamble: list[list[Any]] = [
        title_row(sheet, title),
        [cell(sheet, labels.text("number", lang)), cell(sheet, data.number)],
        [cell(sheet, labels.text("issued", lang)), cell(sheet, data.issued_at)],
    ]
    if data.dry_run:
        preamble.append([cell(sheet, labels.text("dry_run", lang), bold=True)])
    preamble += [[], header_row(sheet, header)]
    for row in preamble:
        sheet.append(row)
    table = ContinuedRows(book, sheet, title, widths, header, used=len(preamble), limit=rows_per_sheet)
    try:
        _append_places(table, data, progress)
    except BaseException:
        discard(book)
        raise
    save(book, out)


def _append_places(table: ContinuedRows, data: DistributionProtocolData, progress: Progress) -> None:
    lang = data.language
    awarded = labels.text("row_award", lang)
    passed = labels.text("passed_over", lang)
    for place in counted(data.places, progress, XLSX_STEP, len(data.places)):
        where = (place.place_code, place.kindergarten_name, place.locality, place.birth_year)
        kind = awarded if place.application_number is not None else labels.text("no_award", lang)
        values: tuple[object, ...] = (
            *where,
            kind,
            place.application_number,
            place.priority_number,
            place.queue_list,
            place.referral_number,
            place.valid_until,
            place.cycle_before,
            place.cycle_after,
            None,
        )
        table.append(values)
        for skipped in place.passed_over:
            reason = labels.code_label("pass_over", skipped.reason, lang)
            values = (
                *where,
                passed,
                skipped.application_number,
                skipped.priority_number,
                skipped.queue_list,
                None,
                None,
                None,
                None,
                reason,
            )
            table.append(values)
