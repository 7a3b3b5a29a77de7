"""`kezek demo`: a realistic, deterministic district to learn on (3 localities, ~20 kindergartens)."""

from __future__ import annotations

import csv
import random
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.database import Database
from app.db.models import Application
from app.domain.iin import Sex, make_iin
from app.domain.local_time import LOCAL_TZ, local_date
from app.domain.rules_profile import ListCode, RulesProfile, add_months
from app.errors import RuleViolation
from app.exchange import imports
from app.services import groups, places, users
from app.services.actors import SYSTEM, Actor, ensure_office
from app.services.demo_names import (
    GROUP_NAMES,
    KAZAKH_BOYS,
    KAZAKH_FATHERS,
    KAZAKH_GIRLS,
    KAZAKH_SURNAMES,
    KINDERGARTENS,
    LOCALITIES,
    RUSSIAN_BOYS,
    RUSSIAN_FATHERS,
    RUSSIAN_GIRLS,
    RUSSIAN_SURNAMES,
    STREETS,
)
from app.services.groups import GroupInput
from app.services.places import PlaceInput
from app.services.profile import profile_in_force

DEMO_USERS = (
    ("admin", "Жүйе әкімшісі", "admin", "admin-kezek"),
    ("demo", "Жанар Қасымова", "supervisor", "demo-kezek"),
    ("clerk", "Ерлан Оспанов", "clerk", "clerk-kezek"),
)
DEMO_OFFICE = ("AKM-07", "Қосшы қаласы әкімдігінің кеңсесі", "Канцелярия акимата города Косшы")


@dataclass(frozen=True, slots=True)
class DemoSummary:
    orgs: int
    places: int
    applications: int

    def describe(self) -> str:
        users_text = ", ".join(f"{name}/{password} ({role})" for name, _, role, password in DEMO_USERS)
        return (
            f"demo district ready: {self.orgs} kindergartens, {self.places} free places, "
            f"{self.applications} applications; users {users_text}"
        )


class _People:
    """Deterministic children and parents with valid IINs, never the same IIN twice."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def iin(self, birth: date, sex: Sex) -> str:
        while True:
            value = make_iin(birth, sex, self.rng.randrange(10000))
            if value is not None and value not in self.used:
                self.used.add(value)
                return value

    def names(self, kazakh: bool, sex: Sex) -> tuple[str, str, str]:
        rng = self.rng
        if kazakh:
            first = rng.choice(KAZAKH_BOYS if sex == "M" else KAZAKH_GIRLS)
            father = rng.choice(KAZAKH_FATHERS)
            surname = rng.choice(KAZAKH_SURNAMES) + ("" if sex == "M" else "а")
            return surname, first, father + ("ұлы" if sex == "M" else "қызы")
        first = rng.choice(RUSSIAN_BOYS if sex == "M" else RUSSIAN_GIRLS)
        father = rng.choice(RUSSIAN_FATHERS)
        surname = rng.choice(RUSSIAN_SURNAMES) + ("" if sex == "M" else "а")
        return surname, first, father + ("ович" if sex == "M" else "овна")


def write_csv(path: Path, header: tuple[str, ...], rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
    return path


def org_rows(rng: random.Random, localities: tuple[str, ...] = LOCALITIES) -> list[dict[str, str]]:
    """One kindergarten per demo name, spread over the localities (exchange-file columns)."""
    rows = []
    for index, (name_kk, name_ru) in enumerate(KINDERGARTENS, start=1):
        rows.append(
            {
                "org_code": f"DO-{index:03d}",
                "name_kk": f"«{name_kk}» бөбекжай-бақшасы",
                "name_ru": f"Ясли-сад «{name_ru}»",
                "locality": localities[index % len(localities)],
                "address": f"{rng.choice(STREETS)}, {rng.randint(1, 120)}",
                "bin": f"{rng.randrange(10**11, 10**12)}",
            }
        )
    return rows


def _place_rows(rng: random.Random, orgs: list[dict[str, str]], today: date) -> list[dict[str, str]]:
    rows = []
    for number in range(1, 61):
        org = rng.choice(orgs)
        mode = rng.choices(("general", "early_booking", "temporary"), weights=(8, 1, 1))[0]
        available = today + timedelta(days=rng.randint(0, 20) if mode == "early_booking" else 0)
        rows.append(
            {
                "place_code": f"{org['org_code']}-P{number:03d}",
                "org_code": org["org_code"],
                "birth_year": str(today.year - rng.randint(2, 5)),
                "language": rng.choices(("kk", "ru"), weights=(7, 3))[0],
                "group_type": rng.choices(("general", "special"), weights=(19, 1))[0],
                "work_mode": rng.choices(("full", "part"), weights=(5, 1))[0],
                "enrollment_mode": mode,
                "available_from": available.isoformat(),
                "stay_until": (available + timedelta(days=120)).isoformat() if mode == "temporary" else "",
            }
        )
    return rows


def _publish_in_groups(session: Session, actor: Actor, rows: list[dict[str, str]], moment: datetime) -> None:
    """The places, each in its kindergarten's group of its class: a group is made for each class of place
    a kindergarten hands over, named as kindergartens name them."""
    made: dict[tuple[str, ...], str] = {}
    per_org: dict[str, int] = {}
    for row in rows:
        key = (row["org_code"], row["birth_year"], row["language"], row["group_type"], row["work_mode"])
        if key not in made:
            index = per_org[row["org_code"]] = per_org.get(row["org_code"], 0) + 1
            # Past the list, the names come round again with a number: «Балапан» 2.
            name = f"«{GROUP_NAMES[(index - 1) % len(GROUP_NAMES)]}»"
            name += f" {(index - 1) // len(GROUP_NAMES) + 1}" if index > len(GROUP_NAMES) else ""
            group = GroupInput(key[0], name, int(key[1]), key[2], key[3], key[4], 25)
            made[key] = groups.add_group(session, actor, group, now=moment).id
        place = PlaceInput(
            org_code=row["org_code"],
            birth_year=int(row["birth_year"]),
            language=row["language"],
            group_type=row["group_type"],
            work_mode=row["work_mode"],
            enrollment_mode=row["enrollment_mode"],
            available_from=date.fromisoformat(row["available_from"]),
            stay_until=date.fromisoformat(row["stay_until"]) if row["stay_until"] else None,
            place_code=row["place_code"],
            group_id=made[key],
        )
        places.publish_place(session, actor, place, now=moment)


def _category(rng: random.Random, profile: RulesProfile) -> str:
    group: ListCode = rng.choices(("E", "F", "G"), weights=(4, 14, 82))[0]
    return rng.choice(profile.categories_in(group)).code


def application_rows(
    rng: random.Random,
    profile: RulesProfile,
    orgs: list[dict[str, str]],
    count: int,
    now: datetime,
    localities: tuple[str, ...] = LOCALITIES,
) -> list[dict[str, str]]:
    """`count` valid applications registered over the last three years (exchange-file columns)."""
    people = _People(rng)
    today = local_date(now)
    rows = []
    for number in range(1, count + 1):
        registered = now - timedelta(seconds=rng.randint(3600, 3 * 365 * 86400))
        registered_day = local_date(registered)
        # Born before registration, young enough to be under the age limit until today.
        earliest = max(
            add_months(today, -12 * (profile.age_limit_years - 1)), registered_day - timedelta(days=4 * 365)
        )
        birth = earliest + timedelta(days=rng.randint(0, max(0, (registered_day - earliest).days - 30)))
        sex: Sex = rng.choice(("M", "F"))
        kazakh = rng.random() < 0.7
        last, first, middle = people.names(kazakh, sex)
        parent_sex: Sex = rng.choice(("M", "F"))
        p_last, p_first, p_middle = people.names(kazakh, parent_sex)
        category = _category(rng, profile)
        locality = localities[number % len(localities)]
        local_orgs = [org["org_code"] for org in orgs if org["locality"] == locality]
        special = rng.random() < 0.03
        rows.append(
            {
                "application_no": f"{DEMO_OFFICE[0]}-P{registered_day.year}-{number:06d}",
                "registered_at": registered.astimezone(LOCAL_TZ).replace(microsecond=0).isoformat(),
                "locality": locality,
                "child_iin": people.iin(birth, sex),
                "child_last_name": last,
                "child_first_name": first,
                "child_middle_name": middle,
                "child_birth_date": birth.isoformat(),
                "applicant_iin": people.iin(
                    date(rng.randint(1982, 2001), rng.randint(1, 12), rng.randint(1, 28)), parent_sex
                ),
                "applicant_last_name": p_last,
                "applicant_first_name": p_first,
                "applicant_middle_name": p_middle,
                "phone": _phone(rng),
                "email": "",
                "language": "kk" if kazakh or rng.random() < 0.1 else "ru",
                "group_type": "special" if special else "general",
                "work_mode": rng.choices(("full", "part", "any"), weights=(7, 1, 2))[0],
                "special_needs": "true" if special else "false",
                "category": category,
                "category_doc_date": _document_date(rng, profile, category, registered_day),
                "preferred_orgs": ";".join(rng.sample(local_orgs, k=min(len(local_orgs), rng.randint(0, 3)))),
            }
        )
    return rows


def _phone(rng: random.Random) -> str:
    return f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"


def _document_date(rng: random.Random, profile: RulesProfile, category: str, registered: date) -> str:
    kinds = [profile.document_kind(code) for code in profile.category(category).documents]
    if not kinds:
        return ""
    limited = [kind.validity_months for kind in kinds if kind.validity_months is not None]
    span = 20 if limited else 700
    return (registered - timedelta(days=rng.randint(0, span))).isoformat()


def fill(db: Database, seed: int = 254, applications: int = 5000, now: datetime | None = None) -> DemoSummary:
    """Fill an empty database: users, the office, kindergartens, their groups, free places (each in a group)
    and applications."""
    rng = random.Random(seed)
    moment = now or datetime.now(UTC)
    with db.transaction() as session:
        if (session.scalar(select(func.count()).select_from(Application)) or 0) > 0:
            raise RuleViolation("demo.not_empty", "the database already has applications; use an empty one")
        ensure_office(session, DEMO_OFFICE[0], DEMO_OFFICE[1], DEMO_OFFICE[2])
        actor: Actor = SYSTEM
        for username, full_name, role, password in DEMO_USERS:
            if not any(u.username == username for u in users.list_users(session)):
                users.add_user(session, actor, username, full_name, role, password)
        profile = profile_in_force(session)
        orgs = org_rows(rng)
        place_rows = _place_rows(rng, orgs, local_date(moment))
        apps = application_rows(rng, profile, orgs, applications, moment)
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder)
            imports.import_orgs(session, actor, write_csv(base / "orgs.csv", tuple(orgs[0]), orgs))
            _publish_in_groups(session, actor, place_rows, moment)
            imports.import_applications(session, actor, write_csv(base / "apps.csv", tuple(apps[0]), apps))
    return DemoSummary(len(orgs), len(place_rows), len(apps))
