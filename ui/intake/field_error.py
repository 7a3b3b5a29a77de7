"""A red line under a field saying what is wrong with it; the code stays readable for tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import UserError
from ui.intake.codes import FIELDS, label
from ui.messages import message_text


def readable(error: UserError) -> UserError:
    """The same error with a field code parameter replaced by the field's translated name."""
    field = error.params.get("field")
    if not isinstance(field, str):
        return error
    return type(error)(error.code, error.message, **{**error.params, "field": label(FIELDS, field)})


class FieldError(QLabel):
    """Hidden while the field is fine; `code` is the error code shown, or None."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()
        self.error: UserError | None = None

    @property
    def code(self) -> str | None:
        return self.error.code if self.error is not None else None

    def show_error(self, error: UserError | None) -> None:
        self.error = error
        self.retranslate()

    def retranslate(self) -> None:
        text = message_text(readable(self.error)) if self.error is not None else ""
        self.setText(text)
        self.setVisible(self.error is not None)
        self.field.setToolTip(text)
        self.field.setProperty("invalid", self.error is not None)
        self.field.setStyleSheet("border: 1px solid #b00020;" if self.error is not None else "")


def add_field_row(form: QFormLayout, label: QLabel, widget: QWidget, error: FieldError) -> None:
    """A form row whose field has its error line right under it."""
    cell = QVBoxLayout()
    cell.setSpacing(2)
    cell.addWidget(widget)
    cell.addWidget(error)
    label.setBuddy(widget)
    form.addRow(label, cell)


def error_banner() -> QLabel:
    """The red lines under a form for the problems that belong to no field (hidden while there are none)."""
    banner = QLabel()
    banner.setStyleSheet("color: #b00020;")
    banner.setWordWrap(True)
    banner.hide()
    return banner


def show_at_fields(
    errors: Mapping[str, FieldError],
    banner: QLabel,
    problems: Sequence[UserError],
    field_of_code: Mapping[str, str] | None = None,
) -> None:
    """Each problem under its field (the first of each field; `field_of_code` places those that name none),
    the rest on the banner; fields without a problem are cleared."""
    by_field: dict[str, UserError] = {}
    unplaced: list[UserError] = []
    for problem in problems:
        field = problem.params.get("field") or (field_of_code or {}).get(problem.code)
        if field in errors:
            by_field.setdefault(str(field), problem)
        else:
            unplaced.append(problem)
    for field, error in errors.items():
        error.show_error(by_field.get(field))
    banner.setText("\n".join(message_text(p) for p in unplaced))
    banner.setVisible(bool(unplaced))
