"""The `kezek` command end to end: import → queue export reproduces RULES §3; errors exit 1 with rows."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from app.cli.queue_commands import EXPORT_COLUMNS
from app.db.database import Database
from app.domain.iin import make_iin
from app.exchange.applications import COLUMNS as APPLICATION_COLUMNS
from app.services import queue

ORGS = (
    "org_code,name_kk,name_ru,locality,address,bin\n"
    "DO-001,«Балапан» бөбекжай-бақшасы,Ясли-сад «Балапан»,Қосшы,Абай көшесі 1,123456789012\n"
)


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _iin(serial: int) -> str:
    while True:
        value = make_iin(date(2023, 4, 10), "F", serial)
        if value is not None:
            return value
        serial += 1


def _application(
    number: str, registered_at: str, category: str, serial: int, doc_date: str = ""
) -> dict[str, str]:
    return {
        "application_no": number,
        "registered_at": registered_at,
        "locality": "Қосшы",
        "child_iin": _iin(serial),
        "child_last_name": "Сәрсенбаева",
        "child_first_name": "Іңкәр",
        "child_middle_name": "Ғалымқызы",
        "child_birth_date": "2023-04-10",
        "applicant_iin": make_iin(date(1991, 1, 15), "F", 77) or "",
        "applicant_last_name": "Сәрсенбаева",
        "applicant_first_name": "Ұлжан",
        "applicant_middle_name": "",
        "phone": "+7 701 555 12 34",
        "email": "",
        "language": "kk",
        "group_type": "general",
        "work_mode": "full",
        "special_needs": "false",
        "category": category,
        "category_doc_date": doc_date,
        "preferred_orgs": "DO-001",
    }


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=APPLICATION_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


# Registration order with ties: g2 and g3 share a second, so the application number decides.
PLAN = [
    ("X-0001", "2026-11-02T09:00:00+05:00", "general", "g1"),
    ("X-0004", "2026-11-02T09:05:00+05:00", "general", "g3"),
    ("X-0003", "2026-11-02T09:05:00+05:00", "general", "g2"),
    ("X-0002", "2026-11-02T09:10:00+05:00", "large_family", "f1"),
    ("X-0005", "2026-11-02T09:20:00+05:00", "general", "g4"),
    ("X-0006", "2026-11-02T09:30:00+05:00", "military", "e1"),
    ("X-0007", "2026-11-02T09:40:00+05:00", "orphan", "f2"),
    ("X-0008", "2026-11-02T09:50:00+05:00", "general", "g5"),
]


def test_import_then_export_reproduces_the_queue_order(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "orgs.csv").write_text(ORGS, encoding="utf-8")
    assert main(["--database", _url(db), "import", "orgs", str(tmp_path / "orgs.csv")]) == 0
    rows = [
        _application(number, at, category, serial, "2026-10-30" if category != "general" else "")
        for serial, (number, at, category, _) in enumerate(PLAN, start=1)
    ]
    assert (
        main(["--database", _url(db), "import", "applications", str(_write(tmp_path / "apps.csv", rows))])
        == 0
    )
    out = tmp_path / "queue.csv"
    assert main(["--database", _url(db), "queue", "export", "--out", str(out)]) == 0
    with out.open(encoding="utf-8") as exported:
        table = list(csv.reader(exported))
    assert tuple(table[0]) == EXPORT_COLUMNS
    names = {number: name for number, _, _, name in PLAN}
    # E first; then from c = 0: F G G G F G …; the tie g2/g3 by number (X-0003 before X-0004).
    assert [names[row[3]] for row in table[1:]] == ["e1", "f1", "g1", "g2", "g3", "f2", "g4", "g5"]
    assert [int(row[2]) for row in table[1:]] == list(range(1, 9))
    assert {row[7] for row in table[1:]} == {"queued"}
    assert table[1][6] == "2026-11-02T09:30:00+05:00"
    with db.reading() as session:
        assert queue.position_by_number(session, "X-0007").priority_number == 6
    capsys.readouterr()
    assert main(["--database", _url(db), "journal", "verify"]) == 0
    assert "journal intact: 9 entries" in capsys.readouterr().out


def test_bad_rows_exit_1_with_one_line_each_and_nothing_written(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "orgs.csv").write_text(ORGS, encoding="utf-8")
    assert main(["--database", _url(db), "import", "orgs", str(tmp_path / "orgs.csv")]) == 0
    good = _application("X-0001", "2026-11-02T09:00:00+05:00", "general", 1)
    bad_iin = dict(
        _application("X-0002", "2026-11-02T09:00:00+05:00", "general", 2), child_iin="230410600001"
    )
    no_offset = _application("X-0003", "2026-11-02T09:00:00", "general", 3)
    capsys.readouterr()
    path = _write(tmp_path / "apps.csv", [good, bad_iin, no_offset])
    assert main(["--database", _url(db), "import", "applications", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("row 3: child_iin: ")
    assert err[1].startswith("row 4: registered_at: ")
    with db.reading() as session:
        assert queue.queue_keys(session) == []


def test_usage_errors_exit_2(db: Database) -> None:
    with pytest.raises(SystemExit) as usage:
        main(["--database", _url(db), "queue", "export", "--birth-year", "soon"])
    assert usage.value.code == 2


def test_export_to_stdout_and_filters(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "orgs.csv").write_text(ORGS, encoding="utf-8")
    main(["--database", _url(db), "import", "orgs", str(tmp_path / "orgs.csv")])
    rows = [_application("X-0001", "2026-11-02T09:00:00+05:00", "general", 1)]
    main(["--database", _url(db), "import", "applications", str(_write(tmp_path / "apps.csv", rows))])
    capsys.readouterr()
    assert main(["--database", _url(db), "queue", "export", "--birth-year", "2022"]) == 0
    assert list(csv.reader(io.StringIO(capsys.readouterr().out))) == [list(EXPORT_COLUMNS)]
    assert main(["--database", _url(db), "queue", "export", "--locality", "Қосшы"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2
