"""The archive and the stop list (RULES §6): withdrawing an application, restoring it, and the registers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import (
    WAITING_STATUSES,
    Application,
    ArchiveEntry,
    Child,
    Referral,
    StopListEntry,
    User,
)
from app.domain.documents import DocumentLanguage, WithdrawalConfirmationData
from app.domain.local_time import local_date
from app.errors import InvalidInput, NotFound, RuleViolation
from app.services import journal, outbox
from app.services.actors import SYSTEM, Actor, ensure_office, require_role
from app.services.intake import live_application_no
from app.services.queue import found_by
from app.services.referral_issue import live_referral_for

WITHDRAWAL_REASONS = ("withdrawn", "duplicate", "over_age", "false_data")


@dataclass(frozen=True, slots=True)
class ArchiveRow:
    application_no: str
    child_name: str
    child_iin: str
    locality: str
    birth_year: int
    reason: str
    note: str
    archived_at: datetime
    actor: str
    """The login of who archived it."""
    actor_name: str
    """Their full name ("Kezek" for its automatic acts; the login for a user unknown here)."""
    restored_at: datetime | None
    restored_by: str | None


@dataclass(frozen=True, slots=True)
class StopListRow:
    application_no: str
    child_name: str
    child_iin: str
    locality: str
    starts_on: date
    ends_on: date
    reason: str
    """A code (`referral_unused`); the screen words it."""
    referral_no: str | None
    referral_valid_until: date | None
    actor: str
    """The login of who put it on the list."""
    actor_name: str
    """Their full name ("Kezek" for its automatic acts; the login for a user unknown here)."""
    released_on: date | None


def _staff_name(username: str, full_name: str | None) -> str:
    """Who acted, for a register: the user's full name, Kezek's own for its automatic acts (the daily
    job), else the login (a user this database does not know)."""
    if full_name:
        return full_name
    return SYSTEM.full_name if username == SYSTEM.username else username


def _name(child: Child) -> str:
    return " ".join(p for p in (child.last_name, child.first_name, child.middle_name) if p)


def _application(session: Session, application_no: str) -> tuple[Application, Child]:
    row = session.execute(
        select(Application, Child)
        .join(Child, Child.id == Application.child_id)
        .where(Application.application_no == application_no)
        .with_for_update(of=Application)
    ).one_or_none()
    if row is None:
        raise NotFound("application.not_found", "no application numbered {number}", number=application_no)
    return row[0], row[1]


def _refuse_if_held(session: Session, application: Application) -> None:
    referral = session.scalar(
        select(Referral.referral_no).where(live_referral_for("application", application.id))
    )
    if referral is not None:
        raise RuleViolation(
            "application.held_by_referral",
            "application {number} holds referral {referral}; record the applicant's refusal of it first",
            number=application.application_no,
            referral=referral,
        )


def withdraw(
    session: Session,
    actor: Actor,
    application_no: str,
    reason_code: str,
    note: str = "",
    *,
    now: datetime | None = None,
) -> WithdrawalConfirmationData:
    """Take a waiting application out of the queue into the archive; the confirmation to print."""
    if reason_code not in WITHDRAWAL_REASONS:
        raise InvalidInput(
            "archive.reason_unknown",
            "unknown archive reason '{value}' (one of {allowed})",
            value=reason_code,
            allowed=", ".join(WITHDRAWAL_REASONS),
        )
    application, child = _application(session, application_no)
    _refuse_if_held(session, application)
    if application.status not in WAITING_STATUSES:
        raise RuleViolation(
            "application.not_waiting",
            "application {number} is {status}, not waiting in the queue",
            number=application_no,
            status=application.status,
        )
    moment = now or datetime.now(UTC)
    # Archiving ends a stop-list term early, so the daily release will not bring the application back.
    for entry in session.scalars(
        select(StopListEntry).where(
            StopListEntry.application_id == application.id, StopListEntry.released_on.is_(None)
        )
    ):
        entry.released_on = local_date(moment)
    application.status, application.stop_until = "archived", None
    session.add(
        ArchiveEntry(
            application_id=application.id,
            archived_at=moment,
            reason=reason_code,
            note=note.strip(),
            actor=actor.username,
        )
    )
    session.flush()
    times = session.scalar(
        select(func.count()).select_from(ArchiveEntry).where(ArchiveEntry.application_id == application.id)
    )
    digest = journal.append(
        session,
        actor,
        journal.Act(
            "application.archive",
            "application",
            str(application.id),
            {"application_no": application_no, "reason": reason_code, "note": note.strip()},
        ),
        moment,
    )
    outbox.notify(session, application.id, "archived", at=moment, reason=reason_code)
    office = ensure_office(session)
    russian = application.doc_language == "ru"
    return WithdrawalConfirmationData(
        provider_name=office.provider_ru if russian else office.provider_kk,
        office_name=office.name_ru if russian else office.name_kk,
        office_code=office.code,
        issued_at=moment,
        language=cast(DocumentLanguage, application.doc_language),
        number=f"{application_no}-A{times}",
        application_number=application_no,
        child_name=_name(child),
        child_iin=child.iin,
        child_birth_date=child.birth_date,
        reason_code=reason_code,
        archived_at=moment,
        employee_name=actor.full_name,
        journal_hash=digest,
        reason_text=note.strip() or None,
    )


def restore(
    session: Session, actor: Actor, application_no: str, note: str, *, now: datetime | None = None
) -> ArchiveRow:
    """A supervisor brings an archived application back, with its original registration time and so
    its original place in the order; refused if the child has since got another live application there."""
    require_role(actor, "supervisor")
    if not note.strip():
        raise InvalidInput("archive.restore_note_required", "a restoration needs a note saying why")
    application, child = _application(session, application_no)
    entry = session.scalars(
        select(ArchiveEntry)
        .where(ArchiveEntry.application_id == application.id, ArchiveEntry.restored_at.is_(None))
        .order_by(ArchiveEntry.archived_at.desc())
        .limit(1)
    ).first()
    if application.status != "archived" or entry is None:
        raise RuleViolation(
            "archive.not_archived", "application {number} is not in the archive", number=application_no
        )
    if entry.reason == "enrolled":
        raise RuleViolation(
            "archive.enrolled",
            "application {number} ended in enrolment; that is undone at the kindergarten, not here",
            number=application_no,
        )
    other = live_application_no(session, child.iin, application.locality)
    if other is not None:
        raise RuleViolation(
            "archive.child_has_live",
            "the child now has live application {other} in {locality}",
            other=other,
            locality=application.locality,
        )
    moment = now or datetime.now(UTC)
    application.status = "queued"
    entry.restored_at, entry.restored_by = moment, actor.username
    journal.append(
        session,
        actor,
        journal.Act(
            "application.restore",
            "application",
            str(application.id),
            {"application_no": application_no, "reason": entry.reason, "note": note.strip()},
        ),
        moment,
    )
    archived_by = session.scalar(select(User.full_name).where(User.username == entry.actor))
    return _archive_row(entry, application, child, archived_by)


def _archive_row(
    entry: ArchiveEntry, application: Application, child: Child, actor_full_name: str | None
) -> ArchiveRow:
    return ArchiveRow(
        application.application_no,
        _name(child),
        child.iin,
        application.locality,
        application.birth_year,
        entry.reason,
        entry.note,
        entry.archived_at,
        entry.actor,
        _staff_name(entry.actor, actor_full_name),
        entry.restored_at,
        entry.restored_by,
    )


def list_archive(
    session: Session,
    reason: str | None = None,
    include_restored: bool = False,
    limit: int = 100,
    offset: int = 0,
    find: str = "",
) -> list[ArchiveRow]:
    """The archive register, newest first; `find` narrows it as `matching_applications` does."""
    query = (
        select(ArchiveEntry, Application, Child, User.full_name)
        .join(Application, Application.id == ArchiveEntry.application_id)
        .join(Child, Child.id == Application.child_id)
        .outerjoin(User, User.username == ArchiveEntry.actor)
        .order_by(ArchiveEntry.archived_at.desc(), Application.application_no)
        .limit(limit)
        .offset(offset)
    )
    if reason is not None:
        query = query.where(ArchiveEntry.reason == reason)
    if not include_restored:
        query = query.where(ArchiveEntry.restored_at.is_(None))
    return [_archive_row(*row) for row in session.execute(query.where(*found_by(find)))]


def list_stop_list(
    session: Session, active_only: bool = True, limit: int = 100, offset: int = 0, find: str = ""
) -> list[StopListRow]:
    """The stop-list register, newest first; `active_only` leaves out the terms already released, and
    `find` narrows it as `matching_applications` does."""
    query = (
        select(
            StopListEntry,
            Application.application_no,
            Application.locality,
            Child,
            Referral.referral_no,
            Referral.valid_until,
            User.full_name,
        )
        .join(Application, Application.id == StopListEntry.application_id)
        .join(Child, Child.id == Application.child_id)
        .outerjoin(Referral, Referral.id == StopListEntry.referral_id)
        .outerjoin(User, User.username == StopListEntry.actor)
        .order_by(StopListEntry.starts_on.desc(), Application.application_no)
        .limit(limit)
        .offset(offset)
    )
    if active_only:
        query = query.where(StopListEntry.released_on.is_(None))
    rows = session.execute(query.where(*found_by(find)))
    return [
        StopListRow(
            number,
            _name(child),
            child.iin,
            locality,
            entry.starts_on,
            entry.ends_on,
            entry.reason,
            referral_no,
            valid_until,
            entry.actor,
            _staff_name(entry.actor, actor_full_name),
            entry.released_on,
        )
        for entry, number, locality, child, referral_no, valid_until, actor_full_name in rows
    ]
