"""SQLAlchemy 2 typed models: every table of Kezek."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    literal_column,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.db.types import UtcDateTime, uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

WAITING_STATUSES = ("queued", "stop_listed")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _id() -> Mapped[uuid.UUID]:
    return mapped_column(primary_key=True, default=uuid7)


def _office() -> Mapped[uuid.UUID]:
    return mapped_column(ForeignKey("offices.id"))


class Office(Base):
    __tablename__ = "offices"
    id: Mapped[uuid.UUID] = _id()
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    provider_kk: Mapped[str] = mapped_column(String(300))
    provider_ru: Mapped[str] = mapped_column(String(300))
    is_centre: Mapped[bool] = mapped_column(Boolean, default=False)


class Setting(Base):
    """Key/value settings of this database (which office it is, the rules profile in force)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class User(Base):
    __tablename__ = "users"
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = _office()
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Org(Base):
    """A kindergarten (preschool organization)."""

    __tablename__ = "orgs"
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = _office()
    org_code: Mapped[str] = mapped_column(String(32), unique=True)
    name_kk: Mapped[str] = mapped_column(String(300))
    name_ru: Mapped[str] = mapped_column(String(300))
    locality: Mapped[str] = mapped_column(String(100), index=True)
    address: Mapped[str] = mapped_column(String(300))
    bin: Mapped[str] = mapped_column(String(12))


class Group(Base):
    """A group of a kindergarten."""

    __tablename__ = "groups"
    id: Mapped[uuid.UUID] = _id()
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orgs.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    birth_year: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))
    group_type: Mapped[str] = mapped_column(String(16))
    work_mode: Mapped[str] = mapped_column(String(24))
    capacity: Mapped[int] = mapped_column(Integer)


class Place(Base):
    """A free place handed by a kindergarten to the queue (definition 3)."""

    __tablename__ = "places"
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = _office()
    place_code: Mapped[str] = mapped_column(String(40), unique=True)
    org_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("orgs.id"), index=True)
    group_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("groups.id"))
    birth_year: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(8))
    group_type: Mapped[str] = mapped_column(String(16))
    work_mode: Mapped[str] = mapped_column(String(24))
    enrollment_mode: Mapped[str] = mapped_column(String(16))
    available_from: Mapped[date] = mapped_column(Date)
    stay_until: Mapped[date | None] = mapped_column(Date)
    released_on: Mapped[date | None] = mapped_column(Date)
    published_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    recalled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    recall_reason: Mapped[str | None] = mapped_column(Text)


class Child(Base):
    __tablename__ = "children"
    id: Mapped[uuid.UUID] = _id()
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))


class Applicant(Base):
    """A parent or legal representative."""

    __tablename__ = "applicants"
    id: Mapped[uuid.UUID] = _id()
    iin: Mapped[str] = mapped_column(String(12), unique=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    middle_name: Mapped[str] = mapped_column(String(100), default="")


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (
        Index(
            "ix_applications_queue_order",
            "locality",
            "birth_year",
            "list_code",
            "registered_at",
            "application_no",
            postgresql_where=text("status IN ('queued', 'stop_listed')"),
            sqlite_where=text("status IN ('queued', 'stop_listed')"),
        ),
        Index("ix_applications_child_live", "child_id", "locality", "status"),
    )
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = _office()
    # Ties at one second are broken by this number (RULES §3): code-point order on both databases.
    application_no: Mapped[str] = mapped_column(
        String(40).with_variant(String(40, collation="C"), "postgresql"), unique=True
    )
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    channel: Mapped[str] = mapped_column(String(16))
    locality: Mapped[str] = mapped_column(String(100))
    birth_year: Mapped[int] = mapped_column(Integer)
    child_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("children.id"))
    applicant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applicants.id"))
    applicant_relation: Mapped[str] = mapped_column(String(32), default="parent")
    applicant_id_document: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    notify_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8))
    doc_language: Mapped[str] = mapped_column(String(2))
    group_type: Mapped[str] = mapped_column(String(16))
    work_mode: Mapped[str] = mapped_column(String(24))
    special_needs: Mapped[bool] = mapped_column(Boolean, default=False)
    category: Mapped[str] = mapped_column(String(40))
    list_code: Mapped[str] = mapped_column(String(1))
    category_doc_date: Mapped[date | None] = mapped_column(Date)
    preferred_orgs: Mapped[str] = mapped_column(String(400), default="")
    desired_start: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), index=True)
    stop_until: Mapped[date | None] = mapped_column(Date)
    temporary_until: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(64))


def waiting_clause() -> ColumnElement[bool]:
    """Waiting applications, written with literals so SQLite and PostgreSQL can prove that the
    partial queue index applies (a bound parameter would hide it and cost a full scan)."""
    return Application.status.in_([literal_column(f"'{status}'") for status in WAITING_STATUSES])


class PresentedDocument(Base):
    __tablename__ = "presented_documents"
    id: Mapped[uuid.UUID] = _id()
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    doc_code: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date | None] = mapped_column(Date)


class RefusalReceipt(Base):
    """An Annex 3 receipt for refusal to accept documents."""

    __tablename__ = "refusal_receipts"
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = _office()
    receipt_no: Mapped[str] = mapped_column(String(40), unique=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    applicant_name: Mapped[str] = mapped_column(String(300))
    applicant_iin: Mapped[str] = mapped_column(String(12))
    child_name: Mapped[str] = mapped_column(String(300))
    child_iin: Mapped[str] = mapped_column(String(12))
    language: Mapped[str] = mapped_column(String(2))
    missing: Mapped[str] = mapped_column(Text)
    employee: Mapped[str] = mapped_column(String(200))


class Referral(Base):
    __tablename__ = "referrals"
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = _office()
    referral_no: Mapped[str] = mapped_column(String(40), unique=True)
    place_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("places.id"), index=True)
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    valid_until: Mapped[date | None] = mapped_column(Date)
    extensions: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(16), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class Enrolment(Base):
    __tablename__ = "enrolments"
    id: Mapped[uuid.UUID] = _id()
    referral_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("referrals.id"), unique=True)
    enrolled_on: Mapped[date] = mapped_column(Date)
    contract_no: Mapped[str] = mapped_column(String(64))
    stay_until: Mapped[date | None] = mapped_column(Date)


class StopListEntry(Base):
    __tablename__ = "stop_list"
    id: Mapped[uuid.UUID] = _id()
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    """A code: `referral_unused` (the only way onto the stop list, RULES §5)."""
    referral_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("referrals.id"))
    """The referral not used in time."""
    actor: Mapped[str] = mapped_column(String(64))
    released_on: Mapped[date | None] = mapped_column(Date)


class ArchiveEntry(Base):
    __tablename__ = "archive"
    id: Mapped[uuid.UUID] = _id()
    application_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("applications.id"), index=True)
    archived_at: Mapped[datetime] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(64))
    restored_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    restored_by: Mapped[str | None] = mapped_column(String(64))


class Notification(Base):
    """The outbox: one message per event of RULES §6, kept until sent or printed."""

    __tablename__ = "notifications"
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = _office()
    application_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("applications.id"), index=True)
    event: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class JournalEntry(Base):
    """The append-only hash chain (DESIGN §3); triggers refuse UPDATE and DELETE."""

    __tablename__ = "journal"
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(64), index=True)
    payload: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class JournalHead(Base):
    """The last entry of each office's chain; its row lock serialises appends."""

    __tablename__ = "journal_heads"
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    hash: Mapped[str] = mapped_column(String(64))


class RulesProfileRecord(Base):
    """A rules profile put in force: the TOML text as it was, so history stays explainable."""

    __tablename__ = "rules_profiles"
    id: Mapped[uuid.UUID] = _id()
    code: Mapped[str] = mapped_column(String(64))
    effective_from: Mapped[date] = mapped_column(Date)
    content: Mapped[str] = mapped_column(Text)
    activated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    activated_by: Mapped[str] = mapped_column(String(64))


class HolidayOverride(Base):
    """A Government transfer of a day off (kind day_off or working_day)."""

    __tablename__ = "holiday_overrides"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")


class QueueCycle(Base):
    """The 1:3 cycle counter of one queue (RULES §3), moved only by issued referrals."""

    __tablename__ = "queue_cycles"
    locality: Mapped[str] = mapped_column(String(100), primary_key=True)
    birth_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    cycle: Mapped[int] = mapped_column(Integer, default=0)


class NumberCounter(Base):
    """Last human number issued per office, kind and year."""

    __tablename__ = "number_counters"
    __table_args__ = (UniqueConstraint("office_id", "kind", "year"),)
    id: Mapped[uuid.UUID] = _id()
    office_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("offices.id"))
    kind: Mapped[str] = mapped_column(String(16))
    year: Mapped[int] = mapped_column(Integer)
    last: Mapped[int] = mapped_column(Integer)


class Bulletin(Base):
    """A closed daily bulletin of vacant or recalled places (definitions 4 and 9)."""

    __tablename__ = "bulletins"
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    closed_at: Mapped[datetime] = mapped_column(UtcDateTime)
    head_hash: Mapped[str] = mapped_column(String(64))
    entries: Mapped[int] = mapped_column(Integer)
