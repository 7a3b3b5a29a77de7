"""The daily bulletins of vacant and of recalled places (definitions 4 and 9), and closing a day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Bulletin, Org, Place
from app.domain.documents import BulletinData, BulletinKind, BulletinRow, DocumentLanguage
from app.domain.local_time import LOCAL_TZ, local_date
from app.errors import RuleViolation
from app.services import journal
from app.services.actors import Actor, ensure_office

KINDS: tuple[BulletinKind, ...] = ("vacant", "recalled")


def _day_places(session: Session, day: date, kind: BulletinKind) -> list[tuple[Place, Org]]:
    """The places published (vacant) or recalled during that Asia/Almaty day, in the order it happened."""
    start = datetime.combine(day, time.min, tzinfo=LOCAL_TZ)
    end = start + timedelta(days=1)
    moment = Place.published_at if kind == "vacant" else Place.recalled_at
    query = (
        select(Place, Org)
        .join(Org, Org.id == Place.org_id)
        .where(moment >= start, moment < end)
        .order_by(moment, Place.place_code)
    )
    return list(session.execute(query))


def _row(place: Place, org: Org, kind: BulletinKind, language: DocumentLanguage) -> BulletinRow:
    at = place.published_at if kind == "vacant" else place.recalled_at
    assert at is not None
    return BulletinRow(
        at=at,
        place_code=place.place_code,
        kindergarten_name=org.name_ru if language == "ru" else org.name_kk,
        birth_year=place.birth_year,
        group_language=place.language,
        group_type=place.group_type,
        work_mode=place.work_mode,
        enrolment_mode=place.enrollment_mode,
        available_from=place.available_from,
        stay_until=place.stay_until,
        recall_reason=place.recall_reason if kind == "recalled" else None,
    )


def bulletin(
    session: Session, day: date, kind: BulletinKind, language: DocumentLanguage = "kk"
) -> BulletinData:
    """The bulletin of one local day; a closed day prints the journal head hash it was closed with."""
    office = ensure_office(session)
    closed = session.get(Bulletin, (day, kind))
    russian = language == "ru"
    return BulletinData(
        provider_name=office.provider_ru if russian else office.provider_kk,
        office_name=office.name_ru if russian else office.name_kk,
        office_code=office.code,
        issued_at=datetime.now(UTC),
        language=language,
        kind=kind,
        number=f"{office.code}-{kind.upper()}-{day:%Y%m%d}",
        bulletin_date=day,
        rows=tuple(_row(place, org, kind, language) for place, org in _day_places(session, day, kind)),
        journal_head_hash=closed.head_hash if closed is not None else journal.head_hash(session),
    )


def close_bulletins(session: Session, actor: Actor, day: date, *, now: datetime | None = None) -> int:
    """Record both bulletins of a day with the journal head as it stands; the number newly closed.

    Closing a day twice changes nothing: the first closing's hash and count stand.
    """
    moment = now or datetime.now(UTC)
    if day > local_date(moment):
        raise RuleViolation("bulletin.future", "the day {day} has not come yet", day=day)
    head = journal.head_hash(session)
    acts = []
    for kind in KINDS:
        if session.get(Bulletin, (day, kind), with_for_update=True) is not None:
            continue
        entries = len(_day_places(session, day, kind))
        session.add(Bulletin(day=day, kind=kind, closed_at=moment, head_hash=head, entries=entries))
        acts.append(
            journal.Act(
                "bulletin.close",
                "bulletin",
                f"{day.isoformat()}/{kind}",
                {"day": day.isoformat(), "kind": kind, "head_hash": head, "entries": entries},
            )
        )
    session.flush()
    journal.append_many(session, actor, acts, moment)
    return len(acts)
