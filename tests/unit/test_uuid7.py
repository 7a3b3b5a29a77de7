"""Keys made here sort in the order they were made: across milliseconds, within one, and after the clock
is set back."""

from __future__ import annotations

import time
import uuid

import pytest

from app.db import types
from app.db.types import uuid7


def test_ids_sort_in_the_order_they_are_made_within_a_millisecond_too() -> None:
    before = time.time_ns() // 1_000_000
    # Tens of thousands in a few milliseconds, as a distribution run makes its referrals and messages.
    made = [uuid7() for _ in range(20_000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    assert {(key.version, key.variant) for key in made} == {(7, uuid.RFC_4122)}
    assert before <= made[0].int >> 80 <= time.time_ns() // 1_000_000


def test_an_id_made_after_the_clock_is_set_back_still_sorts_after_the_last(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    last = uuid7()
    monkeypatch.setattr(types.time, "time_ns", lambda: 1_000_000_000_000_000_000)
    after = uuid7()
    assert after > last
    assert (after.version, after.variant) == (7, uuid.RFC_4122)
