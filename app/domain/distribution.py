"""Distribution of free places to the queues (RULES §5): eligibility, who gets each place, and why."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Literal, overload

from app.domain.queue_order import ListCode, due_list, list_order_key, next_cycle, validate_cycle

QueueKey = tuple[str, int]
PassReason = Literal["stop_list", "live_referral", "language", "group_type", "work_mode", "not_chosen"]
# "not_due": eligible, but of the list the 1 : r cycle did not call (an F while a G is due, or the reverse).
PassOverReason = Literal[
    "stop_list", "live_referral", "language", "group_type", "work_mode", "not_chosen", "not_due"
]
NOT_DUE: Final = "not_due"
ANY_WORK_MODE: Final = "any"


@dataclass(frozen=True, slots=True)
class PlaceOffer:
    """A published free place, as distribution needs it."""

    place_id: str
    place_code: str
    org_code: str
    locality: str
    birth_year: int
    language: str
    group_type: str
    work_mode: str
    # Publication time, then place code: places published together go by place code (RULES §5).
    published_order: tuple[datetime, str]

    @property
    def queue_key(self) -> QueueKey:
        """The queue the place belongs to: the kindergarten's locality and the place's birth year."""
        return (self.locality, self.birth_year)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A waiting application, as distribution needs it."""

    application_id: str
    application_no: str
    registered_at: datetime
    list_code: ListCode
    status: Literal["queued", "stop_listed"]
    has_live_referral: bool
    language: str
    group_type: str
    work_mode: str
    preferred_orgs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class QueueCandidates:
    """The waiting applications of one queue, split into the E, F and G lists."""

    e: tuple[Candidate, ...] = ()
    f: tuple[Candidate, ...] = ()
    g: tuple[Candidate, ...] = ()

    def __post_init__(self) -> None:
        for code, items in (("E", self.e), ("F", self.f), ("G", self.g)):
            for item in items:
                if item.list_code != code:
                    raise ValueError(f"{item.application_no} is on list {item.list_code}, not {code}")

    @classmethod
    def from_candidates(cls, candidates: Iterable[Candidate]) -> QueueCandidates:
        """Split candidates by list and sort each list by registration time, then application number."""
        ordered = sorted(candidates, key=list_order_key)
        return cls(*(tuple(c for c in ordered if c.list_code == code) for code in ("E", "F", "G")))


@dataclass(frozen=True, slots=True)
class PassedOver:
    """An application ahead of the winner (or of nobody) and why it did not get the place."""

    candidate: Candidate
    priority_number: int
    reason: PassOverReason


class PassedOverList(Sequence[PassedOver]):
    """The applications passed over for one place, in priority-number order, as an immutable sequence.

    Item i is the application with priority number i + 1 at that moment. A run passes over millions of
    applications, so they are kept as two flat tuples and each PassedOver is made only when read.
    """

    __slots__ = ("_candidates", "_reasons")

    def __init__(
        self, candidates: tuple[Candidate, ...] = (), reasons: tuple[PassOverReason, ...] = ()
    ) -> None:
        if len(candidates) != len(reasons):
            raise ValueError("one reason is needed for each candidate")
        self._candidates = candidates
        self._reasons = reasons

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The applications passed over, in priority-number order."""
        return self._candidates

    @property
    def reasons(self) -> tuple[PassOverReason, ...]:
        """Their reasons, in the same order."""
        return self._reasons

    def __len__(self) -> int:
        return len(self._candidates)

    @overload
    def __getitem__(self, index: int) -> PassedOver: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[PassedOver, ...]: ...

    def __getitem__(self, index: int | slice) -> PassedOver | tuple[PassedOver, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("passed-over index out of range")
        return PassedOver(self._candidates[index], index + 1, self._reasons[index])

    def __iter__(self) -> Iterator[PassedOver]:
        for index, (cand, reason) in enumerate(zip(self._candidates, self._reasons, strict=True)):
            yield PassedOver(cand, index + 1, reason)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PassedOverList):
            return self._candidates == other._candidates and self._reasons == other._reasons
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._candidates, self._reasons))

    def __repr__(self) -> str:
        return f"PassedOverList({len(self)} applications)"


@dataclass(frozen=True, slots=True)
class Assignment:
    """One place of the plan: who gets it, under which cycle, and everyone passed over on the way."""

    place: PlaceOffer
    winner: Candidate | None
    winner_priority_number: int | None
    cycle_before: int
    cycle_after: int
    # The queue's merged order at that moment up to the winner (all of it when nobody is eligible), so
    # passed_over[i].priority_number == i + 1.
    passed_over: PassedOverList


@dataclass(frozen=True, slots=True)
class DistributionPlan:
    """The result of a distribution run; applying it (issuing referrals, storing cycles) is the caller's."""

    assignments: tuple[Assignment, ...]
    cycles_after: dict[QueueKey, int]


def ineligibility(place: PlaceOffer, candidate: Candidate) -> PassReason | None:
    """The first rule of RULES §5 that keeps the candidate from the place, or None if eligible."""
    if candidate.status != "queued":
        return "stop_list"
    if candidate.has_live_referral:
        return "live_referral"
    if candidate.language != place.language:
        return "language"
    if candidate.group_type != place.group_type:
        return "group_type"
    if candidate.work_mode not in (place.work_mode, ANY_WORK_MODE):
        return "work_mode"
    if candidate.preferred_orgs and place.org_code not in candidate.preferred_orgs:
        return "not_chosen"
    return None


# What decides eligibility on the place's side; None as the org stands for "no kindergarten chosen".
_Profile = tuple[str, str, str, str | None]


def _profiles_wanting(place: PlaceOffer) -> tuple[_Profile, ...]:
    lang, group = place.language, place.group_type
    modes = dict.fromkeys((place.work_mode, ANY_WORK_MODE))
    return tuple((lang, group, mode, org) for mode in modes for org in (place.org_code, None))


class _Bucket:
    """Indexes (ascending) of the candidates of one list with one profile, and a cursor past the taken."""

    __slots__ = ("indexes", "pos")

    def __init__(self) -> None:
        self.indexes: list[int] = []
        self.pos = 0


class _Lane:
    """One list of one queue during a run: who still waits, and who would take what kind of place."""

    __slots__ = ("buckets", "items", "nxt")

    def __init__(self, items: Sequence[Candidate]) -> None:
        self.items = sorted(items, key=list_order_key)
        # nxt[i] == i while items[i] waits; a taken index points further on (union-find with path
        # compression), so walking the waiting ones never steps over the same taken one twice.
        self.nxt = list(range(len(self.items) + 1))
        self.buckets: dict[_Profile, _Bucket] = {}
        for index, cand in enumerate(self.items):
            if cand.status != "queued" or cand.has_live_referral:
                continue
            for org in dict.fromkeys(cand.preferred_orgs) if cand.preferred_orgs else (None,):
                profile = (cand.language, cand.group_type, cand.work_mode, org)
                self.buckets.setdefault(profile, _Bucket()).indexes.append(index)

    def waiting_from(self, index: int) -> int:
        """The first waiting index >= index (len(items) when none)."""
        nxt = self.nxt
        root = index
        while nxt[root] != root:
            root = nxt[root]
        while index != root:
            nxt[index], index = root, nxt[index]
        return root

    def take(self, index: int) -> None:
        self.nxt[index] = index + 1

    def first_eligible(self, profiles: tuple[_Profile, ...]) -> int | None:
        """The first waiting candidate eligible for a place wanted by any of the profiles."""
        nxt = self.nxt
        best: int | None = None
        for profile in profiles:
            bucket = self.buckets.get(profile)
            if bucket is None:
                continue
            indexes, pos = bucket.indexes, bucket.pos
            while pos < len(indexes) and nxt[indexes[pos]] != indexes[pos]:
                pos += 1
            bucket.pos = pos
            if pos < len(indexes) and (best is None or indexes[pos] < best):
                best = indexes[pos]
        return best


class _QueueRun:
    """The state of one queue during a run."""

    __slots__ = ("lanes", "nobody_cache", "version")

    def __init__(self, queue: QueueCandidates) -> None:
        self.lanes: dict[ListCode, _Lane] = {"E": _Lane(queue.e), "F": _Lane(queue.f), "G": _Lane(queue.g)}
        # Places nobody can take, of the same profile, between two referrals see the same queue: share it.
        self.nobody_cache: dict[_Profile, tuple[int, PassedOverList]] = {}
        self.version = 0

    def pick(self, place: PlaceOffer, cycle: int) -> tuple[ListCode, int] | None:
        """RULES §5 "Who gets it": first eligible E, else the due list's first eligible, else the other's."""
        profiles = _profiles_wanting(place)
        due = due_list(cycle)
        order: tuple[ListCode, ...] = ("E", due, "G" if due == "F" else "F")
        for code in order:
            index = self.lanes[code].first_eligible(profiles)
            if index is not None:
                return code, index
        return None

    def passed_over(
        self, place: PlaceOffer, cycle: int, ratio: int, winner: tuple[ListCode, int] | None
    ) -> PassedOverList:
        if winner is None:
            profile = (place.language, place.group_type, place.work_mode, place.org_code)
            cached = self.nobody_cache.get(profile)
            if cached is not None and cached[0] == self.version:
                return cached[1]
            result = self._walk(place, cycle, ratio, None)
            self.nobody_cache[profile] = (self.version, result)
            return result
        return self._walk(place, cycle, ratio, winner)

    def _walk(
        self, place: PlaceOffer, cycle: int, ratio: int, winner: tuple[ListCode, int] | None
    ) -> PassedOverList:
        """The waiting applications in merged order (cycle as now) up to the winner, with reasons."""
        # The hot loop of a run: inlined cursor steps and cycle arithmetic, reasons computed afterwards.
        ahead: list[Candidate] = []
        append = ahead.append
        win_code, win_index = winner if winner is not None else ("", -1)
        e = self.lanes["E"]
        e_items, e_nxt = e.items, e.nxt
        stop = win_index if win_code == "E" else len(e_items)
        i = e.waiting_from(0)
        while i < stop:
            append(e_items[i])
            i += 1
            if e_nxt[i] != i:
                i = e.waiting_from(i)
        if win_code != "E":
            self._walk_f_and_g(ahead, cycle, ratio, win_code, win_index)
        return PassedOverList(tuple(ahead), tuple([ineligibility(place, cand) or NOT_DUE for cand in ahead]))

    def _walk_f_and_g(
        self, ahead: list[Candidate], cycle: int, ratio: int, win_code: str, win_index: int
    ) -> None:
        f, g = self.lanes["F"], self.lanes["G"]
        f_items, f_nxt, g_items, g_nxt = f.items, f.nxt, g.items, g.nxt
        nf, ng = len(f_items), len(g_items)
        f_stop = win_index if win_code == "F" else -1
        g_stop = win_index if win_code == "G" else -1
        fi, gi = f.waiting_from(0), g.waiting_from(0)
        period = ratio + 1
        # While both lists last, F and G alternate 1 : ratio exactly as next_cycle() moves the counter.
        phase = cycle
        append = ahead.append
        while fi < nf or gi < ng:
            if gi >= ng or (fi < nf and phase == 0):
                if fi == f_stop:
                    return
                append(f_items[fi])
                fi += 1
                if f_nxt[fi] != fi:
                    fi = f.waiting_from(fi)
            else:
                if gi == g_stop:
                    return
                append(g_items[gi])
                gi += 1
                if g_nxt[gi] != gi:
                    gi = g.waiting_from(gi)
            phase = phase + 1 if phase + 1 < period else 0


def plan_distribution(
    places: Sequence[PlaceOffer],
    queues: Mapping[QueueKey, QueueCandidates],
    cycles: Mapping[QueueKey, int],
    ratio: int,
) -> DistributionPlan:
    """Give each place, in publication order, to the application RULES §5 names; nothing is mutated."""
    cycles_now = {key: validate_cycle(c, ratio) for key, c in cycles.items()}
    for key in queues:
        cycles_now.setdefault(key, 0)
    runs: dict[QueueKey, _QueueRun] = {}
    assignments: list[Assignment] = []
    for place in sorted(places, key=lambda p: (p.published_order, p.place_id)):
        key = place.queue_key
        cycle = cycles_now.setdefault(key, 0)
        run = runs.get(key)
        if run is None:
            run = runs[key] = _QueueRun(queues.get(key, QueueCandidates()))
        winner = run.pick(place, cycle)
        passed = run.passed_over(place, cycle, ratio, winner)
        if winner is None:
            assignments.append(Assignment(place, None, None, cycle, cycle, passed))
            continue
        code, index = winner
        lane = run.lanes[code]
        lane.take(index)
        run.version += 1
        cycles_now[key] = after = next_cycle(cycle, code, ratio)
        assignments.append(Assignment(place, lane.items[index], len(passed) + 1, cycle, after, passed))
    return DistributionPlan(tuple(assignments), cycles_now)
