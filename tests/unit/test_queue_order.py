"""Tests of the queue order: merge, cycle counter, priority number and its explanation."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.queue_order import (
    ListCode,
    QueueEntry,
    due_list,
    explain_position,
    iter_merged,
    list_order_key,
    merge_queue,
    next_cycle,
    other_list_bound,
    priority_number,
    validate_cycle,
)

E3 = ["e0", "e1", "e2"]
F3 = ["f0", "f1", "f2"]
G8 = [f"g{i}" for i in range(8)]


def _pattern(merged: list[str]) -> str:
    return "".join(item[0].upper() for item in merged)


@pytest.mark.parametrize(
    ("cycle", "expected"),
    [
        (0, "FGGGFGGGFGGG"),
        (1, "GGGFGGGFGGGF"),
        (2, "GGFGGGFGGGFG"),
        (3, "GFGGGFGGGFGG"),
    ],
)
def test_merge_follows_rules_3_examples(cycle: int, expected: str) -> None:
    f = [f"f{i}" for i in range(3)]
    g = [f"g{i}" for i in range(9)]
    merged = merge_queue([], f, g, cycle, 3)
    assert _pattern(merged) == expected
    # Each list keeps its own order inside the merge.
    assert [x for x in merged if x.startswith("f")] == f
    assert [x for x in merged if x.startswith("g")] == g


def test_merge_puts_all_of_e_first() -> None:
    merged = merge_queue(E3, F3, G8, 0, 3)
    assert merged[:3] == E3
    assert merged[3:8] == ["f0", "g0", "g1", "g2", "f1"]


def test_merge_takes_the_rest_of_f_when_g_runs_out() -> None:
    assert merge_queue([], F3, ["g0"], 1, 3) == ["g0", "f0", "f1", "f2"]


def test_merge_takes_the_rest_of_g_when_f_runs_out() -> None:
    assert merge_queue([], ["f0"], G8[:5], 0, 3) == ["f0", "g0", "g1", "g2", "g3", "g4"]
    assert merge_queue([], [], G8[:2], 0, 3) == ["g0", "g1"]


def test_ratio_zero_is_strict_e_then_f_then_g() -> None:
    assert merge_queue(["e0"], F3, G8[:2], 0, 0) == ["e0", "f0", "f1", "f2", "g0", "g1"]


@pytest.mark.parametrize(
    ("ratio", "cycle", "expected"), [(1, 0, "FGFGFG"), (1, 1, "GFGFGF"), (2, 0, "FGGFGG"), (2, 2, "GFGGFG")]
)
def test_other_ratios(ratio: int, cycle: int, expected: str) -> None:
    assert _pattern(merge_queue([], F3, G8, cycle, ratio))[:6] == expected


def test_iter_merged_streams_lazy_inputs() -> None:
    stream = iter_merged(iter(E3), (x for x in F3), (x for x in G8), 2, 3)
    assert next(stream) == "e0"
    assert list(stream) == merge_queue(E3, F3, G8, 2, 3)[1:]


@pytest.mark.parametrize(("cycle", "ratio"), [(4, 3), (-1, 3), (2, 1), (0, -1)])
def test_out_of_range_cycle_or_ratio_is_refused(cycle: int, ratio: int) -> None:
    with pytest.raises(ValueError, match="must be"):
        merge_queue([], F3, G8, cycle, ratio)
    with pytest.raises(ValueError, match="must be"):
        priority_number("F", 0, 0, 3, 8, cycle, ratio)


def test_validate_cycle_ignores_the_cycle_under_ratio_zero() -> None:
    assert validate_cycle(2, 0) == 0
    assert validate_cycle(3, 3) == 3


def test_ties_at_the_same_time_go_by_application_number() -> None:
    at = datetime(2026, 3, 2, 4, 0, tzinfo=UTC)
    entries = [
        QueueEntry("id-3", "ALM-01-2026-000010", at, "G"),
        QueueEntry("id-1", "ALM-01-2026-000002", at + timedelta(seconds=1), "G"),
        QueueEntry("id-2", "ALM-01-2026-000009", at, "G"),
    ]
    ordered = sorted(entries, key=list_order_key)
    assert [x.application_id for x in ordered] == ["id-2", "id-3", "id-1"]


def test_ordering_compares_instants_across_offsets() -> None:
    almaty = timezone(timedelta(hours=5))
    early = QueueEntry("a", "N2", datetime(2026, 3, 2, 9, 0, tzinfo=almaty), "F")  # 04:00 UTC
    late = QueueEntry("b", "N1", datetime(2026, 3, 2, 5, 0, tzinfo=UTC), "F")
    assert sorted([late, early], key=list_order_key) == [early, late]


def test_queue_entry_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        QueueEntry("a", "N1", datetime(2026, 3, 2, 9, 0), "E")


@pytest.mark.parametrize(
    ("cycle", "served", "ratio", "expected"),
    [
        (0, "F", 3, 1),
        (2, "F", 3, 1),  # an F served while a G was due (no G eligible): the F's turn is used, G due
        (1, "G", 3, 2),
        (2, "G", 3, 3),
        (3, "G", 3, 0),
        (0, "G", 3, 0),  # no F was eligible: the F stays due
        (0, "E", 3, 0),
        (2, "E", 3, 2),
        (1, "G", 1, 0),
        (0, "F", 0, 0),
        (0, "G", 0, 0),
    ],
)
def test_next_cycle(cycle: int, served: ListCode, ratio: int, expected: int) -> None:
    assert next_cycle(cycle, served, ratio) == expected


def test_due_list() -> None:
    assert [due_list(c) for c in range(4)] == ["F", "G", "G", "G"]
    with pytest.raises(ValueError, match="must be"):
        due_list(-1)


def _check_all_positions(n_e: int, n_f: int, n_g: int, cycle: int, ratio: int) -> None:
    def items(code: ListCode, n: int) -> list[tuple[ListCode, int]]:
        return [(code, i) for i in range(n)]

    merged = merge_queue(items("E", n_e), items("F", n_f), items("G", n_g), cycle, ratio)
    for position, (code, index) in enumerate(merged, start=1):
        assert priority_number(code, index, n_e, n_f, n_g, cycle, ratio) == position


def test_priority_number_matches_the_merge_for_all_small_queues() -> None:
    for ratio in range(5):
        for cycle in range(ratio + 1):
            for n_e, n_f, n_g in itertools.product(range(4), range(7), range(12)):
                _check_all_positions(n_e, n_f, n_g, cycle, ratio)


@given(
    ratio=st.integers(0, 4),
    data=st.data(),
    n_e=st.integers(0, 5),
    n_f=st.integers(0, 60),
    n_g=st.integers(0, 200),
)
def test_priority_number_matches_the_merge_property(
    ratio: int, data: st.DataObject, n_e: int, n_f: int, n_g: int
) -> None:
    cycle = data.draw(st.integers(0, ratio))
    _check_all_positions(n_e, n_f, n_g, cycle, ratio)


def _counted_up_to_the_bound(
    code: ListCode, index: int, sizes: dict[ListCode, int], cycle: int, ratio: int
) -> tuple[int, int, int]:
    """The list sizes a lookup counts: the other of F and G only up to its bound, nothing past E for E."""
    seen = dict(sizes)
    bound = other_list_bound(code, index, cycle, ratio)
    if code == "E":
        seen["F"] = seen["G"] = 0
    elif bound is not None:
        other: ListCode = "G" if code == "F" else "F"
        seen[other] = min(sizes[other], bound)
    return seen["E"], seen["F"], seen["G"]


def test_counting_the_other_list_up_to_its_bound_gives_the_same_explanation() -> None:
    codes: tuple[ListCode, ...] = ("E", "F", "G")
    for ratio in range(5):
        for cycle in range(ratio + 1):
            for n_e, n_f, n_g in itertools.product(range(3), range(7), range(14)):
                sizes: dict[ListCode, int] = {"E": n_e, "F": n_f, "G": n_g}
                for code in codes:
                    for index in range(sizes[code]):
                        counted = _counted_up_to_the_bound(code, index, sizes, cycle, ratio)
                        full = explain_position(code, index, n_e, n_f, n_g, cycle, ratio)
                        assert explain_position(code, index, *counted, cycle, ratio) == full


def test_priority_number_is_closed_form_on_huge_queues() -> None:
    # A loop over the queue would never finish on these counts.
    n = 10**15
    assert priority_number("F", n - 1, 7, n, 3 * n, 0, 3) == 7 + (n - 1) * 4 + 1
    assert priority_number("G", 0, 7, n, 3 * n, 0, 3) == 7 + 2


def test_priority_number_refuses_an_index_outside_its_list() -> None:
    with pytest.raises(ValueError, match="outside list F"):
        priority_number("F", 3, 0, 3, 8, 0, 3)


def test_explain_position_breaks_the_number_down() -> None:
    # c = 2, ratio 3: G G F G G G F …; g4 is the 5th G, after one F (g0 g1 f0 g2 g3 g4).
    why = explain_position("G", 4, 2, 5, 10, 2, 3)
    assert (why.e_ahead, why.f_ahead, why.g_ahead) == (2, 1, 4)
    assert why.priority_number == 8 == priority_number("G", 4, 2, 5, 10, 2, 3)
    assert (why.cycle, why.due, why.g_before_next_f) == (2, "G", 2)
    assert "No. 8" in why.describe()


def test_explain_position_when_f_runs_out_before_a_g() -> None:
    why = explain_position("G", 9, 0, 1, 10, 0, 3)
    assert (why.e_ahead, why.f_ahead, why.g_ahead, why.priority_number) == (0, 1, 9, 11)
    assert (why.due, why.g_before_next_f) == ("F", 0)


def test_explain_position_of_an_e_application_ignores_f_and_g() -> None:
    why = explain_position("E", 1, 3, 5, 5, 1, 3)
    assert (why.e_ahead, why.f_ahead, why.g_ahead, why.priority_number) == (1, 0, 0, 2)


def test_explain_position_under_strict_order() -> None:
    why = explain_position("G", 0, 1, 4, 2, 0, 0)
    assert (why.f_ahead, why.priority_number) == (4, 6)
    assert "strict" in why.describe()
