"""Progress of long work, reported by the services to whoever shows it (the command line's bar)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

Progress = Callable[[str, int, int | None], None]
"""Called as (step, done, total): what is being done, how much of it, out of how much (None: unknown)."""

T = TypeVar("T")
EVERY = 1000
"""Items between two reports of a counted stream."""


def silent(step: str, done: int, total: int | None) -> None:
    """Progress for callers that show none."""


def counted(items: Iterable[T], progress: Progress, step: str, total: int | None = None) -> Iterator[T]:
    """`items` as they come, reporting every EVERY of them and once at the end."""
    done = 0
    for done, item in enumerate(items, start=1):
        yield item
        if done % EVERY == 0:
            progress(step, done, total)
    progress(step, done, total if total is not None else done)
