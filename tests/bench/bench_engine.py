"""Engine benchmark (issue 2): import, export, lookup by IIN, against a raw ordered scan.

Run: `make bench` (all benchmarks) or `.venv/bin/python -m tests.bench.bench_engine [--region N]`.
Prints figures; asserts nothing. SQLite files live in a temporary folder unless --workdir is given.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlalchemy import text

from app.cli.queue_commands import write_export
from app.db import migrate
from app.db.database import Database
from app.domain.rules_profile import default_profile
from app.exchange.applications import import_applications
from app.exchange.orgs import import_orgs
from app.services import queue
from app.services.actors import SYSTEM
from app.services.demo import application_rows, org_rows, write_csv

T = TypeVar("T")
NOW = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
# A region: many localities, so queues have realistic sizes (tens of thousands at most).
REGION_LOCALITIES = tuple(f"Ауыл {n:02d}" for n in range(1, 41))


def timed(label: str, action: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - start
    print(f"{label:<48} {seconds:9.2f} s", flush=True)
    return result, seconds


def fresh_database(path: Path) -> Database:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = Database(f"sqlite:///{path}")
    migrate.upgrade(db)
    return db


def write_dataset(folder: Path, count: int, seed: int, chunk: int) -> tuple[Path, list[Path]]:
    rng = random.Random(seed)
    orgs = org_rows(rng, REGION_LOCALITIES)
    orgs_file = write_csv(folder / "orgs.csv", tuple(orgs[0]), orgs)
    rows = application_rows(rng, default_profile(), orgs, count, NOW, REGION_LOCALITIES)
    files = []
    for index, start in enumerate(range(0, count, chunk)):
        part = rows[start : start + chunk]
        files.append(write_csv(folder / f"applications-{index}.csv", tuple(part[0]), part))
    return orgs_file, files


def load(db: Database, orgs_file: Path, files: list[Path]) -> None:
    with db.transaction() as session:
        import_orgs(session, SYSTEM, orgs_file, now=NOW)
    for path in files:
        with db.transaction() as session:
            import_applications(session, SYSTEM, path, now=NOW)


def raw_scan(db: Database) -> int:
    query = text(
        "SELECT a.locality, a.birth_year, a.list_code, a.registered_at, a.application_no, c.iin "
        "FROM applications a JOIN children c ON c.id = a.child_id "
        "WHERE a.status IN ('queued', 'stop_listed') "
        "ORDER BY a.locality, a.birth_year, a.list_code, a.registered_at, a.application_no"
    )
    with db.reading() as session:
        return sum(1 for _ in session.execute(query))


def export_all(db: Database) -> int:
    with db.reading() as session, open(os.devnull, "w", encoding="utf-8") as out:
        return write_export(session, out, None, None)


def lookups(db: Database, samples: int, seed: int) -> list[float]:
    with db.reading() as session:
        iins = [row[0] for row in session.execute(text("SELECT iin FROM children"))]
    chosen = random.Random(seed).sample(iins, samples)
    timings = []
    for iin in chosen:
        start = time.perf_counter()
        with db.reading() as session:
            queue.positions_by_iin(session, iin)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--import-size", type=int, default=300_000)
    parser.add_argument("--region", type=int, default=1_000_000, help="applications in the lookup database")
    parser.add_argument("--lookups", type=int, default=300)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.workdir or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        print(f"SQLite benchmarks in {folder}")
        (folder / "import").mkdir(exist_ok=True)
        (orgs_file, files), _ = timed(
            f"generate {args.import_size:,} applications (CSV)",
            lambda: write_dataset(folder / "import", args.import_size, 1, args.import_size),
        )
        db = fresh_database(folder / "import.sqlite3")
        _, import_seconds = timed(
            f"kezek import applications ({args.import_size:,} rows)", lambda: load(db, orgs_file, files)
        )
        print(f"{'':<48} {args.import_size / import_seconds:9,.0f} rows/s")
        db.dispose()

        (folder / "region").mkdir(exist_ok=True)
        (orgs_file, files), _ = timed(
            f"generate {args.region:,} applications (CSV)",
            lambda: write_dataset(folder / "region", args.region, 2, 250_000),
        )
        db = fresh_database(folder / "region.sqlite3")
        timed(f"build the {args.region:,}-application database", lambda: load(db, orgs_file, files))
        count, scan_seconds = timed("raw SELECT … ORDER BY scan of the waiting queue", lambda: raw_scan(db))
        exported, export_seconds = timed(
            f"kezek queue export of all ({count:,} rows)", lambda: export_all(db)
        )
        assert exported == count
        timings = lookups(db, args.lookups, 3)
        median = statistics.median(timings)
        p95 = statistics.quantiles(timings, n=20)[-1]
        print(f"{'priority number by IIN (median/p95/max)':<48} {median:.2f}/{p95:.2f}/{max(timings):.2f} ms")
        print(f"{'export / raw scan':<48} {export_seconds / scan_seconds:9.2f} x")
        print(f"{'lookup p95 / raw scan':<48} {p95 / 1000 / scan_seconds:9.5f} x")
        db.dispose()


if __name__ == "__main__":
    main()
