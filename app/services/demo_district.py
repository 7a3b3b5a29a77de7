"""The demo district's kindergartens, their groups and free places, as exchange-file rows and as acts."""

from __future__ import annotations

import csv
import random
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from app.services import groups, places
from app.services.actors import Actor
from app.services.demo_names import GROUP_NAMES, KINDERGARTENS, LOCALITIES, STREETS
from app.services.groups import GroupInput
from app.services.places import PlaceInput

ENROLMENT_MODES = ("general", "early_booking", "temporary")


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


def place_rows(
    rng: random.Random,
    orgs: list[dict[str, str]],
    today: date,
    numbers: range,
    mode_weights: tuple[int, int, int] = (8, 1, 1),
) -> list[dict[str, str]]:
    """Free places handed over on `today`, numbered from `numbers` (exchange-file columns); the enrolment
    modes general, early booking and temporary stay come in `mode_weights`."""
    rows = []
    for number in numbers:
        org = rng.choice(orgs)
        mode = rng.choices(ENROLMENT_MODES, weights=mode_weights)[0]
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


class Groups:
    """Publishes places each in its kindergarten's group of its class: a group is made for the first place
    of a class a kindergarten hands over, named as kindergartens name them, and kept for the later ones."""

    def __init__(self) -> None:
        self._made: dict[tuple[str, ...], str] = {}
        self._per_org: dict[str, int] = {}

    def publish(self, session: Session, actor: Actor, rows: list[dict[str, str]], moment: datetime) -> None:
        for row in rows:
            places.publish_place(session, actor, self._place(session, actor, row, moment), now=moment)

    def _place(self, session: Session, actor: Actor, row: dict[str, str], moment: datetime) -> PlaceInput:
        key = (row["org_code"], row["birth_year"], row["language"], row["group_type"], row["work_mode"])
        if key not in self._made:
            index = self._per_org[row["org_code"]] = self._per_org.get(row["org_code"], 0) + 1
            # Past the list, the names come round again with a number: «Балапан» 2.
            name = f"«{GROUP_NAMES[(index - 1) % len(GROUP_NAMES)]}»"
            name += f" {(index - 1) // len(GROUP_NAMES) + 1}" if index > len(GROUP_NAMES) else ""
            group = GroupInput(key[0], name, int(key[1]), key[2], key[3], key[4], 25)
            self._made[key] = groups.add_group(session, actor, group, now=moment).id
        return PlaceInput(
            org_code=row["org_code"],
            birth_year=int(row["birth_year"]),
            language=row["language"],
            group_type=row["group_type"],
            work_mode=row["work_mode"],
            enrollment_mode=row["enrollment_mode"],
            available_from=date.fromisoformat(row["available_from"]),
            stay_until=date.fromisoformat(row["stay_until"]) if row["stay_until"] else None,
            place_code=row["place_code"],
            group_id=self._made[key],
        )
