"""Bulk inserts store exactly what SQLAlchemy's own inserts store, on SQLite and PostgreSQL; ids by the
thousand go in one bound value and rows come back as one; work runs beside the session's thread."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import IntegrityError

from app.db.bulk import id_among, insert_rows, json_rows
from app.db.database import Database
from app.db.models import Place, User
from app.db.overlap import overlapped
from app.db.types import uuid7
from app.services.actors import ensure_office
from tests.db.place_helpers import add_org

PLACES = Place.metadata.tables["places"]
USERS = User.metadata.tables["users"]
# Almaty time with microseconds: stored as UTC, so the day changes on the way.
PUBLISHED = datetime(2026, 12, 14, 2, 30, 15, 120034, tzinfo=ZoneInfo("Asia/Almaty"))


def _place(org_id: uuid.UUID, office_id: uuid.UUID, code: str) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "office_id": office_id,
        "place_code": code,
        "org_id": org_id,
        "group_id": None,
        "birth_year": 2022,
        "language": "kk",
        "group_type": "general",
        "work_mode": "full",
        "enrollment_mode": "temporary",
        "available_from": date(2026, 12, 1),
        "stay_until": date(2027, 5, 31),
        "released_on": None,
        "published_at": PUBLISHED,
        "status": "published",
        "recalled_at": None,
        "recall_reason": "Әлихан Қуанышұлы",
    }


def _user(office_id: uuid.UUID, name: str, active: bool) -> dict[str, Any]:
    return {
        "id": uuid7(),
        "office_id": office_id,
        "username": name,
        "full_name": "Өмірзақ Ұлықбек",
        "role": "clerk",
        "password_hash": "x",
        "active": active,
        "created_at": datetime(2026, 1, 1, tzinfo=UTC),
    }


def test_bulk_rows_read_back_as_the_rows_sqlalchemy_inserts(db: Database) -> None:
    with db.transaction() as session:
        office = ensure_office(session).id
        org = add_org(session, "DO-1", "«Балапан»", "«Балапан»")
        session.execute(insert(PLACES), [_place(org, office, "CORE")])
        session.execute(insert(USERS), [_user(office, "core-on", True), _user(office, "core-off", False)])
        insert_rows(session, PLACES, [_place(org, office, "BULK")])
        insert_rows(session, USERS, [_user(office, "bulk-on", True), _user(office, "bulk-off", False)])
    with db.reading() as session:
        places = {p.place_code: p for p in session.scalars(select(Place))}
        users = {u.username: u for u in session.scalars(select(User))}
        place_columns = [c.key for c in PLACES.c if c.key not in ("id", "place_code")]
        assert [getattr(places["BULK"], c) for c in place_columns] == [
            getattr(places["CORE"], c) for c in place_columns
        ]
        assert places["BULK"].published_at == PUBLISHED
        assert (users["bulk-on"].active, users["bulk-off"].active) == (True, False)
        assert users["bulk-on"].created_at == users["core-on"].created_at
        # Stored alike too, so that comparisons and ordering in SQL treat both the same.
        stored = text(
            "SELECT available_from, stay_until, published_at, org_id FROM places ORDER BY place_code"
        )
        bulk, core = session.execute(stored).all()
        assert tuple(bulk) == tuple(core)


def test_bulk_refuses_a_naive_time_and_a_missing_defaulted_column(db: Database) -> None:
    with db.transaction() as session:
        office = ensure_office(session).id
        naive = {**_user(office, "naive", True), "created_at": datetime(2026, 1, 1)}
        with pytest.raises(ValueError, match="naive"):
            insert_rows(session, USERS, [naive])
        no_id = {key: value for key, value in _user(office, "no-id", True).items() if key != "id"}
        with pytest.raises(ValueError, match="users: give id"):
            insert_rows(session, USERS, [no_id])
    with db.reading() as session:
        assert session.scalars(select(User.username)).all() == []


def test_ids_beyond_every_parameter_limit_go_in_one_value_and_rows_come_back_as_one(db: Database) -> None:
    with db.transaction() as session:
        office = ensure_office(session).id
        users = [_user(office, f"user-{n}", n != 1) for n in range(3)]
        insert_rows(session, USERS, users)
    # More ids than SQLite (32,766) or PostgreSQL (65,535) take as bound parameters of one statement.
    wanted = [users[0]["id"], users[1]["id"], *(uuid.uuid4() for _ in range(70_000))]
    with db.reading() as session:
        dialect = session.get_bind().dialect.name
        found = session.scalar(
            select(json_rows(dialect, User.id, User.username, User.active)).where(
                id_among(dialect, User.id, wanted)
            )
        )
        none = session.scalar(
            select(json_rows(dialect, User.id)).where(id_among(dialect, User.id, [uuid.uuid4()]))
        )
    assert sorted((uuid.UUID(key), name, bool(active)) for key, name, active in found) == sorted(
        [(users[0]["id"], "user-0", True), (users[1]["id"], "user-1", False)]
    )
    assert none == []


def test_overlapped_work_sees_the_session_s_changes_runs_beside_it_and_its_failure_keeps_nothing(
    db: Database,
) -> None:
    with db.transaction() as session:
        office = ensure_office(session).id
        session.add(User(**_user(office, "pending", True)))
        with overlapped(session) as worker:
            seen = worker.submit(
                lambda connection: connection.scalar(select(func.count()).select_from(USERS))
            )
            where = worker.submit(lambda _connection: threading.get_ident())
        assert (seen.result(), where.result() != threading.get_ident()) == (1, True)
    with pytest.raises(IntegrityError), db.transaction() as session:
        session.add(User(**_user(office, "lost", True)))
        with overlapped(session) as worker:
            again = worker.submit(
                lambda connection: connection.execute(insert(USERS), [_user(office, "pending", True)])
            )
        again.result()
    with db.reading() as session:
        assert session.scalars(select(User.username)).all() == ["pending"]
