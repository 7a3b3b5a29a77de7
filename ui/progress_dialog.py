"""A small progress dialog bound to a background Task: shows its progress, its Cancel stops it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.progress import Progress
from ui.tasks import Task, TaskState

SHOW_AFTER_MS = 400


class TaskProgressDialog(QProgressDialog):
    """Appears only if the task outlasts SHOW_AFTER_MS; closes itself when the task finishes."""

    def __init__(self, task: Task, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setRange(0, 0)
        self.setLabelText(label)
        self._label = label
        self.task = task
        task.progressed.connect(self._on_progress)
        task.finished.connect(self._on_finished)
        self.canceled.connect(task.cancel)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.setRange(0, max(total, 0))
        self.setValue(min(done, total) if total > 0 else 0)
        self.setLabelText(f"{self._label}\n{text}" if text else self._label)

    def _on_finished(self) -> None:
        self.canceled.disconnect(self.task.cancel)
        self.reset()
        self.hide()
        self.deleteLater()


def run_with_progress(
    parent: QWidget | None, label: str, work: Callable[[TaskState], Any]
) -> tuple[Task, TaskProgressDialog]:
    """Start `work` in the background with a progress dialog; connect to the task's outcome signals."""
    task = Task(work)
    dialog = TaskProgressDialog(task, label, parent)
    task.start()
    return task, dialog


def relay_progress(state: TaskState, steps: dict[str, str]) -> Progress:
    """A service's progress shown by the task's dialog: the bar, and the step in words under the title;
    a Cancel stops the work at its next report."""

    def report(step: str, done: int, total: int | None) -> None:
        state.check()
        state.progress(done, total or 0, steps.get(step, step))

    return report
