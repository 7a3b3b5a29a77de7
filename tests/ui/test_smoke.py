"""`kezek --smoke-test` passes in a development tree."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QThreadPool

from ui.smoke import run_smoke_test


def test_smoke_test_passes(capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    assert run_smoke_test() == 0
    assert "smoke test ok" in capsys.readouterr().out
    # The main window's daily run had finished before the database closed and its folder went, as when
    # the app quits: no write or WAL checkpoint was left to fail on a removed file.
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []
