"""plan_distribution against a brute force of RULES §5 that recomputes everything for every place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.distribution import Candidate, PlaceOffer, QueueCandidates, plan_distribution
from app.domain.queue_order import priority_number

Key = tuple[str, int]
T0 = datetime(2025, 1, 1, tzinfo=UTC)
LANGUAGES = ("kk", "ru")
GROUPS = ("general", "special")
PLACE_MODES = ("full", "part")
ORGS = ("K1", "K2", "K3")
KEYS: tuple[Key, ...] = (("A", 2021), ("A", 2022), ("B", 2021))


def _reason(place: PlaceOffer, c: Candidate) -> str | None:
    checks = [
        ("stop_list", c.status == "queued"),
        ("live_referral", not c.has_live_referral),
        ("language", c.language == place.language),
        ("group_type", c.group_type == place.group_type),
        ("work_mode", c.work_mode in {place.work_mode, "any"}),
        ("not_chosen", not c.preferred_orgs or place.org_code in c.preferred_orgs),
    ]
    return next((name for name, ok in checks if not ok), None)


def _merged(lists: dict[str, list[Candidate]], c: int, r: int) -> list[tuple[str, Candidate]]:
    """All of E, then F and G: one F and r G in turn from where c stands, then whatever is left."""
    out = [("E", x) for x in lists["E"]]
    f, g = list(lists["F"]), list(lists["G"])
    slot = c
    while f and g:
        if r == 0 or slot % (r + 1) == 0:
            out.append(("F", f.pop(0)))
        else:
            out.append(("G", g.pop(0)))
        slot += 1
    out += [("F", x) for x in f] + [("G", x) for x in g]
    return out


def brute_force(
    places: Sequence[PlaceOffer], queues: Mapping[Key, QueueCandidates], cycles: Mapping[Key, int], r: int
) -> tuple[list[tuple[object, ...]], dict[Key, int]]:
    served: set[str] = set()
    cyc = {k: (cycles.get(k, 0) if r else 0) for k in {*queues, *cycles, *(p.queue_key for p in places)}}
    rows: list[tuple[object, ...]] = []
    for place in sorted(places, key=lambda p: (p.published_order, p.place_id)):
        key = (place.locality, place.birth_year)
        q = queues.get(key, QueueCandidates())
        lists = {
            code: sorted(
                (x for x in items if x.application_id not in served),
                key=lambda x: (x.registered_at, x.application_no),
            )
            for code, items in (("E", q.e), ("F", q.f), ("G", q.g))
        }
        c = cyc[key]
        merged = _merged(lists, c, r)

        def first(
            code: str, place: PlaceOffer = place, lists: dict[str, list[Candidate]] = lists
        ) -> Candidate | None:
            return next((x for x in lists[code] if _reason(place, x) is None), None)

        due, other = ("F", "G") if c == 0 else ("G", "F")
        winner, won_list = None, ""
        for code in ("E", due, other):
            winner = first(code)
            if winner is not None:
                won_list = code
                break
        cut = len(merged) if winner is None else [x for _, x in merged].index(winner)
        passed = tuple(
            (x.application_no, i + 1, _reason(place, x) or "not_due") for i, (_, x) in enumerate(merged[:cut])
        )
        if winner is not None:
            served.add(winner.application_id)
            if won_list == "F":
                cyc[key] = 1 if r else 0
            elif won_list == "G" and c != 0:
                cyc[key] = (c + 1) % (r + 1)
        rows.append(
            (
                place.place_code,
                winner.application_no if winner else None,
                cut + 1 if winner else None,
                c,
                cyc[key],
                passed,
            )
        )
    return rows, cyc


@st.composite
def candidates(draw: st.DrawFn, n: int) -> Candidate:
    return Candidate(
        application_id=f"id{n}",
        application_no=f"N{draw(st.integers(0, 999)):03d}-{n}",
        # Few distinct times, so that ties fall to the application number.
        registered_at=T0 + timedelta(hours=draw(st.integers(0, 5))),
        list_code=draw(st.sampled_from(["E", "F", "F", "G", "G", "G"])),
        status=draw(st.sampled_from(["queued", "queued", "queued", "stop_listed"])),
        has_live_referral=draw(st.integers(0, 7)) == 0,
        language=draw(st.sampled_from(LANGUAGES)),
        group_type=draw(st.sampled_from(("general", "general", "general", "special"))),
        work_mode=draw(st.sampled_from(("full", "part", "any"))),
        preferred_orgs=tuple(draw(st.lists(st.sampled_from(ORGS), max_size=2, unique=True))),
    )


@st.composite
def scenarios(
    draw: st.DrawFn,
) -> tuple[list[PlaceOffer], dict[Key, QueueCandidates], dict[Key, int], int]:
    ratio = draw(st.sampled_from([0, 1, 2, 3, 3, 3, 4]))
    queues: dict[Key, QueueCandidates] = {}
    cycles: dict[Key, int] = {}
    n = 0
    for key in draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=3, unique=True)):
        size = draw(st.integers(0, 14))
        queues[key] = QueueCandidates.from_candidates(draw(candidates(n + i)) for i in range(size))
        n += size
        if draw(st.booleans()):
            cycles[key] = draw(st.integers(0, ratio))
    places = []
    for i in range(draw(st.integers(0, 10))):
        locality, year = draw(st.sampled_from(KEYS))
        code = f"P{i:02d}"
        places.append(
            PlaceOffer(
                place_id=f"pid{i}",
                place_code=code,
                org_code=draw(st.sampled_from(ORGS)),
                locality=locality,
                birth_year=year,
                language=draw(st.sampled_from(LANGUAGES)),
                group_type=draw(st.sampled_from(("general", "general", "special"))),
                work_mode=draw(st.sampled_from(PLACE_MODES)),
                published_order=(T0 + timedelta(days=draw(st.integers(0, 3))), code),
            )
        )
    return places, queues, cycles, ratio


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_plan_matches_brute_force(
    scenario: tuple[list[PlaceOffer], dict[Key, QueueCandidates], dict[Key, int], int],
) -> None:
    places, queues, cycles, ratio = scenario
    plan = plan_distribution(places, queues, cycles, ratio)
    expected_rows, expected_cycles = brute_force(places, queues, cycles, ratio)
    rows = [
        (
            a.place.place_code,
            a.winner.application_no if a.winner else None,
            a.winner_priority_number,
            a.cycle_before,
            a.cycle_after,
            tuple((p.candidate.application_no, p.priority_number, p.reason) for p in a.passed_over),
        )
        for a in plan.assignments
    ]
    assert rows == expected_rows
    assert plan.cycles_after == expected_cycles


@settings(max_examples=60, deadline=None)
@given(scenarios())
def test_winner_number_agrees_with_the_closed_form(
    scenario: tuple[list[PlaceOffer], dict[Key, QueueCandidates], dict[Key, int], int],
) -> None:
    """The number a referral is issued at is the one the IIN lookup would have shown at that moment."""
    places, queues, cycles, ratio = scenario
    served: set[str] = set()
    for a in plan_distribution(places, queues, cycles, ratio).assignments:
        if a.winner is not None:
            q = queues[a.place.queue_key]
            waiting = {
                code: [x for x in items if x.application_id not in served]
                for code, items in (("E", q.e), ("F", q.f), ("G", q.g))
            }
            index = waiting[a.winner.list_code].index(a.winner)
            sizes = len(waiting["E"]), len(waiting["F"]), len(waiting["G"])
            assert a.winner_priority_number == priority_number(
                a.winner.list_code, index, *sizes, a.cycle_before, ratio
            )
            served.add(a.winner.application_id)
