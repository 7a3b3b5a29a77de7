"""Kindergartens kept by hand: one added, one's names, locality, address and BIN corrected, or one added by
mistake removed, by a supervisor, each journaled. Most arrive from the registry through `kezek import orgs`;
the same rules hold."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Application, Group, Org, Place
from app.errors import InvalidInput, RuleViolation
from app.services import journal
from app.services.actors import Actor, ensure_office, require_role
from app.services.places import OrgRow, org_by_code

BIN = re.compile(r"\d{12}")
"""A business identification number: 12 digits."""
REQUIRED = ("org_code", "name_kk", "name_ru", "locality", "address")


@dataclass(frozen=True, slots=True)
class OrgInput:
    org_code: str
    name_kk: str
    name_ru: str
    locality: str
    address: str
    bin: str = ""
    """May be left empty until it is known."""

    def stripped(self) -> OrgInput:
        return OrgInput(*(value.strip() for value in asdict(self).values()))


def _length(field: str) -> int:
    """The length of the text column the field is stored in (every field of a kindergarten is one)."""
    length = getattr(Org.__table__.c[field].type, "length", None)
    assert isinstance(length, int)
    return length


def org_problems(org: OrgInput) -> list[InvalidInput]:
    """Every rule the kindergarten's values break, each naming its field."""
    problems: list[InvalidInput] = []
    values = asdict(org.stripped())
    for field, value in values.items():
        if field in REQUIRED and not value:
            problems.append(InvalidInput("field.required", "{field} is required", field=field))
        elif len(value) > _length(field):
            problems.append(
                InvalidInput(
                    "field.too_long", "{field} has at most {max} characters", field=field, max=_length(field)
                )
            )
    if values["bin"] and not BIN.fullmatch(values["bin"]):
        problems.append(InvalidInput("org.bin", "a BIN is 12 digits", field="bin"))
    return problems


def _checked(actor: Actor, org: OrgInput) -> OrgInput:
    require_role(actor, "supervisor")
    problems = org_problems(org)
    if problems:
        raise problems[0]
    return org.stripped()


def _row(org: Org) -> OrgRow:
    return OrgRow(org.org_code, org.name_kk, org.name_ru, org.locality, org.address, org.bin)


def add_org(session: Session, actor: Actor, org: OrgInput, *, now: datetime | None = None) -> OrgRow:
    values = _checked(actor, org)
    if session.scalar(select(Org.id).where(Org.org_code == values.org_code)) is not None:
        raise InvalidInput(
            "org.code_taken", "a kindergarten with code {org} exists", field="org_code", org=values.org_code
        )
    row = Org(office_id=ensure_office(session).id, **asdict(values))
    session.add(row)
    session.flush()
    act = journal.Act("org.add", "org", str(row.id), asdict(values))
    journal.append(session, actor, act, now or datetime.now(UTC))
    return _row(row)


def update_org(
    session: Session, actor: Actor, org_code: str, org: OrgInput, *, now: datetime | None = None
) -> OrgRow:
    """The kindergarten `org_code` with the values given; its code stays (places and applications name it)."""
    values = _checked(actor, org)
    if values.org_code != org_code:
        raise RuleViolation("org.code_fixed", "a kindergarten keeps its code {org}", org=org_code)
    row = org_by_code(session, org_code)
    if values.locality != row.locality and session.scalar(
        select(Place.id).where(Place.org_id == row.id).limit(1)
    ):
        raise RuleViolation(
            "org.locality_fixed",
            "{org} has free places, and their queue is its locality's: the locality stays",
            org=org_code,
        )
    before = asdict(_row(row))
    row.name_kk, row.name_ru, row.locality = values.name_kk, values.name_ru, values.locality
    row.address, row.bin = values.address, values.bin
    act = journal.Act("org.update", "org", str(row.id), {"before": before, "after": asdict(values)})
    journal.append(session, actor, act, now or datetime.now(UTC))
    return _row(row)


def _chosen_by(session: Session, org_code: str) -> int:
    """Applications, in any status, that list the kindergarten among their chosen ones."""
    lists = session.scalars(
        select(Application.preferred_orgs).where(
            Application.preferred_orgs.contains(org_code, autoescape=True)
        )
    )
    return sum(1 for chosen in lists if org_code in chosen.split(";"))


def remove_org(session: Session, actor: Actor, org_code: str, *, now: datetime | None = None) -> None:
    """A kindergarten added by mistake, while nothing names it: no group, no place ever published there, no
    application that chose it. The others stay on record, as their history names them."""
    require_role(actor, "supervisor")
    row = org_by_code(session, org_code)
    groups = session.scalar(select(func.count()).select_from(Group).where(Group.org_id == row.id)) or 0
    if groups:
        raise RuleViolation(
            "org.has_groups", "{org} has {count} group(s): remove them first", org=org_code, count=groups
        )
    if session.scalar(select(Place.id).where(Place.org_id == row.id).limit(1)) is not None:
        raise RuleViolation(
            "org.has_places", "places were published at {org}: it stays on record", org=org_code
        )
    chosen = _chosen_by(session, org_code)
    if chosen:
        raise RuleViolation(
            "org.chosen", "{count} application(s) chose {org}: it stays on record", org=org_code, count=chosen
        )
    act = journal.Act("org.remove", "org", str(row.id), asdict(_row(row)))
    session.delete(row)
    journal.append(session, actor, act, now or datetime.now(UTC))
