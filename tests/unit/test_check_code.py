"""The check code of the QR on every act: written, and read back from what a scanner types."""

from __future__ import annotations

import pytest

from app.domain.check_code import CheckCode, qr_payload, read_check_code


def test_qr_payload_holds_number_and_hash() -> None:
    payload = qr_payload("referral", "N-2026-004512", "ab" * 32)
    assert payload == "KEZEK|referral|N-2026-004512|" + "ab" * 32
    with pytest.raises(ValueError, match="cannot appear"):
        qr_payload("referral", "N|1", "ab")


def test_a_scanned_code_reads_back_as_written() -> None:
    payload = qr_payload("referral", "AKM-07-REF-2026-000041", "9f" * 32)
    # A scanner in keyboard mode may add a line end or spaces around what it types.
    assert read_check_code(f" {payload}\n") == CheckCode("referral", "AKM-07-REF-2026-000041", "9f" * 32)


@pytest.mark.parametrize(
    "text",
    [
        "AKM-07-REF-2026-000041",
        "Сәрсенбаев Ұлан",
        "KEZEK|referral|AKM-07-REF-2026-000041",
        "KEZEK|referral||abc",
        "QR|referral|AKM-07-REF-2026-000041|abc",
        "KEZEK|referral|AKM|abc|extra",
    ],
)
def test_other_text_is_not_a_check_code(text: str) -> None:
    assert read_check_code(text) is None
