"""The demo district's last three weeks, played day by day as an office lives them: places handed over and
distributed, referrals enrolled, declined, extended or left to expire, applications withdrawn and one
restored, the daily job each morning; so a newcomer finds every register filled and today's places still
to distribute."""

from __future__ import annotations

import random
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import partial
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Application
from app.domain.local_time import LOCAL_TZ, local_date
from app.domain.rules_profile import RulesProfile
from app.exchange import imports
from app.services import archive, daily, distribution, referrals
from app.services.actors import SYSTEM, Actor
from app.services.demo_district import Groups, place_rows, write_csv

PAST_RUNS = ((21, 24), (12, 12), (2, 8))
"""The distributions of the last weeks: how many days before today each ran, and how many places the
kindergartens had handed over for it."""
OUTCOME_WEIGHTS = {"enrol": 10, "decline": 1, "extend": 2, "unused": 5}
"""What became of a referral, in proportion; an unused one expires and stop-lists its application."""
PAST_MODE_WEIGHTS = (6, 0, 1)
"""General and temporary-stay places in the past runs, no early booking: its places would await release."""
WITHDRAWALS = 4
TODAYS_PLACES = 60

Act = Callable[[datetime], None]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A moment of an Almaty working day."""
    return datetime.combine(day, time(hour, minute), LOCAL_TZ).astimezone(UTC)


def _registered(row: dict[str, str]) -> datetime:
    return datetime.fromisoformat(row["registered_at"])


def run_days(profile: RulesProfile, today: date) -> dict[date, int]:
    """Each past distribution's day (moved back out of a month the profile freezes) and its places."""
    days: dict[date, int] = {}
    for back, count in PAST_RUNS:
        day = today - timedelta(days=back)
        while profile.is_distribution_frozen(day):
            day -= timedelta(days=1)
        days[day] = days.get(day, 0) + count
    return dict(sorted(days.items()))


def opening(profile: RulesProfile, today: date) -> datetime:
    """The morning of the first past distribution, when the demo office starts its records."""
    return at(min(run_days(profile, today)), 8)


@dataclass(slots=True)
class HistoryCounts:
    referrals: int = 0
    enrolled: int = 0
    declined: int = 0
    extended: int = 0
    expired: int = 0
    withdrawn: int = 0
    restored: int = 0

    def describe(self) -> str:
        return (
            f"the last three weeks: {self.referrals} referrals issued ({self.enrolled} enrolled, "
            f"{self.declined} declined, {self.extended} extended, {self.expired} expired), "
            f"{self.withdrawn} applications withdrawn, {self.restored} restored"
        )


class History:
    """Plays the district from the first past distribution up to `now`, the acts of each day in order,
    so the journal reads as the office would have written it."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        profile: RulesProfile,
        staff: tuple[Actor, Actor],
        folder: Path,
        now: datetime,
    ) -> None:
        self.session, self.rng, self.profile, self.folder, self.now = session, rng, profile, folder, now
        self.clerk, self.supervisor = staff
        self.groups = Groups()
        self.counts = HistoryCounts()
        self.acts: dict[date, list[Act]] = defaultdict(list)
        self.waiting: list[dict[str, str]] = []
        self.files = 0

    def play(self, orgs: list[dict[str, str]], applications: list[dict[str, str]]) -> HistoryCounts:
        today = local_date(self.now)
        runs = run_days(self.profile, today)
        first = min(runs)
        self.waiting = sorted(applications, key=_registered)
        imports.import_orgs(self.session, SYSTEM, self._csv("orgs", orgs), now=opening(self.profile, today))
        self._plan_withdrawals(first, today)
        next_number = TODAYS_PLACES + 1
        day = first
        while day < today:
            if day > first:
                self._daily(day, at(day, 0, 5))
            if day in runs:
                numbers = range(next_number, next_number + runs[day])
                next_number = numbers.stop
                self._distribute(day, place_rows(self.rng, orgs, day, numbers, PAST_MODE_WEIGHTS))
            for minute, act in enumerate(self.acts.pop(day, [])):
                moment = at(day, 11) + timedelta(minutes=minute)
                self._catch_up(moment)
                act(moment)
            day += timedelta(days=1)
        # Acts planned for today or later have not happened: their referrals are live for the newcomer.
        self._daily(today, min(at(today, 0, 5), self.now))
        self._catch_up(self.now)
        todays = place_rows(self.rng, orgs, today, range(1, TODAYS_PLACES + 1))
        self.groups.publish(self.session, SYSTEM, todays, self.now)
        return self.counts

    def _csv(self, name: str, rows: list[dict[str, str]]) -> Path:
        self.files += 1
        return write_csv(self.folder / f"{self.files:03d}-{name}.csv", tuple(rows[0]), rows)

    def _catch_up(self, moment: datetime) -> None:
        """Applications registered before `moment` come in (as a file from the portal would)."""
        count = bisect_left(self.waiting, moment, key=_registered)
        if count:
            rows, self.waiting = self.waiting[:count], self.waiting[count:]
            imports.import_applications(self.session, SYSTEM, self._csv("applications", rows), now=moment)

    def _daily(self, day: date, moment: datetime) -> None:
        self._catch_up(moment)
        self.counts.expired += daily.run_daily(self.session, SYSTEM, day, now=moment).expired

    def _distribute(self, day: date, places: list[dict[str, str]]) -> None:
        self._catch_up(at(day, 9))
        self.groups.publish(self.session, SYSTEM, places, at(day, 9))
        result = distribution.run(self.session, self.supervisor, day, dry_run=False, now=at(day, 10))
        for row in result.rows:
            if row.referral_no is not None and row.valid_until is not None:
                self.counts.referrals += 1
                self._plan_outcome(day, row.referral_no, row.valid_until)

    def _plan_outcome(self, issued: date, referral_no: str, valid_until: date) -> None:
        outcome = self.rng.choices(tuple(OUTCOME_WEIGHTS), weights=tuple(OUTCOME_WEIGHTS.values()))[0]
        if outcome == "enrol":
            day = issued + timedelta(days=self.rng.randint(1, 4))
            if day <= valid_until:
                self.acts[day].append(partial(self._enrol, referral_no, day))
        elif outcome == "decline":
            self.acts[issued + timedelta(days=1)].append(partial(self._decline, referral_no))
        elif outcome == "extend":
            self.acts[issued + timedelta(days=2)].append(partial(self._extend, referral_no))

    def _enrol(self, referral_no: str, day: date, moment: datetime) -> None:
        contract = f"{self.rng.randint(1, 400)}/{day.year}"
        referrals.enrol(self.session, self.clerk, referral_no, day, contract, now=moment)
        self.counts.enrolled += 1

    def _decline(self, referral_no: str, moment: datetime) -> None:
        referrals.decline(self.session, self.clerk, referral_no, now=moment)
        self.counts.declined += 1

    def _extend(self, referral_no: str, moment: datetime) -> None:
        days = self.profile.extension_max_days
        referrals.extend(self.session, self.clerk, referral_no, days, now=moment)
        self.counts.extended += 1

    def _plan_withdrawals(self, first: date, today: date) -> None:
        """Parents withdraw a few applications; the first is restored two days on, found withdrawn by
        mistake."""
        for number in range(WITHDRAWALS):
            day = first + timedelta(days=self.rng.randint(1, (today - first).days - 1))
            restore_on = day + timedelta(days=2) if number == 0 and day + timedelta(days=2) < today else None
            self.acts[day].append(partial(self._withdraw, restore_on=restore_on))

    def _withdraw(self, moment: datetime, *, restore_on: date | None) -> None:
        waiting = self.session.scalars(
            select(Application.application_no)
            .where(Application.status == "queued", Application.temporary_until.is_(None))
            .order_by(Application.application_no)
            .limit(100)
        ).all()
        if not waiting:
            return
        application_no = self.rng.choice(waiting)
        reason = self.rng.choice(("withdrawn", "withdrawn", "duplicate"))
        note = "Ата-анасының өтініші бойынша" if reason == "withdrawn" else "Екінші өтініш"
        archive.withdraw(self.session, self.clerk, application_no, reason, note, now=moment)
        self.counts.withdrawn += 1
        if restore_on is not None:
            self.acts[restore_on].append(partial(self._restore, application_no))

    def _restore(self, application_no: str, moment: datetime) -> None:
        note = "Қате шығарылды: ата-анасы өтінішті қайтарып алмаған"
        archive.restore(self.session, self.supervisor, application_no, note, now=moment)
        self.counts.restored += 1
