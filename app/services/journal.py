"""The hash-chained journal: appending acts and verifying the chain (DESIGN §3)."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select, tuple_
from sqlalchemy.orm import Session

from app.db.bulk import insert_rows, table_of
from app.db.models import JournalEntry, JournalHead
from app.progress import Progress, counted, silent
from app.services.actors import Actor, ensure_office

GENESIS = "0" * 64
_JOURNAL_TABLE = table_of(JournalEntry)


_CANONICAL = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def canonical_json(value: Any) -> str:
    """Sorted keys, UTF-8, no insignificant spaces: the same bytes on every machine."""
    return _CANONICAL.encode(value)


def entry_hash(prev_hash: str, fields: Mapping[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(fields)).encode("utf-8")).hexdigest()


def _fields(
    seq: int,
    office_id: uuid.UUID,
    at: datetime,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    payload: str,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "office_id": str(office_id),
        "at": at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "payload": json.loads(payload),
    }


@dataclass(frozen=True, slots=True)
class Act:
    """One act to journal."""

    action: str
    entity: str
    entity_id: str
    payload: Mapping[str, Any]


def _entry_hasher(office_id: str, at: str, actor: str) -> Callable[[str, int, Act, str], str]:
    """entry_hash(prev_hash, _fields(...)) of acts of one actor at one moment, as (prev_hash, seq, act,
    canonical payload) -> hash, without parsing payloads back nor encoding the shared fields again for
    each act (imports and distribution runs journal 10^5 acts at once).

    The canonical text of the fields is its keys' in sorted order (action, actor, at, entity, entity_id,
    office_id, payload, seq): the shared part is encoded once per action and entity, and the entity id,
    the payload (canonical already) and the seq are spliced in.
    """
    heads: dict[tuple[str, str], str] = {}
    middle = f',"office_id":{canonical_json(office_id)},"payload":'

    def digest(prev_hash: str, seq: int, act: Act, payload: str) -> str:
        head = heads.get((act.action, act.entity))
        if head is None:
            shared = {"action": act.action, "actor": actor, "at": at, "entity": act.entity}
            head = heads[(act.action, act.entity)] = canonical_json(shared)[:-1] + ',"entity_id":'
        text = f'{head}{canonical_json(act.entity_id)}{middle}{payload},"seq":{seq}}}'
        return hashlib.sha256((prev_hash + text).encode("utf-8")).hexdigest()

    return digest


def append(session: Session, actor: Actor, act: Act, at: datetime | None = None) -> str:
    """Journal one act in the caller's transaction; returns the new head hash."""
    return append_many(session, actor, [act], at)


def append_many(session: Session, actor: Actor, acts: Iterable[Act], at: datetime | None = None) -> str:
    """Journal several acts in order, in the caller's transaction; returns the new head hash."""
    chain = open_chain(session, actor, at)
    chain.link(acts)
    return chain.write(session)


@dataclass
class Chain:
    """Entries being added to the journal in the caller's transaction: its head, locked when the chain was
    opened (`open_chain`), then the acts linked to it in Python (`link`, which needs no database) and the
    entries written in one go (`write`)."""

    office_id: uuid.UUID
    head: JournalHead | None
    seq: int
    prev: str
    moment: datetime
    digest: Callable[[str, int, Act, str], str]
    actor: str
    rows: list[dict[str, Any]]

    def link(self, acts: Iterable[Act]) -> None:
        """Chain `acts`, in order, after the entries linked so far."""
        seq, prev = self.seq, self.prev
        for act in acts:
            seq += 1
            payload = canonical_json(act.payload)
            digest = self.digest(prev, seq, act, payload)
            self.rows.append(
                {
                    "office_id": self.office_id,
                    "seq": seq,
                    "at": self.moment,
                    "actor": self.actor,
                    "action": act.action,
                    "entity": act.entity,
                    "entity_id": act.entity_id,
                    "payload": payload,
                    "prev_hash": prev,
                    "hash": digest,
                }
            )
            prev = digest
        self.seq, self.prev = seq, prev

    def write(self, session: Session) -> str:
        """Insert the entries linked and move the head to the last; returns the head hash."""
        if not self.rows:
            return self.prev
        insert_rows(session, _JOURNAL_TABLE, self.rows)
        if self.head is None:
            session.add(JournalHead(office_id=self.office_id, seq=self.seq, hash=self.prev))
        else:
            self.head.seq, self.head.hash = self.seq, self.prev
        self.rows = []
        session.flush()
        return self.prev


def open_chain(session: Session, actor: Actor, at: datetime | None = None) -> Chain:
    """Lock the office's journal head until the transaction ends, for acts of `actor` at `at` (now)."""
    office = ensure_office(session)
    head = session.scalars(
        select(JournalHead).where(JournalHead.office_id == office.id).with_for_update()
    ).one_or_none()
    seq, prev = (head.seq, head.hash) if head is not None else (0, GENESIS)
    moment = at or datetime.now(UTC)
    at_text = moment.astimezone(UTC).isoformat(timespec="microseconds")
    digest = _entry_hasher(str(office.id), at_text, actor.username)
    return Chain(office.id, head, seq, prev, moment, digest, actor.username, [])


JournalMark = tuple[tuple[str, int], ...]
"""Every office's last journal seq, by office id: the state of the data, since every act is journaled."""


def mark(session: Session) -> JournalMark:
    """Where the journal stands now: equal marks mean nothing was done in between, by any office."""
    rows = session.execute(select(JournalHead.office_id, JournalHead.seq).order_by(JournalHead.office_id))
    return tuple((str(office_id), seq) for office_id, seq in rows)


def head_hash(session: Session) -> str:
    """The hash of this office's newest entry (printed on the daily bulletins)."""
    office = ensure_office(session)
    value = session.scalar(select(JournalHead.hash).where(JournalHead.office_id == office.id))
    return value or GENESIS


@dataclass(frozen=True, slots=True)
class VerifyResult:
    entries: int
    broken_seq: int | None
    broken_office: str | None
    reason: str

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify(session: Session, progress: Progress = silent) -> VerifyResult:
    """Recompute every office's chain; report the first entry that does not fit."""
    heads = {h.office_id: h for h in session.scalars(select(JournalHead))}
    count = 0
    office_id: uuid.UUID | None = None
    expected_seq, prev = 1, GENESIS

    def broken(seq: int, why: str) -> VerifyResult:
        return VerifyResult(count, seq, str(office_id), why)

    seen_offices: set[uuid.UUID] = set()
    total = session.scalar(select(func.count()).select_from(JournalEntry)) or 0
    for row in counted(_all_entries(session), progress, "checking the journal", total):
        if row.office_id != office_id:
            if office_id is not None and (result := _check_head(heads, office_id, expected_seq - 1, prev)):
                return broken(expected_seq, result)
            office_id, expected_seq, prev = row.office_id, 1, GENESIS
            seen_offices.add(row.office_id)
        count += 1
        if row.seq != expected_seq:
            return broken(expected_seq, f"entry {expected_seq} is missing (next found: {row.seq})")
        if row.prev_hash != prev:
            return broken(row.seq, "its previous hash does not match the entry before it")
        try:
            fields = _fields(
                row.seq, row.office_id, row.at, row.actor, row.action, row.entity, row.entity_id, row.payload
            )
        except json.JSONDecodeError:
            return broken(row.seq, "its payload is not valid JSON")
        if entry_hash(prev, fields) != row.hash:
            return broken(row.seq, "its content does not match its hash")
        prev = row.hash
        expected_seq += 1
    if office_id is not None and (result := _check_head(heads, office_id, expected_seq - 1, prev)):
        return broken(expected_seq, result)
    for missing in set(heads) - seen_offices:
        office_id = missing
        return broken(1, "the head names entries that are not in the journal")
    return VerifyResult(count, None, None, "intact")


def _all_entries(session: Session, batch: int = 5000) -> Iterator[JournalEntry]:
    """Every entry in chain order, fetched in keyset pages (no cursor left open on early exit)."""
    after: tuple[uuid.UUID, int] | None = None
    while True:
        query = select(JournalEntry).order_by(JournalEntry.office_id, JournalEntry.seq).limit(batch)
        if after is not None:
            query = query.where(tuple_(JournalEntry.office_id, JournalEntry.seq) > tuple_(*after))
        page = session.scalars(query).all()
        yield from page
        if len(page) < batch:
            return
        after = (page[-1].office_id, page[-1].seq)
        session.expunge_all()


def _check_head(
    heads: Mapping[uuid.UUID, JournalHead], office_id: uuid.UUID, seq: int, digest: str
) -> str | None:
    head = heads.get(office_id)
    if head is None:
        return None
    if head.seq != seq or head.hash != digest:
        return f"the chain ends at entry {seq} but the head records entry {head.seq}"
    return None
