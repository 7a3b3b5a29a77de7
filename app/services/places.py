"""Kindergartens and their free places: listing, publishing and recalling places (RULES §4)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db.filters import given
from app.db.models import Group, Org, Place, Referral
from app.domain.local_time import local_date
from app.domain.rules_profile import CodeKind, RulesProfile
from app.errors import InvalidInput, NotFound, RuleViolation
from app.services import journal
from app.services.actors import Actor, ensure_office, require_role

# The daily bulletins live in their own module; the daily job reaches them as places.close_bulletins.
from app.services.bulletins import bulletin as bulletin
from app.services.bulletins import close_bulletins as close_bulletins
from app.services.profile import profile_in_force
from app.services.referral_issue import live_referral_for

PLACE_STATUSES = ("published", "referred", "taken", "recalled")
CLASS_FIELDS = ("birth_year", "language", "group_type", "work_mode")
"""A place's class: what its group, when it has one, is too."""
_CODES: tuple[CodeKind, ...] = ("language", "group_type", "work_mode", "enrollment_mode")


@dataclass(frozen=True, slots=True)
class OrgRow:
    org_code: str
    name_kk: str
    name_ru: str
    locality: str
    address: str
    bin: str


@dataclass(frozen=True, slots=True)
class PlaceInput:
    """A free place as a kindergarten hands it over (definition 3)."""

    org_code: str
    birth_year: int
    language: str
    group_type: str
    work_mode: str
    enrollment_mode: str
    available_from: date
    stay_until: date | None = None
    place_code: str | None = None
    """None: the system numbers it (ORG-CODE-YEAR-NNNN)."""
    group_id: str | None = None
    """The kindergarten's group the place is in, if it keeps its groups here (its class must match)."""


@dataclass(frozen=True, slots=True)
class PlaceRow:
    place_code: str
    org_code: str
    org_name_kk: str
    org_name_ru: str
    locality: str
    birth_year: int
    language: str
    group_type: str
    work_mode: str
    enrollment_mode: str
    available_from: date
    stay_until: date | None
    released_on: date | None
    status: str
    published_at: datetime
    recalled_at: datetime | None
    recall_reason: str | None
    group_name: str | None


def list_orgs(session: Session, locality: str | None = None) -> list[OrgRow]:
    query = select(Org).order_by(Org.locality, Org.org_code)
    if locality is not None:
        query = query.where(Org.locality == locality)
    return [
        OrgRow(o.org_code, o.name_kk, o.name_ru, o.locality, o.address, o.bin) for o in session.scalars(query)
    ]


def class_problems(
    profile: RulesProfile, birth_year: int, codes: dict[CodeKind, str], today: date
) -> list[InvalidInput]:
    """What a place and a group must both be: known codes, a definite work mode, a birth year the queue
    still holds; each problem names its field."""
    problems: list[InvalidInput] = []
    for kind, value in codes.items():
        try:
            profile.validate_code(kind, value)
        except InvalidInput as error:
            problems.append(InvalidInput(error.code, error.message, field=kind, **error.params))
    if codes.get("work_mode") == "any":
        problems.append(
            InvalidInput(
                "place.work_mode_any", "a place has a definite work mode, not 'any'", field="work_mode"
            )
        )
    oldest = today.year - profile.age_limit_years
    if not oldest <= birth_year <= today.year:
        problems.append(
            InvalidInput(
                "place.birth_year",
                "{value} is not a birth year from {oldest} to {newest}",
                field="birth_year",
                value=birth_year,
                oldest=oldest,
                newest=today.year,
            )
        )
    return problems


def place_problems(profile: RulesProfile, place: PlaceInput, today: date) -> list[InvalidInput]:
    """Every rule a free place breaks, each naming its field (none for a valid place)."""
    codes = {kind: getattr(place, kind) for kind in _CODES}
    problems = class_problems(profile, place.birth_year, codes, today)
    if place.enrollment_mode == "temporary":
        if place.stay_until is None:
            problems.append(
                InvalidInput(
                    "place.stay_until_required",
                    "a temporary-stay place needs the date the stay ends",
                    field="stay_until",
                )
            )
        elif place.stay_until <= place.available_from:
            problems.append(
                InvalidInput(
                    "place.stay_until_early", "the stay must end after available_from", field="stay_until"
                )
            )
    elif place.stay_until is not None:
        problems.append(
            InvalidInput(
                "place.stay_until_forbidden",
                "only a temporary-stay place has an end date; leave it empty",
                field="stay_until",
            )
        )
    return problems


def org_by_code(session: Session, org_code: str) -> Org:
    org = session.scalars(select(Org).where(Org.org_code == org_code)).one_or_none()
    if org is None:
        raise NotFound("org.not_found", "no kindergarten with code {org}", org=org_code)
    return org


def _new_place_code(session: Session, org: Org, birth_year: int) -> str:
    prefix = f"{org.org_code}-{birth_year}-"
    taken = session.scalar(
        select(func.count()).select_from(Place).where(Place.place_code.startswith(prefix, autoescape=True))
    )
    serial = (taken or 0) + 1
    while session.scalar(select(Place.id).where(Place.place_code == f"{prefix}{serial:04d}")) is not None:
        serial += 1
    return f"{prefix}{serial:04d}"


def _group_of(session: Session, org: Org, place: PlaceInput) -> Group | None:
    """The place's group, which must be the kindergarten's and of the place's class."""
    if place.group_id is None:
        return None
    group = session.scalars(
        select(Group).where(Group.id == _uuid_or_none(place.group_id), Group.org_id == org.id)
    ).one_or_none()
    if group is None:
        raise InvalidInput("place.group_unknown", "{org} has no such group", field="group", org=org.org_code)
    for field in CLASS_FIELDS:
        if getattr(group, field) != getattr(place, field):
            raise InvalidInput(
                "place.group_mismatch",
                "a place in a group has the group's birth year, language, group type and work mode",
                field=field,
            )
    return group


def _uuid_or_none(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None


def _place_row(place: Place, org: Org, group_name: str | None) -> PlaceRow:
    return PlaceRow(
        place.place_code,
        org.org_code,
        org.name_kk,
        org.name_ru,
        org.locality,
        place.birth_year,
        place.language,
        place.group_type,
        place.work_mode,
        place.enrollment_mode,
        place.available_from,
        place.stay_until,
        place.released_on,
        place.status,
        place.published_at,
        place.recalled_at,
        place.recall_reason,
        group_name,
    )


def publish_place(
    session: Session, actor: Actor, place: PlaceInput, *, now: datetime | None = None
) -> PlaceRow:
    """A kindergarten hands a free place to the system; it enters today's bulletin of vacant places.
    Free places are a supervisor's to manage, by hand as by `kezek import places`."""
    require_role(actor, "supervisor")
    moment = now or datetime.now(UTC)
    problems = place_problems(profile_in_force(session), place, local_date(moment))
    if problems:
        raise problems[0]
    org = org_by_code(session, place.org_code)
    group = _group_of(session, org, place)
    code = (place.place_code or "").strip() or _new_place_code(session, org, place.birth_year)
    if session.scalar(select(Place.id).where(Place.place_code == code)) is not None:
        raise RuleViolation("place.code_taken", "a place with code {place} already exists", place=code)
    row = Place(
        office_id=ensure_office(session).id,
        place_code=code,
        org_id=org.id,
        group_id=group.id if group is not None else None,
        birth_year=place.birth_year,
        language=place.language,
        group_type=place.group_type,
        work_mode=place.work_mode,
        enrollment_mode=place.enrollment_mode,
        available_from=place.available_from,
        stay_until=place.stay_until,
        published_at=moment,
        status="published",
    )
    session.add(row)
    session.flush()
    payload = {
        "place_code": code,
        "org_code": org.org_code,
        "birth_year": str(place.birth_year),
        "language": place.language,
        "group_type": place.group_type,
        "work_mode": place.work_mode,
        "enrollment_mode": place.enrollment_mode,
        "available_from": place.available_from.isoformat(),
        "stay_until": place.stay_until.isoformat() if place.stay_until else "",
        "group": group.name if group is not None else "",
    }
    journal.append(session, actor, journal.Act("place.publish", "place", str(row.id), payload), moment)
    return _place_row(row, org, group.name if group is not None else None)


def live_referral_no(session: Session, place_id: uuid.UUID) -> str | None:
    """The referral that holds the place now, if any (an open one: not yet closed by an outcome)."""
    return session.scalar(select(Referral.referral_no).where(live_referral_for("place", place_id)))


def recall_place(
    session: Session, actor: Actor, place_code: str, reason: str, *, now: datetime | None = None
) -> PlaceRow:
    """The kindergarten takes a free place back (a supervisor records it); it enters today's bulletin of
    recalled places."""
    require_role(actor, "supervisor")
    if not reason.strip():
        raise InvalidInput("place.recall_reason_required", "a recall needs a reason", field="reason")
    place = session.scalars(select(Place).where(Place.place_code == place_code).with_for_update()).first()
    if place is None:
        raise NotFound("place.not_found", "no place with code {place}", place=place_code)
    held_by = live_referral_no(session, place.id)
    if held_by is not None:
        raise RuleViolation(
            "place.held",
            "place {place} is held by referral {referral}; it can be recalled once that is closed",
            place=place_code,
            referral=held_by,
        )
    if place.status != "published":
        raise RuleViolation(
            "place.not_free", "place {place} is {status}, not free", place=place_code, status=place.status
        )
    moment = now or datetime.now(UTC)
    place.status, place.recalled_at, place.recall_reason = "recalled", moment, reason.strip()
    journal.append(
        session,
        actor,
        journal.Act("place.recall", "place", str(place.id), {"place_code": place_code, "reason": reason}),
        moment,
    )
    org = session.get(Org, place.org_id)
    assert org is not None
    group = session.get(Group, place.group_id) if place.group_id is not None else None
    return _place_row(place, org, group.name if group is not None else None)


def _place_filters(status: str | None, org_code: str | None) -> list[ColumnElement[bool]]:
    return given((status, Place.status == status), (org_code, Org.org_code == org_code))


def list_places(
    session: Session,
    status: str | None = None,
    org_code: str | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[PlaceRow]:
    """Places in the order distribution takes them: by publication, then by code (`limit` of them from
    `offset` on, or all)."""
    query = (
        select(Place, Org, Group.name)
        .join(Org, Org.id == Place.org_id)
        .outerjoin(Group, Group.id == Place.group_id)
        .order_by(Place.published_at, Place.place_code)
        .limit(limit)
        .offset(offset)
    )
    rows = session.execute(query.where(*_place_filters(status, org_code)))
    return [_place_row(place, org, group) for place, org, group in rows]


def count_places(session: Session, status: str | None = None, org_code: str | None = None) -> int:
    """How many places `list_places` would list with the same filters."""
    query = select(func.count()).select_from(Place).join(Org, Org.id == Place.org_id)
    return session.scalar(query.where(*_place_filters(status, org_code))) or 0
