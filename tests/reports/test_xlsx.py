"""Bulletin and protocol workbooks read back with openpyxl: typed dates, datetimes and integers."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from reports import labels
from reports.bulletin import build_bulletin_xlsx
from reports.distribution_protocol import XLSX_STEP, build_protocol_xlsx
from tests.reports import samples


def _header_index(rows: list[tuple[object, ...]], first: str) -> int:
    return next(i for i, row in enumerate(rows) if row and row[0] == first)


def test_bulletin_xlsx_has_typed_cells(tmp_path: Path) -> None:
    out = tmp_path / "bulletin.xlsx"
    data = samples.bulletin("recalled", rows=50, language="ru")
    build_bulletin_xlsx(data, out)
    sheet = load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == labels.text("bulletin_recalled", "ru")
    assert (labels.text("journal_head", "ru"), samples.HASH) in {row[:2] for row in rows[:6]}
    assert (labels.text("date", "ru"), datetime(2026, 3, 14)) in {row[:2] for row in rows[:6]}
    head = _header_index(rows, labels.text("time", "ru"))
    body = rows[head + 1 :]
    assert len(body) == 50
    first = body[0]
    assert first[0] == datetime(2026, 3, 14, 8, 0)  # 03:00 UTC written as Almaty wall-clock time
    assert first[1] == "KG-000-00000"
    assert first[3] == 2021
    assert isinstance(first[3], int)
    assert first[8] == datetime(2026, 4, 1)
    assert first[9] is None
    assert body[2][9] == datetime(2026, 9, 1)
    assert first[10] == "Топ жабылды (жөндеу)"
    # formats survive: a date cell shows as a date, a year as an integer
    cells = next(iter(sheet.iter_rows(min_row=head + 2, max_row=head + 2)))
    assert cells[0].number_format == "DD.MM.YYYY HH:MM"
    assert cells[8].number_format == "DD.MM.YYYY"
    assert cells[3].number_format == "0"
    assert cells[0].is_date
    assert cells[8].is_date


def test_vacant_bulletin_has_no_recall_column(tmp_path: Path) -> None:
    out = tmp_path / "bulletin.xlsx"
    build_bulletin_xlsx(samples.bulletin("vacant", rows=3, language="kk"), out)
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    head = rows[_header_index(rows, labels.text("time", "kk"))]
    assert labels.text("recall_reason", "kk") not in head
    assert len([v for v in head if v is not None]) == 10


def test_protocol_xlsx_one_row_per_award_and_pass_over(tmp_path: Path) -> None:
    out = tmp_path / "protocol.xlsx"
    data = samples.protocol(places=2000, language="kk")
    build_protocol_xlsx(data, out)
    book = load_workbook(out, read_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    head = _header_index(rows, labels.text("place_code", "kk"))
    body = rows[head + 1 :]
    assert len(body) == sum(1 + len(place.passed_over) for place in data.places)
    assert len(body) > 4000
    place = data.places[3]  # i = 3: awarded, three applications passed over
    start = next(i for i, row in enumerate(body) if row[0] == place.place_code)
    award, *skipped = body[start : start + 4]
    assert award[5] == place.application_number
    assert award[6] == place.priority_number
    assert isinstance(award[6], int)
    assert award[9] == datetime(2026, 3, 21)
    assert (award[10], award[11]) == (3, 0)
    assert [row[12] for row in skipped] == [
        labels.code_label("pass_over", s.reason, "kk") for s in place.passed_over
    ]
    assert all(row[4] == labels.text("passed_over", "kk") for row in skipped)
    empty = next(row for row in body if row[4] == labels.text("no_award", "kk"))
    assert empty[5] is None
    assert empty[9] is None


def test_protocol_xlsx_marks_a_dry_run(tmp_path: Path) -> None:
    out = tmp_path / "protocol.xlsx"
    build_protocol_xlsx(samples.protocol(places=5, language="ru", dry_run=True), out)
    rows = list(load_workbook(out).worksheets[0].iter_rows(values_only=True))
    assert any(row and row[0] == labels.text("dry_run", "ru") for row in rows[:6])
    assert isinstance(rows[2][1], datetime)
    assert rows[2][1] == datetime(2026, 3, 14, 9, 15, 42)


def test_a_protocol_longer_than_a_sheet_goes_on_in_further_sheets_with_the_header(tmp_path: Path) -> None:
    data = samples.protocol(places=60, language="kk")
    whole, split = tmp_path / "whole.xlsx", tmp_path / "split.xlsx"
    build_protocol_xlsx(data, whole)
    build_protocol_xlsx(data, split, rows_per_sheet=40)
    first = labels.text("place_code", "kk")
    one = list(load_workbook(whole).worksheets[0].iter_rows(values_only=True))
    expected = one[_header_index(one, first) + 1 :]
    book = load_workbook(split)
    sheets = [list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets]
    assert len(expected) == sum(1 + len(place.passed_over) for place in data.places) > 80
    # Every sheet but the last is full: the table goes on exactly at the limit.
    assert len(sheets) >= 3
    assert [len(rows) for rows in sheets[:-1]] == [40] * (len(sheets) - 1)
    # The last holds what is left after the full ones: its header and at least one row.
    on_first = 40 - (_header_index(sheets[0], first) + 1)
    left = len(expected) - on_first - 39 * (len(sheets) - 2)
    assert 0 < left <= 39
    assert len(sheets[-1]) == 1 + left
    title = book.worksheets[0].title
    assert [sheet.title for sheet in book.worksheets[1:]] == [
        f"{title[: 31 - len(f' ({n})')]} ({n})" for n in range(2, len(sheets) + 1)
    ]
    assert all(rows[0] == one[_header_index(one, first)] for rows in sheets[1:])
    body = sheets[0][_header_index(sheets[0], first) + 1 :] + [row for rows in sheets[1:] for row in rows[1:]]
    assert body == expected


def test_protocol_xlsx_reports_the_places_written(tmp_path: Path) -> None:
    data = samples.protocol(places=2500, language="ru")
    reports: list[tuple[str, int, int | None]] = []
    build_protocol_xlsx(data, tmp_path / "protocol.xlsx", lambda *report: reports.append(report))
    assert reports == [(XLSX_STEP, 1000, 2500), (XLSX_STEP, 2000, 2500), (XLSX_STEP, 2500, 2500)]


def test_an_interrupted_export_leaves_no_file_behind(tmp_path: Path) -> None:
    out = tmp_path / "protocol.xlsx"

    def interrupted(step: str, done: int, total: int | None) -> None:
        raise KeyboardInterrupt

    def openpyxl_temporaries() -> set[Path]:
        return set(Path(tempfile.gettempdir()).glob("openpyxl.*"))

    before = openpyxl_temporaries()
    with pytest.raises(KeyboardInterrupt):
        build_protocol_xlsx(samples.protocol(places=1500, language="ru"), out, interrupted)
    assert list(tmp_path.iterdir()) == []
    assert openpyxl_temporaries() == before
