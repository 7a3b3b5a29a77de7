"""The Free places page on a real database: filters, publish with field errors, recall, bulletins."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from app.domain import local_time
from tests.db.distribution_helpers import add_org, lift_the_august_freeze, publish, status_of
from tests.ui.distribution_data import issue_referrals, supervisor_context, two_places_three_applications
from tests.ui.ts_catalogue import translation
from ui.messages import message_text
from ui.page_context import PageContext
from ui.places import PlacesPage, acts
from ui.places.bulletin_panel import BulletinPanel
from ui.row_table import select_where


def make_page(qtbot: QtBot, context: PageContext) -> PlacesPage:
    page = PlacesPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def codes(page: PlacesPage) -> list[str]:
    return [row.place_code for row in page.model.rows]


def place_status(page: PlacesPage, code: str) -> str:
    page.status_combo.setCurrentIndex(0)
    return next(row.status for row in page.model.rows if row.place_code == code)


def test_the_table_lists_places_and_filters_by_status_and_kindergarten(
    qtbot: QtBot, qtmodeltester: ModelTester, context: PageContext
) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
        add_org(session, "BB-2")
        publish(session, "P-1")
        publish(session, "P-2", org_code="BB-2")
    page = make_page(qtbot, context)
    assert codes(page) == ["P-1", "P-2"]
    qtmodeltester.check(page.model)
    page.org_combo.setCurrentIndex(page.org_combo.findData("BB-2"))
    assert codes(page) == ["P-2"]
    page.status_combo.setCurrentIndex(page.status_combo.findData("recalled"))
    assert codes(page) == []
    assert page.table.model().columnCount() == 12


def test_publish_marks_a_bad_value_at_its_field_then_publishes(qtbot: QtBot, context: PageContext) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
    clerks = make_page(qtbot, context)
    assert not clerks.publish_button.isEnabled()
    assert clerks.open_publish() is None  # Ctrl+N too: free places are a supervisor's
    page = make_page(qtbot, supervisor_context(context))
    dialog = page.open_publish()
    assert dialog is not None
    dialog.birth_year.setValue(1995)
    dialog.enrollment_mode.setCurrentIndex(dialog.enrollment_mode.findData("temporary"))
    dialog.has_stay_until.setChecked(False)
    dialog.submit()
    assert dialog.errors["birth_year"].code == "place.birth_year"
    assert dialog.errors["stay_until"].code == "place.stay_until_required"
    assert dialog.errors["birth_year"].isVisibleTo(dialog)
    assert dialog.errors["language"].code is None
    assert codes(page) == []
    dialog.birth_year.setValue(local_time.today().year - 3)
    assert dialog.errors["birth_year"].code is None  # re-checked as the value changes
    dialog.has_stay_until.setChecked(True)
    start = local_time.today()
    dialog.stay_until.setDate(QDate(start.year + 1, start.month, 1))
    with qtbot.waitSignal(page.changed):
        dialog.submit()
    assert len(page.model.rows) == 1
    row = page.model.rows[0]
    assert (row.org_code, row.enrollment_mode, row.status) == ("BB-1", "temporary", "published")
    assert row.place_code.startswith(f"BB-1-{start.year - 3}-")


def test_a_taken_place_code_is_marked_at_the_code_field(qtbot: QtBot, context: PageContext) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
        publish(session, "P-1")
    page = make_page(qtbot, supervisor_context(context))
    dialog = page.open_publish()
    assert dialog is not None
    qtbot.keyClicks(dialog.place_code, "P-1")
    qtbot.keyClick(dialog.place_code, Qt.Key.Key_Return)  # Enter submits, as everywhere in a dialog
    assert dialog.errors["place_code"].code == "place.code_taken"
    assert dialog.isVisible()
    assert codes(page) == ["P-1"]


def test_recall_needs_a_reason_and_is_refused_while_a_referral_holds_the_place(
    qtbot: QtBot, context: PageContext
) -> None:
    two_places_three_applications(context.db)
    issue_referrals(context.db)
    with context.db.transaction() as session:
        publish(session, "P-3")
    clerks = make_page(qtbot, context)
    clerks.status_combo.setCurrentIndex(0)
    assert select_where(clerks.table, lambda row: row.place_code == "P-1")
    assert not clerks.recall_button.isEnabled()
    page = make_page(qtbot, supervisor_context(context))
    page.status_combo.setCurrentIndex(0)
    assert select_where(page.table, lambda row: row.place_code == "P-1")
    dialog = page.ask_recall()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setText("group closed")
    dialog.ok_button.click()
    assert page.last_error is not None
    assert page.last_error.code == "place.held"
    # Refused: the dialog stays open with the reason typed, and says why.
    assert dialog.isVisible()
    assert dialog.edit.text() == "group closed"
    assert dialog.error.text() == message_text(page.last_error)
    dialog.reject()
    assert place_status(page, "P-1") == "referred"
    assert select_where(page.table, lambda row: row.place_code == "P-3")
    recall = page.ask_recall()
    assert recall is not None
    recall.edit.setText("group closed")
    recall.ok_button.click()
    assert not recall.isVisible()
    assert page.last_error is None
    assert place_status(page, "P-3") == "recalled"


def test_a_supervisor_refers_a_place_by_hand_and_a_refusal_keeps_what_was_typed(
    qtbot: QtBot, context: PageContext
) -> None:
    numbers = two_places_three_applications(context.db)
    with context.db.transaction() as session:
        lift_the_august_freeze(session)
    clerks_page = make_page(qtbot, context)
    assert select_where(clerks_page.table, lambda row: row.place_code == "P-1")
    assert not clerks_page.refer_button.isEnabled()
    page = make_page(qtbot, supervisor_context(context))
    assert select_where(page.table, lambda row: row.place_code == "P-1")
    dialog = page.ask_refer()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    dialog.number_edit.setText(numbers[1])  # taught in Russian; P-1 is a Kazakh group
    dialog.reason_edit.setText("court order No. 2-117")
    dialog.ok_button.click()
    assert dialog.last_error is not None
    assert dialog.last_error.code == "referral.ineligible"
    assert dialog.isVisible()
    assert dialog.banner.text() == (
        f"Application {numbers[1]} may not get place P-1: Another language of education."
    )
    assert dialog.reason_edit.text() == "court order No. 2-117"
    dialog.number_edit.setText(numbers[2])  # the third in the queue: by hand, not by the rules' order
    with qtbot.waitSignal(dialog.saved) as issued:
        dialog.ok_button.click()
    referral = issued.args[0]
    assert (referral.application_no, referral.place_code) == (numbers[2], "P-1")
    assert referral.reason == "court order No. 2-117"
    assert status_of(context.db, numbers[2]) == "referred"
    assert codes(page) == ["P-2"]
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert referral.referral_no in box.text()
    box.close()


def test_bulletin_preview_and_export(qtbot: QtBot, context: PageContext, tmp_path: Path) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
        publish(session, "P-1")
    panel = BulletinPanel(context)
    qtbot.addWidget(panel)
    panel.show_previews = False
    panel.day.setDate(QDate(2026, 12, 1))
    panel.kind.setCurrentIndex(panel.kind.findData("vacant"))
    with qtbot.waitSignal(panel.document_ready) as ready:
        panel.make_pdf()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(ready.args[0])).pages)
    assert "P-1" in text
    target = tmp_path / "vacant.xlsx"
    with qtbot.waitSignal(panel.exported) as exported:
        panel.export_to(target)
    assert exported.args[0] == target
    assert target.stat().st_size > 0


def test_the_page_follows_the_language(qtbot: QtBot, context: PageContext) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
        publish(session, "P-1")
    page = make_page(qtbot, context)
    header = page.table.model().headerData(1, Qt.Orientation.Horizontal)
    context.translations.apply("kk")
    expected = translation("kk", "PlacesPage", "&Publish place… (Ctrl+N)")
    qtbot.waitUntil(lambda: page.publish_button.text() == expected)
    assert page.table.model().headerData(1, Qt.Orientation.Horizontal) == translation(
        "kk", "Columns", "Kindergarten"
    )
    assert header != translation("kk", "Columns", "Kindergarten")
    assert page.model.index(0, 10).data() == translation("kk", "Codes", "Free")


def test_the_places_register_is_read_a_page_at_a_time_and_counted_in_full(
    qtbot: QtBot, context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    with context.db.transaction() as session:
        add_org(session, "BB-1")
        for code in ("P-1", "P-2", "P-3"):
            publish(session, code)
    monkeypatch.setattr(acts, "PAGE", 2)
    page = PlacesPage(context)
    qtbot.addWidget(page)
    assert codes(page) == ["P-1", "P-2"]
    assert page.count_label.text() == "Places: 3"
    page.show()  # the table reads on until its rows fill the view
    qtbot.waitUntil(lambda: codes(page) == ["P-1", "P-2", "P-3"])
    assert not page.model.canFetchMore()
