"""Kindergartens kept by hand on a real database: added and corrected by a supervisor, checked, journaled."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.db.database import Database
from app.errors import InvalidInput, NotFound, RuleViolation, UserError
from app.services import groups, kindergartens, places
from tests.db.distribution_helpers import CLERK, SUPERVISOR, journaled, publish, register

BALAPAN = kindergartens.OrgInput(
    "DO-31", "«Балапан» бөбекжайы", "Ясли-сад «Балапан»", "Қосшы", "Абай к-сі, 7", "123456789012"
)


def test_a_supervisor_adds_and_corrects_a_kindergarten_each_journaled(db: Database) -> None:
    with db.transaction() as session, pytest.raises(UserError) as forbidden:
        kindergartens.add_org(session, CLERK, BALAPAN)
    assert forbidden.value.code == "auth.forbidden"
    with db.transaction() as session:
        added = kindergartens.add_org(session, SUPERVISOR, replace(BALAPAN, name_kk="  «Балапан» бөбекжайы "))
    assert added.name_kk == "«Балапан» бөбекжайы"
    with db.transaction() as session, pytest.raises(InvalidInput) as taken:
        kindergartens.add_org(session, SUPERVISOR, BALAPAN)
    assert (taken.value.code, taken.value.params["field"]) == ("org.code_taken", "org_code")
    with db.transaction() as session:
        corrected = kindergartens.update_org(
            session, SUPERVISOR, "DO-31", replace(BALAPAN, address="Абай к-сі, 9")
        )
    assert corrected.address == "Абай к-сі, 9"
    with db.reading() as session:
        assert places.list_orgs(session) == [corrected]
    journal = journaled(db, "org")
    assert [action for action, _ in journal] == ["org.add", "org.update"]
    assert journal[1][1]["before"]["address"] == "Абай к-сі, 7"  # type: ignore[index]
    assert journal[1][1]["after"]["address"] == "Абай к-сі, 9"  # type: ignore[index]


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"name_ru": " "}, "field.required", "name_ru"),
        ({"locality": ""}, "field.required", "locality"),
        ({"bin": "12345"}, "org.bin", "bin"),
        ({"org_code": "X" * 40}, "field.too_long", "org_code"),
    ],
)
def test_a_bad_kindergarten_is_refused_at_its_field(
    db: Database, changes: dict[str, str], code: str, field: str
) -> None:
    with db.transaction() as session, pytest.raises(InvalidInput) as refused:
        kindergartens.add_org(session, SUPERVISOR, replace(BALAPAN, **changes))
    assert (refused.value.code, refused.value.params["field"]) == (code, field)
    with db.reading() as session:
        assert places.list_orgs(session) == []


def test_the_code_stays_and_so_does_the_locality_once_it_has_places(db: Database) -> None:
    with db.transaction() as session:
        kindergartens.add_org(session, SUPERVISOR, replace(BALAPAN, org_code="BB-1"))
    moved = replace(BALAPAN, org_code="BB-1", locality="Ақмол")
    with db.transaction() as session:
        assert kindergartens.update_org(session, SUPERVISOR, "BB-1", moved).locality == "Ақмол"
    with db.transaction() as session, pytest.raises(RuleViolation) as recoded:
        kindergartens.update_org(session, SUPERVISOR, "BB-1", replace(moved, org_code="BB-2"))
    assert recoded.value.code == "org.code_fixed"
    with db.transaction() as session:
        publish(session, "P-1")
    with db.transaction() as session, pytest.raises(RuleViolation) as fixed:
        kindergartens.update_org(session, SUPERVISOR, "BB-1", replace(moved, locality="Қосшы"))
    assert fixed.value.code == "org.locality_fixed"
    with db.transaction() as session:
        renamed = kindergartens.update_org(session, SUPERVISOR, "BB-1", replace(moved, name_ru="Детсад"))
    assert renamed.name_ru == "Детсад"


def test_a_kindergarten_added_by_mistake_is_removed_while_nothing_names_it(db: Database) -> None:
    with db.transaction() as session:
        kindergartens.add_org(session, SUPERVISOR, replace(BALAPAN, org_code="BB-1"))
        kindergartens.add_org(session, SUPERVISOR, replace(BALAPAN, org_code="BB-10"))
        kindergartens.add_org(session, SUPERVISOR, replace(BALAPAN, org_code="DO-9"))
        groups.add_group(
            session, SUPERVISOR, groups.GroupInput("DO-9", "«Ботақан»", 2023, "kk", "general", "full", 20)
        )
        register(session, "2026-03-02T10:00:00+05:00", preferred_orgs=("BB-10",))
    with db.transaction() as session, pytest.raises(UserError) as forbidden:
        kindergartens.remove_org(session, CLERK, "BB-1")
    assert forbidden.value.code == "auth.forbidden"
    with db.transaction() as session, pytest.raises(RuleViolation) as chosen:
        kindergartens.remove_org(session, SUPERVISOR, "BB-10")
    assert (chosen.value.code, chosen.value.params["count"]) == ("org.chosen", 1)
    with db.transaction() as session, pytest.raises(RuleViolation) as grouped:
        kindergartens.remove_org(session, SUPERVISOR, "DO-9")
    assert grouped.value.code == "org.has_groups"
    with db.transaction() as session:
        kindergartens.remove_org(session, SUPERVISOR, "BB-1")  # "BB-10" chosen is not "BB-1" chosen
    with db.reading() as session:
        assert [org.org_code for org in places.list_orgs(session)] == ["BB-10", "DO-9"]
    removed = journaled(db, "org")[-1]
    assert removed[0] == "org.remove"
    assert removed[1]["org_code"] == "BB-1"
    with db.transaction() as session, pytest.raises(NotFound):
        kindergartens.remove_org(session, SUPERVISOR, "BB-1")


def test_a_kindergarten_with_places_stays_on_record(db: Database) -> None:
    with db.transaction() as session:
        kindergartens.add_org(session, SUPERVISOR, replace(BALAPAN, org_code="BB-1"))
        publish(session, "P-1")
    with db.transaction() as session, pytest.raises(RuleViolation) as kept:
        kindergartens.remove_org(session, SUPERVISOR, "BB-1")
    assert kept.value.code == "org.has_places"
    with db.reading() as session:
        assert [org.org_code for org in places.list_orgs(session)] == ["BB-1"]
