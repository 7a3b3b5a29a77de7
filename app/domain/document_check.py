"""Completeness of the document package (RULES §2.2): what is missing or expired at registration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from app.domain.rules_profile import RulesProfile
from app.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class DocumentProblem:
    """A required document not presented (expired_on None) or presented but expired on a date."""

    code: str
    expired_on: date | None = None


def check_package(
    profile: RulesProfile, category: str, presented: Mapping[str, date | None], on: date
) -> tuple[DocumentProblem, ...]:
    """The problems of a package, in the order of the service standard; empty when complete.

    `presented` maps each presented document's code to its issue date (None where validity does
    not matter). A document whose validity is limited needs its issue date.
    """
    problems: list[DocumentProblem] = []
    for kind in profile.required_documents(category):
        if kind.code not in presented:
            problems.append(DocumentProblem(kind.code))
            continue
        issued = presented[kind.code]
        if kind.validity_months is None:
            continue
        if issued is None:
            raise InvalidInput(
                "document.issue_date_required",
                "the issue date of '{document}' is needed to check its validity",
                document=kind.name_en,
            )
        if issued > on:
            raise InvalidInput(
                "document.future", "the issue date of '{document}' is in the future", document=kind.name_en
            )
        valid_until = kind.valid_until(issued)
        if valid_until is not None and valid_until < on:
            problems.append(DocumentProblem(kind.code, valid_until))
    return tuple(problems)
