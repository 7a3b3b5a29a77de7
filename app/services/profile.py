"""The rules profile in force and the working calendar built from it and the stored overrides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import HolidayOverride, QueueCycle, RulesProfileRecord
from app.domain.rules_profile import (
    DEFAULT_PROFILE,
    RulesProfile,
    default_profile,
    load_profile_text,
    shipped_profile_text,
)
from app.domain.working_days import CalendarOverrides, WorkingCalendar
from app.services import journal
from app.services.actors import Actor, require_role


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    code: str
    effective_from: date
    title: str


def _stored_text(session: Session) -> str | None:
    return session.scalar(
        select(RulesProfileRecord.content).order_by(RulesProfileRecord.activated_at.desc()).limit(1)
    )


def profile_in_force(session: Session) -> RulesProfile:
    """The newest profile put in force in this database, else the shipped default."""
    content = _stored_text(session)
    return load_profile_text(content) if content is not None else default_profile()


def profile_text_in_force(session: Session) -> str:
    """The TOML of the profile in force, as it was put in force (or as shipped)."""
    content = _stored_text(session)
    return content if content is not None else shipped_profile_text(DEFAULT_PROFILE)


def profile_info(session: Session) -> ProfileInfo:
    profile = profile_in_force(session)
    return ProfileInfo(profile.code, profile.effective_from, profile.title)


def put_in_force(
    session: Session, actor: Actor, toml_text: str, *, now: datetime | None = None
) -> ProfileInfo:
    """Make a profile the one in force (validated first); a journaled act of an admin.

    A queue whose stored cycle counter lies beyond the new ratio has already served more G than the new
    ratio allows in a round, so an F is due: its counter goes back to 0 (the journal entry names them).
    """
    require_role(actor, "admin")
    profile = load_profile_text(toml_text)
    moment = now or datetime.now(UTC)
    ratio = profile.first_priority_ratio
    beyond = session.scalars(
        select(QueueCycle)
        .where(QueueCycle.cycle > ratio)
        .order_by(QueueCycle.locality, QueueCycle.birth_year)
    ).all()
    for row in beyond:
        row.cycle = 0
    session.add(
        RulesProfileRecord(
            code=profile.code,
            effective_from=profile.effective_from,
            content=toml_text,
            activated_at=moment,
            activated_by=actor.username,
        )
    )
    payload = {
        "code": profile.code,
        "toml": toml_text,
        "cycles_reset": [f"{row.locality} {row.birth_year}" for row in beyond],
    }
    journal.append(
        session, actor, journal.Act("profile.activate", "rules_profile", profile.code, payload), moment
    )
    return ProfileInfo(profile.code, profile.effective_from, profile.title)


def working_calendar(session: Session, profile: RulesProfile | None = None) -> WorkingCalendar:
    """Kazakh holidays, plus the profile's transfers, plus the transfers entered in this database."""
    base = (profile or profile_in_force(session)).calendar_overrides()
    days_off = set(base.days_off)
    working = set(base.working_days)
    for row in session.scalars(select(HolidayOverride)):
        (days_off if row.kind == "day_off" else working).add(row.day)
        (working if row.kind == "day_off" else days_off).discard(row.day)
    return WorkingCalendar(CalendarOverrides(frozenset(days_off), frozenset(working)))
