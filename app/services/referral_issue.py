"""Issuing a referral, shared by distribution runs and manual issue: the lock, the term, the rows written."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, cast

from sqlalchemy import ColumnElement, Exists, SQLColumnExpression, exists, func, select
from sqlalchemy.orm import Session

from app.db.models import Application, Org, Place, Referral
from app.domain.distribution import Candidate, PlaceOffer
from app.domain.local_time import local_date
from app.domain.queue_order import ListCode
from app.domain.rules_profile import RulesProfile
from app.domain.working_days import WorkingCalendar
from app.errors import RuleViolation
from app.services import journal, outbox

LIVE = "issued"
"""The status of a referral that still reserves its place."""

EARLY_BOOKING = "early_booking"
# Any fixed number: every process that issues referrals waits on this PostgreSQL advisory lock.
_ISSUE_LOCK_KEY = 0x6B657A656B


def lock_issuing(session: Session) -> None:
    """Serialise everyone who issues referrals until the transaction ends.

    SQLite writers are already serialised by BEGIN IMMEDIATE; on PostgreSQL two supervisors would
    otherwise plan from the same snapshot and give one place twice.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_ISSUE_LOCK_KEY)))


def refuse_if_frozen(profile: RulesProfile, day: date) -> None:
    """No referrals during the months the profile freezes (the August regrouping)."""
    if profile.is_distribution_frozen(day):
        raise RuleViolation(
            "distribution.frozen",
            "no distribution on {date}: the rules profile suspends it that month (regrouping)",
            date=day.isoformat(),
        )


def distributable(place: Place, as_of: date) -> bool:
    """Published by that day, vacant by then (early booking: any time), and not a stay already over."""
    return (
        local_date(place.published_at) <= as_of
        and (place.enrollment_mode == "early_booking" or place.available_from <= as_of)
        and (place.stay_until is None or place.stay_until > as_of)
    )


def release_day(place: Place) -> date | None:
    """For early booking, the day the place is actually vacated (as recorded, else as announced)."""
    if place.enrollment_mode != EARLY_BOOKING:
        return None
    return place.released_on or place.available_from


def valid_until(calendar: WorkingCalendar, working_days: int, issued_on: date, release: date | None) -> date:
    """The last valid day: the Nth working day after issue, or after release when that is later."""
    start = max(issued_on, release) if release is not None else issued_on
    return calendar.add_working_days(start, working_days)


def live_referral_of(column: SQLColumnExpression[uuid.UUID], on: Literal["place", "application"]) -> Exists:
    """EXISTS a live referral for the place or application whose id is `column`."""
    target = Referral.place_id if on == "place" else Referral.application_id
    return exists().where(target == column, Referral.status == LIVE)


def place_offer(place: Place, org: Org) -> PlaceOffer:
    return PlaceOffer(
        place_id=str(place.id),
        place_code=place.place_code,
        org_code=org.org_code,
        locality=org.locality,
        birth_year=place.birth_year,
        language=place.language,
        group_type=place.group_type,
        work_mode=place.work_mode,
        published_order=(place.published_at, place.place_code),
    )


def _candidate(row: tuple[Any, ...]) -> Candidate:
    app_id, number, registered_at, list_code, status, live, language, group_type, work_mode, preferred = row
    return Candidate(
        application_id=str(app_id),
        application_no=number,
        registered_at=registered_at,
        list_code=cast(ListCode, list_code),
        status=cast(Literal["queued", "stop_listed"], status),
        has_live_referral=bool(live),
        language=language,
        group_type=group_type,
        work_mode=work_mode,
        preferred_orgs=tuple(code for code in preferred.split(";") if code),
    )


def load_candidates(session: Session, *where: ColumnElement[bool]) -> list[Candidate]:
    """Applications matching `where` as distribution sees them, in list order."""
    query = (
        select(
            Application.id,
            Application.application_no,
            Application.registered_at,
            Application.list_code,
            Application.status,
            live_referral_of(Application.id, "application"),
            Application.language,
            Application.group_type,
            Application.work_mode,
            Application.preferred_orgs,
        )
        .where(*where)
        .order_by(Application.registered_at, Application.application_no)
    )
    return [_candidate(tuple(row)) for row in session.execute(query)]


@dataclass(frozen=True, slots=True)
class Grant:
    """One referral to write: which place to whom, its number and term, and the cycle it moved."""

    place: Place
    application: Application
    referral_no: str
    issued_on: date
    valid_until: date
    cycle_before: int
    cycle_after: int
    priority_number: int | None
    reason: str


def write_referral(session: Session, office_id: uuid.UUID, grant: Grant, moment: datetime) -> journal.Act:
    """Reserve the place for the application and queue the message; the caller journals the act."""
    referral = Referral(
        office_id=office_id,
        referral_no=grant.referral_no,
        place_id=grant.place.id,
        application_id=grant.application.id,
        issued_at=moment,
        valid_until=grant.valid_until,
        extensions=0,
        status=LIVE,
        reason=grant.reason,
    )
    session.add(referral)
    grant.place.status = "referred"
    grant.application.status = "referred"
    session.flush()
    outbox.notify(session, grant.application.id, "referral_issued", referral=grant.referral_no)
    return journal.Act(
        "referral.issue",
        "referral",
        str(referral.id),
        {
            "referral_no": grant.referral_no,
            "place_id": str(grant.place.id),
            "place_code": grant.place.place_code,
            "application_id": str(grant.application.id),
            "application_no": grant.application.application_no,
            "list": grant.application.list_code,
            "priority_number": grant.priority_number,
            "issued_on": grant.issued_on.isoformat(),
            "valid_until": grant.valid_until.isoformat(),
            "cycle_before": grant.cycle_before,
            "cycle_after": grant.cycle_after,
            "reason": grant.reason,
        },
    )


def close_referral(referral: Referral, place: Place, status: str, moment: datetime) -> None:
    """End a live referral: a declined or expired one frees its place, an enrolment takes it."""
    referral.status = status
    referral.closed_at = moment
    place.status = "published" if status in ("declined", "expired") else "taken"


def referral_act(action: str, referral: Referral, **payload: object) -> journal.Act:
    return journal.Act(action, "referral", str(referral.id), {"referral_no": referral.referral_no, **payload})
