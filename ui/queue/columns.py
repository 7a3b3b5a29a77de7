"""Queue table columns sized once from the first page's text, then left to the user (no per-insert sizing)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

from ui.queue.table_model import QueueTableModel

STRETCH, CATEGORY = 2, 4
CATEGORY_WIDTH = 220
PADDING = 24


def size_columns(view: QTableView, model: QueueTableModel) -> None:
    """Interactive columns as wide as the header or the widest cell of the first page; the name stretches."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(STRETCH, QHeaderView.ResizeMode.Stretch)
    cells, titles = view.fontMetrics(), header.fontMetrics()
    texts = model.first_page_texts()
    for column in range(model.columnCount()):
        if column == STRETCH:
            continue
        if column == CATEGORY:
            view.setColumnWidth(column, CATEGORY_WIDTH)
            continue
        title = str(model.headerData(column, header.orientation()) or "")
        widest = max((cells.horizontalAdvance(row[column]) for row in texts), default=0)
        view.setColumnWidth(column, max(widest, titles.horizontalAdvance(title)) + PADDING)
