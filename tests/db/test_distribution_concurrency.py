"""Two supervisors distributing at the same moment on PostgreSQL never give one place twice; two
workstations running the daily job at once both finish."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from typing import TypeVar

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Referral
from app.domain.local_time import today
from app.errors import RuleViolation
from app.services import daily, distribution, journal
from app.services.actors import SYSTEM, ensure_office
from tests.conftest import PgTemplate
from tests.db.distribution_helpers import SUPERVISOR, add_org, publish, register

pytestmark = pytest.mark.pg
T = TypeVar("T")
MONDAY = date(2026, 12, 14)


@pytest.fixture
def pg_url(pg_template: PgTemplate) -> Iterator[str]:
    url = pg_template.fresh()
    yield url.render_as_string(hide_password=False)
    assert url.database is not None
    pg_template.drop(url.database)


def _world(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        for hour in range(10, 18):
            register(session, f"2026-11-02T{hour}:00:00+05:00", preferred_orgs=("BB-1",))
        for index in range(5):
            publish(session, f"P-{index}")


def _simultaneously(pg_url: str, act: Callable[[Session], T]) -> tuple[list[T], list[BaseException]]:
    """`act` by two supervisors at once, each in its own connection and transaction."""
    start = threading.Barrier(2)
    results: list[T] = []
    errors: list[BaseException] = []

    def supervise() -> None:
        db = Database(pg_url)
        try:
            with db.transaction() as session:
                start.wait(timeout=30)
                results.append(act(session))
        except BaseException as error:  # the callers' assertions report it
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=supervise) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results, errors


def _each_place_given_once(db: Database) -> None:
    with db.reading() as session:
        live = session.scalars(select(Referral.place_id).where(Referral.status == "issued")).all()
        numbers = session.scalars(select(Referral.referral_no)).all()
        assert journal.verify(session).ok
    assert len(live) == 5
    assert max(Counter(live).values()) == 1
    assert len(set(numbers)) == len(numbers) == 5


def test_two_simultaneous_runs_issue_each_place_once(pg_url: str) -> None:
    setup = Database(pg_url)
    _world(setup)
    results, errors = _simultaneously(
        pg_url, lambda session: distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    )
    assert errors == []
    assert sorted(result.awarded for result in results) == [0, 5]
    _each_place_given_once(setup)
    setup.dispose()


def test_one_reviewed_plan_issued_by_two_supervisors_at_once_is_issued_once(pg_url: str) -> None:
    setup = Database(pg_url)
    _world(setup)
    with setup.reading() as session:
        reviewed = distribution.plan(session, MONDAY)
    results, errors = _simultaneously(
        pg_url, lambda session: distribution.issue(session, SUPERVISOR, reviewed)
    )
    assert [result.awarded for result in results] == [5]
    assert [(type(error), getattr(error, "code", "")) for error in errors] == [
        (RuleViolation, "distribution.plan_changed")
    ]
    _each_place_given_once(setup)
    setup.dispose()


def test_two_workstations_running_the_daily_job_at_once_both_finish(pg_url: str) -> None:
    setup = Database(pg_url)
    with setup.transaction() as session:
        ensure_office(session)
    results, errors = _simultaneously(pg_url, lambda session: daily.run_daily(session, SYSTEM, today()))
    assert errors == []
    # Yesterday's two bulletins are closed once, by whichever came first.
    assert sorted(summary.bulletins_closed for summary in results) == [0, 2]
    with setup.reading() as session:
        assert journal.verify(session).ok
    setup.dispose()
