"""The protocol of a distribution run: the plan as the documents' DTOs (reports/distribution_protocol.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.domain.distribution import PassOverReason as DomainReason
from app.domain.documents import DistributionProtocolData, DocumentLanguage, PassOverReason, ProtocolPlace
from app.domain.documents import PassedOver as DocumentPassedOver
from app.services import journal
from app.services.actors import ensure_office
from app.services.distribution import PlanResult, PlanRow

_REASONS: dict[DomainReason, PassOverReason] = {
    "stop_list": "stop_list",
    "live_referral": "live_referral",
    "language": "language",
    "group_type": "group_type",
    "work_mode": "work_mode",
    "not_chosen": "not_chosen",
    "not_due": "cycle",
}


def _protocol_place(row: PlanRow, language: DocumentLanguage) -> ProtocolPlace:
    return ProtocolPlace(
        place_code=row.place_code,
        kindergarten_name=row.kindergarten_kk if language == "kk" else row.kindergarten_ru,
        locality=row.locality,
        birth_year=row.birth_year,
        cycle_before=row.cycle_before,
        cycle_after=row.cycle_after,
        application_number=row.application_no,
        priority_number=row.priority_number,
        queue_list=row.queue_list,
        referral_number=row.referral_no,
        valid_until=row.valid_until,
        passed_over=tuple(
            DocumentPassedOver(
                application_number=item.candidate.application_no,
                priority_number=item.priority_number,
                queue_list=item.candidate.list_code,
                reason=_REASONS[item.reason],
            )
            for item in row.passed_over
        ),
    )


def protocol_data(
    session: Session,
    result: PlanResult,
    employee_name: str,
    language: DocumentLanguage = "ru",
    now: datetime | None = None,
) -> DistributionProtocolData:
    """The printable protocol of a run or dry run (reports/distribution_protocol.py)."""
    office = ensure_office(session)
    kazakh = language == "kk"
    suffix = "-DRY" if result.dry_run else ""
    return DistributionProtocolData(
        provider_name=office.provider_kk if kazakh else office.provider_ru,
        office_name=office.name_kk if kazakh else office.name_ru,
        office_code=office.code,
        issued_at=now or datetime.now(UTC),
        language=language,
        number=f"{office.code}-DIST-{result.as_of.isoformat()}{suffix}",
        dry_run=result.dry_run,
        places=tuple(_protocol_place(row, language) for row in result.rows),
        employee_name=employee_name,
        journal_hash=result.journal_hash or journal.head_hash(session),
    )
