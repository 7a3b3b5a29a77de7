"""The intake papers from a real database, built and parsed back: notification and Annex 3 receipt."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from app.db.database import Database
from app.services import intake, printouts
from app.services.actors import Actor
from reports.queue_notification import build_queue_notification
from reports.refusal_receipt import build_refusal_receipt
from tests.db.intake_helpers import at, documents, form

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_notification_carries_kazakh_name_number_and_priority(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        intake.submit(session, CLERK, form(), documents(), now=at("2026-12-03T09:00:00+05:00"))
        registered = intake.submit(session, CLERK, form(), documents(), now=at("2026-12-03T10:00:00+05:00"))
    assert isinstance(registered, intake.Registered)
    with db.reading() as session:
        data = printouts.queue_notification(session, registered.application_no, CLERK.full_name)
    assert data.priority_number == 2
    assert data.journal_hash == registered.journal_hash
    pdf = tmp_path / "notification.pdf"
    build_queue_notification(data, pdf)
    text = _text(pdf)
    assert "Нұрғалиев Әлихан Қуанышұлы" in text
    assert registered.application_no in text
    assert "Кезектілік нөмірі\n2\n" in text.replace(" \n", "\n").replace("\n ", "\n")


def test_receipt_lists_exactly_the_missing_documents(db: Database, tmp_path: Path) -> None:
    presented = documents()
    del presented["applicant_identity"]
    with db.transaction() as session:
        refused = intake.submit(session, CLERK, form(category="orphan", doc_language="ru"), presented)
    assert isinstance(refused, intake.Refused)
    with db.reading() as session:
        data = printouts.refusal_receipt(session, refused.receipt_no)
    assert [item.code for item in data.missing] == ["applicant_identity", "guardianship_decision"]
    pdf = tmp_path / "receipt.pdf"
    build_refusal_receipt(data, pdf)
    text = _text(pdf)
    assert text.count(refused.receipt_no) >= 2
    assert "Документ, удостоверяющий личность заявителя" in text
    assert "Свидетельство о рождении ребенка" not in text
