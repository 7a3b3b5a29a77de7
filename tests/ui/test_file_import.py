"""Exchange files imported from the Kindergartens and Free places tabs: written whole, or refused with
every row's problem listed in the screen's language and nothing written."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.db.models import Org, Place
from app.exchange.imports import ORG_COLUMNS, PLACE_COLUMNS
from tests.db.test_imports import org_row, place_row, write_csv, write_xlsx
from tests.ui.distribution_data import supervisor_context
from ui.file_import import ImportProblemsDialog
from ui.page_context import PageContext
from ui.places import PlacesPage
from ui.places.kindergartens_page import KindergartensPage
from ui.tasks import Task

AVAILABLE = date.today().isoformat()


def count(context: PageContext, model: type[Org] | type[Place]) -> int:
    with context.db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def finish(qtbot: QtBot, task: Task) -> None:
    """Until the task has delivered its outcome on the GUI thread."""
    qtbot.waitUntil(lambda: not task.running, timeout=20000)


def test_a_supervisor_imports_kindergartens_then_their_places(
    qtbot: QtBot, context: PageContext, tmp_path: Path
) -> None:
    supervisor = supervisor_context(context)
    kindergartens = KindergartensPage(supervisor)
    qtbot.addWidget(kindergartens)
    orgs = write_csv(tmp_path / "orgs.csv", ORG_COLUMNS, [org_row(1), org_row(2)])
    with qtbot.waitSignal(kindergartens.changed, timeout=20000):
        task = kindergartens.file_import.start(orgs)
    assert not task.running
    assert [row.org_code for row in kindergartens.org_model.rows] == ["DO-001", "DO-002"]
    places = PlacesPage(supervisor)
    qtbot.addWidget(places)
    rows = [place_row(n, available_from=AVAILABLE) for n in (1, 2, 3)]
    workbook = write_xlsx(tmp_path / "places.xlsx", PLACE_COLUMNS, rows)
    with qtbot.waitSignal(places.changed, timeout=20000):
        task = places.file_import.start(workbook)
    assert not task.running
    assert [row.place_code for row in places.model.rows] == ["DO-001-P001", "DO-001-P002", "DO-001-P003"]
    assert places.file_import.last_error is None


def test_a_refused_file_lists_every_problem_in_kazakh_and_writes_nothing(
    qtbot: QtBot, context: PageContext, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="ui.file_import")
    context.translations.apply("kk")
    supervisor = supervisor_context(context)
    kindergartens = KindergartensPage(supervisor)
    qtbot.addWidget(kindergartens)
    task = kindergartens.file_import.start(write_csv(tmp_path / "orgs.csv", ORG_COLUMNS, [org_row(1)]))
    finish(qtbot, task)
    page = PlacesPage(supervisor)
    qtbot.addWidget(page)
    bad = [
        place_row(1, available_from=AVAILABLE),
        place_row(2, org_code="DO-404", available_from="2026-02-30"),
        place_row(1, birth_year="екі", available_from=AVAILABLE),
        place_row(5, language="fr", available_from=AVAILABLE),
    ]
    task = page.file_import.start(write_csv(tmp_path / "places.csv", PLACE_COLUMNS, bad))
    finish(qtbot, task)
    dialog = page.file_import.problems
    assert isinstance(dialog, ImportProblemsDialog)
    assert dialog.isVisible()
    assert count(context, Place) == 0
    assert [(e.row, e.column, e.problem.code) for e in dialog.refusal.errors] == [
        (3, "org_code", "import.unknown_org"),
        (3, "available_from", "import.no_such_date"),
        (4, "place_code", "import.repeated"),
        (4, "birth_year", "import.birth_year"),
        (5, "language", "code.unknown"),
    ]
    assert dialog.windowTitle() == "Файл жүктелмеді"
    assert dialog.summary.text() == "places.csv: ештеңе жүктелмеді; 3 жолда 5 қате бар."
    problems = [dialog.model.columns[2].text(error) for error in dialog.model.rows]
    assert problems == [
        "Белгісіз балабақша DO-404.",
        "2026-02-30 — күнтізбеде жоқ күн.",
        "DO-001-P001 қайталанады (алғаш 2-жолда).",
        "'екі' туған жыл емес.",
        "Белгісіз мән: 'fr' (оқыту тілі).",
    ]
    dialog.copy()
    copied = QApplication.clipboard().text().splitlines()
    assert copied[0] == dialog.summary.text()
    assert copied[1] == "3-жол: org_code: Белгісіз балабақша DO-404."
    assert len(copied) == 6
    assert "row 3: org_code: unknown kindergarten DO-404" in caplog.text  # the log keeps it, in English


def test_a_file_that_is_not_an_exchange_file_is_named_and_writes_nothing(
    qtbot: QtBot, context: PageContext, tmp_path: Path
) -> None:
    context.translations.apply("ru")
    page = KindergartensPage(supervisor_context(context))
    qtbot.addWidget(page)
    wrong = write_csv(tmp_path / "orgs.csv", ["org_code", "name"], [{"org_code": "DO-1", "name": "Сад"}])
    task = page.file_import.start(wrong)
    finish(qtbot, task)
    error = page.file_import.last_error
    assert error is not None
    assert error.code == "exchange.header"
    assert page.file_import.problems is None
    assert count(context, Org) == 0


def test_a_cancel_leaves_the_screen_and_the_database_agreeing(
    qtbot: QtBot, context: PageContext, tmp_path: Path
) -> None:
    """Cancelled while the rows are checked, nothing is written; too late (writing), the import is shown."""
    page = KindergartensPage(supervisor_context(context))
    qtbot.addWidget(page)
    rows = [org_row(number) for number in range(1, 6001)]
    task = page.file_import.start(write_csv(tmp_path / "orgs.csv", ORG_COLUMNS, rows))
    task.progressed.connect(lambda *_: task.cancel())
    finish(qtbot, task)
    written = count(context, Org)
    assert written in (0, len(rows))
    assert len(page.org_model.rows) == written
    assert page.file_import.problems is None


def test_only_a_supervisor_imports_and_the_button_asks_for_a_file(qtbot: QtBot, context: PageContext) -> None:
    clerks = PlacesPage(context)
    qtbot.addWidget(clerks)
    assert not clerks.import_button.isEnabled()
    assert clerks.ask_import() is None
    page = KindergartensPage(supervisor_context(context))
    qtbot.addWidget(page)
    chooser = page.ask_import()
    assert isinstance(chooser, QFileDialog)
    assert chooser.fileMode() == QFileDialog.FileMode.ExistingFile
    assert "*.xlsx" in chooser.nameFilters()[0]
    chooser.reject()
