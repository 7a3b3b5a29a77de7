"""Two supervisors distributing at the same moment on PostgreSQL never give one place twice."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Referral
from app.services import distribution, journal
from tests.conftest import PgTemplate
from tests.db.distribution_helpers import SUPERVISOR, add_org, publish, register

pytestmark = pytest.mark.pg


@pytest.fixture
def pg_url(pg_template: PgTemplate) -> Iterator[str]:
    url = pg_template.fresh()
    yield url.render_as_string(hide_password=False)
    assert url.database is not None
    pg_template.drop(url.database)


def test_two_simultaneous_runs_issue_each_place_once(pg_url: str) -> None:
    setup = Database(pg_url)
    with setup.transaction() as session:
        add_org(session)
        for hour in range(10, 18):
            register(session, f"2026-11-02T{hour}:00:00+05:00", preferred_orgs=("BB-1",))
        for index in range(5):
            publish(session, f"P-{index}")
    start = threading.Barrier(2)
    results: list[distribution.PlanResult] = []
    errors: list[BaseException] = []

    def supervise() -> None:
        db = Database(pg_url)
        try:
            with db.transaction() as session:
                start.wait(timeout=30)
                results.append(distribution.run(session, SUPERVISOR, date(2026, 12, 14), dry_run=False))
        except BaseException as error:  # the assertion below reports it
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=supervise) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(result.awarded for result in results) == [0, 5]
    with setup.reading() as session:
        live = session.scalars(select(Referral.place_id).where(Referral.status == "issued")).all()
        numbers = session.scalars(select(Referral.referral_no)).all()
        assert journal.verify(session).ok
    setup.dispose()
    assert len(live) == 5
    assert max(Counter(live).values()) == 1
    assert len(set(numbers)) == len(numbers) == 5
