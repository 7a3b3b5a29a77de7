"""The Distribution page on a real database: dry run, issued referrals, protocol, and the August freeze."""

from __future__ import annotations

import io
import threading
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.db.models import Referral
from tests.db.distribution_helpers import dump, register, status_of
from tests.ui.distribution_data import as_of_today, supervisor_context, two_places_three_applications
from tests.ui.message_boxes import answer_yes, open_box
from tests.ui.ts_catalogue import translation
from ui.distribution import DistributionPage, acts
from ui.messages import MESSAGES
from ui.page_context import PageContext
from ui.progress_dialog import relay_progress
from ui.tasks import Cancelled, TaskState, _Relay


def make_page(qtbot: QtBot, context: PageContext, as_of: date) -> DistributionPage:
    page = DistributionPage(context)
    qtbot.addWidget(page)
    page.show_previews = False
    page.as_of.setDate(QDate(as_of.year, as_of.month, as_of.day))
    page.show()
    return page


def test_dry_run_then_issue_then_protocol(qtbot: QtBot, context: PageContext, tmp_path: Path) -> None:
    numbers = two_places_three_applications(context.db)
    page = make_page(qtbot, supervisor_context(context), as_of_today())
    assert not page.issue_button.isEnabled()
    before = dump(context.db)
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.dry_run_button.click()
    result = page.result
    assert result is not None
    assert result.dry_run
    assert [(r.place_code, r.application_no, r.referral_no) for r in page.model.rows] == [
        ("P-1", numbers[0], None),
        ("P-2", numbers[2], None),
    ]
    assert dump(context.db) == before  # a dry run writes nothing
    page.table.selectRow(1)
    passed = page.passed_model.rows
    assert [(p.candidate.application_no, p.reason) for p in passed] == [(numbers[1], "language")]
    assert page.passed_table.model().index(0, 3).data() != ""

    assert page.issue_button.isEnabled()
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.issue_button.click()
        answer_yes(qtbot)
    issued = [r.referral_no for r in page.model.rows]
    assert all(issued)
    assert page.model.index(0, 7).data() == issued[0]
    assert not page.issue_button.isEnabled()
    with context.db.reading() as session:
        stored = set(session.scalars(select(Referral.referral_no)))
    assert stored == set(issued)
    assert status_of(context.db, numbers[0]) == "referred"
    assert status_of(context.db, numbers[1]) == "queued"

    with qtbot.waitSignal(page.document_ready, timeout=20000) as ready:
        page.protocol_button.click()
    reader = PdfReader(io.BytesIO(ready.args[0]))
    text = " ".join(p.extract_text() for p in reader.pages)
    for value in (*issued, numbers[0], numbers[2], "P-1", "P-2"):
        assert value in text
    target = tmp_path / "protocol.xlsx"
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_to(target)
    cells = {str(c) for row in load_workbook(target).active.iter_rows(values_only=True) for c in row}
    assert set(issued) <= cells


def test_the_progress_dialog_names_each_step_in_the_users_language(
    qtbot: QtBot, context: PageContext
) -> None:
    two_places_three_applications(context.db)
    context.translations.apply("kk")
    page = make_page(qtbot, supervisor_context(context), as_of_today())
    reports: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(page.planned, timeout=20000):
        task = page.start_dry_run()
        task.progressed.connect(lambda *report: reports.append(report))
    reading = translation("kk", "DistributionPage", "Reading the queues and giving their places")
    setting_out = translation("kk", "DistributionPage", "Setting out the plan in publication order")
    assert reports == [(0, 1, reading), (1, 1, reading), (0, 2, setting_out), (2, 2, setting_out)]


def test_the_protocol_export_reports_its_places_in_the_users_language(
    qtbot: QtBot, context: PageContext, tmp_path: Path
) -> None:
    two_places_three_applications(context.db)
    context.translations.apply("kk")
    page = make_page(qtbot, supervisor_context(context), as_of_today())
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.start_dry_run()
    reports: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(page.exported, timeout=20000):
        task = page.export_to(tmp_path / "protocol.xlsx")
        assert task is not None
        task.progressed.connect(lambda *report: reports.append(report))
    writing = translation("kk", "DistributionPage", "Writing the protocol, place by place")
    assert reports == [(2, 2, writing)]
    assert page.dry_run_button.isEnabled()


def test_a_cancelled_export_stops_at_its_next_report_and_keeps_the_earlier_file(
    qtbot: QtBot, context: PageContext, tmp_path: Path
) -> None:
    two_places_three_applications(context.db)
    page = make_page(qtbot, supervisor_context(context), as_of_today())
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.start_dry_run()
    assert page.result is not None
    folder = tmp_path / "protocols"
    folder.mkdir()
    target = folder / "protocol.xlsx"
    target.write_bytes(b"last month's protocol")
    relay = _Relay()
    emitted: list[tuple[int, int, str]] = []
    relay.progressed.connect(lambda *report: emitted.append(report))
    stop = threading.Event()
    stop.set()
    cancelled = relay_progress(TaskState(relay, stop), {})
    with pytest.raises(Cancelled):
        acts.protocol_xlsx(context.db, page.result, "Supervisor", "kk", target, cancelled)
    assert target.read_bytes() == b"last month's protocol"
    assert [path.name for path in folder.iterdir()] == ["protocol.xlsx"]
    assert emitted == []


def test_a_clerk_may_dry_run_but_not_issue(qtbot: QtBot, context: PageContext) -> None:
    two_places_three_applications(context.db)
    page = make_page(qtbot, context, as_of_today())
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.start_dry_run()
    assert page.result is not None
    assert page.result.awarded == 2
    assert not page.issue_button.isEnabled()
    assert page.protocol_button.isEnabled()


def test_august_is_refused_with_the_translated_message(qtbot: QtBot, context: PageContext) -> None:
    two_places_three_applications(context.db)
    context.translations.apply("kk")
    page = make_page(qtbot, supervisor_context(context), date(2027, 8, 16))
    with qtbot.waitSignal(page.failed, timeout=20000):
        page.start_dry_run()
    assert page.last_error is not None
    assert page.last_error.code == "distribution.frozen"
    assert page.result is None
    box = open_box(qtbot)
    kazakh = translation("kk", "Messages", MESSAGES["distribution.frozen"])
    assert box.text() == kazakh.format(date="16.08.2027")  # the date as a Kazakh screen writes it
    box.close()


def test_a_plan_overtaken_by_an_act_is_not_issued_but_made_again_for_review(
    qtbot: QtBot, context: PageContext
) -> None:
    numbers = two_places_three_applications(context.db)
    context.translations.apply("ru")
    page = make_page(qtbot, supervisor_context(context), as_of_today())
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.start_dry_run()
    # A clerk registers an earlier-dated application in Kazakh while the supervisor reads the plan.
    with context.db.transaction() as session:
        first = register(session, "2026-11-01T09:00:00+05:00")
    before = dump(context.db)
    with qtbot.waitSignal(page.failed, timeout=20000):
        page.issue_button.click()
        answer_yes(qtbot)
    assert page.last_error is not None
    assert page.last_error.code == "distribution.plan_changed"
    assert dump(context.db) == before
    assert page.result is None
    assert not page.issue_button.isEnabled()
    assert page.passed_model.rowCount() == 0
    assert page.detail_title.text() == translation(
        "ru", "DistributionPage", "Select a place to see who was passed over and why."
    )
    box = open_box(qtbot)
    russian = translation("ru", "Messages", MESSAGES["distribution.plan_changed"])
    assert box.text() == russian.format(changed="2", total="2")
    with qtbot.waitSignal(page.planned, timeout=20000):
        box.button(QMessageBox.StandardButton.Ok).click()
    assert page.result is not None
    assert page.result.dry_run
    assert [(r.place_code, r.application_no) for r in page.model.rows] == [
        ("P-1", first),
        ("P-2", numbers[0]),
    ]
    with qtbot.waitSignal(page.planned, timeout=20000):
        page.issue_button.click()
        answer_yes(qtbot)
    assert not page.result.dry_run
    assert status_of(context.db, first) == status_of(context.db, numbers[0]) == "referred"
    assert status_of(context.db, numbers[2]) == "queued"
