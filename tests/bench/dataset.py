"""Benchmark data sets: generated exchange files and a cached region database (reused across runs)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from app.db import migrate
from app.db.database import Database
from app.domain.rules_profile import default_profile
from app.exchange.applications import import_applications
from app.exchange.orgs import import_orgs
from app.services.actors import SYSTEM
from app.services.demo import application_rows, org_rows, write_csv

T = TypeVar("T")
DEFAULT_WORKDIR = Path("/tmp/kezek-bench")

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


def region_database(workdir: Path, size: int) -> Database:
    """A SQLite region of `size` applications, built once and kept in `workdir` for later runs."""
    path = workdir / f"region-{size}.sqlite3"
    if path.exists():
        print(f"reusing {path}")
        db = Database(f"sqlite:///{path}")
        migrate.upgrade(db)
        return db
    folder = workdir / f"region-{size}-csv"
    folder.mkdir(parents=True, exist_ok=True)
    (orgs_file, files), _ = timed(
        f"generate {size:,} applications (CSV)", lambda: write_dataset(folder, size, 2, 250_000)
    )
    partial = workdir / f"region-{size}.partial.sqlite3"
    db = fresh_database(partial)
    timed(f"build the {size:,}-application database", lambda: load(db, orgs_file, files))
    db.dispose()
    partial.replace(path)
    return Database(f"sqlite:///{path}")
