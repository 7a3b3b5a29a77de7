"""The Queue page: pick a queue (locality × birth year), filter or search it, open an application's card."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import UserError
from app.services import queue, queue_view
from ui.error_dialog import report_exception
from ui.intake import codes
from ui.messages import show_error
from ui.page_context import PageContext
from ui.queue.columns import size_columns
from ui.queue.sources import FilteredSource, PositionSource
from ui.queue.table_model import QueueTableModel, RowSource, StaticSource
from ui.tasks import run_task


class QueuePage(QWidget):
    """`loaded()` is emitted whenever the table shows a new source (queue, filter or search result)."""

    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.translations.language or "en"
        self.queue_combo, self.status_combo, self.category_combo = QComboBox(), QComboBox(), QComboBox()
        self.search_edit, self.search_button, self.refresh_button = QLineEdit(), QPushButton(), QPushButton()
        self.queue_label, self.count_label = QLabel(), QLabel()
        self.queue_label.setBuddy(self.queue_combo)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.category_combo.setMinimumContentsLength(28)
        self.search_edit.setMinimumWidth(280)
        self.table = QTableView()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.activated.connect(self._activated)
        self.model: QueueTableModel | None = None
        self.last_card: QWidget | None = None
        self._fill_filters()
        self.queue_combo.currentIndexChanged.connect(lambda _i: self.show_queue())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.show_queue())
        self.category_combo.currentIndexChanged.connect(lambda _i: self.show_queue())
        self.search_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.refresh_button.clicked.connect(self.reload_queues)
        top = QHBoxLayout()
        for widget in (self.queue_label, self.queue_combo, self.status_combo, self.category_combo):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.search_edit, self.search_button, self.refresh_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        self.retranslate()
        self.reload_queues()

    def _fill_filters(self) -> None:
        self.status_combo.addItem("", None)
        for status in ("queued", "stop_listed"):
            self.status_combo.addItem(codes.label(codes.STATUSES, status), status)
        self.category_combo.addItem("", None)
        for category in self.context.profile.categories:
            self.category_combo.addItem(
                f"{category.list_code}: {category.name(self.language)}", category.code
            )
            self.category_combo.setItemData(
                self.category_combo.count() - 1, category.name(self.language), Qt.ItemDataRole.ToolTipRole
            )

    def reload_queues(self) -> None:
        current = self.queue_combo.currentData()
        with self.context.db.reading() as session:
            keys = queue.queue_keys(session)
        self.queue_combo.blockSignals(True)
        self.queue_combo.clear()
        for locality, year in keys:
            self.queue_combo.addItem(f"{locality} — {year}", (locality, year))
        self.queue_combo.setCurrentIndex(max(self.queue_combo.findData(current), 0))
        self.queue_combo.blockSignals(False)
        self.show_queue()

    def category_name(self, code: str) -> str:
        try:
            return self.context.profile.category(code).name(self.language)
        except UserError:
            return code

    def show_queue(self) -> None:
        key = self.queue_combo.currentData()
        if key is None:
            self._set_source(StaticSource([]))
            return
        status, category = self.status_combo.currentData(), self.category_combo.currentData()
        if status is None and category is None:
            self._set_source(PositionSource(self.context.db, key[0], key[1]))
        else:
            self._set_source(FilteredSource(self.context.db, key[0], key[1], status, category))

    def _set_source(self, source: RowSource) -> None:
        self.model = QueueTableModel(source, self.category_name)
        self.table.setModel(self.model)
        self.model.fetchMore(QModelIndex())
        size_columns(self.table, self.model)
        total = source.total
        self.count_label.setText(self.tr("In this queue: {n}").format(n=total) if total is not None else "")
        self.loaded.emit()

    def search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.show_queue()
            return
        self.search_button.setEnabled(False)

        def work(_state: object) -> list[queue_view.QueueTableRow]:
            with self.context.db.reading() as session:
                return queue_view.search(session, text)

        task = run_task(work, self)
        task.succeeded.connect(lambda rows: self._set_source(StaticSource(rows)))
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self.search_button.setEnabled(True))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            show_error(self, error)
        else:
            report_exception(error, self)

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index) if self.model is not None else None
        if row is not None:
            self.open_card(row.application_no)

    def open_card(self, application_no: str) -> QWidget:
        from ui.application_card import open_card

        card = open_card(self.context, application_no, self)
        card.changed.connect(self.show_queue)
        self.last_card = card
        return card

    def retranslate(self) -> None:
        self.queue_label.setText(self.tr("&Queue:"))
        self.status_combo.setItemText(0, self.tr("All statuses"))
        self.category_combo.setItemText(0, self.tr("All categories"))
        for index in range(1, self.status_combo.count()):
            self.status_combo.setItemText(
                index, codes.label(codes.STATUSES, self.status_combo.itemData(index))
            )
        self.search_edit.setPlaceholderText(self.tr("IIN, name or application number"))
        self.search_button.setText(self.tr("&Find"))
        self.refresh_button.setText(self.tr("R&efresh"))
        if self.model is not None:
            self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
