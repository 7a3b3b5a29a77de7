"""Hand-checked tests of distribution: eligibility, who gets each place, the cycle, and the passed-over."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from app.domain.distribution import (
    Assignment,
    Candidate,
    PassedOver,
    PassedOverList,
    PlaceOffer,
    QueueCandidates,
    ineligibility,
    plan_distribution,
)
from app.domain.queue_order import ListCode

KEY = ("Kosshy", 2022)
T0 = datetime(2024, 1, 10, 4, 0, tzinfo=UTC)
PUBLISHED = datetime(2026, 6, 1, 4, 0, tzinfo=UTC)


def cand(no: str, list_code: ListCode = "G", minute: int = 0, **changes: object) -> Candidate:
    base = Candidate(
        application_id=f"id-{no}",
        application_no=no,
        registered_at=T0 + timedelta(minutes=minute),
        list_code=list_code,
        status="queued",
        has_live_referral=False,
        language="kk",
        group_type="general",
        work_mode="full",
        preferred_orgs=(),
    )
    return base._replace(**changes)  # type: ignore[arg-type]


def place(code: str = "P1", minute: int = 0, **changes: object) -> PlaceOffer:
    base = PlaceOffer(
        place_id=f"pid-{code}",
        place_code=code,
        org_code="K1",
        locality=KEY[0],
        birth_year=KEY[1],
        language="kk",
        group_type="general",
        work_mode="full",
        published_order=(PUBLISHED + timedelta(minutes=minute), code),
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def queue(*candidates: Candidate) -> dict[tuple[str, int], QueueCandidates]:
    return {KEY: QueueCandidates.from_candidates(candidates)}


def winner_no(assignment: Assignment) -> str | None:
    return assignment.winner.application_no if assignment.winner else None


def summary(passed: PassedOverList) -> list[tuple[str, int, str]]:
    return [(p.candidate.application_no, p.priority_number, p.reason) for p in passed]


# --- eligibility -------------------------------------------------------------------------------------


def test_an_application_matching_everything_is_eligible() -> None:
    assert ineligibility(place(), cand("A")) is None


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"status": "stop_listed"}, "stop_list"),
        ({"has_live_referral": True}, "live_referral"),
        ({"language": "ru"}, "language"),
        ({"group_type": "special"}, "group_type"),
        ({"work_mode": "part"}, "work_mode"),
        ({"preferred_orgs": ("K2", "K3")}, "not_chosen"),
    ],
)
def test_each_eligibility_rule(changes: dict[str, object], reason: str) -> None:
    assert ineligibility(place(), cand("A")._replace(**changes)) == reason  # type: ignore[arg-type]


def test_the_first_failing_rule_is_the_reason() -> None:
    everything_wrong = cand(
        "A",
        status="stop_listed",
        has_live_referral=True,
        language="ru",
        group_type="special",
        work_mode="part",
        preferred_orgs=("K9",),
    )
    assert ineligibility(place(), everything_wrong) == "stop_list"
    assert ineligibility(place(), everything_wrong._replace(status="queued")) == "live_referral"
    assert ineligibility(place(), cand("A", language="ru", work_mode="part")) == "language"
    assert ineligibility(place(), cand("A", group_type="special", preferred_orgs=("K9",))) == "group_type"


def test_work_mode_any_fits_every_place_and_chosen_org_is_enough() -> None:
    flexible = cand("A", work_mode="any", preferred_orgs=("K3", "K1"))
    assert ineligibility(place(work_mode="round_the_clock"), flexible) is None
    assert ineligibility(place(org_code="K3", work_mode="part"), flexible) is None
    # "any" is the application's wish; a place always has a definite mode.
    assert ineligibility(place(work_mode="part"), cand("B", work_mode="full")) == "work_mode"


def test_a_special_group_place_goes_only_to_a_special_group_application() -> None:
    special = place(group_type="special")
    assert ineligibility(special, cand("A")) == "group_type"
    assert ineligibility(special, cand("B", group_type="special")) is None


# --- who gets it -------------------------------------------------------------------------------------


def test_an_eligible_e_comes_first_and_leaves_the_cycle() -> None:
    apps = queue(cand("F1", "F", 0), cand("E1", "E", 50, language="ru"), cand("E2", "E", 60))
    plan = plan_distribution([place()], apps, {KEY: 0}, 3)
    (a,) = plan.assignments
    assert winner_no(a) == "E2"
    assert summary(a.passed_over) == [("E1", 1, "language")]
    assert (a.winner_priority_number, a.cycle_before, a.cycle_after) == (2, 0, 0)


def test_f_due_goes_to_the_first_eligible_f_passing_eligible_g_as_not_due() -> None:
    # c = 0 merge: F1 G1 G2 G3 F2 …; F1 wants another kindergarten, so F2 is due and G1..G3 wait.
    apps = queue(
        cand("F1", "F", 0, preferred_orgs=("K2",)),
        cand("F2", "F", 1),
        *(cand(f"G{i}", "G", i, language="ru" if i == 2 else "kk") for i in (1, 2, 3)),
    )
    (a,) = plan_distribution([place()], apps, {KEY: 0}, 3).assignments
    assert winner_no(a) == "F2"
    assert summary(a.passed_over) == [
        ("F1", 1, "not_chosen"),
        ("G1", 2, "not_due"),
        ("G2", 3, "language"),
        ("G3", 4, "not_due"),
    ]
    assert (a.winner_priority_number, a.cycle_after) == (5, 1)


def test_g_due_goes_to_the_first_eligible_g_passing_an_eligible_f() -> None:
    # c = 1 merge: G1 G2 G3 F1 G4; G1..G3 are ineligible, F1 is eligible but a G is due.
    apps = queue(
        cand("G1", "G", 1, status="stop_listed"),
        cand("G2", "G", 2, has_live_referral=True),
        cand("G3", "G", 3, work_mode="part"),
        cand("G4", "G", 4),
        cand("F1", "F", 0),
    )
    (a,) = plan_distribution([place()], apps, {KEY: 1}, 3).assignments
    assert winner_no(a) == "G4"
    assert summary(a.passed_over) == [
        ("G1", 1, "stop_list"),
        ("G2", 2, "live_referral"),
        ("G3", 3, "work_mode"),
        ("F1", 4, "not_due"),
    ]
    assert (a.cycle_before, a.cycle_after) == (1, 2)


def test_no_eligible_f_when_f_is_due_gives_the_place_to_a_g_and_keeps_c() -> None:
    apps = queue(cand("F1", "F", 0, language="ru"), cand("G1", "G", 1))
    (a,) = plan_distribution([place()], apps, {KEY: 0}, 3).assignments
    assert winner_no(a) == "G1"
    assert summary(a.passed_over) == [("F1", 1, "language")]
    assert (a.cycle_before, a.cycle_after) == (0, 0)


def test_no_eligible_g_when_g_is_due_gives_the_place_to_an_f_and_sets_c_to_1() -> None:
    # c = 2 merge: G1 G2 F1; neither G is eligible.
    apps = queue(
        cand("G1", "G", 1, language="ru"), cand("G2", "G", 2, group_type="special"), cand("F1", "F", 9)
    )
    (a,) = plan_distribution([place()], apps, {KEY: 2}, 3).assignments
    assert winner_no(a) == "F1"
    assert summary(a.passed_over) == [("G1", 1, "language"), ("G2", 2, "group_type")]
    assert (a.winner_priority_number, a.cycle_before, a.cycle_after) == (3, 2, 1)


def test_the_cycle_carries_over_to_the_next_run() -> None:
    apps = queue(*(cand(f"F{i}", "F", i) for i in range(3)), *(cand(f"G{i}", "G", 10 + i) for i in range(6)))
    first = plan_distribution([place("P1"), place("P2")], apps, {KEY: 3}, 3)
    assert [a.winner.application_no for a in first.assignments if a.winner] == ["G0", "F0"]
    assert [(a.cycle_before, a.cycle_after) for a in first.assignments] == [(3, 0), (0, 1)]
    assert first.cycles_after == {KEY: 1}
    # The next run starts from the stored cycle and from the queue without those served.
    served = {a.winner.application_id for a in first.assignments if a.winner}
    rest = queue(*(c for q in apps.values() for c in (*q.f, *q.g) if c.application_id not in served))
    second = plan_distribution([place(f"P{i}") for i in range(3, 7)], rest, first.cycles_after, 3)
    assert [a.winner.application_no for a in second.assignments if a.winner] == ["G1", "G2", "G3", "F1"]
    assert [a.cycle_after for a in second.assignments] == [2, 3, 0, 1]
    assert second.cycles_after == {KEY: 1}


def test_a_dry_run_twice_gives_the_same_plan_and_leaves_the_inputs_alone() -> None:
    apps = queue(cand("F1", "F", 0), cand("G1", "G", 1), cand("E1", "E", 2, language="ru"))
    cycles = {KEY: 2}
    places = [place("P2"), place("P1")]
    before = (copy.deepcopy(apps), dict(cycles), list(places))
    first = plan_distribution(places, apps, cycles, 3)
    assert (apps, cycles, places) == before
    assert plan_distribution(places, apps, cycles, 3) == first


def test_nobody_eligible_lists_every_waiting_application() -> None:
    apps = queue(
        cand("E1", "E", 5, language="ru"),
        cand("F1", "F", 0, preferred_orgs=("K2",)),
        cand("G1", "G", 1, status="stop_listed"),
        cand("G2", "G", 2, work_mode="part"),
    )
    (a,) = plan_distribution([place()], apps, {KEY: 1}, 3).assignments
    assert (a.winner, a.winner_priority_number, a.cycle_before, a.cycle_after) == (None, None, 1, 1)
    # c = 1: G G G F, so the F comes after both G.
    assert summary(a.passed_over) == [
        ("E1", 1, "language"),
        ("G1", 2, "stop_list"),
        ("G2", 3, "work_mode"),
        ("F1", 4, "not_chosen"),
    ]


def test_a_passed_over_list_read_after_the_run_shows_the_queue_as_it_was_for_that_place() -> None:
    apps = queue(cand("G1", "G", 1, work_mode="part"), cand("G2", "G", 2))
    plan = plan_distribution([place("P1"), place("P2", 1, work_mode="part")], apps, {KEY: 1}, 3)
    first, second = plan.assignments
    assert (winner_no(first), len(first.passed_over), winner_no(second)) == ("G2", 1, "G1")
    # G1 got P2 later in the run, yet it was waiting, and passed over, when P1 was given.
    assert summary(first.passed_over) == [("G1", 1, "work_mode")]
    assert summary(second.passed_over) == []


def test_a_winner_cannot_take_a_second_place_and_leaves_the_passed_over() -> None:
    apps = queue(cand("G1", "G", 1), cand("G2", "G", 2, preferred_orgs=("K2",)))
    a, b = plan_distribution([place("P1"), place("P2")], apps, {KEY: 0}, 3).assignments
    assert winner_no(a) == "G1"
    assert b.winner is None
    # G1 now holds a referral, so it no longer waits and is not listed.
    assert summary(b.passed_over) == [("G2", 1, "not_chosen")]


def test_places_go_in_publication_order_then_place_code() -> None:
    apps = queue(cand("G1", "G", 1), cand("G2", "G", 2))
    late = place("P0", minute=5)
    b = place("PB")
    a = place("PA")
    plan = plan_distribution([late, b, a], apps, {KEY: 0}, 3)
    assert [
        (x.place.place_code, x.winner.application_no if x.winner else None) for x in plan.assignments
    ] == [
        ("PA", "G1"),
        ("PB", "G2"),
        ("P0", None),
    ]


def test_ties_at_the_same_time_are_ordered_by_application_number() -> None:
    apps = queue(cand("N-000020", "G", 0), cand("N-000003", "G", 0), cand("N-000100", "G", 0, language="ru"))
    plan = plan_distribution([place("P1"), place("P2")], apps, {KEY: 0}, 3)
    assert [a.winner.application_no for a in plan.assignments if a.winner] == ["N-000003", "N-000020"]


def test_a_place_of_a_queue_without_applications_goes_to_nobody() -> None:
    plan = plan_distribution([place(locality="Elsewhere")], queue(cand("G1")), {KEY: 2}, 3)
    (a,) = plan.assignments
    assert (a.winner, len(a.passed_over), a.cycle_before) == (None, 0, 0)
    assert plan.cycles_after == {KEY: 2, ("Elsewhere", 2022): 0}


def test_strict_order_under_ratio_zero() -> None:
    apps = queue(cand("G1", "G", 0), cand("F1", "F", 9), cand("F2", "F", 10, language="ru"))
    plan = plan_distribution([place("P1"), place("P2")], apps, {KEY: 0}, 0)
    assert [a.winner.application_no for a in plan.assignments if a.winner] == ["F1", "G1"]
    assert summary(plan.assignments[1].passed_over) == [("F2", 1, "language")]
    assert plan.cycles_after == {KEY: 0}


def test_a_cycle_outside_the_ratio_is_refused() -> None:
    with pytest.raises(ValueError, match="cycle"):
        plan_distribution([place()], queue(cand("G1")), {KEY: 4}, 3)


def test_queue_candidates_refuses_an_application_on_the_wrong_list() -> None:
    with pytest.raises(ValueError, match="on list F"):
        QueueCandidates(e=(cand("F1", "F"),))


def test_passed_over_list_behaves_as_an_immutable_sequence() -> None:
    a, b, c = cand("A"), cand("B"), cand("C")
    passed = PassedOverList((a, b, c), ("language", "not_due", "stop_list"))
    assert len(passed) == 3
    assert passed[1] == PassedOver(b, 2, "not_due")
    assert passed[-1] == PassedOver(c, 3, "stop_list")
    assert passed[1:] == (PassedOver(b, 2, "not_due"), PassedOver(c, 3, "stop_list"))
    assert list(passed) == [passed[0], passed[1], passed[2]]
    assert passed == PassedOverList((a, b, c), ("language", "not_due", "stop_list"))
    assert passed != PassedOverList((a, b), ("language", "not_due"))
    with pytest.raises(IndexError):
        passed[3]
    with pytest.raises(ValueError, match="one reason"):
        PassedOverList((a,), ())
