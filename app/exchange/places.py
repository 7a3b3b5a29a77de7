"""Importing free places (the `places` exchange file): each is published as it is imported."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.bulk import insert_rows, table_of
from app.db.models import Org, Place
from app.db.types import uuid7
from app.domain.local_time import local_date
from app.domain.rules_profile import CodeKind
from app.exchange.common import CHECKING, ImportResult, Problems, chunks, code_problem, text_lengths
from app.exchange.spreadsheet import read_rows
from app.progress import Progress, counted, silent
from app.services import journal
from app.services.actors import Actor, ensure_office, require_role
from app.services.places import PlaceInput, place_problems
from app.services.profile import profile_in_force

COLUMNS = (
    "place_code",
    "org_code",
    "birth_year",
    "language",
    "group_type",
    "work_mode",
    "enrollment_mode",
    "available_from",
    "stay_until",
)
_REQUIRED = COLUMNS[:-1]
_LENGTHS = text_lengths(Place, {"place_code": "place_code"})
_CODES: tuple[CodeKind, ...] = ("language", "group_type", "work_mode", "enrollment_mode")


def validate_places(session: Session, path: Path, *, now: datetime | None = None) -> int:
    """Check the whole file without writing; the number of places it would publish."""
    return len(_plan(session, path, now or datetime.now(UTC)))


def import_places(
    session: Session, actor: Actor, path: Path, *, now: datetime | None = None, progress: Progress = silent
) -> ImportResult:
    """Publish every place of a valid file in the caller's transaction; ImportRejected otherwise."""
    require_role(actor, "supervisor")
    moment = now or datetime.now(UTC)
    rows = _plan(session, path, moment, progress)
    office = ensure_office(session)
    acts = []
    for values, row in rows:
        row.update(id=uuid7(), office_id=office.id, published_at=moment, status="published")
        acts.append(journal.Act("place.publish", "place", str(row["id"]), values))
    for chunk in chunks([row for _, row in rows]):
        insert_rows(session, table_of(Place), list(chunk))
    digest = journal.append_many(session, actor, acts, moment)
    return ImportResult("places", len(rows), digest)


def _plan(
    session: Session, path: Path, now: datetime, progress: Progress = silent
) -> list[tuple[dict[str, str], dict[str, Any]]]:
    """Each valid row's text as read and its table row (without id, office and publication)."""
    profile = profile_in_force(session)
    today = local_date(now)
    problems = Problems(path, COLUMNS)
    orgs = {code: org_id for code, org_id in session.execute(select(Org.org_code, Org.id))}
    planned: list[tuple[dict[str, str], dict[str, Any]]] = []
    first_row: dict[str, int] = {}
    for row in counted(read_rows(path, COLUMNS), progress, CHECKING):
        values, number = row.values, row.number
        problems.shape(row, _REQUIRED, _LENGTHS)
        if code := values["place_code"]:
            problems.repeated(first_row, number, "place_code", code)
        org = orgs.get(values["org_code"])
        if org is None and values["org_code"]:
            problems.unknown_org(number, "org_code", values["org_code"])
        year_text = values["birth_year"]
        year = int(year_text) if year_text.isascii() and year_text.isdigit() else None
        if year_text and year is None:
            problems.add(
                number, "birth_year", "import.birth_year", "'{text}' is not a birth year", text=year_text
            )
        available = problems.date(number, "available_from", values["available_from"])
        stay_until = problems.date(number, "stay_until", values["stay_until"])
        if year is not None and available is not None:
            place = PlaceInput(
                values["org_code"],
                year,
                values["language"],
                values["group_type"],
                values["work_mode"],
                values["enrollment_mode"],
                available,
                stay_until,
            )
            for problem in place_problems(profile, place, today):
                field = problem.params["field"]
                if field not in _REQUIRED or values[field]:  # an empty required cell is reported already
                    problems.add_error(number, field, problem)
        else:
            for kind in _CODES:
                if values[kind] and (unknown := code_problem(profile, kind, values[kind])):
                    problems.add_error(number, kind, unknown)
        planned.append(
            (
                values,
                {
                    "place_code": code,
                    "org_id": org,
                    "birth_year": year,
                    "language": values["language"],
                    "group_type": values["group_type"],
                    "work_mode": values["work_mode"],
                    "enrollment_mode": values["enrollment_mode"],
                    "available_from": available,
                    "stay_until": stay_until,
                },
            )
        )
    for chunk in chunks(list(first_row)):
        for code in session.scalars(select(Place.place_code).where(Place.place_code.in_(chunk))):
            problems.exists(first_row[code], "place_code", code)
    problems.raise_if_any()
    return planned
