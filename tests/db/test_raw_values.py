"""Values read undecoded give what the mapped types give, and local times as local(moment).isoformat()."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlalchemy import insert, select

from app.db.database import Database
from app.db.models import User
from app.db.raw_values import id_decoder, local_iso_writer, time_decoder, undecoded_id, undecoded_time
from app.db.types import uuid7
from app.domain.local_time import local
from app.services.actors import ensure_office

# Almaty went from +06 to +05 at 2024-03-01 00:00 local, 2024-02-29 18:00 UTC.
SWITCH = datetime(2024, 2, 29, 18, 0, tzinfo=UTC)


def _moments() -> list[datetime]:
    rng = random.Random(7)
    edges = [SWITCH - timedelta(microseconds=1), SWITCH, SWITCH + timedelta(minutes=59, seconds=59)]
    spread = [
        SWITCH
        + timedelta(seconds=rng.randint(-400 * 86400, 400 * 86400), microseconds=rng.choice((0, 1, 999999)))
        for _ in range(600)
    ]
    return edges + spread


def test_undecoded_values_decode_and_write_as_the_mapped_types_read(db: Database) -> None:
    moments = _moments()
    with db.transaction() as session:
        office = ensure_office(session).id
        session.execute(
            insert(User.__table__),
            [
                {
                    "id": uuid7(),
                    "office_id": office,
                    "username": f"u{n}",
                    "full_name": "Қуаныш Әлиев",
                    "role": "clerk",
                    "password_hash": "x",
                    "active": True,
                    "created_at": moment,
                }
                for n, moment in enumerate(moments)
            ],
        )
    with db.reading() as session:
        query = select(
            User.id,
            User.created_at,
            undecoded_id(session, User.id).label("raw_id"),
            undecoded_time(session, User.created_at).label("raw_time"),
        ).order_by(User.username)
        rows = session.execute(query).all()
        decode_id, decode_time, write = id_decoder(session), time_decoder(session), local_iso_writer(session)
    assert len(rows) == len(moments)
    for user_id, created_at, raw_id, raw_time in rows:
        assert decode_id(raw_id) == str(user_id)
        assert decode_time(raw_time) == created_at
        assert write(raw_time) == local(created_at).isoformat()
    offsets = {write(raw_time)[-6:] for *_, raw_time in rows}
    assert offsets == {"+05:00", "+06:00"}
