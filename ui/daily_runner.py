"""The daily job run by the application itself: once signed in, and again after each local midnight.

Referrals past their last valid day must go back to the queue and their applications to the stop list
even in an office where nobody schedules `kezek daily`. The job is the system's, whoever is signed in, and
running it again the same day changes nothing (several workstations may run it).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain import local_time
from app.services import daily
from app.services.actors import SYSTEM
from app.services.daily import DailySummary
from app.services.session import Database
from ui.tasks import TaskState, run_task

log = logging.getLogger(__name__)
# Past midnight by a little: the new day has begun on every workstation's clock.
AFTER_MIDNIGHT = timedelta(minutes=1)


def until_next_run(now: datetime) -> timedelta:
    """From `now` (aware) to just after the next midnight in Almaty."""
    local = local_time.local(now)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + AFTER_MIDNIGHT - local


class DailyRunner(QObject):
    """`ran(DailySummary)` after each run, `failed(exception)` when one could not be made (it is logged;
    the next run, a day later or at the next sign-in, catches up, since every run does all that is due)."""

    ran = Signal(object)
    failed = Signal(object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        self.running = False

    def run(self) -> None:
        """Run the job for today in the background, then wait for the next day."""
        self.running = True
        task = run_task(self._work, self)
        task.succeeded.connect(self.ran)
        task.failed.connect(self._failed)
        task.finished.connect(self._schedule)

    def _work(self, _state: TaskState) -> DailySummary:
        with self._db.transaction() as session:
            return daily.run_daily(session, SYSTEM, local_time.today())

    def _failed(self, error: BaseException) -> None:
        log.warning("the daily run failed: %s", error)
        self.failed.emit(error)

    def _schedule(self) -> None:
        self.running = False
        wait = until_next_run(datetime.now(local_time.LOCAL_TZ))
        self.timer.start(int(wait.total_seconds() * 1000))
