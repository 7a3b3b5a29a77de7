"""`kezek --demo`: a separate demo database, filled in the background on first use."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication

from app.services import demo, users
from app.services.session import Database
from ui.error_dialog import report_exception
from ui.progress_dialog import run_with_progress
from ui.tasks import Task, TaskState

DEMO_APPLICATIONS = 5000


def demo_database_url() -> str:
    """Its own SQLite file, so a demo never mixes with the office's real database."""
    folder = Path(platformdirs.user_data_dir("Kezek", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'demo.sqlite3'}"


def prepare_demo(
    db: Database,
    on_ready: Callable[[], None],
    on_failed: Callable[[], None],
    applications: int = DEMO_APPLICATIONS,
) -> Task | None:
    """Call on_ready at once if the demo data exists, else after filling it (with a progress dialog)."""
    with db.reading() as session:
        filled = users.has_users(session)
    if filled:
        on_ready()
        return None

    def fill(_state: TaskState) -> demo.DemoSummary:
        return demo.fill(db, applications=applications)

    def failed(error: BaseException) -> None:
        report_exception(error).finished.connect(on_failed)

    label = QCoreApplication.translate("Demo", "Creating the demo district: kindergartens, places, a queue…")
    task, _dialog = run_with_progress(None, label, fill)
    task.succeeded.connect(lambda _summary: on_ready())
    task.cancelled.connect(on_failed)
    task.failed.connect(failed)
    return task
