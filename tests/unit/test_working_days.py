"""Tests of the Kazakh working-day calendar, with cases checked by hand against a wall calendar."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.working_days import CalendarOverrides, WorkingCalendar
from app.errors import InvalidInput


@pytest.fixture
def cal() -> WorkingCalendar:
    return WorkingCalendar()


def test_fifth_working_day_skips_independence_day(cal: WorkingCalendar) -> None:
    # Mon 14 Dec 2026 → Tue 15 (1), Wed 16 holiday, Thu 17 (2), Fri 18 (3), Mon 21 (4), Tue 22 (5).
    assert not cal.is_working_day(date(2026, 12, 16))
    assert cal.add_working_days(date(2026, 12, 14), 5) == date(2026, 12, 22)


def test_plain_week(cal: WorkingCalendar) -> None:
    # Mon 2 Nov 2026 → Mon 9 Nov: the weekend of 7–8 November is skipped.
    assert cal.add_working_days(date(2026, 11, 2), 5) == date(2026, 11, 9)
    assert cal.is_working_day(date(2026, 11, 6))
    assert not cal.is_working_day(date(2026, 11, 7))
    assert not cal.is_working_day(date(2026, 11, 8))


def test_zero_and_negative(cal: WorkingCalendar) -> None:
    assert cal.add_working_days(date(2026, 11, 7), 0) == date(2026, 11, 7)
    with pytest.raises(ValueError, match="negative"):
        cal.add_working_days(date(2026, 11, 7), -1)


def test_weekend_holiday_moves_to_monday(cal: WorkingCalendar) -> None:
    # 8 March 2026 (Women's Day) is a Sunday: Monday 9 March is the day off instead.
    assert date(2026, 3, 8).weekday() == 6
    assert not cal.is_working_day(date(2026, 3, 9))
    assert cal.is_working_day(date(2026, 3, 10))
    # Victory Day, Saturday 9 May 2026 → Monday 11 May.
    assert not cal.is_working_day(date(2026, 5, 11))
    assert cal.add_working_days(date(2026, 5, 8), 1) == date(2026, 5, 12)


def test_nauryz_2026(cal: WorkingCalendar) -> None:
    # 21–23 March 2026 are Sat, Sun, Mon; the two weekend days move to Tue 24 and Wed 25.
    for day in range(21, 26):
        assert not cal.is_working_day(date(2026, 3, day)), day
    assert cal.is_working_day(date(2026, 3, 26))
    assert cal.add_working_days(date(2026, 3, 20), 1) == date(2026, 3, 26)


def test_nauryz_2025(cal: WorkingCalendar) -> None:
    # Fri 21 March 2025 off; Sat 22 and Sun 23 move to Mon 24 and Tue 25.
    assert [cal.is_working_day(date(2025, 3, d)) for d in range(20, 27)] == [
        True,
        False,
        False,
        False,
        False,
        False,
        True,
    ]


def test_religious_day_off_is_not_moved(cal: WorkingCalendar) -> None:
    # Orthodox Christmas on Sunday 7 January 2024: Monday 8 January stays a working day.
    assert date(2024, 1, 7).weekday() == 6
    assert cal.is_working_day(date(2024, 1, 8))
    # On a weekday it is a day off (Wednesday 7 January 2026).
    assert not cal.is_working_day(date(2026, 1, 7))


def test_government_transfer_known_to_the_package(cal: WorkingCalendar) -> None:
    # 2025: Friday 3 January off, Sunday 5 January worked instead.
    assert not cal.is_working_day(date(2025, 1, 3))
    assert cal.is_working_day(date(2025, 1, 5))
    assert cal.add_working_days(date(2024, 12, 31), 1) == date(2025, 1, 5)


def test_overrides_both_ways() -> None:
    overrides = CalendarOverrides(
        days_off=frozenset({date(2026, 12, 31)}),
        working_days=frozenset({date(2026, 12, 26), date(2026, 12, 16)}),
    )
    cal = WorkingCalendar(overrides)
    assert not cal.is_working_day(date(2026, 12, 31))
    assert cal.is_working_day(date(2026, 12, 26))
    # A working-day override wins over the package's holiday too.
    assert cal.is_working_day(date(2026, 12, 16))
    # Tue 15, Wed 16 (now working), Thu 17, Fri 18, Mon 21.
    assert cal.add_working_days(date(2026, 12, 14), 5) == date(2026, 12, 21)
    # Fri 25 (1), Sat 26 (2, worked), Mon 28 (3).
    assert cal.add_working_days(date(2026, 12, 24), 3) == date(2026, 12, 28)
    # Tue 29 (1), Wed 30 (2), Thu 31 off; New Year 1–2 January 2027 are Fri and Sat, so Mon 4 is off too;
    # Tue 5 January 2027 (3).
    assert cal.add_working_days(date(2026, 12, 28), 3) == date(2027, 1, 5)


def test_override_conflict_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        CalendarOverrides(days_off=frozenset({date(2026, 1, 5)}), working_days=frozenset({date(2026, 1, 5)}))
    assert caught.value.code == "calendar.override_conflict"


def test_working_days_between(cal: WorkingCalendar) -> None:
    assert cal.working_days_between(date(2026, 12, 14), date(2026, 12, 22)) == 5
    assert cal.working_days_between(date(2026, 12, 22), date(2026, 12, 14)) == -5
    assert cal.working_days_between(date(2026, 12, 14), date(2026, 12, 14)) == 0


def test_between_agrees_with_stepping_across_years(cal: WorkingCalendar) -> None:
    start = date(2025, 12, 1)
    for n in (1, 7, 30, 60):
        end = cal.add_working_days(start, n)
        assert cal.working_days_between(start, end) == n
        assert cal.is_working_day(end)
        stepped = sum(cal.is_working_day(start + timedelta(days=i)) for i in range(1, (end - start).days + 1))
        assert stepped == n
