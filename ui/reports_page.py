"""The Reports page: the notifications outbox and the daily bulletins of places, in tabs."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from ui.notifications import NotificationsView
from ui.page_context import PageContext
from ui.places.bulletin_panel import BulletinPanel


class ReportsPage(QWidget):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.notifications = NotificationsView(context)
        self.bulletins = BulletinPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notifications, "")
        self.tabs.addTab(self.bulletins, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Reports"))
        self.tabs.setTabText(0, self.tr("&Notifications"))
        self.tabs.setTabText(1, self.tr("B&ulletins of places"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
