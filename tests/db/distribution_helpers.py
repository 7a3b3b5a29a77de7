"""Kindergartens, published places and registered applications for the distribution and referral tests."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Application, Base, JournalEntry, Org
from app.domain.rules_profile import DEFAULT_PROFILE, shipped_profile_text
from app.services import intake, places, profile
from app.services.actors import SYSTEM, Actor, ensure_office
from tests.db.intake_helpers import at, documents, form

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")
SUPERVISOR = Actor("chief", "Айгүл Серікова", "supervisor")
LOCALITY = "Қосшы"
PUBLISHED = at("2026-12-01T09:00:00+05:00")
CATEGORY_DOCUMENTS = {
    "general": None,
    "large_family": "large_family_certificate",
    "teacher": "teacher_workplace_certificate",
    "military": "military_service_certificate",
}


def add_org(session: Session, org_code: str = "BB-1", locality: str = LOCALITY) -> None:
    session.add(
        Org(
            office_id=ensure_office(session).id,
            org_code=org_code,
            name_kk=f"{org_code} балабақшасы",
            name_ru=f"Детский сад {org_code}",
            locality=locality,
            address="Астана к-сі, 1",
            bin="123456789012",
        )
    )
    session.flush()


def publish(
    session: Session,
    place_code: str,
    *,
    org_code: str = "BB-1",
    birth_year: int = 2023,
    language: str = "kk",
    group_type: str = "general",
    work_mode: str = "full",
    mode: str = "general",
    available_from: date = date(2026, 12, 1),
    stay_until: date | None = None,
    now: datetime = PUBLISHED,
) -> str:
    row = places.publish_place(
        session,
        SUPERVISOR,
        places.PlaceInput(
            org_code=org_code,
            birth_year=birth_year,
            language=language,
            group_type=group_type,
            work_mode=work_mode,
            enrollment_mode=mode,
            available_from=available_from,
            stay_until=stay_until,
            place_code=place_code,
        ),
        now=now,
    )
    return row.place_code


def register(session: Session, when: str, category: str = "general", **changes: Any) -> str:
    """Register an application at `when` (ISO, local offset); its number."""
    moment = at(when)
    presented = documents(CATEGORY_DOCUMENTS[category], moment.date())
    result = intake.submit(session, CLERK, form(category=category, **changes), presented, now=moment)
    assert isinstance(result, intake.Registered), result
    return result.application_no


def status_of(db: Database, application_no: str) -> str:
    with db.reading() as session:
        application = session.scalars(
            select(Application).where(Application.application_no == application_no)
        ).one()
        return application.status


def dump(db: Database) -> dict[str, list[tuple[str, ...]]]:
    """Every row of every table as sorted text tuples: equal dumps mean equal content."""
    with db.reading() as session:
        return {
            table.name: sorted(tuple(repr(value) for value in row) for row in session.execute(select(table)))
            for table in Base.metadata.sorted_tables
        }


def cycle_world(db: Database) -> dict[str, str]:
    """One queue (2023 at BB-1): E1, F1–F3 (F2 in Russian), G1–G5, and places P-1, P-2 published."""
    with db.transaction() as session:
        add_org(session)
        apps = {
            "E1": register(session, "2026-11-05T09:00:00+05:00", "military"),
            "F1": register(session, "2026-11-01T09:00:00+05:00", "large_family"),
            "F2": register(session, "2026-11-01T10:00:00+05:00", "large_family", language="ru"),
            "F3": register(session, "2026-11-09T10:00:00+05:00", "large_family"),
        }
        for index in range(1, 6):
            apps[f"G{index}"] = register(session, f"2026-11-02T0{index}:00:00+05:00")
        publish(session, "P-1")
        publish(session, "P-2")
    return apps


def lift_the_august_freeze(session: Session) -> None:
    """The shipped profile without its August freeze put in force: for acts dated now (a referral made by
    hand), which must not depend on the month the tests run in."""
    text = shipped_profile_text(DEFAULT_PROFILE)
    assert "frozen_months = [8]" in text
    profile.put_in_force(session, SYSTEM, text.replace("frozen_months = [8]", "frozen_months = []"))


def journaled(db: Database, entity: str) -> list[tuple[str, dict[str, Any]]]:
    """The journal's acts on one kind of entity, in order: (action, payload)."""
    with db.reading() as session:
        rows = session.execute(
            select(JournalEntry.action, JournalEntry.payload)
            .where(JournalEntry.entity == entity)
            .order_by(JournalEntry.seq)
        )
        return [(action, json.loads(payload)) for action, payload in rows]
