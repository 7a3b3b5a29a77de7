"""Tests of the rules profile: the shipped default, validation of profile files, document validity."""

from __future__ import annotations

import re
from datetime import date
from importlib import resources

import pytest

from app.domain.rules_profile import (
    Category,
    DocumentKind,
    add_months,
    default_profile,
    list_profiles,
    load_profile,
    load_profile_text,
)
from app.domain.working_days import WorkingCalendar
from app.errors import InvalidInput

KAZAKH_LETTERS = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")


@pytest.fixture(scope="module")
def default_text() -> str:
    return resources.files("resources.rules").joinpath("default.toml").read_text(encoding="utf-8")


def _invalid(text: str) -> InvalidInput:
    with pytest.raises(InvalidInput) as caught:
        load_profile_text(text)
    return caught.value


def test_default_profile_is_listed_and_cached() -> None:
    assert "default" in list_profiles()
    assert default_profile() is default_profile()
    assert load_profile("default") is default_profile()


def test_unknown_profile_name() -> None:
    with pytest.raises(InvalidInput) as caught:
        load_profile("nowhere")
    assert caught.value.code == "profile.unknown"


def test_default_categories_exactly() -> None:
    profile = default_profile()
    assert [c.code for c in profile.categories_in("E")] == ["military", "special_state_body"]
    assert [c.code for c in profile.categories_in("F")] == [
        "orphan",
        "disabled_child",
        "family_with_disabled_child",
        "disabled_parent",
        "large_family",
        "special_needs",
        "teacher",
    ]
    assert [c.code for c in profile.categories_in("G")] == ["general"]
    assert profile.list_of("teacher") == "F"
    assert profile.list_of("military") == "E"


def test_default_numbers() -> None:
    p = default_profile()
    assert p.effective_from == date(2024, 7, 1)
    assert "133" in p.source
    assert "254" in p.source
    assert p.queue_key == ("locality", "birth_year")
    assert (p.first_priority_ratio, p.age_limit_years, p.max_chosen_kindergartens) == (3, 6, 4)
    assert (p.referral_validity_working_days, p.extension_limit, p.extension_max_days) == (5, 1, 30)
    assert p.stop_list_days == 10
    assert p.distribution_frozen_months == frozenset({8})
    assert p.languages == ("kk", "ru", "en", "other")
    assert p.group_types == ("general", "special")
    assert p.work_modes == ("full", "part", "round_the_clock", "any")
    assert p.enrollment_modes == ("general", "early_booking", "temporary")


def test_default_names_in_three_languages() -> None:
    p = default_profile()
    items: list[Category | DocumentKind] = [*p.categories, *p.document_kinds]
    for item in items:
        assert item.name_kk
        assert item.name_ru
        assert item.name_en
        assert item.name("ru") == item.name_ru
        assert item.name("de") == item.name_en
    assert sum(bool(KAZAKH_LETTERS.search(c.name_kk)) for c in p.categories) >= 5


def test_every_priority_category_has_a_document() -> None:
    p = default_profile()
    for category in p.categories:
        assert bool(category.documents) == (category.list_code != "G"), category.code


def test_workplace_certificates_valid_one_month() -> None:
    p = default_profile()
    for category in ("military", "special_state_body", "teacher"):
        (doc,) = p.category(category).documents
        assert p.document_kind(doc).validity_months == 1
    assert p.document_kind("pmpc_conclusion").validity_months is None


def test_required_documents() -> None:
    p = default_profile()
    codes = [d.code for d in p.required_documents("teacher")]
    assert codes == [
        "application",
        "birth_certificate",
        "applicant_identity",
        "teacher_workplace_certificate",
    ]
    assert [d.code for d in p.required_documents("general")] == list(p.base_documents)


def test_unknown_category() -> None:
    with pytest.raises(InvalidInput) as caught:
        default_profile().category("astronaut")
    assert caught.value.code == "category.unknown"
    assert "astronaut" in str(caught.value)


def test_validate_code() -> None:
    p = default_profile()
    assert p.validate_code("language", "kk") == "kk"
    assert p.validate_code("work_mode", "any") == "any"
    with pytest.raises(InvalidInput) as caught:
        p.validate_code("language", "xx")
    assert caught.value.code == "code.unknown"
    assert str(caught.value) == "unknown language 'xx'"
    with pytest.raises(InvalidInput, match="unknown enrolment mode 'weekly'"):
        p.validate_code("enrollment_mode", "weekly")


def test_distribution_frozen_in_august() -> None:
    p = default_profile()
    assert p.is_distribution_frozen(date(2026, 8, 1))
    assert p.is_distribution_frozen(date(2026, 8, 31))
    assert not p.is_distribution_frozen(date(2026, 7, 31))
    assert not p.is_distribution_frozen(date(2026, 9, 1))


@pytest.mark.parametrize(
    ("issued", "months", "until"),
    [
        (date(2026, 11, 3), 1, date(2026, 12, 3)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 12, 15), 1, date(2027, 1, 15)),
        (date(2026, 3, 31), 13, date(2027, 4, 30)),
    ],
)
def test_add_months(issued: date, months: int, until: date) -> None:
    assert add_months(issued, months) == until


def test_document_validity_inclusive() -> None:
    p = default_profile()
    doc = "teacher_workplace_certificate"
    assert not p.document_expired(doc, date(2026, 11, 3), date(2026, 11, 3))
    assert not p.document_expired(doc, date(2026, 11, 3), date(2026, 12, 3))
    assert p.document_expired(doc, date(2026, 11, 3), date(2026, 12, 4))
    assert not p.document_expired(doc, date(2026, 1, 31), date(2026, 2, 28))
    assert p.document_expired(doc, date(2026, 1, 31), date(2026, 3, 1))
    # Without a validity period a document never expires.
    assert not p.document_expired("birth_certificate", date(2000, 1, 1), date(2026, 1, 1))
    assert DocumentKind("x", "x", "x", "x").valid_until(date(2026, 1, 1)) is None


def test_check_document() -> None:
    p = default_profile()
    p.check_document("military_service_certificate", date(2026, 11, 3), date(2026, 12, 3))
    with pytest.raises(InvalidInput) as caught:
        p.check_document("military_service_certificate", date(2026, 11, 3), date(2026, 12, 4))
    assert caught.value.code == "document.expired"
    assert "2026-12-03" in str(caught.value)
    with pytest.raises(InvalidInput) as caught:
        p.check_document("military_service_certificate", date(2026, 12, 5), date(2026, 12, 4))
    assert caught.value.code == "document.future"
    with pytest.raises(InvalidInput) as caught:
        p.check_document("diploma", date(2026, 12, 5), date(2026, 12, 4))
    assert caught.value.code == "document.unknown"


def test_calendar_overrides_reach_the_calendar(default_text: str) -> None:
    text = default_text.replace(
        "days_off = []\nworking_days = []",
        "days_off = [2026-12-31]\nworking_days = [2026-12-26]",
    )
    profile = load_profile_text(text)
    overrides = profile.calendar_overrides()
    assert overrides.days_off == frozenset({date(2026, 12, 31)})
    cal = WorkingCalendar(overrides)
    assert cal.is_working_day(date(2026, 12, 26))
    assert not cal.is_working_day(date(2026, 12, 31))


def test_default_text_round_trips(default_text: str) -> None:
    assert load_profile_text(default_text) == default_profile()


def test_syntax_error() -> None:
    assert _invalid("code = ").code == "profile.syntax"


@pytest.mark.parametrize(
    ("old", "new", "path"),
    [
        ('code = "kz-default-2024"\n', "", "code"),
        ("first_priority_ratio = 3", "first_priority_ratio = -1", "queue.first_priority_ratio"),
        ("first_priority_ratio = 3", "first_priority_ratio = true", "queue.first_priority_ratio"),
        ("age_limit_years = 6", 'age_limit_years = "6"', "queue.age_limit_years"),
        ("effective_from = 2024-07-01", "effective_from = 2024-07-01T00:00:00", "effective_from"),
        ("frozen_months = [8]", "frozen_months = [13]", "distribution.frozen_months[0]"),
        ('key = ["locality", "birth_year"]', 'key = ["locality", "district"]', "queue.key[1]"),
        ('key = ["locality", "birth_year"]', "key = []", "queue.key"),
        ('languages = ["kk", "ru", "en", "other"]', 'languages = ["kk", "kk"]', "codes.languages[1]"),
        ("stop_list_days = 10", "stop_list_days = 10\nstop_list_day = 11", "referral.stop_list_day"),
        ('list = "G"', 'list = "H"', "categories[9].list"),
        ('documents = ["pmpc_conclusion"]', 'documents = ["pmpc"]', "categories[7].documents[0]"),
        ('code = "orphan"', 'code = "military"', "categories[2].code"),
        ('code = "teacher_workplace_certificate"', 'code = "pmpc_conclusion"', "document_kinds[11].code"),
        ("validity_months = 1", "validity_months = 0", "document_kinds[3].validity_months"),
        ('base = ["application"', 'base = ["passport"', "documents.base[0]"),
        (
            "days_off = []\nworking_days = []",
            "days_off = [2026-01-05]\nworking_days = [2026-01-05]",
            "calendar",
        ),
    ],
)
def test_validation_errors_name_the_key(default_text: str, old: str, new: str, path: str) -> None:
    assert old in default_text
    error = _invalid(default_text.replace(old, new, 1))
    assert error.code == "profile.invalid"
    assert error.params["path"] == path
    assert str(error).startswith(f"rules profile: {path}: ")


def test_age_limit_is_reached_on_the_birthday() -> None:
    profile = default_profile()
    assert not profile.over_age_limit(date(2020, 12, 4), date(2026, 12, 3))
    assert profile.over_age_limit(date(2020, 12, 3), date(2026, 12, 3))
    assert profile.over_age_limit(date(2020, 2, 29), date(2026, 2, 28))
    assert not profile.over_age_limit(date(2020, 2, 29), date(2026, 2, 27))
