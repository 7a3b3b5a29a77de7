"""`kezek demo`: a realistic, deterministic district to learn on (3 localities, ~20 kindergartens)."""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from app.db.database import Database
from app.db.models import Application
from app.domain.iin import Sex, make_iin
from app.domain.local_time import LOCAL_TZ, local_date
from app.domain.rules_profile import ListCode, RulesProfile, add_months
from app.errors import RuleViolation
from app.services import users
from app.services.actors import SYSTEM, Actor, ensure_office
from app.services.demo_district import org_rows, write_csv
from app.services.demo_history import TODAYS_PLACES, History, HistoryCounts, opening
from app.services.demo_names import (
    KAZAKH_BOYS,
    KAZAKH_FATHERS,
    KAZAKH_GIRLS,
    KAZAKH_SURNAMES,
    LOCALITIES,
    RUSSIAN_BOYS,
    RUSSIAN_FATHERS,
    RUSSIAN_GIRLS,
    RUSSIAN_SURNAMES,
)
from app.services.profile import profile_in_force

__all__ = ["DEMO_OFFICE", "DEMO_USERS", "DemoSummary", "application_rows", "fill", "org_rows", "write_csv"]

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
    history: HistoryCounts

    def describe(self) -> str:
        users_text = ", ".join(f"{name}/{password} ({role})" for name, _, role, password in DEMO_USERS)
        return (
            f"demo district ready: {self.orgs} kindergartens, {self.places} free places, "
            f"{self.applications} applications; {self.history.describe()}; users {users_text}"
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
    """Fill an empty database: users, the office, kindergartens and their groups, the last three weeks of
    the district (demo_history) and today's free places (each in a group)."""
    rng = random.Random(seed)
    moment = now or datetime.now(UTC)
    with db.transaction() as session:
        if (session.scalar(select(func.count()).select_from(Application)) or 0) > 0:
            raise RuleViolation("demo.not_empty", "the database already has applications; use an empty one")
        ensure_office(session, DEMO_OFFICE[0], DEMO_OFFICE[1], DEMO_OFFICE[2])
        profile = profile_in_force(session)
        hired = opening(profile, local_date(moment))
        for username, full_name, role, password in DEMO_USERS:
            if not any(u.username == username for u in users.list_users(session)):
                users.add_user(session, SYSTEM, username, full_name, role, password, now=hired)
        orgs = org_rows(rng)
        apps = application_rows(rng, profile, orgs, applications, moment)
        staff = {name: Actor(name, full_name, role) for name, full_name, role, _ in DEMO_USERS}
        with tempfile.TemporaryDirectory() as folder:
            history = History(
                session, rng, profile, (staff["clerk"], staff["demo"]), Path(folder), moment
            ).play(orgs, apps)
    return DemoSummary(len(orgs), TODAYS_PLACES, len(apps), history)
