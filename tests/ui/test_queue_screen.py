"""The queue screen: the lazily paged model (checked by qtmodeltester), filters, search, opening a card."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.services.queue import export_rows
from tests.ui.intake_data import LOCALITY, register_many
from ui.application_card import ApplicationCardDialog
from ui.page_context import PageContext
from ui.queue.page import QueuePage
from ui.queue.sources import FilteredSource, PositionSource
from ui.queue.table_model import QueueTableModel


def test_fully_loaded_model_passes_the_model_tester(qtmodeltester: ModelTester, context: PageContext) -> None:
    register_many(context.db, 12)
    model = QueueTableModel(PositionSource(context.db, LOCALITY, 2023), str, page_size=5)
    model.fetch_all()
    assert model.rowCount() == 12
    assert model.page_reads == 3
    qtmodeltester.check(model)


def test_the_whole_queue_is_counted_at_once_and_only_shown_pages_are_read(context: PageContext) -> None:
    register_many(context.db, 12)
    with context.db.reading() as session:
        expected = [(r.priority_number, r.application_no) for r in export_rows(session, LOCALITY, 2023)]
    model = QueueTableModel(PositionSource(context.db, LOCALITY, 2023), str, page_size=5, cached_pages=2)
    assert model.rowCount() == 12
    assert not model.canFetchMore(QModelIndex())
    assert model.page_reads == 0
    # The last row: only the last page (rows 10..11) is read, and its number is the queue's size.
    assert model.index(11, 0).data() == str(model.rowCount())
    assert model.index(11, 1).data() == expected[11][1]
    assert model.page_reads == 1
    assert [(r.priority_number, r.application_no) for r in model.rows] == expected[10:]
    assert model.index(10, 7).data() == model.index(10, 7).data()
    assert model.page_reads == 1
    # Pages beyond the cache's two are dropped, least recently used first, and read again when shown.
    assert model.index(0, 1).data() == expected[0][1]
    assert model.index(5, 1).data() == expected[5][1]
    assert model.page_reads == 3
    assert model.index(11, 0).data() == "12"
    assert model.page_reads == 4
    assert model.row_at(model.index(4, 0)) is not None
    assert model.page_reads == 5


def test_filtered_rows_arrive_page_by_page_in_priority_order(qtbot: QtBot, context: PageContext) -> None:
    register_many(context.db, 12)
    with context.db.reading() as session:
        expected = [(r.priority_number, r.application_no) for r in export_rows(session, LOCALITY, 2023)]
    model = QueueTableModel(FilteredSource(context.db, LOCALITY, 2023, "queued", None), str, page_size=5)
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex())
    for loaded in (5, 10, 12):
        with qtbot.waitSignal(model.rowsInserted):
            model.fetchMore(QModelIndex())
        assert model.rowCount() == loaded
    assert not model.canFetchMore(QModelIndex())
    assert [(r.priority_number, r.application_no) for r in model.rows] == expected
    assert model.index(0, 0).data() == "1"


def make_page(qtbot: QtBot, context: PageContext) -> QueuePage:
    page = QueuePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_page_filters_searches_and_opens_the_card(qtbot: QtBot, context: PageContext) -> None:
    numbers = register_many(context.db, 9)
    with context.db.reading() as session:
        expected = list(export_rows(session, LOCALITY, 2023))
    page = make_page(qtbot, context)
    assert page.queue_combo.currentData() == (LOCALITY, 2023)
    assert page.model is not None
    assert [r.application_no for r in page.model.rows] == [r.application_no for r in expected]
    # The first was registered at 09:00 in Almaty: shown in Almaty time whatever the machine's zone.
    first = next(i for i, r in enumerate(page.model.rows) if r.application_no == numbers[0])
    assert page.model.index(first, 7).data().endswith(" 09:00:00")
    with qtbot.waitSignal(page.loaded):
        page.category_combo.setCurrentIndex(page.category_combo.findData("large_family"))
    wanted = [(r.priority_number, r.application_no) for r in expected if r.category == "large_family"]
    assert [(r.priority_number, r.application_no) for r in page.model.rows] == wanted
    page.category_combo.setCurrentIndex(0)
    target = expected[4]
    page.search_edit.setText(target.child_iin)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    assert [(r.application_no, r.priority_number) for r in page.model.rows] == [(target.application_no, 5)]
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, 1))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    card = page.last_card
    assert isinstance(card, ApplicationCardDialog)
    assert card.card is not None
    assert card.card.application_no == target.application_no
    assert target.application_no in numbers
