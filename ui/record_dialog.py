"""A dialog of fields that stores one record: the service's own checks first, each fault marked at its
field (the rest on a banner), the dialog kept open with what was typed until the record is stored."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from app.errors import UserError
from ui.error_dialog import report_exception
from ui.intake.field_error import FieldError, add_field_row, error_banner, show_at_fields


class RecordDialog(QDialog):
    """Subclasses lay out `field_rows(...)`, `banner` and `buttons` and give `problems()`, `store()` and
    `retranslate()` (called again when the language changes); `saved(record)` once stored, `last_error` the
    first fault of the last try."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, FieldError] = {}
        self.labels: dict[str, QLabel] = {}
        self.last_error: UserError | None = None
        self.banner = error_banner()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def field_rows(self, widgets: dict[str, QWidget]) -> QFormLayout:
        """A row for each field, in order: its label (worded by `retranslate`), the field, its error line."""
        self.widgets = widgets
        self.errors = {field: FieldError(widget) for field, widget in widgets.items()}
        self.labels = {field: QLabel() for field in widgets}
        form = QFormLayout()
        for field, widget in widgets.items():
            add_field_row(form, self.labels[field], widget, self.errors[field])
        return form

    def problems(self) -> Sequence[UserError]:
        """What the service would refuse, found without writing."""
        raise NotImplementedError

    def store(self) -> object:
        """Write the record; a UserError raised here is shown like the problems."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def submit(self) -> None:
        problems = list(self.problems())
        record: object = None
        if not problems:
            try:
                record = self.store()
            except UserError as error:
                problems = [error]
            except Exception as error:  # a bug: logged and shown with its details
                report_exception(error, self)
                return
        self.last_error = problems[0] if problems else None
        show_at_fields(self.errors, self.banner, problems)
        if problems:
            first = next((error for error in self.errors.values() if error.error is not None), None)
            if first is not None:
                first.field.setFocus()
            self.adjustSize()  # the error lines need the height
            return
        self.saved.emit(record)
        self.accept()
