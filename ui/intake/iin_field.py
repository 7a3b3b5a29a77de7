"""The IIN field: checked as you type, the reason under it, birth date and sex told when complete."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.domain.iin import IIN_LENGTH, InvalidIin, parse_iin, validate_iin_partial
from app.errors import UserError
from ui.intake.field_error import FieldError


class IinField(QWidget):
    """`completed(IinInfo)` is emitted when twelve digits make a valid IIN."""

    completed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setMaxLength(IIN_LENGTH + 1)
        # Letters are let through on purpose: the clerk sees why they are wrong instead of a dead key.
        self.edit.setValidator(QRegularExpressionValidator(r"\S{0,13}"))
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.error = FieldError(self.edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.retranslate()

    @property
    def error_code(self) -> str | None:
        return self.error.code

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def show_error(self, error: UserError | None) -> None:
        self.error.show_error(error)

    def _typed(self, text: str) -> None:
        code = validate_iin_partial(text) if text.strip() else None
        self.show_error(InvalidIin(code, code) if code else None)
        if code is None and len(text.strip()) == IIN_LENGTH:
            self.completed.emit(parse_iin(text))

    def _finished(self) -> None:
        if self.error_code is None and 0 < len(self.text()) < IIN_LENGTH:
            self.show_error(InvalidIin("iin.length", "iin.length"))

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("12 digits"))
        self.error.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
