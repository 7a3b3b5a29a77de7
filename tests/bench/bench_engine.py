"""Engine benchmark (issue 2): import, export, lookup by IIN, against a raw ordered scan (SQLite).

Run: `make bench`, or `.venv/bin/python -m tests.bench.bench_engine [--import-size N] [--region N]`.
Prints figures; asserts nothing. The region database is kept in --workdir and reused by later runs.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import time
from pathlib import Path

from sqlalchemy import text

from app.cli.queue_commands import write_export
from app.db.database import Database
from app.services import queue
from tests.bench.dataset import DEFAULT_WORKDIR, fresh_database, load, region_database, timed, write_dataset


def raw_scan(db: Database) -> int:
    """The floor: the same rows in the same order with no Kezek code in between."""
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
    """Milliseconds per `kezek queue position IIN` lookup (a fresh read transaction each)."""
    with db.reading() as session:
        iins = [row[0] for row in session.execute(text("SELECT iin FROM children"))]
    timings = []
    for iin in random.Random(seed).sample(iins, samples):
        start = time.perf_counter()
        with db.reading() as session:
            queue.positions_by_iin(session, iin)
        timings.append((time.perf_counter() - start) * 1000)
    return timings


def bench_import(workdir: Path, size: int) -> None:
    folder = workdir / f"import-{size}-csv"
    folder.mkdir(parents=True, exist_ok=True)
    (orgs_file, files), _ = timed(
        f"generate {size:,} applications (CSV)", lambda: write_dataset(folder, size, 1, size)
    )
    db = fresh_database(workdir / "import.sqlite3")
    _, seconds = timed(f"kezek import applications ({size:,} rows)", lambda: load(db, orgs_file, files))
    print(f"{'  rate':<48} {size / seconds:9,.0f} rows/s")
    db.dispose()


def bench_region(workdir: Path, size: int, samples: int) -> None:
    db = region_database(workdir, size)
    count, scan = timed("raw SELECT … ORDER BY scan of the waiting queue", lambda: raw_scan(db))
    exported, export = timed(f"kezek queue export of all ({count:,} rows)", lambda: export_all(db))
    assert exported == count
    timings = lookups(db, samples, 3)
    p95 = statistics.quantiles(timings, n=20)[-1]
    median = statistics.median(timings)
    print(f"{'priority number by IIN (median/p95/max)':<48} {median:.2f}/{p95:.2f}/{max(timings):.2f} ms")
    print(f"{'export / raw scan':<48} {export / scan:9.2f} x")
    print(f"{'lookup p95 / raw scan':<48} {p95 / 1000 / scan:9.4f} x")
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--import-size", type=int, default=300_000)
    parser.add_argument("--region", type=int, default=1_000_000, help="applications in the lookup database")
    parser.add_argument("--lookups", type=int, default=300)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"Engine benchmarks on SQLite in {args.workdir}")
    bench_import(args.workdir, args.import_size)
    bench_region(args.workdir, args.region, args.lookups)


if __name__ == "__main__":
    main()
