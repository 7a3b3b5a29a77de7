"""First run on an empty database: create the administrator (user name, full name, password twice)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import users
from app.services.actors import SYSTEM
from app.services.session import Database
from ui.login_dialog import ERROR_STYLE
from ui.messages import message_text


class AdminSetupDialog(QDialog):
    """Accepted once the administrator exists; `self.created` holds it. Typed text survives any error."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.created: users.UserInfo | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.username, self.full_name, self.password, self.repeat = (QLineEdit() for _ in range(4))
        for field in (self.password, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.username, self.full_name, self.password, self.repeat), strict=True
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.username.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kezek: first start"))
        self.intro.setText(
            self.tr("This database has no users yet. Create the administrator, who will then add the clerks.")
        )
        texts = (
            self.tr("&User name:"),
            self.tr("&Full name:"),
            self.tr("&Password:"),
            self.tr("&Repeat password:"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create administrator"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def create(self) -> None:
        if self.password.text() != self.repeat.text():
            self._fail(self.tr("The two passwords differ."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        try:
            with self._db.transaction() as session:
                self.created = users.add_user(
                    session,
                    SYSTEM,
                    self.username.text(),
                    self.full_name.text(),
                    "admin",
                    self.password.text(),
                )
        except UserError as error:
            self._fail(message_text(error))
            return
        self.accept()
