"""Shared fixtures: real databases (a SQLite file and a throwaway PostgreSQL database)."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL, make_url

from app.db import migrate
from app.db.database import Database

PG_URL_ENV = "KEZEK_TEST_PG_URL"
DEFAULT_PG_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def _pg_admin_url() -> URL | None:
    text_url = os.environ.get(PG_URL_ENV, DEFAULT_PG_URL)
    if text_url == "off":
        return None
    return make_url(text_url)


def _pg_reachable(url: URL) -> str | None:
    try:
        engine = create_engine(url, connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as error:
        return str(error).splitlines()[0]
    return None


_PG_URL = _pg_admin_url()
_PG_PROBLEM = _pg_reachable(_PG_URL) if _PG_URL is not None else "switched off"


def pytest_report_header() -> str:
    if _PG_PROBLEM is None:
        return f"PostgreSQL: {_PG_URL.render_as_string(hide_password=True) if _PG_URL else ''}"
    return f"PostgreSQL: NOT AVAILABLE ({_PG_PROBLEM}); PostgreSQL cases are deselected"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _PG_PROBLEM is None:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"CI needs PostgreSQL ({PG_URL_ENV}): {_PG_PROBLEM}")
    keep = [item for item in items if "pg" not in item.keywords]
    config.hook.pytest_deselected(items=[item for item in items if "pg" in item.keywords])
    items[:] = keep


class PgTemplate:
    """A migrated template database; each test gets a fresh copy of it (CREATE DATABASE … TEMPLATE)."""

    def __init__(self, admin: URL) -> None:
        self.admin = admin
        self.name = f"kezek_tpl_{uuid.uuid4().hex[:8]}"
        self._engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        self._execute(f'CREATE DATABASE "{self.name}"')
        db = Database(admin.set(database=self.name))
        migrate.upgrade(db)
        db.dispose()
        self.copies: list[str] = []

    def _execute(self, sql: str) -> None:
        with self._engine.connect() as connection:
            connection.execute(text(sql))

    def fresh(self) -> URL:
        name = f"kezek_t_{uuid.uuid4().hex[:10]}"
        self._execute(f'CREATE DATABASE "{name}" TEMPLATE "{self.name}"')
        self.copies.append(name)
        return self.admin.set(database=name)

    def drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def close(self) -> None:
        for name in [*self.copies, self.name]:
            self.drop(name)
        self._engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[PgTemplate]:
    assert _PG_URL is not None
    template = PgTemplate(_PG_URL)
    yield template
    template.close()


def _sqlite_copy(template: Path, tmp_path: Path) -> Database:
    path = tmp_path / "kezek.sqlite3"
    shutil.copyfile(template, path)
    return Database(f"sqlite:///{path}")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database of each kind; parametrized so every test runs on both."""
    if request.param == "sqlite":
        database = _sqlite_copy(request.getfixturevalue("sqlite_template"), tmp_path)
        yield database
        database.dispose()
        return
    template: PgTemplate = request.getfixturevalue("pg_template")
    database = Database(template.fresh())
    yield database
    database.dispose()
    assert database.url.database is not None
    template.drop(database.url.database)


@pytest.fixture
def sqlite_db(sqlite_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A migrated SQLite database only (for what is specific to SQLite files)."""
    database = _sqlite_copy(sqlite_template, tmp_path)
    yield database
    database.dispose()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final garbage collection once the results are reported.

    After a long run of GUI tests, PySide6 6.12 can abort in that last collection ("bool_dealloc:
    deallocating True or False") although every test has passed; the exit status is kept as pytest set it.
    """
    if "PySide6.QtCore" not in sys.modules:
        return
    import logging

    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(int(getattr(config, "_kezek_exit_status", 0)))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    session.config._kezek_exit_status = exitstatus  # type: ignore[attr-defined]
