"""Reading ids and times as the driver gives them, for the few queries that read a whole region.

Loading hundreds of thousands of rows is dominated by the mapped types' per-value processing. These
queries read ids and times undecoded and turn them into exactly what the mapped types would give, or
straight into the text a file needs, at a fraction of the cost: SQLite keeps a uuid as 32 hex digits
and a time as naive UTC text; PostgreSQL's uuid::text is already str(uuid), and its timestamptz arrives
aware.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import ColumnElement, DateTime, SQLColumnExpression, String, type_coerce
from sqlalchemy import cast as sql_cast
from sqlalchemy.orm import Session

from app.domain.local_time import local


def _on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def undecoded_id(session: Session, column: SQLColumnExpression[uuid.UUID]) -> ColumnElement[Any]:
    """A uuid column read without the mapped type's processing (`id_decoder` makes it str(uuid))."""
    if _on_postgresql(session):
        return sql_cast(column, String)
    return type_coerce(column, String)


def undecoded_time(session: Session, column: SQLColumnExpression[datetime]) -> ColumnElement[Any]:
    """A UtcDateTime column read without the mapped type's processing (see `time_decoder`)."""
    if _on_postgresql(session):
        return type_coerce(column, DateTime(timezone=True))
    return type_coerce(column, String)


def id_decoder(session: Session) -> Callable[[Any], str]:
    """str(uuid) of an `undecoded_id` value."""
    if _on_postgresql(session):
        return str
    return lambda value: f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"


def time_decoder(session: Session) -> Callable[[Any], datetime]:
    """The aware UTC datetime of an `undecoded_time` value."""
    if _on_postgresql(session):
        return lambda value: cast(datetime, value).astimezone(UTC)
    # Parsing the offset with the text is several times faster than datetime.replace(tzinfo=UTC).
    return lambda value: datetime.fromisoformat(value + "+00:00")


def json_time_decoder(session: Session) -> Callable[[Any], datetime]:
    """The aware UTC datetime of a UtcDateTime column's value inside JSON (bulk.json_rows): SQLite's
    stored text, PostgreSQL's ISO 8601 text with an offset."""
    if _on_postgresql(session):
        return lambda value: datetime.fromisoformat(value).astimezone(UTC)
    return time_decoder(session)


_HOUR = timedelta(hours=1)


def _local_hour(utc_hour: datetime) -> tuple[str, str] | None:
    """('YYYY-MM-DDTHH', '+HH:MM') of a UTC hour with one whole-hour offset throughout, else None."""
    start, end = local(utc_hour), local(utc_hour + _HOUR - timedelta(microseconds=1))
    offset = start.utcoffset()
    if offset is None or offset != end.utcoffset() or offset.seconds % 3600:
        return None
    text = start.isoformat()
    return text[:13], text[19:]


def local_iso_writer(session: Session) -> Callable[[Any], str]:
    """local(moment).isoformat() of an `undecoded_time` value, without making a datetime on SQLite.

    A million rows of an export share a few thousand registration hours, so the local hour and the
    offset are worked out once per UTC hour and the minutes, seconds and microseconds copied over.
    """
    decode = time_decoder(session)
    if _on_postgresql(session):
        return lambda value: local(decode(value)).isoformat()
    hours: dict[str, tuple[str, str] | None] = {}

    def write(value: str) -> str:
        key = value[:13]
        try:
            hour = hours[key]
        except KeyError:
            hour = hours[key] = _local_hour(datetime.fromisoformat(key + ":00").replace(tzinfo=UTC))
        if hour is None or len(value) != 26:
            return local(decode(value)).isoformat()
        micro = value[20:]
        return f"{hour[0]}{value[13:19]}{'' if micro == '000000' else '.' + micro}{hour[1]}"

    return write
