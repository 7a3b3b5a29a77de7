"""Queue screen benchmark (issue 3): the queue table's model and view on the largest queue of a region.

Run: `.venv/bin/python -m tests.bench.bench_queue_screen [--region N] [--repeat N] [--profile]`.
Offscreen Qt. Time to first paint: the source and model made, the view given the model and configured as
the Queue page does it, the first page fetched and the view grabbed. Scroll to end: view.scrollToBottom()
again and again, letting the view fetch pages as it needs them, until the last row is painted. The model
knows the queue's size and reads the pages the view shows; for comparison one queue_page read at the last
page's offset is timed on its own. The cached region database is only read. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import text

from app.db.database import Database
from app.domain.rules_profile import default_profile
from app.services import queue_view
from app.services.queue_view import QueueTableRow
from tests.bench.bench_distribution import load_figures, ready_region
from tests.bench.dataset import DEFAULT_WORKDIR
from ui.queue.columns import size_columns
from ui.queue.sources import PositionSource
from ui.queue.table_model import PAGE_SIZE, QueueTableModel

TARGET_FIRST_PAINT_S = 1.0
TARGET_SCROLL_S = 0.2


class TimedSource(PositionSource):
    """The Queue page's own source, counting the pages it reads and the time spent reading them."""

    def __init__(self, db: Database, locality: str, birth_year: int) -> None:
        super().__init__(db, locality, birth_year)
        self.pages = 0
        self.seconds = 0.0

    def read(self, start_at: int, count: int) -> list[QueueTableRow]:
        start = time.perf_counter()
        rows = super().read(start_at, count)
        self.seconds += time.perf_counter() - start
        self.pages += 1
        return rows


def largest_queue(db: Database) -> tuple[str, int, int]:
    with db.reading() as session:
        row = session.execute(
            text(
                "SELECT locality, birth_year, count(*) AS n FROM applications "
                "WHERE status IN ('queued', 'stop_listed') GROUP BY locality, birth_year "
                "ORDER BY n DESC LIMIT 1"
            )
        ).one()
    return str(row[0]), int(row[1]), int(row[2])


def category_namer() -> Callable[[str], str]:
    profile = default_profile()
    return lambda code: profile.category(code).name("kk")


def show(db: Database, locality: str, year: int) -> tuple[QTableView, QueueTableModel, TimedSource]:
    """What QueuePage._set_source does for a whole queue, then one paint of the view."""
    source = TimedSource(db, locality, year)
    model = QueueTableModel(source, category_namer())
    view = QTableView()
    view.resize(1280, 800)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setModel(model)
    model.fetchMore(QModelIndex())
    size_columns(view, model)
    view.show()
    QApplication.processEvents()
    view.grab()
    return view, model, source


def last_row_painted(view: QTableView, model: QueueTableModel) -> bool:
    bottom = view.rowAt(view.viewport().height() - 1)
    last = model.rowCount() - 1
    return not model.canFetchMore(QModelIndex()) and (bottom == last or (bottom == -1 and last >= 0))


def scroll_to_end(view: QTableView, model: QueueTableModel) -> int:
    """scrollToBottom() until every page is fetched and the last row is on screen; then a paint."""
    rounds = 0
    while True:
        rounds += 1
        view.scrollToBottom()
        QApplication.processEvents()
        if last_row_painted(view, model):
            break
    view.grab()
    return rounds


def jump_read(db: Database, locality: str, year: int) -> float:
    """What a direct jump to the end would read: the last page, by offset."""
    start = time.perf_counter()
    with db.reading() as session:
        size = queue_view.queue_size(session, locality, year)
        queue_view.queue_page(session, locality, year, max(0, size.total - PAGE_SIZE), PAGE_SIZE, size)
    return time.perf_counter() - start


def measure(db: Database, locality: str, year: int, profile: cProfile.Profile | None) -> tuple[float, ...]:
    start = time.perf_counter()
    view, model, source = show(db, locality, year)
    first = time.perf_counter() - start
    first_db = source.seconds
    source.seconds, source.pages = 0.0, 0
    if profile is not None:
        profile.enable()
    start = time.perf_counter()
    rounds = scroll_to_end(view, model)
    scroll = time.perf_counter() - start
    if profile is not None:
        profile.disable()
    print(
        f"  first paint {first * 1000:8.1f} ms (reading {first_db * 1000:.1f} ms); scroll to end "
        f"{scroll * 1000:8.1f} ms: {source.pages} pages read in {source.seconds * 1000:.1f} ms, "
        f"{rounds} scrollToBottom rounds, {model.rowCount():,} rows"
    )
    view.close()
    view.deleteLater()
    QApplication.processEvents()
    return first, scroll, source.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--region", type=int, default=1_000_000, help="applications in the region")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile the last scroll to the end")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    print(f"Queue screen benchmark on a {args.region:,}-application region ({app.platformName()} Qt)")
    print(load_figures())
    region = ready_region(args.workdir, args.region)
    locality, year, size = largest_queue(region)
    print(f"largest queue: {locality} — {year}, {size:,} waiting applications")
    profile = cProfile.Profile() if args.profile else None
    runs = [
        measure(region, locality, year, profile if n == args.repeat - 1 else None) for n in range(args.repeat)
    ]
    first = statistics.median(run[0] for run in runs)
    scroll = statistics.median(run[1] for run in runs)
    reading = statistics.median(run[2] for run in runs)
    jumps = [jump_read(region, locality, year) for _ in range(5)]
    for label, seconds, target in (
        ("time to first paint (median)", first, TARGET_FIRST_PAINT_S),
        ("scroll to end (median)", scroll, TARGET_SCROLL_S),
    ):
        verdict = "met" if seconds <= target else "MISSED"
        print(f"{label:<36} {seconds * 1000:9.1f} ms (target <= {target * 1000:.0f} ms: {verdict})")
    print(f"{'  of which reading pages':<36} {reading * 1000:9.1f} ms")
    print(f"{'last page read by offset (median)':<36} {statistics.median(jumps) * 1000:9.1f} ms")
    print(load_figures())
    if profile is not None:
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
    region.dispose()


if __name__ == "__main__":
    main()
