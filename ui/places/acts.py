"""The acts behind the free-place buttons: one service call per transaction, documents as bytes."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import cast

from app.domain.documents import BulletinData, BulletinKind, DocumentLanguage
from app.services import bulletins, groups, kindergartens, places, referrals
from app.services.actors import Actor
from app.services.groups import GroupInput, GroupRow
from app.services.places import OrgRow, PlaceInput, PlaceRow
from app.services.referral_views import ReferralRow
from app.services.session import Database
from reports.bulletin import build_bulletin_pdf, build_bulletin_xlsx
from ui.documents import render


def orgs(db: Database) -> list[OrgRow]:
    with db.reading() as session:
        return places.list_orgs(session)


def save_org(db: Database, actor: Actor, org: kindergartens.OrgInput, existing: bool) -> OrgRow:
    """A new kindergarten, or the existing one of the same code corrected."""
    with db.transaction() as session:
        if existing:
            return kindergartens.update_org(session, actor, org.org_code.strip(), org)
        return kindergartens.add_org(session, actor, org)


def remove_org(db: Database, actor: Actor, org_code: str) -> None:
    with db.transaction() as session:
        kindergartens.remove_org(session, actor, org_code)


def group_rows(db: Database, org_code: str | None) -> list[GroupRow]:
    with db.reading() as session:
        return groups.list_groups(session, org_code)


def save_group(db: Database, actor: Actor, group: GroupInput, group_id: str | None) -> GroupRow:
    """A new group, or the group `group_id` changed."""
    with db.transaction() as session:
        if group_id is None:
            return groups.add_group(session, actor, group)
        return groups.update_group(session, actor, group_id, group)


def remove_group(db: Database, actor: Actor, group_id: str) -> None:
    with db.transaction() as session:
        groups.remove_group(session, actor, group_id)


PAGE = 500
"""Places read at a time; the table reads the next page as it is scrolled to the end."""


def place_rows(db: Database, status: str | None, org_code: str | None, offset: int = 0) -> list[PlaceRow]:
    with db.reading() as session:
        return places.list_places(session, status, org_code, limit=PAGE, offset=offset)


def count_places(db: Database, status: str | None, org_code: str | None) -> int:
    with db.reading() as session:
        return places.count_places(session, status, org_code)


def publish(db: Database, actor: Actor, place: PlaceInput) -> PlaceRow:
    with db.transaction() as session:
        return places.publish_place(session, actor, place)


def recall(db: Database, actor: Actor, place_code: str, reason: str) -> PlaceRow:
    with db.transaction() as session:
        return places.recall_place(session, actor, place_code, reason)


def refer_by_hand(
    db: Database, actor: Actor, place_code: str, application_no: str, reason: str
) -> ReferralRow:
    with db.transaction() as session:
        return referrals.issue_manual(session, actor, place_code, application_no, reason)


def _bulletin(db: Database, day: date, kind: str, language: str) -> BulletinData:
    with db.reading() as session:
        return bulletins.bulletin(session, day, cast(BulletinKind, kind), cast(DocumentLanguage, language))


def bulletin_pdf(db: Database, day: date, kind: str, language: str) -> bytes:
    return render(build_bulletin_pdf, _bulletin(db, day, kind, language))


def bulletin_xlsx(db: Database, day: date, kind: str, language: str, path: Path) -> Path:
    build_bulletin_xlsx(_bulletin(db, day, kind, language), path)
    return path
