"""Referral acts on a real database: manual issue, extension, decline, enrolment, expiry and release."""

from __future__ import annotations

from datetime import date, datetime
from importlib import resources
from typing import Any

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import event, func, select, text

from app.cli import main
from app.db import migrate
from app.db.database import Database
from app.db.models import Application, ArchiveEntry, Enrolment, Notification, Place, Referral, StopListEntry
from app.domain.check_code import REFERRAL, qr_payload, read_check_code
from app.errors import InvalidInput, RuleViolation, UserError
from app.services import (
    archive,
    distribution,
    journal,
    notification_texts,
    outbox,
    places,
    queue,
    referrals,
    users,
)
from app.services.actors import SYSTEM
from app.services.intake import PersonInput
from tests.db.distribution_helpers import (
    CLERK,
    LOCALITY,
    SUPERVISOR,
    add_org,
    journaled,
    lift_the_august_freeze,
    publish,
    register,
    status_of,
)
from tests.db.intake_helpers import iin_for
from tests.db.query_plans import plan_of

MONDAY = date(2026, 12, 14)
CHOSEN = ("BB-1",)


def _at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T10:00:00+05:00")


def _issue(db: Database, **place: object) -> tuple[str, str, int]:
    """Three applications (the middle one gets the place: the first speaks Russian); its numbers."""
    with db.transaction() as session:
        add_org(session)
        register(session, "2026-11-02T09:00:00+05:00", language="ru", preferred_orgs=CHOSEN)
        number = register(session, "2026-11-02T10:00:00+05:00", preferred_orgs=CHOSEN)
        register(session, "2026-11-02T11:00:00+05:00", preferred_orgs=CHOSEN)
        publish(session, "P-1", **place)  # type: ignore[arg-type]
    with db.reading() as session:
        position = queue.position_by_number(session, number).priority_number
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    referral_no = result.rows[0].referral_no
    assert referral_no is not None
    return number, referral_no, position


def _count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _place_status(db: Database) -> str:
    with db.reading() as session:
        return session.scalars(select(Place.status).where(Place.place_code == "P-1")).one()


def test_manual_issue_needs_a_supervisor_a_reason_and_eligibility(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        russian = register(session, "2026-11-01T09:00:00+05:00", "large_family", language="ru")
        first = register(session, "2026-11-02T09:00:00+05:00", "large_family", preferred_orgs=CHOSEN)
        publish(session, "P-1")
    with db.transaction() as session, pytest.raises(UserError) as forbidden:
        referrals.issue_manual(session, CLERK, "P-1", first, "urgent")
    assert forbidden.value.code == "auth.forbidden"
    with db.transaction() as session, pytest.raises(InvalidInput) as no_reason:
        referrals.issue_manual(session, SUPERVISOR, "P-1", first, "  ")
    assert no_reason.value.code == "referral.reason_required"
    with db.transaction() as session, pytest.raises(RuleViolation) as ineligible:
        referrals.issue_manual(session, SUPERVISOR, "P-1", russian, "urgent", now=_at("2026-12-14"))
    assert (ineligible.value.code, ineligible.value.params["reason"]) == ("referral.ineligible", "language")
    with db.transaction() as session:
        row = referrals.issue_manual(session, SUPERVISOR, "P-1", first, "court order", now=_at("2026-12-14"))
    assert (row.application_no, row.valid_until, row.reason) == (first, date(2026, 12, 22), "court order")
    with db.reading() as session:
        # An F served: the cycle moves as after any referral (RULES §3, §5).
        assert queue.queue_cycle(session, LOCALITY, 2023) == 1
        assert referrals.list_referrals(session) == [row]
        # The register's count follows the same filters as its pages.
        assert referrals.count_referrals(session) == 1
        assert referrals.count_referrals(session, org_code="BB-1") == 1
        assert referrals.count_referrals(session, org_code="ELSEWHERE") == 0
        assert referrals.count_referrals(session, status="expired") == 0
        assert referrals.list_referrals(session, offset=1) == []
    with db.transaction() as session:
        publish(session, "P-LATER", available_from=date(2027, 1, 11))
    with db.transaction() as session, pytest.raises(RuleViolation) as not_vacant:
        referrals.issue_manual(session, SUPERVISOR, "P-LATER", russian, "early", now=_at("2026-12-14"))
    assert not_vacant.value.code == "place.not_available"
    with db.transaction() as session, pytest.raises(RuleViolation) as taken:
        referrals.issue_manual(session, SUPERVISOR, "P-1", russian, "again", now=_at("2026-12-14"))
    assert taken.value.code == "place.not_free"


def test_kezek_referral_issue_gives_a_place_by_hand_now(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        add_org(session)
        russian = register(session, "2026-11-01T09:00:00+05:00", language="ru")
        second = register(session, "2026-11-02T09:00:00+05:00", preferred_orgs=CHOSEN)
        publish(session, "P-1")
        lift_the_august_freeze(session)
    with db.transaction() as session:
        users.add_user(session, SYSTEM, "admin", "Әсем Қайратқызы", "admin", "admin-pass-254")
        users.add_user(session, SYSTEM, "chief", "Айгүл Серікова", "supervisor", "chief-pass-254")
    url = db.url.render_as_string(hide_password=False)
    by_hand = ["--database", url, "--user", "chief", "referral", "issue", "P-1"]
    assert main([*by_hand, russian, "--reason", "court order"]) == 1
    assert "may not get place P-1" in capsys.readouterr().err
    assert main([*by_hand, second, "--reason", "court order No. 2-117"]) == 0
    number, status, application, place, _until = capsys.readouterr().out.strip().split("\t")
    assert (status, application, place) == ("issued", second, "P-1")
    with db.reading() as session:
        row = referrals.referral_row(session, number)
    assert row.reason == "court order No. 2-117"
    assert status_of(db, second) == "referred"


def test_extension_once_only_and_within_the_limit(db: Database) -> None:
    _, referral_no, _ = _issue(db)
    with db.transaction() as session, pytest.raises(InvalidInput) as too_long:
        referrals.extend(session, CLERK, referral_no, 31, now=_at("2026-12-15"))
    assert too_long.value.code == "referral.extension_days"
    with db.transaction() as session:
        row = referrals.extend(session, CLERK, referral_no, 30, now=_at("2026-12-15"))
    assert (row.valid_until, row.extensions) == (date(2027, 1, 21), 1)
    with db.transaction() as session, pytest.raises(RuleViolation) as again:
        referrals.extend(session, CLERK, referral_no, 1, now=_at("2026-12-15"))
    assert again.value.code == "referral.extension_used"
    with db.reading() as session:
        events = session.scalars(select(Notification.event)).all()
    assert "referral_extended" in events


def test_decline_returns_the_place_and_the_original_position(db: Database) -> None:
    number, referral_no, position = _issue(db)
    with db.transaction() as session:
        row = referrals.decline(session, CLERK, referral_no)
    assert row.status == "declined"
    assert (status_of(db, number), _place_status(db)) == ("queued", "published")
    with db.reading() as session:
        assert queue.position_by_number(session, number).priority_number == position
    with db.transaction() as session, pytest.raises(RuleViolation) as closed:
        referrals.decline(session, CLERK, referral_no)
    assert closed.value.code == "referral.not_live"


def test_enrolment_archives_the_application_and_takes_the_place(db: Database) -> None:
    number, referral_no, _ = _issue(db)
    with db.transaction() as session:
        referrals.enrol(session, CLERK, referral_no, date(2026, 12, 16), "D-17")
    assert (status_of(db, number), _place_status(db)) == ("archived", "taken")
    with db.reading() as session:
        entry = session.scalars(select(ArchiveEntry)).one()
        enrolment = session.scalars(select(Enrolment)).one()
    assert (entry.reason, entry.note) == ("enrolled", referral_no)
    assert (enrolment.contract_no, enrolment.stay_until) == ("D-17", None)


def test_a_temporary_stay_keeps_the_application_queued(db: Database) -> None:
    number, referral_no, _ = _issue(db, mode="temporary", stay_until=date(2027, 5, 31))
    with db.reading() as session:
        data = referrals.referral_data(session, referral_no)
    assert (data.enrolment_mode, data.stay_until, data.work_mode) == (
        "temporary",
        date(2027, 5, 31),
        "full",
    )
    assert data.employee_name == SUPERVISOR.username  # no users row: the journal's username stands
    assert data.journal_hash
    with db.transaction() as session:
        referrals.enrol(session, CLERK, referral_no, date(2026, 12, 16), "T-1")
    assert (status_of(db, number), _place_status(db)) == ("queued", "taken")
    assert _count(db, ArchiveEntry) == 0
    with db.reading() as session:
        application = session.scalars(select(Application).where(Application.application_no == number)).one()
    assert application.temporary_until == date(2027, 5, 31)


def test_expiry_stop_lists_and_release_restores_the_position(db: Database) -> None:
    number, referral_no, position = _issue(db)
    with db.transaction() as session:
        assert referrals.expire_due(session, SUPERVISOR, date(2026, 12, 22)) == 0
    with db.transaction() as session:
        assert referrals.expire_due(session, SUPERVISOR, date(2026, 12, 23)) == 1
    assert (status_of(db, number), _place_status(db)) == ("stop_listed", "published")
    with db.reading() as session:
        entry = session.scalars(select(StopListEntry)).one()
        (listed,) = archive.list_stop_list(session)
        assert referrals.referral_row(session, referral_no).status == "expired"
        # Stop-listed applications still count in the queue; distribution passes them over.
        row = distribution.plan(session, date(2026, 12, 24)).rows[0]
    assert (entry.starts_on, entry.ends_on) == (date(2026, 12, 23), date(2027, 1, 2))
    assert (listed.reason, listed.referral_no, listed.referral_valid_until) == (
        "referral_unused",
        referral_no,
        date(2026, 12, 22),
    )
    assert row.application_no != number
    assert [p.reason for p in row.passed_over if p.candidate.application_no == number] == ["stop_list"]
    with db.transaction() as session:
        assert referrals.release_stop_list(session, SUPERVISOR, date(2027, 1, 1)) == 0
    with db.transaction() as session:
        assert referrals.release_stop_list(session, SUPERVISOR, date(2027, 1, 2)) == 1
    assert status_of(db, number) == "queued"
    with db.reading() as session:
        assert queue.position_by_number(session, number).priority_number == position
        released = session.scalars(select(StopListEntry.released_on)).one()
        events = session.scalars(select(Notification.event)).all()
    assert released == date(2027, 1, 2)
    assert {"referral_expired", "stop_list_released"} <= set(events)


def test_stop_list_entries_worded_before_migration_0002_get_their_code_and_referral(db: Database) -> None:
    number, referral_no, _ = _issue(db)
    with db.transaction() as session:
        referrals.expire_due(session, SUPERVISOR, date(2026, 12, 23))
    config = Config()
    config.set_main_option("script_location", str(resources.files("app.db") / "migrations"))
    with db.write_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        # How expiry worded the reason before 0002.
        connection.execute(
            text("UPDATE stop_list SET reason = :reason"),
            {"reason": f"referral {referral_no} not used by 2026-12-22"},
        )
    migrate.upgrade(db, backup_dir=db.sqlite_path.parent if db.sqlite_path else None)
    with db.reading() as session:
        (listed,) = archive.list_stop_list(session)
    assert (listed.application_no, listed.reason, listed.referral_no) == (
        number,
        "referral_unused",
        referral_no,
    )


def test_the_desk_finds_a_referral_by_what_it_types_or_scans(db: Database) -> None:
    egor_iin = iin_for(date(2023, 6, 1))
    with db.transaction() as session:
        add_org(session)
        alikhan = register(session, "2026-11-02T09:00:00+05:00", preferred_orgs=CHOSEN)
        egor = register(
            session,
            "2026-11-02T10:00:00+05:00",
            preferred_orgs=CHOSEN,
            child=PersonInput(egor_iin, "Смирнов", "Егор", "Сергеевич"),
            child_birth_date=date(2023, 6, 1),
        )
        publish(session, "P-1")
        publish(session, "P-2")
    with db.transaction() as session:
        result = distribution.run(session, SUPERVISOR, MONDAY, dry_run=False)
    numbers = {row.application_no: row.referral_no for row in result.rows if row.referral_no}
    assert set(numbers) == {alikhan, egor}
    with db.reading() as session:

        def found(find: str) -> list[str]:
            return sorted(row.application_no for row in referrals.list_referrals(session, find=find))

        assert found(numbers[alikhan].lower()) == [alikhan]
        assert found(f" {egor} ") == [egor]
        assert found(egor_iin) == [egor]
        assert found("смирнов егор") == [egor]
        assert found("ӘЛИХАН") == [alikhan]
        assert found("Смирнов Әлихан") == []
        assert found("  ") == sorted([alikhan, egor])
        assert referrals.count_referrals(session, find="Смирнов") == 1
        assert referrals.count_referrals(session, find="nobody") == 0
        assert referrals.count_referrals(session, status="expired", find="Смирнов") == 0

        # The QR of the printed referral, as a scanner types it at the Enrolment desk.
        digest = referrals.referral_data(session, numbers[alikhan]).journal_hash
        scanned = qr_payload(REFERRAL, numbers[alikhan], digest)
        assert found(scanned) == [alikhan]
        code = read_check_code(scanned)
        assert code is not None
        assert referrals.genuine_printout(session, code)
        assert not referrals.genuine_printout(session, code._replace(number=numbers[egor]))
        assert not referrals.genuine_printout(session, code._replace(digest="0" * 64))
        assert not referrals.genuine_printout(session, code._replace(number="AKM-07-REF-2026-999999"))
        assert not referrals.genuine_printout(session, code._replace(kind="notification"))


def test_a_live_referral_is_looked_up_by_its_place_or_application_not_by_status(sqlite_db: Database) -> None:
    """SQLite has no statistics to go by: given `status = 'issued'` it took the status index and walked
    every live referral of the district once per free place (a minute at 25,000 of each)."""
    number, _referral_no, _position = _issue(sqlite_db)
    with sqlite_db.transaction() as session:
        publish(session, "P-2")
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, _context: Any, _many: bool) -> None:
        statements.append((sql, parameters))

    event.listen(sqlite_db.write_engine, "before_cursor_execute", record)
    try:
        with sqlite_db.transaction() as session:
            assert [row.place_code for row in distribution.plan(session, MONDAY).rows] == ["P-2"]
            place_id = session.scalars(select(Place.id).where(Place.place_code == "P-1")).one()
            assert places.live_referral_no(session, place_id) is not None
        with sqlite_db.transaction() as session, pytest.raises(RuleViolation) as held:
            archive.withdraw(session, CLERK, number, "withdrawn")
        assert held.value.code == "application.held_by_referral"
    finally:
        event.remove(sqlite_db.write_engine, "before_cursor_execute", record)
    by_key = [
        (sql, parameters)
        for sql, parameters in statements
        if "referrals.place_id =" in sql or "referrals.application_id =" in sql
    ]
    assert len(by_key) == 3
    with sqlite_db.reading() as session:
        for sql, parameters in by_key:
            plan = plan_of(session, sql, parameters)
            assert "ix_referrals_status" not in plan, sql
            assert "ix_referrals_place_id" in plan or "ix_referrals_application_id" in plan, plan


def test_expiry_and_release_tell_the_applicant_journal_and_refresh_what_the_session_holds(
    db: Database,
) -> None:
    number, referral_no, _ = _issue(db)
    expired_at, released_at = _at("2026-12-23"), _at("2027-01-02")
    with db.transaction() as session:
        application = session.scalars(select(Application).where(Application.application_no == number)).one()
        referral = session.scalars(select(Referral).where(Referral.referral_no == referral_no)).one()
        place = session.get(Place, referral.place_id)
        assert (application.status, referral.status) == ("referred", "issued")
        assert referrals.expire_due(session, SUPERVISOR, date(2026, 12, 23), now=expired_at) == 1
        # What the session held before the batched update reads the rows anew.
        assert (application.status, application.stop_until) == ("stop_listed", date(2027, 1, 2))
        assert (referral.status, referral.closed_at, place and place.status) == (
            "expired",
            expired_at,
            "published",
        )
        entry = session.scalars(select(StopListEntry)).one()
        assert (entry.referral_id, entry.actor, entry.reason) == (referral.id, "chief", "referral_unused")
    with db.transaction() as session:
        entry = session.scalars(select(StopListEntry)).one()
        application = session.scalars(select(Application).where(Application.application_no == number)).one()
        assert referrals.release_stop_list(session, SUPERVISOR, date(2027, 1, 2), now=released_at) == 1
        assert (entry.released_on, application.status, application.stop_until) == (
            date(2027, 1, 2),
            "queued",
            None,
        )
    with db.reading() as session:
        messages = {row.event: row for row in outbox.list_notifications(session)}
    expected = {
        "referral_expired": {"number": number, "referral": referral_no, "stop_until": "02.01.2027"},
        "stop_list_released": {"number": number},
    }
    for kind, values in expected.items():
        message = messages[kind]
        assert message.body == notification_texts.render(kind, "kk", values)
        assert (message.channel, message.recipient, message.language) == (
            "print",
            "Нұрғалиева Гүлнұр Серікқызы",
            "kk",
        )
    assert (messages["referral_expired"].created_at, messages["stop_list_released"].created_at) == (
        expired_at,
        released_at,
    )
    assert journaled(db, "referral")[-1] == (
        "referral.expire",
        {"referral_no": referral_no, "stop_until": "2027-01-02"},
    )
    assert journaled(db, "application")[-1] == (
        "stop_list.release",
        {"application_no": number, "released_on": "2027-01-02"},
    )
    with db.reading() as session:
        assert journal.verify(session).ok
