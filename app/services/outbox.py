"""The notifications outbox (RULES §6, definition 15): a table, so messages wait out restarts and outages.

A message is queued in the same transaction as the act it tells of, and that act's journal entry covers it;
what a user does to a message afterwards (printing it) is journaled on its own. A refusal at the desk is
not queued: no application exists, and the applicant leaves with the Annex 3 receipt in hand.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db.filters import given
from app.db.models import Applicant, Application, Notification, Org, Place, Referral
from app.db.types import uuid7
from app.domain.documents import NoticeData
from app.errors import NotFound, RuleViolation
from app.services import journal
from app.services import notification_texts as texts
from app.services.actors import Actor, ensure_office
from app.services.queue import found_by

PRINTABLE_STATUSES = ("pending", "failed")


@dataclass(frozen=True, slots=True)
class NotificationRow:
    id: uuid.UUID
    application_no: str | None
    event: str
    language: str
    channel: str
    recipient: str
    body: str
    status: str
    created_at: datetime
    attempts: int
    sent_at: datetime | None


def _application(session: Session, application_id: uuid.UUID) -> Application:
    application = session.get(Application, application_id)
    if application is None:
        raise NotFound("application.not_found", "no application numbered {number}", number=application_id)
    return application


def _applicant_name(session: Session, application: Application) -> str:
    applicant = session.get(Applicant, application.applicant_id)
    assert applicant is not None
    return " ".join(p for p in (applicant.last_name, applicant.first_name, applicant.middle_name) if p)


def _referral_values(session: Session, referral_no: str, language: str) -> dict[str, str]:
    """What a message about a referral names: the kindergarten in the applicant's language, the deadline."""
    row = session.execute(
        select(Referral.valid_until, Org.name_kk, Org.name_ru)
        .join(Place, Place.id == Referral.place_id)
        .join(Org, Org.id == Place.org_id)
        .where(Referral.referral_no == referral_no)
    ).one_or_none()
    if row is None:
        raise NotFound("referral.not_found", "no referral numbered {number}", number=referral_no)
    valid_until, name_kk, name_ru = row
    values = {"kindergarten": name_kk if language == "kk" else name_ru}
    if valid_until is not None:
        values["until"] = texts.date_text(valid_until)
    return values


def outbox_row(
    office_id: uuid.UUID,
    application_id: uuid.UUID,
    event: str,
    language: str,
    values: dict[str, str],
    *,
    phone: str,
    consent: bool,
    applicant_name: str,
    created_at: datetime | None = None,
) -> dict[str, Any]:
    """One pending message: by SMS when the applicant has a phone and agreed, else to be printed;
    created at the moment of the act it tells of (now, unless given)."""
    by_sms = bool(phone.strip()) and consent
    return {
        "id": uuid7(),
        "office_id": office_id,
        "application_id": application_id,
        "event": event,
        "language": language,
        "channel": "sms" if by_sms else "print",
        "recipient": phone.strip() if by_sms else applicant_name,
        "body": texts.render(event, language, values),
        "status": "pending",
        "created_at": created_at or datetime.now(UTC),
        "attempts": 0,
        "sent_at": None,
    }


def notify(
    session: Session, application_id: uuid.UUID, event: str, *, at: datetime, **params: str | date
) -> None:
    """Queue one message of `event` for the application's applicant, in their language, created `at` the
    moment of the act it tells of.

    {number} is the application's own; pass `referral=<referral number>` and {kindergarten} and {until}
    come from that referral; `reason=<archive reason code>` is worded in the applicant's language; dates
    are written dd.mm.yyyy. Explicit params win over looked-up ones.
    """
    application = _application(session, application_id)
    language = application.doc_language
    values = {"number": application.application_no}
    if isinstance(referral := params.get("referral"), str):
        values |= _referral_values(session, referral, language)
    values |= {k: texts.date_text(v) if isinstance(v, date) else v for k, v in params.items()}
    if event == "archived" and "reason" in values:
        values["reason"] = texts.archive_reason(values["reason"], language)
    row = outbox_row(
        ensure_office(session).id,
        application.id,
        event,
        language,
        values,
        phone=application.phone,
        consent=application.notify_consent,
        applicant_name=_applicant_name(session, application),
        created_at=at,
    )
    session.add(Notification(**row))
    session.flush()


def _row(notification: Notification, application_no: str | None) -> NotificationRow:
    return NotificationRow(
        notification.id,
        application_no,
        notification.event,
        notification.language,
        notification.channel,
        notification.recipient,
        notification.body,
        notification.status,
        notification.created_at,
        notification.attempts,
        notification.sent_at,
    )


def _filters(status: str | None, channel: str | None) -> list[ColumnElement[bool]]:
    return given((status, Notification.status == status), (channel, Notification.channel == channel))


def list_notifications(
    session: Session,
    status: str | None = None,
    limit: int = 100,
    offset: int = 0,
    channel: str | None = None,
    find: str = "",
) -> list[NotificationRow]:
    """Messages oldest first (the order a gateway sends them and a clerk prints them); `find` narrows
    them to the applications `matching_applications` finds."""
    query = (
        select(Notification, Application.application_no)
        .outerjoin(Application, Application.id == Notification.application_id)
        .order_by(Notification.created_at, Notification.id)
        .limit(limit)
        .offset(offset)
    )
    rows = session.execute(query.where(*_filters(status, channel), *found_by(find)))
    return [_row(notification, number) for notification, number in rows]


def count_notifications(
    session: Session, status: str | None = None, channel: str | None = None, find: str = ""
) -> int:
    """How many messages `list_notifications` would list with the same filters and no limit."""
    query = select(func.count()).select_from(Notification)
    if find.strip():
        query = query.join(Application, Application.id == Notification.application_id)
    return session.scalar(query.where(*_filters(status, channel), *found_by(find))) or 0


def _notification(session: Session, notification_id: uuid.UUID, *, lock: bool = True) -> Notification:
    notification = session.get(Notification, notification_id, with_for_update=lock)
    if notification is None:
        raise NotFound("notification.not_found", "no notification {id}", id=notification_id)
    return notification


def mark_printed(session: Session, actor: Actor, notification_id: uuid.UUID) -> NotificationRow:
    """The clerk printed the message and handed or posted it: it leaves the outbox (journaled)."""
    notification = _notification(session, notification_id)
    if notification.status not in PRINTABLE_STATUSES:
        raise RuleViolation(
            "notification.done",
            "notification {id} is already {status}",
            id=notification_id,
            status=notification.status,
        )
    notification.status = "printed"
    notification.sent_at = datetime.now(UTC)
    journal.append(
        session,
        actor,
        journal.Act(
            "notification.print", "notification", str(notification.id), {"event": notification.event}
        ),
    )
    return _row(notification, _application_no(session, notification))


def _delivery(session: Session, notification_id: uuid.UUID, status: str) -> None:
    notification = _notification(session, notification_id)
    notification.status = status
    notification.attempts += 1
    if status == "sent":
        notification.sent_at = datetime.now(UTC)


def mark_sent(session: Session, notification_id: uuid.UUID) -> None:
    """A gateway delivered the SMS."""
    _delivery(session, notification_id, "sent")


def mark_failed(session: Session, notification_id: uuid.UUID) -> None:
    """A gateway could not deliver it; it may try again or a clerk may print it."""
    _delivery(session, notification_id, "failed")


def _application_no(session: Session, notification: Notification) -> str | None:
    if notification.application_id is None:
        return None
    return _application(session, notification.application_id).application_no


def notice_data(session: Session, notification_id: uuid.UUID) -> NoticeData:
    """The printable form of a message (reports/notice.py), in the language it was written in."""
    notification = _notification(session, notification_id, lock=False)
    assert notification.application_id is not None
    application = _application(session, notification.application_id)
    office = ensure_office(session)
    kazakh = notification.language == "kk"
    return NoticeData(
        provider_name=office.provider_kk if kazakh else office.provider_ru,
        office_name=office.name_kk if kazakh else office.name_ru,
        office_code=office.code,
        issued_at=datetime.now(UTC),
        language="kk" if kazakh else "ru",
        number=application.application_no,
        title=texts.title(notification.event, notification.language),
        text=notification.body,
        message_at=notification.created_at,
        recipient_name=_applicant_name(session, application),
        journal_hash=journal.head_hash(session),
    )
