"""Distribution of free places to the queues (RULES §5): eligibility, who gets each place, and why."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final, Literal, NamedTuple, overload

from app.domain.queue_order import (
    ListCode,
    due_list,
    iter_merged,
    list_order_key,
    next_cycle,
    priority_number,
    validate_cycle,
)

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


class Candidate(NamedTuple):
    """A waiting application, as distribution needs it.

    A named tuple rather than a frozen dataclass: a run makes one per waiting application of a region
    (hundreds of thousands), and a tuple is made several times faster.
    """

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
    applications that few ever read, so a run's lists are made only when first read (`deferred`); the
    length, which gives the winner's priority number, is known at once.
    """

    __slots__ = ("_candidates", "_length", "_produce", "_reasons")

    def __init__(
        self, candidates: tuple[Candidate, ...] = (), reasons: tuple[PassOverReason, ...] = ()
    ) -> None:
        if len(candidates) != len(reasons):
            raise ValueError("one reason is needed for each candidate")
        self._candidates: tuple[Candidate, ...] | None = candidates
        self._reasons: tuple[PassOverReason, ...] | None = reasons
        self._length = len(candidates)
        self._produce: Callable[[], Iterator[tuple[Candidate, PassOverReason]]] | None = None

    @classmethod
    def deferred(
        cls, length: int, produce: Callable[[], Iterator[tuple[Candidate, PassOverReason]]]
    ) -> PassedOverList:
        """A list of `length` items that `produce` yields, in order, when the list is first read."""
        passed = cls()
        passed._candidates = passed._reasons = None
        passed._length, passed._produce = length, produce
        return passed

    def _made(self) -> tuple[tuple[Candidate, ...], tuple[PassOverReason, ...]]:
        if self._candidates is None or self._reasons is None:
            assert self._produce is not None
            pairs = tuple(self._produce())
            if len(pairs) != self._length:
                raise AssertionError(f"{len(pairs)} applications passed over, {self._length} expected")
            self._candidates = tuple(cand for cand, _ in pairs)
            self._reasons = tuple(reason for _, reason in pairs)
            self._produce = None
        return self._candidates, self._reasons

    @property
    def candidates(self) -> tuple[Candidate, ...]:
        """The applications passed over, in priority-number order."""
        return self._made()[0]

    @property
    def reasons(self) -> tuple[PassOverReason, ...]:
        """Their reasons, in the same order."""
        return self._made()[1]

    def __len__(self) -> int:
        return self._length

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
        candidates, reasons = self._made()
        return PassedOver(candidates[index], index + 1, reasons[index])

    def __iter__(self) -> Iterator[PassedOver]:
        candidates, reasons = self._made()
        for index, (cand, reason) in enumerate(zip(candidates, reasons, strict=True)):
            yield PassedOver(cand, index + 1, reason)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PassedOverList):
            return len(self) == len(other) and self._made() == other._made()
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._made())

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


# taken_at of a candidate no referral has been issued to (yet).
_WAITING: Final = 1 << 62


class _Bucket:
    """Indexes (ascending) of the candidates of one list with one profile, and a cursor past the taken."""

    __slots__ = ("indexes", "pos")

    def __init__(self) -> None:
        self.indexes: list[int] = []
        self.pos = 0


class _Lane:
    """One list of one queue during a run: who still waits, and who would take what kind of place."""

    __slots__ = ("buckets", "items", "taken", "taken_at")

    def __init__(self, items: Sequence[Candidate]) -> None:
        self.items = sorted(items, key=list_order_key)
        # The step of the run at which each candidate got a place (_WAITING while waiting), so that the
        # queue as it stood at any earlier step can be walked again when a passed-over list is read.
        self.taken_at = [_WAITING] * len(self.items)
        self.taken: list[int] = []
        """The indexes taken so far, ascending."""
        self.buckets: dict[_Profile, _Bucket] = {}
        for index, cand in enumerate(self.items):
            if cand.status != "queued" or cand.has_live_referral:
                continue
            for org in dict.fromkeys(cand.preferred_orgs) if cand.preferred_orgs else (None,):
                profile = (cand.language, cand.group_type, cand.work_mode, org)
                bucket = self.buckets.get(profile)
                if bucket is None:
                    bucket = self.buckets[profile] = _Bucket()
                bucket.indexes.append(index)

    @property
    def waiting(self) -> int:
        return len(self.items) - len(self.taken)

    def waiting_before(self, index: int) -> int:
        return index - bisect_left(self.taken, index)

    def take(self, index: int, step: int) -> None:
        self.taken_at[index] = step
        insort(self.taken, index)

    def waiting_at(self, step: int) -> Iterator[tuple[int, Candidate]]:
        """(index, candidate) of those still waiting at `step` of the run, in list order."""
        taken_at = self.taken_at
        return ((i, cand) for i, cand in enumerate(self.items) if taken_at[i] >= step)

    def first_eligible(self, profiles: tuple[_Profile, ...]) -> int | None:
        """The first waiting candidate eligible for a place wanted by any of the profiles."""
        taken_at = self.taken_at
        best: int | None = None
        for profile in profiles:
            bucket = self.buckets.get(profile)
            if bucket is None:
                continue
            indexes, pos = bucket.indexes, bucket.pos
            while pos < len(indexes) and taken_at[indexes[pos]] != _WAITING:
                pos += 1
            bucket.pos = pos
            if pos < len(indexes) and (best is None or indexes[pos] < best):
                best = indexes[pos]
        return best


class _QueueRun:
    """The state of one queue during a run."""

    __slots__ = ("lanes", "step")

    def __init__(self, queue: QueueCandidates) -> None:
        self.lanes: dict[ListCode, _Lane] = {"E": _Lane(queue.e), "F": _Lane(queue.f), "G": _Lane(queue.g)}
        self.step = 0
        """Referrals given from this queue so far."""

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

    def ahead_of(self, winner: tuple[ListCode, int] | None, cycle: int, ratio: int) -> int:
        """How many wait ahead of the winner in the merged order now (everyone, when there is none)."""
        e, f, g = self.lanes["E"], self.lanes["F"], self.lanes["G"]
        if winner is None:
            return e.waiting + f.waiting + g.waiting
        code, index = winner
        in_list = self.lanes[code].waiting_before(index)
        return priority_number(code, in_list, e.waiting, f.waiting, g.waiting, cycle, ratio) - 1

    def passed_over(
        self, place: PlaceOffer, cycle: int, ratio: int, winner: tuple[ListCode, int] | None
    ) -> PassedOverList:
        """Those ahead of the winner now, with reasons, as a list walked again only when read."""
        step = self.step
        lanes = self.lanes
        win_code, win_index = winner if winner is not None else (None, -1)

        def produce() -> Iterator[tuple[Candidate, PassOverReason]]:
            e, f, g = (lanes[code].waiting_at(step) for code in ("E", "F", "G"))
            for code, (index, cand) in iter_merged(
                ((("E", item) for item in e)),
                (("F", item) for item in f),
                (("G", item) for item in g),
                cycle,
                ratio,
            ):
                if code == win_code and index == win_index:
                    return
                yield cand, ineligibility(place, cand) or NOT_DUE

        return PassedOverList.deferred(self.ahead_of(winner, cycle, ratio), produce)


def plan_distribution(
    places: Sequence[PlaceOffer],
    queues: Mapping[QueueKey, QueueCandidates] | Iterable[tuple[QueueKey, QueueCandidates]],
    cycles: Mapping[QueueKey, int],
    ratio: int,
) -> DistributionPlan:
    """Give each place, in publication order, to the application RULES §5 names; nothing is mutated.

    Queues do not touch one another, so each is planned whole (its places in publication order) as it
    comes: `queues` may be an iterable of (key, candidates) that reads them while the planning goes on
    (a queue with places that it does not give is empty)."""
    cycles_now = {key: validate_cycle(c, ratio) for key, c in cycles.items()}
    ordered = sorted(places, key=lambda p: (p.published_order, p.place_id))
    waiting: dict[QueueKey, list[int]] = {}
    for rank, place in enumerate(ordered):
        waiting.setdefault(place.queue_key, []).append(rank)
    assignments: dict[int, Assignment] = {}

    def plan_queue(key: QueueKey, candidates: QueueCandidates) -> None:
        cycle = cycles_now.setdefault(key, 0)
        ranks = waiting.pop(key, None)
        if ranks is None:
            return
        run = _QueueRun(candidates)
        for rank in ranks:
            place = ordered[rank]
            winner = run.pick(place, cycle)
            passed = run.passed_over(place, cycle, ratio, winner)
            if winner is None:
                assignments[rank] = Assignment(place, None, None, cycle, cycle, passed)
                continue
            code, index = winner
            lane = run.lanes[code]
            lane.take(index, run.step)
            run.step += 1
            after = next_cycle(cycle, code, ratio)
            assignments[rank] = Assignment(place, lane.items[index], len(passed) + 1, cycle, after, passed)
            cycles_now[key] = cycle = after

    for key, candidates in queues.items() if isinstance(queues, Mapping) else queues:
        plan_queue(key, candidates)
    for key in list(waiting):
        plan_queue(key, QueueCandidates())
    return DistributionPlan(tuple(assignments[rank] for rank in range(len(ordered))), cycles_now)
