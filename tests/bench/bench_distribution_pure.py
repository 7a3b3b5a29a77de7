"""Timing of the pure distribution on a synthetic region: `python -m tests.bench.bench_distribution_pure`."""

from __future__ import annotations

import random
import sys
import time
from datetime import UTC, datetime, timedelta

from app.domain.distribution import Candidate, PlaceOffer, QueueCandidates, plan_distribution
from app.domain.queue_order import ListCode, priority_number


def _region(
    n_apps: int, n_places: int, seed: int
) -> tuple[list[PlaceOffer], dict[tuple[str, int], QueueCandidates]]:
    rnd = random.Random(seed)
    # Uneven localities, so that queues range from about a thousand to about twenty thousand.
    weights = [20, 12, 8, 6, 5, 4, 3, 3, 2, 2, 2, 1.5, 1.5, 1, 1, 1]
    localities = [f"L{i:02d}" for i in range(len(weights))]
    years = [2020, 2021, 2022, 2023, 2024, 2025]
    year_weights = [3, 6, 6, 5, 3, 1]
    total = sum(weights)
    orgs = {
        loc: [f"{loc}-K{k:03d}" for k in range(max(2, int(60 * w / total) + 2))]
        for loc, w in zip(localities, weights, strict=True)
    }
    start = datetime(2023, 1, 1, tzinfo=UTC)
    by_queue: dict[tuple[str, int], list[Candidate]] = {}
    for n in range(n_apps):
        loc = rnd.choices(localities, weights)[0]
        year = rnd.choices(years, year_weights)[0]
        list_code: ListCode = rnd.choices(["E", "F", "G"], [2, 20, 78])[0]  # type: ignore[assignment]
        chosen = [] if rnd.random() < 0.15 else rnd.sample(orgs[loc], min(len(orgs[loc]), rnd.randint(1, 4)))
        by_queue.setdefault((loc, year), []).append(
            Candidate(
                application_id=f"a{n}",
                application_no=f"{loc}-2025-{n:06d}",
                registered_at=start + timedelta(seconds=rnd.randrange(0, 3 * 365 * 86400, 60)),
                list_code=list_code,
                status="stop_listed" if rnd.random() < 0.01 else "queued",
                has_live_referral=rnd.random() < 0.02,
                language=rnd.choices(["kk", "ru", "en"], [60, 38, 2])[0],
                group_type="special" if rnd.random() < 0.03 else "general",
                work_mode=rnd.choices(["full", "part", "round_the_clock", "any"], [70, 10, 2, 18])[0],
                preferred_orgs=tuple(chosen),
            )
        )
    queues = {key: QueueCandidates.from_candidates(items) for key, items in by_queue.items()}
    places: list[PlaceOffer] = []
    published = datetime(2026, 6, 1, 4, 0, tzinfo=UTC)
    while len(places) < n_places:
        # A kindergarten hands over a batch of identical places at once.
        loc = rnd.choices(localities, weights)[0]
        org = rnd.choice(orgs[loc])
        year = rnd.choices(years, year_weights)[0]
        language = rnd.choices(["kk", "ru"], [60, 40])[0]
        group = "special" if rnd.random() < 0.03 else "general"
        mode = rnd.choices(["full", "part", "round_the_clock"], [80, 15, 5])[0]
        published += timedelta(minutes=rnd.randint(0, 30))
        for _ in range(rnd.randint(1, 6)):
            code = f"P{len(places):06d}"
            places.append(PlaceOffer(code, code, org, loc, year, language, group, mode, (published, code)))
    return places[:n_places], queues


def main() -> None:
    n_apps = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
    n_places = int(sys.argv[2]) if len(sys.argv) > 2 else 25_000
    t0 = time.perf_counter()
    places, queues = _region(n_apps, n_places, seed=254)
    t1 = time.perf_counter()
    sizes = sorted(len(q.e) + len(q.f) + len(q.g) for q in queues.values())
    print(f"data: {n_apps} applications in {len(queues)} queues ({sizes[0]}..{sizes[-1]}), {n_places} places")
    print(f"  built in {t1 - t0:.2f} s")
    plan = plan_distribution(places, queues, {key: 0 for key in queues}, 3)
    t2 = time.perf_counter()
    given = sum(1 for a in plan.assignments if a.winner is not None)
    passed = [len(a.passed_over) for a in plan.assignments]
    nobody = [len(a.passed_over) for a in plan.assignments if a.winner is None]
    distinct = len({id(a.passed_over) for a in plan.assignments})
    print(f"plan_distribution: {t2 - t1:.2f} s; {given} places given, {len(nobody)} to nobody")
    print(
        f"  passed_over entries: {sum(passed)} in total ({distinct} distinct lists), "
        f"max {max(passed)}, mean {sum(passed) / len(passed):.1f}"
    )
    t3 = time.perf_counter()
    for _ in range(100_000):
        priority_number("G", 12_345, 20, 200_000, 780_000, 2, 3)
    t4 = time.perf_counter()
    print(f"priority_number: {(t4 - t3) / 100_000 * 1e6:.2f} µs a call")


if __name__ == "__main__":
    main()
