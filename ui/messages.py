"""UserError codes turned into translated sentences, and the one way to show them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.rules_profile import DocumentKind
from app.errors import UserError
from ui import msgbox

CONTEXT = "Messages"

# Same placeholders as the English text in app/ (the test of translations checks every language keeps them).
MESSAGES: dict[str, str] = {
    "auth.failed": QT_TRANSLATE_NOOP("Messages", "Wrong user name or password."),
    "auth.forbidden": QT_TRANSLATE_NOOP(
        "Messages", "{user} ({have}) may not do this; it needs the {need} role."
    ),
    "user.password_short": QT_TRANSLATE_NOOP("Messages", "The password must have at least {n} characters."),
    "user.first_is_admin": QT_TRANSLATE_NOOP(
        "Messages", "The first user of a database must be an administrator."
    ),
    "user.bad_name": QT_TRANSLATE_NOOP("Messages", "User names use letters, digits, '.', '_' or '-'."),
    "user.bad_role": QT_TRANSLATE_NOOP("Messages", "Unknown role '{role}'."),
    "user.exists": QT_TRANSLATE_NOOP("Messages", "A user named '{username}' already exists."),
    "user.reserved": QT_TRANSLATE_NOOP(
        "Messages", "'{username}' is the name Kezek signs its own automatic acts with; choose another."
    ),
    "user.not_found": QT_TRANSLATE_NOOP("Messages", "There is no user named '{username}'."),
    "db.upgrade_failed": QT_TRANSLATE_NOOP(
        "Messages", "The database could not be upgraded ({error}); it is unchanged{where}."
    ),
    "db.open_failed": QT_TRANSLATE_NOOP("Messages", "The database {name} could not be opened: {error}"),
    "db.no_pg_dump": QT_TRANSLATE_NOOP(
        "Messages", "pg_dump was not found; install the PostgreSQL client tools."
    ),
    "db.backup_failed": QT_TRANSLATE_NOOP("Messages", "pg_dump failed: {error}"),
    "db.restore_sqlite_only": QT_TRANSLATE_NOOP("Messages", "Restore works on a SQLite database only."),
    "db.no_such_backup": QT_TRANSLATE_NOOP("Messages", "There is no backup file at {path}."),
    "application.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This child already has a live application {number} in {locality}."
    ),
    "child.born_in_future": QT_TRANSLATE_NOOP("Messages", "The child's birth date is in the future."),
    "child.over_age": QT_TRANSLATE_NOOP("Messages", "The child is {years} or older and cannot be queued."),
    "field.required": QT_TRANSLATE_NOOP("Messages", "{field} is required."),
    "orgs.too_many": QT_TRANSLATE_NOOP("Messages", "At most {n} kindergartens may be chosen."),
    "orgs.repeated": QT_TRANSLATE_NOOP("Messages", "A kindergarten is chosen twice."),
    "group.special_needs_required": QT_TRANSLATE_NOOP(
        "Messages", "A special group needs a documented special educational need."
    ),
    "category.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown category '{value}'."),
    "document.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown document kind '{value}'."),
    "document.expired": QT_TRANSLATE_NOOP(
        "Messages", "The document has expired: it was valid until {until}."
    ),
    "code.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown {label} '{value}'."),
    "profile.unknown": QT_TRANSLATE_NOOP("Messages", "Unknown rules profile '{value}'."),
    # Intake, queue and application card.
    "iin.not_digits": QT_TRANSLATE_NOOP("Messages", "An IIN has digits only."),
    "iin.length": QT_TRANSLATE_NOOP("Messages", "An IIN has 12 digits."),
    "iin.century": QT_TRANSLATE_NOOP("Messages", "The 7th digit must be 1 to 6 (century and sex)."),
    "iin.date": QT_TRANSLATE_NOOP("Messages", "The first six digits are not a real birth date."),
    "iin.check_digit": QT_TRANSLATE_NOOP("Messages", "The check digit does not match: a digit is mistyped."),
    "iin.unusable_serial": QT_TRANSLATE_NOOP("Messages", "This serial number gives no valid check digit."),
    "iin.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The birth date {birth_date} does not agree with the IIN ({iin_date})."
    ),
    "iin.sex_mismatch": QT_TRANSLATE_NOOP("Messages", "The sex does not agree with the IIN."),
    "document.issue_date_required": QT_TRANSLATE_NOOP(
        "Messages", "Enter the issue date of '{document}' to check its validity."
    ),
    "document.future": QT_TRANSLATE_NOOP("Messages", "The issue date of '{document}' is in the future."),
    "doc_language.unknown": QT_TRANSLATE_NOOP("Messages", "Documents are printed in Kazakh or Russian."),
    "orgs.not_in_locality": QT_TRANSLATE_NOOP("Messages", "Kindergarten {org} is not in {locality}."),
    "contact.bad_email": QT_TRANSLATE_NOOP("Messages", "'{value}' is not an e-mail address."),
    "correction.not_allowed": QT_TRANSLATE_NOOP(
        "Messages", "{field} cannot be corrected: withdraw the application and register a new one."
    ),
    "correction.unknown_field": QT_TRANSLATE_NOOP("Messages", "Unknown field '{field}'."),
    "correction.bad_value": QT_TRANSLATE_NOOP("Messages", "{field} has a wrong value."),
    "correction.nothing_changed": QT_TRANSLATE_NOOP("Messages", "Nothing was changed."),
    "correction.not_live": QT_TRANSLATE_NOOP(
        "Messages", "Application {number} is no longer live and cannot be corrected."
    ),
    "application.not_found": QT_TRANSLATE_NOOP("Messages", "There is no application numbered {number}."),
    "receipt.not_found": QT_TRANSLATE_NOOP("Messages", "There is no receipt numbered {number}."),
    "application.not_waiting": QT_TRANSLATE_NOOP(
        "Messages", "Application {number} is not waiting in the queue."
    ),
    "queue.not_waiting": QT_TRANSLATE_NOOP("Messages", "Application {number} is not waiting in the queue."),
    "application.held_by_referral": QT_TRANSLATE_NOOP(
        "Messages",
        "Application {number} holds referral {referral}; record the applicant's refusal of it first.",
    ),
    "archive.reason_unknown": QT_TRANSLATE_NOOP("Messages", "Unknown archive reason '{value}'."),
    # Free places, distribution, referrals, archive and the outbox.
    "place.org_required": QT_TRANSLATE_NOOP("Messages", "Choose the kindergarten."),
    "place.work_mode_any": QT_TRANSLATE_NOOP("Messages", "A place has a definite work mode, not 'any'."),
    "place.birth_year": QT_TRANSLATE_NOOP(
        "Messages", "{value} is not a birth year from {oldest} to {newest}."
    ),
    "place.stay_until_required": QT_TRANSLATE_NOOP(
        "Messages", "A temporary-stay place needs the date the stay ends."
    ),
    "place.stay_until_early": QT_TRANSLATE_NOOP(
        "Messages", "The stay must end after the day enrolment may start."
    ),
    "place.stay_until_forbidden": QT_TRANSLATE_NOOP(
        "Messages", "Only a temporary-stay place has an end date."
    ),
    "place.code_taken": QT_TRANSLATE_NOOP("Messages", "A place with code {place} already exists."),
    "place.not_found": QT_TRANSLATE_NOOP("Messages", "There is no place with code {place}."),
    "place.recall_reason_required": QT_TRANSLATE_NOOP("Messages", "A recall needs a reason."),
    "place.held": QT_TRANSLATE_NOOP(
        "Messages", "Place {place} is held by referral {referral}; it can be recalled once that is closed."
    ),
    "place.not_free": QT_TRANSLATE_NOOP("Messages", "Place {place} is not free."),
    "place.not_available": QT_TRANSLATE_NOOP("Messages", "Place {place} is not vacant on {date}."),
    "org.not_found": QT_TRANSLATE_NOOP("Messages", "There is no kindergarten with code {org}."),
    "bulletin.future": QT_TRANSLATE_NOOP("Messages", "The day {day} has not come yet."),
    "distribution.frozen": QT_TRANSLATE_NOOP(
        "Messages", "No distribution on {date}: the rules profile suspends it that month (regrouping)."
    ),
    "distribution.changed": QT_TRANSLATE_NOOP(
        "Messages", "Application {number} changed while distributing; run the distribution again."
    ),
    "distribution.place_changed": QT_TRANSLATE_NOOP(
        "Messages", "Place {place} was recalled or given while distributing; run the distribution again."
    ),
    "distribution.plan_changed": QT_TRANSLATE_NOOP(
        "Messages",
        "The data changed since the dry run: {changed} of {total} places would now go otherwise. "
        "Nothing was issued; the dry run is made again for you to review.",
    ),
    "referral.not_found": QT_TRANSLATE_NOOP("Messages", "There is no referral numbered {number}."),
    "referral.not_live": QT_TRANSLATE_NOOP("Messages", "Referral {number} is no longer live."),
    "referral.extension_used": QT_TRANSLATE_NOOP(
        "Messages", "Referral {number} was already extended; the limit is {limit}."
    ),
    "referral.extension_days": QT_TRANSLATE_NOOP("Messages", "An extension is 1 to {max} calendar days."),
    "referral.expired": QT_TRANSLATE_NOOP("Messages", "Referral {number} expired on {date}."),
    "referral.reason_required": QT_TRANSLATE_NOOP("Messages", "A referral made by hand needs a reason."),
    "referral.other_queue": QT_TRANSLATE_NOOP(
        "Messages", "Application {number} is not in the queue of place {place}."
    ),
    "referral.ineligible": QT_TRANSLATE_NOOP(
        "Messages", "Application {number} may not get place {place}: {reason}."
    ),
    "field.too_long": QT_TRANSLATE_NOOP("Messages", "{field} has at most {max} characters."),
    "org.bin": QT_TRANSLATE_NOOP("Messages", "A BIN is 12 digits."),
    "demo.not_empty": QT_TRANSLATE_NOOP(
        "Messages", "The database already has applications; the demo needs an empty one."
    ),
    "org.code_taken": QT_TRANSLATE_NOOP("Messages", "A kindergarten with code {org} exists."),
    "org.code_fixed": QT_TRANSLATE_NOOP("Messages", "A kindergarten keeps its code {org}."),
    "org.has_groups": QT_TRANSLATE_NOOP("Messages", "{org} has {count} group(s): remove them first."),
    "org.has_places": QT_TRANSLATE_NOOP(
        "Messages", "Places were published at {org}: it stays on record, as their history names it."
    ),
    "org.chosen": QT_TRANSLATE_NOOP(
        "Messages", "{count} application(s) chose {org}: it stays on record, as they name it."
    ),
    "org.locality_fixed": QT_TRANSLATE_NOOP(
        "Messages", "{org} has free places, and their queue is its locality's: the locality stays."
    ),
    "group.name_required": QT_TRANSLATE_NOOP("Messages", "A group needs a name."),
    "group.name_taken": QT_TRANSLATE_NOOP("Messages", "{org} already has a group named {name}."),
    "group.capacity": QT_TRANSLATE_NOOP("Messages", "A group takes 1 to {max} children, not {value}."),
    "group.not_found": QT_TRANSLATE_NOOP("Messages", "There is no such group."),
    "group.other_org": QT_TRANSLATE_NOOP("Messages", "A group stays with its kindergarten."),
    "group.class_fixed": QT_TRANSLATE_NOOP(
        "Messages",
        "Group {name} has free places: its birth year, language, type and work mode stay until "
        "they are given.",
    ),
    "group.has_places": QT_TRANSLATE_NOOP(
        "Messages", "Group {name} has {count} published place(s) and stays on record."
    ),
    "place.group_unknown": QT_TRANSLATE_NOOP("Messages", "{org} has no such group."),
    "place.group_mismatch": QT_TRANSLATE_NOOP(
        "Messages", "A place in a group has the group's birth year, language, group type and work mode."
    ),
    "enrolment.contract_required": QT_TRANSLATE_NOOP("Messages", "The contract number is required."),
    "enrolment.before_issue": QT_TRANSLATE_NOOP(
        "Messages", "Enrolment on {date} is before the referral was issued."
    ),
    "archive.restore_note_required": QT_TRANSLATE_NOOP("Messages", "A restoration needs a note saying why."),
    "archive.not_archived": QT_TRANSLATE_NOOP("Messages", "Application {number} is not in the archive."),
    "archive.enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "Application {number} ended in enrolment; that is undone at the kindergarten, not here.",
    ),
    "archive.child_has_live": QT_TRANSLATE_NOOP(
        "Messages", "The child now has live application {other} in {locality}."
    ),
    "notification.done": QT_TRANSLATE_NOOP("Messages", "This message is already {status}."),
    "notification.not_found": QT_TRANSLATE_NOOP("Messages", "There is no such message."),
    # Exchange-file imports: a file that cannot be read, the refusal, then one problem of one row each.
    "exchange.format": QT_TRANSLATE_NOOP(
        "Messages", "{file}: an exchange file is .csv (UTF-8) or .xlsx, not '{suffix}'."
    ),
    "exchange.unreadable": QT_TRANSLATE_NOOP("Messages", "{file} could not be read: {reason}"),
    "exchange.empty_header": QT_TRANSLATE_NOOP(
        "Messages", "{file}: the first row must be the header row, but it is empty."
    ),
    "exchange.header": QT_TRANSLATE_NOOP(
        "Messages",
        "{file}: the header does not match the expected columns. Missing: {missing}. Unknown: {unknown}. "
        "Repeated: {repeated}. Expected: {expected}.",
    ),
    "exchange.not_utf8": QT_TRANSLATE_NOOP("Messages", '{file} is not UTF-8 text; save it as "CSV UTF-8".'),
    "exchange.not_xlsx": QT_TRANSLATE_NOOP("Messages", "{file} is not a readable .xlsx workbook ({error})."),
    "import.rejected": QT_TRANSLATE_NOOP(
        "Messages", "{file}: nothing was imported; {rows} row(s) have {problems} problem(s)."
    ),
    "import.overflow": QT_TRANSLATE_NOOP("Messages", "The row has values right of the last column."),
    "import.empty": QT_TRANSLATE_NOOP("Messages", "The cell is empty; a value is required."),
    "import.too_long": QT_TRANSLATE_NOOP("Messages", "Longer than {limit} characters."),
    "import.date_form": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a date written as YYYY-MM-DD."),
    "import.no_such_date": QT_TRANSLATE_NOOP("Messages", "{text} is not a real date."),
    "import.repeated": QT_TRANSLATE_NOOP("Messages", "{value} is repeated (first in row {first})."),
    "import.exists": QT_TRANSLATE_NOOP("Messages", "{value} already exists in the database."),
    "import.unknown_org": QT_TRANSLATE_NOOP("Messages", "Unknown kindergarten {org}."),
    "import.birth_year": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a birth year."),
    "import.born_after": QT_TRANSLATE_NOOP("Messages", "The child was born after the registration."),
    "import.over_age": QT_TRANSLATE_NOOP("Messages", "The child was {years} or older when registered."),
    "import.boolean": QT_TRANSLATE_NOOP(
        "Messages", "Write true or false (1/0, yes/no), or leave it empty for false."
    ),
    "import.email": QT_TRANSLATE_NOOP("Messages", "'{email}' is not an e-mail address."),
    "import.moment_form": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not an ISO 8601 date and time like {example}."
    ),
    "import.no_offset": QT_TRANSLATE_NOOP("Messages", "{text} has no UTC offset; write it like {example}."),
    "import.in_future": QT_TRANSLATE_NOOP("Messages", "{text} is in the future."),
    "import.doc_date_needed": QT_TRANSLATE_NOOP(
        "Messages", "Category {category} needs the issue date of the {document}."
    ),
    "import.doc_after_registration": QT_TRANSLATE_NOOP(
        "Messages", "{issued} is after the registration day {registered}."
    ),
    "import.doc_expired": QT_TRANSLATE_NOOP(
        "Messages", "The {document} had expired (valid until {until}) when registered on {registered}."
    ),
    "import.org_elsewhere": QT_TRANSLATE_NOOP(
        "Messages", "Kindergarten {org} is in {org_locality}, not in {locality}."
    ),
    "import.same_child": QT_TRANSLATE_NOOP(
        "Messages", "The same child is in row {first} for {locality} (one live application)."
    ),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _param_text(value: object) -> str:
    """A parameter as the screen says it: a date in the locale's format, a document kind by its name."""
    # Imported here: the intake package imports its page, and that imports this module.
    from ui.intake.local_format import format_date

    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, DocumentKind):
        return value.name(QLocale().name()[:2])
    return str(value)


def _params(error: UserError) -> dict[str, str]:
    """The parameters, those that carry a code worded in the current language."""
    # Imported here: the distribution and intake packages import their pages, and they import this module.
    from ui.distribution.codes import reason_name
    from ui.intake.codes import CODE_KINDS, label

    params = error.params
    worded: dict[tuple[str, str], Callable[[], str]] = {
        ("referral.ineligible", "reason"): lambda: reason_name(params["reason"]),
        ("code.unknown", "label"): lambda: label(CODE_KINDS, params["kind"]),
    }
    return {
        name: worded[(error.code, name)]() if (error.code, name) in worded else _param_text(value)
        for name, value in params.items()
    }


def message_text(error: UserError) -> str:
    """The error in the current language; the English text when the code is unknown or params differ."""
    source = MESSAGES.get(error.code)
    if source is None:
        return error.text()
    try:
        return _translate(source).format(**_params(error))
    except (KeyError, IndexError, ValueError):
        # Two raisers may share a code with different parameters; their own text is then the safe one.
        return error.text()


def show_error(parent: QWidget | None, error: UserError) -> QMessageBox:
    """A non-blocking warning box with the translated message."""
    return msgbox.warning(parent, QCoreApplication.translate("Messages", "Kezek"), message_text(error))
