"""A kindergarten's groups: the classes its free places are handed over in (age group, language, group
type, work mode) and how many children each takes; kept by supervisors, every change journaled."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.db.models import Group, Org, Place
from app.domain.local_time import local_date
from app.domain.rules_profile import CodeKind, RulesProfile
from app.errors import InvalidInput, NotFound, RuleViolation
from app.services import journal
from app.services.actors import Actor, require_role
from app.services.places import CLASS_FIELDS, class_problems, org_by_code
from app.services.profile import profile_in_force

MAX_CAPACITY = 60
"""More children than any preschool group takes: a figure above it is a typing error."""


@dataclass(frozen=True, slots=True)
class GroupInput:
    org_code: str
    name: str
    birth_year: int
    language: str
    group_type: str
    work_mode: str
    capacity: int


@dataclass(frozen=True, slots=True)
class GroupRow:
    id: str
    org_code: str
    name: str
    birth_year: int
    language: str
    group_type: str
    work_mode: str
    capacity: int
    places: int
    """Free places ever published in the group (whatever became of them)."""
    free_places: int
    """Those of them still free: while there are any, the group's class stays."""


def group_problems(profile: RulesProfile, group: GroupInput, today: date) -> list[InvalidInput]:
    """Every rule a group breaks, each naming its field: those of a place's class, a name, a capacity."""
    codes: dict[CodeKind, str] = {
        "language": group.language,
        "group_type": group.group_type,
        "work_mode": group.work_mode,
    }
    problems = class_problems(profile, group.birth_year, codes, today)
    if not group.name.strip():
        problems.append(InvalidInput("group.name_required", "a group needs a name", field="name"))
    if not 1 <= group.capacity <= MAX_CAPACITY:
        problems.append(
            InvalidInput(
                "group.capacity",
                "a group takes 1 to {max} children, not {value}",
                field="capacity",
                max=MAX_CAPACITY,
                value=group.capacity,
            )
        )
    return problems


def list_groups(session: Session, org_code: str | None = None) -> list[GroupRow]:
    """Groups by kindergarten, birth year and name."""
    places = _place_counts(session)
    query = select(Org.org_code, Group).join(Org, Org.id == Group.org_id)
    if org_code is not None:
        query = query.where(Org.org_code == org_code)
    query = query.order_by(Org.org_code, Group.birth_year, Group.name)
    return [_row(group, code, places.get(group.id, (0, 0))) for code, group in session.execute(query)]


def _place_counts(session: Session, group_id: uuid.UUID | None = None) -> dict[uuid.UUID, tuple[int, int]]:
    """Places published in each group (or in the one given), and of them those still free."""
    free = func.sum(case((Place.status == "published", 1), else_=0))
    query = (
        select(Place.group_id, func.count(), free).where(Place.group_id.is_not(None)).group_by(Place.group_id)
    )
    if group_id is not None:
        query = query.where(Place.group_id == group_id)
    return {key: (count, int(free_count or 0)) for key, count, free_count in session.execute(query)}


def _row(group: Group, org_code: str, places: tuple[int, int]) -> GroupRow:
    return GroupRow(
        str(group.id),
        org_code,
        group.name,
        group.birth_year,
        group.language,
        group.group_type,
        group.work_mode,
        group.capacity,
        *places,
    )


def group_by_id(session: Session, group_id: str) -> Group:
    try:
        key = uuid.UUID(group_id)
    except ValueError:
        key = None
    group = session.get(Group, key, with_for_update=True) if key is not None else None
    if group is None:
        raise NotFound("group.not_found", "there is no such group")
    return group


def _checked(session: Session, actor: Actor, group: GroupInput, moment: datetime) -> tuple[Org, str]:
    require_role(actor, "supervisor")
    problems = group_problems(profile_in_force(session), group, local_date(moment))
    if problems:
        raise problems[0]
    return org_by_code(session, group.org_code), group.name.strip()


def _refuse_a_taken_name(session: Session, org: Org, name: str, keep: uuid.UUID | None = None) -> None:
    query = select(Group.id).where(Group.org_id == org.id, func.lower(Group.name) == name.lower())
    if keep is not None:
        query = query.where(Group.id != keep)
    if session.scalar(query) is not None:
        raise InvalidInput(
            "group.name_taken",
            "{org} already has a group named {name}",
            field="name",
            org=org.org_code,
            name=name,
        )


def _payload(group: GroupInput, name: str) -> dict[str, object]:
    return {**asdict(group), "name": name}


def add_group(session: Session, actor: Actor, group: GroupInput, *, now: datetime | None = None) -> GroupRow:
    moment = now or datetime.now(UTC)
    org, name = _checked(session, actor, group, moment)
    _refuse_a_taken_name(session, org, name)
    row = Group(
        org_id=org.id,
        name=name,
        birth_year=group.birth_year,
        language=group.language,
        group_type=group.group_type,
        work_mode=group.work_mode,
        capacity=group.capacity,
    )
    session.add(row)
    session.flush()
    act = journal.Act("group.add", "group", str(row.id), _payload(group, name))
    journal.append(session, actor, act, moment)
    return _row(row, org.org_code, (0, 0))


def update_group(
    session: Session, actor: Actor, group_id: str, group: GroupInput, *, now: datetime | None = None
) -> GroupRow:
    """The group as given. Its class (birth year, language, type, mode) stays while a free place of it waits
    for a referral, since a free place is of its group's class; places given or taken keep theirs."""
    moment = now or datetime.now(UTC)
    org, name = _checked(session, actor, group, moment)
    row = group_by_id(session, group_id)
    if row.org_id != org.id:
        raise RuleViolation("group.other_org", "a group stays with its kindergarten")
    _refuse_a_taken_name(session, org, name, keep=row.id)
    before = {"name": row.name, "birth_year": row.birth_year, "language": row.language}
    before |= {"group_type": row.group_type, "work_mode": row.work_mode, "capacity": row.capacity}
    places = _place_counts(session, row.id).get(row.id, (0, 0))
    if any(before[field] != getattr(group, field) for field in CLASS_FIELDS) and places[1]:
        raise RuleViolation(
            "group.class_fixed",
            "group {name} has free places: its birth year, language, type and work mode stay until "
            "they are given",
            name=row.name,
        )
    row.name, row.birth_year, row.capacity = name, group.birth_year, group.capacity
    row.language, row.group_type, row.work_mode = group.language, group.group_type, group.work_mode
    act = journal.Act("group.update", "group", group_id, {"before": before, "after": _payload(group, name)})
    journal.append(session, actor, act, moment)
    return _row(row, org.org_code, places)


def _free_places(session: Session, group: Group) -> int:
    query = (
        select(func.count()).select_from(Place).where(Place.group_id == group.id, Place.status == "published")
    )
    return session.scalar(query) or 0


def remove_group(session: Session, actor: Actor, group_id: str, *, now: datetime | None = None) -> None:
    """A group no place was ever published in; the others stay, as their places' history names them."""
    require_role(actor, "supervisor")
    row = group_by_id(session, group_id)
    places = _place_counts(session, row.id).get(row.id, (0, 0))[0]
    if places:
        raise RuleViolation(
            "group.has_places",
            "group {name} has {count} published place(s) and stays on record",
            name=row.name,
            count=places,
        )
    org = session.get(Org, row.org_id)
    assert org is not None
    session.delete(row)
    act = journal.Act("group.remove", "group", group_id, {"org_code": org.org_code, "name": row.name})
    journal.append(session, actor, act, now or datetime.now(UTC))
