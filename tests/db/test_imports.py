"""Exchange-file imports: a valid file lands whole and journaled; a bad row refuses it, naming all."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select, update

from app.db.database import Database
from app.db.models import Applicant, Application, Child, JournalEntry, Org, Place
from app.domain.iin import Sex, make_iin
from app.errors import InvalidInput
from app.exchange import imports
from app.services import journal, numbering
from app.services.actors import SYSTEM, ensure_office
from app.services.intake import ApplicationInput, PersonInput, application_payload

APP_COLUMNS, ORG_COLUMNS, PLACE_COLUMNS = (
    imports.APPLICATION_COLUMNS,
    imports.ORG_COLUMNS,
    imports.PLACE_COLUMNS,
)

NOW = datetime(2026, 3, 10, 6, 0, tzinfo=UTC)
REGISTERED = "2025-03-04T09:15:00+05:00"
TABLES = (Org, Place, Child, Applicant, Application, JournalEntry)
Row = dict[str, str]


def iin_for(birth: date, sex: Sex, seed: int) -> str:
    serial = seed * 37 % 10000
    while (value := make_iin(birth, sex, serial)) is None:
        serial += 1
    return value


def write_csv(path: Path, columns: Sequence[str], rows: Sequence[Row], *, bom: bool = False) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=list(columns))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, columns: Sequence[str], rows: Sequence[dict[str, object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(columns))
    for row in rows:
        sheet.append([row[name] for name in columns])
    book.save(path)
    return path


def org_row(number: int, locality: str = "Қосшы") -> Row:
    return {
        "org_code": f"DO-{number:03d}",
        "name_kk": f"«Балбөбек» бөбекжай-бақшасы №{number}",
        "name_ru": f"Ясли-сад «Солнышко» №{number}",
        "locality": locality,
        "address": "Әбілхайыр хан көшесі, 12",
        "bin": f"{180340000000 + number}",
    }


def place_row(number: int, **changes: str) -> Row:
    row = {
        "place_code": f"DO-001-P{number:03d}",
        "org_code": "DO-001",
        "birth_year": "2022",
        "language": "kk",
        "group_type": "general",
        "work_mode": "full",
        "enrollment_mode": "general",
        "available_from": "2026-03-16",
        "stay_until": "",
    }
    row.update(changes)
    return row


def app_row(number: int, **changes: str) -> Row:
    birth = date(2022, 1, 3).replace(day=1 + number % 28)
    row = {
        "application_no": f"EGOV-2025-{number:06d}",
        "registered_at": REGISTERED,
        "locality": "Қосшы",
        "child_iin": iin_for(birth, "M", number),
        "child_last_name": "Қуанышұлы",
        "child_first_name": "Әлихан",
        "child_middle_name": "Нұрсұлтанұлы",
        "child_birth_date": birth.isoformat(),
        "applicant_iin": iin_for(date(1991, 6, 12), "F", number),
        "applicant_last_name": "Сейітқызы",
        "applicant_first_name": "Гүлнұр",
        "applicant_middle_name": "Ерланқызы",
        "phone": "+7 701 555 12 34",
        "email": "gulnur@example.kz",
        "language": "kk",
        "group_type": "general",
        "work_mode": "full",
        "special_needs": "",
        "category": "general",
        "category_doc_date": "",
        "preferred_orgs": "DO-001;DO-002",
    }
    row.update(changes)
    return row


def counts(db: Database) -> dict[str, int]:
    with db.reading() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in TABLES
        }


def load(db: Database, kind: str, path: Path) -> imports.ImportResult:
    importer: Callable[..., imports.ImportResult] = {
        "orgs": imports.import_orgs,
        "places": imports.import_places,
        "applications": imports.import_applications,
    }[kind]
    with db.transaction() as session:
        return importer(session, SYSTEM, path, now=NOW)


def refused(db: Database, kind: str, path: Path) -> list[imports.RowError]:
    """Import a file that must be refused; prove nothing was written and return its errors."""
    before = counts(db)
    with pytest.raises(imports.ImportRejected) as caught:
        load(db, kind, path)
    assert counts(db) == before
    return caught.value.errors


@pytest.fixture
def orgs(db: Database, tmp_path: Path) -> Database:
    """Five kindergartens in Қосшы, one in Ақмол."""
    rows = [org_row(n) for n in range(1, 6)] + [org_row(6, "Ақмол")]
    load(db, "orgs", write_csv(tmp_path / "orgs.csv", ORG_COLUMNS, rows))
    return db


def verify(db: Database) -> journal.VerifyResult:
    with db.reading() as session:
        return journal.verify(session)


# --- valid files ---------------------------------------------------------------------------------


def test_orgs_import_and_journal(db: Database, tmp_path: Path) -> None:
    rows = [org_row(1), org_row(2, "Ақмол")]
    result = load(db, "orgs", write_csv(tmp_path / "orgs.csv", ORG_COLUMNS, rows))
    assert (result.kind, result.created) == ("orgs", 2)
    assert counts(db)["orgs"] == 2
    check = verify(db)
    assert (check.ok, check.entries) == (True, 2)
    with db.reading() as session:
        org = session.scalars(select(Org).where(Org.org_code == "DO-001")).one()
        assert org.name_kk == "«Балбөбек» бөбекжай-бақшасы №1"
        entry = session.scalars(select(JournalEntry).order_by(JournalEntry.seq)).first()
        assert entry is not None
        assert (entry.action, entry.entity_id) == ("org.import", str(org.id))
        assert json.loads(entry.payload) == rows[0]
        assert journal.head_hash(session) == result.journal_hash


def test_places_are_published_on_import(orgs: Database, tmp_path: Path) -> None:
    rows = [
        place_row(1),
        place_row(2, enrollment_mode="early_booking", available_from="2026-04-01"),
        place_row(3, enrollment_mode="temporary", stay_until="2026-09-30", language="ru"),
    ]
    result = load(orgs, "places", write_csv(tmp_path / "places.csv", PLACE_COLUMNS, rows))
    assert result.created == 3
    assert counts(orgs)["places"] == 3
    assert verify(orgs).ok
    with orgs.reading() as session:
        places = {p.place_code: p for p in session.scalars(select(Place))}
        temporary = places["DO-001-P003"]
        assert (temporary.status, temporary.published_at) == ("published", NOW)
        assert (temporary.stay_until, temporary.language) == (date(2026, 9, 30), "ru")
        assert places["DO-001-P001"].stay_until is None
        actions = session.scalars(select(JournalEntry.action).where(JournalEntry.entity == "place")).all()
        assert actions == ["place.publish"] * 3


def test_applications_import_and_journal(orgs: Database, tmp_path: Path) -> None:
    sibling = app_row(2, applicant_iin=app_row(1)["applicant_iin"], language="ru", category="teacher")
    sibling["category_doc_date"] = "2025-02-04"  # valid one month: through the registration day
    special = app_row(
        3, group_type="special", special_needs="yes", category="special_needs", preferred_orgs=""
    )
    special["category_doc_date"] = "2024-11-20"
    rows = [app_row(1), sibling, special]
    result = load(orgs, "applications", write_csv(tmp_path / "apps.csv", APP_COLUMNS, rows))
    assert (result.kind, result.created) == ("applications", 3)
    assert counts(orgs) | {"orgs": 0} == {
        "orgs": 0,
        "places": 0,
        "children": 3,
        "applicants": 2,
        "applications": 3,
        "journal": 6 + 3,
    }
    check = verify(orgs)
    assert (check.ok, check.entries) == (True, 9)
    with orgs.reading() as session:
        apps = {a.application_no: a for a in session.scalars(select(Application))}
        first, second, third = (apps[row["application_no"]] for row in rows)
        assert (first.status, first.channel, first.list_code, first.doc_language) == (
            "queued",
            "import",
            "G",
            "kk",
        )
        assert first.registered_at == datetime(2025, 3, 4, 4, 15, tzinfo=UTC)
        assert (first.preferred_orgs, first.birth_year) == ("DO-001;DO-002", 2022)
        assert (second.list_code, second.doc_language, second.category_doc_date) == (
            "F",
            "ru",
            date(2025, 2, 4),
        )
        assert second.applicant_id == first.applicant_id
        assert (third.special_needs, third.group_type, third.preferred_orgs) == (True, "special", "")
        child = session.get(Child, first.child_id)
        assert child is not None
        assert (child.first_name, child.last_name, child.middle_name) == (
            "Әлихан",
            "Қуанышұлы",
            "Нұрсұлтанұлы",
        )
        applicant = session.get(Applicant, first.applicant_id)
        assert applicant is not None
        assert applicant.first_name == "Гүлнұр"
        entry = session.scalars(select(JournalEntry).where(JournalEntry.entity_id == str(first.id))).one()
    assert entry.action == "application.import"
    payload = json.loads(entry.payload)
    form = ApplicationInput(
        child=PersonInput("1", "a", "b"),
        child_birth_date=date(2022, 1, 1),
        applicant=PersonInput("2", "c", "d"),
        locality="x",
        language="kk",
        group_type="general",
        work_mode="full",
        category="general",
    )
    assert set(application_payload(form, "n", NOW)) <= set(payload)
    assert payload["child"]["first_name"] == "Әлихан"
    assert (payload["channel"], payload["preferred_orgs"]) == ("import", ["DO-001", "DO-002"])
    assert payload["registered_at"] == "2025-03-04T04:15:00+00:00"


def test_an_import_and_a_journal_check_report_their_progress(orgs: Database, tmp_path: Path) -> None:
    reports: list[tuple[str, int, int | None]] = []
    rows = [app_row(n) for n in range(1, 8)]
    with orgs.transaction() as session:
        imports.import_applications(
            session,
            SYSTEM,
            write_csv(tmp_path / "a.csv", APP_COLUMNS, rows),
            now=NOW,
            progress=lambda *report: reports.append(report),
        )
    assert reports == [("checking rows", 7, 7), ("writing rows", 7, 7)]
    reports.clear()
    with orgs.reading() as session:
        entries = journal.verify(session, progress=lambda *report: reports.append(report)).entries
    assert reports == [("checking the journal", entries, entries)]


def test_existing_people_are_reused(orgs: Database, tmp_path: Path) -> None:
    load(orgs, "applications", write_csv(tmp_path / "a.csv", APP_COLUMNS, [app_row(1)]))
    elsewhere = app_row(2, child_iin=app_row(1)["child_iin"], child_birth_date=app_row(1)["child_birth_date"])
    elsewhere.update(locality="Ақмол", preferred_orgs="DO-006", applicant_iin=app_row(1)["applicant_iin"])
    load(orgs, "applications", write_csv(tmp_path / "b.csv", APP_COLUMNS, [elsewhere]))
    assert counts(orgs)["children"] == 1
    assert counts(orgs)["applicants"] == 1
    assert counts(orgs)["applications"] == 2


def test_a_child_whose_application_ended_may_queue_again(orgs: Database, tmp_path: Path) -> None:
    load(orgs, "applications", write_csv(tmp_path / "a.csv", APP_COLUMNS, [app_row(1)]))
    with orgs.transaction() as session:
        session.execute(update(Application).values(status="enrolled"))
    again = app_row(9, child_iin=app_row(1)["child_iin"], child_birth_date=app_row(1)["child_birth_date"])
    assert load(orgs, "applications", write_csv(tmp_path / "b.csv", APP_COLUMNS, [again])).created == 1


def test_csv_with_byte_order_mark(orgs: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "apps.csv", APP_COLUMNS, [app_row(1), app_row(2)], bom=True)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert load(orgs, "applications", path).created == 2
    with orgs.reading() as session:
        assert session.scalars(select(Child.first_name)).all() == ["Әлихан", "Әлихан"]


def test_xlsx_with_real_date_and_number_cells(orgs: Database, tmp_path: Path) -> None:
    # An applicant born in 2005 has an IIN starting with 0: kept as a number with a 12-zero format.
    applicant_iin = iin_for(date(2005, 2, 14), "F", 4)
    rows: list[dict[str, object]] = []
    for number in (1, 2):
        row: dict[str, object] = dict(app_row(number, category="teacher", applicant_iin=applicant_iin))
        row["child_birth_date"] = date.fromisoformat(str(row["child_birth_date"]))
        row["category_doc_date"] = datetime(2025, 2, 20)
        row["applicant_iin"] = int(applicant_iin)
        rows.append(row)
    path = write_xlsx(tmp_path / "apps.xlsx", APP_COLUMNS, rows)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for cell in sheet["I"][1:]:
        cell.number_format = "000000000000"
    book.save(path)
    assert load(orgs, "applications", path).created == 2
    with orgs.reading() as session:
        assert session.scalars(select(Applicant.iin)).all() == [applicant_iin]
        dates = session.scalars(select(Application.category_doc_date)).all()
        assert dates == [date(2025, 2, 20)] * 2


def test_xlsx_orgs_and_places(db: Database, tmp_path: Path) -> None:
    load(db, "orgs", write_xlsx(tmp_path / "orgs.xlsx", ORG_COLUMNS, [org_row(1)]))
    place: dict[str, object] = dict(place_row(1, enrollment_mode="temporary"))
    place.update(birth_year=2022, available_from=datetime(2026, 3, 16), stay_until=date(2026, 6, 1))
    assert load(db, "places", write_xlsx(tmp_path / "places.xlsx", PLACE_COLUMNS, [place])).created == 1
    with db.reading() as session:
        stored = session.scalars(select(Place)).one()
        assert (stored.birth_year, stored.available_from) == (2022, date(2026, 3, 16))


def test_validate_only_checks(orgs: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "apps.csv", APP_COLUMNS, [app_row(1), app_row(2)])
    before = counts(orgs)
    with orgs.reading() as session:
        assert imports.validate_applications(session, path, now=NOW) == 2
        assert (
            imports.validate_places(session, write_csv(tmp_path / "p.csv", PLACE_COLUMNS, [place_row(1)]))
            == 1
        )
        assert imports.validate_orgs(session, write_csv(tmp_path / "o.csv", ORG_COLUMNS, [org_row(9)])) == 1
    assert counts(orgs) == before
    bad = write_csv(tmp_path / "bad.csv", APP_COLUMNS, [app_row(1, language="de")])
    with orgs.reading() as session, pytest.raises(imports.ImportRejected):
        imports.validate_applications(session, bad, now=NOW)


def test_numbers_in_this_offices_format_move_its_counter(orgs: Database, tmp_path: Path) -> None:
    with orgs.reading() as session:
        code = ensure_office(session).code
    row = app_row(1, application_no=f"{code}-2025-000041")
    load(orgs, "applications", write_csv(tmp_path / "apps.csv", APP_COLUMNS, [row]))
    with orgs.transaction() as session:
        assert numbering.next_number(session, "application", 2025) == f"{code}-2025-000042"


# --- refusals ------------------------------------------------------------------------------------

OVER_AGE = date(2019, 3, 4)  # six on the registration day
BAD_APPLICATION_ROWS: dict[str, tuple[Row, str, str]] = {
    "iin check digit": (
        app_row(3, child_iin=app_row(3)["child_iin"][:11] + str((int(app_row(3)["child_iin"][11]) + 1) % 10)),
        "child_iin",
        "check digit does not match",
    ),
    "iin letters": (app_row(3, child_iin="22010150001X"), "child_iin", "must contain digits only"),
    "applicant iin length": (app_row(3, applicant_iin="91061240001"), "applicant_iin", "must be 12 digits"),
    "birth date disagrees with iin": (
        app_row(3, child_birth_date="2022-01-05"),
        "child_birth_date",
        "does not agree with IIN",
    ),
    "impossible date": (app_row(3, child_birth_date="2023-02-30"), "child_birth_date", "not a real date"),
    "date not iso": (app_row(3, child_birth_date="04.01.2022"), "child_birth_date", "YYYY-MM-DD"),
    "registered without offset": (
        app_row(3, registered_at="2025-03-04T09:15:00"),
        "registered_at",
        "no UTC offset",
    ),
    "registered unparsable": (app_row(3, registered_at="04.03.2025 09:15"), "registered_at", "ISO 8601"),
    "registered in the future": (
        app_row(3, registered_at="2026-03-11T09:00:00+05:00"),
        "registered_at",
        "in the future",
    ),
    "unknown category": (app_row(3, category="vip"), "category", "unknown category 'vip'"),
    "unknown language": (app_row(3, language="de"), "language", "unknown language 'de'"),
    "unknown group type": (app_row(3, group_type="sport"), "group_type", "unknown group type"),
    "unknown work mode": (app_row(3, work_mode="night"), "work_mode", "unknown work mode"),
    "unknown org": (
        app_row(3, preferred_orgs="DO-001;DO-999"),
        "preferred_orgs",
        "unknown kindergarten DO-999",
    ),
    "org in another locality": (app_row(3, preferred_orgs="DO-006"), "preferred_orgs", "is in Ақмол"),
    "too many orgs": (
        app_row(3, preferred_orgs="DO-001;DO-002;DO-003;DO-004;DO-005"),
        "preferred_orgs",
        "at most 4",
    ),
    "org chosen twice": (app_row(3, preferred_orgs="DO-001;DO-001"), "preferred_orgs", "chosen twice"),
    "special group without need": (app_row(3, group_type="special"), "special_needs", "special group"),
    "special needs not boolean": (app_row(3, special_needs="maybe"), "special_needs", "true or false"),
    "document expired": (
        app_row(3, category="teacher", category_doc_date="2025-02-03"),
        "category_doc_date",
        "expired (valid until 2025-03-03)",
    ),
    "document date missing": (app_row(3, category="military"), "category_doc_date", "needs the issue date"),
    "document after registration": (
        app_row(3, category="large_family", category_doc_date="2025-03-05"),
        "category_doc_date",
        "after the registration day",
    ),
    "over the age limit": (
        app_row(3, child_iin=iin_for(OVER_AGE, "F", 3), child_birth_date=OVER_AGE.isoformat()),
        "child_birth_date",
        "6 or older",
    ),
    "born after registration": (
        app_row(3, child_iin=iin_for(date(2025, 3, 5), "F", 3), child_birth_date="2025-03-05"),
        "child_birth_date",
        "born after registered_at",
    ),
    "empty required field": (app_row(3, child_last_name=""), "child_last_name", "must not be empty"),
    "bad email": (app_row(3, email="gulnur.example.kz"), "email", "not an e-mail address"),
    "too long": (app_row(3, phone="+7" * 20), "phone", "longer than 32"),
    "number repeated in file": (
        app_row(3, application_no=app_row(2)["application_no"]),
        "application_no",
        "row 2",
    ),
    "child twice in file": (
        app_row(3, child_iin=app_row(2)["child_iin"], child_birth_date=app_row(2)["child_birth_date"]),
        "child_iin",
        "same child is in row 2",
    ),
}


@pytest.mark.parametrize("case", BAD_APPLICATION_ROWS)
def test_bad_application_row_refuses_the_file(orgs: Database, tmp_path: Path, case: str) -> None:
    bad, column, reason = BAD_APPLICATION_ROWS[case]
    errors = refused(orgs, "applications", write_csv(tmp_path / "a.csv", APP_COLUMNS, [app_row(2), bad]))
    assert [(e.row, e.column) for e in errors] == [(3, column)], errors
    assert reason in errors[0].reason


def test_number_already_in_database(orgs: Database, tmp_path: Path) -> None:
    load(orgs, "applications", write_csv(tmp_path / "a.csv", APP_COLUMNS, [app_row(1)]))
    again = app_row(2, application_no=app_row(1)["application_no"])
    errors = refused(orgs, "applications", write_csv(tmp_path / "b.csv", APP_COLUMNS, [app_row(3), again]))
    assert [str(e) for e in errors] == [
        f"row 3: application_no: {again['application_no']} already exists in the database"
    ]


@pytest.mark.parametrize("status", ["queued", "stop_listed", "referred"])
def test_child_with_a_live_application_in_database(orgs: Database, tmp_path: Path, status: str) -> None:
    load(orgs, "applications", write_csv(tmp_path / "a.csv", APP_COLUMNS, [app_row(1)]))
    with orgs.transaction() as session:
        session.execute(update(Application).values(status=status))
    again = app_row(2, child_iin=app_row(1)["child_iin"], child_birth_date=app_row(1)["child_birth_date"])
    errors = refused(orgs, "applications", write_csv(tmp_path / "b.csv", APP_COLUMNS, [again]))
    assert [(e.row, e.column) for e in errors] == [(2, "child_iin")]
    assert f"live application {app_row(1)['application_no']} in Қосшы" in errors[0].reason


def test_every_bad_row_is_reported_sorted(orgs: Database, tmp_path: Path) -> None:
    rows = [
        app_row(1),
        app_row(2, registered_at="2025-03-04 09:15", language="de"),
        app_row(3),
        app_row(4, child_birth_date="2023-02-30"),
        app_row(5, category="vip"),
    ]
    rows[2]["child_iin"] = rows[2]["child_iin"][:11] + str((int(rows[2]["child_iin"][11]) + 1) % 10)
    errors = refused(orgs, "applications", write_csv(tmp_path / "a.csv", APP_COLUMNS, rows))
    assert [str(e).split(": ")[0:2] for e in errors] == [
        ["row 3", "registered_at"],
        ["row 3", "language"],
        ["row 4", "child_iin"],
        ["row 5", "child_birth_date"],
        ["row 6", "category"],
    ]
    assert str(errors[2]) == "row 4: child_iin: check digit does not match"


BAD_PLACE_ROWS: dict[str, tuple[Row, str, str]] = {
    "unknown org": (place_row(3, org_code="DO-404"), "org_code", "unknown kindergarten DO-404"),
    "unknown enrolment mode": (
        place_row(3, enrollment_mode="forever"),
        "enrollment_mode",
        "unknown enrolment mode",
    ),
    "unknown language": (place_row(3, language="fr"), "language", "unknown language"),
    "work mode any": (place_row(3, work_mode="any"), "work_mode", "definite work mode"),
    "temporary without end": (place_row(3, enrollment_mode="temporary"), "stay_until", "needs the date"),
    "temporary ending before start": (
        place_row(3, enrollment_mode="temporary", stay_until="2026-03-01"),
        "stay_until",
        "after available_from",
    ),
    "end date on a general place": (place_row(3, stay_until="2026-09-01"), "stay_until", "leave it empty"),
    "birth year not a year": (place_row(3, birth_year="two"), "birth_year", "not a birth year"),
    "birth year too old": (place_row(3, birth_year="2015"), "birth_year", "not a birth year"),
    "impossible date": (place_row(3, available_from="2026-02-30"), "available_from", "not a real date"),
    "code repeated": (place_row(2), "place_code", "repeated (first in row 2)"),
    "empty required": (place_row(3, group_type=""), "group_type", "must not be empty"),
}


@pytest.mark.parametrize("case", BAD_PLACE_ROWS)
def test_bad_place_row_refuses_the_file(orgs: Database, tmp_path: Path, case: str) -> None:
    bad, column, reason = BAD_PLACE_ROWS[case]
    errors = refused(orgs, "places", write_csv(tmp_path / "p.csv", PLACE_COLUMNS, [place_row(2), bad]))
    assert [(e.row, e.column) for e in errors] == [(3, column)], errors
    assert reason in errors[0].reason


def test_place_code_already_in_database(orgs: Database, tmp_path: Path) -> None:
    load(orgs, "places", write_csv(tmp_path / "a.csv", PLACE_COLUMNS, [place_row(1)]))
    errors = refused(orgs, "places", write_csv(tmp_path / "b.csv", PLACE_COLUMNS, [place_row(1)]))
    assert [str(e) for e in errors] == ["row 2: place_code: DO-001-P001 already exists in the database"]


BAD_ORG_ROWS: dict[str, tuple[Row, str, str]] = {
    "short bin": (org_row(3) | {"bin": "18034000000"}, "bin", "12 digits"),
    "bin with letters": (org_row(3) | {"bin": "18034000000A"}, "bin", "12 digits"),
    "code repeated": (org_row(2), "org_code", "repeated (first in row 2)"),
    "empty name": (org_row(3) | {"name_kk": ""}, "name_kk", "must not be empty"),
}


@pytest.mark.parametrize("case", BAD_ORG_ROWS)
def test_bad_org_row_refuses_the_file(db: Database, tmp_path: Path, case: str) -> None:
    bad, column, reason = BAD_ORG_ROWS[case]
    errors = refused(db, "orgs", write_csv(tmp_path / "o.csv", ORG_COLUMNS, [org_row(2), bad]))
    assert [(e.row, e.column) for e in errors] == [(3, column)], errors
    assert reason in errors[0].reason


def test_org_code_already_in_database(orgs: Database, tmp_path: Path) -> None:
    errors = refused(orgs, "orgs", write_csv(tmp_path / "o.csv", ORG_COLUMNS, [org_row(7), org_row(1)]))
    assert [str(e) for e in errors] == ["row 3: org_code: DO-001 already exists in the database"]


# --- files that cannot be read -------------------------------------------------------------------


def test_wrong_header_is_one_clear_error(orgs: Database, tmp_path: Path) -> None:
    columns = [name for name in APP_COLUMNS if name != "email"] + ["e_mail"]
    rows = [{("e_mail" if k == "email" else k): v for k, v in app_row(1).items()}]
    with pytest.raises(InvalidInput) as caught:
        load(orgs, "applications", write_csv(tmp_path / "a.csv", columns, rows))
    assert caught.value.code == "exchange.header"
    assert "missing email; unknown e_mail" in str(caught.value)


def test_other_extensions_are_refused(orgs: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "apps.txt", APP_COLUMNS, [app_row(1)])
    with pytest.raises(InvalidInput) as caught:
        load(orgs, "applications", path)
    assert caught.value.code == "exchange.format"
    assert "'.txt'" in str(caught.value)


def test_csv_not_in_utf8_is_named(orgs: Database, tmp_path: Path) -> None:
    path = tmp_path / "orgs.csv"
    path.write_bytes(
        ",".join(ORG_COLUMNS).encode() + "\nDO-009,Ясли,Ясли,Косшы,ул. 1,180340000009\n".encode("cp1251")
    )
    with pytest.raises(InvalidInput) as caught:
        load(orgs, "orgs", path)
    assert caught.value.code == "exchange.not_utf8"
    assert "UTF-8" in str(caught.value)


def plain_org_line(number: int) -> list[str]:
    """An org row's cells with no comma in them, for CSV lines written by hand."""
    return list((org_row(number) | {"address": "Абай даңғылы 5"}).values())


def test_values_beyond_the_header_are_a_row_error(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "orgs.csv"
    good = ",".join(plain_org_line(1))
    path.write_text(
        ",".join(ORG_COLUMNS) + "\n" + good + "\n\n" + good.replace("001", "002") + ",extra\n",
        encoding="utf-8",
    )
    errors = refused(db, "orgs", path)
    assert [(e.row, e.column) for e in errors] == [(4, "(beyond the header)")]


def test_blank_rows_are_skipped_but_counted(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "orgs.csv"
    lines = [",".join(ORG_COLUMNS), ",".join(plain_org_line(1)), ",,,,,", ",".join(plain_org_line(1))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [str(e) for e in refused(db, "orgs", path)] == [
        "row 4: org_code: DO-001 is repeated (first in row 2)"
    ]
