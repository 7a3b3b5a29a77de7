"""Importing applications from the other channels (the `applications` exchange file)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.bulk import insert_rows, table_of
from app.db.models import Applicant, Application, Child, NumberCounter
from app.db.types import uuid7
from app.exchange.application_rows import COLUMNS, Planned, check_row, row_rules
from app.exchange.common import CHECKING, WRITING, ImportResult, Problems, chunks
from app.exchange.spreadsheet import read_rows
from app.progress import Progress, counted, silent
from app.services import journal
from app.services.actors import Actor, OfficeInfo, ensure_office, require_role
from app.services.intake import LIVE_STATUSES
from app.services.numbering import PREFIXES


def validate_applications(session: Session, path: Path, *, now: datetime | None = None) -> int:
    """Check the whole file without writing; the number of applications it would register."""
    return len(_plan(session, path, now or datetime.now(UTC)))


def import_applications(
    session: Session, actor: Actor, path: Path, *, now: datetime | None = None, progress: Progress = silent
) -> ImportResult:
    """Register every application of a valid file in the caller's transaction; ImportRejected otherwise.

    Each becomes a queued application of channel "import", journaled as `application.import`.
    """
    require_role(actor, "supervisor")
    moment = now or datetime.now(UTC)
    planned = _plan(session, path, moment, progress)
    office = ensure_office(session)
    children = _person_ids(session, Child, planned, "child")
    applicants = _person_ids(session, Applicant, planned, "applicant")
    digest = journal.head_hash(session)
    written = 0
    for chunk in chunks(planned):
        rows, acts = [], []
        for item in chunk:
            row = _application_row(item, office.id, children, applicants, actor.username)
            rows.append(row)
            acts.append(journal.Act("application.import", "application", str(row["id"]), _payload(item)))
        insert_rows(session, table_of(Application), rows)
        digest = journal.append_many(session, actor, acts, moment)
        written += len(chunk)
        progress(WRITING, written, len(planned))
    _advance_counters(session, office, [item.values["application_no"] for item in planned])
    return ImportResult("applications", len(planned), digest)


def _plan(session: Session, path: Path, now: datetime, progress: Progress = silent) -> list[Planned]:
    rules = row_rules(session, now)
    problems = Problems(path, COLUMNS)
    planned: list[Planned] = []
    numbers: dict[str, int] = {}
    children: dict[tuple[str, str], int] = {}
    for row in counted(read_rows(path, COLUMNS), progress, CHECKING):
        item = check_row(rules, problems, row)
        values, number = row.values, row.number
        if no := values["application_no"]:
            problems.repeated(numbers, number, "application_no", no)
        if item is not None:
            key = (values["child_iin"], values["locality"])
            seen = children.setdefault(key, number)
            if seen != number:
                problems.add(
                    number,
                    "child_iin",
                    "import.same_child",
                    "the same child is in row {first} for {locality} (one live application)",
                    first=seen,
                    locality=key[1],
                )
            planned.append(item)
    _check_database(session, problems, numbers, children)
    problems.raise_if_any()
    return planned


def _check_database(
    session: Session, problems: Problems, numbers: dict[str, int], children: dict[tuple[str, str], int]
) -> None:
    """Numbers already used and children already holding a live application in the same locality."""
    for chunk in chunks(list(numbers)):
        for no in session.scalars(
            select(Application.application_no).where(Application.application_no.in_(chunk))
        ):
            problems.exists(numbers[no], "application_no", no)
    iins = sorted({iin for iin, _ in children})
    for chunk in chunks(iins):
        live = session.execute(
            select(Child.iin, Application.locality, Application.application_no)
            .join(Application, Application.child_id == Child.id)
            .where(Child.iin.in_(chunk), Application.status.in_(LIVE_STATUSES))
        )
        for iin, locality, no in live:
            row = children.get((iin, locality))
            if row is not None:
                problems.add(
                    row,
                    "child_iin",
                    "application.duplicate",
                    "the child already has a live application {number} in {locality}",
                    number=no,
                    locality=locality,
                )


def _person_ids(
    session: Session, model: type[Child] | type[Applicant], planned: Sequence[Planned], role: str
) -> dict[str, uuid.UUID]:
    """IIN -> id for the children (or applicants) of the file: existing rows reused, missing ones created."""
    new: dict[str, dict[str, Any]] = {}
    for item in planned:
        values = item.values
        iin = values[f"{role}_iin"]
        if iin not in new:
            new[iin] = {
                "iin": iin,
                "last_name": values[f"{role}_last_name"],
                "first_name": values[f"{role}_first_name"],
                "middle_name": values[f"{role}_middle_name"],
            }
            if role == "child":
                new[iin].update(birth_date=item.child_birth_date, sex=item.child_sex)
    ids: dict[str, uuid.UUID] = {}
    for iins in chunks(list(new)):
        ids.update(
            (iin, id_) for iin, id_ in session.execute(select(model.iin, model.id).where(model.iin.in_(iins)))
        )
    rows = [row for iin, row in new.items() if iin not in ids]
    for row in rows:
        row["id"] = ids[row["iin"]] = uuid7()
    for chunk in chunks(rows):
        insert_rows(session, table_of(model), list(chunk))
    return ids


def _application_row(
    item: Planned,
    office_id: uuid.UUID,
    children: dict[str, uuid.UUID],
    applicants: dict[str, uuid.UUID],
    username: str,
) -> dict[str, Any]:
    values = item.values
    return {
        "id": uuid7(),
        "office_id": office_id,
        "application_no": values["application_no"],
        "registered_at": item.registered_at,
        "channel": "import",
        "locality": values["locality"],
        "birth_year": item.child_birth_date.year,
        "child_id": children[values["child_iin"]],
        "applicant_id": applicants[values["applicant_iin"]],
        "applicant_relation": "parent",
        "applicant_id_document": "",
        "phone": values["phone"],
        "email": values["email"],
        "notify_consent": False,
        "language": values["language"],
        "doc_language": _doc_language(values["language"]),
        "group_type": values["group_type"],
        "work_mode": values["work_mode"],
        "special_needs": item.special_needs,
        "category": values["category"],
        "list_code": item.list_code,
        "category_doc_date": item.category_doc_date,
        "preferred_orgs": ";".join(item.preferred),
        "desired_start": None,
        "status": "queued",
        "stop_until": None,
        "temporary_until": None,
        "created_by": username,
    }


def _doc_language(language: str) -> str:
    return "ru" if language == "ru" else "kk"


def _payload(item: Planned) -> dict[str, object]:
    """The keys of intake.application_payload, plus the channel and the priority document's date."""
    values = item.values
    return {
        "child": _person(values, "child"),
        "child_birth_date": item.child_birth_date.isoformat(),
        "applicant": _person(values, "applicant"),
        "locality": values["locality"],
        "language": values["language"],
        "group_type": values["group_type"],
        "work_mode": values["work_mode"],
        "category": values["category"],
        "doc_language": _doc_language(values["language"]),
        "applicant_relation": "parent",
        "applicant_id_document": "",
        "phone": values["phone"],
        "email": values["email"],
        "notify_consent": False,
        "special_needs": item.special_needs,
        "desired_start": None,
        "preferred_orgs": list(item.preferred),
        "application_no": values["application_no"],
        "registered_at": item.registered_at.isoformat(),
        "channel": "import",
        "category_doc_date": item.category_doc_date.isoformat() if item.category_doc_date else None,
    }


def _person(values: dict[str, str], role: str) -> dict[str, str]:
    return {
        "iin": values[f"{role}_iin"],
        "last_name": values[f"{role}_last_name"],
        "first_name": values[f"{role}_first_name"],
        "middle_name": values[f"{role}_middle_name"],
    }


def _advance_counters(session: Session, office: OfficeInfo, numbers: Iterable[str]) -> None:
    """Numbers in this office's own format move its counters past them, so intake never reissues one."""
    pattern = re.compile(rf"{re.escape(office.code)}-{PREFIXES['application']}(\d{{4}})-(\d{{6}})")
    highest: dict[int, int] = {}
    for number in numbers:
        if match := pattern.fullmatch(number):
            year, serial = int(match[1]), int(match[2])
            highest[year] = max(highest.get(year, 0), serial)
    for year, serial in highest.items():
        counter = session.scalars(
            select(NumberCounter)
            .where(
                NumberCounter.office_id == office.id,
                NumberCounter.kind == "application",
                NumberCounter.year == year,
            )
            .with_for_update()
        ).one_or_none()
        if counter is None:
            session.add(NumberCounter(office_id=office.id, kind="application", year=year, last=serial))
        elif counter.last < serial:
            counter.last = serial
