"""A kindergarten's groups on a real database: kept by supervisors, checked, journaled, and the places
published in them."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from app.db.database import Database
from app.errors import InvalidInput, RuleViolation, UserError
from app.services import groups, places, referrals
from reports.referral import build_referral
from tests.db.distribution_helpers import CLERK, PUBLISHED, SUPERVISOR, add_org, journaled, publish, register
from tests.reports.pdfcheck import flat, pages_text

NURSERY = groups.GroupInput("BB-1", "«Күншуақ» тобы", 2023, "kk", "general", "full", 25)


def _place(group_id: str | None, **changes: object) -> places.PlaceInput:
    place = places.PlaceInput(
        "BB-1", 2023, "kk", "general", "full", "general", PUBLISHED.date(), group_id=group_id
    )
    return replace(place, **changes)  # type: ignore[arg-type]


def test_a_supervisor_adds_edits_and_removes_a_group_each_journaled(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        add_org(session, "BB-2")
    with db.transaction() as session, pytest.raises(UserError) as forbidden:
        groups.add_group(session, CLERK, NURSERY)
    assert forbidden.value.code == "auth.forbidden"
    with db.transaction() as session:
        added = groups.add_group(session, SUPERVISOR, NURSERY)
        groups.add_group(session, SUPERVISOR, replace(NURSERY, org_code="BB-2"))
    assert (added.name, added.capacity, added.places) == ("«Күншуақ» тобы", 25, 0)
    with db.transaction() as session:
        changed = groups.update_group(session, SUPERVISOR, added.id, replace(NURSERY, capacity=20))
    assert changed.capacity == 20
    with db.reading() as session:
        assert [(row.org_code, row.capacity) for row in groups.list_groups(session)] == [
            ("BB-1", 20),
            ("BB-2", 25),
        ]
        assert [row.id for row in groups.list_groups(session, "BB-1")] == [added.id]
    with db.transaction() as session:
        groups.remove_group(session, SUPERVISOR, added.id)
    with db.reading() as session:
        assert [row.org_code for row in groups.list_groups(session)] == ["BB-2"]
    actions = journaled(db, "group")
    assert [action for action, _ in actions] == ["group.add", "group.add", "group.update", "group.remove"]
    assert actions[2][1]["before"]["capacity"] == 25  # type: ignore[index]
    assert actions[2][1]["after"]["capacity"] == 20  # type: ignore[index]


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"name": "  "}, "group.name_required", "name"),
        ({"capacity": 0}, "group.capacity", "capacity"),
        ({"capacity": groups.MAX_CAPACITY + 1}, "group.capacity", "capacity"),
        ({"birth_year": 2014}, "place.birth_year", "birth_year"),
        ({"work_mode": "any"}, "place.work_mode_any", "work_mode"),
        ({"language": "fr"}, "code.unknown", "language"),
    ],
)
def test_a_bad_group_is_refused_at_its_field_and_nothing_is_kept(
    db: Database, changes: dict[str, object], code: str, field: str
) -> None:
    with db.transaction() as session:
        add_org(session)
    with db.transaction() as session, pytest.raises(InvalidInput) as refused:
        groups.add_group(session, SUPERVISOR, replace(NURSERY, **changes), now=PUBLISHED)  # type: ignore[arg-type]
    assert (refused.value.code, refused.value.params["field"]) == (code, field)
    with db.reading() as session:
        assert groups.list_groups(session) == []


def test_names_are_unique_within_a_kindergarten_whatever_the_case(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        add_org(session, "BB-2")
        first = groups.add_group(session, SUPERVISOR, replace(NURSERY, name="Балапан"))
        groups.add_group(session, SUPERVISOR, replace(NURSERY, name="Балапан", org_code="BB-2"))
        other = groups.add_group(session, SUPERVISOR, replace(NURSERY, name="Күншуақ"))
    with db.transaction() as session, pytest.raises(InvalidInput) as taken:
        groups.add_group(session, SUPERVISOR, replace(NURSERY, name="БАЛАПАН"))
    assert taken.value.code == "group.name_taken"
    with db.transaction() as session, pytest.raises(InvalidInput):
        groups.update_group(session, SUPERVISOR, other.id, replace(NURSERY, name="балапан"))
    with db.transaction() as session:
        assert (
            groups.update_group(session, SUPERVISOR, first.id, replace(NURSERY, name="Балапан")).id
            == first.id
        )


def test_a_place_published_in_a_group_must_be_of_its_class_and_keeps_the_group(db: Database) -> None:
    with db.transaction() as session:
        add_org(session)
        add_org(session, "BB-2")
        nursery = groups.add_group(session, SUPERVISOR, NURSERY)
        elsewhere = groups.add_group(session, SUPERVISOR, replace(NURSERY, org_code="BB-2"))
    with db.transaction() as session, pytest.raises(InvalidInput) as mismatch:
        places.publish_place(session, SUPERVISOR, _place(nursery.id, language="ru"), now=PUBLISHED)
    assert (mismatch.value.code, mismatch.value.params["field"]) == ("place.group_mismatch", "language")
    with db.transaction() as session, pytest.raises(InvalidInput) as foreign:
        places.publish_place(session, SUPERVISOR, _place(elsewhere.id), now=PUBLISHED)
    assert foreign.value.code == "place.group_unknown"
    with db.transaction() as session:
        row = places.publish_place(session, SUPERVISOR, _place(nursery.id), now=PUBLISHED)
        publish(session, "P-NO-GROUP")
    assert row.group_name == "«Күншуақ» тобы"
    with db.reading() as session:
        listed = {place.place_code: place.group_name for place in places.list_places(session)}
        assert listed == {row.place_code: "«Күншуақ» тобы", "P-NO-GROUP": None}
        assert (
            groups.list_groups(session, "BB-1")[0].places,
            groups.list_groups(session, "BB-1")[0].free_places,
        ) == (1, 1)
    with db.transaction() as session, pytest.raises(RuleViolation) as kept:
        groups.remove_group(session, SUPERVISOR, nursery.id)
    assert kept.value.code == "group.has_places"
    with db.transaction() as session, pytest.raises(RuleViolation) as fixed:
        groups.update_group(session, SUPERVISOR, nursery.id, replace(NURSERY, birth_year=2022))
    assert fixed.value.code == "group.class_fixed"
    with db.transaction() as session:
        assert (
            groups.update_group(session, SUPERVISOR, nursery.id, replace(NURSERY, capacity=30)).capacity == 30
        )
    with db.transaction() as session:
        recalled = places.recall_place(session, SUPERVISOR, row.place_code, "group closed")
    assert recalled.group_name == "«Күншуақ» тобы"
    with db.reading() as session:
        assert (
            groups.list_groups(session, "BB-1")[0].places,
            groups.list_groups(session, "BB-1")[0].free_places,
        ) == (1, 0)
    with db.transaction() as session:  # no free place of it is left: the group may take another class
        assert (
            groups.update_group(session, SUPERVISOR, nursery.id, replace(NURSERY, birth_year=2022)).birth_year
            == 2022
        )


def test_an_unknown_group_id_is_not_found(db: Database) -> None:
    with db.transaction() as session, pytest.raises(UserError) as missing:
        groups.remove_group(session, SUPERVISOR, "not-a-uuid")
    assert missing.value.code == "group.not_found"


def test_a_referral_to_a_place_in_a_group_names_the_group_on_paper(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        add_org(session)
        number = register(session, "2026-11-02T09:00:00+05:00")
        nursery = groups.add_group(session, SUPERVISOR, NURSERY)
        place = places.publish_place(session, SUPERVISOR, _place(nursery.id), now=PUBLISHED)
        publish(session, "P-NO-GROUP")
    monday = datetime.fromisoformat("2026-12-14T10:00:00+05:00")
    with db.transaction() as session:
        referral = referrals.issue_manual(
            session, SUPERVISOR, place.place_code, number, "court order", now=monday
        )
        data = referrals.referral_data(session, referral.referral_no)
    assert data.group_name == "«Күншуақ» тобы"
    build_referral(data, tmp_path / "referral.pdf")
    text = flat(" ".join(pages_text(tmp_path / "referral.pdf")))
    assert "Топ атауы «Күншуақ» тобы" in text
