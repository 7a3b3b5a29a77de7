"""Intake benchmark (issue 3): one registration at the desk, end to end, on a region-sized SQLite database.

Run: `.venv/bin/python -m tests.bench.bench_intake [--region N] [--registrations N]`.
Each registration is what the intake screen's act does (ui/intake/acts.submit): intake.submit in one
writing transaction (validate, number, write, journal, outbox), then the notification of queuing read in a
reading transaction and rendered to PDF. The cached region (tests/bench/dataset.py) is copied first, so
the cache stays clean. Prints p50/p95/max per step; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import time
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import text

from app.db.database import Database
from app.domain import local_time
from app.domain.iin import make_iin
from app.services import intake, printouts
from app.services.actors import Actor
from app.services.intake import ApplicationInput, PersonInput, Registered
from reports.queue_notification import build_queue_notification
from tests.bench.bench_distribution import copy_sqlite, load_figures, ready_region
from tests.bench.dataset import DEFAULT_WORKDIR, REGION_LOCALITIES

CLERK = Actor("bench-clerk", "Бенчмарк Операторы", "clerk")
DOCUMENTS: dict[str, date | None] = dict.fromkeys(("application", "birth_certificate", "applicant_identity"))
TARGET_P95_MS = 150.0
STEPS = ("submit (validate, write, journal)", "notification data", "notification PDF", "end to end")


def _iin(rng: random.Random, birth: date, sex: str, taken: set[str]) -> str:
    while True:
        value = make_iin(birth, "M" if sex == "M" else "F", rng.randrange(10_000))
        if value is not None and value not in taken:
            taken.add(value)
            return value


def forms(db: Database, count: int, seed: int) -> list[ApplicationInput]:
    """`count` complete general-category forms for children not yet in the database."""
    rng = random.Random(seed)
    today = local_time.today()
    with db.reading() as session:
        orgs: dict[str, list[str]] = defaultdict(list)
        for code, locality in session.execute(text("SELECT org_code, locality FROM orgs")):
            orgs[locality].append(code)
        taken: set[str] = set()
        result = []
        while len(result) < count:
            birth = today - timedelta(days=rng.randint(60, 4 * 365))
            sex = rng.choice("MF")
            child = _iin(rng, birth, sex, taken)
            known = session.execute(text("SELECT 1 FROM children WHERE iin = :iin"), {"iin": child}).first()
            if known is not None:
                continue
            locality = rng.choice(REGION_LOCALITIES)
            chosen = orgs.get(locality, [])
            kazakh = rng.random() < 0.7
            result.append(
                ApplicationInput(
                    child=PersonInput(child, "Нұрғалиев", "Әлихан", "Қуанышұлы"),
                    child_birth_date=birth,
                    applicant=PersonInput(
                        _iin(
                            rng,
                            date(rng.randint(1982, 2001), rng.randint(1, 12), rng.randint(1, 28)),
                            "F",
                            taken,
                        ),
                        "Нұрғалиева",
                        "Гүлнұр",
                        "Серікқызы",
                    ),
                    locality=locality,
                    language="kk" if kazakh else "ru",
                    group_type="general",
                    work_mode=rng.choice(("full", "full", "part", "any")),
                    category="general",
                    doc_language="kk" if kazakh else "ru",
                    phone=f"+7 70{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(10, 99)} 00",
                    notify_consent=rng.random() < 0.5,
                    preferred_orgs=tuple(rng.sample(chosen, min(len(chosen), rng.randint(0, 3)))),
                )
            )
    return result


def register(db: Database, form: ApplicationInput) -> list[float]:
    """One registration as the intake screen does it; milliseconds per step, then the total."""
    t0 = time.perf_counter()
    with db.transaction() as session:
        result = intake.submit(session, CLERK, form, DOCUMENTS)
    assert isinstance(result, Registered)
    t1 = time.perf_counter()
    with db.reading() as session:
        data = printouts.queue_notification(session, result.application_no, CLERK.full_name)
    t2 = time.perf_counter()
    buffer = io.BytesIO()
    build_queue_notification(data, buffer)
    t3 = time.perf_counter()
    return [(t1 - t0) * 1000, (t2 - t1) * 1000, (t3 - t2) * 1000, (t3 - t0) * 1000]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--region", type=int, default=1_000_000, help="applications in the region")
    parser.add_argument("--registrations", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=3, help="registrations first, not counted")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    print(f"Intake benchmark: {args.registrations} registrations on a {args.region:,}-application region")
    print(load_figures())
    region = ready_region(args.workdir, args.region)
    assert region.sqlite_path is not None
    copy = args.workdir / f"intake-{args.region}.sqlite3"
    start = time.perf_counter()
    copy_sqlite(region.sqlite_path, copy)
    print(f"copied the region in {time.perf_counter() - start:.1f} s")
    db = Database(f"sqlite:///{copy}")
    try:
        prepared = forms(db, args.warmup + args.registrations, args.seed)
        warm = [register(db, form)[-1] for form in prepared[: args.warmup]]
        print(f"warm-up registrations (not counted): {', '.join(f'{ms:.0f}' for ms in warm)} ms")
        timings = [register(db, form) for form in prepared[args.warmup :]]
        print(f"{'step':<36} {'p50':>8} {'p95':>8} {'max':>8}  (ms, {len(timings)} registrations)")
        for index, step in enumerate(STEPS):
            values = [row[index] for row in timings]
            p95 = statistics.quantiles(values, n=20)[-1]
            print(f"{step:<36} {statistics.median(values):8.1f} {p95:8.1f} {max(values):8.1f}")
        p95 = statistics.quantiles([row[-1] for row in timings], n=20)[-1]
        verdict = "met" if p95 <= TARGET_P95_MS else "MISSED"
        print(f"end-to-end p95 {p95:.1f} ms (target <= {TARGET_P95_MS:.0f} ms: {verdict})")
        print(load_figures())
    finally:
        db.dispose()
        region.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
