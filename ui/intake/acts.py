"""The acts behind the buttons: one service call in one transaction, then its document as PDF bytes."""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, BinaryIO

from app.services import archive, intake, printouts
from app.services.actors import Actor
from app.services.intake import ApplicationInput, Refused, Registered
from app.services.session import Database
from reports.queue_notification import build_queue_notification
from reports.refusal_receipt import build_refusal_receipt
from reports.withdrawal_confirmation import build_withdrawal_confirmation


@dataclass(frozen=True)
class Outcome:
    """What an act did and the PDF to print for it."""

    result: Registered | Refused | None
    pdf: bytes
    number: str


def _pdf(build: Callable[[Any, BinaryIO], None], data: object) -> bytes:
    buffer = io.BytesIO()
    build(data, buffer)
    return buffer.getvalue()


def notification_pdf(db: Database, application_no: str, employee: str) -> bytes:
    with db.reading() as session:
        data = printouts.queue_notification(session, application_no, employee)
    return _pdf(build_queue_notification, data)


def receipt_pdf(db: Database, receipt_no: str) -> bytes:
    with db.reading() as session:
        data = printouts.refusal_receipt(session, receipt_no)
    return _pdf(build_refusal_receipt, data)


def submit(
    db: Database, actor: Actor, form: ApplicationInput, presented: Mapping[str, date | None]
) -> Outcome:
    """Register or refuse (one act), then the notification or the Annex 3 receipt."""
    with db.transaction() as session:
        result = intake.submit(session, actor, form, presented)
    if isinstance(result, Registered):
        return Outcome(
            result, notification_pdf(db, result.application_no, actor.full_name), result.application_no
        )
    return Outcome(result, receipt_pdf(db, result.receipt_no), result.receipt_no)


def withdraw(db: Database, actor: Actor, application_no: str, reason: str, note: str) -> Outcome:
    with db.transaction() as session:
        data = archive.withdraw(session, actor, application_no, reason, note)
    return Outcome(None, _pdf(build_withdrawal_confirmation, data), data.number)
