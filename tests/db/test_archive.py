"""Archive and stop list on a real database: withdraw, restore to the same position, the registers."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from app.cli import main
from app.db.database import Database
from app.db.models import Application, JournalEntry, StopListEntry
from app.errors import InvalidInput, RuleViolation, UserError
from app.services import archive, intake, journal, outbox, queue, users
from app.services.actors import SYSTEM, Actor
from tests.db.intake_helpers import documents, form, iin_for
from tests.db.place_helpers import add_org, add_place, add_referral

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")
SUPERVISOR = Actor("boss", "Айгүл Сәрсенова", "supervisor")
START = datetime.fromisoformat("2026-11-02T09:00:00+05:00")


def _queue(db: Database, count: int = 3) -> list[intake.Registered]:
    registered = []
    with db.transaction() as session:
        for n in range(count):
            result = intake.submit(session, CLERK, form(), documents(), now=START + timedelta(minutes=n))
            assert isinstance(result, intake.Registered)
            registered.append(result)
    return registered


def _stop_list(db: Database, application_no: str, actor: str) -> None:
    with db.transaction() as session:
        application = session.scalars(
            select(Application).where(Application.application_no == application_no)
        ).one()
        application.status, application.stop_until = "stop_listed", date(2026, 11, 20)
        session.add(
            StopListEntry(
                application_id=application.id,
                starts_on=date(2026, 11, 10),
                ends_on=date(2026, 11, 20),
                reason="referral_unused",
                actor=actor,
            )
        )


def _position(db: Database, number: str) -> int:
    with db.reading() as session:
        return queue.position_by_number(session, number).priority_number


def test_withdraw_and_restore_keep_the_original_position(db: Database) -> None:
    _, middle, last = _queue(db)
    before = _position(db, middle.application_no)
    with db.transaction() as session:
        confirmation = archive.withdraw(
            session, CLERK, middle.application_no, "withdrawn", "мекенжай өзгерді"
        )
    assert (confirmation.application_number, confirmation.reason_code) == (middle.application_no, "withdrawn")
    assert confirmation.number == f"{middle.application_no}-A1"
    assert confirmation.reason_text == "мекенжай өзгерді"
    assert _position(db, last.application_no) == 2
    with db.reading() as session:
        (row,) = archive.list_archive(session)
        messages = [n.event for n in outbox.list_notifications(session)]
    assert (row.application_no, row.reason, row.actor, row.actor_name, row.restored_at) == (
        middle.application_no,
        "withdrawn",
        "clerk",
        "clerk",  # no such user in this database: the login stands for the name
        None,
    )
    assert messages[-1] == "archived"
    with db.transaction() as session:
        restored = archive.restore(session, SUPERVISOR, middle.application_no, "applicant came back")
    assert restored.restored_by == "boss"
    assert _position(db, middle.application_no) == before
    assert _position(db, last.application_no) == 3
    with db.reading() as session:
        assert archive.list_archive(session) == []
        assert len(archive.list_archive(session, include_restored=True)) == 1
        actions = session.scalars(select(JournalEntry.action).order_by(JournalEntry.seq)).all()
        assert journal.verify(session).ok
    assert actions[-2:] == ["application.archive", "application.restore"]


def test_withdraw_is_refused_while_a_referral_holds_the_application(db: Database) -> None:
    (registered,) = _queue(db, 1)
    with db.transaction() as session:
        place = add_place(
            session, add_org(session, "ORG-1", "«Күншуақ» балабақшасы", "Детсад «Куншуак»"), "P-1"
        )
        add_referral(session, place, uuid.UUID(registered.application_id), "REF-1", date(2026, 11, 9))
        session.scalars(select(Application)).one().status = "referred"
    with db.transaction() as session, pytest.raises(RuleViolation) as held:
        archive.withdraw(session, CLERK, registered.application_no, "withdrawn")
    assert (held.value.code, held.value.params["referral"]) == ("application.held_by_referral", "REF-1")


def test_withdraw_refuses_unknown_reasons_and_archived_applications(db: Database) -> None:
    (registered,) = _queue(db, 1)
    with db.transaction() as session, pytest.raises(InvalidInput):
        archive.withdraw(session, CLERK, registered.application_no, "bored")
    with db.transaction() as session:
        archive.withdraw(session, CLERK, registered.application_no, "duplicate")
    with db.transaction() as session, pytest.raises(RuleViolation) as again:
        archive.withdraw(session, CLERK, registered.application_no, "duplicate")
    assert again.value.code == "application.not_waiting"


def test_restore_needs_a_supervisor_a_note_and_no_newer_live_application(db: Database) -> None:
    child_iin = iin_for(date(2023, 5, 17))
    with db.transaction() as session:
        first = intake.submit(session, CLERK, form(child_iin=child_iin), documents())
        assert isinstance(first, intake.Registered)
        archive.withdraw(session, CLERK, first.application_no, "withdrawn")
    with db.transaction() as session, pytest.raises(UserError) as forbidden:
        archive.restore(session, CLERK, first.application_no, "please")
    assert forbidden.value.code == "auth.forbidden"
    with db.transaction() as session, pytest.raises(InvalidInput):
        archive.restore(session, SUPERVISOR, first.application_no, " ")
    with db.transaction() as session:
        second = intake.submit(session, CLERK, form(child_iin=child_iin), documents())
        assert isinstance(second, intake.Registered)
    with db.transaction() as session, pytest.raises(RuleViolation) as live:
        archive.restore(session, SUPERVISOR, first.application_no, "mistake")
    assert (live.value.code, live.value.params["other"]) == ("archive.child_has_live", second.application_no)


def test_stop_list_register_and_withdrawal_ends_the_term(db: Database) -> None:
    (registered,) = _queue(db, 1)
    _stop_list(db, registered.application_no, "system")
    with db.reading() as session:
        (row,) = archive.list_stop_list(session)
    assert (row.application_no, row.ends_on, row.actor, row.released_on) == (
        registered.application_no,
        date(2026, 11, 20),
        "system",
        None,
    )
    with db.transaction() as session:
        archive.withdraw(
            session, CLERK, registered.application_no, "over_age", now=START + timedelta(days=10)
        )
    with db.reading() as session:
        assert archive.list_stop_list(session) == []
        (ended,) = archive.list_stop_list(session, active_only=False)
    assert ended.released_on == date(2026, 11, 12)


def test_registers_name_the_staff_and_kezek_for_its_own_acts(db: Database) -> None:
    first, second = _queue(db, 2)
    with db.transaction() as session:
        users.add_user(session, SYSTEM, "admin", "Әсем Қайратқызы", "admin", "admin-pass-254")
        users.add_user(session, SYSTEM, CLERK.username, CLERK.full_name, "clerk", "clerk-pass-254")
        archive.withdraw(session, CLERK, first.application_no, "withdrawn")
    _stop_list(db, second.application_no, SYSTEM.username)
    with db.reading() as session:
        (archived,) = archive.list_archive(session)
        (stopped,) = archive.list_stop_list(session)
    assert (archived.actor, archived.actor_name) == ("clerk", "Ерлан Оспанов")
    assert (stopped.actor, stopped.actor_name) == ("system", "Kezek")
    with db.transaction() as session:
        restored = archive.restore(session, SUPERVISOR, first.application_no, "came back")
    assert (restored.actor_name, restored.restored_by) == ("Ерлан Оспанов", "boss")


def test_no_user_may_take_the_name_of_kezeks_own_acts(db: Database) -> None:
    with db.transaction() as session:
        users.add_user(session, SYSTEM, "admin", "Әсем Қайратқызы", "admin", "admin-pass-254")
    with db.transaction() as session, pytest.raises(InvalidInput) as reserved:
        users.add_user(session, SYSTEM, " System ", "Самозванец", "clerk", "clerk-pass-254")
    assert (reserved.value.code, reserved.value.params["username"]) == ("user.reserved", "System")
    with db.reading() as session:
        assert [user.username for user in users.list_users(session)] == ["admin"]


def test_kezek_archive_withdraw_writes_the_confirmation(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (registered,) = _queue(db, 1)
    out = tmp_path / "withdrawal.pdf"
    url = db.url.render_as_string(hide_password=False)
    args = ["--database", url, "archive", "withdraw", registered.application_no, "--reason", "withdrawn"]
    assert main([*args, "--note", "көшіп кетті", "--out", str(out)]) == 0
    assert f"{registered.application_no}-A1" in capsys.readouterr().out
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert registered.application_no in text
    assert main(args) == 1
    assert "not waiting" in capsys.readouterr().err
