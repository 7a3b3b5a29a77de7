"""Distribution benchmark (issue 4): free places over a region, dry run and real run, SQLite and PostgreSQL.

Run: `.venv/bin/python -m tests.bench.bench_distribution [--region N] [--places N] [--pg-url off]
[--no-sqlite]`.
The region is the cached SQLite dataset (tests/bench/dataset.py); PostgreSQL gets the same generated CSV
files through the import service in a throwaway database that is dropped at the end. The places are
published through the places import from a generated CSV, spread over the region's queues. Times: a raw
ordered scan of every waiting application's distribution columns (the yardstick), distribution.plan (the dry
run), distribution.issue of that dry run (the supervisor's "Issue referrals": nothing changed since, so the
plan is issued as reviewed) and distribution.run planning again and issuing (`kezek distribute`), each on
a fresh copy of the same state, then a dry run after that run once more places are published and the
daily job's worst mornings after it (every referral unused, then the stop list over); every step three
times (see Trials); on SQLite also the floor: the real run's own statements replayed in plain sqlite3, the
database's share with none of the Python.
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError

from app.db import migrate
from app.db.checkpoints import WRITER_PRAGMA
from app.db.database import Database
from app.domain.local_time import local_date
from app.exchange.applications import import_applications
from app.exchange.places import COLUMNS as PLACE_COLUMNS
from app.exchange.places import import_places
from app.progress import Progress, silent
from app.services import daily, distribution, referral_issue
from app.services.actors import SYSTEM, Actor
from app.services.demo import write_csv
from tests.bench.dataset import DEFAULT_WORKDIR, NOW, load, region_database, timed, write_dataset

SUPERVISOR = Actor("bench", "Benchmark supervisor", "supervisor")
AS_OF = local_date(NOW)
EXPIRY_DAY = AS_OF + timedelta(days=14)
RELEASE_DAY = EXPIRY_DAY + timedelta(days=30)
TARGET_SECONDS = 10.0
TARGET_RATIO = 3.0
TRIALS = 3
SCAN_STEP = "raw ordered scan of the waiting queue"
PLAN_STEP = "distribution.plan (dry run)"
ISSUE_STEP = "distribution.issue of the dry run"
RUN_STEP = "distribution.run (plan + issue)"
AGAIN_STEP = "dry run again: more places, the live referrals"
EXPIRY_STEP = "kezek daily: every referral unused"
RELEASE_STEP = "kezek daily: the stop list over"
MORE_PLACES = 2_500
T = TypeVar("T")
SCAN = text(
    "SELECT list_code, registered_at, application_no, status, language, group_type, work_mode, "
    "preferred_orgs FROM applications WHERE status IN ('queued', 'stop_listed') "
    "ORDER BY locality, birth_year, list_code, registered_at, application_no"
)


def load_figures() -> str:
    one, five, fifteen = os.getloadavg()
    return f"machine load (uptime): {one:.2f} {five:.2f} {fifteen:.2f} (1/5/15 min) on {os.cpu_count()} cores"


def ready_region(workdir: Path, size: int) -> Database:
    """The cached region; if another run is still building it (its .partial file), wait for that."""
    final, partial = workdir / f"region-{size}.sqlite3", workdir / f"region-{size}.partial.sqlite3"
    if not final.exists() and partial.exists():
        print(f"waiting for another run to finish building {final} ...", flush=True)
        while not final.exists() and partial.exists():
            time.sleep(10)
    return region_database(workdir, size)


def raw_scan(db: Database) -> int:
    """The yardstick: every waiting application's distribution columns in queue-index order, fetched fully."""
    with db.reading() as session:
        return len(session.execute(SCAN).all())


def place_rows(db: Database, count: int, seed: int, batch: str = "B") -> list[dict[str, str]]:
    """`count` places over the region's queues: a queue by its size, one of its kindergartens, a batch
    (its place codes marked `batch`)."""
    with db.reading() as session:
        orgs: dict[str, list[str]] = defaultdict(list)
        for code, locality in session.execute(text("SELECT org_code, locality FROM orgs ORDER BY org_code")):
            orgs[locality].append(code)
        queues = [
            (locality, year, size)
            for locality, year, size in session.execute(
                text(
                    "SELECT locality, birth_year, count(*) FROM applications "
                    "WHERE status IN ('queued', 'stop_listed') GROUP BY locality, birth_year "
                    "ORDER BY locality, birth_year"
                )
            )
            if locality in orgs and AS_OF.year - 6 <= year <= AS_OF.year
        ]
    rng = random.Random(seed)
    weights = [size for _, _, size in queues]
    rows: list[dict[str, str]] = []
    while len(rows) < count:
        locality, year, _ = rng.choices(queues, weights)[0]
        org = rng.choice(orgs[locality])
        mode = rng.choices(("general", "early_booking", "temporary"), (85, 10, 5))[0]
        available = AS_OF - timedelta(days=rng.randint(0, 20))
        if mode == "early_booking":
            available = AS_OF + timedelta(days=rng.randint(1, 30))
        stay = (available + timedelta(days=rng.randint(60, 240))).isoformat() if mode == "temporary" else ""
        shared = {
            "org_code": org,
            "birth_year": str(year),
            "language": rng.choices(("kk", "ru"), (65, 35))[0],
            "group_type": rng.choices(("general", "special"), (97, 3))[0],
            "work_mode": rng.choices(("full", "part", "round_the_clock"), (80, 15, 5))[0],
            "enrollment_mode": mode,
            "available_from": available.isoformat(),
            "stay_until": stay,
        }
        # A kindergarten hands over a batch of identical places at once.
        for _ in range(min(rng.randint(1, 6), count - len(rows))):
            rows.append({"place_code": f"{org}-{year}-{batch}{len(rows) + 1:05d}", **shared})
    return rows


def publish(db: Database, count: int, seed: int, batch: str = "B") -> None:
    rows = place_rows(db, count, seed, batch)
    with tempfile.TemporaryDirectory() as folder:
        path = write_csv(Path(folder) / "places.csv", PLACE_COLUMNS, rows)
        with db.transaction() as session:
            import_places(session, SUPERVISOR, path, now=NOW)


def copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (WAL included) through the backup API."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    # The file system gives back (and, mounted with discard, trims) the old copy's blocks, and writes the
    # new copy's half a gigabyte back, here rather than during the timed step that follows.
    os.sync()
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    os.sync()
    return target


def dry_run(db: Database) -> distribution.PlanResult:
    with db.reading() as session:
        return distribution.plan(session, AS_OF)


def real_run(db: Database, progress: Progress = silent) -> distribution.PlanResult:
    with db.transaction() as session:
        return distribution.run(session, SUPERVISOR, AS_OF, dry_run=False, now=NOW, progress=progress)


class StepClock:
    """When each step a run reports ends, so that a slow run shows which step was slow."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.ends: dict[str, float] = {}

    def __call__(self, step: str, done: int, total: int | None) -> None:
        if done == total:
            self.ends[step] = time.perf_counter() - self.start

    def __str__(self) -> str:
        last = 0.0
        parts = []
        for step, end in self.ends.items():
            parts.append(f"{step} {end - last:.2f}")
            last = end
        return "; ".join(parts)


def daily_run(db: Database, day: date) -> daily.DailySummary:
    with db.transaction() as session:
        return daily.run_daily(session, SUPERVISOR, day, now=NOW + (day - AS_OF))


def issue_reviewed(db: Database, reviewed: distribution.PlanResult) -> distribution.PlanResult:
    """The supervisor's "Issue referrals" after the dry run; says so if it had to plan again."""
    steps: set[str] = set()
    with db.transaction() as session:
        result = distribution.issue(
            session, SUPERVISOR, reviewed, now=NOW, progress=lambda step, _done, _total: steps.add(step)
        )
    if referral_issue.READING_QUEUES in steps:
        print("  NOTE: the reviewed plan was made again (the copy's journal differs)")
    return result


class Trials:
    """Each timed step `TRIALS` times (the scan twice as often), reported by its best and worst: the same
    statistic on both sides of a ratio. On this kind of shared machine one step's time swings by a
    quarter from run to run."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.seconds: dict[str, list[float]] = defaultdict(list)

    def time(self, step: str, action: Callable[[], T]) -> T:
        result, seconds = timed(f"[{self.label}] {step}", action)
        self.seconds[step].append(seconds)
        return result

    def best(self, step: str) -> float:
        return min(self.seconds[step])

    def span(self, step: str) -> str:
        return f"{min(self.seconds[step]):.2f}–{max(self.seconds[step]):.2f} s"


Outcome = tuple[distribution.PlanResult, distribution.PlanResult]


def one_trial(trials: Trials, base: Database, fresh_copy: Callable[[int], Database], trial: int) -> Outcome:
    """The scan and the dry run on `base`, the dry run issued on one fresh copy and a whole run on another:
    (the dry run, the whole run)."""
    trials.time(SCAN_STEP, lambda: raw_scan(base))
    planned = trials.time(PLAN_STEP, lambda: dry_run(base))
    issue_copy = fresh_copy(trial)
    try:
        issued = trials.time(ISSUE_STEP, lambda: issue_reviewed(issue_copy, planned))
    finally:
        # Also waits for its WAL checkpoint, which would otherwise run during the next step's time.
        issue_copy.dispose()
    run_copy = fresh_copy(trial)
    try:
        clock = StepClock()
        result = trials.time(RUN_STEP, lambda: real_run(run_copy, clock))
        print(f"  its steps (s): {clock}", flush=True)
        # Later that day more places come in: the next dry run checks each against the live referrals.
        publish(run_copy, MORE_PLACES, trial, batch="M")
        trials.time(AGAIN_STEP, lambda: dry_run(run_copy))
        # The worst mornings after: none of the run's referrals used, then all come off the stop list.
        trials.time(EXPIRY_STEP, lambda: daily_run(run_copy, EXPIRY_DAY))
        trials.time(RELEASE_STEP, lambda: daily_run(run_copy, RELEASE_DAY))
    finally:
        run_copy.dispose()
    if not planned.awarded == issued.awarded == result.awarded:
        print("  NOTE: the dry run, its issue and the real run awarded different numbers of places")
    return planned, result


def measure(label: str, base: Database, fresh_copy: Callable[[int], Database]) -> dict[str, float]:
    """Raw scan and dry run on `base`; the dry run issued, and a whole run (planned again, then issued),
    each on a fresh copy of the same state (`fresh_copy(trial)`, disposed here), TRIALS times."""
    trials = Trials(label)
    # Three scans back to back first: the yardstick at its warmest, so the ratios are not flattered by a
    # scan slowed down by the steps around it.
    counts = {trials.time(SCAN_STEP, lambda: raw_scan(base)) for _ in range(TRIALS)}
    outcomes = [one_trial(trials, base, fresh_copy, trial) for trial in range(TRIALS)]
    planned, result = outcomes[-1]
    passed = sum(len(row.passed_over) for row in planned.rows)
    print(
        f"  {max(counts):,} waiting applications; {len(planned.rows):,} free places, "
        f"{planned.awarded:,} awarded in the plan, {result.awarded:,} referrals issued; "
        f"{passed:,} passed-over entries"
    )
    scan = trials.best(SCAN_STEP)
    print(
        f"  scan  {trials.span(SCAN_STEP)}: {TRIALS} back to back, then one before each of {TRIALS} trials; "
        "the ratios divide each step's best by the best scan"
    )
    for name, step in (("plan", PLAN_STEP), ("issue", ISSUE_STEP), ("run", RUN_STEP)):
        seconds = trials.best(step)
        verdict = "met" if seconds <= TARGET_SECONDS and seconds / scan <= TARGET_RATIO else "MISSED"
        worst = max(trials.seconds[step]) / scan
        print(
            f"  {name:<5} {trials.span(step)}: best {seconds / scan:5.2f} x the best scan (worst trial "
            f"{worst:.2f} x; target <= {TARGET_SECONDS:.0f} s and <= {TARGET_RATIO:.0f} x: {verdict})"
        )
    print(
        f"  again {trials.span(AGAIN_STEP)}: a dry run after the run, {MORE_PLACES:,} places published "
        f"since, among its {result.awarded:,} live referrals"
    )
    print(
        f"  daily {trials.span(EXPIRY_STEP)}: {EXPIRY_DAY}, the run's {result.awarded:,} referrals expired "
        f"unused (stop list); {trials.span(RELEASE_STEP)}: {RELEASE_DAY}, all released"
    )
    return {"scan": scan, "plan": trials.best(PLAN_STEP)}


Statement = tuple[str, Any, bool]


def recorded_run(db: Database) -> list[Statement]:
    """The real run on `db`, recording every statement it sends to the driver with its parameters."""
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, parameters: Any, _context: Any, many: bool) -> None:
        statements.append((sql, parameters, many))

    event.listen(db.write_engine, "before_cursor_execute", record)
    try:
        real_run(db)
    finally:
        event.remove(db.write_engine, "before_cursor_execute", record)
    return statements


def replay(path: Path, statements: list[Statement]) -> tuple[float, float]:
    """Seconds plain sqlite3 takes to execute `statements` in one transaction and commit, in all and in
    the writes and the commit alone: the floor of a run's database work, with none of its Python."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute(WRITER_PRAGMA)  # as Kezek's writers: the checkpoint is not the commit's
        start = time.perf_counter()
        connection.execute("BEGIN IMMEDIATE")
        writes = 0.0
        for sql, parameters, many in statements:
            if sql.startswith(("BEGIN", "COMMIT", "ROLLBACK", "PRAGMA")):
                continue
            began = time.perf_counter()
            if many:
                connection.executemany(sql, parameters)
            else:
                connection.execute(sql, parameters).fetchall()
            if sql.startswith(("INSERT", "UPDATE", "DELETE")):
                writes += time.perf_counter() - began
        began = time.perf_counter()
        connection.execute("COMMIT")
        end = time.perf_counter()
        return end - start, writes + end - began
    finally:
        connection.close()


def sql_floor(base_path: Path, workdir: Path, figures: dict[str, float]) -> None:
    """The run's own statements replayed without Python, on a fresh copy of the same state."""
    path = workdir / f"{base_path.stem}-floor.sqlite3"
    try:
        recording = Database(f"sqlite:///{copy_sqlite(base_path, path)}")
        statements = recorded_run(recording)
        recording.dispose()
        total, writes = replay(copy_sqlite(base_path, path), statements)
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    scan, plan = figures["scan"], figures["plan"]
    print(
        f"  floor {total:7.2f} s = {total / scan:5.2f} x the raw scan: the run's {len(statements):,} "
        f"statements replayed in plain sqlite3, none of its Python; its writes and commit alone "
        f"{writes:.2f} s = {writes / scan:.2f} x"
    )
    print(
        f"  plan + the writes' floor = {(plan + writes) / scan:.2f} x the raw scan: the least a run can take "
        "while it plans as the dry run does and writes what it writes"
    )


def bench_sqlite(workdir: Path, size: int, places: int, seed: int) -> None:
    region = ready_region(workdir, size)
    region.dispose()
    assert region.sqlite_path is not None
    base_path = copy_sqlite(region.sqlite_path, workdir / f"distribution-{size}-base.sqlite3")
    base = Database(f"sqlite:///{base_path}")
    timed(f"[sqlite] publish {places:,} places (places import)", lambda: publish(base, places, seed))
    base.dispose()
    copy_path = workdir / f"distribution-{size}-copy.sqlite3"

    def fresh_copy(_trial: int) -> Database:
        return Database(f"sqlite:///{copy_sqlite(base_path, copy_path)}")

    try:
        figures = measure("sqlite", base, fresh_copy)
        sql_floor(base_path, workdir, figures)
    finally:
        base.dispose()
        for path in (base_path, copy_path):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)


def region_csv(workdir: Path, size: int) -> tuple[Path, list[Path]]:
    """The CSV files the cached region was built from (generated again, identically, if gone)."""
    folder = workdir / f"region-{size}-csv"
    files = sorted(folder.glob("applications-*.csv"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    if (folder / "orgs.csv").exists() and files:
        return folder / "orgs.csv", files
    folder.mkdir(parents=True, exist_ok=True)
    result, _ = timed(
        f"generate {size:,} applications (CSV)", lambda: write_dataset(folder, size, 2, 250_000)
    )
    return result


class PgDatabases:
    """Throwaway PostgreSQL databases on the server of `admin`, dropped by `close()`."""

    def __init__(self, admin: URL) -> None:
        self.admin = admin
        self.engine = create_engine(admin, isolation_level="AUTOCOMMIT")
        self.names: list[str] = []

    def execute(self, sql: str) -> None:
        with self.engine.connect() as connection:
            connection.execute(text(sql))

    def vacuum(self, name: str, *, full: bool = True) -> None:
        """VACUUM ANALYZE (or ANALYZE alone) the database `name`."""
        engine = create_engine(self.admin.set(database=name), isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("VACUUM ANALYZE" if full else "ANALYZE"))
        engine.dispose()

    def create(self, name: str, template: str | None = None) -> Database:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self.names.append(name)
        return Database(self.admin.set(database=name))

    def close(self) -> None:
        for name in reversed(self.names):
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.engine.dispose()


def load_file(db: Database, path: Path) -> None:
    with db.transaction() as session:
        import_applications(session, SYSTEM, path, now=NOW)


def pg_load(pg: PgDatabases, db: Database, orgs_file: Path, files: list[Path]) -> None:
    """`load`, with ANALYZE after each file: the benchmark server may run without autovacuum, and an
    import planned on the statistics of an empty database crawls."""
    assert db.url.database is not None
    load(db, orgs_file, [])
    pg.vacuum(db.url.database, full=False)
    for path in files:
        load_file(db, path)
        pg.vacuum(db.url.database, full=False)


def bench_pg(workdir: Path, admin: URL, name: str, size: int, places: int, seed: int) -> None:
    try:
        pg = PgDatabases(admin)
        pg.execute("SELECT 1")
    except OperationalError as error:
        print(f"[pg] skipped: {admin.render_as_string(hide_password=True)} is not reachable ({error.orig})")
        return
    orgs_file, files = region_csv(workdir, size)
    try:
        base = pg.create(name)
        migrate.upgrade(base)
        timed(
            f"[pg] import {size:,} applications (import service)", lambda: pg_load(pg, base, orgs_file, files)
        )
        timed(f"[pg] publish {places:,} places (places import)", lambda: publish(base, places, seed))
        base.dispose()
        pg.vacuum(name)

        def fresh_copy(trial: int) -> Database:
            base.dispose()  # a template database must have no one connected
            return pg.create(f"{name}_copy{trial}", template=name)

        try:
            measure("pg", base, fresh_copy)
        finally:
            base.dispose()
    finally:
        pg.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--region", type=int, default=300_000, help="applications in the region")
    parser.add_argument("--places", type=int, default=25_000, help="free places published")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("KEZEK_BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"),
        help="a PostgreSQL server to create the throwaway database on ('off' to skip)",
    )
    parser.add_argument("--pg-name", default="kezek_bench")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"Distribution benchmark: {args.places:,} places over {args.region:,} applications (as of {AS_OF})")
    print(load_figures())
    if not args.no_sqlite:
        bench_sqlite(args.workdir, args.region, args.places, args.seed)
    if args.pg_url != "off":
        bench_pg(args.workdir, make_url(args.pg_url), args.pg_name, args.region, args.places, args.seed)
    print(load_figures())


if __name__ == "__main__":
    main()
