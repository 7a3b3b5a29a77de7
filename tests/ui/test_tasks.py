"""The background-task helper: results, errors, progress and cancel all arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from ui.progress_dialog import TaskProgressDialog, run_with_progress
from ui.tasks import Task, TaskState, run_task

TIMEOUT_S = 5


def on_gui_thread() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int, str, bool]] = []
    worker_threads: list[bool] = []

    def work(state: TaskState) -> int:
        worker_threads.append(on_gui_thread())
        for done in range(1, 4):
            state.progress(done, 3, f"row {done}")
        return 42

    task = Task(work)
    task.progressed.connect(lambda d, t, text: seen.append((d, t, text, on_gui_thread())))
    with qtbot.waitSignal(task.succeeded, timeout=TIMEOUT_S * 1000) as blocker:
        task.start()
    assert blocker.args == [42]
    assert worker_threads == [False]
    assert seen == [(1, 3, "row 1", True), (2, 3, "row 2", True), (3, 3, "row 3", True)]
    assert not task.running


def test_an_exception_is_delivered_as_failed(qtbot: QtBot) -> None:
    def work(_state: TaskState) -> None:
        raise ValueError("broken input")

    events: list[tuple[str, object]] = []
    task = Task(work)
    task.failed.connect(lambda error: events.append(("failed", error)))
    task.finished.connect(lambda: events.append(("finished", None)))
    with qtbot.waitSignal(task.finished, timeout=TIMEOUT_S * 1000):
        task.start()
    assert [kind for kind, _ in events] == ["failed", "finished"]
    error = events[0][1]
    assert isinstance(error, ValueError)
    assert error.__traceback__ is not None


@pytest.mark.parametrize("work_checks", [True, False])
def test_cancel_stops_the_work_and_drops_the_result(qtbot: QtBot, work_checks: bool) -> None:
    started, go = threading.Event(), threading.Event()
    outcomes: list[str] = []

    def work(state: TaskState) -> str:
        started.set()
        go.wait(TIMEOUT_S)
        if work_checks:
            state.check()
        return "too late"

    task = run_task(work)
    task.succeeded.connect(lambda _r: outcomes.append("succeeded"))
    assert started.wait(TIMEOUT_S)
    with qtbot.waitSignals([task.cancelled, task.finished], timeout=TIMEOUT_S * 1000):
        task.cancel()
        go.set()
    assert outcomes == []


def test_progress_dialog_follows_the_task_and_its_cancel_button_cancels(qtbot: QtBot) -> None:
    started, go = threading.Event(), threading.Event()

    def work(state: TaskState) -> None:
        state.progress(1, 4, "")
        started.set()
        go.wait(TIMEOUT_S)
        state.check()

    task, dialog = run_with_progress(None, "Working", work)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, TaskProgressDialog)
    assert started.wait(TIMEOUT_S)
    qtbot.waitUntil(lambda: dialog.value() == 1 and dialog.maximum() == 4)
    with qtbot.waitSignal(task.cancelled, timeout=TIMEOUT_S * 1000):
        dialog.findChild(QPushButton).click()
        go.set()
    assert not dialog.isVisible()
