"""Files written whole or not at all."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replaced_on_success(target: Path) -> Iterator[Path]:
    """A sibling path to write instead of `target`, renamed onto it when the block ends without error
    and removed otherwise: a failure or a kill while writing leaves any earlier `target` whole."""
    partial = target.with_name(f"{target.name}.partial")
    try:
        yield partial
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
