"""Importing kindergartens (the `orgs` exchange file)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.bulk import insert_rows, table_of
from app.db.models import Org
from app.db.types import uuid7
from app.exchange.common import CHECKING, ImportResult, Problems, chunks, text_lengths
from app.exchange.spreadsheet import read_rows
from app.progress import Progress, counted, silent
from app.services import journal
from app.services.actors import Actor, ensure_office, require_role
from app.services.kindergartens import BIN

COLUMNS = ("org_code", "name_kk", "name_ru", "locality", "address", "bin")
_LENGTHS = text_lengths(Org, {name: name for name in COLUMNS})


def validate_orgs(session: Session, path: Path) -> int:
    """Check the whole file without writing; the number of kindergartens it would create."""
    return len(_plan(session, path))


def import_orgs(
    session: Session, actor: Actor, path: Path, *, now: datetime | None = None, progress: Progress = silent
) -> ImportResult:
    """Create every kindergarten of a valid file in the caller's transaction; ImportRejected otherwise."""
    require_role(actor, "supervisor")
    rows = _plan(session, path, progress)
    office = ensure_office(session)
    moment = now or datetime.now(UTC)
    for row in rows:
        row["id"], row["office_id"] = uuid7(), office.id
    for chunk in chunks(rows):
        insert_rows(session, table_of(Org), list(chunk))
    acts = [
        journal.Act("org.import", "org", str(row["id"]), {name: row[name] for name in COLUMNS})
        for row in rows
    ]
    digest = journal.append_many(session, actor, acts, moment)
    return ImportResult("orgs", len(rows), digest)


def _plan(session: Session, path: Path, progress: Progress = silent) -> list[dict[str, Any]]:
    problems = Problems(path, COLUMNS)
    planned: list[dict[str, Any]] = []
    first_row: dict[str, int] = {}
    for row in counted(read_rows(path, COLUMNS), progress, CHECKING):
        values, number = row.values, row.number
        problems.shape(row, COLUMNS, _LENGTHS)
        if values["bin"] and not BIN.fullmatch(values["bin"]):
            problems.add(number, "bin", "org.bin", "a BIN is 12 digits")
        if code := values["org_code"]:
            problems.repeated(first_row, number, "org_code", code)
        planned.append({**values})
    codes = list(first_row)
    for chunk in chunks(codes):
        for code in session.scalars(select(Org.org_code).where(Org.org_code.in_(chunk))):
            problems.exists(first_row[code], "org_code", code)
    problems.raise_if_any()
    return planned
