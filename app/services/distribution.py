"""Distribution (RULES §5): plan who gets each free place, and issue the referrals of the plan."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime
from operator import attrgetter
from typing import Literal, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Org, Place
from app.domain.distribution import Assignment, PassedOverList, PlaceOffer, QueueKey, plan_distribution
from app.domain.queue_order import ListCode
from app.domain.rules_profile import RulesProfile
from app.domain.working_days import WorkingCalendar
from app.errors import RuleViolation
from app.progress import Progress, silent
from app.services import journal, numbering, queue
from app.services.actors import Actor, require_role
from app.services.gc_pause import cyclic_gc_paused
from app.services.profile import profile_in_force, working_calendar
from app.services.referral_issue import (
    Award,
    claiming,
    distributable,
    live_referral_of,
    lock_issuing,
    reading_queues,
    refuse_if_frozen,
    release_day,
    valid_until,
)

PLANNING = "setting out the plan"
"""The step a run reports besides referral_issue's READING_QUEUES, CLAIMING and WRITING."""

NoteCode = Literal["", "nobody", "early", "temporary"]
_NOTE_TEXTS: dict[str, str] = {
    "": "",
    "nobody": "no eligible application",
    "early": "early booking: valid from release on {date}",
    "temporary": "temporary stay until {date}",
}


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
    note_code: NoteCode
    note_date: date | None

    @property
    def note(self) -> str:
        """The note in English, as the plan CSV carries it (screens translate `note_code`)."""
        day = self.note_date.isoformat() if self.note_date else ""
        return _NOTE_TEXTS[self.note_code].format(date=day)

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
    made_on: journal.JournalMark
    """Where the journal stood when the plan began to read: `issue` gives a plan made on the mark that
    still stands as it is, since planning again would give the same."""

    @property
    def awarded(self) -> int:
        return sum(1 for row in self.rows if row.application_no is not None)


class _FreePlace(NamedTuple):
    """A free place and its kindergarten as a run reads them: plain values, no ORM objects."""

    id: uuid.UUID
    place_code: str
    birth_year: int
    language: str
    group_type: str
    work_mode: str
    enrollment_mode: str
    available_from: date
    stay_until: date | None
    released_on: date | None
    published_at: datetime
    org_code: str
    kindergarten_kk: str
    kindergarten_ru: str
    locality: str

    def offer(self) -> PlaceOffer:
        return PlaceOffer(
            place_id=str(self.id),
            place_code=self.place_code,
            org_code=self.org_code,
            locality=self.locality,
            birth_year=self.birth_year,
            language=self.language,
            group_type=self.group_type,
            work_mode=self.work_mode,
            published_order=(self.published_at, self.place_code),
        )


def _free_places(session: Session, as_of: date, *, lock: bool) -> list[_FreePlace]:
    """Published places not held by a live referral, in publication order."""
    query = (
        select(
            Place.id,
            Place.place_code,
            Place.birth_year,
            Place.language,
            Place.group_type,
            Place.work_mode,
            Place.enrollment_mode,
            Place.available_from,
            Place.stay_until,
            Place.released_on,
            Place.published_at,
            Org.org_code,
            Org.name_kk,
            Org.name_ru,
            Org.locality,
        )
        .join(Org, Org.id == Place.org_id)
        .where(Place.status == "published", ~live_referral_of(Place.id, "place"))
        .order_by(Place.published_at, Place.place_code)
    )
    if lock:
        query = query.with_for_update(of=Place)
    places = (_FreePlace._make(row) for row in session.execute(query))
    return [place for place in places if distributable(place, as_of)]


def _note(
    place: _FreePlace, awarded: bool, release: date | None, as_of: date
) -> tuple[NoteCode, date | None]:
    if not awarded:
        return "nobody", None
    if release is not None and release > as_of:
        return "early", release
    if place.stay_until is not None:
        return "temporary", place.stay_until
    return "", None


def _row(
    assignment: Assignment,
    place: _FreePlace,
    terms: dict[date | None, date],
    calendar: WorkingCalendar,
    profile: RulesProfile,
    as_of: date,
) -> PlanRow:
    winner = assignment.winner
    release = release_day(place)
    until = None
    if winner:
        # Places of one run share a handful of release days: each term is counted once.
        until = terms.get(release)
        if until is None:
            until = terms[release] = valid_until(
                calendar, profile.referral_validity_working_days, as_of, release
            )
    note_code, note_date = _note(place, winner is not None, release, as_of)
    return PlanRow(
        place_id=str(place.id),
        place_code=place.place_code,
        org_code=place.org_code,
        kindergarten_kk=place.kindergarten_kk,
        kindergarten_ru=place.kindergarten_ru,
        locality=place.locality,
        birth_year=place.birth_year,
        enrollment_mode=place.enrollment_mode,
        application_id=winner.application_id if winner else None,
        application_no=winner.application_no if winner else None,
        priority_number=assignment.winner_priority_number,
        queue_list=winner.list_code if winner else None,
        referral_no=None,
        valid_until=until,
        note_code=note_code,
        note_date=note_date,
        cycle_before=assignment.cycle_before,
        cycle_after=assignment.cycle_after,
        passed_over=assignment.passed_over,
    )


def _plan(
    session: Session, as_of: date, profile: RulesProfile, progress: Progress, *, to_issue: bool
) -> PlanResult:
    with cyclic_gc_paused():
        return _plan_now(session, as_of, profile, progress, to_issue=to_issue)


def _plan_now(
    session: Session, as_of: date, profile: RulesProfile, progress: Progress, *, to_issue: bool
) -> PlanResult:
    """The plan; one made `to_issue` locks what it reads."""
    refuse_if_frozen(profile, as_of)
    # Read before the data: an act that lands in between makes the mark older than the plan (and the
    # plan is made again when issued), never newer.
    made_on = journal.mark(session)
    places = _free_places(session, as_of, lock=to_issue)
    keys = sorted({(place.locality, place.birth_year) for place in places})
    cycles = {key: queue.queue_cycle(session, *key, for_update=to_issue) for key in keys}
    calendar = working_calendar(session, profile)
    offers = [place.offer() for place in places]
    with reading_queues(session, keys, progress) as queues:
        domain_plan = plan_distribution(offers, queues, cycles, profile.first_priority_ratio)
    progress(PLANNING, 0, len(offers))
    by_id = {str(place.id): place for place in places}
    terms: dict[date | None, date] = {}
    rows = tuple(
        _row(a, by_id[a.place.place_id], terms, calendar, profile, as_of) for a in domain_plan.assignments
    )
    progress(PLANNING, len(rows), len(rows))
    return PlanResult(as_of, True, rows, "", made_on)


def plan(
    session: Session, as_of: date, profile: RulesProfile | None = None, progress: Progress = silent
) -> PlanResult:
    """The dry run: who would get each free place on `as_of`; reads only, writes nothing."""
    return _plan(session, as_of, profile or profile_in_force(session), progress, to_issue=False)


def run(
    session: Session,
    actor: Actor,
    as_of: date,
    dry_run: bool,
    *,
    now: datetime | None = None,
    progress: Progress = silent,
) -> PlanResult:
    """Distribute the free places on `as_of`: the plan, and unless a dry run, its referrals issued.

    The steps are reported as they come: READING_QUEUES, PLANNING, then for a real run CLAIMING and
    WRITING (counted in referrals)."""
    require_role(actor, "supervisor")
    profile = profile_in_force(session)
    if dry_run:
        return plan(session, as_of, profile, progress)
    with cyclic_gc_paused():
        lock_issuing(session)
        return _issue(session, actor, _plan(session, as_of, profile, progress, to_issue=True), now, progress)


def issue(
    session: Session,
    actor: Actor,
    reviewed: PlanResult,
    *,
    now: datetime | None = None,
    progress: Progress = silent,
) -> PlanResult:
    """Issue the referrals of a dry run the supervisor reviewed, exactly as reviewed.

    When nothing was journaled since the dry run (by any office), the data are what it was made from and
    planning again would give the same (RULES §5 is a function of the data and the day): the reviewed plan
    is issued as it is. Otherwise the plan is made again; if any place would now go to someone else,
    nothing is issued and RuleViolation `distribution.plan_changed` asks for a new review.
    """
    require_role(actor, "supervisor")
    if not reviewed.dry_run:
        raise ValueError("only a dry run's plan is issued; this one was issued already")
    profile = profile_in_force(session)
    with cyclic_gc_paused():
        lock_issuing(session)
        if journal.mark(session) == reviewed.made_on:
            refuse_if_frozen(profile, reviewed.as_of)
            return _issue(session, actor, reviewed, now, progress)
        fresh = _plan(session, reviewed.as_of, profile, progress, to_issue=True)
        changed = _places_given_otherwise(reviewed, fresh)
        if changed:
            raise RuleViolation(
                "distribution.plan_changed",
                "the data changed since the dry run: {changed} of {total} places would now go "
                "otherwise; make the dry run again and review it",
                changed=str(changed),
                total=str(len(fresh.rows)),
            )
        return _issue(session, actor, fresh, now, progress)


def _places_given_otherwise(reviewed: PlanResult, fresh: PlanResult) -> int:
    """How many places the two plans give differently (to someone else, or only in one of them)."""
    before = {row.place_id: row.application_id for row in reviewed.rows}
    after = {row.place_id: row.application_id for row in fresh.rows}
    return sum(1 for place in before.keys() | after.keys() if before.get(place, "") != after.get(place, ""))


_ROW_FIELDS = tuple(field.name for field in fields(PlanRow))
_ROW_VALUES = attrgetter(*_ROW_FIELDS)
_REFERRAL_NO = _ROW_FIELDS.index("referral_no")


def _with_referral_no(row: PlanRow, referral_no: str) -> PlanRow:
    """The row with its referral number: dataclasses.replace, at a third of its cost (25,000 rows)."""
    values = list(_ROW_VALUES(row))
    values[_REFERRAL_NO] = referral_no
    return PlanRow(*values)


def _cycle_moves(rows: tuple[PlanRow, ...]) -> dict[QueueKey, tuple[int, int]]:
    """Each queue's cycle before its first place of the plan and after its last."""
    moves: dict[QueueKey, tuple[int, int]] = {}
    for row in rows:
        key = (row.locality, row.birth_year)
        moves[key] = (moves[key][0] if key in moves else row.cycle_before, row.cycle_after)
    return moves


def _issue(
    session: Session,
    actor: Actor,
    planned: PlanResult,
    now: datetime | None,
    progress: Progress,
) -> PlanResult:
    """Issue the referrals of a plan, each winner's numbered from the counter in the caller's transaction
    (so an issue that fails gives the numbers back)."""
    given = [row for row in planned.rows if row.application_id is not None]
    if not given:
        return replace(planned, dry_run=False)
    moment = now or datetime.now(UTC)
    numbers = dict(
        zip(
            (row.place_id for row in given),
            numbering.next_numbers(session, "referral", planned.as_of.year, len(given)),
            strict=True,
        )
    )
    for key, (before, after) in _cycle_moves(planned.rows).items():
        if after != before:
            queue.set_queue_cycle(session, *key, after)
    claims = [(uuid.UUID(row.application_id), uuid.UUID(row.place_id)) for row in given if row.application_id]
    with claiming(session, actor, moment, claims) as claim:
        awards = [
            _award(row, numbers[row.place_id], claimed, planned.as_of)
            for row, claimed in zip(given, claims, strict=True)
        ]
        head = claim.write(awards, progress)
    rows = tuple(
        _with_referral_no(row, numbers[row.place_id]) if row.place_id in numbers else row
        for row in planned.rows
    )
    return replace(planned, dry_run=False, rows=rows, journal_hash=head)


def _award(row: PlanRow, number: str, claimed: tuple[uuid.UUID, uuid.UUID], issued_on: date) -> Award:
    """The referral a plan's row gives, numbered `number`; `claimed` is its (application id, place id)."""
    assert row.application_no is not None
    assert row.queue_list is not None
    assert row.valid_until is not None
    return Award(
        place_id=claimed[1],
        place_code=row.place_code,
        kindergarten_kk=row.kindergarten_kk,
        kindergarten_ru=row.kindergarten_ru,
        application_id=claimed[0],
        application_no=row.application_no,
        list_code=row.queue_list,
        referral_no=number,
        issued_on=issued_on,
        valid_until=row.valid_until,
        cycle_before=row.cycle_before,
        cycle_after=row.cycle_after,
        priority_number=row.priority_number,
        reason="distribution",
    )
