"""Referrals not used in time (RULES §5–6): expiry to the stop list, and release from it.

Both run over whatever is due in a district at once (a day after a big distribution, tens of thousands of
referrals), so they read plain columns and write in batches, as a distribution run does.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from app.db.bulk import expire_loaded, insert_rows, table_of, update_by_id
from app.db.models import Applicant, Application, Notification, Place, Referral, StopListEntry
from app.db.types import uuid7
from app.services import journal, outbox
from app.services import notification_texts as texts
from app.services.actors import Actor, ensure_office
from app.services.profile import profile_in_force
from app.services.referral_issue import LIVE, referral_act

UNUSED_REFERRAL = "referral_unused"
"""The stop-list reason of an application whose referral ran out unused."""

# Who a message goes to, read with each row: what outbox.notify would look up one application at a time.
_ADDRESSEE = (
    Application.application_no,
    Application.doc_language,
    Application.phone,
    Application.notify_consent,
    Applicant.last_name,
    Applicant.first_name,
    Applicant.middle_name,
)


def _message(
    office_id: uuid.UUID, row: Row[*tuple[Any, ...]], event: str, moment: datetime, **values: str
) -> dict[str, Any]:
    """The outbox row `outbox.notify(session, row.application_id, event, at=moment, **values)` would add."""
    name = " ".join(part for part in (row.last_name, row.first_name, row.middle_name) if part)
    return outbox.outbox_row(
        office_id,
        row.application_id,
        event,
        row.doc_language,
        {"number": row.application_no, **values},
        phone=row.phone,
        consent=row.notify_consent,
        applicant_name=name,
        created_at=moment,
    )


def expire_due(session: Session, actor: Actor, as_of: date, *, now: datetime | None = None) -> int:
    """Referrals whose last valid day is before `as_of`: places return, applications go to the stop list.

    The stop list runs `stop_list_days` calendar days from `as_of`; `stop_until` is the day of release.
    """
    moment = now or datetime.now(UTC)
    stop_until = as_of + timedelta(days=profile_in_force(session).stop_list_days)
    query = (
        select(
            Referral.id,
            Referral.referral_no,
            Referral.place_id,
            Referral.application_id,
            Application.status,
            *_ADDRESSEE,
        )
        .join(Place, Place.id == Referral.place_id)
        .join(Application, Application.id == Referral.application_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(Referral.status == LIVE, Referral.valid_until < as_of)
        .order_by(Referral.valid_until, Referral.referral_no)
        .with_for_update(of=(Referral, Place, Application))
    )
    due = session.execute(query).all()
    if not due:
        return 0
    office_id = ensure_office(session).id
    # An application no longer referred (archived by hand meanwhile) only frees its place.
    listed = [row for row in due if row.status == "referred"]
    changes = (
        (Referral, {row.id for row in due}, {"status": "expired", "closed_at": moment}),
        (Place, {row.place_id for row in due}, {"status": "published"}),
        (
            Application,
            {row.application_id for row in listed},
            {"status": "stop_listed", "stop_until": stop_until},
        ),
    )
    for model, ids, values in changes:
        update_by_id(session, table_of(model), ids, values)
        expire_loaded(session, model, ids)
    entry = {"starts_on": as_of, "ends_on": stop_until, "reason": UNUSED_REFERRAL, "actor": actor.username}
    insert_rows(
        session,
        table_of(StopListEntry),
        [
            {
                "id": uuid7(),
                "application_id": row.application_id,
                "referral_id": row.id,
                "released_on": None,
                **entry,
            }
            for row in listed
        ],
    )
    until = texts.date_text(stop_until)
    messages = [
        _message(office_id, row, "referral_expired", moment, referral=row.referral_no, stop_until=until)
        for row in listed
    ]
    insert_rows(session, table_of(Notification), messages)
    acts = [referral_act("referral.expire", row, stop_until=stop_until.isoformat()) for row in due]
    journal.append_many(session, actor, acts, moment)
    return len(acts)


def release_stop_list(session: Session, actor: Actor, as_of: date, *, now: datetime | None = None) -> int:
    """Stop-list periods ending by `as_of`: the applications wait again in their original positions."""
    moment = now or datetime.now(UTC)
    query = (
        select(StopListEntry.id, StopListEntry.application_id, *_ADDRESSEE)
        .join(Application, Application.id == StopListEntry.application_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(
            StopListEntry.released_on.is_(None),
            StopListEntry.ends_on <= as_of,
            Application.status == "stop_listed",
        )
        .order_by(StopListEntry.ends_on, Application.application_no)
        .with_for_update(of=(StopListEntry, Application))
    )
    due = session.execute(query).all()
    if not due:
        return 0
    office_id = ensure_office(session).id
    entries, applications = {row.id for row in due}, {row.application_id for row in due}
    update_by_id(session, table_of(StopListEntry), entries, {"released_on": as_of})
    expire_loaded(session, StopListEntry, entries)
    update_by_id(session, table_of(Application), applications, {"status": "queued", "stop_until": None})
    expire_loaded(session, Application, applications)
    acts = [
        journal.Act(
            "stop_list.release",
            "application",
            str(row.application_id),
            {"application_no": row.application_no, "released_on": as_of.isoformat()},
        )
        for row in due
    ]
    insert_rows(
        session,
        table_of(Notification),
        [_message(office_id, row, "stop_list_released", moment) for row in due],
    )
    journal.append_many(session, actor, acts, moment)
    return len(acts)
