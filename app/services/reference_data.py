"""Reference data for the forms: the localities and the kindergartens, as plain DTOs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from app.db.models import Application, Org


@dataclass(frozen=True, slots=True)
class Kindergarten:
    org_code: str
    name_kk: str
    name_ru: str
    locality: str

    def name(self, language: str) -> str:
        """The name in kk or ru (Russian for any other screen language, as the registry keeps no English)."""
        return self.name_kk if language == "kk" else self.name_ru


def localities(session: Session) -> list[str]:
    """Every locality known from the kindergartens or from applications, sorted."""
    query = union(select(Org.locality), select(Application.locality).distinct())
    return sorted(row[0] for row in session.execute(query) if row[0])


def kindergartens(session: Session, locality: str | None = None) -> list[Kindergarten]:
    """The kindergartens (of one locality when given), by code."""
    query = select(Org.org_code, Org.name_kk, Org.name_ru, Org.locality).order_by(Org.org_code)
    if locality is not None:
        query = query.where(Org.locality == locality)
    return [Kindergarten(*row) for row in session.execute(query)]
