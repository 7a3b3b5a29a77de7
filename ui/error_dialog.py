"""Unexpected exceptions (our bugs): logged with the traceback, shown with a "Copy details" button."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from ui.messages import show_error

log = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    """ "Something went wrong": the message, the traceback folded away, and a button to copy it."""

    def __init__(self, message: str, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.details = details
        self._heading = QLabel()
        self._message = QLabel(message)
        self._message.setTextFormat(Qt.TextFormat.PlainText)
        self._message.setWordWrap(True)
        self._text = QPlainTextEdit(details)
        self._text.setReadOnly(True)
        self._text.setVisible(False)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_details)
        self.show_button = QPushButton()
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._text.setVisible)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.show_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self._heading, self._message, self._text, buttons):
            layout.addWidget(widget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kezek: error"))
        self._heading.setText(self.tr("Something went wrong. Please send the details to your administrator."))
        self.copy_button.setText(self.tr("Copy details"))
        self.show_button.setText(self.tr("Show details"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def report_exception(error: BaseException, parent: QWidget | None = None) -> QDialog:
    """Log the exception and show it: a UserError as its translated message, anything else as a bug."""
    if isinstance(error, UserError):
        log.info("user error %s: %s", error.code, error.text())
        return show_error(parent, error)
    details = "".join(traceback.format_exception(error))
    log.error("unexpected error\n%s", details)
    dialog = ErrorDialog(str(error) or type(error).__name__, details, parent)
    dialog.open()
    return dialog


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
        sys.__excepthook__(kind, error, tb)
        return
    try:
        report_exception(error.with_traceback(tb), QApplication.activeWindow())
    except Exception:
        # Showing the error failed too: keep both tracebacks in the log rather than lose the first.
        log.exception("could not show the error dialog for %r", error)
        sys.__excepthook__(kind, error, tb)


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in slots) to `report_exception`."""
    sys.excepthook = _excepthook
