"""Importing applications from the other channels (the `applications` exchange file)."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.db.models import Applicant, Application, Child, NumberCounter, Org
from app.db.types import uuid7
from app.domain.iin import InvalidIin, parse_iin, require_agreement
from app.domain.local_time import LOCAL_TZ
from app.domain.rules_profile import CodeKind, DocumentKind, RulesProfile, add_months
from app.errors import InvalidInput
from app.exchange.common import ImportResult, Problems, chunks, code_problem, table_of, text_lengths
from app.exchange.spreadsheet import read_rows
from app.services import journal
from app.services.actors import Actor, OfficeInfo, ensure_office, require_role
from app.services.intake import LIVE_STATUSES
from app.services.numbering import PREFIXES
from app.services.profile import profile_in_force

COLUMNS = (
    "application_no",
    "registered_at",
    "locality",
    "child_iin",
    "child_last_name",
    "child_first_name",
    "child_middle_name",
    "child_birth_date",
    "applicant_iin",
    "applicant_last_name",
    "applicant_first_name",
    "applicant_middle_name",
    "phone",
    "email",
    "language",
    "group_type",
    "work_mode",
    "special_needs",
    "category",
    "category_doc_date",
    "preferred_orgs",
)
_REQUIRED = (
    "application_no",
    "registered_at",
    "locality",
    "child_iin",
    "child_last_name",
    "child_first_name",
    "child_birth_date",
    "applicant_iin",
    "applicant_last_name",
    "applicant_first_name",
    "language",
    "group_type",
    "work_mode",
    "category",
)
_LENGTHS = {
    **text_lengths(
        Application,
        {name: name for name in ("application_no", "locality", "phone", "email")},
    ),
    **text_lengths(
        Child,
        {f"child_{name}": name for name in ("last_name", "first_name", "middle_name")},
    ),
    **text_lengths(
        Applicant,
        {f"applicant_{name}": name for name in ("last_name", "first_name", "middle_name")},
    ),
}
_PREFERRED_LENGTH = text_lengths(Application, {"preferred_orgs": "preferred_orgs"})["preferred_orgs"]
_BOOLEANS = {"": False, "false": False, "0": False, "no": False, "true": True, "1": True, "yes": True}
_OFFSET_EXAMPLE = "2025-03-04T09:15:00+05:00"


@dataclass(slots=True)
class _Planned:
    """A valid row, parsed; the text fields are the file's own."""

    values: dict[str, str]
    registered_at: datetime
    child_birth_date: date
    child_sex: str
    special_needs: bool
    list_code: str
    category_doc_date: date | None
    preferred: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Rules:
    """What the row checks need from the profile and the database, looked up once."""

    profile: RulesProfile
    now: datetime
    categories: dict[str, tuple[str, tuple[DocumentKind, ...]]]
    codes: tuple[tuple[CodeKind, frozenset[str]], ...]
    org_localities: dict[str, str]


def validate_applications(session: Session, path: Path, *, now: datetime | None = None) -> int:
    """Check the whole file without writing; the number of applications it would register."""
    return len(_plan(session, path, now or datetime.now(UTC)))


def import_applications(
    session: Session, actor: Actor, path: Path, *, now: datetime | None = None
) -> ImportResult:
    """Register every application of a valid file in the caller's transaction; ImportRejected otherwise.

    Each becomes a queued application of channel "import", journaled as `application.import`.
    """
    require_role(actor, "supervisor")
    moment = now or datetime.now(UTC)
    planned = _plan(session, path, moment)
    office = ensure_office(session)
    children = _person_ids(session, Child, planned, "child")
    applicants = _person_ids(session, Applicant, planned, "applicant")
    digest = journal.head_hash(session)
    for chunk in chunks(planned):
        rows, acts = [], []
        for item in chunk:
            row = _application_row(item, office.id, children, applicants, actor.username)
            rows.append(row)
            acts.append(journal.Act("application.import", "application", str(row["id"]), _payload(item)))
        session.execute(insert(table_of(Application)), rows)
        digest = journal.append_many(session, actor, acts, moment)
    _advance_counters(session, office, [item.values["application_no"] for item in planned])
    return ImportResult("applications", len(planned), digest)


def _plan(session: Session, path: Path, now: datetime) -> list[_Planned]:
    profile = profile_in_force(session)
    rules = _Rules(
        profile=profile,
        now=now,
        categories={
            c.code: (
                c.list_code,
                tuple(
                    kind
                    for kind in map(profile.document_kind, c.documents)
                    if kind.validity_months is not None
                ),
            )
            for c in profile.categories
        },
        codes=(
            ("language", frozenset(profile.languages)),
            ("group_type", frozenset(profile.group_types)),
            ("work_mode", frozenset(profile.work_modes)),
        ),
        org_localities={
            code: locality for code, locality in session.execute(select(Org.org_code, Org.locality))
        },
    )
    problems = Problems(path, COLUMNS)
    planned: list[_Planned] = []
    numbers: dict[str, int] = {}
    children: dict[tuple[str, str], int] = {}
    for row in read_rows(path, COLUMNS):
        problems.shape(row, _REQUIRED, _LENGTHS)
        item = _check_row(rules, problems, row.number, row.values)
        values, number = row.values, row.number
        if no := values["application_no"]:
            seen = numbers.setdefault(no, number)
            if seen != number:
                problems.add(number, "application_no", f"{no} is repeated (first in row {seen})")
        if item is not None:
            key = (values["child_iin"], values["locality"])
            seen = children.setdefault(key, number)
            if seen != number:
                problems.add(
                    number,
                    "child_iin",
                    f"the same child is in row {seen} for {key[1]} (one live application)",
                )
            planned.append(item)
    _check_database(session, problems, numbers, children)
    problems.raise_if_any()
    return planned


def _check_row(rules: _Rules, problems: Problems, number: int, values: dict[str, str]) -> _Planned | None:
    """Every check of one row that needs no other row; the parsed row when it passes them all.

    Runs after the row's shape check, whose problems count against it too.
    """
    before = len(problems.items)
    add = problems.add
    registered = _registered_at(problems, number, values["registered_at"], rules.now)
    registered_day = registered.astimezone(LOCAL_TZ).date() if registered else None
    birth = problems.date(number, "child_birth_date", values["child_birth_date"])
    child = None
    if values["child_iin"]:
        try:
            child = parse_iin(values["child_iin"])
        except InvalidIin as error:
            add(number, "child_iin", error.text())
    if child is not None and birth is not None:
        try:
            require_agreement(child, birth)
        except InvalidIin as error:
            add(number, "child_birth_date", error.text())
    if values["applicant_iin"]:
        try:
            parse_iin(values["applicant_iin"])
        except InvalidIin as error:
            add(number, "applicant_iin", error.text())
    if birth is not None and registered_day is not None:
        limit = rules.profile.age_limit_years
        if birth > registered_day:
            add(number, "child_birth_date", "the child was born after registered_at")
        elif add_months(birth, 12 * limit) <= registered_day:
            add(number, "child_birth_date", f"the child was {limit} or older when registered")
    profile = rules.profile
    for kind, known in rules.codes:
        value = values[kind]
        if value and value not in known and (reason := code_problem(profile, kind, value)):
            add(number, kind, reason)
    group_type = values["group_type"]
    special_needs = _BOOLEANS.get(values["special_needs"].lower())
    if special_needs is None:
        add(number, "special_needs", "must be true or false (1/0, yes/no), or empty for false")
    elif group_type == "special" and not special_needs:
        add(number, "special_needs", "a special group needs a documented special educational need")
    doc_date = problems.date(number, "category_doc_date", values["category_doc_date"])
    category = rules.categories.get(values["category"])
    if category is None:
        if values["category"]:
            try:
                profile.category(values["category"])
            except InvalidInput as error:
                add(number, "category", error.text())
    elif registered_day is not None:
        _check_document(problems, number, values, category[1], doc_date, registered_day)
    email = values["email"]
    if email and "@" not in email:
        add(number, "email", f"'{email}' is not an e-mail address")
    preferred = _preferred(rules, problems, number, values)
    if (
        len(problems.items) > before
        or registered is None
        or birth is None
        or child is None
        or special_needs is None
        or category is None
    ):
        return None
    return _Planned(
        values, registered.astimezone(UTC), birth, child.sex, special_needs, category[0], doc_date, preferred
    )


def _registered_at(problems: Problems, number: int, text: str, now: datetime) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        problems.add(
            number, "registered_at", f"'{text}' is not an ISO 8601 date and time like {_OFFSET_EXAMPLE}"
        )
        return None
    if moment.tzinfo is None:
        problems.add(number, "registered_at", f"{text} has no UTC offset; write it like {_OFFSET_EXAMPLE}")
        return None
    if moment > now:
        problems.add(number, "registered_at", f"{text} is in the future")
        return None
    return moment


def _check_document(
    problems: Problems,
    number: int,
    values: dict[str, str],
    limited: tuple[DocumentKind, ...],
    issued: date | None,
    registered_day: date,
) -> None:
    """The priority document's date: needed when its validity is limited, valid on the registration day."""
    if issued is None:
        if limited and not values["category_doc_date"]:
            needed = f"category {values['category']} needs the issue date of its {limited[0].name_en}"
            problems.add(number, "category_doc_date", needed)
        return
    if issued > registered_day:
        problems.add(number, "category_doc_date", f"{issued} is after the registration day {registered_day}")
        return
    for kind in limited:
        until = kind.valid_until(issued)
        if until is not None and until < registered_day:
            problems.add(
                number,
                "category_doc_date",
                f"the {kind.name_en} had expired (valid until {until}) when registered on {registered_day}",
            )


def _preferred(rules: _Rules, problems: Problems, number: int, values: dict[str, str]) -> tuple[str, ...]:
    text = values["preferred_orgs"]
    if not text:
        return ()
    codes = tuple(code.strip() for code in text.split(";") if code.strip())
    limit = rules.profile.max_chosen_kindergartens
    if len(codes) > limit:
        problems.add(
            number, "preferred_orgs", f"at most {limit} kindergartens may be chosen, not {len(codes)}"
        )
    if len(set(codes)) != len(codes):
        problems.add(number, "preferred_orgs", "a kindergarten is chosen twice")
    if len(";".join(codes)) > _PREFERRED_LENGTH:
        problems.add(number, "preferred_orgs", f"is longer than {_PREFERRED_LENGTH} characters")
    locality = values["locality"]
    for code in codes:
        org_locality = rules.org_localities.get(code)
        if org_locality is None:
            problems.add(number, "preferred_orgs", f"unknown kindergarten {code}")
        elif locality and org_locality != locality:
            problems.add(
                number, "preferred_orgs", f"kindergarten {code} is in {org_locality}, not {locality}"
            )
    return codes


def _check_database(
    session: Session, problems: Problems, numbers: dict[str, int], children: dict[tuple[str, str], int]
) -> None:
    """Numbers already used and children already holding a live application in the same locality."""
    for chunk in chunks(list(numbers)):
        for no in session.scalars(
            select(Application.application_no).where(Application.application_no.in_(chunk))
        ):
            problems.add(numbers[no], "application_no", f"{no} already exists in the database")
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
                problems.add(row, "child_iin", f"the child already has a live application {no} in {locality}")


def _person_ids(
    session: Session, model: type[Child] | type[Applicant], planned: Sequence[_Planned], role: str
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
        session.execute(insert(table_of(model)), list(chunk))
    return ids


def _application_row(
    item: _Planned,
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


def _payload(item: _Planned) -> dict[str, object]:
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
