"""A small dialog asking for a required reason or note: OK stays disabled until something is typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLineEdit, QWidget

from app.errors import UserError
from ui.act_dialog import FormActDialog


class ReasonDialog(FormActDialog):
    """OK gives the stripped text to `on_submit`, which acts and returns the refusal if any (shown here,
    with the text kept); the caller gives translated words."""

    def __init__(
        self,
        title: str,
        prompt: str,
        on_submit: Callable[[str], UserError | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_submit = on_submit
        self.setWindowTitle(title)
        self.edit = QLineEdit()
        self.note.setText(prompt)
        self.note.setBuddy(self.edit)
        self.form.addRow(self.edit)
        self.ok_button.setEnabled(False)
        self.edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))

    def act(self) -> UserError | None:
        return self._on_submit(self.edit.text().strip())
