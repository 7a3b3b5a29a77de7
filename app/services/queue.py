"""The queue: cycle counters, priority numbers by count (fast on a million rows), and the export."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any, NamedTuple, cast

from sqlalchemy import ColumnElement, Result, and_, bindparam, func, literal_column, or_, select, tuple_
from sqlalchemy.orm import Session

from app.db.models import WAITING_STATUSES, Application, Child, QueueCycle, waiting_clause
from app.db.raw_values import local_iso_writer, undecoded_time
from app.db.types import UtcDateTime
from app.domain.iin import parse_iin
from app.domain.queue_order import (
    ListCode,
    PositionExplanation,
    explain_position,
    iter_merged,
    other_list_bound,
)
from app.errors import NotFound
from app.services.gc_pause import cyclic_gc_paused
from app.services.profile import profile_in_force


def queue_cycle(session: Session, locality: str, birth_year: int, *, for_update: bool = False) -> int:
    query = select(QueueCycle).where(QueueCycle.locality == locality, QueueCycle.birth_year == birth_year)
    row = session.scalars(query.with_for_update() if for_update else query).one_or_none()
    return row.cycle if row is not None else 0


def set_queue_cycle(session: Session, locality: str, birth_year: int, cycle: int) -> None:
    row = session.get(QueueCycle, (locality, birth_year))
    if row is None:
        session.add(QueueCycle(locality=locality, birth_year=birth_year, cycle=cycle))
    else:
        row.cycle = cycle


def _waiting_in(locality: str, birth_year: int) -> ColumnElement[bool]:
    return and_(
        Application.locality == locality,
        Application.birth_year == birth_year,
        waiting_clause(),
    )


# Built once: a lookup by IIN runs these on every call, and building them cost more than running them.
_IN_LIST = and_(
    _waiting_in(bindparam("locality"), bindparam("birth_year")),  # type: ignore[arg-type]
    Application.list_code == bindparam("list_code"),
)
_LIST_SIZE = select(func.count()).select_from(Application).where(_IN_LIST)
# Counting stops at `upto`: the index pages past it are never read (a cold lookup reads from disk).
_LIST_SIZE_UPTO = select(func.count()).select_from(
    # A constant, not a column: the count is then answered from the queue index alone.
    select(literal_column("1")).select_from(Application).where(_IN_LIST).limit(bindparam("upto")).subquery()
)
_AHEAD_IN_LIST = (
    select(func.count())
    .select_from(Application)
    .where(
        _IN_LIST,
        tuple_(Application.registered_at, Application.application_no)
        < tuple_(bindparam("registered_at", type_=UtcDateTime()), bindparam("application_no")),
    )
)


@dataclass(frozen=True, slots=True)
class QueuePosition:
    application_no: str
    locality: str
    birth_year: int
    status: str
    explanation: PositionExplanation

    @property
    def priority_number(self) -> int:
        return self.explanation.priority_number


def position_of(session: Session, application: Application) -> QueuePosition:
    """The application's priority number and its reasons, from counts on the queue index that stop
    where the number stops depending on them."""
    if application.status not in WAITING_STATUSES:
        raise NotFound(
            "queue.not_waiting",
            "application {number} is not waiting in the queue (status {status})",
            number=application.application_no,
            status=application.status,
        )
    code = cast(ListCode, application.list_code)
    queue_key = {"locality": application.locality, "birth_year": application.birth_year}
    ahead = session.scalar(
        _AHEAD_IN_LIST,
        {
            **queue_key,
            "list_code": code,
            "registered_at": application.registered_at,
            "application_no": application.application_no,
        },
    )
    ahead = ahead or 0
    profile = profile_in_force(session)
    cycle = queue_cycle(session, application.locality, application.birth_year)
    ratio = profile.first_priority_ratio
    # Only as much of the other lists is counted as can stand ahead (all of E, the other of F and G up
    # to its bound): the sizes past that do not change the number.
    sizes = {"E": 0, "F": 0, "G": 0, code: ahead + 1}
    if code != "E":
        sizes["E"] = session.scalar(_LIST_SIZE, {**queue_key, "list_code": "E"}) or 0
        other = "G" if code == "F" else "F"
        bound = other_list_bound(code, ahead, cycle, ratio)
        statement, limit = (_LIST_SIZE, {}) if bound is None else (_LIST_SIZE_UPTO, {"upto": bound})
        sizes[other] = session.scalar(statement, {**queue_key, "list_code": other, **limit}) or 0
    explanation = explain_position(code, ahead, sizes["E"], sizes["F"], sizes["G"], cycle, ratio)
    return QueuePosition(
        application.application_no,
        application.locality,
        application.birth_year,
        application.status,
        explanation,
    )


def positions_by_iin(session: Session, iin: str) -> list[QueuePosition]:
    """Every waiting application of the child with this IIN (one per locality at most)."""
    iin = parse_iin(iin).iin
    applications = session.scalars(
        select(Application)
        .join(Child, Child.id == Application.child_id)
        .where(Child.iin == iin, waiting_clause())
        .order_by(Application.locality)
    ).all()
    if not applications:
        raise NotFound("queue.iin_not_found", "no waiting application for IIN {iin}", iin=iin)
    return [position_of(session, application) for application in applications]


def position_by_number(session: Session, application_no: str) -> QueuePosition:
    application = session.scalars(
        select(Application).where(Application.application_no == application_no)
    ).first()
    if application is None:
        raise NotFound("application.not_found", "no application numbered {number}", number=application_no)
    return position_of(session, application)


def position_by_id(session: Session, application_id: str) -> QueuePosition:
    application = session.get(Application, uuid.UUID(application_id))
    if application is None:
        raise NotFound("application.not_found", "no application numbered {number}", number=application_id)
    return position_of(session, application)


class QueueRow(NamedTuple):
    """One line of `kezek queue export`, its columns in the file's order (DESIGN §9); a named tuple, as
    a million are made per export."""

    locality: str
    birth_year: int
    priority_number: int
    application_no: str
    child_iin: str
    category: str
    registered_at: str
    """ISO 8601 in local time with its offset."""
    status: str


def queue_keys(
    session: Session, locality: str | None = None, birth_year: int | None = None
) -> list[tuple[str, int]]:
    """The queues that have waiting applications, in locality, birth year order."""
    query = (
        select(Application.locality, Application.birth_year)
        .where(waiting_clause())
        .group_by(Application.locality, Application.birth_year)
        .order_by(Application.locality, Application.birth_year)
    )
    if locality is not None:
        query = query.where(Application.locality == locality)
    if birth_year is not None:
        query = query.where(Application.birth_year == birth_year)
    return [(row[0], row[1]) for row in session.execute(query)]


def waiting_count(session: Session, locality: str | None = None, birth_year: int | None = None) -> int:
    """How many applications wait, in one locality and birth year or over several."""
    query = select(func.count()).select_from(Application).where(waiting_clause())
    if locality is not None:
        query = query.where(Application.locality == locality)
    if birth_year is not None:
        query = query.where(Application.birth_year == birth_year)
    return session.scalar(query) or 0


def _waiting_stream(session: Session, locality: str | None, birth_year: int | None) -> Result[Any]:
    """Every waiting application in queue-index order: queue, list, registration, number."""
    query = (
        select(
            Application.locality,
            Application.birth_year,
            Application.list_code,
            Application.application_no,
            undecoded_time(session, Application.registered_at),
            Child.iin,
            Application.category,
            Application.status,
        )
        .join(Child, Child.id == Application.child_id)
        .where(waiting_clause())
        .order_by(
            Application.locality,
            Application.birth_year,
            Application.list_code,
            Application.registered_at,
            Application.application_no,
        )
        .execution_options(yield_per=10_000)
    )
    if locality is not None:
        query = query.where(Application.locality == locality)
    if birth_year is not None:
        query = query.where(Application.birth_year == birth_year)
    # Core, not the ORM's row loading: plain columns need none of it, and it halves the time.
    return session.connection().execute(query)


def export_rows(
    session: Session, locality: str | None = None, birth_year: int | None = None
) -> Iterator[QueueRow]:
    """Every waiting application with its priority number, queue by queue (DESIGN §9).

    One ordered pass over the queue index: each queue's rows arrive already split into the E, F and
    G lists in their order, and only the merge happens in Python.
    """
    ratio = profile_in_force(session).first_priority_ratio
    cycles = {(row.locality, row.birth_year): row.cycle for row in session.scalars(select(QueueCycle))}
    result = _waiting_stream(session, locality, birth_year)
    local_iso = local_iso_writer(session)
    try:
        with cyclic_gc_paused():
            stream = cast(Iterator[tuple[Any, ...]], result)
            for (queue_locality, queue_year), rows in groupby(stream, key=itemgetter(0, 1)):
                lists: dict[str, list[tuple[Any, ...]]] = {"E": [], "F": [], "G": []}
                for code, items in groupby(rows, key=itemgetter(2)):
                    lists[code] = list(items)
                cycle = cycles.get((queue_locality, queue_year), 0)
                merged = iter_merged(lists["E"], lists["F"], lists["G"], cycle, ratio)
                # A queue at a time in one comprehension: a Python step per row costs more than the row.
                yield from [
                    QueueRow(queue_locality, queue_year, number, r[3], r[5], r[6], local_iso(r[4]), r[7])
                    for number, r in enumerate(merged, start=1)
                ]
    finally:
        result.close()


def matching_applications(text: str) -> ColumnElement[bool]:
    """Applications whose number or child's IIN is `text`, or whose child's name holds every word of
    `text` in any case, in the last, first or middle name ("петров макс" finds Петров Максим).

    One word with a digit in it is a number or an IIN, not a name: it is looked up by the indexes alone,
    without the pass over every child's name (0.4 s in a region of 300,000)."""
    if len(text.split()) == 1 and any(char.isdigit() for char in text):
        children = select(Child.id).where(Child.iin == text)
    else:
        # One folded text per child, not three: on SQLite lower() is a Python call for every row scanned.
        name = func.lower(Child.last_name + " " + Child.first_name + " " + Child.middle_name)
        every_word = and_(*(name.contains(word, autoescape=True) for word in text.lower().split()))
        # The children first (one pass over their names), then only their applications: a join of every
        # application to its child would cost as much again.
        children = select(Child.id).where(or_(Child.iin == text, every_word))
    return or_(Application.application_no == text, Application.child_id.in_(children))


def found_by(find: str) -> list[ColumnElement[bool]]:
    """What a register's find field asks of its applications, for `query.where(*...)`: the
    `matching_applications` of its text, or nothing when it is empty."""
    return [matching_applications(find.strip())] if find.strip() else []


def find_applications(session: Session, text: str, limit: int = 50) -> list[str]:
    """Ids of the applications `matching_applications(text)`, the earliest registered first."""
    text = text.strip()
    if not text:
        return []
    query = (
        select(Application.id)
        .where(matching_applications(text))
        .order_by(Application.registered_at)
        .limit(limit)
    )
    return [str(value) for value in session.scalars(query)]
