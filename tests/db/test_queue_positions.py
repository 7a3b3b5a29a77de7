"""Priority numbers on a real database: RULES §3 by hand, and the fast count agrees with the export."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.db.database import Database
from app.services import intake, queue
from app.services.actors import Actor
from tests.db.intake_helpers import documents, form

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")
START = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
CATEGORY_DOCS = {
    "military": "military_service_certificate",
    "large_family": "large_family_certificate",
    "general": None,
}


def _register(db: Database, plan: list[str]) -> list[str]:
    """Register one application per category in `plan`, a minute apart; returns their numbers."""
    numbers = []
    for minute, category in enumerate(plan):
        moment = START + timedelta(minutes=minute)
        doc = CATEGORY_DOCS[category]
        with db.transaction() as session:
            result = intake.submit(
                session,
                CLERK,
                form(category=category),
                documents(doc, date(2026, 11, 25) if doc else None),
                now=moment,
            )
        assert isinstance(result, intake.Registered)
        numbers.append(result.application_no)
    return numbers


def _export_order(db: Database) -> list[str]:
    with db.reading() as session:
        return [row.application_no for row in queue.export_rows(session)]


@pytest.mark.parametrize(
    ("cycle", "expected"),
    [
        # Lists: E = [e1]; F = [f1, f2]; G = [g1..g5] (registration order).
        (0, ["e1", "f1", "g1", "g2", "g3", "f2", "g4", "g5"]),
        (1, ["e1", "g1", "g2", "g3", "f1", "g4", "g5", "f2"]),
        (2, ["e1", "g1", "g2", "f1", "g3", "g4", "g5", "f2"]),
        (3, ["e1", "g1", "f1", "g2", "g3", "g4", "f2", "g5"]),
    ],
)
def test_merged_order_follows_the_cycle(db: Database, cycle: int, expected: list[str]) -> None:
    plan = ["general", "large_family", "general", "military", "general", "large_family", "general", "general"]
    numbers = _register(db, plan)
    names = dict(zip(numbers, ["g1", "f1", "g2", "e1", "g3", "f2", "g4", "g5"], strict=True))
    with db.transaction() as session:
        queue.set_queue_cycle(session, "Қосшы", 2023, cycle)
    order = [names[number] for number in _export_order(db)]
    assert order == expected
    with db.reading() as session:
        looked_up = [queue.position_by_number(session, number).priority_number for number in numbers]
    by_name = {names[number]: position for number, position in zip(numbers, looked_up, strict=True)}
    assert [by_name[name] for name in expected] == list(range(1, 9))


def test_same_second_is_ordered_by_application_number(db: Database) -> None:
    numbers = []
    for _ in range(3):
        with db.transaction() as session:
            result = intake.submit(session, CLERK, form(), documents(), now=START)
        assert isinstance(result, intake.Registered)
        numbers.append(result.application_no)
    assert _export_order(db) == sorted(numbers)


@pytest.mark.parametrize("cycle", [0, 1, 2, 3])
def test_every_lookup_agrees_with_the_export_when_lists_run_out(db: Database, cycle: int) -> None:
    # Few E and F among many G, so that F runs out early and G goes on alone; then the reverse.
    plan = ["general"] * 9 + ["large_family", "military"] + ["general"] * 4 + ["large_family"] * 6
    numbers = _register(db, plan)
    with db.transaction() as session:
        queue.set_queue_cycle(session, "Қосшы", 2023, cycle)
    exported = _export_order(db)
    with db.reading() as session:
        looked_up = {number: queue.position_by_number(session, number).priority_number for number in numbers}
    assert [looked_up[number] for number in exported] == list(range(1, len(plan) + 1))
