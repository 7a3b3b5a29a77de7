"""Pages of one queue for the queue screen, read straight at merged positions (no full-queue load)."""

from __future__ import annotations

import heapq
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import Session

from app.db.models import WAITING_STATUSES, Application, Child, waiting_clause
from app.domain.queue_order import ListCode, priority_number
from app.domain.queue_slices import list_positions, taken
from app.services.profile import profile_in_force
from app.services.queue import find_applications, position_by_id, queue_cycle

LISTS: tuple[ListCode, ...] = ("E", "F", "G")


@dataclass(frozen=True, slots=True)
class QueueTableRow:
    """One line of the queue table; priority_number is None for an application not waiting."""

    priority_number: int | None
    application_no: str
    child_name: str
    child_iin: str
    category: str
    list_code: str
    status: str
    registered_at: datetime
    locality: str
    birth_year: int


@dataclass(frozen=True, slots=True)
class QueueSize:
    n_e: int
    n_f: int
    n_g: int
    cycle: int
    ratio: int

    @property
    def total(self) -> int:
        return self.n_e + self.n_f + self.n_g

    def count(self, code: ListCode) -> int:
        return (self.n_e, self.n_f, self.n_g)[LISTS.index(code)]


def queue_size(session: Session, locality: str, birth_year: int) -> QueueSize:
    """The sizes of the three lists, the cycle counter and the ratio: all a page needs to place rows."""
    counts = dict(
        session.execute(
            select(Application.list_code, func.count())
            .where(*_queue(locality, birth_year))
            .group_by(Application.list_code)
        ).all()
    )
    return QueueSize(
        counts.get("E", 0),
        counts.get("F", 0),
        counts.get("G", 0),
        queue_cycle(session, locality, birth_year),
        profile_in_force(session).first_priority_ratio,
    )


def _queue(locality: str, birth_year: int, list_code: str | None = None) -> list[Any]:
    where = [
        Application.locality == locality,
        Application.birth_year == birth_year,
        waiting_clause(),
    ]
    if list_code is not None:
        where.append(Application.list_code == list_code)
    return where


_ORDER = (Application.registered_at, Application.application_no)


def _key() -> Any:
    return tuple_(Application.registered_at, Application.application_no)


def _rows_query() -> Select[*tuple[Any, ...]]:
    return select(
        Application.application_no,
        Child.last_name,
        Child.first_name,
        Child.middle_name,
        Child.iin,
        Application.category,
        Application.list_code,
        Application.status,
        Application.registered_at,
        Application.locality,
        Application.birth_year,
    ).join(Child, Child.id == Application.child_id)


def _row(values: Sequence[Any], priority: int | None) -> QueueTableRow:
    number, last, first, middle, iin, category, list_code, status, at, locality, year = values
    name = " ".join(part for part in (last, first, middle) if part)
    return QueueTableRow(priority, number, name, iin, category, list_code, status, at, locality, year)


ListKey = tuple[datetime, str]


def queue_page(
    session: Session,
    locality: str,
    birth_year: int,
    start: int,
    count: int,
    size: QueueSize | None = None,
    after: Mapping[str, ListKey] | None = None,
) -> list[QueueTableRow]:
    """The rows at merged positions start .. start+count-1 (0-based): one indexed slice per list.

    `after` may give, per list, the key of that list's last row before `start` (what a caller paging
    forward already holds, see `last_keys`): the slice then starts by keyset instead of by offset.
    """
    size = size or queue_size(session, locality, birth_year)
    places = list_positions(start, count, size.n_e, size.n_f, size.n_g, size.cycle, size.ratio)
    slices: dict[str, tuple[int, list[Sequence[Any]]]] = {}
    for code in LISTS:
        indices = [index for list_code, index in places if list_code == code]
        if indices:
            key = (after or {}).get(code)
            slices[code] = (indices[0], _slice(session, locality, birth_year, code, indices, key))
    rows = []
    for offset, (code, index) in enumerate(places):
        first, fetched = slices[code]
        rows.append(_row(fetched[index - first], start + offset + 1))
    return rows


def last_keys(rows: Sequence[QueueTableRow]) -> dict[str, ListKey]:
    """Per list, the key of its last row among `rows` (a prefix of the merged order)."""
    keys: dict[str, ListKey] = {}
    for row in reversed(rows):
        keys.setdefault(row.list_code, (row.registered_at, row.application_no))
        if len(keys) == len(LISTS):
            break
    return keys


def _slice(
    session: Session, locality: str, birth_year: int, code: str, indices: list[int], key: ListKey | None
) -> list[Sequence[Any]]:
    where = _queue(locality, birth_year, code)
    numbers = (
        select(Application.application_no).where(*where).order_by(*_ORDER).limit(indices[-1] - indices[0] + 1)
    )
    # Either way only the covering index is walked; the join is done for the page's rows alone.
    numbers = numbers.where(_key() > tuple_(*key)) if key is not None else numbers.offset(indices[0])
    query = _rows_query().where(Application.application_no.in_(numbers.scalar_subquery())).order_by(*_ORDER)
    return list(session.execute(query))


def filtered_page(
    session: Session,
    locality: str,
    birth_year: int,
    after: int,
    count: int,
    *,
    status: str | None = None,
    category: str | None = None,
    size: QueueSize | None = None,
) -> list[QueueTableRow]:
    """The next `count` rows matching the filters whose priority number is greater than `after`."""
    size = size or queue_size(session, locality, birth_year)
    codes = (profile_in_force(session).list_of(category),) if category else LISTS
    before = taken(min(after, size.total), size.n_e, size.n_f, size.n_g, size.cycle, size.ratio)
    found: list[list[QueueTableRow]] = []
    for code in codes:
        matches = _matches(
            session, locality, birth_year, code, before[LISTS.index(code)], count, status, category
        )
        found.append(
            [
                _row(
                    values, priority_number(code, index, size.n_e, size.n_f, size.n_g, size.cycle, size.ratio)
                )
                for index, values in matches
            ]
        )
    merged = heapq.merge(*found, key=lambda row: row.priority_number or 0)
    return [row for _, row in zip(range(count), merged, strict=False)]


def _matches(
    session: Session,
    locality: str,
    birth_year: int,
    code: ListCode,
    start: int,
    count: int,
    status: str | None,
    category: str | None,
) -> list[tuple[int, Sequence[Any]]]:
    """Matching rows of one list from its index `start` on, each with its index in the list."""
    where = _queue(locality, birth_year, code)
    first_key = session.execute(
        select(*_ORDER).where(*where).order_by(*_ORDER).offset(start).limit(1)
    ).first()
    if first_key is None:
        return []
    query = _rows_query().where(*where, _key() >= tuple_(*first_key)).order_by(*_ORDER).limit(count)
    if status is not None:
        query = query.where(Application.status == status)
    if category is not None:
        query = query.where(Application.category == category)
    result: list[tuple[int, Sequence[Any]]] = []
    index, previous = start, tuple(first_key)
    for values in session.execute(query):
        key = (values[8], values[0])
        # Rows between two matches are counted in the index rather than fetched.
        index += (
            session.scalar(
                select(func.count()).where(*where, _key() >= tuple_(*previous), _key() < tuple_(*key))
            )
            or 0
        )
        result.append((index, values))
        previous = key
    return result


def search(session: Session, text: str, limit: int = 50) -> list[QueueTableRow]:
    """Applications matching an IIN, a number or a name, each with its priority number if waiting.

    An exact IIN or number is looked up by its index first; only if none matches are names scanned.
    """
    text = text.strip()
    if not text:
        return []
    exact = select(Application.id).join(Child, Child.id == Application.child_id)
    ids = list(session.scalars(exact.where(Child.iin == text).limit(limit)))
    ids += list(session.scalars(select(Application.id).where(Application.application_no == text)))
    found = [str(value) for value in ids] or find_applications(session, text, limit)
    if not found:
        return []
    query = _rows_query().add_columns(Application.id).where(Application.id.in_([uuid.UUID(i) for i in found]))
    rows = []
    for values in session.execute(query.order_by(*_ORDER)):
        waiting = values[7] in WAITING_STATUSES
        priority = position_by_id(session, str(values[11])).priority_number if waiting else None
        rows.append(_row(values[:11], priority))
    return rows
