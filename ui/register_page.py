"""A register page: reads its rows anew each time it is shown, and follows the language at run time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from app.errors import UserError
from ui.error_dialog import report_exception
from ui.messages import show_error

T = TypeVar("T")


class RegisterPage(QWidget):
    """Subclasses give `refresh()` (read the rows) and `retranslate()` (set every text); F5 reloads.

    `last_error` is the refusal of the page's last act, None once an act went through.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.last_error: UserError | None = None
        QShortcut(
            QKeySequence("F5"), self, self.reload, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )

    def refresh(self) -> None:
        raise NotImplementedError

    def reload(self) -> None:
        """F5 and the Refresh button: the rows read again (a page may also read its filters' choices)."""
        self.refresh()

    def retranslate(self) -> None:
        raise NotImplementedError

    def attempt(self, act: Callable[[], T], then: Callable[[T], object]) -> bool:
        """Do one act and, if it went through, `then(what it gave)`. A refusal is shown translated in a
        message box (see `attempt_in_dialog`); a bug is logged and shown with its details."""
        try:
            refusal = self.attempt_in_dialog(act, then)
        except Exception as error:  # a bug: logged and shown with its details
            report_exception(error, self)
            return False
        if refusal is not None:
            show_error(self, refusal)
        return refusal is None

    def attempt_in_dialog(self, act: Callable[[], T], then: Callable[[T], object]) -> UserError | None:
        """Do one act typed into a dialog and, if it went through, `then(what it gave)`.

        A refusal is kept in `last_error`, the rows are read again (another desk may have acted), and it
        is returned for the dialog to show beside what was typed. A bug propagates: the hook of
        ui/error_dialog.py reports it, and the dialog stays open.
        """
        try:
            result = act()
        except UserError as error:
            self.last_error = error
            self.refresh()
            return error
        self.last_error = None
        then(result)
        return None

    def showEvent(self, event: QShowEvent) -> None:
        # The main window keeps pages alive; another page's act (a distribution run) may have changed these.
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
