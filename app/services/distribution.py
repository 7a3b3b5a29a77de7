"""Distribution (RULES §5): plan who gets each free place, and issue the referrals of the plan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Application, Org, Place, waiting_clause
from app.domain.distribution import Assignment, PassedOverList, QueueCandidates, QueueKey, plan_distribution
from app.domain.queue_order import ListCode
from app.domain.rules_profile import RulesProfile
from app.domain.working_days import WorkingCalendar
from app.errors import RuleViolation
from app.services import journal, numbering, queue
from app.services.actors import Actor, ensure_office, require_role
from app.services.profile import profile_in_force, working_calendar
from app.services.referral_issue import (
    Grant,
    distributable,
    live_referral_of,
    load_candidates,
    lock_issuing,
    place_offer,
    refuse_if_frozen,
    release_day,
    valid_until,
    write_referral,
)

_CHUNK = 1000


@dataclass(frozen=True, slots=True)
class PlanRow:
    """One place of a plan: who gets it (or nobody, and why), and everyone passed over on the way."""

    place_id: str
    place_code: str
    org_code: str
    kindergarten_kk: str
    kindergarten_ru: str
    locality: str
    birth_year: int
    enrollment_mode: str
    application_id: str | None
    application_no: str | None
    priority_number: int | None
    queue_list: ListCode | None
    referral_no: str | None
    """None in a dry run."""
    valid_until: date | None
    note: str
    cycle_before: int
    cycle_after: int
    passed_over: PassedOverList


@dataclass(frozen=True, slots=True)
class PlanResult:
    as_of: date
    dry_run: bool
    rows: tuple[PlanRow, ...]
    journal_hash: str
    """The journal head after the run; empty for a dry run or a run that issued nothing."""

    @property
    def awarded(self) -> int:
        return sum(1 for row in self.rows if row.application_no is not None)


def _free_places(session: Session, as_of: date, *, lock: bool) -> list[tuple[Place, Org]]:
    """Published places not held by a live referral, in publication order."""
    query = (
        select(Place, Org)
        .join(Org, Org.id == Place.org_id)
        .where(Place.status == "published", ~live_referral_of(Place.id, "place"))
        .order_by(Place.published_at, Place.place_code)
    )
    if lock:
        query = query.with_for_update(of=Place)
    return [(place, org) for place, org in session.execute(query) if distributable(place, as_of)]


def _note(place: Place, awarded: bool, release: date | None, as_of: date) -> str:
    if not awarded:
        return "no eligible application"
    if release is not None and release > as_of:
        return f"early booking: valid from release on {release.isoformat()}"
    if place.stay_until is not None:
        return f"temporary stay until {place.stay_until.isoformat()}"
    return ""


def _row(
    assignment: Assignment,
    place: Place,
    org: Org,
    calendar: WorkingCalendar,
    profile: RulesProfile,
    as_of: date,
) -> PlanRow:
    winner = assignment.winner
    release = release_day(place)
    until = valid_until(calendar, profile.referral_validity_working_days, as_of, release) if winner else None
    return PlanRow(
        place_id=str(place.id),
        place_code=place.place_code,
        org_code=org.org_code,
        kindergarten_kk=org.name_kk,
        kindergarten_ru=org.name_ru,
        locality=org.locality,
        birth_year=place.birth_year,
        enrollment_mode=place.enrollment_mode,
        application_id=winner.application_id if winner else None,
        application_no=winner.application_no if winner else None,
        priority_number=assignment.winner_priority_number,
        queue_list=winner.list_code if winner else None,
        referral_no=None,
        valid_until=until,
        note=_note(place, winner is not None, release, as_of),
        cycle_before=assignment.cycle_before,
        cycle_after=assignment.cycle_after,
        passed_over=assignment.passed_over,
    )


@dataclass(frozen=True, slots=True)
class _Planned:
    result: PlanResult
    places: dict[str, Place]
    cycles_before: dict[QueueKey, int]
    cycles_after: dict[QueueKey, int]


def _plan(session: Session, as_of: date, profile: RulesProfile, *, lock: bool) -> _Planned:
    refuse_if_frozen(profile, as_of)
    places = _free_places(session, as_of, lock=lock)
    keys = sorted({(org.locality, place.birth_year) for place, org in places})
    queues = {
        key: QueueCandidates.from_candidates(
            load_candidates(
                session,
                Application.locality == key[0],
                Application.birth_year == key[1],
                waiting_clause(),
            )
        )
        for key in keys
    }
    cycles = {key: queue.queue_cycle(session, *key, for_update=lock) for key in keys}
    offers = [place_offer(place, org) for place, org in places]
    domain_plan = plan_distribution(offers, queues, cycles, profile.first_priority_ratio)
    by_id = {str(place.id): (place, org) for place, org in places}
    calendar = working_calendar(session, profile)
    rows = tuple(_row(a, *by_id[a.place.place_id], calendar, profile, as_of) for a in domain_plan.assignments)
    return _Planned(
        PlanResult(as_of, True, rows, ""),
        {place_id: place for place_id, (place, _) in by_id.items()},
        cycles,
        domain_plan.cycles_after,
    )


def plan(session: Session, as_of: date, profile: RulesProfile | None = None) -> PlanResult:
    """The dry run: who would get each free place on `as_of`; reads only, writes nothing."""
    return _plan(session, as_of, profile or profile_in_force(session), lock=False).result


def _applications(session: Session, ids: list[str]) -> dict[str, Application]:
    found: dict[str, Application] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = [uuid.UUID(value) for value in ids[start : start + _CHUNK]]
        query = select(Application).where(Application.id.in_(chunk)).with_for_update()
        found.update((str(a.id), a) for a in session.scalars(query))
    return found


def run(
    session: Session, actor: Actor, as_of: date, dry_run: bool, *, now: datetime | None = None
) -> PlanResult:
    """Distribute the free places on `as_of`: the plan, and unless a dry run, its referrals issued."""
    require_role(actor, "supervisor")
    profile = profile_in_force(session)
    if dry_run:
        return plan(session, as_of, profile)
    lock_issuing(session)
    planned = _plan(session, as_of, profile, lock=True)
    awarded = [row for row in planned.result.rows if row.application_id is not None]
    if not awarded:
        return replace(planned.result, dry_run=False)
    moment = now or datetime.now(UTC)
    applications = _applications(session, [row.application_id for row in awarded if row.application_id])
    numbers = iter(numbering.next_numbers(session, "referral", as_of.year, len(awarded)))
    office = ensure_office(session)
    acts, issued = [], {}
    for row in awarded:
        assert row.application_id is not None
        assert row.valid_until is not None
        application = applications[row.application_id]
        if application.status != "queued":
            raise RuleViolation(
                "distribution.changed",
                "application {number} changed while distributing; run the distribution again",
                number=application.application_no,
            )
        grant = Grant(
            place=planned.places[row.place_id],
            application=application,
            referral_no=next(numbers),
            issued_on=as_of,
            valid_until=row.valid_until,
            cycle_before=row.cycle_before,
            cycle_after=row.cycle_after,
            priority_number=row.priority_number,
            reason="distribution",
        )
        acts.append(write_referral(session, office.id, grant, moment))
        issued[row.place_id] = grant.referral_no
    for key, cycle in planned.cycles_after.items():
        if cycle != planned.cycles_before.get(key, 0):
            queue.set_queue_cycle(session, *key, cycle)
    digest = journal.append_many(session, actor, acts, moment)
    rows = tuple(replace(row, referral_no=issued.get(row.place_id)) for row in planned.result.rows)
    return PlanResult(as_of, False, rows, digest)
