"""Translated names of the codes the free-place screens show (enrolment modes, place states, bulletins)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QSpinBox

from app.domain.distribution import ANY_WORK_MODE
from app.domain.rules_profile import RulesProfile
from app.services.groups import GroupRow
from ui.intake import codes

ENROLMENT_MODES = {
    "general": QT_TRANSLATE_NOOP("Codes", "Generally established"),
    "early_booking": QT_TRANSLATE_NOOP("Codes", "Early booking"),
    "temporary": QT_TRANSLATE_NOOP("Codes", "Temporary stay"),
}
PLACE_STATUSES = {
    "published": QT_TRANSLATE_NOOP("Codes", "Free"),
    "referred": QT_TRANSLATE_NOOP("Codes", "Held by a referral"),
    "taken": QT_TRANSLATE_NOOP("Codes", "Taken"),
    "recalled": QT_TRANSLATE_NOOP("Codes", "Recalled"),
}
BULLETIN_KINDS = {
    "vacant": QT_TRANSLATE_NOOP("Codes", "Vacant places"),
    "recalled": QT_TRANSLATE_NOOP("Codes", "Recalled places"),
}
DOCUMENT_LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("Codes", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Codes", "Russian"),
}


def kindergarten_name(name_kk: str, name_ru: str, language: str) -> str:
    """Kazakh on a Kazakh screen, Russian otherwise (kindergartens have no English name)."""
    return name_kk if language == "kk" else name_ru


def document_language(screen_language: str) -> str:
    """Printed documents are Kazakh or Russian; an English screen prints Kazakh, the state language."""
    return "ru" if screen_language == "ru" else "kk"


def fill_class_combos(
    profile: RulesProfile, language: QComboBox, group_type: QComboBox, work_mode: QComboBox
) -> None:
    """The profile's languages, group types and definite work modes (a place or a group is never "any")."""
    fills = (
        (language, profile.languages, codes.LANGUAGES),
        (group_type, profile.group_types, codes.GROUP_TYPES),
        (work_mode, tuple(m for m in profile.work_modes if m != ANY_WORK_MODE), codes.WORK_MODES),
    )
    for combo, values, names in fills:
        for value in values:
            combo.addItem(codes.label(names, value), value)


def show_class(
    group: GroupRow, birth_year: QSpinBox, language: QComboBox, group_type: QComboBox, work_mode: QComboBox
) -> None:
    """The group's birth year, language, group type and work mode in the fields of a form."""
    birth_year.setValue(group.birth_year)
    for combo, value in (
        (language, group.language),
        (group_type, group.group_type),
        (work_mode, group.work_mode),
    ):
        combo.setCurrentIndex(max(combo.findData(value), 0))
