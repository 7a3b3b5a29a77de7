"""The O(1) inverse of the merge agrees with merge_queue on every small queue and cycle."""

from __future__ import annotations

import itertools

import pytest

from app.domain.queue_order import merge_queue
from app.domain.queue_slices import list_positions, taken


@pytest.mark.parametrize("ratio", [0, 1, 3])
def test_list_positions_match_the_merge(ratio: int) -> None:
    for n_e, n_f, n_g in itertools.product(range(3), range(6), range(9)):
        e = [("E", i) for i in range(n_e)]
        f = [("F", i) for i in range(n_f)]
        g = [("G", i) for i in range(n_g)]
        for cycle in range(ratio + 1):
            merged = merge_queue(e, f, g, cycle, ratio)
            total = len(merged)
            assert list_positions(0, total, n_e, n_f, n_g, cycle, ratio) == merged
            for start in range(total):
                assert list_positions(start, 3, n_e, n_f, n_g, cycle, ratio) == merged[start : start + 3]


def test_taken_counts_each_list_among_the_first_places() -> None:
    e, f, g = [("E", 0)], [("F", i) for i in range(2)], [("G", i) for i in range(10)]
    merged = merge_queue(e, f, g, 2, 3)
    for position in range(len(merged) + 1):
        head = merged[:position]
        expected = tuple(sum(1 for code, _ in head if code == lst) for lst in "EFG")
        assert taken(position, 1, 2, 10, 2, 3) == expected


def test_out_of_range_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        taken(5, 1, 1, 1, 0, 3)
