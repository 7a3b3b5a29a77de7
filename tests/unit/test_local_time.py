"""The office's calendar is Asia/Almaty's, whatever zone the machine's clock is in."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.domain.local_time import local, today


def test_today_is_the_almaty_date_after_utc_evening() -> None:
    # 19:15 UTC is 00:15 the next day in Almaty (+05 since 2024-03-01).
    assert today(datetime(2026, 12, 3, 19, 15, tzinfo=UTC)) == date(2026, 12, 4)
    assert today(datetime(2026, 12, 3, 18, 59, tzinfo=UTC)) == date(2026, 12, 3)
    # Before the switch Almaty was +06.
    assert today(datetime(2023, 12, 3, 18, 15, tzinfo=UTC)) == date(2023, 12, 4)


def test_today_without_a_moment_is_now_in_almaty() -> None:
    before = local(datetime.now(UTC)).date()
    assert today() in (before, local(datetime.now(UTC)).date())
