"""Moving a SQLite file's committed WAL pages into the file itself off the writer's path."""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import closing
from pathlib import Path

_log = logging.getLogger(__name__)

WRITER_PRAGMA = "PRAGMA wal_autocheckpoint=0"
"""On a writing connection: SQLite's own checkpoint inside the commit is switched off (see Checkpoints)."""


class Checkpoints:
    """PASSIVE checkpoints of one SQLite file on a background thread, one after each write unit of work.

    SQLite checkpoints inside the commit that takes the WAL past 1,000 pages. After a distribution that
    is some 30,000 pages: a third of a second the supervisor would wait for although the referrals are
    already committed. Writers switch that off (WRITER_PRAGMA) and ask for a checkpoint here after
    committing; a PASSIVE one waits for no reader or writer and copies what it can. A checkpoint cut off
    (the process killed) is finished by the next, and SQLite checkpoints when the last connection closes.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._again = False

    def request(self) -> None:
        """Checkpoint soon; a request made while one runs is served by another right after it."""
        with self._lock:
            if self._thread is not None:
                self._again = True
                return
            self._thread = threading.Thread(target=self._run, name="kezek-wal-checkpoint", daemon=True)
            self._thread.start()

    def wait(self) -> None:
        """Until no checkpoint is running or asked for."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join()

    def _run(self) -> None:
        while True:
            self._checkpoint()
            with self._lock:
                if not self._again:
                    self._thread = None
                    return
                self._again = False

    def _checkpoint(self) -> None:
        try:
            # mode=rw: a file removed meanwhile is not made again, empty.
            uri = f"{self._path.resolve().as_uri()}?mode=rw"
            with closing(sqlite3.connect(uri, uri=True)) as connection:
                connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error as error:
            # The next write asks again; nothing committed depends on this one.
            _log.warning("WAL checkpoint of %s failed: %s", self._path, error)
