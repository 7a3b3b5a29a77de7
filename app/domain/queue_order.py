"""Queue order: the E, F and G lists, their 1 : r merge, the cycle counter and the priority number."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol, TypeVar, cast

ListCode = Literal["E", "F", "G"]
DueList = Literal["F", "G"]

T = TypeVar("T")
_END = object()


class Registered(Protocol):
    """Anything ordered within its list: registration time, then application number."""

    @property
    def registered_at(self) -> datetime: ...

    @property
    def application_no(self) -> str: ...


def list_order_key(item: Registered) -> tuple[datetime, str]:
    """The sort key inside one list (RULES §3): registration date and time, then application number."""
    return (item.registered_at, item.application_no)


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One waiting application as the queue order sees it."""

    application_id: str
    application_no: str
    registered_at: datetime
    list_code: ListCode

    def __post_init__(self) -> None:
        # A naive datetime cannot be compared with the aware ones, so it would break the sort far from here.
        if self.registered_at.utcoffset() is None:
            raise ValueError(f"registered_at of {self.application_no} must be timezone-aware")


def validate_cycle(cycle: int, ratio: int) -> int:
    """The cycle to use: checked against the ratio, and 0 when the ratio is 0 (strict E, F, G)."""
    if ratio < 0:
        raise ValueError(f"ratio must be >= 0, got {ratio}")
    if ratio == 0:
        return 0
    if not 0 <= cycle <= ratio:
        raise ValueError(f"cycle must be in 0..{ratio}, got {cycle}")
    return cycle


def due_list(cycle: int) -> DueList:
    """Which of F and G is due under the cycle counter: F at 0, G at 1..r."""
    if cycle < 0:
        raise ValueError(f"cycle must be >= 0, got {cycle}")
    return "F" if cycle == 0 else "G"


def next_cycle(cycle: int, served: ListCode, ratio: int) -> int:
    """The cycle counter after a referral to an application of list `served` (RULES §5)."""
    cycle = validate_cycle(cycle, ratio)
    if ratio == 0 or served == "E":
        return cycle
    if served == "F":
        return 1
    # A G served at c = 0 got the place only because no F was eligible, so the F stays due.
    return 0 if cycle == 0 else (cycle + 1) % (ratio + 1)


def iter_merged(e: Iterable[T], f: Iterable[T], g: Iterable[T], cycle: int, ratio: int) -> Iterator[T]:
    """Stream the merged order of three already sorted lists (they may be lazy, e.g. database cursors)."""
    return _merged(e, f, g, validate_cycle(cycle, ratio), ratio)


def _merged(e: Iterable[T], f: Iterable[T], g: Iterable[T], cycle: int, ratio: int) -> Iterator[T]:
    yield from e
    f_items, g_items = iter(f), iter(g)
    # next_cycle() inlined (an export merges a million rows): serving an F makes the cycle 1 (0 under a
    # strict order), serving a G moves it on by one modulo ratio + 1, and a list that runs out leaves
    # the rest of the other in its order.
    period = ratio + 1
    after_f = 1 % period
    while True:
        if cycle == 0:
            item = next(f_items, _END)
            if item is _END:
                yield from g_items
                return
            cycle = after_f
        else:
            item = next(g_items, _END)
            if item is _END:
                yield from f_items
                return
            cycle = (cycle + 1) % period
        yield cast(T, item)


def merge_queue(e: Sequence[T], f: Sequence[T], g: Sequence[T], cycle: int, ratio: int) -> list[T]:
    """The queue's merged order (RULES §3): all of E, then F and G interleaved 1 : ratio from `cycle`."""
    return list(iter_merged(e, f, g, cycle, ratio))


def _g_before_f(f_index: int, cycle: int, ratio: int) -> int:
    """How many G precede the f_index-th F when G never runs out."""
    if ratio == 0:
        return 0
    leading_g = (ratio + 1 - cycle) % (ratio + 1)
    return leading_g + f_index * ratio


def _f_before_g(g_index: int, cycle: int, ratio: int, n_f: int) -> int:
    """How many F precede the g_index-th G, capped at the n_f that exist."""
    if ratio == 0:
        return n_f
    leading_g = (ratio + 1 - cycle) % (ratio + 1)
    if g_index < leading_g:
        return 0
    return min(n_f, 1 + (g_index - leading_g) // ratio)


def other_list_bound(list_code: ListCode, index_in_list: int, cycle: int, ratio: int) -> int | None:
    """How many of the other of F and G can stand ahead of the index_in_list-th of `list_code`: a size
    of the other list beyond this does not move the position, so a count may stop there. 0 for E (only
    E is ahead of E); None when there is no bound (under a strict order every F precedes every G)."""
    cycle = validate_cycle(cycle, ratio)
    if list_code == "E":
        return 0
    if list_code == "F":
        return _g_before_f(index_in_list, cycle, ratio)
    if ratio == 0:
        return None
    # Uncapped, at most 1 + index_in_list F precede it (ratio >= 1 here), so that cap caps nothing.
    return _f_before_g(index_in_list, cycle, ratio, n_f=index_in_list + 1)


def _check_counts(list_code: ListCode, index_in_list: int, n_e: int, n_f: int, n_g: int) -> None:
    if min(n_e, n_f, n_g) < 0:
        raise ValueError("list sizes must be >= 0")
    size = {"E": n_e, "F": n_f, "G": n_g}[list_code]
    if not 0 <= index_in_list < size:
        raise ValueError(f"index {index_in_list} is outside list {list_code} of {size}")


@dataclass(frozen=True, slots=True)
class PositionExplanation:
    """Why an application has its priority number: who is ahead of it, and what the cycle means."""

    priority_number: int
    list_code: ListCode
    index_in_list: int
    e_ahead: int
    f_ahead: int
    g_ahead: int
    cycle: int
    ratio: int
    due: DueList
    # G referrals still to come before the next F is due (0 when an F is due, or under a strict order).
    g_before_next_f: int

    def describe(self) -> str:
        """An English summary for logs and the command line; the GUI builds its own from the fields."""
        cycle_text = (
            "strict order: all F before any G"
            if self.ratio == 0
            else f"cycle {self.cycle} of 0..{self.ratio}: {self.due} is due"
            + (f", {self.g_before_next_f} G before the next F" if self.g_before_next_f else "")
        )
        return (
            f"No. {self.priority_number}: {self.list_code} list, {self.index_in_list + 1} in that list; "
            f"ahead: {self.e_ahead} E, {self.f_ahead} F, {self.g_ahead} G; {cycle_text}"
        )


def explain_position(
    list_code: ListCode, index_in_list: int, n_e: int, n_f: int, n_g: int, cycle: int, ratio: int
) -> PositionExplanation:
    """The priority number broken down into the E, F and G applications ahead of it."""
    cycle = validate_cycle(cycle, ratio)
    _check_counts(list_code, index_in_list, n_e, n_f, n_g)
    if list_code == "E":
        ahead = (index_in_list, 0, 0)
    elif list_code == "F":
        ahead = (n_e, index_in_list, min(n_g, _g_before_f(index_in_list, cycle, ratio)))
    else:
        ahead = (n_e, _f_before_g(index_in_list, cycle, ratio, n_f), index_in_list)
    return PositionExplanation(
        priority_number=sum(ahead) + 1,
        list_code=list_code,
        index_in_list=index_in_list,
        e_ahead=ahead[0],
        f_ahead=ahead[1],
        g_ahead=ahead[2],
        cycle=cycle,
        ratio=ratio,
        due=due_list(cycle),
        g_before_next_f=_g_before_f(0, cycle, ratio),
    )


def priority_number(
    list_code: ListCode, index_in_list: int, n_e: int, n_f: int, n_g: int, cycle: int, ratio: int
) -> int:
    """The 1-based merged position of the index_in_list-th (0-based) application of its list, in O(1)."""
    return explain_position(list_code, index_in_list, n_e, n_f, n_g, cycle, ratio).priority_number
