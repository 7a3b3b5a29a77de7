"""The queue table: a Qt model over QueueTableRow pages fetched lazily as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.services.queue_view import QueueTableRow
from ui.intake import codes
from ui.intake.local_format import format_moment

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
ROW_ROLE = Qt.ItemDataRole.UserRole


class RowSource(Protocol):
    """Where rows come from: `fetch(loaded, count)` returns the next rows, fewer than count at the end."""

    total: int | None

    def fetch(self, loaded: Sequence[QueueTableRow], count: int) -> list[QueueTableRow]: ...


class StaticSource:
    """Rows already at hand (search results)."""

    def __init__(self, rows: Sequence[QueueTableRow]) -> None:
        self.rows = list(rows)
        self.total: int | None = len(self.rows)

    def fetch(self, loaded: Sequence[QueueTableRow], count: int) -> list[QueueTableRow]:
        return self.rows[len(loaded) : len(loaded) + count]


class QueueTableModel(QAbstractTableModel):
    COLUMNS = 8

    def __init__(
        self,
        source: RowSource,
        category_name: Callable[[str], str],
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__()
        self.source = source
        self.rows: list[QueueTableRow] = []
        self.page_size = page_size
        self._category_name = category_name
        self._exhausted = source.total == 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        new = self.source.fetch(self.rows, self.page_size)
        total = self.source.total
        self._exhausted = len(new) < self.page_size or (
            total is not None and len(self.rows) + len(new) >= total
        )
        if not new:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self.rows.extend(new)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every row (small queues and tests)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def row_at(self, index: Index) -> QueueTableRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return self._category_name(row.category)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: QueueTableRow, column: int) -> str:
        values = (
            str(row.priority_number) if row.priority_number is not None else "—",
            row.application_no,
            row.child_name,
            row.child_iin,
            self._category_name(row.category),
            row.list_code,
            codes.label(codes.STATUSES, row.status),
            format_moment(row.registered_at),
        )
        return values[column]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.COLUMNS:
            return None
        titles = (
            self.tr("No."),
            self.tr("Application"),
            self.tr("Child"),
            self.tr("IIN"),
            self.tr("Category"),
            self.tr("List"),
            self.tr("Status"),
            self.tr("Registered"),
        )
        return titles[section]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))
