"""Reading referrals: rows for the GUI's lists and the printable referral (definition 10)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import cast

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session

from app.db.filters import given
from app.db.models import Application, Child, Group, JournalEntry, Org, Place, Referral, User
from app.domain.check_code import REFERRAL, CheckCode, read_check_code
from app.domain.documents import DocumentLanguage, ReferralData
from app.errors import NotFound
from app.services.actors import SYSTEM, ensure_office
from app.services.queue import matching_applications
from app.services.referral_issue import LIVE, release_day


@dataclass(frozen=True, slots=True)
class ReferralRow:
    referral_no: str
    status: str
    application_no: str
    child_name: str
    child_iin: str
    place_code: str
    org_code: str
    kindergarten_kk: str
    kindergarten_ru: str
    locality: str
    birth_year: int
    enrollment_mode: str
    issued_at: datetime
    valid_until: date | None
    extensions: int
    reason: str


def _full_name(child: Child) -> str:
    return " ".join(part for part in (child.last_name, child.first_name, child.middle_name) if part)


def _query() -> Select[Referral, Application, Child, Place, Org]:
    return (
        select(Referral, Application, Child, Place, Org)
        .join(Application, Application.id == Referral.application_id)
        .join(Child, Child.id == Application.child_id)
        .join(Place, Place.id == Referral.place_id)
        .join(Org, Org.id == Place.org_id)
    )


def _row(referral: Referral, application: Application, child: Child, place: Place, org: Org) -> ReferralRow:
    return ReferralRow(
        referral_no=referral.referral_no,
        status=referral.status,
        application_no=application.application_no,
        child_name=_full_name(child),
        child_iin=child.iin,
        place_code=place.place_code,
        org_code=org.org_code,
        kindergarten_kk=org.name_kk,
        kindergarten_ru=org.name_ru,
        locality=org.locality,
        birth_year=place.birth_year,
        enrollment_mode=place.enrollment_mode,
        issued_at=referral.issued_at,
        valid_until=referral.valid_until,
        extensions=referral.extensions,
        reason=referral.reason,
    )


def referral_row(session: Session, referral_no: str) -> ReferralRow:
    found = session.execute(_query().where(Referral.referral_no == referral_no)).one_or_none()
    if found is None:
        raise NotFound("referral.not_found", "no referral numbered {number}", number=referral_no)
    return _row(*found)


def _found(session: Session, find: str) -> ColumnElement[bool]:
    """Referrals found by what the desk typed or scanned: the referral's QR, or its number (in any case),
    or its application's number, child's IIN or child's name (see `matching_applications`).

    A referral's number is looked up by its index first; only if none matches are names scanned.
    """
    code = read_check_code(find)
    if code is not None and code.kind == REFERRAL:
        return Referral.referral_no == code.number
    text = find.strip()
    number = Referral.referral_no == text.upper()
    if session.scalar(select(exists().where(number))):
        return number
    return matching_applications(text)


def _filters(
    session: Session, status: str | None, org_code: str | None, find: str | None
) -> list[ColumnElement[bool]]:
    """The conditions of the filters of `list_referrals` (on Referral, Application and Org)."""
    found = [_found(session, find)] if find and find.strip() else []
    return given((status, Referral.status == status), (org_code, Org.org_code == org_code)) + found


def list_referrals(
    session: Session,
    *,
    status: str | None = LIVE,
    org_code: str | None = None,
    find: str | None = None,
    limit: int = 500,
    offset: int = 0,
) -> list[ReferralRow]:
    """Referrals (the live ones unless told), soonest deadline first, filtered in SQL; `limit` of them
    from `offset` on. `find` is what the desk typed or scanned (see `_found`); empty finds every one."""
    query = _query().order_by(Referral.valid_until, Referral.referral_no).limit(limit).offset(offset)
    query = query.where(*_filters(session, status, org_code, find))
    return [_row(*found) for found in session.execute(query)]


def count_referrals(
    session: Session,
    *,
    status: str | None = LIVE,
    org_code: str | None = None,
    find: str | None = None,
) -> int:
    """How many referrals `list_referrals` would list with the same filters and no limit."""
    query = (
        select(func.count())
        .select_from(Referral)
        .join(Application, Application.id == Referral.application_id)
        .join(Place, Place.id == Referral.place_id)
        .join(Org, Org.id == Place.org_id)
    )
    return session.scalar(query.where(*_filters(session, status, org_code, find))) or 0


def genuine_printout(session: Session, code: CheckCode) -> bool:
    """Whether a scanned referral code is the one its printout got: the referral's number with the hash
    of the journal entry of its issue. A code typed over, or made up, is not."""
    if code.kind != REFERRAL:
        return False
    referral = session.scalar(select(Referral).where(Referral.referral_no == code.number))
    if referral is None:
        return False
    return _issue_entry(session, referral)[1] == code.digest


def _issue_entry(session: Session, referral: Referral) -> tuple[str, str]:
    """Who issued the referral (full name) and the hash of the journal entry of the issue."""
    entry = session.execute(
        select(JournalEntry.actor, JournalEntry.hash).where(
            JournalEntry.entity == "referral",
            JournalEntry.entity_id == str(referral.id),
            JournalEntry.action == "referral.issue",
        )
    ).one_or_none()
    if entry is None:
        return SYSTEM.full_name, ""
    username, digest = entry
    name = session.scalar(select(User.full_name).where(User.username == username))
    return name or (SYSTEM.full_name if username == SYSTEM.username else username), digest


def referral_data(session: Session, referral_no: str) -> ReferralData:
    """The printable referral in the applicant's language (reports/referral.py)."""
    found = session.execute(_query().where(Referral.referral_no == referral_no)).one_or_none()
    if found is None:
        raise NotFound("referral.not_found", "no referral numbered {number}", number=referral_no)
    referral, application, child, place, org = found
    assert referral.valid_until is not None
    language = cast(DocumentLanguage, application.doc_language)
    kazakh = language == "kk"
    office = ensure_office(session)
    employee, digest = _issue_entry(session, referral)
    return ReferralData(
        provider_name=office.provider_kk if kazakh else office.provider_ru,
        office_name=office.name_kk if kazakh else office.name_ru,
        office_code=office.code,
        issued_at=referral.issued_at,
        language=language,
        number=referral.referral_no,
        application_number=application.application_no,
        child_name=_full_name(child),
        child_iin=child.iin,
        child_birth_date=child.birth_date,
        place_code=place.place_code,
        kindergarten_name=org.name_kk if kazakh else org.name_ru,
        kindergarten_address=org.address,
        birth_year=place.birth_year,
        group_language=place.language,
        group_type=place.group_type,
        work_mode=place.work_mode,
        enrolment_mode=place.enrollment_mode,
        valid_until=referral.valid_until,
        employee_name=employee,
        journal_hash=digest,
        place_released_on=release_day(place),
        stay_until=place.stay_until,
        group_name=session.scalar(select(Group.name).where(Group.id == place.group_id)),
    )
