"""Issuing a reviewed dry run: as it was shown when nothing happened since, made again when something did,
refused when a place would now go otherwise."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select, update

from app.db.database import Database
from app.db.models import Application, Place, Referral
from app.errors import RuleViolation
from app.progress import Progress
from app.services import distribution, journal, queue, referral_issue
from app.services.distribution import PlanResult
from tests.db.distribution_helpers import LOCALITY, SUPERVISOR, cycle_world, dump, register, status_of

MONDAY = date(2026, 12, 14)


def _reviewed(db: Database) -> PlanResult:
    with db.reading() as session:
        return distribution.plan(session, MONDAY)


def _issue(db: Database, reviewed: PlanResult, progress: Progress | None = None) -> PlanResult:
    with db.transaction() as session:
        if progress is None:
            return distribution.issue(session, SUPERVISOR, reviewed)
        return distribution.issue(session, SUPERVISOR, reviewed, progress=progress)


def _refused_as_changed(db: Database, reviewed: PlanResult) -> dict[str, str]:
    """Issuing `reviewed` is refused as distribution.plan_changed and writes nothing; the message's values."""
    before = dump(db)
    with pytest.raises(RuleViolation) as caught:
        _issue(db, reviewed)
    assert caught.value.code == "distribution.plan_changed"
    assert dump(db) == before
    return dict(caught.value.params)


def _given(result: PlanResult) -> list[tuple[str, str | None]]:
    return [(row.place_code, row.application_no) for row in result.rows]


def _stored_referrals(db: Database) -> set[tuple[str, str]]:
    with db.reading() as session:
        rows = session.execute(
            select(Referral.referral_no, Application.application_no).join(
                Application, Application.id == Referral.application_id
            )
        )
        return {(number, application_no) for number, application_no in rows}


def test_a_plan_nothing_happened_since_is_issued_as_shown_without_being_made_again(db: Database) -> None:
    apps = cycle_world(db)
    reviewed = _reviewed(db)
    steps: list[str] = []
    issued = _issue(db, reviewed, lambda step, _done, _total: steps.append(step))
    assert _given(issued) == _given(reviewed) == [("P-1", apps["E1"]), ("P-2", apps["F1"])]
    assert not issued.dry_run
    assert [row.priority_number for row in issued.rows] == [row.priority_number for row in reviewed.rows]
    # The queues were not read again: only the issue's own steps were reported.
    assert set(steps) == {referral_issue.CLAIMING, referral_issue.WRITING}
    assert _stored_referrals(db) == {(row.referral_no, row.application_no) for row in issued.rows}
    assert status_of(db, apps["E1"]) == status_of(db, apps["F1"]) == "referred"
    with db.reading() as session:
        assert queue.queue_cycle(session, LOCALITY, 2023) == issued.rows[-1].cycle_after == 1
        assert set(session.scalars(select(Place.status))) == {"referred"}
        assert journal.head_hash(session) == issued.journal_hash
        assert journal.verify(session).ok


def test_an_act_since_that_gives_no_place_otherwise_has_the_plan_made_again_and_issued(
    db: Database,
) -> None:
    apps = cycle_world(db)
    reviewed = _reviewed(db)
    with db.transaction() as session:
        late = register(session, "2026-11-30T09:00:00+05:00")
    steps: list[str] = []
    issued = _issue(db, reviewed, lambda step, _done, _total: steps.append(step))
    assert referral_issue.READING_QUEUES in steps
    assert _given(issued) == _given(reviewed) == [("P-1", apps["E1"]), ("P-2", apps["F1"])]
    assert issued.made_on != reviewed.made_on
    assert status_of(db, late) == "queued"
    assert len(_stored_referrals(db)) == 2


def test_an_act_since_that_gives_a_place_otherwise_issues_nothing(db: Database) -> None:
    apps = cycle_world(db)
    reviewed = _reviewed(db)
    with db.transaction() as session:
        # An extraordinary application comes first: P-2 would now go to it instead of F1.
        register(session, "2026-11-20T09:00:00+05:00", "military")
    assert _refused_as_changed(db, reviewed) == {"changed": "1", "total": "2"}
    assert status_of(db, apps["F1"]) == "queued"


def test_a_place_taken_back_after_the_check_stops_the_issue_and_nothing_is_kept(db: Database) -> None:
    cycle_world(db)
    reviewed = _reviewed(db)
    # What a kindergarten's recall landing between the check and the referrals would leave (no journal
    # entry yet, so the plan still looks current).
    with db.transaction() as session:
        session.execute(update(Place).where(Place.place_code == "P-2").values(status="recalled"))
    before = dump(db)
    with pytest.raises(RuleViolation) as caught:
        _issue(db, reviewed)
    assert caught.value.code == "distribution.place_changed"
    assert caught.value.params["place"] == "P-2"
    assert dump(db) == before


def test_an_issued_plan_is_not_issued_twice(db: Database) -> None:
    cycle_world(db)
    issued = _issue(db, _reviewed(db))
    with pytest.raises(ValueError, match="issued already"):
        _issue(db, issued)
    assert len(_stored_referrals(db)) == 2


def test_a_reviewed_plan_issued_a_second_time_gives_nothing_more(db: Database) -> None:
    apps = cycle_world(db)
    reviewed = _reviewed(db)
    _issue(db, reviewed)
    assert _refused_as_changed(db, reviewed) == {"changed": "2", "total": "0"}
    assert status_of(db, apps["E1"]) == "referred"


def test_awards_other_than_those_claimed_are_refused_and_nothing_is_kept(db: Database) -> None:
    cycle_world(db)
    reviewed = _reviewed(db)
    row = reviewed.rows[0]
    assert row.application_id is not None
    before = dump(db)
    claimed = (uuid.UUID(row.application_id), uuid.UUID(row.place_id))
    with (
        pytest.raises(ValueError, match="those claimed"),
        db.transaction() as session,
        referral_issue.claiming(session, SUPERVISOR, datetime.now(UTC), [claimed]) as claim,
    ):
        claim.write([])
    assert dump(db) == before
