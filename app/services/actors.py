"""Who acts: the signed-in user or the system, and the office this database belongs to."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Office, Setting
from app.errors import UserError

ROLES = ("clerk", "supervisor", "admin")


@dataclass(frozen=True, slots=True)
class Actor:
    username: str
    full_name: str
    role: str

    def may(self, role: str) -> bool:
        """True when this actor's role is at least `role` (clerk < supervisor < admin)."""
        return ROLES.index(self.role) >= ROLES.index(role)


SYSTEM = Actor(username="system", full_name="Kezek", role="admin")


def require_role(actor: Actor, role: str) -> None:
    if not actor.may(role):
        raise UserError(
            "auth.forbidden",
            "{user} ({have}) may not do this; it needs the {need} role",
            user=actor.username,
            have=actor.role,
            need=role,
        )


@dataclass(frozen=True, slots=True)
class OfficeInfo:
    id: uuid.UUID
    code: str
    name_kk: str
    name_ru: str
    provider_kk: str
    provider_ru: str
    is_centre: bool


def get_setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def ensure_office(
    session: Session,
    code: str = "KZ-00",
    name_kk: str = "Әкімдік кеңсесі",
    name_ru: str = "Канцелярия акимата",
    provider_kk: str = "Жергілікті атқарушы орган",
    provider_ru: str = "Местный исполнительный орган",
) -> OfficeInfo:
    """This database's office, created on first use."""
    office_id = get_setting(session, "office_id")
    if office_id is not None:
        office = session.get(Office, uuid.UUID(office_id))
        assert office is not None
    else:
        office = Office(
            code=code,
            name_kk=name_kk,
            name_ru=name_ru,
            provider_kk=provider_kk,
            provider_ru=provider_ru,
            is_centre=False,
        )
        session.add(office)
        session.flush()
        set_setting(session, "office_id", str(office.id))
    return OfficeInfo(
        id=office.id,
        code=office.code,
        name_kk=office.name_kk,
        name_ru=office.name_ru,
        provider_kk=office.provider_kk,
        provider_ru=office.provider_ru,
        is_centre=office.is_centre,
    )
