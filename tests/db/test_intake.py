"""Intake on a real database: register, refuse with a receipt, duplicates, bad input."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.database import Database
from app.db.models import Application, PresentedDocument, RefusalReceipt
from app.domain.iin import InvalidIin
from app.errors import InvalidInput, RuleViolation
from app.services import intake, journal, queue
from app.services.actors import Actor
from tests.db.intake_helpers import at, documents, form, iin_for

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_complete_package_registers_and_journals(db: Database) -> None:
    with db.transaction() as session:
        result = intake.submit(session, CLERK, form(), documents(), now=at("2026-12-03T10:15:30+05:00"))
    assert isinstance(result, intake.Registered)
    assert result.application_no == "KZ-00-2026-000001"
    with db.reading() as session:
        application = session.scalars(select(Application)).one()
        assert (application.status, application.list_code, application.birth_year) == ("queued", "G", 2023)
        assert application.registered_at == at("2026-12-03T05:15:30+00:00")
        assert queue.position_by_number(session, result.application_no).priority_number == 1
        verified = journal.verify(session)
    assert verified.ok
    assert verified.entries == 1
    assert _count(db, PresentedDocument) == 3


def test_missing_documents_give_a_receipt_and_no_application(db: Database) -> None:
    presented = documents()
    del presented["birth_certificate"]
    with db.transaction() as session:
        result = intake.submit(session, CLERK, form(category="large_family"), presented)
    assert isinstance(result, intake.Refused)
    assert [p.code for p in result.problems] == ["birth_certificate", "large_family_certificate"]
    assert _count(db, Application) == 0
    with db.reading() as session:
        receipt = session.scalars(select(RefusalReceipt)).one()
    assert receipt.receipt_no == result.receipt_no
    listed = [item["code"] for item in json.loads(receipt.missing)]
    assert listed == ["birth_certificate", "large_family_certificate"]


def test_expired_workplace_certificate_is_listed_with_its_last_valid_day(db: Database) -> None:
    presented = documents("teacher_workplace_certificate", date(2026, 10, 30))
    with db.transaction() as session:
        result = intake.submit(
            session, CLERK, form(category="teacher"), presented, now=at("2026-12-03T10:00:00+05:00")
        )
    assert isinstance(result, intake.Refused)
    assert [(p.code, p.expired_on) for p in result.problems] == [
        ("teacher_workplace_certificate", date(2026, 11, 30))
    ]


def test_valid_workplace_certificate_registers_in_list_f(db: Database) -> None:
    presented = documents("teacher_workplace_certificate", date(2026, 11, 3))
    with db.transaction() as session:
        result = intake.submit(
            session, CLERK, form(category="teacher"), presented, now=at("2026-12-03T10:00:00+05:00")
        )
    assert isinstance(result, intake.Registered)
    with db.reading() as session:
        assert session.scalars(select(Application.list_code)).one() == "F"


def test_duplicate_child_in_the_same_locality_names_the_existing_number(db: Database) -> None:
    child_iin = iin_for(date(2023, 5, 17))
    with db.transaction() as session:
        first = intake.submit(session, CLERK, form(child_iin=child_iin), documents())
    assert isinstance(first, intake.Registered)
    with pytest.raises(RuleViolation) as refused, db.transaction() as session:
        intake.submit(session, CLERK, form(child_iin=child_iin), documents())
    assert refused.value.code == "application.duplicate"
    assert refused.value.params["number"] == first.application_no
    with db.transaction() as session:
        other = intake.submit(session, CLERK, form(child_iin=child_iin, locality="Ақмол"), documents())
    assert isinstance(other, intake.Registered)
    assert _count(db, Application) == 2


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"child_iin": "230517500001"}, "iin.check_digit"),
        ({"child_iin": "231317500006"}, "iin.date"),
        ({"birth": date(2019, 1, 1)}, "child.over_age"),
        ({"language": "xx"}, "code.unknown"),
        ({"category": "vip"}, "category.unknown"),
        ({"group_type": "special"}, "group.special_needs_required"),
        ({"preferred_orgs": ("A", "B", "C", "D", "E")}, "orgs.too_many"),
    ],
)
def test_bad_input_is_refused_with_a_code_and_nothing_is_written(
    db: Database, changes: dict[str, object], code: str
) -> None:
    with pytest.raises(InvalidInput) as refused, db.transaction() as session:
        intake.submit(session, CLERK, form(**changes), documents(), now=at("2026-12-03T10:00:00+05:00"))
    assert refused.value.code == code
    assert _count(db, Application) == 0
    assert _count(db, RefusalReceipt) == 0


def test_birth_date_must_agree_with_the_iin(db: Database) -> None:
    with pytest.raises(InvalidIin) as refused, db.transaction() as session:
        intake.submit(session, CLERK, form(child_iin=iin_for(date(2023, 5, 18))), documents())
    assert refused.value.code == "iin.birth_date_mismatch"
