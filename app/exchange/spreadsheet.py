"""Reading an exchange file (.csv UTF-8 or .xlsx, header row first) into numbered rows of text."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, TextIO

import openpyxl

from app.errors import InvalidInput

SUFFIXES = (".csv", ".xlsx")


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One data row: its number as a spreadsheet shows it (the header is row 1) and its cells by column.

    `overflow` is true when the row has values to the right of the header's last column (dropped here).
    """

    number: int
    values: dict[str, str]
    overflow: bool = False


def read_rows(path: Path, columns: Sequence[str]) -> Iterator[SheetRow]:
    """The data rows of a .csv or .xlsx file whose header names exactly `columns` (in any order).

    The header is checked before this returns; rows are then read lazily, blank rows skipped. Cell text
    is stripped. Raises InvalidInput for an unknown extension, an unreadable file or a wrong header.
    """
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _csv_rows(path, columns)
    if suffix == ".xlsx":
        return _xlsx_rows(path, columns)
    raise InvalidInput(
        "exchange.format",
        "{file}: exchange files are .csv (UTF-8) or .xlsx, not '{suffix}'",
        file=path.name,
        suffix=path.suffix or "(no extension)",
    )


def _unreadable(path: Path, reason: str) -> InvalidInput:
    return InvalidInput("exchange.unreadable", "{file}: {reason}", file=path.name, reason=reason)


def _header(path: Path, cells: Sequence[str], columns: Sequence[str]) -> list[str]:
    header = [cell.strip() for cell in cells]
    while header and not header[-1]:
        header.pop()
    if not header:
        raise InvalidInput(
            "exchange.empty_header",
            "{file}: the first row must be the header row, but it is empty",
            file=path.name,
        )
    expected = set(columns)
    missing = [name for name in columns if name not in header]
    unknown = [name or "(empty)" for name in header if name not in expected]
    repeated = sorted({name for name in header if name and header.count(name) > 1})
    if missing or unknown or repeated:
        problems = [
            f"{label} {', '.join(names)}"
            for label, names in (("missing", missing), ("unknown", unknown), ("repeated", repeated))
            if names
        ]
        raise InvalidInput(
            "exchange.header",
            "{file}: the header does not match the expected columns ({problems}); expected: {expected}",
            file=path.name,
            problems="; ".join(problems),
            expected=", ".join(columns),
            # Each list on its own too, for a screen that words the labels in its language.
            missing=", ".join(missing) or "—",
            unknown=", ".join(unknown) or "—",
            repeated=", ".join(repeated) or "—",
        )
    return header


def _rows(header: list[str], records: Iterable[tuple[int, list[str]]]) -> Iterator[SheetRow]:
    width = len(header)
    for number, cells in records:
        overflow = False
        if len(cells) > width:
            overflow = any(cell.strip() for cell in cells[width:])
            cells = cells[:width]
        elif len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        values = [cell.strip() for cell in cells]
        if any(values) or overflow:
            yield SheetRow(number, dict(zip(header, values, strict=True)), overflow)


def _csv_rows(path: Path, columns: Sequence[str]) -> Iterator[SheetRow]:
    try:
        # utf-8-sig reads files with and without the byte order mark Excel puts in "CSV UTF-8".
        stream = path.open(encoding="utf-8-sig", newline="")
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from error
    try:
        reader = csv.reader(stream)
        header = _header(path, next(reader, []), columns)
    except UnicodeDecodeError as error:
        stream.close()
        raise _not_utf8(path) from error
    except BaseException:
        stream.close()
        raise
    return _csv_body(path, stream, reader, header)


def _csv_body(
    path: Path, stream: TextIO, reader: Iterator[list[str]], header: list[str]
) -> Iterator[SheetRow]:
    with stream:
        try:
            # Counting records, not lines: a quoted cell may span lines but is one spreadsheet row.
            yield from _rows(header, enumerate(reader, start=2))
        except UnicodeDecodeError as error:
            raise _not_utf8(path) from error


def _not_utf8(path: Path) -> InvalidInput:
    return InvalidInput(
        "exchange.not_utf8", '{file}: the file is not UTF-8 text; save it as "CSV UTF-8"', file=path.name
    )


def _xlsx_rows(path: Path, columns: Sequence[str]) -> Iterator[SheetRow]:
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, KeyError, ValueError) as error:
        raise InvalidInput(
            "exchange.not_xlsx",
            "{file}: not a readable .xlsx workbook ({error})",
            file=path.name,
            error=error,
        ) from error
    try:
        sheet = book.worksheets[0]
        rows = sheet.iter_rows()
        header = _header(path, [cell_text(c.value, None) for c in next(rows, ())], columns)
    except BaseException:
        book.close()
        raise
    return _xlsx_body(book, rows, header)


def _xlsx_body(book: Any, rows: Iterator[tuple[Any, ...]], header: list[str]) -> Iterator[SheetRow]:
    try:
        records = (
            (number, [cell_text(c.value, getattr(c, "number_format", None)) for c in cells])
            for number, cells in enumerate(rows, start=2)
        )
        yield from _rows(header, records)
    finally:
        book.close()


def cell_text(value: object, number_format: str | None) -> str:
    """A cell's value as the text a CSV of the same sheet would hold (ISO dates, plain numbers)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        text = str(value)
        # A code kept as a number with a zero-padded format (an IIN like 050312…) keeps its zeros.
        if number_format and set(number_format) == {"0"}:
            text = text.zfill(len(number_format))
        return text
    return str(value)
