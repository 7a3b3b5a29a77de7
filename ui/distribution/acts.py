"""The acts behind the distribution buttons: the dry run, the run, and the protocol as PDF or xlsx."""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import cast

from app.domain.documents import DistributionProtocolData, DocumentLanguage
from app.progress import Progress
from app.services import distribution
from app.services.actors import Actor
from app.services.distribution import PlanResult
from app.services.distribution_protocol import protocol_data
from app.services.session import Database
from reports.distribution_protocol import build_protocol_pdf, build_protocol_xlsx
from ui.documents import render


def dry_run(db: Database, as_of: date, progress: Progress) -> PlanResult:
    with db.reading() as session:
        return distribution.plan(session, as_of, progress=progress)


def issue(db: Database, actor: Actor, reviewed: PlanResult, progress: Progress) -> PlanResult:
    """The referrals of the dry run the supervisor confirmed, as it was shown."""
    with db.transaction() as session:
        return distribution.issue(session, actor, reviewed, progress=progress)


def _protocol(db: Database, result: PlanResult, employee: str, language: str) -> DistributionProtocolData:
    with db.reading() as session:
        return protocol_data(session, result, employee, cast(DocumentLanguage, language))


def protocol_pdf(db: Database, result: PlanResult, employee: str, language: str, progress: Progress) -> bytes:
    return render(partial(build_protocol_pdf, progress=progress), _protocol(db, result, employee, language))


def protocol_xlsx(
    db: Database, result: PlanResult, employee: str, language: str, path: Path, progress: Progress
) -> Path:
    build_protocol_xlsx(_protocol(db, result, employee, language), path, progress)
    return path
