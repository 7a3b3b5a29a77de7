"""The acts behind the referral buttons: one service call per transaction; the referral as PDF bytes."""

from __future__ import annotations

from datetime import date

from app.domain.check_code import CheckCode
from app.services import referrals
from app.services.actors import Actor
from app.services.referral_views import ReferralRow
from app.services.session import Database
from reports.referral import build_referral
from ui.documents import render

PAGE = 500
"""Referrals read at a time; the table reads the next page as it is scrolled to the end."""


def rows(
    db: Database, status: str | None, org_code: str | None, find: str, offset: int = 0
) -> list[ReferralRow]:
    with db.reading() as session:
        return referrals.list_referrals(
            session, status=status, org_code=org_code, find=find, limit=PAGE, offset=offset
        )


def count(db: Database, status: str | None, org_code: str | None, find: str) -> int:
    with db.reading() as session:
        return referrals.count_referrals(session, status=status, org_code=org_code, find=find)


def genuine(db: Database, code: CheckCode) -> bool:
    with db.reading() as session:
        return referrals.genuine_printout(session, code)


def referral_pdf(db: Database, referral_no: str) -> bytes:
    with db.reading() as session:
        data = referrals.referral_data(session, referral_no)
    return render(build_referral, data)


def extend(db: Database, actor: Actor, referral_no: str, days: int) -> ReferralRow:
    with db.transaction() as session:
        return referrals.extend(session, actor, referral_no, days)


def decline(db: Database, actor: Actor, referral_no: str) -> ReferralRow:
    with db.transaction() as session:
        return referrals.decline(session, actor, referral_no)


def enrol(db: Database, actor: Actor, referral_no: str, enrolled_on: date, contract_no: str) -> ReferralRow:
    with db.transaction() as session:
        return referrals.enrol(session, actor, referral_no, enrolled_on, contract_no)
