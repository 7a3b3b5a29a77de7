"""Every refusal the core can put before a GUI user has a translatable sentence in ui/messages.py."""

from __future__ import annotations

import re
from pathlib import Path

from ui.messages import MESSAGES

ROOT = Path(__file__).resolve().parents[2]
RAISED = re.compile(r'(?:InvalidInput|RuleViolation|NotFound|UserError)\(\s*"([a-z_]+\.[a-z_]+)"')
# A problem of an imported row: Problems.add(row, column, "code", ...) in app/exchange.
ROW_PROBLEM = re.compile(r'\badd\(\s*[^,]+,\s*[^,]+,\s*"([a-z_]+\.[a-z_]+)"')
# Refusals no screen can meet, each with the reason.
NOT_ON_SCREEN = {
    "daily.future": "the daily job runs from the command line (`kezek daily`)",
    "queue.iin_not_found": "asked by `kezek queue position IIN`; the queue screen searches instead",
    "calendar.override_conflict": "rules profiles are put in force by `kezek profile activate`",
    "profile.invalid": "rules profiles are put in force by `kezek profile activate`",
    "profile.syntax": "rules profiles are put in force by `kezek profile activate`",
    "notification.event_unknown": "a message template missing is a defect, logged as one",
    "notification.language_unknown": "a message template missing is a defect, logged as one",
    "notification.params_missing": "a message template missing is a defect, logged as one",
}


def _codes_raised(folder: str, pattern: re.Pattern[str] = RAISED) -> set[str]:
    return {
        code for path in (ROOT / folder).rglob("*.py") for code in pattern.findall(path.read_text("utf-8"))
    }


def test_every_code_the_services_raise_has_a_message() -> None:
    raised = _codes_raised("app/services") | _codes_raised("app/domain")
    assert len(raised) > 80  # the pattern still finds the raisers
    missing = sorted(raised - MESSAGES.keys() - NOT_ON_SCREEN.keys())
    assert missing == []


def test_the_exceptions_are_still_raised_and_still_without_a_message() -> None:
    raised = _codes_raised("app/services") | _codes_raised("app/domain")
    assert NOT_ON_SCREEN.keys() <= raised
    assert not NOT_ON_SCREEN.keys() & MESSAGES.keys()


def test_every_problem_an_import_reports_has_a_message() -> None:
    """A file refused on a screen lists its rows' problems in the screen's language, and says so first."""
    problems = _codes_raised("app/exchange", ROW_PROBLEM) | _codes_raised("app/exchange")
    assert len(problems) > 25  # the patterns still find the problems
    assert sorted(problems - MESSAGES.keys()) == []
    assert "import.rejected" in MESSAGES
