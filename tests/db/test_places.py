"""Free places on a real database: publishing, recalling, the daily bulletins and closing them."""

from __future__ import annotations

import dataclasses
import re
import uuid
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.db.database import Database
from app.db.models import Bulletin, JournalEntry, Place, Referral
from app.domain.documents import BulletinData
from app.errors import InvalidInput, NotFound, RuleViolation, UserError
from app.services import intake, journal, places
from app.services.actors import SYSTEM, Actor
from reports.bulletin import build_bulletin_pdf
from tests.db.intake_helpers import documents, form
from tests.db.place_helpers import add_org, add_referral

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")
SUPERVISOR = Actor("chief", "Айгүл Серікова", "supervisor")
KINDERGARTEN_KK = "«Балапан» бөбекжайы"
KINDERGARTEN_RU = "Ясли-сад «Балапан»"
PLACE = places.PlaceInput(
    org_code="ORG-1",
    birth_year=2023,
    language="kk",
    group_type="general",
    work_mode="full",
    enrollment_mode="general",
    available_from=date(2026, 12, 7),
)


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


@pytest.fixture
def org_db(db: Database) -> Database:
    with db.transaction() as session:
        add_org(session, "ORG-1", KINDERGARTEN_KK, KINDERGARTEN_RU)
    return db


def _publish(db: Database, now: str, **changes: object) -> places.PlaceRow:
    with db.transaction() as session:
        return places.publish_place(session, SUPERVISOR, dataclasses.replace(PLACE, **changes), now=_at(now))


def test_free_places_are_a_supervisors_to_publish_and_recall(org_db: Database) -> None:
    with org_db.transaction() as session, pytest.raises(UserError) as publishing:
        places.publish_place(session, CLERK, PLACE)
    assert publishing.value.code == "auth.forbidden"
    place = _publish(org_db, "2026-12-03T10:00:00+05:00")
    with org_db.transaction() as session, pytest.raises(UserError) as recalling:
        places.recall_place(session, CLERK, place.place_code, "group closed")
    assert recalling.value.code == "auth.forbidden"
    with org_db.reading() as session:
        assert [row.status for row in places.list_places(session, None, None)] == ["published"]


def test_publish_numbers_the_place_and_journals_it(org_db: Database) -> None:
    first = _publish(org_db, "2026-12-03T10:00:00+05:00")
    second = _publish(org_db, "2026-12-03T10:05:00+05:00", place_code="GIVEN-7")
    assert (first.place_code, first.status, first.org_name_kk) == (
        "ORG-1-2023-0001",
        "published",
        KINDERGARTEN_KK,
    )
    assert second.place_code == "GIVEN-7"
    with org_db.reading() as session:
        assert [p.place_code for p in places.list_places(session, status="published")] == [
            "ORG-1-2023-0001",
            "GIVEN-7",
        ]
        # The register's pages and count follow the same order and filters.
        assert [p.place_code for p in places.list_places(session, limit=1, offset=1)] == ["GIVEN-7"]
        assert places.count_places(session, status="published") == 2
        assert places.count_places(session, status="recalled") == 0
        assert places.count_places(session, org_code="NO-SUCH-ORG") == 0
        actions = session.scalars(select(JournalEntry.action).order_by(JournalEntry.seq)).all()
        assert journal.verify(session).ok
    assert actions == ["place.publish", "place.publish"]


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"language": "fr"}, "code.unknown", "language"),
        ({"enrollment_mode": "forever"}, "code.unknown", "enrollment_mode"),
        ({"work_mode": "any"}, "place.work_mode_any", "work_mode"),
        ({"birth_year": 2015}, "place.birth_year", "birth_year"),
        ({"enrollment_mode": "temporary"}, "place.stay_until_required", "stay_until"),
        (
            {"enrollment_mode": "temporary", "stay_until": date(2026, 12, 1)},
            "place.stay_until_early",
            "stay_until",
        ),
        ({"stay_until": date(2027, 3, 1)}, "place.stay_until_forbidden", "stay_until"),
    ],
)
def test_publish_refuses_invalid_places(
    org_db: Database, changes: dict[str, object], code: str, field: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        _publish(org_db, "2026-12-03T10:00:00+05:00", **changes)
    assert (refused.value.code, refused.value.params["field"]) == (code, field)
    with org_db.reading() as session:
        assert places.list_places(session) == []


def test_publish_refuses_unknown_org_and_taken_code(org_db: Database) -> None:
    with pytest.raises(NotFound):
        _publish(org_db, "2026-12-03T10:00:00+05:00", org_code="NOPE")
    _publish(org_db, "2026-12-03T10:00:00+05:00", place_code="P-1")
    with pytest.raises(RuleViolation) as taken:
        _publish(org_db, "2026-12-03T10:00:00+05:00", place_code="P-1")
    assert taken.value.code == "place.code_taken"


def test_temporary_place_keeps_its_end_date(org_db: Database) -> None:
    row = _publish(
        org_db, "2026-12-03T10:00:00+05:00", enrollment_mode="temporary", stay_until=date(2027, 3, 1)
    )
    assert (row.enrollment_mode, row.stay_until) == ("temporary", date(2027, 3, 1))


def test_recall_is_refused_while_a_referral_holds_the_place(org_db: Database) -> None:
    place = _publish(org_db, "2026-12-03T10:00:00+05:00")
    with org_db.transaction() as session:
        registered = intake.submit(session, CLERK, form(), documents())
        assert isinstance(registered, intake.Registered)
        place_id = session.scalars(select(Place.id)).one()
        add_referral(session, place_id, uuid.UUID(registered.application_id), "REF-1", date(2026, 12, 10))
    with org_db.transaction() as session, pytest.raises(RuleViolation) as held:
        places.recall_place(session, SUPERVISOR, place.place_code, "group closed for repairs")
    assert (held.value.code, held.value.params["referral"]) == ("place.held", "REF-1")
    with org_db.transaction() as session:
        referral = session.scalars(select(Referral)).one()
        referral.status, referral.closed_at = "declined", _at("2026-12-04T09:00:00+05:00")
    with org_db.transaction() as session, pytest.raises(InvalidInput):
        places.recall_place(session, SUPERVISOR, place.place_code, "  ")
    with org_db.transaction() as session:
        recalled = places.recall_place(session, SUPERVISOR, place.place_code, "group closed for repairs")
    assert (recalled.status, recalled.recall_reason) == ("recalled", "group closed for repairs")
    with org_db.transaction() as session, pytest.raises(RuleViolation) as again:
        places.recall_place(session, SUPERVISOR, place.place_code, "again")
    assert again.value.code == "place.not_free"


def _codes(data: BulletinData) -> list[str]:
    return [row.place_code for row in data.rows]


def test_bulletin_lists_exactly_that_local_day_in_order(org_db: Database) -> None:
    _publish(org_db, "2026-12-01T23:59:00+05:00", place_code="EVE")
    _publish(org_db, "2026-12-02T15:00:00+05:00", place_code="NOON-B")
    _publish(org_db, "2026-12-02T00:10:00+05:00", place_code="DAWN")  # 2026-12-01 19:10 UTC
    _publish(org_db, "2026-12-02T15:00:00+05:00", place_code="NOON-A")
    _publish(org_db, "2026-12-03T00:00:00+05:00", place_code="NEXT")
    with org_db.transaction() as session:
        places.recall_place(session, SUPERVISOR, "EVE", "рұқсат жоқ", now=_at("2026-12-02T11:00:00+05:00"))
    with org_db.reading() as session:
        vacant = places.bulletin(session, date(2026, 12, 2), "vacant")
        recalled = places.bulletin(session, date(2026, 12, 2), "recalled", language="ru")
        head = journal.head_hash(session)
    assert _codes(vacant) == ["DAWN", "NOON-A", "NOON-B"]
    assert [(r.place_code, r.recall_reason) for r in recalled.rows] == [("EVE", "рұқсат жоқ")]
    assert recalled.rows[0].kindergarten_name == KINDERGARTEN_RU
    assert vacant.journal_head_hash == recalled.journal_head_hash == head
    assert vacant.rows[0].kindergarten_name == KINDERGARTEN_KK


def test_closing_a_day_twice_changes_nothing(org_db: Database) -> None:
    _publish(org_db, "2026-12-02T09:00:00+05:00", place_code="P-1")
    _publish(org_db, "2026-12-02T09:30:00+05:00", place_code="P-2")
    day = date(2026, 12, 2)
    with org_db.transaction() as session:
        head_at_close = journal.head_hash(session)
        assert places.close_bulletins(session, SYSTEM, day, now=_at("2026-12-03T00:05:00+05:00")) == 2
    with org_db.transaction() as session:
        assert places.close_bulletins(session, SYSTEM, day) == 0
        with pytest.raises(RuleViolation):
            places.close_bulletins(session, SYSTEM, date(2026, 12, 4), now=_at("2026-12-03T23:00:00+05:00"))
    _publish(org_db, "2026-12-03T09:00:00+05:00", place_code="P-3")
    with org_db.reading() as session:
        closed = {b.kind: (b.head_hash, b.entries) for b in session.scalars(select(Bulletin))}
        data = places.bulletin(session, day, "vacant")
        actions = session.scalars(select(JournalEntry.action).order_by(JournalEntry.seq)).all()
        assert journal.verify(session).ok
    assert closed == {"vacant": (head_at_close, 2), "recalled": (head_at_close, 0)}
    assert data.journal_head_hash == head_at_close
    assert actions.count("bulletin.close") == 2


def test_bulletin_pdf_carries_the_kazakh_kindergarten_name(org_db: Database, tmp_path: Path) -> None:
    _publish(org_db, "2026-12-02T09:00:00+05:00", place_code="P-1")
    with org_db.reading() as session:
        data = places.bulletin(session, date(2026, 12, 2), "vacant")
    out = tmp_path / "bulletin.pdf"
    build_bulletin_pdf(data, out)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(out).pages))
    assert KINDERGARTEN_KK in text
    assert "P-1" in text


def _kezek(db: Database, *args: str) -> int:
    return main(["--database", db.url.render_as_string(hide_password=False), *args])


def test_kezek_bulletin_prints_the_days_rows(org_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    _publish(org_db, "2026-12-02T09:00:00+05:00", place_code="P-1")
    _publish(org_db, "2026-12-02T10:30:00+05:00", place_code="P-2")
    assert _kezek(org_db, "places", "recall", "P-2", "--reason", "топ жабылды") == 0
    assert _kezek(org_db, "bulletin", "--date", "2026-12-02") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "place P-2 recalled: топ жабылды"
    assert lines[1].endswith("\t2026-12-02\t2 place(s)")
    assert [line.split("\t")[:3] for line in lines[3:]] == [
        ["09:00:00", "P-1", KINDERGARTEN_KK],
        ["10:30:00", "P-2", KINDERGARTEN_KK],
    ]
    # The recall happened now, so it is in today's bulletin of recalled places (the default day).
    assert _kezek(org_db, "bulletin", "--kind", "recalled", "--language", "ru") == 0
    recalled = capsys.readouterr().out.splitlines()
    assert recalled[0].endswith("1 place(s)")
    assert recalled[2].split("\t")[1:3] == ["P-2", KINDERGARTEN_RU]
    assert recalled[2].endswith("\tтоп жабылды")


@pytest.mark.parametrize(
    ("global_options", "kindergarten"), [([], KINDERGARTEN_KK), (["--language", "ru"], KINDERGARTEN_RU)]
)
def test_kezek_bulletin_is_in_the_global_language_unless_it_has_its_own(
    org_db: Database, capsys: pytest.CaptureFixture[str], global_options: list[str], kindergarten: str
) -> None:
    _publish(org_db, "2026-12-02T09:00:00+05:00", place_code="P-1")
    url = org_db.url.render_as_string(hide_password=False)
    assert main(["--database", url, *global_options, "bulletin", "--date", "2026-12-02"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split("\t")[2] == kindergarten
    # The bulletin has no English: a global English leaves it in Kazakh.
    assert main(["--database", url, "--language", "en", "bulletin", "--date", "2026-12-02"]) == 0
    assert capsys.readouterr().out.splitlines()[2].split("\t")[2] == KINDERGARTEN_KK


def test_kezek_bulletin_writes_a_workbook_and_refuses_other_formats(
    org_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _publish(org_db, "2026-12-02T09:00:00+05:00", place_code="P-1")
    out = tmp_path / "vacant.xlsx"
    assert _kezek(org_db, "bulletin", "--date", "2026-12-02", "--out", str(out)) == 0
    sheet = openpyxl.load_workbook(out).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(values_only=True) if row[1] == "P-1"]
    # The place's codes in words, in Kazakh: the work mode used to print as "full".
    assert rows[0][4:8] == ("қазақ тілі", "жалпы дамытушы", "толық күн", "жалпы белгіленген")
    assert _kezek(org_db, "bulletin", "--date", "2026-12-02", "--out", str(tmp_path / "vacant.doc")) == 1
    assert "pdf or .xlsx" in capsys.readouterr().err
