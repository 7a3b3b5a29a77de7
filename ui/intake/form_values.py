"""Reading the intake form into an ApplicationInput, clearing it, and pointing an error at its field."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.domain.iin import InvalidIin, parse_iin, require_agreement
from app.errors import InvalidInput, UserError
from app.services.intake import ApplicationInput, PersonInput
from ui.intake.checklist import NOT_SET, date_value
from ui.intake.form_widget import IntakeForm

_BY_CODE = {
    "iin.birth_date_mismatch": "child_birth_date",
    "iin.sex_mismatch": "child_sex",
    "child.born_in_future": "child_birth_date",
    "child.over_age": "child_birth_date",
    "orgs.too_many": "preferred_orgs",
    "orgs.repeated": "preferred_orgs",
    "group.special_needs_required": "special_needs",
    "category.unknown": "category",
    "doc_language.unknown": "doc_language",
    "application.duplicate": "child_iin",
}


def read_form(form: IntakeForm) -> ApplicationInput:
    """The form as typed; InvalidInput for what cannot even be put into an ApplicationInput."""
    birth = date_value(form.birth_date)
    if birth is None:
        raise InvalidInput("field.required", "{field} is required", field="child_birth_date")
    sex = form.sex.currentData()
    if sex:
        try:
            info = parse_iin(form.child_iin.text())
        except InvalidIin:
            pass  # the service names the IIN's own fault, at the IIN field
        else:
            require_agreement(info, birth, sex)
    return ApplicationInput(
        child=PersonInput(
            form.child_iin.text(), form.child_last.text(), form.child_first.text(), form.child_middle.text()
        ),
        child_birth_date=birth,
        applicant=PersonInput(
            form.applicant_iin.text(),
            form.applicant_last.text(),
            form.applicant_first.text(),
            form.applicant_middle.text(),
        ),
        locality=form.locality.currentText().strip(),
        language=str(form.language_of_education.currentData()),
        group_type=str(form.group_type.currentData()),
        work_mode=str(form.work_mode.currentData()),
        category=form.category_code(),
        doc_language=str(form.doc_language.currentData()),
        applicant_relation=str(form.relation.currentData()),
        applicant_id_document=form.id_document.text().strip(),
        phone=form.phone.text().strip(),
        email=form.email.text().strip(),
        notify_consent=form.notify_consent.isChecked(),
        special_needs=form.special_needs.isChecked(),
        desired_start=date_value(form.desired_start),
        preferred_orgs=form.kindergartens.chosen(),
    )


def field_of(form: IntakeForm, error: UserError) -> str | None:
    """Which field an error is about, when it is about one."""
    if error.code in _BY_CODE:
        return _BY_CODE[error.code]
    if error.code.startswith("iin."):
        value = str(error.params.get("value", "")).strip()
        return "applicant_iin" if value and value == form.applicant_iin.text() else "child_iin"
    if error.code == "field.required":
        return str(error.params.get("field"))
    if error.code == "code.unknown":
        return {"language": "language"}.get(str(error.params.get("kind")), str(error.params.get("kind")))
    return None


def mark_error(form: IntakeForm, error: UserError) -> bool:
    """Show the error under its field and focus it; False when it belongs to no field."""
    key = field_of(form, error)
    target = form.errors.get(key) if key else None
    if target is None:
        return False
    target.show_error(error)
    target.field.setFocus()
    return True


def clear_errors(form: IntakeForm) -> None:
    for error in form.errors.values():
        error.show_error(None)


def _line_edits(form: IntakeForm) -> list[QLineEdit]:
    return [widget for widget in form.inputs() if isinstance(widget, QLineEdit)]


def is_dirty(form: IntakeForm) -> bool:
    """Whether the clerk has typed anything that clearing would lose."""
    typed = any(edit.text().strip() for edit in _line_edits(form))
    return typed or date_value(form.birth_date) is not None or bool(form.kindergartens.chosen())


def clear_form(form: IntakeForm) -> None:
    """Ready for the next applicant; the locality and the language of documents stay as the clerk set them."""
    for edit in _line_edits(form):
        edit.clear()
    for date_widget in (form.birth_date, form.desired_start):
        date_widget.setDate(NOT_SET)
    for combo in (form.sex, form.relation, form.language_of_education, form.group_type, form.work_mode):
        combo.setCurrentIndex(0)
    form.reset_category()
    form.kindergartens.set_chosen(())
    form.special_needs.setChecked(False)
    form.notify_consent.setChecked(False)
    clear_errors(form)
