"""Opening a Kezek database: URL resolution, engines, sessions, SQLite pragmas."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.db.checkpoints import WRITER_PRAGMA, Checkpoints
from app.errors import UserError

log = logging.getLogger(__name__)
ENV_URL = "KEZEK_DATABASE_URL"


def default_sqlite_path() -> Path:
    return Path(platformdirs.user_data_dir("Kezek", appauthor=False)) / "kezek.sqlite3"


def resolve_url(url: str | None) -> URL:
    """The explicit URL, else $KEZEK_DATABASE_URL, else the SQLite file in the user data dir."""
    text = url or os.environ.get(ENV_URL)
    if text:
        resolved = make_url(text)
        if resolved.drivername == "postgresql":
            resolved = resolved.set(drivername="postgresql+psycopg")
        return resolved
    path = default_sqlite_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return make_url(f"sqlite:///{path}")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=15000")
    cursor.close()
    # SQLite's own lower() folds ASCII only, so "Петров" would never match "петров"; PostgreSQL's folds
    # every letter. The same Unicode lower on both keeps name search alike everywhere.
    dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)


def _unicode_lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _writer_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.execute(WRITER_PRAGMA)


def _sqlite_engine(url: URL, *, immediate: bool) -> Engine:
    # pysqlite's own transaction handling is switched off so that we can say BEGIN IMMEDIATE
    # for writers: two writers then queue on the lock instead of failing to upgrade it.
    engine = create_engine(url, connect_args={"check_same_thread": False, "isolation_level": None})
    event.listen(engine, "connect", _sqlite_pragmas)
    if immediate:
        event.listen(engine, "connect", _writer_pragmas)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """One database: a reading engine and a writing engine (the same one on PostgreSQL)."""

    def __init__(self, url: str | URL | None = None) -> None:
        self.url = url if isinstance(url, URL) else resolve_url(url)
        self._checkpoints: Checkpoints | None = None
        if self.is_sqlite:
            if self.sqlite_path is not None:
                self.sqlite_path.parent.mkdir(parents=True, exist_ok=True)
                self._checkpoints = Checkpoints(self.sqlite_path)
            self.engine = _sqlite_engine(self.url, immediate=False)
            self.write_engine = _sqlite_engine(self.url, immediate=True)
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
            self.write_engine = self.engine
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(self.write_engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.url.database or self.url.database == ":memory:":
            return None
        return Path(self.url.database)

    def display_name(self) -> str:
        """The URL without its password, for the status bar and logs."""
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A writing unit of work: committed when the block ends, rolled back on any error; an act refused
        (a UserError: bad input, a rule) is logged here, once, whichever screen or command it came from."""
        with self._writer() as session:
            try:
                with session.begin():
                    yield session
            except UserError as error:
                log.info("refused, nothing written: %s: %s", error.code, error.text())
                raise
            if self._checkpoints is not None:
                self._checkpoints.request()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work."""
        with self._reader() as session, session.begin():
            yield session

    def dispose(self) -> None:
        if self._checkpoints is not None:
            self._checkpoints.wait()
        self.engine.dispose()
        self.write_engine.dispose()
