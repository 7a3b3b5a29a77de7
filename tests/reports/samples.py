"""Sample document data for the report tests: Kazakh names, an Almaty office, aware UTC moments."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.domain.documents import (
    PASS_OVER_REASONS,
    BulletinData,
    BulletinKind,
    BulletinRow,
    DistributionProtocolData,
    DocumentLanguage,
    MissingDocument,
    NoticeData,
    PassedOver,
    ProtocolPlace,
    QueueNotificationData,
    ReferralData,
    RefusalReceiptData,
    WithdrawalConfirmationData,
)

CHILD = "Әлихан Қуанышұлы Нұрғалиев"
APPLICANT = "Айгерім Болатқызы Нұрғалиева"
CLERK = "Гүлнұр Серікқызы Әбенова"
HASH = "9f2c4e1a7b3d5f60" * 4
ISSUED = datetime(2026, 3, 14, 4, 15, 42, tzinfo=UTC)  # 09:15:42 in Almaty (UTC+5)


def issued(language: DocumentLanguage) -> dict[str, Any]:
    return {
        "provider_name": "Алматы қаласы Білім басқармасы",
        "office_name": "Алмалы ауданы бойынша ХҚКО",
        "office_code": "ALM-03",
        "issued_at": ISSUED,
        "language": language,
    }


def notification(language: DocumentLanguage = "kk", **changes: Any) -> QueueNotificationData:
    values: dict[str, Any] = {
        **issued(language),
        "number": "ALM-2026-000123",
        "registered_at": datetime(2026, 3, 14, 4, 15, 40, tzinfo=UTC),
        "child_name": CHILD,
        "child_iin": "220315500123",
        "child_birth_date": date(2022, 3, 15),
        "category_code": "large_family",
        "locality": "Алматы қ.",
        "birth_year": 2022,
        "priority_number": 347,
        "employee_name": CLERK,
        "journal_hash": HASH,
    }
    values.update(changes)
    return QueueNotificationData(**values)


MISSING = (
    MissingDocument(code="birth_certificate"),
    MissingDocument(code="workplace_certificate", expired_on=date(2026, 2, 10)),
    MissingDocument(code="category_document", name="Көп балалы отбасы куәлігі"),
)


def receipt(language: DocumentLanguage = "kk", **changes: Any) -> RefusalReceiptData:
    values: dict[str, Any] = {
        **issued(language),
        "number": "R-2026-000045",
        "applicant_name": APPLICANT,
        "missing": MISSING,
        "employee_name": CLERK,
        "journal_hash": HASH,
    }
    values.update(changes)
    return RefusalReceiptData(**values)


def withdrawal(language: DocumentLanguage = "kk") -> WithdrawalConfirmationData:
    return WithdrawalConfirmationData(
        **issued(language),
        number="W-2026-000007",
        application_number="ALM-2026-000123",
        child_name=CHILD,
        child_iin="220315500123",
        child_birth_date=date(2022, 3, 15),
        reason_code="withdrawn",
        reason_text="Отбасы Шымкент қаласына көшті",
        archived_at=datetime(2026, 3, 14, 4, 10, tzinfo=UTC),
        employee_name=CLERK,
        journal_hash=HASH,
    )


def referral(language: DocumentLanguage = "kk", **changes: Any) -> ReferralData:
    values: dict[str, Any] = {
        **issued(language),
        "number": "N-2026-004512",
        "application_number": "ALM-2026-000123",
        "child_name": CHILD,
        "child_iin": "220315500123",
        "child_birth_date": date(2022, 3, 15),
        "place_code": "KG-017-2022-05",
        "kindergarten_name": "«Балапан» бөбекжай-бақшасы № 17",
        "kindergarten_address": "Алматы қ., Әуезов ауданы, Абай даңғылы, 150",
        "birth_year": 2022,
        "group_language": "kk",
        "group_type": "general",
        "work_mode": "full",
        "enrolment_mode": "early_booking",
        "valid_until": date(2026, 4, 8),
        "employee_name": CLERK,
        "journal_hash": HASH,
        "place_released_on": date(2026, 4, 1),
        "stay_until": None,
    }
    values.update(changes)
    return ReferralData(**values)


def bulletin(kind: BulletinKind, rows: int, language: DocumentLanguage = "kk") -> BulletinData:
    start = datetime(2026, 3, 14, 3, 0, tzinfo=UTC)
    return BulletinData(
        **issued(language),
        kind=kind,
        number="B-2026-0314",
        bulletin_date=date(2026, 3, 14),
        journal_head_hash=HASH,
        rows=tuple(
            BulletinRow(
                at=start + timedelta(minutes=i),
                place_code=f"KG-{i % 40:03}-{i:05}",
                kindergarten_name=f"«Қарлығаш» бөбекжай-бақшасы № {i % 40}",
                birth_year=2021 + i % 3,
                group_language="kk" if i % 2 else "ru",
                group_type="general" if i % 5 else "special",
                work_mode="full",
                enrolment_mode=("general", "early_booking", "temporary")[i % 3],
                available_from=date(2026, 4, 1),
                stay_until=date(2026, 9, 1) if i % 3 == 2 else None,
                recall_reason="Топ жабылды (жөндеу)" if kind == "recalled" else None,
            )
            for i in range(rows)
        ),
    )


def protocol(
    places: int, language: DocumentLanguage = "kk", dry_run: bool = False
) -> DistributionProtocolData:
    def place(i: int) -> ProtocolPlace:
        empty = i % 17 == 16
        return ProtocolPlace(
            place_code=f"KG-{i % 40:03}-{i:05}",
            kindergarten_name=f"«Қарлығаш» бөбекжай-бақшасы № {i % 40}",
            locality="Алматы қ.",
            birth_year=2022,
            cycle_before=i % 4,
            cycle_after=(i + 1) % 4,
            application_number=None if empty else f"ALM-2026-{i:06}",
            priority_number=None if empty else 1 + i % 5,
            queue_list=None if empty else "FG"[i % 2],
            referral_number=None if empty or dry_run else f"N-2026-{i:06}",
            valid_until=None if empty or dry_run else date(2026, 3, 21),
            passed_over=tuple(
                PassedOver(
                    application_number=f"ALM-2025-{i * 7 + j:06}",
                    priority_number=j + 1,
                    queue_list="FGE"[j % 3],
                    reason=PASS_OVER_REASONS[(i + j) % len(PASS_OVER_REASONS)],
                )
                for j in range(i % 4)
            ),
        )

    return DistributionProtocolData(
        **issued(language),
        number="P-2026-0007",
        dry_run=dry_run,
        places=tuple(place(i) for i in range(places)),
        employee_name=CLERK,
        journal_hash=HASH,
    )


def notice(language: DocumentLanguage = "kk") -> NoticeData:
    return NoticeData(
        **issued(language),
        number="M-000991",
        title="Жолдама берілді",
        text="Құрметті Айгерім Болатқызы!\n\nӘлихан Қуанышұлы Нұрғалиевке жолдама берілді.",
        message_at=datetime(2026, 3, 14, 5, 0, tzinfo=UTC),
        recipient_name=APPLICANT,
        journal_hash=HASH,
    )
