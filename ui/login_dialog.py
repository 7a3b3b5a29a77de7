"""Signing in: user name and password, Enter to proceed, a wrong password explained in place."""

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
from app.services.actors import Actor
from app.services.session import Database
from ui.messages import message_text

DEMO_USER = "demo"
DEMO_PASSWORD = "demo-kezek"  # noqa: S105 - the published login of the demo database, not a secret
ERROR_STYLE = "color: #b00020;"


class LoginDialog(QDialog):
    """Accepted once `authenticate` succeeds; the signed-in Actor is then in `self.actor`."""

    def __init__(
        self, db: Database, *, demo: bool = False, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._demo = demo
        self.actor: Actor | None = None
        self.heading = QLabel()
        self.username = QLineEdit(DEMO_USER if demo and not username else username)
        self.password = QLineEdit(DEMO_PASSWORD if demo else "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel()
        self.username_label.setBuddy(self.username)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password)
        self.demo_hint = QLabel()
        self.demo_hint.setVisible(demo)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        (self.password if self.username.text() else self.username).setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kezek: sign in"))
        self.heading.setText(self.tr("Sign in to the kindergarten waiting list"))
        self.username_label.setText(self.tr("&User name:"))
        self.password_label.setText(self.tr("&Password:"))
        self.demo_hint.setText(
            self.tr("Demo database: user {user}, password {password}").format(
                user=DEMO_USER, password=DEMO_PASSWORD
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sign_in(self) -> None:
        # Enter in an empty field moves on instead of failing: the form is keyboard-first.
        if not self.username.text().strip():
            self.username.setFocus()
            return
        if not self.password.text():
            self.password.setFocus()
            return
        try:
            with self._db.reading() as session:
                self.actor = users.authenticate(session, self.username.text(), self.password.text())
        except UserError as error:
            self.error.setText(message_text(error))
            self.error.setVisible(True)
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
