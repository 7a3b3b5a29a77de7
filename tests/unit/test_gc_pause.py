"""Pausing the cyclic collector around bulk work: what the block made is old afterwards, cycles still go."""

from __future__ import annotations

import gc
import weakref

from app.services.gc_pause import cyclic_gc_paused


class _Node:
    def __init__(self) -> None:
        self.itself = self


def test_what_a_paused_block_made_is_not_walked_as_young_and_its_cycles_are_still_collected() -> None:
    gc.collect()
    with cyclic_gc_paused():
        assert not gc.isenabled()
        made = [[n] for n in range(20_000)]
        cycle = weakref.ref(_Node())
        with cyclic_gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
    # Left young, the 20,000 lists would all be walked by the next collection of the youngest generation.
    assert gc.get_count()[0] < 1_000
    assert len(made) == 20_000
    assert cycle() is not None
    gc.collect()
    assert cycle() is None
