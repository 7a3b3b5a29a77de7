"""The register tables sort names alphabetically, Kazakh letters in their places, and read long registers a
page at a time as the view is scrolled to the end."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
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


def test_a_register_reads_the_next_page_when_scrolled_to_the_end(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    register = [f"AKM-07-REF-2026-{number:06d}" for number in range(1, 251)]
    asked: list[int] = []

    def page_from(offset: int) -> list[str]:
        asked.append(offset)
        return register[offset : offset + 100]

    page = QWidget()
    qtbot.addWidget(page)
    model = RowTableModel([Column("Referral", lambda number: number)], page)
    model.set_pages(page_from, 100)
    view = make_table(model)
    view.setParent(page)
    view.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    assert model.rowCount() == 100
    while model.canFetchMore():
        shown = model.rowCount()
        view.scrollToBottom()
        qtbot.waitUntil(lambda shown=shown: model.rowCount() > shown)
    assert model.rows == register
    assert asked == [0, 100, 200]  # the last page is short: nothing more is asked for
    qtmodeltester.check(model)


def test_a_register_shorter_than_a_page_asks_for_nothing_more() -> None:
    asked: list[int] = []

    def page_from(offset: int) -> list[str]:
        asked.append(offset)
        return ["AKM-07-REF-2026-000001"] if offset == 0 else []

    model = RowTableModel([Column("Referral", lambda number: number)])
    model.set_pages(page_from, 100)
    assert model.rows == ["AKM-07-REF-2026-000001"]
    assert not model.canFetchMore()
    model.fetchMore()
    assert asked == [0]
    model.set_rows(["AKM-07-REF-2026-000002"])
    assert not model.canFetchMore()
