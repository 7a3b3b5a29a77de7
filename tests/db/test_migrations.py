"""Models and migrations agree; upgrading twice is a no-op; a SQLite upgrade keeps a backup first."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from app.db import migrate
from app.db.database import Database
from app.db.models import Base
from app.errors import UserError


def test_models_and_migrations_agree(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_upgrading_twice_is_a_no_op(db: Database) -> None:
    assert migrate.current_revision(db) == migrate.head_revision()
    with db.engine.connect() as connection:
        before = sorted(inspect(connection).get_table_names())
    assert migrate.upgrade(db) is None
    with db.engine.connect() as connection:
        assert sorted(inspect(connection).get_table_names()) == before


def test_fresh_sqlite_file_is_created_and_migrated(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'new' / 'kezek.sqlite3'}")
    assert migrate.upgrade(db) is None
    assert migrate.current_revision(db) == migrate.head_revision()
    db.dispose()


def test_failed_upgrade_keeps_a_backup_and_says_so(tmp_path: Path) -> None:
    path = tmp_path / "kezek.sqlite3"
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    with db.write_engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = 'from_the_future'")
    with pytest.raises(UserError) as failed:
        migrate.upgrade(db, backup_dir=tmp_path / "backups")
    db.dispose()
    assert failed.value.code == "db.upgrade_failed"
    backups = list((tmp_path / "backups").glob("kezek.before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    assert str(backups[0]) in failed.value.text()
    with closing(sqlite3.connect(backups[0])) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("from_the_future",)


def test_backup_is_a_consistent_openable_copy(sqlite_db: Database, tmp_path: Path) -> None:
    target = migrate.backup(sqlite_db, tmp_path / "copy.sqlite3")
    copy = Database(f"sqlite:///{target}")
    assert migrate.current_revision(copy) == migrate.head_revision()
    copy.dispose()
