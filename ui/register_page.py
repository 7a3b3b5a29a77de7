"""A register page: reads its rows anew each time it is shown, and follows the language at run time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget


class RegisterPage(QWidget):
    """Subclasses give `refresh()` (read the rows) and `retranslate()` (set every text); F5 reloads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def showEvent(self, event: QShowEvent) -> None:
        # The main window keeps pages alive; another page's act (a distribution run) may have changed these.
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
