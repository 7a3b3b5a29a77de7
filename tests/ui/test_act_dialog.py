"""Act dialogs act on OK and close only when the act went through: a refusal or a bug keeps what was typed."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.errors import RuleViolation, UserError
from ui.messages import message_text
from ui.reason_dialog import ReasonDialog


def open_dialog(qtbot: QtBot, on_submit: Callable[[str], UserError | None]) -> ReasonDialog:
    dialog = ReasonDialog("Recall place P-1", "Why?", on_submit)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.edit.setText("  group closed  ")
    return dialog


def test_the_dialog_closes_once_the_act_went_through(qtbot: QtBot) -> None:
    given: list[str] = []

    def act(reason: str) -> UserError | None:
        given.append(reason)
        return None

    dialog = open_dialog(qtbot, act)
    dialog.ok_button.click()
    assert given == ["group closed"]
    assert not dialog.isVisible()


def test_a_refusal_is_shown_and_the_text_kept(qtbot: QtBot) -> None:
    refusal = RuleViolation(
        "place.held",
        "place {place} is held by referral {referral}",
        place="P-1",
        referral="AKM-07-REF-2026-000047",
    )
    dialog = open_dialog(qtbot, lambda _reason: refusal)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.last_error is refusal
    assert dialog.error.isVisibleTo(dialog)
    assert dialog.error.text() == message_text(refusal)
    assert dialog.edit.text() == "  group closed  "
    # The dialog grows to show every line of the wrapped refusal.
    label = dialog.error
    qtbot.waitUntil(
        lambda: label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    )


def test_a_bug_is_reported_and_the_dialog_stays_open(qtbot: QtBot) -> None:
    def act(_reason: str) -> UserError | None:
        raise RuntimeError("the disk said no")

    dialog = open_dialog(qtbot, act)
    with qtbot.capture_exceptions() as raised:
        dialog.ok_button.click()
    assert [str(error) for _kind, error, _tb in raised] == ["the disk said no"]
    assert dialog.isVisible()
    assert dialog.edit.text() == "  group closed  "
