"""The register of issued Annex 3 receipts (RULES §2.4), newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import RefusalReceipt


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    receipt_no: str
    issued_at: datetime
    applicant_name: str
    child_name: str
    child_iin: str
    missing_codes: tuple[str, ...]
    employee: str


def list_receipts(session: Session, limit: int = 100, offset: int = 0) -> list[ReceiptRow]:
    """One page of the register, newest first."""
    query = (
        select(RefusalReceipt)
        .order_by(RefusalReceipt.issued_at.desc(), RefusalReceipt.receipt_no.desc())
        .limit(limit)
        .offset(offset)
    )
    return [
        ReceiptRow(
            receipt.receipt_no,
            receipt.issued_at,
            receipt.applicant_name,
            receipt.child_name,
            receipt.child_iin,
            tuple(item["code"] for item in json.loads(receipt.missing)),
            receipt.employee,
        )
        for receipt in session.scalars(query)
    ]


def count_receipts(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(RefusalReceipt)) or 0
