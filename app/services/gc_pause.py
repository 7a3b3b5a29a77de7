"""Pausing Python's cyclic garbage collector around bulk work that makes millions of acyclic objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Distribution runs and queue exports hold a region's rows at once: millions of objects, none in a
    cycle. The cyclic collector would walk the growing heap again and again (a sixth of a plan's time,
    a seventh of an export's); reference counting frees them all the same.

    On leaving, what the block made is moved to the oldest generation unexamined (freeze, then unfreeze:
    a list splice). Left young, it would all be walked by the first collection after the block, a tenth
    of a second after a run; old, it is examined only by a full collection, and most of it is freed
    before one comes. Cycles among it are still found there."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
