"""Progress: a counted stream reports as it goes, and the command line draws it only on a terminal."""

from __future__ import annotations

import io

from app.cli.progress import progress_bar
from app.progress import EVERY, counted


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_counted_reports_every_thousand_and_once_at_the_end() -> None:
    reports: list[tuple[str, int, int | None]] = []
    items = list(counted(range(2 * EVERY + 5), lambda *report: reports.append(report), "rows"))
    assert items == list(range(2 * EVERY + 5))
    assert reports == [
        ("rows", EVERY, None),
        ("rows", 2 * EVERY, None),
        ("rows", 2 * EVERY + 5, 2 * EVERY + 5),
    ]


def test_the_bar_is_drawn_on_a_terminal_and_not_in_a_pipe() -> None:
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        with progress_bar(stream) as progress:
            progress("checking rows", 500, None)
            progress("writing rows", 300, 600)
            progress("writing rows", 600, 600)
    drawn = terminal.getvalue()
    assert "checking rows" in drawn
    assert "writing rows" in drawn
    assert "600/600" in drawn
    assert pipe.getvalue() == ""
