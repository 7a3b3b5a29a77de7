"""The Kazakh individual identification number (IIN): parsing, check digit, as-you-type validation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.errors import InvalidInput

Sex = Literal["M", "F"]

IIN_LENGTH = 12
_DIGITS = re.compile(r"[0-9]*")
_WEIGHTS_FIRST = tuple(range(1, 12))
_WEIGHTS_SECOND = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
_CENTURY_START = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class InvalidIin(InvalidInput):
    """An IIN that cannot be right: wrong length, characters, century digit, date or check digit."""


@dataclass(frozen=True)
class IinInfo:
    """What a valid IIN tells about its holder."""

    iin: str
    birth_date: date
    sex: Sex


def check_digit(first_eleven: str) -> int | None:
    """The 12th digit for these 11 digits, or None when both weight sets give 10 (serial unusable)."""
    if len(first_eleven) != IIN_LENGTH - 1 or not _is_digits(first_eleven):
        raise ValueError(f"expected 11 digits, got {first_eleven!r}")
    digits = [int(c) for c in first_eleven]
    for weights in (_WEIGHTS_FIRST, _WEIGHTS_SECOND):
        remainder = sum(d * w for d, w in zip(digits, weights, strict=True)) % 11
        if remainder != 10:
            return remainder
    return None


def parse_iin(value: str) -> IinInfo:
    """Check an IIN completely and return the birth date and sex it encodes; raise InvalidIin otherwise."""
    iin = value.strip()
    if not _is_digits(iin):
        raise InvalidIin("iin.not_digits", "must contain digits only", value=value)
    if len(iin) != IIN_LENGTH:
        raise InvalidIin("iin.length", "must be 12 digits", value=value)
    century_digit = int(iin[6])
    if century_digit not in _CENTURY_START:
        raise InvalidIin("iin.century", "7th digit must be 1 to 6 (century and sex)", value=value)
    birth_date = _birth_date(iin, _CENTURY_START[century_digit])
    if birth_date is None:
        raise InvalidIin("iin.date", "first six digits are not a real birth date", value=value)
    expected = check_digit(iin[:11])
    if expected is None:
        raise InvalidIin("iin.unusable_serial", "serial number gives no valid check digit", value=value)
    if expected != int(iin[11]):
        raise InvalidIin("iin.check_digit", "check digit does not match", value=value)
    return IinInfo(iin=iin, birth_date=birth_date, sex="M" if century_digit % 2 else "F")


def make_iin(birth_date: date, sex: Sex, serial: int) -> str | None:
    """Build a valid IIN, or None when this serial (0..9999) gives no valid check digit."""
    century = birth_date.year // 100 * 100
    if century not in (1800, 1900, 2000):
        raise ValueError(f"an IIN encodes years 1800-2099 only, not {birth_date.year}")
    if not 0 <= serial <= 9999:
        raise ValueError(f"serial must be 0..9999, not {serial}")
    century_digit = {1800: 1, 1900: 3, 2000: 5}[century] + (0 if sex == "M" else 1)
    first_eleven = f"{birth_date:%y%m%d}{century_digit}{serial:04d}"
    digit = check_digit(first_eleven)
    return None if digit is None else first_eleven + str(digit)


def validate_iin_partial(text: str) -> str | None:
    """The error code for a typed prefix already known to be wrong, None while it may still become valid."""
    iin = text.strip()
    if not _is_digits(iin):
        return "iin.not_digits"
    if len(iin) > IIN_LENGTH:
        return "iin.length"
    if len(iin) == IIN_LENGTH:
        try:
            parse_iin(iin)
        except InvalidIin as error:
            return error.code
        return None
    if len(iin) >= 4 and not 1 <= int(iin[2:4]) <= 12:
        return "iin.date"
    if len(iin) >= 7:
        century_digit = int(iin[6])
        if century_digit not in _CENTURY_START:
            return "iin.century"
        if _birth_date(iin, _CENTURY_START[century_digit]) is None:
            return "iin.date"
    elif len(iin) >= 6 and all(_birth_date(iin, start) is None for start in (1800, 1900, 2000)):
        # The century is not typed yet: 29 February of year 00 is real in 2000 only.
        return "iin.date"
    return None


def iin_agrees(info: IinInfo, birth_date: date, sex: Sex | None = None) -> bool:
    """Whether a stated birth date (and sex, when given) agree with what the IIN encodes."""
    return info.birth_date == birth_date and (sex is None or info.sex == sex)


def require_agreement(info: IinInfo, birth_date: date, sex: Sex | None = None) -> None:
    """Raise InvalidIin when the stated birth date or sex contradict the IIN."""
    if info.birth_date != birth_date:
        raise InvalidIin(
            "iin.birth_date_mismatch",
            "birth date {birth_date} does not agree with IIN ({iin_date})",
            birth_date=birth_date,
            iin_date=info.birth_date,
        )
    if sex is not None and info.sex != sex:
        raise InvalidIin("iin.sex_mismatch", "sex {sex} does not agree with IIN", sex=sex)


def _is_digits(text: str) -> bool:
    # str.isdigit() accepts superscripts and other scripts' digits, which int() then mishandles.
    return _DIGITS.fullmatch(text) is not None


def _birth_date(iin: str, century_start: int) -> date | None:
    try:
        return date(century_start + int(iin[0:2]), int(iin[2:4]), int(iin[4:6]))
    except ValueError:
        return None
