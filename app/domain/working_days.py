"""Working days in Kazakhstan: weekdays minus public holidays, with Government transfers as overrides."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

import holidays

from app.errors import InvalidInput

_SATURDAY = 5


@dataclass(frozen=True)
class CalendarOverrides:
    """Days the package does not know: extra days off and weekend days made working (transfers)."""

    days_off: frozenset[date] = frozenset()
    working_days: frozenset[date] = frozenset()

    def __post_init__(self) -> None:
        clash = self.days_off & self.working_days
        if clash:
            first = min(clash)
            raise InvalidInput(
                "calendar.override_conflict",
                "{date} is listed both as a day off and as a working day",
                date=first,
            )


class WorkingCalendar:
    """Answers "is this a working day" and "the Nth working day after" for Kazakhstan.

    The `holidays` KZ calendar already moves a public holiday falling on a weekend to the next working
    day, leaves the religious days off (Orthodox Christmas, Kurban ait) unmoved, and includes the
    Government's transfers it knows of; the overrides win over it.
    """

    def __init__(self, overrides: CalendarOverrides | None = None) -> None:
        self.overrides = overrides or CalendarOverrides()
        self._years: dict[int, tuple[frozenset[date], tuple[int, ...]]] = {}

    def is_working_day(self, d: date) -> bool:
        """Whether d is a working day."""
        return d in self._year(d.year)[0]

    def add_working_days(self, start: date, n: int) -> date:
        """The nth working day after start, counting from the next day (n = 0 gives start itself)."""
        if n < 0:
            raise ValueError(f"n must not be negative, got {n}")
        current = start
        remaining = n
        while remaining:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days after a up to and including b; negative when b is before a."""
        if b < a:
            return -self.working_days_between(b, a)
        count = 0
        for year in range(a.year, b.year + 1):
            ordinals = self._year(year)[1]
            count += bisect_right(ordinals, b.toordinal()) - bisect_right(ordinals, a.toordinal())
        return count

    def _year(self, year: int) -> tuple[frozenset[date], tuple[int, ...]]:
        cached = self._years.get(year)
        if cached is None:
            cached = self._build_year(year)
            self._years[year] = cached
        return cached

    def _build_year(self, year: int) -> tuple[frozenset[date], tuple[int, ...]]:
        # The next year is loaded too: a transfer decreed for January may make a December weekend working.
        package = holidays.country_holidays("KZ", years=(year, year + 1))
        days_off: set[date] = {d for d in package if d.year == year}
        weekend_workdays: set[date] = {d for d in package.weekend_workdays if d.year == year}
        working: set[date] = set()
        d = date(year, 1, 1)
        while d.year == year:
            if d in self.overrides.working_days:
                is_working = True
            elif d in self.overrides.days_off:
                is_working = False
            elif d.weekday() >= _SATURDAY:
                is_working = d in weekend_workdays
            else:
                is_working = d not in days_off
            if is_working:
                working.add(d)
            d += timedelta(days=1)
        return frozenset(working), tuple(sorted(x.toordinal() for x in working))
