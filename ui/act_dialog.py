"""A small dialog that does its act on OK and stays open on a refusal, with what was typed, showing why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from app.errors import UserError
from ui.intake.field_error import readable
from ui.messages import message_text


class ActDialog(QDialog):
    """Subclasses give `act()` (None once done, else the refusal) and lay out `error` and `buttons`."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.last_error: UserError | None = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        # Not self.tr: at run time that would look the text up under the subclass's name.
        cancel = QCoreApplication.translate("ActDialog", "Cancel")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)

    def act(self) -> UserError | None:
        raise NotImplementedError

    def _ok(self) -> None:
        error = self.act()
        self.last_error = error
        if error is None:
            self.accept()
            return
        self.error.setText(message_text(readable(error)))
        self.error.show()
        self._grow_to_fit()

    def _grow_to_fit(self) -> None:
        """Taller if the refusal needs it, never smaller: Qt does not grow a shown dialog for a label
        that appears in it, and a wrapped label would be cut off."""
        needed = self.heightForWidth(self.width())
        if needed < 0:
            needed = self.sizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)


class FormActDialog(ActDialog):
    """A note on the act, its form, the refusal if any, OK and Cancel; subclasses fill `note` and `form`."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)
