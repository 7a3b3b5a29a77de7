"""Errors a user can cause and fix: each has a stable code, parameters and an English text.

The GUI translates by code (`ui/messages.py`); the command line prints `str(error)`.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """A refusal the user can act on: bad input, a rule that forbids the act, a missing record."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        self.code = code
        self.message = message
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message with its parameters filled in."""
        try:
            return self.message.format(**self.params)
        except (KeyError, IndexError):
            return self.message


class NotFound(UserError):
    """A record named by the user does not exist."""


class RuleViolation(UserError):
    """The act is refused by a rule of Order 254 or of the rules profile."""


class InvalidInput(UserError):
    """A value entered or imported is malformed or impossible."""
