"""Data for the intake papers: the notification of queuing and the Annex 3 receipt."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Application, Child, JournalEntry, RefusalReceipt
from app.domain.documents import DocumentLanguage, MissingDocument, QueueNotificationData, RefusalReceiptData
from app.errors import NotFound
from app.services.actors import OfficeInfo, ensure_office
from app.services.profile import profile_in_force
from app.services.queue import position_of


def _names(office: OfficeInfo, language: str) -> tuple[str, str]:
    """The provider's and the office's names in the document's language."""
    if language == "ru":
        return office.provider_ru, office.name_ru
    return office.provider_kk, office.name_kk


def _act_hash(session: Session, entity_id: str) -> str:
    """The hash of the journal entry that recorded the act, printed in the QR code."""
    value = session.scalar(
        select(JournalEntry.hash)
        .where(JournalEntry.entity_id == entity_id)
        .order_by(JournalEntry.seq)
        .limit(1)
    )
    return value or ""


def queue_notification(
    session: Session, application_no: str, employee_name: str, now: datetime | None = None
) -> QueueNotificationData:
    """The notification of queuing with the current priority number, in the applicant's language."""
    application = session.scalars(
        select(Application).where(Application.application_no == application_no)
    ).first()
    if application is None:
        raise NotFound("application.not_found", "no application numbered {number}", number=application_no)
    child = session.get(Child, application.child_id)
    assert child is not None
    language = cast(DocumentLanguage, application.doc_language)
    profile = profile_in_force(session)
    office = ensure_office(session)
    provider, office_name = _names(office, language)
    return QueueNotificationData(
        provider_name=provider,
        office_name=office_name,
        office_code=office.code,
        issued_at=now or datetime.now(UTC),
        language=language,
        number=application.application_no,
        registered_at=application.registered_at,
        child_name=" ".join(p for p in (child.last_name, child.first_name, child.middle_name) if p),
        child_iin=child.iin,
        child_birth_date=child.birth_date,
        category_code=application.category,
        category_name=profile.category(application.category).name(language),
        locality=application.locality,
        birth_year=application.birth_year,
        priority_number=position_of(session, application).priority_number,
        employee_name=employee_name,
        journal_hash=_act_hash(session, str(application.id)),
    )


def refusal_receipt(session: Session, receipt_no: str) -> RefusalReceiptData:
    """The Annex 3 receipt as it was issued, with the names of the documents in its language."""
    receipt = session.scalars(select(RefusalReceipt).where(RefusalReceipt.receipt_no == receipt_no)).first()
    if receipt is None:
        raise NotFound("receipt.not_found", "no receipt numbered {number}", number=receipt_no)
    language = cast(DocumentLanguage, receipt.language)
    profile = profile_in_force(session)
    missing = tuple(
        MissingDocument(
            code=item["code"],
            name=profile.document_kind(item["code"]).name(language),
            expired_on=date.fromisoformat(item["expired_on"]) if item["expired_on"] else None,
        )
        for item in json.loads(receipt.missing)
    )
    office = ensure_office(session)
    provider, office_name = _names(office, language)
    return RefusalReceiptData(
        provider_name=provider,
        office_name=office_name,
        office_code=office.code,
        issued_at=receipt.issued_at,
        language=language,
        number=receipt.receipt_no,
        applicant_name=receipt.applicant_name,
        missing=missing,
        employee_name=receipt.employee,
        journal_hash=_act_hash(session, receipt.receipt_no),
    )
