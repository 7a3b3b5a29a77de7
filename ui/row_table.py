"""A read-only table model over a list of frozen rows, with translated headers and native sort values."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCollator,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT = "Columns"
ALERT_BRUSH = QBrush(QColor("#b3261e"))
"""Dark red: readable on the white and the alternate rows, and on a selected row's highlight too."""


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass(frozen=True)
class Column:
    """`title` is the English source in context "Columns"; `text` is called at paint time, so it follows
    the language; `sort` gives the native value (dates, numbers) the proxy sorts by. A cell `alert` says
    yes to is drawn in bold red (its tooltip should say why: colour alone tells nothing to some)."""

    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tooltip: Callable[[Any], str] | None = None
    numeric: bool = False
    alert: Callable[[Any], bool] | None = None


PageReader = Callable[[int], Sequence[Any]]
"""A register's rows from an offset on, a page of them (fewer once the register is read out)."""


class RowTableModel(QAbstractTableModel):
    """The rows given, or a register read a page at a time as the view is scrolled to the end."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.rows: list[Any] = []
        self._pages: PageReader | None = None
        self._page_size = 0

    def set_rows(self, rows: Sequence[Any]) -> None:
        """All the rows at once."""
        self.beginResetModel()
        self.rows = list(rows)
        self._pages = None
        self.endResetModel()

    def set_pages(self, page_from: PageReader, size: int) -> None:
        """The first page of `size` rows now; the next ones as the view asks for more."""
        first = list(page_from(0))
        self.beginResetModel()
        self.rows = first
        self._pages, self._page_size = (page_from, size) if len(first) == size else (None, 0)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's own default
        return not parent.isValid() and self._pages is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._pages is not None
        page = list(self._pages(len(self.rows)))
        if len(page) < self._page_size:
            self._pages = None
        if page:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def retranslate(self) -> None:
        """Headers and code names are translated when read; tell the views to read them again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if column.alert is None or not column.alert(row):
                return None
            return ALERT_BRUSH if role == Qt.ItemDataRole.ForegroundRole else _bold()
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            value = column.sort(row) if column.sort is not None else column.text(row)
            # The proxy compares like with like: None sorts first as an empty string.
            return "" if value is None else value
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(CONTEXT, self.columns[section].title)
        return None


class AlphabeticalProxy(QSortFilterProxyModel):
    """Sorts text in the alphabetical order of the screen's language (Ә after А, Ұ after У), not by code
    point, which puts every Kazakh letter after Я; other values compare as Qt compares them."""

    def __init__(self, parent: QWidget | QAbstractTableModel | None = None) -> None:
        super().__init__(parent)
        self._collator = QCollator(QLocale())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._collator = QCollator(QLocale())  # the language may have changed since the last sort
        super().sort(column, order)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(self.sortRole()), right.data(self.sortRole())
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        return super().lessThan(left, right)


def make_table(model: RowTableModel, widths: dict[int, int] | None = None) -> QTableView:
    """A sortable, row-selecting, read-only view of the model (through a proxy), one text line per row.

    Columns fit their contents except those in `widths` (long names: a fixed start width the user may
    drag); the last column takes what room is left.
    """
    proxy = AlphabeticalProxy(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    for column, width in (widths or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    return view


def selected_row(view: QTableView) -> Any | None:
    """The row object under the view's current selection, or None."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() is not None else []
    return rows[0].data(ROW_ROLE) if rows else None


def select_where(view: QTableView, test: Callable[[Any], bool]) -> bool:
    """Select the first row passing `test` (tests and keyboard jumps); False when none does."""
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if test(index.data(ROW_ROLE)):
            view.selectRow(row)
            return True
    return False
