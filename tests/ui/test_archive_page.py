"""The Stop list & archive page on a real database: both registers, and restoring from the archive."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.services import archive, referrals
from tests.db.distribution_helpers import CLERK, SUPERVISOR, status_of
from tests.ui.distribution_data import (
    as_of_today,
    issue_referrals,
    supervisor_context,
    two_places_three_applications,
)
from ui.archive import ArchivePage, acts
from ui.page_context import PageContext
from ui.row_table import select_where


def make_page(qtbot: QtBot, context: PageContext) -> ArchivePage:
    page = ArchivePage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def one_archived_two_stopped(context: PageContext) -> list[str]:
    """Three applications: the second withdrawn to the archive, the other two given referrals that then
    expire (stop list); their numbers."""
    numbers = two_places_three_applications(context.db)
    issue_referrals(context.db)
    with context.db.transaction() as session:
        archive.withdraw(session, CLERK, numbers[1], "withdrawn", "moved away")
        referrals.expire_due(session, SUPERVISOR, as_of_today() + timedelta(days=60))
    return numbers


def test_registers_and_restore(qtbot: QtBot, context: PageContext) -> None:
    numbers = one_archived_two_stopped(context)
    page = make_page(qtbot, supervisor_context(context))
    stopped = {row.application_no for row in page.stop_model.rows}
    assert stopped == {numbers[0], numbers[2]}
    first = page.stop_model.rows[0]
    assert first.reason == "referral_unused"
    assert first.referral_no is not None
    reason = page.stop_table.model().index(0, 2)
    assert first.referral_no in reason.data()
    # The column is narrower than the worded reason: the whole of it shows on hover.
    assert reason.data(Qt.ItemDataRole.ToolTipRole) == reason.data()
    assert [(row.application_no, row.reason) for row in page.archive_model.rows] == [
        (numbers[1], "withdrawn")
    ]
    # Withdrawn by the clerk, a user of this database: Who gives the full name, the login on hover.
    who = page.archive_table.model().index(0, 4)
    assert (who.data(), who.data(Qt.ItemDataRole.ToolTipRole)) == (context.actor.full_name, CLERK.username)
    page.tabs.setCurrentIndex(1)
    assert not page.restore_button.isEnabled()
    assert select_where(page.archive_table, lambda row: row.application_no == numbers[1])
    assert page.restore_button.isEnabled()
    dialog = page.ask_restore()
    assert dialog is not None
    assert not dialog.ok_button.isEnabled()
    dialog.edit.setText("withdrawn by mistake")
    with qtbot.waitSignal(page.restored):
        dialog.ok_button.click()
    assert page.archive_model.rows == []
    assert status_of(context.db, numbers[1]) == "queued"
    page.show_restored.setChecked(True)
    assert [row.restored_by for row in page.archive_model.rows] == [SUPERVISOR.username]


def test_a_clerk_cannot_restore(qtbot: QtBot, context: PageContext) -> None:
    numbers = two_places_three_applications(context.db)
    with context.db.transaction() as session:
        archive.withdraw(session, CLERK, numbers[1], "duplicate")
    page = make_page(qtbot, context)
    assert select_where(page.archive_table, lambda row: row.application_no == numbers[1])
    assert not page.restore_button.isEnabled()
    refusal = page.restore(numbers[1], "because")
    assert refusal is not None
    assert refusal.code == "auth.forbidden"
    assert page.last_error is refusal
    assert status_of(context.db, numbers[1]) == "archived"


def test_f5_reads_the_registers_again(qtbot: QtBot, context: PageContext) -> None:
    numbers = two_places_three_applications(context.db)
    page = make_page(qtbot, context)
    assert page.archive_model.rows == []
    assert page.refresh_button.text().endswith("(F5)")
    # Another workstation archives an application while the page is open.
    with context.db.transaction() as session:
        archive.withdraw(session, CLERK, numbers[1], "duplicate")
    page.tabs.setCurrentIndex(1)
    page.activateWindow()
    page.archive_table.setFocus()
    qtbot.waitUntil(page.archive_table.hasFocus)
    qtbot.keyClick(page.archive_table, Qt.Key.Key_F5)
    assert [row.application_no for row in page.archive_model.rows] == [numbers[1]]


def test_the_archive_is_read_a_page_at_a_time(
    qtbot: QtBot, context: PageContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    numbers = two_places_three_applications(context.db)
    with context.db.transaction() as session:
        for number in numbers:
            archive.withdraw(session, CLERK, number, "duplicate")
    monkeypatch.setattr(acts, "PAGE", 2)
    page = ArchivePage(context)
    qtbot.addWidget(page)
    assert page.archive_model.rowCount() == 2
    page.show()
    page.tabs.setCurrentIndex(1)  # the archive's table reads on until its rows fill the view
    qtbot.waitUntil(lambda: page.archive_model.rowCount() == len(numbers))
    assert sorted(row.application_no for row in page.archive_model.rows) == sorted(numbers)
    assert not page.archive_model.canFetchMore()


def test_both_registers_narrow_to_what_is_found(qtbot: QtBot, context: PageContext) -> None:
    numbers = one_archived_two_stopped(context)
    page = make_page(qtbot, context)
    withdrawn_iin = page.archive_model.rows[0].child_iin
    with qtbot.waitActive(page):
        page.activateWindow()
    page.stop_table.setFocus()
    assert not page.find_edit.hasFocus()
    qtbot.keyClick(page.stop_table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.find_edit.hasFocus()
    qtbot.keyClicks(page.find_edit, numbers[2])
    qtbot.keyClick(page.find_edit, Qt.Key.Key_Return)
    assert [row.application_no for row in page.stop_model.rows] == [numbers[2]]
    assert page.archive_model.rows == []
    page.find_edit.setText(withdrawn_iin)
    page.find_edit.submitted.emit()
    assert page.stop_model.rows == []
    assert [row.application_no for row in page.archive_model.rows] == [numbers[1]]
    page.find_edit.setText("әлихан")  # every child here is Нұрғалиев Әлихан: found in any case
    page.find_edit.submitted.emit()
    assert len(page.stop_model.rows) == 2
    assert len(page.archive_model.rows) == 1
    page.find_edit.setText("Смирнов")
    page.find_edit.submitted.emit()
    assert page.stop_model.rows == page.archive_model.rows == []
    page.find_edit.clear()  # emptied: both registers whole again
    assert {row.application_no for row in page.stop_model.rows} == {numbers[0], numbers[2]}
    assert [row.application_no for row in page.archive_model.rows] == [numbers[1]]
