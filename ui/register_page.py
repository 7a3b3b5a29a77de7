"""A register page: reads its rows anew each time it is shown, and follows the language at run time."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


class RegisterPage(QWidget):
    """Subclasses give `refresh()` (read the rows) and `retranslate()` (set every text)."""

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        # The main window keeps pages alive; another page's act (a distribution run) may have changed these.
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
