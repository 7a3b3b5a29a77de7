"""Intake (RULES §2): register an application with a complete package, or refuse with a receipt."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Applicant, Application, Child, PresentedDocument, RefusalReceipt
from app.domain.document_check import DocumentProblem, check_package
from app.domain.iin import parse_iin, require_agreement
from app.domain.local_time import local_date
from app.domain.rules_profile import RulesProfile
from app.errors import InvalidInput, RuleViolation
from app.services import journal, numbering, outbox
from app.services.actors import Actor, ensure_office
from app.services.profile import profile_in_force

LIVE_STATUSES = ("queued", "stop_listed", "referred")


@dataclass(frozen=True, slots=True)
class PersonInput:
    iin: str
    last_name: str
    first_name: str
    middle_name: str = ""


@dataclass(frozen=True, slots=True)
class ApplicationInput:
    """What the clerk types from the Annex 1 form."""

    child: PersonInput
    child_birth_date: date
    applicant: PersonInput
    locality: str
    language: str
    group_type: str
    work_mode: str
    category: str
    doc_language: str = "kk"
    applicant_relation: str = "parent"
    applicant_id_document: str = ""
    phone: str = ""
    email: str = ""
    notify_consent: bool = False
    special_needs: bool = False
    desired_start: date | None = None
    preferred_orgs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Registered:
    application_id: str
    application_no: str
    registered_at: datetime
    journal_hash: str


@dataclass(frozen=True, slots=True)
class Refused:
    receipt_no: str
    issued_at: datetime
    problems: tuple[DocumentProblem, ...]
    journal_hash: str


def full_name(person: PersonInput) -> str:
    return " ".join(part for part in (person.last_name, person.first_name, person.middle_name) if part)


def validate_form(profile: RulesProfile, form: ApplicationInput, today: date) -> None:
    """Every check of the form itself, before documents and duplicates; raises InvalidInput."""
    child = parse_iin(form.child.iin)
    require_agreement(child, form.child_birth_date)
    parse_iin(form.applicant.iin)
    if form.child_birth_date > today:
        raise InvalidInput("child.born_in_future", "the child's birth date is in the future")
    if profile.over_age_limit(form.child_birth_date, today):
        raise InvalidInput(
            "child.over_age",
            "the child is {years} or older and cannot be queued",
            years=profile.age_limit_years,
        )
    for field, value in (
        ("child_last_name", form.child.last_name),
        ("child_first_name", form.child.first_name),
        ("applicant_last_name", form.applicant.last_name),
        ("applicant_first_name", form.applicant.first_name),
        ("locality", form.locality),
    ):
        if not value.strip():
            raise InvalidInput("field.required", "{field} is required", field=field)
    profile.validate_code("language", form.language)
    profile.validate_code("group_type", form.group_type)
    profile.validate_code("work_mode", form.work_mode)
    profile.category(form.category)
    if form.doc_language not in ("kk", "ru"):
        raise InvalidInput(
            "doc_language.unknown",
            "documents are printed in kk or ru, not '{value}'",
            value=form.doc_language,
        )
    if len(form.preferred_orgs) > profile.max_chosen_kindergartens:
        raise InvalidInput(
            "orgs.too_many", "at most {n} kindergartens may be chosen", n=profile.max_chosen_kindergartens
        )
    if len(set(form.preferred_orgs)) != len(form.preferred_orgs):
        raise InvalidInput("orgs.repeated", "a kindergarten is chosen twice")
    if form.group_type == "special" and not form.special_needs:
        raise InvalidInput(
            "group.special_needs_required", "a special group needs a documented special educational need"
        )


def live_application_no(session: Session, child_iin: str, locality: str) -> str | None:
    """The number of the child's live application in that locality, if there is one."""
    return session.scalar(
        select(Application.application_no)
        .join(Child, Child.id == Application.child_id)
        .where(
            Child.iin == child_iin, Application.locality == locality, Application.status.in_(LIVE_STATUSES)
        )
    )


def refuse_duplicate(session: Session, child_iin: str, locality: str) -> None:
    existing = live_application_no(session, child_iin, locality)
    if existing is not None:
        raise RuleViolation(
            "application.duplicate",
            "this child already has a live application {number} in {locality}",
            number=existing,
            locality=locality,
        )


def submit(
    session: Session,
    actor: Actor,
    form: ApplicationInput,
    presented: Mapping[str, date | None],
    now: datetime | None = None,
) -> Registered | Refused:
    """One act at the desk: register on a complete package, else issue the Annex 3 receipt."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    today = local_date(moment)
    profile = profile_in_force(session)
    validate_form(profile, form, today)
    refuse_duplicate(session, form.child.iin, form.locality)
    problems = check_package(profile, form.category, presented, today)
    if problems:
        return _refuse(session, actor, form, problems, moment)
    return _register(session, actor, profile, form, presented, moment)


def _upsert_child(session: Session, form: ApplicationInput) -> Child:
    info = parse_iin(form.child.iin)
    child = session.scalars(select(Child).where(Child.iin == info.iin)).one_or_none()
    if child is None:
        child = Child(iin=info.iin, birth_date=form.child_birth_date, sex=info.sex)
        session.add(child)
    child.last_name, child.first_name = form.child.last_name.strip(), form.child.first_name.strip()
    child.middle_name = form.child.middle_name.strip()
    return child


def _upsert_applicant(session: Session, person: PersonInput) -> Applicant:
    applicant = session.scalars(select(Applicant).where(Applicant.iin == person.iin)).one_or_none()
    if applicant is None:
        applicant = Applicant(iin=person.iin)
        session.add(applicant)
    applicant.last_name, applicant.first_name = person.last_name.strip(), person.first_name.strip()
    applicant.middle_name = person.middle_name.strip()
    return applicant


def application_payload(form: ApplicationInput, number: str, registered_at: datetime) -> dict[str, object]:
    """What the journal keeps of a registration: enough to replay it at the centre."""
    data = asdict(form)
    data["child_birth_date"] = form.child_birth_date.isoformat()
    data["desired_start"] = form.desired_start.isoformat() if form.desired_start else None
    data["preferred_orgs"] = list(form.preferred_orgs)
    data["application_no"] = number
    data["registered_at"] = registered_at.isoformat()
    return data


def _register(
    session: Session,
    actor: Actor,
    profile: RulesProfile,
    form: ApplicationInput,
    presented: Mapping[str, date | None],
    moment: datetime,
) -> Registered:
    office = ensure_office(session)
    number = numbering.next_number(session, "application", local_date(moment).year)
    child = _upsert_child(session, form)
    applicant = _upsert_applicant(session, form.applicant)
    session.flush()
    application = Application(
        office_id=office.id,
        application_no=number,
        registered_at=moment,
        channel="office",
        locality=form.locality.strip(),
        birth_year=form.child_birth_date.year,
        child_id=child.id,
        applicant_id=applicant.id,
        applicant_relation=form.applicant_relation,
        applicant_id_document=form.applicant_id_document,
        phone=form.phone,
        email=form.email,
        notify_consent=form.notify_consent,
        language=form.language,
        doc_language=form.doc_language,
        group_type=form.group_type,
        work_mode=form.work_mode,
        special_needs=form.special_needs,
        category=form.category,
        list_code=profile.list_of(form.category),
        category_doc_date=_category_doc_date(profile, form.category, presented),
        preferred_orgs=";".join(form.preferred_orgs),
        desired_start=form.desired_start,
        status="queued",
        created_by=actor.username,
    )
    session.add(application)
    session.flush()
    session.add_all(
        PresentedDocument(application_id=application.id, doc_code=code, issued_on=issued)
        for code, issued in presented.items()
    )
    payload = application_payload(form, number, moment)
    payload["documents"] = {
        code: issued.isoformat() if issued else None for code, issued in presented.items()
    }
    digest = journal.append(
        session,
        actor,
        journal.Act("application.register", "application", str(application.id), payload),
        moment,
    )
    outbox.notify(session, application.id, "registered", at=moment, number=number)
    return Registered(str(application.id), number, moment, digest)


def _category_doc_date(
    profile: RulesProfile, category: str, presented: Mapping[str, date | None]
) -> date | None:
    for code in profile.category(category).documents:
        if presented.get(code) is not None:
            return presented[code]
    return None


def _refuse(
    session: Session,
    actor: Actor,
    form: ApplicationInput,
    problems: tuple[DocumentProblem, ...],
    moment: datetime,
) -> Refused:
    office = ensure_office(session)
    number = numbering.next_number(session, "receipt", local_date(moment).year)
    missing = [
        {"code": p.code, "expired_on": p.expired_on.isoformat() if p.expired_on else None} for p in problems
    ]
    receipt = RefusalReceipt(
        office_id=office.id,
        receipt_no=number,
        issued_at=moment,
        applicant_name=full_name(form.applicant),
        applicant_iin=form.applicant.iin,
        child_name=full_name(form.child),
        child_iin=form.child.iin,
        language=form.doc_language,
        missing=json.dumps(missing, ensure_ascii=False),
        employee=actor.full_name,
    )
    session.add(receipt)
    session.flush()
    digest = journal.append(
        session,
        actor,
        journal.Act(
            "intake.refuse",
            "refusal_receipt",
            number,
            {
                "receipt_no": number,
                "child_iin": form.child.iin,
                "applicant_iin": form.applicant.iin,
                "missing": missing,
            },
        ),
        moment,
    )
    return Refused(number, moment, problems, digest)
