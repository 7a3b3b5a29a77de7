"""The Stop list & archive page: both registers in tabs, and restoring an archived application."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.errors import UserError
from app.services.archive import ArchiveRow
from ui.archive import acts
from ui.archive.columns import archive_columns, stop_list_columns
from ui.find_field import FindField
from ui.page_context import PageContext
from ui.reason_dialog import ReasonDialog
from ui.register_page import RegisterPage
from ui.row_table import RowTableModel, make_table, selected_row


class ArchivePage(RegisterPage):
    """`restored(row)` after an application came back to the queue."""

    restored = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: ReasonDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.stop_model = RowTableModel(stop_list_columns(), self)
        self.stop_table = make_table(self.stop_model, {1: 220, 2: 390})
        self.archive_model = RowTableModel(archive_columns(), self)
        self.archive_table = make_table(self.archive_model, {1: 220, 2: 300})
        self.show_released, self.show_restored = QCheckBox(), QCheckBox()
        self.restore_button, self.refresh_button = QPushButton(), QPushButton()
        self.find_edit = FindField(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._tab(self.stop_table, self.show_released), "")
        self.tabs.addTab(self._tab(self.archive_table, self.show_restored, self.restore_button), "")
        self.show_released.toggled.connect(lambda _on: self.refresh())
        self.show_restored.toggled.connect(lambda _on: self.refresh())
        self.restore_button.clicked.connect(self.ask_restore)
        self.refresh_button.clicked.connect(self.reload)
        self.find_edit.submitted.connect(self.refresh)
        self.find_edit.emptied.connect(self.refresh)
        self.archive_table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.find_edit)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.refresh()
        self.retranslate()

    @staticmethod
    def _tab(table: QWidget, toggle: QCheckBox, button: QPushButton | None = None) -> QWidget:
        tab = QWidget()
        row = QHBoxLayout()
        row.addWidget(toggle)
        row.addStretch(1)
        if button is not None:
            row.addWidget(button)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return tab

    def refresh(self) -> None:
        db = self.context.db
        active_only, restored = not self.show_released.isChecked(), self.show_restored.isChecked()
        find = self.find_edit.text()
        self.stop_model.set_pages(lambda offset: acts.stop_list(db, active_only, find, offset), acts.PAGE)
        self.archive_model.set_pages(lambda offset: acts.archived(db, restored, find, offset), acts.PAGE)
        self._update_buttons()

    def selected_archived(self) -> ArchiveRow | None:
        row: ArchiveRow | None = selected_row(self.archive_table)
        return row

    def _update_buttons(self) -> None:
        row = self.selected_archived()
        self.restore_button.setEnabled(
            self.context.actor.may("supervisor") and row is not None and row.restored_at is None
        )

    def ask_restore(self) -> ReasonDialog | None:
        row = self.selected_archived()
        if row is None:
            return None
        dialog = ReasonDialog(
            self.tr("Restore application {number}").format(number=row.application_no),
            self.tr("Why is the application restored? The note is kept in the journal."),
            lambda note: self.restore(row.application_no, note),
            self,
        )
        dialog.open()
        self.dialog = dialog
        return dialog

    def restore(self, application_no: str, note: str) -> UserError | None:
        """The restore typed into the dialog; the refusal, if any, is for the dialog to show."""
        return self.attempt_in_dialog(
            lambda: acts.restore(self.context.db, self.context.actor, application_no, note), self._restored
        )

    def _restored(self, row: object) -> None:
        self.refresh()
        self.restored.emit(row)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Stop list & archive"))
        self.tabs.setTabText(0, self.tr("&Stop list"))
        self.tabs.setTabText(1, self.tr("&Archive"))
        self.show_released.setText(self.tr("Show released terms too"))
        self.show_restored.setText(self.tr("Show restored applications too"))
        self.restore_button.setText(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("A supervisor's act; a note saying why is required."))
        self.refresh_button.setText(self.tr("Re&fresh (F5)"))
        self.find_edit.retranslate()
        self.stop_model.retranslate()
        self.archive_model.retranslate()
