"""The main window: side navigation over the registered pages, built lazily, and the status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from ui.notice_bar import NoticeBar
from ui.page_context import PageContext
from ui.pages import PAGES, PageSpec
from ui.placeholder_page import PlaceholderPage
from ui.status_bar import KezekStatusBar

SHORTCUT_DIGITS = "1234567890"
STYLE = """
QListWidget#navigation { font-size: 11pt; }
QListWidget#navigation::item { padding: 6px 4px; }
QLabel#pageTitle { font-size: 15pt; font-weight: bold; }
"""


class MainWindow(QMainWindow):
    def __init__(
        self, context: PageContext, pages: tuple[PageSpec, ...] = PAGES, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.specs = pages
        self._built: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.addItems([""] * len(pages))
        self.nav.setFixedWidth(250)
        self.setStyleSheet(STYLE)
        self.stack = QStackedWidget()
        self.notice = NoticeBar()
        pages_column = QVBoxLayout()
        pages_column.setContentsMargins(0, 0, 0, 0)
        pages_column.addWidget(self.notice)
        pages_column.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addLayout(pages_column, 1)
        self.setCentralWidget(central)
        self.setStatusBar(KezekStatusBar(context))
        for digit, spec in zip(SHORTCUT_DIGITS, pages, strict=False):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{digit}"), self)
            shortcut.activated.connect(lambda key=spec.key: self.show_page(key))
        self.nav.currentRowChanged.connect(self._row_changed)
        self.nav.setCurrentRow(0)
        self.retranslate()
        self.resize(QSize(1100, 700))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kezek — kindergarten waiting list"))
        for row, spec in enumerate(self.specs):
            item = self.nav.item(row)
            item.setText(spec.display_title())
            if row < len(SHORTCUT_DIGITS):
                item.setToolTip(f"Ctrl+{SHORTCUT_DIGITS[row]}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_page(self, key: str) -> QWidget:
        """Select a page by its registry key and return its widget."""
        row = next(i for i, spec in enumerate(self.specs) if spec.key == key)
        self.nav.setCurrentRow(row)
        return self._built[key]

    def current_key(self) -> str:
        return self.specs[self.nav.currentRow()].key

    def page(self, key: str) -> QWidget | None:
        """The page's widget if it has been opened already."""
        return self._built.get(key)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        spec = self.specs[row]
        widget = self._built.get(spec.key)
        if widget is None:
            widget = spec.factory(self.context) if spec.factory else PlaceholderPage(spec.title)
            widget.setObjectName(f"page_{spec.key}")
            self._built[spec.key] = widget
            self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
