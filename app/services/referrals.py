"""Referral acts (RULES §5–6): manual issue, extension, decline, enrolment, expiry and the stop list."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import WAITING_STATUSES, Application, ArchiveEntry, Enrolment, Org, Place, Referral
from app.domain.distribution import ineligibility
from app.domain.local_time import local_date
from app.domain.queue_order import next_cycle
from app.errors import InvalidInput, NotFound, RuleViolation
from app.services import journal, numbering, outbox, queue
from app.services.actors import Actor, require_role
from app.services.profile import profile_in_force, working_calendar
from app.services.referral_expiry import expire_due, release_stop_list
from app.services.referral_issue import (
    LIVE,
    Award,
    claiming,
    close_referral,
    distributable,
    load_candidates,
    lock_issuing,
    place_offer,
    referral_act,
    refuse_if_frozen,
    release_day,
    valid_until,
)
from app.services.referral_views import (
    ReferralRow,
    count_referrals,
    genuine_printout,
    list_referrals,
    referral_data,
    referral_row,
)


def _place(session: Session, place_code: str) -> tuple[Place, Org]:
    query = select(Place, Org).join(Org, Org.id == Place.org_id).where(Place.place_code == place_code)
    found = session.execute(query.with_for_update(of=Place)).one_or_none()
    if found is None:
        raise NotFound("place.not_found", "no place with code {place}", place=place_code)
    return found


def _application(session: Session, application_no: str) -> Application:
    query = select(Application).where(Application.application_no == application_no).with_for_update()
    application = session.scalars(query).one_or_none()
    if application is None:
        raise NotFound("application.not_found", "no application numbered {number}", number=application_no)
    return application


def issue_manual(
    session: Session,
    actor: Actor,
    place_code: str,
    application_no: str,
    reason: str,
    *,
    now: datetime | None = None,
) -> ReferralRow:
    """A supervisor gives one free place to one application of its queue, for a stated reason.

    Eligibility is still the domain's (RULES §5). The cycle moves as after any referral: RULES §3 moves
    `c` whenever a referral is issued and §5 says how by the list served, so a referral made by hand
    uses up its list's turn rather than giving that list more than its 1 : 3 share.
    """
    require_role(actor, "supervisor")
    if not reason.strip():
        raise InvalidInput("referral.reason_required", "a referral made by hand needs a reason")
    moment = now or datetime.now(UTC)
    today = local_date(moment)
    profile = profile_in_force(session)
    refuse_if_frozen(profile, today)
    lock_issuing(session)
    place, org = _place(session, place_code)
    if place.status != "published":
        raise RuleViolation(
            "place.not_free", "place {place} is {status}", place=place_code, status=place.status
        )
    if not distributable(place, today):
        raise RuleViolation(
            "place.not_available",
            "place {place} is not vacant on {date}",
            place=place_code,
            date=today,
        )
    application = _application(session, application_no)
    if application.status not in WAITING_STATUSES:
        raise RuleViolation(
            "queue.not_waiting",
            "application {number} is not waiting in the queue (status {status})",
            number=application_no,
            status=application.status,
        )
    if (application.locality, application.birth_year) != (org.locality, place.birth_year):
        raise RuleViolation(
            "referral.other_queue",
            "application {number} is not in the queue of place {place}",
            number=application_no,
            place=place_code,
        )
    candidate = load_candidates(session, Application.id == application.id)[0]
    problem = ineligibility(place_offer(place, org), candidate)
    if problem is not None:
        raise RuleViolation(
            "referral.ineligible",
            "application {number} may not get place {place}: {reason}",
            number=application_no,
            place=place_code,
            reason=problem,
        )
    key = (org.locality, place.birth_year)
    before = queue.queue_cycle(session, *key, for_update=True)
    after = next_cycle(before, candidate.list_code, profile.first_priority_ratio)
    priority_number = queue.position_of(session, application).priority_number
    award = Award(
        place_id=place.id,
        place_code=place.place_code,
        kindergarten_kk=org.name_kk,
        kindergarten_ru=org.name_ru,
        application_id=application.id,
        application_no=application.application_no,
        list_code=candidate.list_code,
        referral_no=numbering.next_number(session, "referral", today.year),
        issued_on=today,
        valid_until=valid_until(
            working_calendar(session, profile),
            profile.referral_validity_working_days,
            today,
            release_day(place),
        ),
        cycle_before=before,
        cycle_after=after,
        priority_number=priority_number,
        reason=reason.strip(),
    )
    if after != before:
        queue.set_queue_cycle(session, *key, after)
    with claiming(session, actor, moment, [(application.id, place.id)]) as claim:
        claim.write([award])
    return referral_row(session, award.referral_no)


def _live(session: Session, referral_no: str) -> tuple[Referral, Place, Application]:
    query = (
        select(Referral, Place, Application)
        .join(Place, Place.id == Referral.place_id)
        .join(Application, Application.id == Referral.application_id)
        .where(Referral.referral_no == referral_no)
        .with_for_update()
    )
    found = session.execute(query).one_or_none()
    if found is None:
        raise NotFound("referral.not_found", "no referral numbered {number}", number=referral_no)
    if found[0].status != LIVE:
        raise RuleViolation(
            "referral.not_live", "referral {number} is {status}", number=referral_no, status=found[0].status
        )
    return found


def extend(
    session: Session, actor: Actor, referral_no: str, days: int, *, now: datetime | None = None
) -> ReferralRow:
    """Extend a live referral on request: as often and by as many calendar days as the profile allows."""
    require_role(actor, "clerk")
    profile = profile_in_force(session)
    moment = now or datetime.now(UTC)
    referral, _, application = _live(session, referral_no)
    assert referral.valid_until is not None
    if referral.extensions >= profile.extension_limit:
        raise RuleViolation(
            "referral.extension_used",
            "referral {number} was already extended; the limit is {limit}",
            number=referral_no,
            limit=profile.extension_limit,
        )
    if not 1 <= days <= profile.extension_max_days:
        raise InvalidInput(
            "referral.extension_days",
            "an extension is 1 to {max} calendar days",
            max=profile.extension_max_days,
        )
    if referral.valid_until < local_date(moment):
        raise RuleViolation(
            "referral.expired",
            "referral {number} expired on {date}",
            number=referral_no,
            date=referral.valid_until,
        )
    before = referral.valid_until
    referral.valid_until = before + timedelta(days=days)
    referral.extensions += 1
    outbox.notify(session, application.id, "referral_extended", at=moment, referral=referral_no)
    act = referral_act(
        "referral.extend",
        referral,
        days=days,
        before=before.isoformat(),
        after=referral.valid_until.isoformat(),
    )
    journal.append(session, actor, act, moment)
    return referral_row(session, referral_no)


def decline(session: Session, actor: Actor, referral_no: str, *, now: datetime | None = None) -> ReferralRow:
    """The applicant declines: the place returns to distribution, the application to its old position."""
    require_role(actor, "clerk")
    moment = now or datetime.now(UTC)
    referral, place, application = _live(session, referral_no)
    close_referral(referral, place, "declined", moment)
    # Its registration time is untouched, so the application takes its old position back.
    if application.status == "referred":
        application.status = "queued"
    journal.append(session, actor, referral_act("referral.decline", referral), moment)
    return referral_row(session, referral_no)


def enrol(
    session: Session,
    actor: Actor,
    referral_no: str,
    enrolled_on: date,
    contract_no: str,
    *,
    now: datetime | None = None,
) -> ReferralRow:
    """The kindergarten enrolled the child: the application is archived, or on a temporary stay queued."""
    require_role(actor, "clerk")
    if not contract_no.strip():
        raise InvalidInput("enrolment.contract_required", "the contract number is required")
    moment = now or datetime.now(UTC)
    referral, place, application = _live(session, referral_no)
    if enrolled_on < local_date(referral.issued_at):
        raise InvalidInput(
            "enrolment.before_issue",
            "enrolment on {date} is before the referral was issued",
            date=enrolled_on,
        )
    session.add(
        Enrolment(
            referral_id=referral.id,
            enrolled_on=enrolled_on,
            contract_no=contract_no.strip(),
            stay_until=place.stay_until,
        )
    )
    close_referral(referral, place, "enrolled", moment)
    if place.stay_until is not None:
        # A temporary stay does not end the application (RULES §4): it keeps waiting for a lasting place.
        application.status = "queued"
        application.temporary_until = place.stay_until
    else:
        application.status = "archived"
        session.add(
            ArchiveEntry(
                application_id=application.id,
                archived_at=moment,
                reason="enrolled",
                note=referral_no,
                actor=actor.username,
            )
        )
    outbox.notify(session, application.id, "enrolled", at=moment, referral=referral_no)
    act = referral_act(
        "referral.enrol",
        referral,
        enrolled_on=enrolled_on.isoformat(),
        contract_no=contract_no.strip(),
        stay_until=place.stay_until.isoformat() if place.stay_until else None,
        application_status=application.status,
    )
    journal.append(session, actor, act, moment)
    return referral_row(session, referral_no)


# Expiry and the reading side live in their own modules; callers may reach the whole referral API from here.
__all__ = [
    "ReferralRow",
    "count_referrals",
    "decline",
    "enrol",
    "expire_due",
    "extend",
    "genuine_printout",
    "issue_manual",
    "list_referrals",
    "referral_data",
    "referral_row",
    "release_stop_list",
]
