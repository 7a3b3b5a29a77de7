"""Referrals not used in time (RULES §5–6): expiry to the stop list, and release from it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Application, Place, Referral, StopListEntry
from app.services import journal, outbox
from app.services.actors import Actor
from app.services.profile import profile_in_force
from app.services.referral_issue import LIVE, close_referral, referral_act

UNUSED_REFERRAL = "referral_unused"
"""The stop-list reason of an application whose referral ran out unused."""


def expire_due(session: Session, actor: Actor, as_of: date, *, now: datetime | None = None) -> int:
    """Referrals whose last valid day is before `as_of`: places return, applications go to the stop list.

    The stop list runs `stop_list_days` calendar days from `as_of`; `stop_until` is the day of release.
    """
    moment = now or datetime.now(UTC)
    stop_until = as_of + timedelta(days=profile_in_force(session).stop_list_days)
    query = (
        select(Referral, Place, Application)
        .join(Place, Place.id == Referral.place_id)
        .join(Application, Application.id == Referral.application_id)
        .where(Referral.status == LIVE, Referral.valid_until < as_of)
        .order_by(Referral.valid_until, Referral.referral_no)
        .with_for_update()
    )
    acts = []
    for referral, place, application in session.execute(query):
        close_referral(referral, place, "expired", moment)
        if application.status == "referred":
            application.status = "stop_listed"
            application.stop_until = stop_until
            session.add(
                StopListEntry(
                    application_id=application.id,
                    starts_on=as_of,
                    ends_on=stop_until,
                    reason=UNUSED_REFERRAL,
                    referral_id=referral.id,
                    actor=actor.username,
                )
            )
            outbox.notify(
                session,
                application.id,
                "referral_expired",
                at=moment,
                referral=referral.referral_no,
                stop_until=stop_until,
            )
        acts.append(referral_act("referral.expire", referral, stop_until=stop_until.isoformat()))
    if acts:
        journal.append_many(session, actor, acts, moment)
    return len(acts)


def release_stop_list(session: Session, actor: Actor, as_of: date, *, now: datetime | None = None) -> int:
    """Stop-list periods ending by `as_of`: the applications wait again in their original positions."""
    moment = now or datetime.now(UTC)
    query = (
        select(StopListEntry, Application)
        .join(Application, Application.id == StopListEntry.application_id)
        .where(
            StopListEntry.released_on.is_(None),
            StopListEntry.ends_on <= as_of,
            Application.status == "stop_listed",
        )
        .order_by(StopListEntry.ends_on, Application.application_no)
        .with_for_update()
    )
    acts = []
    for entry, application in session.execute(query):
        entry.released_on = as_of
        application.status = "queued"
        application.stop_until = None
        outbox.notify(session, application.id, "stop_list_released", at=moment)
        acts.append(
            journal.Act(
                "stop_list.release",
                "application",
                str(application.id),
                {"application_no": application.application_no, "released_on": as_of.isoformat()},
            )
        )
    if acts:
        journal.append_many(session, actor, acts, moment)
    return len(acts)
