"""The registers of the stop list and the archive, and restoring an application (one transaction)."""

from __future__ import annotations

from app.services import archive
from app.services.actors import Actor
from app.services.archive import ArchiveRow, StopListRow
from app.services.session import Database

PAGE = 500
"""Entries read at a time; each table reads the next page as it is scrolled to the end."""


def stop_list(db: Database, active_only: bool, find: str, offset: int = 0) -> list[StopListRow]:
    with db.reading() as session:
        return archive.list_stop_list(session, active_only=active_only, limit=PAGE, offset=offset, find=find)


def archived(db: Database, include_restored: bool, find: str, offset: int = 0) -> list[ArchiveRow]:
    with db.reading() as session:
        return archive.list_archive(
            session, include_restored=include_restored, limit=PAGE, offset=offset, find=find
        )


def restore(db: Database, actor: Actor, application_no: str, note: str) -> ArchiveRow:
    with db.transaction() as session:
        return archive.restore(session, actor, application_no, note)
