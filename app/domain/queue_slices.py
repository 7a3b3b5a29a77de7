"""Inverting the queue merge in O(1): which list and index stand at a merged position (RULES §3)."""

from __future__ import annotations

from app.domain.queue_order import ListCode, validate_cycle


def _f_in_pattern(k: int, cycle: int, ratio: int) -> int:
    """F among the first k places of the endless F/G pattern that starts at `cycle`."""
    if ratio == 0:
        return k
    leading_g = (ratio + 1 - cycle) % (ratio + 1)
    if k <= leading_g:
        return 0
    return (k - leading_g + ratio) // (ratio + 1)


def taken(position: int, n_e: int, n_f: int, n_g: int, cycle: int, ratio: int) -> tuple[int, int, int]:
    """How many E, F and G applications fill the first `position` places of the merged queue."""
    cycle = validate_cycle(cycle, ratio)
    if min(n_e, n_f, n_g) < 0 or not 0 <= position <= n_e + n_f + n_g:
        raise ValueError(f"position {position} is outside a queue of {n_e}+{n_f}+{n_g}")
    e = min(position, n_e)
    rest = position - e
    f = _f_in_pattern(rest, cycle, ratio)
    g = rest - f
    # Once the pattern asks for more of a list than it has, the other list simply continues.
    if f > n_f:
        return e, n_f, rest - n_f
    if g > n_g:
        return e, rest - n_g, n_g
    return e, f, g


def list_positions(
    start: int, count: int, n_e: int, n_f: int, n_g: int, cycle: int, ratio: int
) -> list[tuple[ListCode, int]]:
    """(list, 0-based index in that list) for the merged places start .. start+count-1 (0-based)."""
    end = min(start + count, n_e + n_f + n_g)
    if start < 0 or count < 0:
        raise ValueError("start and count must be >= 0")
    result: list[tuple[ListCode, int]] = []
    before = taken(min(start, end), n_e, n_f, n_g, cycle, ratio)
    for position in range(start, end):
        after = taken(position + 1, n_e, n_f, n_g, cycle, ratio)
        code: ListCode = "E" if after[0] > before[0] else "F" if after[1] > before[1] else "G"
        result.append((code, before["EFG".index(code)]))
        before = after
    return result
