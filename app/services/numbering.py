"""Human numbers carrying the office code, so numbers made offline never collide (DESIGN §2)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import NumberCounter
from app.services.actors import ensure_office

PREFIXES = {"application": "", "referral": "REF-", "receipt": "RCP-"}


def next_numbers(session: Session, kind: str, year: int, count: int = 1) -> list[str]:
    """Reserve `count` consecutive numbers, e.g. ALM-03-2026-000123 or ALM-03-REF-2026-000045."""
    office = ensure_office(session)
    counter = session.scalars(
        select(NumberCounter)
        .where(NumberCounter.office_id == office.id, NumberCounter.kind == kind, NumberCounter.year == year)
        .with_for_update()
    ).one_or_none()
    if counter is None:
        counter = NumberCounter(office_id=office.id, kind=kind, year=year, last=0)
        session.add(counter)
    first = counter.last + 1
    counter.last += count
    session.flush()
    return [f"{office.code}-{PREFIXES[kind]}{year}-{n:06d}" for n in range(first, first + count)]


def next_number(session: Session, kind: str, year: int) -> str:
    return next_numbers(session, kind, year)[0]
