"""The wording tables are complete in three languages, and the QR code holds the number and the hash."""

from __future__ import annotations

import string

import pytest

from app.domain.check_code import qr_payload
from app.domain.documents import PASS_OVER_REASONS
from app.domain.rules_profile import default_profile
from reports import labels
from reports.qr import qr_drawing, qr_matrix

KAZAKH_ONLY = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
LANGS = ("kk", "ru", "en")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", labels.keys())
def test_every_text_has_three_languages_with_the_same_placeholders(key: str) -> None:
    texts = [
        labels.text(key, lang) if not _fields(labels._TEXT[key]["en"]) else labels._TEXT[key][lang]
        for lang in LANGS
    ]
    assert all(text.strip() for text in texts)
    assert len({frozenset(_fields(labels._TEXT[key][lang])) for lang in LANGS}) == 1


def test_every_code_has_three_languages() -> None:
    for group, codes in labels.code_groups().items():
        assert codes, group
        for code in codes:
            assert set(labels._CODES[group][code]) == set(LANGS), (group, code)
            assert all(labels._CODES[group][code][lang].strip() for lang in LANGS), (group, code)


def test_every_code_of_the_rules_profile_is_worded_on_paper() -> None:
    """A place's or an application's codes print as words: a code missing here printed as itself ('full'
    in a Kazakh bulletin) while the documents spoke another code set ('full_day')."""
    profile = default_profile()
    printed = labels.code_groups()
    for group, codes in (
        ("language", profile.languages),
        ("group_type", profile.group_types),
        ("work_mode", profile.work_modes),
        ("enrolment_mode", profile.enrollment_modes),
        ("category", tuple(category.code for category in profile.categories)),
    ):
        assert set(codes) <= set(printed[group]), group


def test_kazakh_wording_uses_kazakh_letters() -> None:
    for key in (
        "notification_title",
        "receipt_title",
        "priority_number",
        "referral_title",
        "early_booking_note",
    ):
        assert set(labels.text(key, "kk", date="01.04.2026")) & KAZAKH_ONLY, key
        assert not set(labels.text(key, "ru", date="01.04.2026")) & KAZAKH_ONLY, key
    assert set(labels.service_name("kk")) & KAZAKH_ONLY


def test_every_pass_over_reason_has_a_label() -> None:
    for reason in PASS_OVER_REASONS:
        assert labels.code_label("pass_over", reason, "kk") != reason


def test_unknown_code_prints_the_code() -> None:
    assert labels.code_label("category", "new_profile_code", "ru") == "new_profile_code"


def test_service_name_is_the_official_one() -> None:
    assert labels.service_name("ru").startswith("Постановка на очередь детей дошкольного возраста (до 6 лет)")
    assert "6 жасқа дейін" in labels.service_name("kk")


def test_qr_drawing_draws_the_dark_modules() -> None:
    payload = qr_payload("notification", "ALM-2026-000123", "9f" * 32)
    matrix = qr_matrix(payload)
    assert len(matrix) == len(matrix[0]) > 21
    assert qr_matrix(payload) == matrix  # deterministic
    assert qr_matrix(payload + "x") != matrix
    drawing = qr_drawing(payload, size=100)
    module = 100 / len(matrix)
    dark = sum(row.count(True) for row in matrix)
    covered = sum(round(shape.width / module) for shape in drawing.contents)
    assert covered == dark
    assert drawing.width == drawing.height == 100
