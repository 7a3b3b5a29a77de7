"""The Referrals and Enrolment pages on a real database: print, extend once, decline, enrol."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.db.models import Referral
from app.domain import local_time
from app.domain.check_code import REFERRAL, qr_payload, read_check_code
from app.services import outbox, referrals
from tests.db.distribution_helpers import SUPERVISOR, status_of
from tests.ui.distribution_data import issue_referrals, two_places_three_applications
from tests.ui.message_boxes import open_box
from ui.intake.local_format import format_date
from ui.messages import message_text
from ui.notifications import NotificationsView
from ui.notifications import acts as notification_acts
from ui.page_context import PageContext
from ui.pdf_render import PdfPages
from ui.referrals import ReferralsPage, acts, enrolment_page
from ui.referrals.dialogs import EnrolDialog
from ui.row_table import ALERT_BRUSH, select_where


def make_page(qtbot: QtBot, page: ReferralsPage) -> ReferralsPage:
    qtbot.addWidget(page)
    page.show_previews = False
    page.show()
    return page


def row_of(page: ReferralsPage, number: str) -> object:
    return next(row for row in page.model.rows if row.referral_no == number)


def test_print_and_extend_once(qtbot: QtBot, context: PageContext) -> None:
    numbers = two_places_three_applications(context.db)
    first, second = issue_referrals(context.db)
    page = make_page(qtbot, ReferralsPage(context))
    assert {row.referral_no for row in page.model.rows} == {first, second}
    assert select_where(page.table, lambda row: row.referral_no == first)
    with qtbot.waitSignal(page.document_ready, timeout=20000) as ready:
        page.print_button.click()
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(ready.args[0])).pages)
    assert first in text
    assert numbers[0] in text

    before = row_of(page, first).valid_until
    dialog = page.ask_extend()
    assert dialog is not None
    assert dialog.days.maximum() == context.profile.extension_max_days
    dialog.days.setValue(10)
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
    after = row_of(page, first)
    assert (after.valid_until - before).days == 10
    assert after.extensions == 1
    assert select_where(page.table, lambda row: row.referral_no == first)
    again = page.ask_extend()
    assert again is not None
    again.days.setValue(5)
    again.ok_button.click()
    assert page.last_error is not None
    assert page.last_error.code == "referral.extension_used"
    # Refused: the dialog stays open with what was typed, and says why.
    assert again.isVisible()
    assert again.days.value() == 5
    assert again.error.isVisibleTo(again)
    assert again.error.text() == message_text(page.last_error)
    assert row_of(page, first).extensions == 1
    again.reject()


def test_decline_returns_the_application_to_the_queue(qtbot: QtBot, context: PageContext) -> None:
    numbers = two_places_three_applications(context.db)
    first, _second = issue_referrals(context.db)
    page = make_page(qtbot, ReferralsPage(context))
    assert select_where(page.table, lambda row: row.referral_no == first)
    with qtbot.waitSignal(page.changed):
        page.decline_button.click()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()
    assert first not in {row.referral_no for row in page.model.rows}
    assert status_of(context.db, numbers[0]) == "queued"
    page.status_combo.setCurrentIndex(page.status_combo.findData("declined"))
    assert [row.referral_no for row in page.model.rows] == [first]
    assert not page.decline_button.isEnabled()


def test_a_refused_act_reads_the_rows_again(qtbot: QtBot, context: PageContext) -> None:
    two_places_three_applications(context.db)
    first, second = issue_referrals(context.db)
    page = make_page(qtbot, ReferralsPage(context))
    # Another desk records the applicant's refusal while this page still lists the referral as live.
    with context.db.transaction() as session:
        referrals.decline(session, SUPERVISOR, first)
    assert first in {row.referral_no for row in page.model.rows}
    assert not page.decline(first)
    assert page.last_error is not None
    assert page.last_error.code == "referral.not_live"
    assert [row.referral_no for row in page.model.rows] == [second]
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.text() == message_text(page.last_error)
    box.close()


def test_a_long_register_is_read_a_page_at_a_time_and_counted_in_full(
    qtbot: QtBot, context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    two_places_three_applications(context.db)
    issued = issue_referrals(context.db)
    monkeypatch.setattr(acts, "PAGE", 1)
    page = ReferralsPage(context)
    qtbot.addWidget(page)
    page.show_previews = False
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "Referrals: 2"
    page.show()  # the table reads on until its rows fill the view
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(row.referral_no for row in page.model.rows) == sorted(issued)
    assert not page.model.canFetchMore()


def test_enrolment_page_lists_live_referrals_and_enrols(qtbot: QtBot, context: PageContext) -> None:
    numbers = two_places_three_applications(context.db)
    first, second = issue_referrals(context.db)
    page = make_page(qtbot, enrolment_page(context))
    assert page.enrolment
    assert not page.extend_button.isVisibleTo(page)
    assert not page.status_combo.isVisibleTo(page)
    assert {row.referral_no for row in page.model.rows} == {first, second}
    assert select_where(page.table, lambda row: row.referral_no == second)
    dialog = page.ask_enrol()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    dialog.contract_no.setText("Д-17/2026")
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
    assert [row.referral_no for row in page.model.rows] == [first]
    assert status_of(context.db, numbers[2]) == "archived"
    # A date before the referral was issued is refused; the contract number typed is not lost.
    assert select_where(page.table, lambda row: row.referral_no == first)
    dialog = page.ask_enrol()
    assert dialog is not None
    dialog.enrolled_on.setDate(QDate(2000, 1, 1))
    dialog.contract_no.setText("Д-18")
    dialog.ok_button.click()
    assert page.last_error is not None
    assert page.last_error.code == "enrolment.before_issue"
    assert dialog.isVisible()
    assert dialog.contract_no.text() == "Д-18"
    assert dialog.error.text() == message_text(page.last_error)
    assert format_date(date(2000, 1, 1)) in dialog.error.text()  # as the screen writes dates, not ISO
    assert status_of(context.db, numbers[0]) == "referred"
    today = local_time.today()
    dialog.enrolled_on.setDate(QDate(today.year, today.month, today.day))
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.model.rows == []
    assert status_of(context.db, numbers[0]) == "archived"


def test_the_enrolment_desk_finds_a_referral_by_its_number_or_its_qr(
    qtbot: QtBot, context: PageContext
) -> None:
    numbers = two_places_three_applications(context.db)
    first, second = issue_referrals(context.db)
    page = make_page(qtbot, enrolment_page(context))
    assert page.find_edit.isVisibleTo(page)
    assert page.count_label.text() == "Referrals: 2"
    # Typed in lower case: one found, selected, and Enter on it opens the enrolment.
    qtbot.keyClicks(page.find_edit, second.lower())
    qtbot.keyClick(page.find_edit, Qt.Key.Key_Return)
    assert [row.referral_no for row in page.model.rows] == [second]
    assert page.count_label.text() == "Referrals: 1"
    selected = page.selected()
    assert selected is not None
    assert selected.referral_no == second
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert isinstance(page.dialog, EnrolDialog)
    page.dialog.reject()
    page.find_edit.setText(numbers[2])  # the application's number finds its referral
    page.find()
    assert [row.referral_no for row in page.model.rows] == [second]
    page.find_edit.clear()  # emptied: every referral again
    assert page.count_label.text() == "Referrals: 2"

    # The printed referral's QR, as a scanner types it: found, and its check code matches the journal.
    with context.db.reading() as session:
        digest = referrals.referral_data(session, first).journal_hash
    page.find_edit.setText(qr_payload(REFERRAL, first, digest))
    page.find()
    assert [row.referral_no for row in page.model.rows] == [first]
    assert QApplication.activeModalWidget() is None
    # A code copied onto another referral's printout (or typed over) is found, and the desk is warned.
    page.find_edit.setText(qr_payload(REFERRAL, second, digest))
    page.find()
    assert [row.referral_no for row in page.model.rows] == [second]
    box = open_box(qtbot)
    assert second in box.text()
    assert box.windowTitle() == "Check code does not match"
    box.close()
    page.find_edit.setText(qr_payload("notification", numbers[0], digest))
    page.find()
    assert open_box(qtbot).windowTitle() == "Not a referral"
    open_box(qtbot).close()


def test_the_qr_printed_on_a_referral_finds_it_and_checks_as_genuine(
    qtbot: QtBot, context: PageContext
) -> None:
    """Paper to desk: the code read off the printed page, as a scanner reads it, is the referral's own."""
    two_places_three_applications(context.db)
    first, second = issue_referrals(context.db)
    pages = PdfPages(acts.referral_pdf(context.db, second))
    try:
        image = pages.image(0, dpi=150).convertToFormat(QImage.Format.Format_Grayscale8)
    finally:
        pages.close()
    pixels = zxingcpp.ImageView(
        memoryview(image.constBits()),
        image.width(),
        image.height(),
        zxingcpp.ImageFormat.Lum,
        image.bytesPerLine(),
    )
    codes = [code.text for code in zxingcpp.read_barcodes(pixels)]
    assert len(codes) == 1
    assert codes[0].startswith(f"KEZEK|referral|{second}|")
    page = make_page(qtbot, enrolment_page(context))
    page.find_edit.setText(codes[0])
    page.find()
    assert [row.referral_no for row in page.model.rows] == [second]
    assert QApplication.activeModalWidget() is None  # genuine: no warning
    code = read_check_code(codes[0])
    assert code is not None
    assert acts.genuine(context.db, code)
    assert not acts.genuine(context.db, code._replace(number=first))


def test_a_print_channel_notice_is_printed_from_the_outbox(qtbot: QtBot, context: PageContext) -> None:
    two_places_three_applications(context.db)
    issue_referrals(context.db)
    view = NotificationsView(context)
    qtbot.addWidget(view)
    view.show_previews = False
    view.channel_combo.setCurrentIndex(view.channel_combo.findData("print"))
    view.status_combo.setCurrentIndex(view.status_combo.findData("pending"))
    waiting = [row for row in view.model.rows if row.event == "referral_issued"]
    assert len(waiting) == 2
    assert select_where(view.table, lambda row: row.id == waiting[0].id)
    with qtbot.waitSignal(view.printed, timeout=20000) as printed:
        view.print_button.click()
    result = printed.args[0]
    assert result.row is not None
    assert result.row.status == "printed"
    assert PdfReader(io.BytesIO(result.pdf)).pages
    assert waiting[0].id not in {row.id for row in view.model.rows}


def test_the_outbox_is_read_a_page_at_a_time_and_counted_in_full(
    qtbot: QtBot, context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    two_places_three_applications(context.db)
    issue_referrals(context.db)
    with context.db.reading() as session:
        everything = outbox.list_notifications(session, limit=1000)
    assert len(everything) > 2
    monkeypatch.setattr(notification_acts, "PAGE", 2)
    view = NotificationsView(context)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2
    assert view.count_label.text() == f"Messages: {len(everything)}"
    view.show()  # the table reads on until its rows fill the view
    qtbot.waitUntil(lambda: view.model.rowCount() == len(everything))
    assert [row.id for row in view.model.rows] == [row.id for row in everything]


def test_the_outbox_narrows_to_the_applications_found(qtbot: QtBot, context: PageContext) -> None:
    numbers = two_places_three_applications(context.db)
    issue_referrals(context.db)
    with context.db.reading() as session:
        everything = outbox.list_notifications(session, limit=1000)
    view = NotificationsView(context)
    qtbot.addWidget(view)
    view.find_edit.setText(numbers[0])
    view.find_edit.submitted.emit()
    mine = [row.id for row in everything if row.application_no == numbers[0]]
    # Queued, then given a referral: two messages, and the count says so.
    assert len(mine) == 2
    assert [row.id for row in view.model.rows] == mine
    assert view.count_label.text() == "Messages: 2"
    view.find_edit.setText("Смирнов")
    view.find_edit.submitted.emit()
    assert view.model.rows == []
    assert view.count_label.text() == "Messages: 0"
    view.find_edit.clear()
    assert view.count_label.text() == f"Messages: {len(everything)}"


def test_a_live_referral_on_or_past_its_last_valid_day_stands_out(qtbot: QtBot, context: PageContext) -> None:
    two_places_three_applications(context.db)
    first, second = issue_referrals(context.db)
    today = local_time.today()

    def last_valid_day(number: str, day: date) -> None:
        with context.db.transaction() as session:
            session.execute(update(Referral).where(Referral.referral_no == number).values(valid_until=day))

    last_valid_day(first, today)
    page = make_page(qtbot, ReferralsPage(context))
    titles = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    column = titles.index("Valid until")

    def cell(number: str) -> QModelIndex:
        return page.model.index(
            next(i for i, row in enumerate(page.model.rows) if row.referral_no == number), column
        )

    assert cell(first).data(Qt.ItemDataRole.ForegroundRole) == ALERT_BRUSH
    assert cell(first).data(Qt.ItemDataRole.FontRole).bold()
    assert cell(first).data(Qt.ItemDataRole.ToolTipRole) == "Today is its last valid day"
    assert cell(second).data(Qt.ItemDataRole.ForegroundRole) is None
    assert cell(second).data(Qt.ItemDataRole.FontRole) is None
    assert cell(second).data(Qt.ItemDataRole.ToolTipRole) == ""
    last_valid_day(first, today - timedelta(days=1))  # the daily run has not ended it yet
    page.reload()
    assert cell(first).data(Qt.ItemDataRole.ToolTipRole).startswith("Past its last valid day")
    # Once declined it no longer waits on anyone: nothing to mark, even past the day.
    with context.db.transaction() as session:
        referrals.decline(session, SUPERVISOR, first)
    page.status_combo.setCurrentIndex(page.status_combo.findData(None))
    assert cell(first).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_find_empty_under_its_status_says_what_the_others_hold(qtbot: QtBot, context: PageContext) -> None:
    two_places_three_applications(context.db)
    first, second = issue_referrals(context.db)
    with context.db.transaction() as session:
        referrals.decline(session, SUPERVISOR, first)
    page = make_page(qtbot, enrolment_page(context))
    page.find_edit.setText(first)
    page.find()
    assert page.model.rows == []
    assert page.count_label.text() == "Referrals: 0 (1 found with another status)"
    page.find_edit.setText("AKM-00-REF-2026-999999")
    page.find()
    assert page.count_label.text() == "Referrals: 0"
    page.find_edit.setText(second)  # live: found where it is shown, nothing said of the others
    page.find()
    assert page.count_label.text() == "Referrals: 1"
