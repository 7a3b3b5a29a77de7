"""The register tables sort names alphabetically, Kazakh letters in their places."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.row_table import Column, RowTableModel, make_table


def test_names_sort_in_alphabetical_order_not_by_code_point(qtbot: QtBot) -> None:
    QLocale.setDefault(QLocale("kk_KZ"))
    try:
        page = QWidget()
        qtbot.addWidget(page)
        model = RowTableModel([Column("Child", lambda name: name)], page)
        model.set_rows(["Ұлан", "Бекова", "Әлиев", "Уәли", "Ахметов", "Өмірзақ", "Оспанов"])
        view = make_table(model)
        view.setParent(page)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        shown = [view.model().index(row, 0).data() for row in range(view.model().rowCount())]
    finally:
        QLocale.setDefault(QLocale("en_US"))
    assert shown == ["Ахметов", "Әлиев", "Бекова", "Оспанов", "Өмірзақ", "Уәли", "Ұлан"]
