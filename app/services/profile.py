"""The rules profile in force and the working calendar built from it and the stored overrides."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import HolidayOverride, RulesProfileRecord
from app.domain.rules_profile import RulesProfile, default_profile, load_profile_text
from app.domain.working_days import CalendarOverrides, WorkingCalendar
from app.services import journal
from app.services.actors import Actor, require_role


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    code: str
    effective_from: date
    title: str


def profile_in_force(session: Session) -> RulesProfile:
    """The newest profile put in force in this database, else the shipped default."""
    content = session.scalar(
        select(RulesProfileRecord.content).order_by(RulesProfileRecord.activated_at.desc()).limit(1)
    )
    return load_profile_text(content) if content is not None else default_profile()


def profile_info(session: Session) -> ProfileInfo:
    profile = profile_in_force(session)
    return ProfileInfo(profile.code, profile.effective_from, profile.title)


def put_in_force(session: Session, actor: Actor, toml_text: str) -> ProfileInfo:
    """Make a profile the one in force (validated first); a journaled act of an admin."""
    require_role(actor, "admin")
    profile = load_profile_text(toml_text)
    session.add(
        RulesProfileRecord(
            code=profile.code,
            effective_from=profile.effective_from,
            content=toml_text,
            activated_at=datetime.now(UTC),
            activated_by=actor.username,
        )
    )
    journal.append(
        session,
        actor,
        journal.Act(
            "profile.activate", "rules_profile", profile.code, {"code": profile.code, "toml": toml_text}
        ),
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
