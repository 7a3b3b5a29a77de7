"""Distribution on a real database: eligibility, the 1:3 cycle across runs, terms, dry runs, the CLI."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.cli import main
from app.db.database import Database
from app.db.models import Application, JournalEntry, Notification, Place, Referral, waiting_clause
from app.domain.distribution import QueueCandidates
from app.errors import RuleViolation
from app.services import distribution, journal, queue, referral_issue, referrals
from app.services.distribution_protocol import protocol_data
from tests.db.distribution_helpers import (
    LOCALITY,
    SUPERVISOR,
    add_org,
    cycle_world,
    dump,
    publish,
    register,
    status_of,
)
from tests.reports.pdfcheck import pages_text

MONDAY = date(2026, 12, 14)


def _at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T10:00:00+05:00")


def _set_status(db: Database, application_no: str, status: str) -> None:
    with db.transaction() as session:
        session.execute(
            update(Application).where(Application.application_no == application_no).values(status=status)
        )


def test_every_eligibility_rule_is_applied(db: Database) -> None:
    with db.transaction() as session:
        add_org(session, "BB-1")
        add_org(session, "BB-2")
        held = register(session, "2026-11-02T09:00:00+05:00", preferred_orgs=("BB-1", "BB-2"))
        stopped = register(session, "2026-11-02T10:00:00+05:00")
        numbers = [
            register(session, "2026-11-03T09:00:00+05:00", language="ru"),
            register(session, "2026-11-03T10:00:00+05:00", group_type="special", special_needs=True),
            register(session, "2026-11-03T11:00:00+05:00", work_mode="part"),
            register(session, "2026-11-03T12:00:00+05:00", preferred_orgs=("BB-2",)),
        ]
        winner = register(session, "2026-11-04T09:00:00+05:00", work_mode="any", preferred_orgs=("BB-1",))
        publish(session, "P-0", org_code="BB-2")
        publish(session, "P-1")
    with db.transaction() as session:
        referrals.issue_manual(session, SUPERVISOR, "P-0", held, "court order", now=_at("2026-12-10"))
    # A waiting application still holding a live referral: not a state the services make, but the rule holds.
    _set_status(db, held, "queued")
    _set_status(db, stopped, "stop_listed")
    with db.reading() as session:
        row = distribution.plan(session, MONDAY).rows[0]
    assert (row.place_code, row.application_no, row.priority_number) == ("P-1", winner, 7)
    reasons = [(item.candidate.application_no, item.reason) for item in row.passed_over]
    assert reasons == [
        (held, "live_referral"),
        (stopped, "stop_list"),
        *zip(numbers, ("language", "group_type", "work_mode", "not_chosen"), strict=True),
    ]
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    assert [r.application_no for r in result.rows] == [winner]
    assert status_of(db, winner) == "referred"


def _winners(result: distribution.PlanResult) -> list[tuple[str | None, int, int]]:
    return [(row.application_no, row.cycle_before, row.cycle_after) for row in result.rows]


def test_the_cycle_persists_across_two_runs(db: Database) -> None:
    apps = cycle_world(db)
    with db.transaction() as session:
        first = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    # E first without moving c; then F is due (c = 0) and F1 moves c to 1.
    assert _winners(first) == [(apps["E1"], 0, 0), (apps["F1"], 0, 1)]
    with db.reading() as session:
        assert queue.queue_cycle(session, LOCALITY, 2023) == 1
    with db.transaction() as session:
        for index in range(3, 8):
            publish(session, f"P-{index}", now=_at("2026-12-14"))
    with db.transaction() as session:
        second = distribution.run(session, SUPERVISOR, date(2026, 12, 15), dry_run=False)
    assert _winners(second) == [
        (apps["G1"], 1, 2),
        (apps["G2"], 2, 3),
        (apps["G3"], 3, 0),
        # F due, F2 the first F but of another language: F3 is the first eligible F.
        (apps["F3"], 0, 1),
        (apps["G4"], 1, 2),
    ]
    passed = second.rows[3].passed_over
    assert [(p.candidate.application_no, p.reason) for p in passed] == [
        (apps["F2"], "language"),
        (apps["G4"], "not_due"),
        (apps["G5"], "not_due"),
    ]
    with db.reading() as session:
        assert queue.queue_cycle(session, LOCALITY, 2023) == 2


def test_a_g_served_because_no_f_is_eligible_keeps_the_f_due(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        f_ru = register(session, "2026-11-01T09:00:00+05:00", "large_family", language="ru")
        g1 = register(session, "2026-11-02T09:00:00+05:00")
        publish(session, "P-1")
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
        data = protocol_data(session, result, SUPERVISOR.full_name, "kk")
    assert _winners(result) == [(g1, 0, 0)]
    assert [(p.application_number, p.reason) for p in data.places[0].passed_over] == [(f_ru, "language")]
    with db.reading() as session:
        assert queue.queue_cycle(session, LOCALITY, 2023) == 0


def test_protocol_maps_not_due_to_the_cycle_reason(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        f_ru = register(session, "2026-11-01T09:00:00+05:00", "large_family", language="ru")
        gs = [register(session, f"2026-11-02T0{hour}:00:00+05:00") for hour in (1, 2, 3)]
        f_kk = register(session, "2026-11-03T09:00:00+05:00", "large_family")
        publish(session, "P-1")
    with db.reading() as session:
        data = protocol_data(session, distribution.plan(session, MONDAY), SUPERVISOR.full_name)
    place = data.places[0]
    assert (place.application_number, place.priority_number, place.queue_list) == (f_kk, 5, "F")
    assert (data.dry_run, place.referral_number, place.valid_until) == (True, None, date(2026, 12, 22))
    assert [(p.application_number, p.priority_number, p.reason) for p in place.passed_over] == [
        (f_ru, 1, "language"),
        *((g, n, "cycle") for n, g in enumerate(gs, start=2)),
    ]


def test_validity_skips_kazakh_holidays_and_the_run_is_journaled(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        number = register(session, "2026-11-02T09:00:00+05:00")
        publish(session, "P-1")
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    # Independence Day, Wednesday 16 December, is not a working day.
    assert result.rows[0].valid_until == date(2026, 12, 22)
    with db.reading() as session:
        referral = session.scalars(select(Referral)).one()
        entry = session.scalars(select(JournalEntry).where(JournalEntry.action == "referral.issue")).one()
        events = session.scalars(select(Notification.event).order_by(Notification.created_at)).all()
        message = session.scalars(select(Notification).where(Notification.event == "referral_issued")).one()
        place = session.scalars(select(Place)).one()
        assert journal.verify(session).ok
    assert (referral.referral_no, referral.valid_until, referral.status) == (
        result.rows[0].referral_no,
        date(2026, 12, 22),
        "issued",
    )
    payload = json.loads(entry.payload)
    assert (payload["application_no"], payload["place_code"]) == (number, "P-1")
    assert (payload["cycle_before"], payload["cycle_after"]) == (0, 0)
    assert events[-1] == "referral_issued"
    # The message is dated by the act it tells of, like the referral and its journal entry.
    assert message.created_at == referral.issued_at == entry.at
    assert place.status == "referred"
    assert result.journal_hash == entry.hash


def test_early_booking_counts_from_the_release(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        register(session, "2026-11-02T09:00:00+05:00")
        register(session, "2026-11-02T10:00:00+05:00")
        publish(session, "P-EARLY", mode="early_booking", available_from=date(2026, 12, 20))
        publish(session, "P-LATER", available_from=date(2026, 12, 20))
        publish(session, "P-PAST", mode="early_booking", available_from=date(2026, 12, 1))
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    rows = {row.place_code: row for row in result.rows}
    assert set(rows) == {"P-EARLY", "P-PAST"}  # a general place not vacant yet waits
    assert rows["P-EARLY"].valid_until == date(2026, 12, 25)
    assert rows["P-EARLY"].note == "early booking: valid from release on 2026-12-20"
    assert rows["P-PAST"].valid_until == date(2026, 12, 22)
    assert rows["P-PAST"].note == ""


def test_no_eligible_application_leaves_the_place_published(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        register(session, "2026-11-02T09:00:00+05:00", language="ru")
        publish(session, "P-1")
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    row = result.rows[0]
    assert (row.application_no, row.referral_no, row.note) == (None, None, "no eligible application")
    assert result.journal_hash == ""
    with db.reading() as session:
        assert session.scalars(select(Place.status)).one() == "published"


def test_an_application_changed_after_the_plan_stops_the_run_and_nothing_is_kept(db: Database) -> None:
    apps = cycle_world(db)
    with db.reading() as session:
        reviewed = distribution.plan(session, MONDAY)
    assert [row.application_no for row in reviewed.rows] == [apps["E1"], apps["F1"]]
    # What a clerk archiving F1 between the plan and its referrals would leave (no journal entry yet, so
    # the plan still looks current and is issued as reviewed).
    _set_status(db, apps["F1"], "archived")
    before = dump(db)
    with pytest.raises(RuleViolation) as caught, db.transaction() as session:
        distribution.issue(session, SUPERVISOR, reviewed)
    assert caught.value.code == "distribution.changed"
    assert caught.value.params["number"] == apps["F1"]
    assert status_of(db, apps["E1"]) == "queued"
    assert dump(db) == before


def test_august_is_refused(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        publish(session, "P-1")
    for dry_run in (True, False):
        with db.transaction() as session, pytest.raises(RuleViolation) as caught:
            distribution.run(session, SUPERVISOR, date(2027, 8, 10), dry_run=dry_run)
        assert caught.value.code == "distribution.frozen"


def test_a_dry_run_changes_nothing(db: Database) -> None:
    cycle_world(db)
    before = dump(db)
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=True)
    with db.reading() as session:
        assert distribution.plan(session, MONDAY) == result
    assert result.dry_run
    assert [row.referral_no for row in result.rows] == [None, None]
    assert dump(db) == before


def test_a_run_reports_its_steps_as_they_come(db: Database) -> None:
    cycle_world(db)
    reports: list[tuple[str, int, int | None]] = []
    with db.reading() as session:
        distribution.plan(session, MONDAY, progress=lambda *report: reports.append(report))
    planned = [
        (referral_issue.READING_QUEUES, 0, 1),
        (referral_issue.READING_QUEUES, 1, 1),
        (distribution.PLANNING, 0, 2),
        (distribution.PLANNING, 2, 2),
    ]
    assert reports == planned
    reports.clear()
    with db.transaction() as session:
        result = distribution.run(
            session, SUPERVISOR, MONDAY, dry_run=False, progress=lambda *report: reports.append(report)
        )
    assert result.awarded == 2
    assert reports == [
        *planned,
        (referral_issue.CLAIMING, 2, 2),
        (referral_issue.WRITING, 0, 2),
        (referral_issue.WRITING, 2, 2),
    ]


def test_cli_dry_run_writes_the_plan_csv(
    db: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    apps = cycle_world(db)
    url = db.url.render_as_string(hide_password=False)
    before = dump(db)
    protocol = tmp_path / "protocol.pdf"
    code = main(
        ["--database", url, "distribute", "--dry-run", "--as-of", "2026-12-14", "--protocol", str(protocol)]
    )
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "place_code,application_no,priority_number,referral_no,valid_until,note"
    assert lines[1:] == [f"P-1,{apps['E1']},1,,2026-12-22,", f"P-2,{apps['F1']},1,,2026-12-22,"]
    assert protocol.read_bytes().startswith(b"%PDF")
    assert dump(db) == before
    assert (
        main(["--database", url, "distribute", "--as-of", "2026-12-14", "--out", str(tmp_path / "p.csv")])
        == 0
    )
    assert f"{apps['F1']},1,KZ-00-REF-2026-000002,2026-12-22" in (tmp_path / "p.csv").read_text(
        encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("global_options", "command_options", "title"),
    [
        ([], [], "Протокол распределения мест"),
        (["--language", "kk"], [], "Орындарды бөлу хаттамасы"),
        (["--language", "en"], ["--language", "kk"], "Орындарды бөлу хаттамасы"),
    ],
)
def test_the_protocol_is_in_the_command_language_else_the_global_one_else_russian(
    db: Database, tmp_path: Path, global_options: list[str], command_options: list[str], title: str
) -> None:
    cycle_world(db)
    protocol = tmp_path / "protocol.pdf"
    url = db.url.render_as_string(hide_password=False)
    run = [
        "--dry-run",
        "--as-of",
        "2026-12-14",
        "--out",
        str(tmp_path / "plan.csv"),
        "--protocol",
        str(protocol),
    ]
    assert main(["--database", url, *global_options, "distribute", *command_options, *run]) == 0
    assert title in pages_text(protocol)[0]


def test_the_queues_read_beside_the_plan_are_the_candidates_the_application_rows_give(db: Database) -> None:
    apps = cycle_world(db)
    with db.transaction() as session:
        # Microseconds that end in zeros: PostgreSQL's JSON writes them shorter.
        apps["G6"] = register(session, "2026-11-03T09:00:00.120000+05:00", preferred_orgs=("BB-1",))
    _set_status(db, apps["G2"], "stop_listed")
    # Ten queues, two reads: the one with applications comes last, in the second.
    keys = [*(("Nowhere", year) for year in range(2010, 2019)), (LOCALITY, 2023)]
    with db.reading() as session, referral_issue.reading_queues(session, keys) as queues:
        read = list(queues)
    with db.reading() as session:
        expected = referral_issue.load_candidates(
            session, Application.locality == LOCALITY, Application.birth_year == 2023, waiting_clause()
        )
    assert [key for key, _ in read] == keys
    assert all(queue == QueueCandidates() for _, queue in read[:-1])
    last = read[-1][1]
    assert QueueCandidates.from_candidates([*last.e, *last.f, *last.g]) == QueueCandidates.from_candidates(
        expected
    )
    assert len(expected) == 10
    assert {c.application_no: c.status for c in expected}[apps["G2"]] == "stop_listed"
    assert {c.application_no: c.registered_at.microsecond for c in expected}[apps["G6"]] == 120000
