"""The application card: data and explanation, reprint, withdrawal with its confirmation, corrections."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from app.errors import RuleViolation
from app.services import application_card, places, referrals
from tests.db.distribution_helpers import CLERK, SUPERVISOR, publish
from tests.ui.distribution_data import as_of_today, issue_referrals, two_places_three_applications
from tests.ui.intake_data import add_orgs, register_many
from ui.application_card import ApplicationCardDialog, open_card
from ui.application_card_dialogs import CorrectionDialog, WithdrawDialog
from ui.intake.local_format import format_date
from ui.page_context import PageContext


def pdf_text(data: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages))


def make_card(qtbot: QtBot, context: PageContext, number: str) -> ApplicationCardDialog:
    card = open_card(context, number)
    qtbot.addWidget(card)
    card.show_previews = False
    return card


def shown(card: ApplicationCardDialog) -> list[tuple[str, str]]:
    """The card's data rows as they are on screen: caption, value."""
    form = card.data

    def text(row: int, role: QFormLayout.ItemRole) -> str:
        label = form.itemAt(row, role).widget()
        assert isinstance(label, QLabel)
        return label.text()

    return [
        (text(row, QFormLayout.ItemRole.LabelRole), text(row, QFormLayout.ItemRole.FieldRole))
        for row in range(form.rowCount())
    ]


def ok(dialog: WithdrawDialog | CorrectionDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_card_shows_the_data_and_why_the_number(qtbot: QtBot, context: PageContext) -> None:
    numbers = register_many(context.db, 7)
    card = make_card(qtbot, context, numbers[3])
    assert card.card is not None
    position = card.card.position
    assert position is not None
    assert position.priority_number == position.e_ahead + position.f_ahead + position.g_ahead + 1
    assert position.e_ahead == 1  # the military application registered later is still ahead
    assert str(position.e_ahead) in card.position.text()
    assert card.card.child.full_name == "Нұрғалиев Әлихан Қуанышұлы"
    assert [entry.action for entry in card.card.history] == ["application.register"]
    assert [d.code for d in card.card.documents] == ["applicant_identity", "application", "birth_certificate"]
    with qtbot.waitSignal(card.document_ready) as blocker:
        qtbot.mouseClick(card.reprint_button, Qt.MouseButton.LeftButton)
    assert numbers[3] in pdf_text(blocker.args[0])


def test_withdrawal_prints_the_confirmation_and_archives(qtbot: QtBot, context: PageContext) -> None:
    numbers = register_many(context.db, 3)
    card = make_card(qtbot, context, numbers[1])
    qtbot.mouseClick(card.withdraw_button, Qt.MouseButton.LeftButton)
    dialog = card.dialog
    assert isinstance(dialog, WithdrawDialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("withdrawn"))
    dialog.note.setPlainText("Ата-анасы басқа қалаға көшті")
    with qtbot.waitSignal(card.document_ready) as blocker:
        ok(dialog)
    text = pdf_text(blocker.args[0])
    assert numbers[1] in text
    assert "Нұрғалиев Әлихан Қуанышұлы" in text
    assert card.card is not None
    assert card.card.status == "archived"
    assert card.card.position is None
    assert [e.action for e in card.card.history] == ["application.register", "application.archive"]
    assert not card.withdraw_button.isEnabled()


def test_correction_is_saved_and_journaled_and_a_refusal_keeps_the_dialog(
    qtbot: QtBot, context: PageContext
) -> None:
    add_orgs(context.db)
    numbers = register_many(context.db, 1)
    card = make_card(qtbot, context, numbers[0])
    qtbot.mouseClick(card.correct_button, Qt.MouseButton.LeftButton)
    dialog = card.dialog
    assert isinstance(dialog, CorrectionDialog)
    ok(dialog)
    assert dialog.last_error is not None
    assert dialog.last_error.code == "correction.nothing_changed"
    assert dialog.error.isVisibleTo(dialog)
    dialog.edits["phone"].setText("+7 705 111 22 33")
    dialog.edits["email"].setText("not-an-address")
    ok(dialog)
    assert dialog.last_error is not None
    assert dialog.last_error.code == "contact.bad_email"
    assert dialog.edits["phone"].text() == "+7 705 111 22 33"
    dialog.edits["email"].setText("gulnur@example.kz")
    dialog.kindergartens.combos[0].setCurrentIndex(dialog.kindergartens.combos[0].findData("KSH-002"))
    with qtbot.waitSignal(card.changed):
        ok(dialog)
    assert card.card is not None
    assert (card.card.phone, card.card.email, card.card.preferred_orgs) == (
        "+7 705 111 22 33",
        "gulnur@example.kz",
        ("KSH-002",),
    )
    entry = card.card.history[-1]
    assert entry.action == "application.correct"
    assert entry.payload["before"] == {"phone": "", "email": "", "preferred_orgs": []}
    assert entry.payload["after"]["preferred_orgs"] == ["KSH-002"]


@pytest.mark.parametrize("field", ["child_iin", "child_birth_date", "category"])
def test_identity_and_category_are_not_corrections(context: PageContext, field: str) -> None:
    numbers = register_many(context.db, 1)
    with pytest.raises(RuleViolation) as raised, context.db.transaction() as session:
        application_card.correct(session, context.actor, numbers[0], {field: "x"})
    assert raised.value.code == "correction.not_allowed"


def test_card_shows_a_stop_list_suspension_and_a_temporary_stay(qtbot: QtBot, context: PageContext) -> None:
    numbers = two_places_three_applications(context.db)
    stay_ends = as_of_today() + timedelta(days=90)
    with context.db.transaction() as session:
        places.recall_place(session, SUPERVISOR, "P-2", "group closed")
        publish(session, "P-T", mode="temporary", stay_until=stay_ends)
    temporary = issue_referrals(context.db)[1]  # P-1 goes to the first application, P-T to the third
    with context.db.transaction() as session:
        referrals.enrol(session, CLERK, temporary, as_of_today(), "D-17")
        referrals.expire_due(session, SUPERVISOR, as_of_today() + timedelta(days=60))
    suspended = make_card(qtbot, context, numbers[0])
    assert suspended.card is not None
    assert suspended.card.status == "stop_listed"
    assert [caption for caption, _ in shown(suspended)][:2] == ["Status:", "On the stop list until:"]
    staying = make_card(qtbot, context, numbers[2])
    assert staying.card is not None
    assert staying.card.status == "queued"
    rows = dict(shown(staying))
    assert rows["Temporary stay until:"] == format_date(stay_ends)
    assert "On the stop list until:" not in rows
