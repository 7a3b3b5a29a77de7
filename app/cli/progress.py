"""Progress bars of the command line (DESIGN §8): on standard error and only on a terminal, so that
scripts and pipes read exactly what they always did."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from tqdm import tqdm

from app.progress import Progress


@contextmanager
def progress_bar(stream: TextIO | None = None, unit: str = " rows") -> Iterator[Progress]:
    """A Progress that draws a bar per step, each left as it ended once the next begins; `unit` follows
    the counts ("" where the steps count different things)."""
    out = stream or sys.stderr
    bars: dict[str, tqdm[Any]] = {}

    def report(step: str, done: int, total: int | None) -> None:
        if step not in bars:
            for earlier in bars.values():
                earlier.close()
            # disable=None: drawn only when `out` is a terminal.
            bars[step] = tqdm(desc=step, total=total, unit=unit, unit_scale=True, file=out, disable=None)
        bar = bars[step]
        if total is not None and bar.total != total:
            bar.total = total
        bar.update(done - bar.n)

    try:
        yield report
    finally:
        for bar in bars.values():
            bar.close()
