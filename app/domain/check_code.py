"""The check code printed as a QR on every act, and read back when a printout is scanned at the desk."""

from __future__ import annotations

from typing import NamedTuple

PREFIX = "KEZEK"
REFERRAL = "referral"
"""The kind of a referral's code."""


class CheckCode(NamedTuple):
    kind: str
    """What the act is: "referral", "notification", ..."""
    number: str
    digest: str
    """The hash of the act's journal entry."""


def qr_payload(kind: str, number: str, digest: str) -> str:
    """What the code holds: `KEZEK|<kind>|<number>|<hash>` — enough for a kindergarten to check the act."""
    for part in (kind, number, digest):
        if "|" in part:
            raise ValueError(f"'|' cannot appear in a QR field: {part!r}")
    return f"{PREFIX}|{kind}|{number}|{digest}"


def read_check_code(text: str) -> CheckCode | None:
    """The code a scanner typed (`qr_payload`'s text), or None if `text` is not one."""
    parts = text.strip().split("|")
    if len(parts) != 4 or parts[0] != PREFIX or not all(parts[1:]):
        return None
    return CheckCode(*parts[1:])
