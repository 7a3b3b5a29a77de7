"""Long work off the GUI thread: progress and cancel, the outcome delivered on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Cancelled(Exception):
    """Raised by `TaskState.check()` inside the work when the user asked to stop."""


class _Relay(QObject):
    """Emitted from the worker thread; connected to the Task in the GUI thread, so Qt queues the calls."""

    progressed = Signal(int, int, str)
    done = Signal(str, object)


class TaskState:
    """What the work function sees: report progress, ask whether to stop."""

    def __init__(self, relay: _Relay, stop: threading.Event) -> None:
        self._relay = relay
        self._stop = stop

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def progress(self, done: int, total: int, text: str = "") -> None:
        """`total` 0 means "unknown"; cheap enough to call per row."""
        self._relay.progressed.emit(done, total, text)

    def check(self) -> None:
        """Stop here (raise Cancelled) if the user cancelled."""
        if self._stop.is_set():
            raise Cancelled


class Task(QObject):
    """One run of `work(state)` in the thread pool; every signal arrives on the GUI thread.

    Exactly one of succeeded(result) / failed(exception) / cancelled() is emitted, then finished().
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[TaskState], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._stop = threading.Event()
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.done.connect(self._on_done)
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        _alive.add(self)
        runnable = _Runnable(self._work, self._relay, TaskState(self._relay, self._stop))
        (pool or QThreadPool.globalInstance()).start(runnable)
        return self

    def cancel(self) -> None:
        self._stop.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.running:
            self.progressed.emit(done, total, text)

    @Slot(str, object)
    def _on_done(self, outcome: str, value: object) -> None:
        self.running = False
        _alive.discard(self)
        if outcome == "failed":
            self.failed.emit(value)
        elif outcome == "cancelled" or self._stop.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(value)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskState], Any], relay: _Relay, state: TaskState) -> None:
        super().__init__()
        self._work = work
        self._relay = relay
        self._state = state

    def run(self) -> None:
        relay = self._relay
        try:
            result = self._work(self._state)
        except Cancelled:
            relay.done.emit("cancelled", None)
        except Exception as error:
            relay.done.emit("failed", error)
        else:
            relay.done.emit("succeeded", result)


# Started tasks stay referenced until they finish, so a caller may drop its own reference.
_alive: set[Task] = set()


def run_task(work: Callable[[TaskState], Any], parent: QObject | None = None) -> Task:
    """Start `work(state)` in the global thread pool and return its Task (connect to its signals)."""
    return Task(work, parent).start()
