"""Database work on the transaction's own connection in a worker thread, while the caller computes.

sqlite3 and psycopg let go of the GIL while a statement executes, so a statement's work overlaps the
caller's Python work, provided the statement does it in one go: an UPDATE without RETURNING, or a query
that returns one row (see bulk.json_rows). A statement streaming rows back takes the GIL for every row
and waits for it behind the computing caller each time, so such statements stay on the caller's side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

T = TypeVar("T")


class Worker:
    """Runs work on one connection, one piece after another in the order given."""

    def __init__(self, pool: ThreadPoolExecutor, connection: Connection) -> None:
        self._pool, self._connection = pool, connection

    def submit(self, work: Callable[[Connection], T]) -> Future[T]:
        return self._pool.submit(work, self._connection)


@contextmanager
def overlapped(session: Session) -> Iterator[Worker]:
    """A worker on the session's connection for the length of the block; leaving the block waits for all
    its work.

    The session must not be used while work is pending (its futures not all done): it has one connection,
    used by one thread at a time. Its pending changes are flushed first, so that the work sees them."""
    session.flush()
    connection = session.connection()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kezek-db") as pool:
        yield Worker(pool, connection)
