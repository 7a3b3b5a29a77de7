"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.types import TypeDecorator


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime: timestamptz on PostgreSQL, naive UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware one is required")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


_RANDOM_BITS = 74
"""A version 7 UUID's bits besides its millisecond, version and variant (rand_a and rand_b)."""
_last_made = (0, 0)
_making = threading.Lock()


def _forget_last_made() -> None:
    global _last_made
    _last_made = (0, 0)


# A forked child must not count on from its parent's last id: it would make the same ones.
os.register_at_fork(after_in_child=_forget_last_made)


def uuid7() -> uuid.UUID:
    """A time-ordered UUID (RFC 9562 version 7), so keys made offline sort by creation.

    Within one millisecond (a run makes tens of thousands of rows in a few) the random bits of the
    first id are counted on by one (RFC 9562 §6.2, method 2), and an id made after the clock was set
    back counts on from the last one: the ids a process makes always sort in the order it made them."""
    global _last_made
    millis = time.time_ns() // 1_000_000
    with _making:
        last_millis, last_count = _last_made
        if millis <= last_millis:
            millis, count = last_millis, last_count + 1
        else:
            # The top bit left clear: room to count on, however many ids the millisecond holds.
            count = int.from_bytes(os.urandom(10), "big") >> (80 - _RANDOM_BITS + 1)
        _last_made = (millis, count)
    value = (millis & 0xFFFF_FFFF_FFFF) << 80
    value |= 0x7 << 76
    value |= (count >> 62) << 64
    value |= 0b10 << 62
    value |= count & 0x3FFF_FFFF_FFFF_FFFF
    return uuid.UUID(int=value)
