"""The notifications outbox: messages by status and channel; a notice printed for those without SMS."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.outbox import NotificationRow
from ui.error_dialog import report_exception
from ui.find_field import FindField
from ui.intake.codes import label
from ui.notifications import acts
from ui.notifications.codes import CHANNELS, DELIVERY, notification_columns
from ui.page_context import PageContext
from ui.pdf_preview import PdfPreviewDialog, preview_pdf
from ui.register_page import RegisterPage
from ui.row_table import RowTableModel, make_table, selected_row
from ui.tasks import run_task


class NotificationsView(RegisterPage):
    """`printed(acts.Printed)` after each notice is made (and, if it was waiting, marked printed)."""

    printed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.show_previews = True
        self.preview: PdfPreviewDialog | None = None
        self.total = 0
        """How many messages the filters match; the table reads them a page at a time."""
        self.status_combo, self.channel_combo = QComboBox(), QComboBox()
        self.status_label, self.channel_label, self.count_label = QLabel(), QLabel(), QLabel()
        self.status_label.setBuddy(self.status_combo)
        self.channel_label.setBuddy(self.channel_combo)
        for combo, names in ((self.status_combo, DELIVERY), (self.channel_combo, CHANNELS)):
            combo.addItem("", None)
            for code in names:
                combo.addItem("", code)
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.model = RowTableModel(notification_columns(), self)
        self.table = make_table(self.model, {4: 220})
        self.print_button, self.refresh_button = QPushButton(), QPushButton()
        self.find_edit = FindField(self)
        self.find_edit.submitted.connect(self.refresh)
        self.find_edit.emptied.connect(self.refresh)
        self.print_button.clicked.connect(self.print_selected)
        self.refresh_button.clicked.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        top = QHBoxLayout()
        for widget in (self.status_label, self.status_combo, self.channel_label, self.channel_combo):
            top.addWidget(widget)
        top.addWidget(self.find_edit)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.refresh()
        self.retranslate()

    def refresh(self) -> None:
        db = self.context.db
        status, channel = self.status_combo.currentData(), self.channel_combo.currentData()
        find = self.find_edit.text()
        self.model.set_pages(lambda offset: acts.rows(db, status, channel, find, offset), acts.PAGE)
        self.total = acts.count(db, status, channel, find)
        self.count_label.setText(self.tr("Messages: {n}").format(n=self.total))
        self._update_buttons()

    def selected(self) -> NotificationRow | None:
        row: NotificationRow | None = selected_row(self.table)
        return row

    def _update_buttons(self) -> None:
        row = self.selected()
        self.print_button.setEnabled(row is not None and row.application_no is not None)

    def print_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.print_button.setEnabled(False)
        task = run_task(lambda _s: acts.print_notice(self.context.db, self.context.actor, row), self)
        task.succeeded.connect(self._printed)
        task.failed.connect(lambda error: report_exception(error, self))
        task.finished.connect(self._update_buttons)

    def _printed(self, result: acts.Printed) -> None:
        if self.show_previews:
            self.preview = preview_pdf(result.pdf, "", self)
        self.refresh()
        self.printed.emit(result)

    def retranslate(self) -> None:
        self.status_label.setText(self.tr("&Status:"))
        self.channel_label.setText(self.tr("C&hannel:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.channel_combo.setItemText(0, self.tr("All channels"))
        for combo, names in ((self.status_combo, DELIVERY), (self.channel_combo, CHANNELS)):
            for index in range(1, combo.count()):
                combo.setItemText(index, label(names, combo.itemData(index)))
        self.print_button.setText(self.tr("&Print notice"))
        self.print_button.setToolTip(self.tr("A waiting message is marked printed once its notice is made."))
        self.refresh_button.setText(self.tr("Re&fresh (F5)"))
        self.find_edit.retranslate()
        self.count_label.setText(self.tr("Messages: {n}").format(n=self.total))
        self.model.retranslate()
