"""Shared pieces of the xlsx exports: write-only workbooks with typed, formatted cells."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill

from app.files import replaced_on_success
from reports.layout import local

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
INT_FORMAT = "0"

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=13)
_HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")


def new_sheet(title: str, widths: list[float]) -> tuple[Any, Any]:
    """A write-only workbook and its one sheet (Excel caps sheet titles at 31 characters)."""
    book = Workbook(write_only=True)
    return book, _add_sheet(book, title[:31], widths)


def _add_sheet(book: Any, title: str, widths: list[float]) -> Any:
    sheet = book.create_sheet(title=title)
    for index, width in enumerate(widths):
        sheet.column_dimensions[_column_letter(index)].width = width
    return sheet


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell(sheet: Any, value: object, *, bold: bool = False) -> Any:
    """A typed cell: dates and datetimes (shown in Almaty time) and ints keep their type, with a format."""
    if isinstance(value, datetime):
        # Excel has no time zones: write the wall-clock time of Almaty.
        result = WriteOnlyCell(sheet, local(value).replace(tzinfo=None))
        result.number_format = DATETIME_FORMAT
    elif isinstance(value, date):
        result = WriteOnlyCell(sheet, value)
        result.number_format = DATE_FORMAT
    elif isinstance(value, int) and not isinstance(value, bool):
        result = WriteOnlyCell(sheet, value)
        result.number_format = INT_FORMAT
    else:
        result = WriteOnlyCell(sheet, value)
    if bold:
        result.font = _BOLD
    return result


def title_row(sheet: Any, text: str) -> list[Any]:
    result = WriteOnlyCell(sheet, text)
    result.font = _TITLE
    return [result]


def header_row(sheet: Any, names: list[str]) -> list[Any]:
    cells = []
    for name in names:
        head = WriteOnlyCell(sheet, name)
        head.font = _BOLD
        head.fill = _HEAD_FILL
        cells.append(head)
    return cells


EXCEL_MAX_ROWS = 1_048_576
"""Rows a sheet can hold in Excel (and LibreOffice); a longer sheet does not open."""


class ContinuedRows:
    """Appends typed rows to a write-only sheet and, when it reaches `limit` rows, goes on in a new sheet
    named "<title> (2)", "(3)", … that starts with the header row again."""

    def __init__(
        self,
        book: Any,
        sheet: Any,
        title: str,
        widths: list[float],
        header: list[str],
        *,
        used: int,
        limit: int = EXCEL_MAX_ROWS,
    ) -> None:
        if limit <= used or limit < 2:
            raise ValueError(f"a sheet of {limit} rows cannot hold {used} rows and a data row")
        self._book, self._sheet, self._title = book, sheet, title
        self._widths, self._header, self._limit = widths, header, limit
        self._used = used
        self.sheets = 1

    def append(self, values: tuple[object, ...] | list[object]) -> None:
        if self._used >= self._limit:
            self.sheets += 1
            suffix = f" ({self.sheets})"
            self._sheet = _add_sheet(self._book, self._title[: 31 - len(suffix)] + suffix, self._widths)
            self._sheet.append(header_row(self._sheet, self._header))
            self._used = 1
        self._sheet.append([cell(self._sheet, value) for value in values])
        self._used += 1


def discard(book: Any) -> None:
    """Close an abandoned write-only workbook: its sheets' rows wait in temporary files until a save,
    and a sheet left open fails noisily when it is collected."""
    for sheet in book.worksheets:
        if not sheet.closed:
            sheet.close()
        sheet._writer.cleanup()  # openpyxl's own removal of the sheet's temporary file


def save(book: Any, out: BinaryIO | Path) -> None:
    """Save to a stream, or to a file that appears only once whole."""
    if not isinstance(out, Path):
        book.save(out)
        return
    with replaced_on_success(out) as partial:
        book.save(str(partial))
