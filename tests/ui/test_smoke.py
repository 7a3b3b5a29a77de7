"""`kezek --smoke-test` passes in a development tree."""

from __future__ import annotations

import pytest

from ui.smoke import run_smoke_test


def test_smoke_test_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_smoke_test() == 0
    assert "smoke test ok" in capsys.readouterr().out
