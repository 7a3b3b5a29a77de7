"""A line of news across the top of the main window (what the daily job changed, or that it failed), with
a button to dismiss it: the status bar is full of who, where and which rules, and would cut it short."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from app.errors import UserError
from app.services.daily import DailySummary
from ui.intake.local_format import format_date
from ui.messages import message_text

_STYLES = {
    False: "QFrame#notice { background: #e8f1fb; border: 1px solid #9cc3ea; border-radius: 3px; }",
    True: "QFrame#notice { background: #fdecea; border: 1px solid #e8a39b; border-radius: 3px; }",
}


class NoticeBar(QFrame):
    """Hidden until there is something to say; `text` is what it says."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button)
        self._summary: DailySummary | None = None
        self._error: BaseException | None = None
        self.hide()
        self.retranslate()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_daily(self, summary: DailySummary) -> None:
        """What the daily run did to applications; nothing on a day it changed none (closing the bulletins
        of the day before is routine)."""
        if not (summary.expired or summary.released):
            return
        self._summary, self._error = summary, None
        self._say(warning=False)

    def show_daily_failure(self, error: BaseException) -> None:
        """Until dismissed: the expiries it should have made are not made yet."""
        self._summary, self._error = None, error
        self._say(warning=True)

    def _say(self, *, warning: bool) -> None:
        self.setStyleSheet(_STYLES[warning])
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss"))
        if self._summary is not None:
            summary = self._summary
            self.label.setText(
                self.tr(
                    "Daily run of {date}: referrals expired {expired}, released from the stop list {released}"
                ).format(date=format_date(summary.as_of), expired=summary.expired, released=summary.released)
            )
        elif self._error is not None:
            error = self._error
            reason = message_text(error) if isinstance(error, UserError) else str(error)
            self.label.setText(
                self.tr(
                    "The daily run failed ({reason}); it runs again at the next sign-in and after midnight"
                ).format(reason=reason)
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
