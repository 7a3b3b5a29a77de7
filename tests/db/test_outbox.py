"""The notifications outbox on a real database: texts in kk and ru, channels, printing, restarts."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from app.db.database import Database
from app.db.models import Application
from app.errors import InvalidInput, RuleViolation
from app.services import archive, intake, journal, outbox
from app.services.actors import Actor
from tests.db.intake_helpers import documents, form
from tests.db.place_helpers import add_org, add_place, add_referral

CLERK = Actor("clerk", "Ерлан Оспанов", "clerk")
MOMENT = datetime(2027, 1, 8, 5, 0, tzinfo=UTC)


def _register(db: Database, **changes: object) -> uuid.UUID:
    with db.transaction() as session:
        result = intake.submit(session, CLERK, form(**changes), documents())
    assert isinstance(result, intake.Registered)
    return uuid.UUID(result.application_id)


def test_registration_queues_an_sms_in_kazakh(db: Database) -> None:
    _register(db, phone="+7 701 123 45 67", notify_consent=True)
    with db.reading() as session:
        (row,) = outbox.list_notifications(session)
    assert (row.event, row.language, row.channel, row.status) == ("registered", "kk", "sms", "pending")
    assert row.recipient == "+7 701 123 45 67"
    assert row.body.startswith(f"Өтініш {row.application_no} тіркелді: бала мектепке дейінгі ұйымға")


def test_without_consent_or_phone_the_message_is_printed_in_russian(db: Database) -> None:
    _register(db, doc_language="ru", phone="+7 701 123 45 67", notify_consent=False)
    _register(db, doc_language="ru", notify_consent=True)
    with db.reading() as session:
        rows = outbox.list_notifications(session)
    assert [(r.channel, r.language) for r in rows] == [("print", "ru"), ("print", "ru")]
    assert all("зарегистрировано" in r.body for r in rows)
    assert rows[0].recipient == "Нұрғалиева Гүлнұр Серікқызы"
    with db.reading() as session:
        # The register's count and pages follow the same filters.
        assert outbox.count_notifications(session, channel="print") == 2
        assert outbox.count_notifications(session, channel="sms") == 0
        assert outbox.count_notifications(session, status="sent") == 0
        assert outbox.list_notifications(session, limit=1, offset=1) == rows[1:]


def test_referral_messages_name_the_kindergarten_in_the_applicants_language(db: Database) -> None:
    kk_id = _register(db)
    ru_id = _register(db, doc_language="ru")
    with db.transaction() as session:
        org = add_org(session, "ORG-1", "«Айгөлек» бөбекжайы", "Ясли-сад «Айгуль»")
        for n, application_id in enumerate((kk_id, ru_id), start=1):
            place = add_place(session, org, f"P-{n}")
            referral = add_referral(session, place, application_id, f"REF-{n}", date(2027, 1, 15))
            outbox.notify(session, application_id, "referral_issued", at=MOMENT, referral=referral)
        outbox.notify(
            session, ru_id, "referral_expired", at=MOMENT, referral="REF-2", stop_until=date(2027, 1, 25)
        )
    with db.reading() as session:
        bodies = [r.body for r in outbox.list_notifications(session) if r.event != "registered"]
    assert "«Айгөлек» бөбекжайы" in bodies[0]
    assert "15.01.2027 қоса алғанда" in bodies[0]
    assert "Ясли-сад «Айгуль»" in bodies[1]
    assert "по 15.01.2027 включительно" in bodies[1]
    assert "стоп-лист до 25.01.2027" in bodies[2]


def test_a_message_is_dated_by_the_act_it_tells_of(db: Database) -> None:
    """An act recorded for an earlier moment (a back-dated entry, the demo's past) dates its message so."""
    application_id = _register(db)
    with db.reading() as session:
        number = session.scalars(
            select(Application.application_no).where(Application.id == application_id)
        ).one()
    with db.transaction() as session:
        archive.withdraw(session, CLERK, number, "withdrawn", now=MOMENT)
    with db.reading() as session:
        archived = [row for row in outbox.list_notifications(session) if row.event == "archived"]
    assert [row.created_at for row in archived] == [MOMENT]


def test_a_missing_placeholder_or_unknown_event_is_refused(db: Database) -> None:
    application_id = _register(db)
    with db.transaction() as session, pytest.raises(InvalidInput) as missing:
        outbox.notify(session, application_id, "referral_extended", at=MOMENT, referral_no="X")
    assert missing.value.code == "notification.params_missing"
    with db.transaction() as session, pytest.raises(InvalidInput) as unknown:
        outbox.notify(session, application_id, "refused", at=MOMENT)
    assert unknown.value.code == "notification.event_unknown"


def test_outbox_survives_reopening_the_database(db: Database) -> None:
    _register(db, phone="87011234567", notify_consent=True)
    url = db.url
    db.dispose()
    reopened = Database(url)
    try:
        with reopened.reading() as session:
            rows = outbox.list_notifications(session, status="pending")
        assert [r.event for r in rows] == ["registered"]
        with reopened.transaction() as session:
            outbox.mark_failed(session, rows[0].id)
        with reopened.transaction() as session:
            outbox.mark_sent(session, rows[0].id)
        with reopened.reading() as session:
            (sent,) = outbox.list_notifications(session, status="sent")
        assert sent.attempts == 2
        assert sent.sent_at is not None
    finally:
        reopened.dispose()


def test_printing_is_journaled_once_and_gives_notice_data(db: Database) -> None:
    _register(db, doc_language="ru")
    with db.reading() as session:
        (row,) = outbox.list_notifications(session, channel="print")
        notice = outbox.notice_data(session, row.id)
        number = session.scalars(select(Application.application_no)).one()
    assert (notice.language, notice.number, notice.text) == ("ru", number, row.body)
    assert notice.title == "Уведомление о постановке в очередь"
    assert notice.recipient_name == "Нұрғалиева Гүлнұр Серікқызы"
    with db.transaction() as session:
        printed = outbox.mark_printed(session, CLERK, row.id)
    assert printed.status == "printed"
    with db.transaction() as session, pytest.raises(RuleViolation):
        outbox.mark_printed(session, CLERK, row.id)
    with db.reading() as session:
        assert session.scalars(select(Application.status)).one() == "queued"
        verified = journal.verify(session)
    assert verified.ok
    assert verified.entries == 2
