"""Schema migrations (Alembic, shipped in the package) and consistent backups."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from contextlib import closing
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db.database import Database
from app.errors import UserError
from app.files import replaced_on_success


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(resources.files("app.db") / "migrations"))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database, *, backup_dir: Path | None = None) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made first, if any.

    A SQLite file that already holds data is copied aside before anything changes, so a failed
    migration never costs the office its database.
    """
    current = current_revision(db)
    if current == head_revision():
        return None
    backup: Path | None = None
    path = db.sqlite_path
    if current is not None and path is not None and path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        folder = backup_dir or path.parent
        backup = backup_sqlite(path, folder / f"{path.stem}.before-upgrade-{stamp}{path.suffix}")
    config = _config()
    try:
        with db.write_engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except Exception as error:
        raise UserError(
            "db.upgrade_failed",
            "the database could not be upgraded ({error}); it is unchanged{where}",
            error=str(error).splitlines()[0],
            where=f", and a copy was kept at {backup}" if backup else "",
        ) from error
    return backup


def backup_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file (the online backup API, safe while others write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        replaced_on_success(target) as partial,
        closing(sqlite3.connect(source)) as src,
        closing(sqlite3.connect(partial)) as dst,
    ):
        src.backup(dst)
    return target


def backup(db: Database, target: Path) -> Path:
    """`kezek db backup FILE`: SQLite through the backup API, PostgreSQL through pg_dump."""
    if db.sqlite_path is not None:
        return backup_sqlite(db.sqlite_path, target)
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise UserError("db.no_pg_dump", "pg_dump was not found; install the PostgreSQL client tools")
    url = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
    result = subprocess.run(  # noqa: S603 - the arguments are ours, not a shell line
        [pg_dump, "--format=custom", f"--file={target}", f"--dbname={url}"],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise UserError("db.backup_failed", "pg_dump failed: {error}", error=result.stderr.strip())
    return target


def restore_sqlite(db: Database, source: Path) -> Path:
    """Replace the SQLite database by a backup copy; the current file is kept aside first."""
    path = db.sqlite_path
    if path is None:
        raise UserError("db.restore_sqlite_only", "restore works on a SQLite database only")
    if not source.exists():
        raise UserError("db.no_such_backup", "no backup file at {path}", path=str(source))
    db.dispose()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = backup_sqlite(path, path.with_name(f"{path.stem}.before-restore-{stamp}{path.suffix}"))
    backup_sqlite(source, path)
    return kept
