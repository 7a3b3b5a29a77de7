"""The queue table: a Qt model over QueueTableRow pages, read on demand or appended as the view scrolls."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

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
CACHED_PAGES = 50
ROW_ROLE = Qt.ItemDataRole.UserRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowSource(Protocol):
    """Where rows come from: `fetch(loaded, count)` returns the next rows, fewer than count at the end.

    A source whose `total` is known may also offer `read(start, count)`, the rows at start..start+count-1:
    the model then has every row from the start and reads only the pages the view asks for.
    """

    total: int | None

    def fetch(self, loaded: Sequence[QueueTableRow], count: int) -> list[QueueTableRow]: ...


class StaticSource:
    """Rows already at hand (search results)."""

    def __init__(self, rows: Sequence[QueueTableRow]) -> None:
        self.rows = list(rows)
        self.total: int | None = len(self.rows)

    def fetch(self, loaded: Sequence[QueueTableRow], count: int) -> list[QueueTableRow]:
        return self.read(len(loaded), count)

    def read(self, start: int, count: int) -> list[QueueTableRow]:
        return self.rows[start : start + count]


class Line(NamedTuple):
    """A row with its eight cells' text, formatted once when its page is read."""

    row: QueueTableRow
    texts: tuple[str, ...]


class QueueTableModel(QAbstractTableModel):
    """By position (`read` and a known total: rowCount is the total, pages read when shown, the last
    CACHED_PAGES kept) or by appending (`fetch`: canFetchMore/fetchMore, for filtered views)."""

    COLUMNS = 8

    def __init__(
        self,
        source: RowSource,
        category_name: Callable[[str], str],
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
    ) -> None:
        super().__init__()
        self.source = source
        self.page_size, self.cached_pages = page_size, cached_pages
        self._category_name = category_name
        self._read: Callable[[int, int], list[QueueTableRow]] | None = getattr(source, "read", None)
        self._size = source.total if self._read is not None and source.total is not None else None
        self._pages: OrderedDict[int, list[Line]] = OrderedDict()
        self._lines: list[Line] = []
        self._exhausted = self._size is not None or source.total == 0
        self.page_reads = 0

    @property
    def random_access(self) -> bool:
        return self._size is not None

    @property
    def rows(self) -> list[QueueTableRow]:
        """The rows held now: every row read so far (appending) or the cached pages (by position)."""
        if self._size is None:
            return [line.row for line in self._lines]
        return [line.row for _, page in sorted(self._pages.items()) for line in page]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        if parent.isValid():
            return 0
        return self._size if self._size is not None else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted:
            return
        new = self.source.fetch([line.row for line in self._lines], self.page_size)
        self.page_reads += 1
        total = self.source.total
        self._exhausted = len(new) < self.page_size or (
            total is not None and len(self._lines) + len(new) >= total
        )
        if not new:
            return
        first = len(self._lines)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._lines.extend(self._line(row) for row in new)
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Load every row (small queues and tests)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        for page in range(0, self.rowCount() if self._size is not None else 0, self.page_size):
            self._page(page // self.page_size)

    def _page(self, number: int) -> list[Line]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self._read is not None
        assert self._size is not None
        start = number * self.page_size
        rows = self._read(start, min(self.page_size, self._size - start))
        self.page_reads += 1
        page = self._pages[number] = [self._line(row) for row in rows]
        while len(self._pages) > self.cached_pages:
            self._pages.popitem(last=False)
        return page

    def _line_at(self, index: Index) -> Line | None:
        if not index.isValid():
            return None
        row = index.row()
        if self._size is None:
            return self._lines[row] if row < len(self._lines) else None
        if row >= self._size:
            return None
        page = self._page(row // self.page_size)
        offset = row % self.page_size
        return page[offset] if offset < len(page) else None

    def row_at(self, index: Index) -> QueueTableRow | None:
        line = self._line_at(index)
        return line.row if line is not None else None

    def first_page_texts(self) -> list[tuple[str, ...]]:
        """The cells of the first page (read if need be), to size the columns by."""
        if self._size is None:
            return [line.texts for line in self._lines[: self.page_size]]
        return [line.texts for line in self._page(0)] if self._size else []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            line = self._line_at(index)
            return line.texts[index.column()] if line is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.isValid() and index.column() == 0 else None
        if role == ROW_ROLE:
            return self.row_at(index)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            line = self._line_at(index)
            return line.texts[4] if line is not None else None
        return None

    def _line(self, row: QueueTableRow) -> Line:
        texts = (
            str(row.priority_number) if row.priority_number is not None else "—",
            row.application_no,
            row.child_name,
            row.child_iin,
            self._category_name(row.category),
            row.list_code,
            codes.label(codes.STATUSES, row.status),
            format_moment(row.registered_at),
        )
        return Line(row, texts)

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
        """Category and status names and dates are formatted again in the new language."""
        self._lines = [self._line(line.row) for line in self._lines]
        self._pages = OrderedDict(
            (number, [self._line(line.row) for line in page]) for number, page in self._pages.items()
        )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.COLUMNS - 1))
