"""The intake screen driven through its widgets: IIN as you type, register, refuse, duplicates, keyboard."""

from __future__ import annotations

import io
import re
from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.services import intake
from app.services.intake import Refused, Registered
from tests.db.intake_helpers import documents, form, iin_for
from tests.ui.intake_data import LOCALITY, add_orgs, fill, submit
from ui.application_card import ApplicationCardDialog
from ui.intake.acts import Outcome
from ui.intake.page import IntakePage
from ui.page_context import PageContext


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def make_page(qtbot: QtBot, context: PageContext) -> IntakePage:
    page = IntakePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    return page


def test_iin_is_checked_as_typed_and_fills_birth_date_and_sex(qtbot: QtBot, context: PageContext) -> None:
    page = make_page(qtbot, context)
    field = page.form.child_iin
    qtbot.keyClicks(field.edit, "2313")
    assert field.error_code == "iin.date"
    assert field.error.isVisibleTo(page)
    assert field.edit.toolTip() == field.error.text() != ""
    field.edit.clear()
    assert field.error_code is None
    valid = iin_for(date(2023, 5, 17), "F")
    wrong = valid[:11] + str((int(valid[11]) + 1) % 10)
    qtbot.keyClicks(field.edit, wrong[:11])
    assert field.error_code is None
    qtbot.keyClicks(field.edit, wrong[11])
    assert field.error_code == "iin.check_digit"
    field.edit.clear()
    qtbot.keyClicks(field.edit, valid)
    assert field.error_code is None
    assert not field.error.isVisibleTo(page)
    assert page.form.birth_date.date().toPython() == date(2023, 5, 17)
    assert page.form.sex.currentData() == "F"
    qtbot.keyClicks(page.form.applicant_iin.edit, "12a")
    assert page.form.applicant_iin.error_code == "iin.not_digits"


def test_complete_intake_prints_the_notification_and_clears(
    qtbot: QtBot, context: PageContext, translations: object
) -> None:
    context.translations.apply("kk")
    add_orgs(context.db)
    page = make_page(qtbot, context)
    fill(qtbot, page, iin_for(date(2023, 5, 17)), iin_for(date(1990, 3, 8), "F"))
    page.form.kindergartens.combos[0].setCurrentIndex(2)
    outcome = submit(qtbot, page)
    assert isinstance(outcome, Outcome)
    assert isinstance(outcome.result, Registered)
    text = pdf_text(page.last_document or b"")
    assert "Нұрғалиев Әлихан Қуанышұлы" in text
    assert outcome.number in text
    assert re.search(r"Кезектілік нөмірі 1\b", text)
    assert page.preview is not None
    assert page.preview.page_count() >= 1
    assert page.form.child_last.text() == ""
    assert page.form.locality.currentText() == LOCALITY
    assert not page.checklist.any_checked()


def test_incomplete_package_prints_a_receipt_of_exactly_the_missing_documents(
    qtbot: QtBot, context: PageContext
) -> None:
    page = make_page(qtbot, context)
    page.show_previews = False
    fill(
        qtbot,
        page,
        iin_for(date(2022, 1, 9)),
        iin_for(date(1988, 7, 1), "F"),
        category="orphan",
        documents=("application", "birth_certificate"),
    )
    page.form.doc_language.setCurrentIndex(page.form.doc_language.findData("ru"))
    outcome = submit(qtbot, page)
    assert isinstance(outcome, Outcome)
    assert isinstance(outcome.result, Refused)
    assert [p.code for p in outcome.result.problems] == ["applicant_identity", "guardianship_decision"]
    text = pdf_text(page.last_document or b"")
    assert "Документ, удостоверяющий личность заявителя" in text
    assert "Решение органа опеки и попечительства" in text
    assert "Свидетельство о рождении ребенка" not in text
    assert page.form.child_last.text() == "Нұрғалиев"
    assert [r.receipt_no for r in page.receipts.rows] == [outcome.number]
    assert page.receipts.table.rowCount() == 1


def test_duplicate_child_names_the_existing_number_and_opens_its_card(
    qtbot: QtBot, context: PageContext
) -> None:
    child = iin_for(date(2023, 2, 2))
    with context.db.transaction() as session:
        first = intake.submit(session, context.actor, form(date(2023, 2, 2), child_iin=child), documents())
    assert isinstance(first, Registered)
    page = make_page(qtbot, context)
    page.show_previews = False
    fill(qtbot, page, child, iin_for(date(1991, 1, 1), "F"))
    error = submit(qtbot, page)
    assert getattr(error, "code", None) == "application.duplicate"
    assert first.application_no in page.banner.text()
    assert page.form.child_iin.error_code == "application.duplicate"
    assert page.open_button.isVisibleTo(page)
    assert page.form.child_last.text() == "Нұрғалиев"
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    card = page.last_card
    assert isinstance(card, ApplicationCardDialog)
    assert card.card is not None
    assert card.card.application_no == first.application_no


def test_a_missing_name_is_marked_at_its_field_and_nothing_is_lost(
    qtbot: QtBot, context: PageContext
) -> None:
    page = make_page(qtbot, context)
    fill(qtbot, page, iin_for(date(2023, 6, 1)), iin_for(date(1992, 1, 1)))
    page.form.applicant_last.clear()
    error = submit(qtbot, page)
    assert getattr(error, "code", None) == "field.required"
    assert page.form.errors["applicant_last_name"].code == "field.required"
    assert page.form.errors["applicant_last_name"].isVisibleTo(page)
    assert page.form.child_first.text() == "Әлихан"
    assert page.checklist.boxes["application"].isChecked()


def test_enter_advances_and_escape_asks_before_discarding(qtbot: QtBot, context: PageContext) -> None:
    page = make_page(qtbot, context)
    page.form.child_last.setFocus()
    qtbot.keyClick(page.form.child_last, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is page.form.child_first
    qtbot.keyClick(page.form.child_first, Qt.Key.Key_Escape)
    assert not page.findChildren(QMessageBox)
    qtbot.keyClicks(page.form.child_first, "Alikhan")
    qtbot.keyClick(page.form.child_first, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(page.findChildren(QMessageBox)))
    box = page.findChildren(QMessageBox)[0]
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    assert page.form.child_first.text() == ""
