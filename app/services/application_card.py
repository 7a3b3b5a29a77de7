"""The application card: everything about one application, its history, and corrections of its data."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import (
    WAITING_STATUSES,
    Applicant,
    Application,
    Child,
    JournalEntry,
    Org,
    PresentedDocument,
)
from app.domain.queue_order import PositionExplanation
from app.errors import InvalidInput, NotFound, RuleViolation
from app.services import journal
from app.services.actors import Actor
from app.services.intake import LIVE_STATUSES
from app.services.profile import profile_in_force
from app.services.queue import position_of

NAME_FIELDS = (
    "child_last_name",
    "child_first_name",
    "child_middle_name",
    "applicant_last_name",
    "applicant_first_name",
    "applicant_middle_name",
)
CORRECTABLE = (*NAME_FIELDS, "phone", "email", "doc_language", "preferred_orgs")
# Changing these changes which child or which queue the application is about: that is a new application.
NOT_CORRECTIONS = ("child_iin", "child_birth_date", "child_sex", "category", "locality", "applicant_iin")
_REQUIRED = ("child_last_name", "child_first_name", "applicant_last_name", "applicant_first_name")


@dataclass(frozen=True, slots=True)
class Person:
    iin: str
    last_name: str
    first_name: str
    middle_name: str

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.last_name, self.first_name, self.middle_name) if p)


@dataclass(frozen=True, slots=True)
class PresentedDocumentRow:
    code: str
    issued_on: date | None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    payload: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class ApplicationCard:
    application_id: str
    application_no: str
    status: str
    registered_at: datetime
    channel: str
    locality: str
    birth_year: int
    child: Person
    child_birth_date: date
    child_sex: str
    applicant: Person
    applicant_relation: str
    applicant_id_document: str
    phone: str
    email: str
    notify_consent: bool
    language: str
    doc_language: str
    group_type: str
    work_mode: str
    special_needs: bool
    category: str
    list_code: str
    category_doc_date: date | None
    preferred_orgs: tuple[str, ...]
    desired_start: date | None
    stop_until: date | None
    temporary_until: date | None
    """The end of a temporary stay the child is on while the application keeps waiting (RULES §4)."""
    documents: tuple[PresentedDocumentRow, ...]
    history: tuple[HistoryEntry, ...]
    position: PositionExplanation | None


def _load(session: Session, application_no: str) -> tuple[Application, Child, Applicant]:
    row = session.execute(
        select(Application, Child, Applicant)
        .join(Child, Child.id == Application.child_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(Application.application_no == application_no)
    ).one_or_none()
    if row is None:
        raise NotFound("application.not_found", "no application numbered {number}", number=application_no)
    return row[0], row[1], row[2]


def card(session: Session, application_no: str) -> ApplicationCard:
    """All data of one application, the documents presented, its journal history (oldest first), its place."""
    application, child, applicant = _load(session, application_no)
    documents = session.scalars(
        select(PresentedDocument)
        .where(PresentedDocument.application_id == application.id)
        .order_by(PresentedDocument.doc_code)
    )
    history = session.scalars(
        select(JournalEntry)
        .where(JournalEntry.entity_id == str(application.id))
        .order_by(JournalEntry.at, JournalEntry.seq)
    )
    waiting = application.status in WAITING_STATUSES
    return ApplicationCard(
        application_id=str(application.id),
        application_no=application.application_no,
        status=application.status,
        registered_at=application.registered_at,
        channel=application.channel,
        locality=application.locality,
        birth_year=application.birth_year,
        child=Person(child.iin, child.last_name, child.first_name, child.middle_name),
        child_birth_date=child.birth_date,
        child_sex=child.sex,
        applicant=Person(applicant.iin, applicant.last_name, applicant.first_name, applicant.middle_name),
        applicant_relation=application.applicant_relation,
        applicant_id_document=application.applicant_id_document,
        phone=application.phone,
        email=application.email,
        notify_consent=application.notify_consent,
        language=application.language,
        doc_language=application.doc_language,
        group_type=application.group_type,
        work_mode=application.work_mode,
        special_needs=application.special_needs,
        category=application.category,
        list_code=application.list_code,
        category_doc_date=application.category_doc_date,
        preferred_orgs=tuple(code for code in application.preferred_orgs.split(";") if code),
        desired_start=application.desired_start,
        stop_until=application.stop_until,
        temporary_until=application.temporary_until,
        documents=tuple(PresentedDocumentRow(d.doc_code, d.issued_on) for d in documents),
        history=tuple(HistoryEntry(e.at, e.actor, e.action, json.loads(e.payload)) for e in history),
        position=position_of(session, application).explanation if waiting else None,
    )


def _current(application: Application, child: Child, applicant: Applicant) -> dict[str, Any]:
    return {
        "child_last_name": child.last_name,
        "child_first_name": child.first_name,
        "child_middle_name": child.middle_name,
        "applicant_last_name": applicant.last_name,
        "applicant_first_name": applicant.first_name,
        "applicant_middle_name": applicant.middle_name,
        "phone": application.phone,
        "email": application.email,
        "doc_language": application.doc_language,
        "preferred_orgs": [code for code in application.preferred_orgs.split(";") if code],
    }


def _normalised(session: Session, application: Application, field: str, value: object) -> Any:
    if field == "preferred_orgs":
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise InvalidInput("correction.bad_value", "{field} has a wrong value", field=field)
        return _checked_orgs(session, application.locality, [v.strip() for v in value if v.strip()])
    if not isinstance(value, str):
        raise InvalidInput("correction.bad_value", "{field} has a wrong value", field=field)
    text = value.strip()
    if field in _REQUIRED and not text:
        raise InvalidInput("field.required", "{field} is required", field=field)
    if field == "doc_language" and text not in ("kk", "ru"):
        raise InvalidInput(
            "doc_language.unknown", "documents are printed in kk or ru, not '{value}'", value=text
        )
    if field == "email" and text and ("@" not in text or " " in text):
        raise InvalidInput("contact.bad_email", "'{value}' is not an e-mail address", value=text)
    return text


def _checked_orgs(session: Session, locality: str, codes: list[str]) -> list[str]:
    limit = profile_in_force(session).max_chosen_kindergartens
    if len(codes) > limit:
        raise InvalidInput("orgs.too_many", "at most {n} kindergartens may be chosen", n=limit)
    if len(set(codes)) != len(codes):
        raise InvalidInput("orgs.repeated", "a kindergarten is chosen twice")
    known = set(
        session.scalars(select(Org.org_code).where(Org.locality == locality, Org.org_code.in_(codes)))
    )
    for code in codes:
        if code not in known:
            raise InvalidInput(
                "orgs.not_in_locality",
                "kindergarten {org} is not in {locality}",
                org=code,
                locality=locality,
            )
    return codes


def correct(
    session: Session, actor: Actor, application_no: str, changes: Mapping[str, object]
) -> ApplicationCard:
    """Correct names, contacts, document language or chosen kindergartens; journaled with before and after."""
    for field in changes:
        if field in NOT_CORRECTIONS:
            raise RuleViolation(
                "correction.not_allowed",
                "{field} cannot be corrected: withdraw the application and register a new one",
                field=field,
            )
        if field not in CORRECTABLE:
            raise InvalidInput("correction.unknown_field", "unknown field '{field}'", field=field)
    application, child, applicant = _load(session, application_no)
    if application.status not in LIVE_STATUSES:
        raise RuleViolation(
            "correction.not_live",
            "application {number} is {status}; only a live application can be corrected",
            number=application_no,
            status=application.status,
        )
    current = _current(application, child, applicant)
    wanted = {field: _normalised(session, application, field, value) for field, value in changes.items()}
    after = {field: value for field, value in wanted.items() if value != current[field]}
    if not after:
        raise InvalidInput("correction.nothing_changed", "nothing was changed")
    for field, value in after.items():
        if field == "preferred_orgs":
            application.preferred_orgs = ";".join(value)
        elif field.startswith("child_"):
            setattr(child, field.removeprefix("child_"), value)
        elif field.startswith("applicant_"):
            setattr(applicant, field.removeprefix("applicant_"), value)
        else:
            setattr(application, field, value)
    before = {field: current[field] for field in after}
    journal.append(
        session,
        actor,
        journal.Act(
            "application.correct",
            "application",
            str(application.id),
            {"application_no": application_no, "before": before, "after": after},
        ),
    )
    session.flush()
    return card(session, application_no)
