"""Queue pages read at merged positions agree with the full export, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select, update

from app.cli.queue_commands import write_export
from app.db.database import Database
from app.db.models import Application
from app.domain.rules_profile import default_profile
from app.services import intake, queue, queue_view
from app.services.actors import Actor
from app.services.intake import PersonInput
from app.services.queue import export_rows, matching_applications, set_queue_cycle
from tests.db.intake_helpers import at, documents, form, iin_for
from tests.db.query_plans import plan_of_statement

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")
CATEGORIES = ("general",) * 6 + ("large_family", "teacher", "military", "orphan")


def _fill(db: Database, n: int = 36, cycle: int = 2) -> None:
    rng = random.Random(7)
    profile = default_profile()
    start = at("2026-02-02T09:00:00+05:00")
    with db.transaction() as session:
        for i in range(n):
            category = rng.choice(CATEGORIES)
            own = profile.category(category).documents
            moment = start + timedelta(minutes=rng.randrange(0, 5000))
            papers = documents(own[0] if own else None, moment.date() if own else None)
            result = intake.submit(
                session, CLERK, form(date(2024, 1, 1 + i % 28), category=category), papers, now=moment
            )
            assert isinstance(result, intake.Registered)
        set_queue_cycle(session, "Қосшы", 2024, cycle)
    with db.transaction() as session:
        first_general = session.scalars(
            select(Application.application_no)
            .where(Application.category == "general")
            .order_by(Application.registered_at)
            .limit(3)
        ).all()
        session.execute(
            update(Application)
            .where(Application.application_no.in_(first_general))
            .values(status="stop_listed")
        )


def test_every_page_matches_the_export(db: Database) -> None:
    _fill(db)
    with db.reading() as session:
        expected = list(export_rows(session, "Қосшы", 2024))
        size = queue_view.queue_size(session, "Қосшы", 2024)
        assert size.total == len(expected) == 36
        for start in range(0, 36, 5):
            for count in (1, 7):
                page = queue_view.queue_page(session, "Қосшы", 2024, start, count, size)
                want = expected[start : start + count]
                assert [(r.priority_number, r.application_no, r.status) for r in page] == [
                    (w.priority_number, w.application_no, w.status) for w in want
                ]
        paged: list[queue_view.QueueTableRow] = []
        while len(paged) < size.total:
            after = queue_view.last_keys(paged)
            paged += queue_view.queue_page(session, "Қосшы", 2024, len(paged), 4, size, after=after)
        whole = queue_view.queue_page(session, "Қосшы", 2024, 0, 100)
    assert [(r.priority_number, r.application_no) for r in paged] == [
        (w.priority_number, w.application_no) for w in expected
    ]
    assert [r.child_iin for r in whole] == [w.child_iin for w in expected]
    assert whole[0].child_name == "Нұрғалиев Әлихан Қуанышұлы"


@pytest.mark.parametrize(
    ("status", "category"),
    [("stop_listed", None), (None, "teacher"), ("queued", "general"), (None, "military")],
)
def test_filtered_pages_keep_the_priority_numbers(
    db: Database, status: str | None, category: str | None
) -> None:
    _fill(db)
    with db.reading() as session:
        expected = [
            row
            for row in export_rows(session, "Қосшы", 2024)
            if (status is None or row.status == status) and (category is None or row.category == category)
        ]
        got: list[queue_view.QueueTableRow] = []
        after = 0
        while True:
            page = queue_view.filtered_page(
                session, "Қосшы", 2024, after, 2, status=status, category=category
            )
            if not page:
                break
            got += page
            after = page[-1].priority_number or 0
    assert [(r.priority_number, r.application_no) for r in got] == [
        (w.priority_number, w.application_no) for w in expected
    ]
    assert expected


def test_search_shows_the_priority_number(db: Database) -> None:
    _fill(db, n=8)
    with db.reading() as session:
        rows = list(export_rows(session, "Қосшы", 2024))
        target = rows[5]
        found = queue_view.search(session, target.child_iin)
        by_number = queue_view.search(session, target.application_no)
    assert [(r.application_no, r.priority_number) for r in found] == [(target.application_no, 6)]
    assert by_number == found


def test_name_search_folds_case_in_every_alphabet_and_matches_every_word(db: Database) -> None:
    names = {
        "Петров": ("Петров", "Максим", ""),
        "Төлеубаева": ("Төлеубаева", "Сәуле", "Ерланқызы"),
        "Smith": ("Smith", "John", ""),
    }
    numbers = {}
    with db.transaction() as session:
        for key, (last, first, middle) in names.items():
            child = PersonInput(iin_for(date(2023, 5, 17)), last, first, middle)
            result = intake.submit(session, CLERK, form(child=child), documents())
            assert isinstance(result, intake.Registered)
            numbers[key] = result.application_no

    def found(text: str) -> list[str]:
        with db.reading() as session:
            return [row.application_no for row in queue_view.search(session, text)]

    assert found("петров") == found("ПЕТРОВ") == found("Петр") == [numbers["Петров"]]
    assert found("сәуле төлеубаева") == found("ӨЛЕУБ ерланқызы") == [numbers["Төлеубаева"]]
    assert found("JOHN") == [numbers["Smith"]]
    assert found("максим төлеубаева") == []
    assert found("%") == found("_") == []


def test_the_export_reports_its_progress_up_to_every_waiting_application(db: Database) -> None:
    _fill(db, n=12)
    reports: list[tuple[str, int, int | None]] = []
    out = io.StringIO()
    with db.reading() as session:
        written = write_export(session, out, None, None, lambda *report: reports.append(report))
    assert written == 12
    assert reports == [("writing the queue", 12, 12)]
    assert len(out.getvalue().splitlines()) == 13


def test_a_number_or_an_iin_is_looked_up_without_reading_every_name(sqlite_db: Database) -> None:
    _fill(sqlite_db, n=3)
    with sqlite_db.reading() as session:
        target = next(iter(export_rows(session, "Қосшы", 2024)))

        def plan(text: str) -> str:
            return plan_of_statement(session, select(Application.id).where(matching_applications(text)))

        for text in (target.child_iin, target.application_no, "000123456789"):
            assert "SCAN children" not in plan(text), text
        for text in ("петров", "петров 2"):
            assert "SCAN children" in plan(text), text
        # Looked up by the index, the number and the IIN still find their application.
        for text in (target.child_iin, target.application_no):
            assert [row.application_no for row in queue_view.search(session, text)] == [target.application_no]
        assert queue.find_applications(session, target.child_iin) != []
