"""Kindergartens, places and referrals written straight through the ORM for the service tests."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy.orm import Session

from app.db.models import Org, Place, Referral
from app.services.actors import ensure_office


def add_org(session: Session, code: str, name_kk: str, name_ru: str, locality: str = "Қосшы") -> uuid.UUID:
    org = Org(
        office_id=ensure_office(session).id,
        org_code=code,
        name_kk=name_kk,
        name_ru=name_ru,
        locality=locality,
        address="Абай даңғылы, 1",
        bin="123456789012",
    )
    session.add(org)
    session.flush()
    return org.id


def add_place(session: Session, org_id: uuid.UUID, code: str, status: str = "referred") -> uuid.UUID:
    place = Place(
        office_id=ensure_office(session).id,
        place_code=code,
        org_id=org_id,
        birth_year=2023,
        language="kk",
        group_type="general",
        work_mode="full",
        enrollment_mode="general",
        available_from=date(2027, 1, 4),
        published_at=datetime.now(UTC),
        status=status,
    )
    session.add(place)
    session.flush()
    return place.id


def add_referral(
    session: Session,
    place_id: uuid.UUID,
    application_id: uuid.UUID,
    number: str,
    valid_until: date | None = None,
    status: str = "issued",
) -> str:
    session.add(
        Referral(
            office_id=ensure_office(session).id,
            referral_no=number,
            place_id=place_id,
            application_id=application_id,
            issued_at=datetime.now(UTC),
            valid_until=valid_until,
            status=status,
        )
    )
    session.flush()
    return number
