"""Data objects the printed documents are built from: frozen, plain values, no ORM, no ReportLab.

Services fill them; `reports/` turns them into PDF and xlsx files. Codes (category, reason, group type,
work mode...) stay codes here: the wording in Kazakh, Russian or English belongs to `reports/labels.py`.
Every moment is a timezone-aware datetime (stored in UTC, printed in Asia/Almaty).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

DocumentLanguage = Literal["kk", "ru", "en"]
"""The language a document is printed in: the applicant's choice, not the clerk's screen language."""

DOCUMENT_LANGUAGES: tuple[DocumentLanguage, ...] = ("kk", "ru", "en")

QueueList = Literal["E", "F", "G"]
"""E extraordinary, F first priority, G general (RULES §3)."""

PassOverReason = Literal[
    "language",
    "group_type",
    "work_mode",
    "not_chosen",
    "stop_list",
    "live_referral",
    "cycle",
]
"""Why distribution passed over an application ahead of the one that got the place (RULES §5)."""

PASS_OVER_REASONS: tuple[PassOverReason, ...] = (
    "language",
    "group_type",
    "work_mode",
    "not_chosen",
    "stop_list",
    "live_referral",
    "cycle",
)

BulletinKind = Literal["vacant", "recalled"]


def _require_aware(name: str, value: datetime | None) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{name} must be a timezone-aware datetime")


@dataclass(frozen=True, kw_only=True)
class IssuedDocument:
    """What every printed act carries: who issued it, where, when, and in which language."""

    provider_name: str
    office_name: str
    office_code: str
    issued_at: datetime
    language: DocumentLanguage

    def __post_init__(self) -> None:
        _require_aware("issued_at", self.issued_at)
        if self.language not in DOCUMENT_LANGUAGES:
            raise ValueError(f"unknown document language {self.language!r}")


@dataclass(frozen=True, kw_only=True)
class QueueNotificationData(IssuedDocument):
    """Notification of queuing with the priority number (RULES §2.3)."""

    number: str
    registered_at: datetime
    child_name: str
    child_iin: str
    child_birth_date: date
    category_code: str
    locality: str
    birth_year: int
    priority_number: int
    employee_name: str
    journal_hash: str
    category_name: str | None = None
    """The category's name in the document language when the rules profile has one; else labels.py."""
    provisional_as_of: datetime | None = None
    """Set when the number was computed offline: it is as of the last sync with the centre."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _require_aware("registered_at", self.registered_at)
        _require_aware("provisional_as_of", self.provisional_as_of)
        if self.priority_number < 1:
            raise ValueError("priority_number is 1-based")


@dataclass(frozen=True, kw_only=True)
class MissingDocument:
    """One line of the refusal receipt: a document of the service standard missing or expired."""

    code: str
    """application, birth_certificate, applicant_identity, category_document, workplace_certificate..."""
    name: str | None = None
    """Overrides the standard wording (e.g. the exact supporting document of a category)."""
    expired_on: date | None = None
    """None: the document was not presented; a date: it was presented but expired on that date."""


@dataclass(frozen=True, kw_only=True)
class RefusalReceiptData(IssuedDocument):
    """Receipt for refusal to accept documents, Annex 3 (RULES §2.4)."""

    number: str
    applicant_name: str
    missing: tuple[MissingDocument, ...]
    employee_name: str
    journal_hash: str

    def __post_init__(self) -> None:
        super().__post_init__()
        if not self.missing:
            raise ValueError("a refusal receipt lists at least one missing or expired document")


@dataclass(frozen=True, kw_only=True)
class WithdrawalConfirmationData(IssuedDocument):
    """Confirmation that an application left the queue for the archive (RULES §6)."""

    number: str
    application_number: str
    child_name: str
    child_iin: str
    child_birth_date: date
    reason_code: str
    """withdrawn, duplicate, over_age, false_data, enrolled (or a profile code with reason_text)."""
    archived_at: datetime
    employee_name: str
    journal_hash: str
    reason_text: str | None = None
    """The clerk's free-text comment, printed under the reason."""

    def __post_init__(self) -> None:
        super().__post_init__()
        _require_aware("archived_at", self.archived_at)


@dataclass(frozen=True, kw_only=True)
class ReferralData(IssuedDocument):
    """Referral to a kindergarten (definition 10, RULES §5)."""

    number: str
    application_number: str
    child_name: str
    child_iin: str
    child_birth_date: date
    place_code: str
    kindergarten_name: str
    kindergarten_address: str
    birth_year: int
    group_language: str
    """Language of education code: kk, ru, en, uz, ug, tg."""
    group_type: str
    """general or special."""
    work_mode: str
    """The rules profile's code: full, part or round_the_clock."""
    enrolment_mode: str
    """The rules profile's code: general, early_booking or temporary."""
    valid_until: date
    employee_name: str
    journal_hash: str
    place_released_on: date | None = None
    """Early booking: the day the place is actually released; the validity counts from it."""
    stay_until: date | None = None
    """Temporary stay: the day the stay ends."""
    group_name: str | None = None
    """The kindergarten's group the place is in, when the office keeps its groups."""


@dataclass(frozen=True, kw_only=True)
class BulletinRow:
    """One place handed to (or recalled from) the system during the bulletin's day."""

    at: datetime
    place_code: str
    kindergarten_name: str
    birth_year: int
    group_language: str
    group_type: str
    work_mode: str
    enrolment_mode: str
    available_from: date
    stay_until: date | None = None
    recall_reason: str | None = None

    def __post_init__(self) -> None:
        _require_aware("at", self.at)


@dataclass(frozen=True, kw_only=True)
class BulletinData(IssuedDocument):
    """Daily bulletin of vacant places (definition 4) or of recalled places (definition 9)."""

    kind: BulletinKind
    number: str
    bulletin_date: date
    rows: tuple[BulletinRow, ...]
    journal_head_hash: str
    """The journal's head hash at printing time: a later rewrite of history will not match it."""


@dataclass(frozen=True, kw_only=True)
class PassedOver:
    """An application ahead of the winner in the merged order that did not get the place, and why."""

    application_number: str
    priority_number: int
    queue_list: QueueList
    reason: PassOverReason


@dataclass(frozen=True, kw_only=True)
class ProtocolPlace:
    """One free place in a distribution run: who got it and who was passed over."""

    place_code: str
    kindergarten_name: str
    locality: str
    birth_year: int
    cycle_before: int
    cycle_after: int
    application_number: str | None = None
    """None when no application of the queue was eligible."""
    priority_number: int | None = None
    queue_list: QueueList | None = None
    referral_number: str | None = None
    """None in a dry run (nothing is issued)."""
    valid_until: date | None = None
    passed_over: tuple[PassedOver, ...] = ()


@dataclass(frozen=True, kw_only=True)
class DistributionProtocolData(IssuedDocument):
    """The protocol of one distribution run (or dry run): one entry per place, in distribution order."""

    number: str
    dry_run: bool
    places: tuple[ProtocolPlace, ...]
    employee_name: str
    journal_hash: str


@dataclass(frozen=True, kw_only=True)
class NoticeData(IssuedDocument):
    """An outbox notification printed for an applicant without a phone (definition 15)."""

    number: str
    title: str
    text: str
    """Already in the applicant's language; paragraphs separated by blank lines."""
    message_at: datetime
    recipient_name: str | None = None
    journal_hash: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        _require_aware("message_at", self.message_at)
