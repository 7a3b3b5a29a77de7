"""The database handle the GUI may hold: opening and upgrading it without reaching into `app.db`."""

from __future__ import annotations

from pathlib import Path

from app.db import migrate
from app.db.database import Database

__all__ = ["Database", "open_database", "upgrade_database"]


def open_database(url: str | None) -> Database:
    """The database at `url`, else $KEZEK_DATABASE_URL, else the SQLite file in the user data dir."""
    return Database(url)


def upgrade_database(db: Database) -> Path | None:
    """Run the migrations; returns the backup copy made first, if any (UserError `db.upgrade_failed`)."""
    return migrate.upgrade(db)
