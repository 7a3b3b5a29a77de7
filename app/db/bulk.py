"""Inserting many rows at once, past SQLAlchemy's per-value type processing.

A distribution run or an import writes tens of thousands of rows in one transaction, and going through
`session.execute(insert(table), rows)` spends most of that time converting each value in Python. Here
each value is encoded once into what the driver stores (the same text SQLAlchemy's types would give on
SQLite), and the rows go in one driver-level `executemany` on SQLite or one `COPY` on PostgreSQL.
Updates go by chunks of ids in key order; and a statement can take any number of ids in one bound value
(`id_among`) or give its rows back as one JSON value (`json_rows`), which app/db/overlap.py needs.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import UTC, date, datetime
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    Boolean,
    ColumnElement,
    Connection,
    Date,
    SQLColumnExpression,
    Table,
    Uuid,
    any_,
    bindparam,
    func,
    insert,
    literal_column,
    select,
    update,
)
from sqlalchemy.orm import Session

from app.db.models import Base
from app.db.types import UtcDateTime

Encoder = Callable[[Any], Any]
CHUNK = 1000
"""Rows per statement of a batched update (well under every bound-parameter limit)."""
# Sorting uuids by their int compares in C; uuid.UUID.__lt__ is a Python call per comparison.
KEY_ORDER = attrgetter("int")


def table_of(model: type[Base]) -> Table:
    """The model's Core table: bulk writes through it skip the ORM's per-row bookkeeping."""
    return model.metadata.tables[model.__tablename__]


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("naive datetime given where an aware one is required")
    return value


def _sqlite_time(value: datetime) -> str:
    """What UtcDateTime stores on SQLite: naive UTC text with microseconds (text order is time order)."""
    if value.tzinfo is not UTC:
        value = _aware(value).astimezone(UTC)
    # A UTC time's text ends in "+00:00"; slicing it off is cheaper than replace(tzinfo=None).
    return value.isoformat(" ", "microseconds")[:-6]


def _sqlite_date(value: date) -> str:
    return value.isoformat()


def _sqlite_uuid(value: Any) -> str:
    return str(value.hex)


def _sqlite_encoder(column_type: Any) -> Encoder | None:
    if isinstance(column_type, UtcDateTime):
        return _sqlite_time
    if isinstance(column_type, Uuid):
        return _sqlite_uuid
    if isinstance(column_type, Date):
        return _sqlite_date
    if isinstance(column_type, Boolean):
        return int
    return None


def _postgresql_encoder(column_type: Any) -> Encoder | None:
    # psycopg adapts uuid, date, bool and aware datetimes itself; only the naive-time guard is ours.
    return _aware if isinstance(column_type, UtcDateTime) else None


def _encoded(
    rows: Sequence[Mapping[str, Any]], names: Sequence[str], encoders: Sequence[Encoder | None]
) -> list[tuple[Any, ...]]:
    pick = itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    coded = [(index, encode) for index, encode in enumerate(encoders) if encode is not None]
    # The rows of one act share values (its office, its moment): each column keeps its last value's code.
    last: list[tuple[Any, Any]] = [(None, None)] * len(names)
    encoded = []
    for row in rows:
        values = list(pick(row))
        for index, encode in coded:
            value = values[index]
            if value is None:
                continue
            before, code = last[index]
            if value is not before:
                code = encode(value)
                last[index] = (value, code)
            values[index] = code
        encoded.append(tuple(values))
    return encoded


def insert_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert `rows` (dicts with the same keys, named as the table's columns) in the session's transaction."""
    if not rows:
        return
    names = list(rows[0])
    defaulted = [column.name for column in table.c if column.default is not None and column.name not in names]
    if defaulted:
        raise ValueError(
            f"{table.name}: give {', '.join(defaulted)} (their Python-side defaults are not applied)"
        )
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        _copy(connection, table, names, rows)
        return
    statement = insert(table).compile(dialect=connection.dialect, column_keys=names)
    order = list(statement.positiontup or ())
    values = _encoded(rows, order, [_sqlite_encoder(table.c[name].type) for name in order])
    connection.exec_driver_sql(str(statement), values)


def _copy(connection: Connection, table: Table, names: list[str], rows: Sequence[Mapping[str, Any]]) -> None:
    """PostgreSQL's COPY FROM STDIN through psycopg, in the connection's transaction."""
    quote = connection.dialect.identifier_preparer.quote
    values = _encoded(rows, names, [_postgresql_encoder(table.c[name].type) for name in names])
    command = f"COPY {quote(table.name)} ({', '.join(quote(name) for name in names)}) FROM STDIN"
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    with cursor, cursor.copy(command) as copy:
        for value in values:
            copy.write_row(value)


def update_by_id(
    session: Session, table: Table, ids: Collection[uuid.UUID], values: Mapping[str, Any]
) -> None:
    """Set `values` on the rows of `table` whose ids are `ids`: a statement per chunk, in key order (so that
    neighbouring rows share pages). Instances the session holds are not refreshed: see `expire_loaded`."""
    ordered = sorted(ids, key=KEY_ORDER)
    for start in range(0, len(ordered), CHUNK):
        session.execute(update(table).where(table.c.id.in_(ordered[start : start + CHUNK])).values(**values))


def id_among(
    dialect: str, column: SQLColumnExpression[uuid.UUID], ids: Collection[uuid.UUID]
) -> ColumnElement[bool]:
    """`column` is one of `ids`, with all of them in one bound value however many (a JSON array that
    SQLite's json_each unpacks, a uuid[] on PostgreSQL): one statement, under every parameter limit."""
    if dialect == "postgresql":
        return column == any_(bindparam(None, list(ids), type_=ARRAY(Uuid())))
    listed = func.json_each(json.dumps([value.hex for value in ids])).table_valued("value")
    return column.in_(select(listed.c.value))


def json_rows(dialect: str, *columns: SQLColumnExpression[Any]) -> ColumnElement[Any]:
    """An aggregate of the rows' `columns` as one JSON array of arrays (empty when there is no row): a
    query that returns its rows as one value. Ids come as text (hex on SQLite: uuid.UUID reads both)."""
    if dialect == "postgresql":
        rows = func.json_agg(func.json_build_array(*columns))
        return func.coalesce(rows, literal_column("'[]'::json"), type_=JSON)
    return func.json_group_array(func.json_array(*columns), type_=JSON)


def expire_loaded(session: Session, model: type[Any], ids: Collection[uuid.UUID]) -> None:
    """Instances of `model` with these ids that the session holds read their rows anew (after a batched
    update or insert went past them; the session flushed their own changes before it ran)."""
    for instance in list(session.identity_map.values()):
        if isinstance(instance, model) and instance.id in ids:
            session.expire(instance)
