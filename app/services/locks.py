"""Acts that workstations must take one at a time on a shared PostgreSQL database.

SQLite writers are serialised already (BEGIN IMMEDIATE); on PostgreSQL each such act waits on its own
advisory lock, held until its transaction ends.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

# Any fixed numbers, one per act ("kezek" in ASCII, then a serial).
ISSUING = 0x6B657A656B
"""Issuing referrals: two supervisors planning from one snapshot would give one place twice."""
DAILY = 0x6B657A656B01
"""The daily job: each workstation runs it after sign-in, and yesterday's bulletins are closed once."""


def one_at_a_time(session: Session, act: int) -> None:
    """Wait until no other transaction holds `act`'s lock, then hold it until this transaction ends."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(act)))
