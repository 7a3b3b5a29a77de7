"""Issuing a referral, shared by distribution runs and manual issue: the lock, the term, the rows written."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Protocol, cast

from sqlalchemy import (
    ColumnElement,
    Exists,
    SQLColumnExpression,
    and_,
    exists,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.db.bulk import CHUNK, KEY_ORDER, expire_loaded, insert_rows, table_of
from app.db.models import Applicant, Application, Notification, Org, Place, Referral, waiting_clause
from app.db.raw_values import id_decoder, time_decoder, undecoded_id, undecoded_time
from app.db.types import uuid7
from app.domain.distribution import Candidate, PlaceOffer, QueueCandidates, QueueKey
from app.domain.local_time import local_date
from app.domain.queue_order import ListCode
from app.domain.rules_profile import RulesProfile
from app.domain.working_days import WorkingCalendar
from app.errors import RuleViolation
from app.progress import Progress, silent
from app.services import journal, locks, outbox
from app.services import notification_texts as texts

_Waiting = Literal["queued", "stop_listed"]
LIVE = "issued"
"""The status of a referral that still reserves its place."""

EARLY_BOOKING = "early_booking"
_REFERRALS, _NOTIFICATIONS = table_of(Referral), table_of(Notification)
_APPLICATIONS, _PLACES = table_of(Application), table_of(Place)


class PlaceTerms(Protocol):
    """What decides when a place can be given and for how long: a Place, or a row read for a run."""

    @property
    def published_at(self) -> datetime: ...
    @property
    def enrollment_mode(self) -> str: ...
    @property
    def available_from(self) -> date: ...
    @property
    def stay_until(self) -> date | None: ...
    @property
    def released_on(self) -> date | None: ...


def lock_issuing(session: Session) -> None:
    """Serialise everyone who issues referrals until the transaction ends (see app/services/locks.py)."""
    locks.one_at_a_time(session, locks.ISSUING)


def refuse_if_frozen(profile: RulesProfile, day: date) -> None:
    """No referrals during the months the profile freezes (the August regrouping)."""
    if profile.is_distribution_frozen(day):
        raise RuleViolation(
            "distribution.frozen",
            "no distribution on {date}: the rules profile suspends it that month (regrouping)",
            date=day,
        )


def distributable(place: PlaceTerms, as_of: date) -> bool:
    """Published by that day, vacant by then (early booking: any time), and not a stay already over."""
    return (
        local_date(place.published_at) <= as_of
        and (place.enrollment_mode == "early_booking" or place.available_from <= as_of)
        and (place.stay_until is None or place.stay_until > as_of)
    )


def release_day(place: PlaceTerms) -> date | None:
    """For early booking, the day the place is actually vacated (as recorded, else as announced)."""
    if place.enrollment_mode != EARLY_BOOKING:
        return None
    return place.released_on or place.available_from


def valid_until(calendar: WorkingCalendar, working_days: int, issued_on: date, release: date | None) -> date:
    """The last valid day: the Nth working day after issue, or after release when that is later."""
    start = max(issued_on, release) if release is not None else issued_on
    return calendar.add_working_days(start, working_days)


def live_referral_for(
    on: Literal["place", "application"], key: uuid.UUID | SQLColumnExpression[uuid.UUID]
) -> ColumnElement[bool]:
    """The referral is live and holds the place (or application) `key`: looked up by that key's index.

    `status || ''` keeps SQLite, which has no statistics to go by, from taking the status index and
    walking every live referral of the district for each key instead (two milliseconds a key at 25,000
    live referrals, a minute for a day's free places)."""
    target = Referral.place_id if on == "place" else Referral.application_id
    return and_(target == key, Referral.status + "" == LIVE)


def live_referral_of(column: SQLColumnExpression[uuid.UUID], on: Literal["place", "application"]) -> Exists:
    """EXISTS a live referral for the place or application whose id is `column`."""
    return exists().where(live_referral_for(on, column))


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
        status=cast(_Waiting, status),
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


READING_QUEUES = "reading the queues"
CLAIMING = "claiming the applications"


def load_queues(
    session: Session, keys: Sequence[QueueKey], progress: Progress = silent
) -> dict[QueueKey, QueueCandidates]:
    """The waiting applications of each queue as distribution sees them (what `load_candidates` gives),
    reporting the queues read as READING_QUEUES.

    One query for the applications holding a live referral, then one index-ordered query of plain
    column values per queue: no per-row subquery, ORM object or type processing.
    """
    decode_id, decode_time = id_decoder(session), time_decoder(session)
    held = {
        decode_id(value)
        for value in session.scalars(
            select(undecoded_id(session, Referral.application_id)).where(Referral.status == LIVE)
        )
    }
    columns = (
        undecoded_id(session, Application.id),
        Application.application_no,
        undecoded_time(session, Application.registered_at),
        Application.list_code,
        Application.status,
        Application.language,
        Application.group_type,
        Application.work_mode,
        Application.preferred_orgs,
    )
    chosen: dict[str, tuple[str, ...]] = {}
    queues: dict[QueueKey, QueueCandidates] = {}
    progress(READING_QUEUES, 0, len(keys))
    for done, (locality, birth_year) in enumerate(keys, start=1):
        query = (
            select(*columns)
            .where(Application.locality == locality, Application.birth_year == birth_year, waiting_clause())
            .order_by(Application.list_code, Application.registered_at, Application.application_no)
        )
        # Already in list order (the index's): each list is taken as it comes.
        lists: dict[str, list[Candidate]] = {"E": [], "F": [], "G": []}
        for (
            app_id,
            number,
            registered,
            code,
            status,
            language,
            group_type,
            work_mode,
            preferred,
        ) in session.connection().execute(query).all():
            application_id = decode_id(app_id)
            orgs = chosen.get(preferred)
            if orgs is None:
                orgs = chosen[preferred] = tuple(org for org in preferred.split(";") if org)
            lists[code].append(
                Candidate(
                    application_id,
                    number,
                    decode_time(registered),
                    code,
                    cast(_Waiting, status),
                    application_id in held,
                    language,
                    group_type,
                    work_mode,
                    orgs,
                )
            )
        queues[(locality, birth_year)] = QueueCandidates(*(tuple(lists[code]) for code in ("E", "F", "G")))
        progress(READING_QUEUES, done, len(keys))
    return queues


def _issue_payload(
    referral_no: str,
    place_id: uuid.UUID,
    place_code: str,
    application_id: uuid.UUID,
    application_no: str,
    list_code: str,
    terms: Award,
) -> dict[str, object]:
    """What the journal keeps of an issued referral."""
    return {
        "referral_no": referral_no,
        "place_id": str(place_id),
        "place_code": place_code,
        "application_id": str(application_id),
        "application_no": application_no,
        "list": list_code,
        "priority_number": terms.priority_number,
        "issued_on": terms.issued_on.isoformat(),
        "valid_until": terms.valid_until.isoformat(),
        "cycle_before": terms.cycle_before,
        "cycle_after": terms.cycle_after,
        "reason": terms.reason,
    }


@dataclass(frozen=True, slots=True)
class Recipient:
    """A winning application as a run needs it to issue a referral and tell the applicant."""

    id: uuid.UUID
    application_no: str
    list_code: str
    doc_language: str
    phone: str
    notify_consent: bool
    applicant_name: str


def claim_recipients(
    session: Session, ids: Sequence[str], progress: Progress = silent
) -> dict[str, Recipient]:
    """Mark the applications of `ids` (str(uuid)) referred, each only if still queued, and return them
    with their applicants' names, by id; the applications claimed are reported as CLAIMING.

    The update is the lock and the check in one pass: an application someone changed since the plan
    was read (archived, withdrawn) is not updated, and RuleViolation says which; the caller's
    transaction then ends without keeping anything.
    """
    table = _APPLICATIONS
    applicant_name = (
        select(Applicant.last_name + " " + Applicant.first_name + " " + Applicant.middle_name)
        .where(Applicant.id == table.c.applicant_id)
        .scalar_subquery()
    )
    decode_id = id_decoder(session)
    claimed: dict[str, tuple[Any, ...]] = {}
    # In key order, so that neighbouring rows share pages (str(uuid) sorts as the uuid does).
    wanted = {value: uuid.UUID(value) for value in sorted(ids)}
    keys = list(wanted.values())
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        statement = (
            update(table)
            # status || '' rather than status: SQLite would otherwise walk the whole status index for
            # 'queued' (most of the table) instead of looking the chunk up by id.
            .where(table.c.id.in_(chunk), table.c.status + "" == "queued")
            .values(status="referred")
            .returning(
                undecoded_id(session, table.c.id),
                table.c.application_no,
                table.c.list_code,
                table.c.doc_language,
                table.c.phone,
                table.c.notify_consent,
                applicant_name,
            )
        )
        claimed.update((decode_id(row[0]), tuple(row)[1:]) for row in session.execute(statement))
        progress(CLAIMING, start + len(chunk), len(keys))
    if len(claimed) != len(wanted):
        changed = next(app_id for text, app_id in wanted.items() if text not in claimed)
        raise RuleViolation(
            "distribution.changed",
            "application {number} changed while distributing; run the distribution again",
            number=session.scalar(select(Application.application_no).where(Application.id == changed)),
        )
    expire_loaded(session, Application, set(keys))
    return {
        # An empty middle name leaves two spaces in the joined name: split and join again.
        text: Recipient(wanted[text], number, code, language, phone, consent, " ".join(name.split()))
        for text, (number, code, language, phone, consent, name) in claimed.items()
    }


@dataclass(frozen=True, slots=True)
class Award:
    """One referral of a distribution run: the place and its kindergarten, to whom, number and term."""

    place_id: uuid.UUID
    place_code: str
    kindergarten_kk: str
    kindergarten_ru: str
    recipient: Recipient
    referral_no: str
    issued_on: date
    valid_until: date
    cycle_before: int
    cycle_after: int
    priority_number: int | None
    reason: str


def _referral_message(office_id: uuid.UUID, award: Award, moment: datetime) -> dict[str, Any]:
    """The outbox row that `outbox.notify(session, id, "referral_issued", at=moment, referral=number)`
    would add."""
    who = award.recipient
    language = who.doc_language
    values = {
        "number": who.application_no,
        "kindergarten": award.kindergarten_kk if language == "kk" else award.kindergarten_ru,
        "until": texts.date_text(award.valid_until),
        "referral": award.referral_no,
    }
    return outbox.outbox_row(
        office_id,
        who.id,
        "referral_issued",
        language,
        values,
        phone=who.phone,
        consent=who.notify_consent,
        applicant_name=who.applicant_name,
        created_at=moment,
    )


def write_referrals(
    session: Session, office_id: uuid.UUID, awards: Sequence[Award], moment: datetime
) -> list[journal.Act]:
    """Issue the referrals of `awards` (a run's, or one made by hand) once `claim_recipients` has marked
    their applications: the referrals, the places marked referred, the outbox messages, in batches; the
    caller journals the acts returned (in the order of `awards`)."""
    referrals: list[dict[str, Any]] = []
    acts: list[journal.Act] = []
    for award in awards:
        who = award.recipient
        referral_id = uuid7()
        referrals.append(
            {
                "id": referral_id,
                "office_id": office_id,
                "referral_no": award.referral_no,
                "place_id": award.place_id,
                "application_id": who.id,
                "issued_at": moment,
                "valid_until": award.valid_until,
                "extensions": 0,
                "status": LIVE,
                "reason": award.reason,
                "closed_at": None,
            }
        )
        payload = _issue_payload(
            award.referral_no,
            award.place_id,
            award.place_code,
            who.id,
            who.application_no,
            who.list_code,
            award,
        )
        acts.append(journal.Act("referral.issue", "referral", str(referral_id), payload))
    insert_rows(session, _REFERRALS, referrals)
    insert_rows(session, _NOTIFICATIONS, [_referral_message(office_id, award, moment) for award in awards])
    _mark_referred(session, {award.place_id: award.place_code for award in awards})
    return acts


def _mark_referred(session: Session, places: dict[uuid.UUID, str]) -> None:
    """Set status 'referred' on the places of `places` (id: code), each only if still published (a
    statement per chunk, in key order); as `claim_recipients` does for the applications, a place recalled
    or given since the plan was read stops the issue with RuleViolation, and the caller's transaction
    keeps nothing."""
    table = _PLACES
    ordered = sorted(places, key=KEY_ORDER)
    marked: set[str] = set()
    for start in range(0, len(ordered), CHUNK):
        chunk = ordered[start : start + CHUNK]
        statement = (
            update(table)
            # status || '' for the reason given in claim_recipients: look the chunk up by id.
            .where(table.c.id.in_(chunk), table.c.status + "" == "published")
            .values(status="referred")
            .returning(table.c.place_code)
        )
        marked.update(session.scalars(statement))
    if len(marked) != len(ordered):
        raise RuleViolation(
            "distribution.place_changed",
            "place {place} was recalled or given while distributing; run the distribution again",
            place=next(places[place_id] for place_id in ordered if places[place_id] not in marked),
        )
    expire_loaded(session, Place, set(places))


def close_referral(referral: Referral, place: Place, status: str, moment: datetime) -> None:
    """End a live referral: a declined or expired one frees its place, an enrolment takes it."""
    referral.status = status
    referral.closed_at = moment
    place.status = "published" if status in ("declined", "expired") else "taken"


class ReferralKey(Protocol):
    """What names a referral in the journal: a Referral, or a row read with its id and number."""

    @property
    def id(self) -> uuid.UUID: ...
    @property
    def referral_no(self) -> str: ...


def referral_act(action: str, referral: ReferralKey, **payload: object) -> journal.Act:
    return journal.Act(action, "referral", str(referral.id), {"referral_no": referral.referral_no, **payload})
