"""Translated names of the codes the screens show (languages, modes, statuses, journal actions)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Codes"

LANGUAGES = {
    "kk": QT_TRANSLATE_NOOP("Codes", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Codes", "Russian"),
    "en": QT_TRANSLATE_NOOP("Codes", "English"),
    "other": QT_TRANSLATE_NOOP("Codes", "Other"),
}
GROUP_TYPES = {
    "general": QT_TRANSLATE_NOOP("Codes", "General development"),
    "special": QT_TRANSLATE_NOOP("Codes", "Special"),
}
WORK_MODES = {
    "full": QT_TRANSLATE_NOOP("Codes", "Full day"),
    "part": QT_TRANSLATE_NOOP("Codes", "Part-time"),
    "round_the_clock": QT_TRANSLATE_NOOP("Codes", "Round-the-clock"),
    "any": QT_TRANSLATE_NOOP("Codes", "Any"),
}
RELATIONS = {
    "parent": QT_TRANSLATE_NOOP("Codes", "Parent"),
    "guardian": QT_TRANSLATE_NOOP("Codes", "Guardian"),
    "representative": QT_TRANSLATE_NOOP("Codes", "Legal representative"),
}
SEXES = {"M": QT_TRANSLATE_NOOP("Codes", "Male"), "F": QT_TRANSLATE_NOOP("Codes", "Female")}
STATUSES = {
    "queued": QT_TRANSLATE_NOOP("Codes", "Queued"),
    "stop_listed": QT_TRANSLATE_NOOP("Codes", "Stop list"),
    "referred": QT_TRANSLATE_NOOP("Codes", "Referred"),
    "archived": QT_TRANSLATE_NOOP("Codes", "Archived"),
    "enrolled": QT_TRANSLATE_NOOP("Codes", "Enrolled"),
}
LISTS = {
    "E": QT_TRANSLATE_NOOP("Codes", "E — extraordinary"),
    "F": QT_TRANSLATE_NOOP("Codes", "F — first priority"),
    "G": QT_TRANSLATE_NOOP("Codes", "G — general"),
}
ARCHIVE_REASONS = {
    "withdrawn": QT_TRANSLATE_NOOP("Codes", "Withdrawn by the applicant"),
    "duplicate": QT_TRANSLATE_NOOP("Codes", "Duplicate application"),
    "over_age": QT_TRANSLATE_NOOP("Codes", "Child over the age limit"),
    "false_data": QT_TRANSLATE_NOOP("Codes", "Data found false"),
    "enrolled": QT_TRANSLATE_NOOP("Codes", "Enrolled in a kindergarten"),
}
ACTIONS = {
    "application.register": QT_TRANSLATE_NOOP("Codes", "Registered"),
    "application.correct": QT_TRANSLATE_NOOP("Codes", "Data corrected"),
    "application.archive": QT_TRANSLATE_NOOP("Codes", "Moved to the archive"),
    "application.restore": QT_TRANSLATE_NOOP("Codes", "Restored from the archive"),
    "application.import": QT_TRANSLATE_NOOP("Codes", "Imported from an exchange file"),
    "stop_list.release": QT_TRANSLATE_NOOP("Codes", "Released from the stop list"),
}
FIELDS = {
    "child_iin": QT_TRANSLATE_NOOP("Codes", "Child's IIN"),
    "child_birth_date": QT_TRANSLATE_NOOP("Codes", "Birth date"),
    "child_last_name": QT_TRANSLATE_NOOP("Codes", "Child's last name"),
    "child_first_name": QT_TRANSLATE_NOOP("Codes", "Child's first name"),
    "child_middle_name": QT_TRANSLATE_NOOP("Codes", "Child's patronymic"),
    "applicant_iin": QT_TRANSLATE_NOOP("Codes", "Applicant's IIN"),
    "applicant_last_name": QT_TRANSLATE_NOOP("Codes", "Applicant's last name"),
    "applicant_first_name": QT_TRANSLATE_NOOP("Codes", "Applicant's first name"),
    "applicant_middle_name": QT_TRANSLATE_NOOP("Codes", "Applicant's patronymic"),
    "phone": QT_TRANSLATE_NOOP("Codes", "Phone"),
    "email": QT_TRANSLATE_NOOP("Codes", "E-mail"),
    "doc_language": QT_TRANSLATE_NOOP("Codes", "Language of documents"),
    "preferred_orgs": QT_TRANSLATE_NOOP("Codes", "Chosen kindergartens"),
    "locality": QT_TRANSLATE_NOOP("Codes", "Locality"),
    "org_code": QT_TRANSLATE_NOOP("Codes", "Kindergarten code"),
    "name_kk": QT_TRANSLATE_NOOP("Codes", "Name in Kazakh"),
    "name_ru": QT_TRANSLATE_NOOP("Codes", "Name in Russian"),
    "address": QT_TRANSLATE_NOOP("Codes", "Address"),
    "bin": QT_TRANSLATE_NOOP("Codes", "BIN"),
    "category": QT_TRANSLATE_NOOP("Codes", "Priority category"),
}

CODE_KINDS = {
    "language": QT_TRANSLATE_NOOP("Codes", "language of education"),
    "group_type": QT_TRANSLATE_NOOP("Codes", "group type"),
    "work_mode": QT_TRANSLATE_NOOP("Codes", "work mode"),
    "enrollment_mode": QT_TRANSLATE_NOOP("Codes", "enrolment mode"),
}
"""The kinds of code a rules profile lists, as a message naming an unknown one says them."""


def label(table: dict[str, str], code: str) -> str:
    """The translated name of a code; the code itself when the table does not know it."""
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source is not None else code
