"""Building intake forms with valid IINs for the service tests."""

from __future__ import annotations

import itertools
from datetime import date, datetime

from app.domain.iin import make_iin
from app.services.intake import ApplicationInput, PersonInput

BASE_CODES = ("application", "birth_certificate", "applicant_identity")
BASE_DOCUMENTS: dict[str, date | None] = dict.fromkeys(BASE_CODES)
_serials = itertools.count(1)


def iin_for(birth: date, sex: str = "M") -> str:
    while True:
        value = make_iin(birth, "M" if sex == "M" else "F", next(_serials) % 10000)
        if value is not None:
            return value


def form(
    birth: date = date(2023, 5, 17),
    locality: str = "Қосшы",
    category: str = "general",
    child_iin: str | None = None,
    **changes: object,
) -> ApplicationInput:
    values: dict[str, object] = {
        "child": PersonInput(child_iin or iin_for(birth), "Нұрғалиев", "Әлихан", "Қуанышұлы"),
        "child_birth_date": birth,
        "applicant": PersonInput(iin_for(date(1990, 3, 8), "F"), "Нұрғалиева", "Гүлнұр", "Серікқызы"),
        "locality": locality,
        "language": "kk",
        "group_type": "general",
        "work_mode": "full",
        "category": category,
    }
    values.update(changes)
    return ApplicationInput(**values)  # type: ignore[arg-type]


def documents(category_doc: str | None = None, issued: date | None = None) -> dict[str, date | None]:
    presented = dict(BASE_DOCUMENTS)
    if category_doc is not None:
        presented[category_doc] = issued
    return presented


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)
