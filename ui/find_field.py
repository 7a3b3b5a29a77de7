"""A register's find field: Enter finds, and emptying it shows every row again; Ctrl+F reaches it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget


class FindField(QLineEdit):
    """`submitted()` on Enter; `emptied()` when its text is cleared (its clear button, or deleted).

    Ctrl+F anywhere on `page` puts the cursor here.
    """

    submitted = Signal()
    emptied = Signal()

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(420)
        self.returnPressed.connect(self.submitted)
        self.textChanged.connect(self._edited)
        QShortcut(
            QKeySequence.StandardKey.Find,
            page,
            self._focus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _edited(self, text: str) -> None:
        if not text:
            self.emptied.emit()

    def _focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def retranslate(self) -> None:
        """The placeholder of a register of applications; a page that finds more sets its own."""
        self.setPlaceholderText(
            QCoreApplication.translate("FindField", "Find (Ctrl+F): application number, child's IIN or name")
        )
