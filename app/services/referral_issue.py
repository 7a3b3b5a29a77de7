"""Issuing a referral, shared by distribution runs and manual issue: the lock, the term, the rows written."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, Protocol, cast

from sqlalchemy import (
    ColumnElement,
    Connection,
    Exists,
    SQLColumnExpression,
    Text,
    and_,
    exists,
    select,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from app.db.bulk import expire_loaded, id_among, insert_rows, json_rows, table_of
from app.db.models import Applicant, Application, Notification, Org, Place, Referral, waiting_clause
from app.db.overlap import overlapped
from app.db.raw_values import id_decoder, json_time_decoder, undecoded_id
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
from app.services.actors import Actor

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
WRITING = "writing the referrals"


QUEUES_PER_READ = 8
"""Queues read by one statement of `reading_queues`: few, so that the first come soon; not one, since the
reader waits for the interpreter between statements (up to its 5 ms switch interval while planning runs)."""
_QUEUE_COLUMNS = (
    Application.id,
    Application.application_no,
    Application.registered_at,
    Application.list_code,
    Application.status,
    Application.language,
    Application.group_type,
    Application.work_mode,
    Application.preferred_orgs,
)


def _queues_read(keys: Sequence[QueueKey]) -> Callable[[Connection], tuple[str, ...]]:
    """The waiting applications of each of `keys` as the JSON text of its rows, in one statement and one
    row (work for app/db/overlap)."""

    def read(connection: Connection) -> tuple[str, ...]:
        dialect = connection.dialect.name
        queues = [
            sql_cast(
                select(json_rows(dialect, *_QUEUE_COLUMNS))
                .where(Application.locality == locality, Application.birth_year == year, waiting_clause())
                .scalar_subquery(),
                Text,
            )
            for locality, year in keys
        ]
        return tuple(connection.execute(select(*queues)).one())

    return read


@contextmanager
def reading_queues(
    session: Session, keys: Sequence[QueueKey], progress: Progress = silent
) -> Iterator[Iterator[tuple[QueueKey, QueueCandidates]]]:
    """The waiting applications of each queue of `keys` as distribution sees them (what `load_candidates`
    gives), queue after queue while the caller plans, reporting the queues read as READING_QUEUES; each
    list comes as the queue index holds it, which the plan does not rely on.

    A worker thread reads the queues a few at a time, each read one JSON value (app/db/overlap.py), while
    the caller turns those read already into candidates and plans them; the caller must not use the
    session within the block. The applications holding a live referral are read first."""
    decode_id, decode_time = id_decoder(session), json_time_decoder(session)
    held = {
        decode_id(value)
        for value in session.scalars(
            select(undecoded_id(session, Referral.application_id)).where(Referral.status == LIVE)
        )
    }
    chosen: dict[str, tuple[str, ...]] = {}

    def candidates(rows: list[list[Any]]) -> QueueCandidates:
        lists: dict[str, list[Candidate]] = {"E": [], "F": [], "G": []}
        for app_id, number, registered, code, status, language, group_type, work_mode, preferred in rows:
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
        return QueueCandidates(*(tuple(lists[code]) for code in ("E", "F", "G")))

    def queues(reads: list[Future[tuple[str, ...]]]) -> Iterator[tuple[QueueKey, QueueCandidates]]:
        progress(READING_QUEUES, 0, len(keys))
        done = 0
        for start, read in zip(range(0, len(keys), QUEUES_PER_READ), reads, strict=True):
            for key, text in zip(keys[start : start + QUEUES_PER_READ], read.result(), strict=True):
                queue = candidates(json.loads(text))
                done += 1
                progress(READING_QUEUES, done, len(keys))
                yield key, queue

    with overlapped(session) as worker:
        reads = [
            worker.submit(_queues_read(keys[start : start + QUEUES_PER_READ]))
            for start in range(0, len(keys), QUEUES_PER_READ)
        ]
        yield queues(reads)


def _issue_payload(award: Award) -> dict[str, object]:
    """What the journal keeps of an issued referral."""
    return {
        "referral_no": award.referral_no,
        "place_id": str(award.place_id),
        "place_code": award.place_code,
        "application_id": str(award.application_id),
        "application_no": award.application_no,
        "list": award.list_code,
        "priority_number": award.priority_number,
        "issued_on": award.issued_on.isoformat(),
        "valid_until": award.valid_until.isoformat(),
        "cycle_before": award.cycle_before,
        "cycle_after": award.cycle_after,
        "reason": award.reason,
    }


@dataclass(frozen=True, slots=True)
class Award:
    """One referral to issue: the place and its kindergarten, to which application, number and term."""

    place_id: uuid.UUID
    place_code: str
    kindergarten_kk: str
    kindergarten_ru: str
    application_id: uuid.UUID
    application_no: str
    list_code: str
    referral_no: str
    issued_on: date
    valid_until: date
    cycle_before: int
    cycle_after: int
    priority_number: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class Contact:
    """How an applicant is told of a referral: in which language, and by SMS or on paper by name."""

    doc_language: str
    phone: str
    notify_consent: bool
    applicant_name: str


Referred = tuple[int, int]
"""How many of the applications and of the places claimed were still queued and published and are
referred now."""


def _marked_referred(
    applications: list[uuid.UUID], places: list[uuid.UUID]
) -> Callable[[Connection], Referred]:
    """Mark the applications and the places referred, each only if still queued or published: the update
    is the lock and the check in one pass, one statement each (work for app/db/overlap)."""

    def mark(connection: Connection) -> Referred:
        dialect = connection.dialect.name
        applications_marked, places_marked = (
            connection.execute(
                update(table)
                # status || '' rather than status: SQLite would otherwise walk the whole status index
                # for 'queued' (most of the table) instead of looking the rows up by id.
                .where(id_among(dialect, table.c.id, ids), table.c.status + "" == waiting)
                .values(status="referred")
            ).rowcount
            for table, ids, waiting in (
                (_APPLICATIONS, applications, "queued"),
                (_PLACES, places, "published"),
            )
        )
        return applications_marked, places_marked

    return mark


def _contacts_of(applications: list[uuid.UUID]) -> Callable[[Connection], dict[uuid.UUID, Contact]]:
    """The applicants' contacts by application id, in one row (work for app/db/overlap)."""

    def read(connection: Connection) -> dict[uuid.UUID, Contact]:
        dialect = connection.dialect.name
        name = Applicant.last_name + " " + Applicant.first_name + " " + Applicant.middle_name
        columns = (
            Application.id,
            Application.doc_language,
            Application.phone,
            Application.notify_consent,
            name,
        )
        rows = connection.execute(
            select(json_rows(dialect, *columns))
            .join(Applicant, Applicant.id == Application.applicant_id)
            .where(id_among(dialect, Application.id, applications))
        ).scalar_one()
        return {
            # An empty middle name leaves two spaces in the joined name: split and join again.
            uuid.UUID(app_id): Contact(language, phone, bool(consent), " ".join(full_name.split()))
            for app_id, language, phone, consent, full_name in rows
        }

    return read


def _refuse_if_changed(session: Session, awards: Sequence[Award], referred: Referred) -> None:
    """RuleViolation naming an application or a place someone changed since the plan was read (archived,
    withdrawn, recalled): the claim left it as it was, and the caller's transaction keeps nothing."""
    if referred[0] != len(awards):
        raise RuleViolation(
            "distribution.changed",
            "application {number} changed while distributing; run the distribution again",
            number=_first_left(session, Application, [award.application_id for award in awards]),
        )
    if referred[1] != len(awards):
        raise RuleViolation(
            "distribution.place_changed",
            "place {place} was recalled or given while distributing; run the distribution again",
            place=_first_left(session, Place, [award.place_id for award in awards]),
        )


def _first_left(session: Session, model: type[Application] | type[Place], ids: list[uuid.UUID]) -> str | None:
    """The number (or code) of the first application (or place) of `ids` the claim left unreferred."""
    number = Application.application_no if model is Application else Place.place_code
    dialect = session.get_bind().dialect.name
    return session.scalars(
        select(number).where(id_among(dialect, model.id, ids), model.status != "referred").order_by(number)
    ).first()


def _referral_message(office_id: uuid.UUID, award: Award, who: Contact, moment: datetime) -> dict[str, Any]:
    """The outbox row that `outbox.notify(session, id, "referral_issued", at=moment, referral=number)`
    would add."""
    language = who.doc_language
    values = {
        "number": award.application_no,
        "kindergarten": award.kindergarten_kk if language == "kk" else award.kindergarten_ru,
        "until": texts.date_text(award.valid_until),
        "referral": award.referral_no,
    }
    return outbox.outbox_row(
        office_id,
        award.application_id,
        "referral_issued",
        language,
        values,
        phone=who.phone,
        consent=who.notify_consent,
        applicant_name=who.applicant_name,
        created_at=moment,
    )


def _referral_rows(
    office_id: uuid.UUID, awards: Sequence[Award], moment: datetime
) -> tuple[list[dict[str, Any]], list[journal.Act]]:
    """The referrals' rows and their journal acts, in the order of `awards`."""
    referrals: list[dict[str, Any]] = []
    acts: list[journal.Act] = []
    for award in awards:
        referral_id = uuid7()
        referrals.append(
            {
                "id": referral_id,
                "office_id": office_id,
                "referral_no": award.referral_no,
                "place_id": award.place_id,
                "application_id": award.application_id,
                "issued_at": moment,
                "valid_until": award.valid_until,
                "extensions": 0,
                "status": LIVE,
                "reason": award.reason,
                "closed_at": None,
            }
        )
        acts.append(journal.Act("referral.issue", "referral", str(referral_id), _issue_payload(award)))
    return referrals, acts


class Claim:
    """Referrals being issued (see `claiming`): their applications and places being claimed in a worker
    thread, the journal's head locked."""

    def __init__(
        self,
        session: Session,
        chain: journal.Chain,
        claims: Sequence[tuple[uuid.UUID, uuid.UUID]],
        contacts: Future[dict[uuid.UUID, Contact]],
        referred: Future[Referred],
    ) -> None:
        self._session, self._chain, self._claims = session, chain, frozenset(claims)
        self._contacts, self._referred = contacts, referred

    def write(self, awards: Sequence[Award], progress: Progress = silent) -> str:
        """Write the referrals of `awards` (those of the claim, in any order; others are a ValueError): the
        referrals, the outbox messages and the journal entries; returns the journal head. Reports
        CLAIMING once claimed, then WRITING (counted in referrals).

        An application or place changed since the plan was read stops it with RuleViolation, and the
        caller's transaction keeps nothing."""
        if len(awards) != len(self._claims) or any(
            (award.application_id, award.place_id) not in self._claims for award in awards
        ):
            raise ValueError("the awards written must be those claimed, each once")
        session, chain, moment = self._session, self._chain, self._chain.moment
        referrals, acts = _referral_rows(chain.office_id, awards, moment)
        chain.link(acts)
        contacts = self._contacts.result()
        messages = [
            _referral_message(chain.office_id, award, contacts[award.application_id], moment)
            for award in awards
        ]
        referred = self._referred.result()
        _refuse_if_changed(session, awards, referred)
        progress(CLAIMING, len(awards), len(awards))
        expire_loaded(session, Application, {award.application_id for award in awards})
        expire_loaded(session, Place, {award.place_id for award in awards})
        progress(WRITING, 0, len(awards))
        insert_rows(session, _REFERRALS, referrals)
        insert_rows(session, _NOTIFICATIONS, messages)
        head = chain.write(session)
        progress(WRITING, len(awards), len(awards))
        return head


@contextmanager
def claiming(
    session: Session, actor: Actor, moment: datetime, claims: Sequence[tuple[uuid.UUID, uuid.UUID]]
) -> Iterator[Claim]:
    """Start issuing referrals of `actor` at `moment` to the (application id, place id) pairs of `claims`:
    the journal's head is locked, and the applications and places are marked referred (each only if still
    queued or published) in a worker thread while the block makes the awards and `Claim.write` their rows
    and hash chain (app/db/overlap.py); the block must not use the session before `Claim.write`."""
    chain = journal.open_chain(session, actor, moment)
    applications = [application for application, _ in claims]
    with overlapped(session) as worker:
        contacts = worker.submit(_contacts_of(applications))
        referred = worker.submit(_marked_referred(applications, [place for _, place in claims]))
        yield Claim(session, chain, claims, contacts, referred)


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
