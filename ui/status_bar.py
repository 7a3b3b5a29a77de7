"""The main window's status bar: who is signed in, the office, the database, the rules in force, sync."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ui.page_context import PageContext

DATABASE_LABEL_WIDTH = 320
ROLE_NAMES = {
    "clerk": QT_TRANSLATE_NOOP("Roles", "clerk"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "supervisor"),
    "admin": QT_TRANSLATE_NOOP("Roles", "administrator"),
}


def role_name(role: str) -> str:
    return QCoreApplication.translate("Roles", ROLE_NAMES[role]) if role in ROLE_NAMES else role


class KezekStatusBar(QStatusBar):
    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.user, self.office, self.database, self.rules, self.sync = (QLabel() for _ in range(5))
        for label in (self.user, self.office, self.database, self.rules, self.sync):
            self.addPermanentWidget(label)
        self.database.setMaximumWidth(DATABASE_LABEL_WIDTH)
        self.database.setToolTip(context.db.display_name())
        self.retranslate()

    def retranslate(self) -> None:
        context = self._context
        actor, profile = context.actor, context.profile
        self.user.setText(
            self.tr("User: {name} ({role})").format(name=actor.full_name, role=role_name(actor.role))
        )
        self.office.setText(self.tr("Office: {code}").format(code=context.office.code))
        text = self.tr("Database: {name}").format(name=context.db.display_name())
        # A SQLite path can be long enough to push the window wider than the screen; the tooltip has it all.
        metrics = self.database.fontMetrics()
        self.database.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, DATABASE_LABEL_WIDTH))
        self.rules.setText(
            self.tr("Rules: {code} from {date}").format(
                code=profile.code, date=profile.effective_from.strftime("%d.%m.%Y")
            )
        )
        self.sync.setText(self.tr("Sync: local"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
