"""The Free places section of the main window: the places, their distribution, and the kindergartens with
their groups, in tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.distribution import DistributionPage
from ui.page_context import PageContext
from ui.places.kindergartens_page import KindergartensPage
from ui.places.page import PlacesPage


class PlacesSection(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.places = PlacesPage(context)
        self.distribution = DistributionPage(context)
        # A distribution run changes which places are free; show it when the clerk switches back.
        self.distribution.planned.connect(lambda result: result.dry_run or self.places.refresh())
        self.kindergartens = KindergartensPage(context)
        # A kindergarten added or renamed there is one to publish places for and to filter by here.
        self.kindergartens.changed.connect(self.places.reload)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.places, "")
        self.tabs.addTab(self.distribution, "")
        self.tabs.addTab(self.kindergartens, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("P&laces"))
        self.tabs.setTabText(1, self.tr("Dis&tribution"))
        self.tabs.setTabText(2, self.tr("Kinder&gartens"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
