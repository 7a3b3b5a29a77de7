"""SQLite checkpoints run after a write unit of work, on a background thread, not inside its commit."""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.checkpoints import Checkpoints
from app.db.database import Database

PAGE = 4096


def test_a_writer_leaves_the_checkpoint_to_the_background_which_moves_the_pages_into_the_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "office.sqlite3"
    db = Database(f"sqlite:///{path}")
    with db.transaction() as session:
        assert session.execute(text("PRAGMA wal_autocheckpoint")).scalar_one() == 0
        session.execute(text("CREATE TABLE filler (body BLOB)"))
    # Another connection stays open (and in the WAL), so that closing ours does not checkpoint.
    with closing(sqlite3.connect(path)) as other:
        assert other.execute("SELECT count(*) FROM filler").fetchone() == (0,)
        with db.transaction() as session:
            session.execute(
                text(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                    "INSERT INTO filler SELECT zeroblob(:size) FROM n"
                ),
                {"size": PAGE},
            )
        db.dispose()  # waits for the checkpoint it asked for
        assert path.stat().st_size >= 3000 * PAGE
        assert other.execute("SELECT count(*) FROM filler").fetchone() == (3000,)


def test_a_checkpoint_that_fails_is_logged_and_raises_nothing(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    checkpoints = Checkpoints(tmp_path / "gone.sqlite3")
    with caplog.at_level(logging.WARNING, logger="app.db.checkpoints"):
        checkpoints.request()
        checkpoints.wait()
    assert "WAL checkpoint of" in caplog.text
    assert not (tmp_path / "gone.sqlite3").exists()
