"""Tests of the IIN parser, check digit and as-you-type validation."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.iin import (
    IinInfo,
    InvalidIin,
    Sex,
    check_digit,
    iin_agrees,
    make_iin,
    parse_iin,
    require_agreement,
    validate_iin_partial,
)
from app.errors import InvalidInput

# 9·1 + 1·4 + 1·6 + 3·7 + 1·10 + 2·11 = 72; 72 mod 11 = 6.
MALE_1990 = "900101300126"
# First weights: 2 + 12 + 5 + 30 + 42 + 40 = 131 ≡ 10; second: 6 + 18 + 7 + 40 + 54 + 4 = 129 ≡ 8.
FEMALE_2020_SECOND_WEIGHTS = "200315600408"
# Adding 1 in position 11 adds 11 to the first sum and 2 to the second: 142 ≡ 10, 131 ≡ 10.
UNUSABLE_ELEVEN = "20031560041"


def test_check_digit_first_weights() -> None:
    assert check_digit("90010130012") == 6


def test_check_digit_second_weights() -> None:
    assert check_digit("20031560040") == 8


def test_check_digit_unusable() -> None:
    assert check_digit(UNUSABLE_ELEVEN) is None


def test_check_digit_rejects_wrong_input() -> None:
    with pytest.raises(ValueError, match="11 digits"):
        check_digit("123")


def test_parse_male_1900s() -> None:
    assert parse_iin(MALE_1990) == IinInfo(iin=MALE_1990, birth_date=date(1990, 1, 1), sex="M")


def test_parse_female_2000s_strips_spaces() -> None:
    info = parse_iin(f" {FEMALE_2020_SECOND_WEIGHTS} ")
    assert info == IinInfo(iin=FEMALE_2020_SECOND_WEIGHTS, birth_date=date(2020, 3, 15), sex="F")


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("90010130012", "iin.length"),
        ("9001013001266", "iin.length"),
        ("", "iin.length"),
        ("90010130012a", "iin.not_digits"),
        ("9001013001２6", "iin.not_digits"),  # a full-width digit
        ("900101700126", "iin.century"),
        ("900101000126", "iin.century"),
        ("230230500126", "iin.date"),
        ("001301300126", "iin.date"),
        ("900101300127", "iin.check_digit"),
        (UNUSABLE_ELEVEN + "0", "iin.unusable_serial"),
    ],
)
def test_parse_errors(value: str, code: str) -> None:
    with pytest.raises(InvalidIin) as caught:
        parse_iin(value)
    assert caught.value.code == code
    assert isinstance(caught.value, InvalidInput)


def test_error_messages_read_after_a_column_name() -> None:
    with pytest.raises(InvalidIin) as caught:
        parse_iin("900101300127")
    assert str(caught.value) == "check digit does not match"
    with pytest.raises(InvalidIin) as caught:
        parse_iin("123")
    assert str(caught.value) == "must be 12 digits"


def test_century_and_sex_digits() -> None:
    # 29 February 1900 did not exist; 29 February 2000 did.
    assert parse_iin(make_iin(date(2000, 2, 29), "F", 1) or "").sex == "F"
    with pytest.raises(InvalidIin, match="real birth date"):
        parse_iin("000229300010")
    born_1850 = make_iin(date(1850, 6, 1), "M", 7)
    assert born_1850 is not None
    assert born_1850[6] == "1"
    assert parse_iin(born_1850).birth_date == date(1850, 6, 1)


@pytest.mark.parametrize("sex", ["M", "F"])
@pytest.mark.parametrize("birth", [date(1899, 12, 31), date(1975, 7, 4), date(2024, 2, 29)])
def test_make_iin_round_trips(birth: date, sex: Sex) -> None:
    made = [make_iin(birth, sex, serial) for serial in range(30)]
    valid = [iin for iin in made if iin is not None]
    assert len(valid) > 20
    for iin in valid:
        info = parse_iin(iin)
        assert (info.birth_date, info.sex) == (birth, sex)


def test_make_iin_unusable_serial_gives_none() -> None:
    assert make_iin(date(2020, 3, 15), "F", 41) is None
    assert make_iin(date(2020, 3, 15), "F", 40) == FEMALE_2020_SECOND_WEIGHTS


def test_make_iin_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="1800-2099"):
        make_iin(date(2100, 1, 1), "M", 1)
    with pytest.raises(ValueError, match="serial"):
        make_iin(date(2000, 1, 1), "M", 10000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("9", None),
        ("9001", None),
        ("90a", "iin.not_digits"),
        ("9013", "iin.date"),
        ("9000", "iin.date"),
        ("900132", "iin.date"),
        ("900230", "iin.date"),
        ("000229", None),  # real in 2000
        ("0002293", "iin.date"),  # not in 1900
        ("0002295", None),
        ("9001017", "iin.century"),
        ("90010130012", None),
        (MALE_1990, None),
        ("900101300127", "iin.check_digit"),
        (UNUSABLE_ELEVEN + "5", "iin.unusable_serial"),
        ("9001013001261", "iin.length"),
    ],
)
def test_validate_partial(text: str, expected: str | None) -> None:
    assert validate_iin_partial(text) == expected


def test_agreement() -> None:
    info = parse_iin(MALE_1990)
    assert iin_agrees(info, date(1990, 1, 1))
    assert iin_agrees(info, date(1990, 1, 1), "M")
    assert not iin_agrees(info, date(1990, 1, 2))
    assert not iin_agrees(info, date(1990, 1, 1), "F")
    require_agreement(info, date(1990, 1, 1), "M")
    with pytest.raises(InvalidIin) as caught:
        require_agreement(info, date(1991, 1, 1))
    assert caught.value.code == "iin.birth_date_mismatch"
    with pytest.raises(InvalidIin) as caught:
        require_agreement(info, date(1990, 1, 1), "F")
    assert caught.value.code == "iin.sex_mismatch"
