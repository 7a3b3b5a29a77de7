"""Importing an exchange file from a screen (DESIGN §9), as `kezek import` does: the whole file checked,
then written in one transaction with a progress bar; a Cancel, or any bad row, leaves the database as it
was. A refused file opens the list of every problem of every row, in the screen's language."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.errors import UserError
from app.exchange import common, imports
from app.services.actors import Actor
from app.services.session import Database
from ui.documents import ask_open
from ui.error_dialog import report_exception
from ui.messages import message_text
from ui.progress_dialog import relay_progress, run_with_progress
from ui.row_table import Column, RowTableModel, make_table
from ui.tasks import Task, TaskState

log = logging.getLogger(__name__)


def _problem_columns() -> list[Column]:
    return [
        Column(QT_TRANSLATE_NOOP("Columns", "Row"), lambda e: str(e.row), lambda e: e.row, numeric=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Column"), lambda e: e.column),
        Column(
            QT_TRANSLATE_NOOP("Columns", "Problem"),
            lambda e: message_text(e.problem),
            tooltip=lambda e: message_text(e.problem),
        ),
    ]


class ImportProblemsDialog(QDialog):
    """Why a file was refused: the summary, then a row per problem (row, column, the problem in words)."""

    def __init__(self, rejected: imports.ImportRejected, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.refusal = rejected
        self.setWindowTitle(self.tr("The file was not imported"))
        self.summary = QLabel(message_text(rejected))
        self.summary.setWordWrap(True)
        self.model = RowTableModel(_problem_columns(), self)
        self.model.set_rows(rejected.errors)
        self.table = make_table(self.model, {0: 60, 1: 150, 2: 520})
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("&Copy the list"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self.copy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 420)

    def text(self) -> str:
        """The list as lines of text, as the clipboard gets it: the summary, then one line per problem."""
        lines = [self.summary.text()]
        lines += [
            self.tr("row {row}: {column}: {problem}").format(
                row=error.row, column=error.column, problem=message_text(error.problem)
            )
            for error in self.refusal.errors
        ]
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


class FileImport(QObject):
    """One import started from a page: `on_imported(result)` runs on the GUI thread once it is written;
    a refusal is shown (`problems` holds the list dialog) and `last_error` keeps it."""

    def __init__(
        self,
        parent: QWidget,
        db: Database,
        actor: Actor,
        kind: imports.ImportKind,
        on_imported: Callable[[imports.ImportResult], None],
    ) -> None:
        super().__init__(parent)
        self.page, self.db, self.actor, self.kind = parent, db, actor, kind
        self.on_imported = on_imported
        self.task: Task | None = None
        self.problems: ImportProblemsDialog | None = None
        self.last_error: UserError | None = None

    def ask(self, title: str) -> QWidget:
        """Choose the file, then import it."""
        return ask_open(self.page, title, self.tr("Exchange files (*.csv *.xlsx)"), self.start)

    def start(self, path: Path) -> Task:
        importer = imports.IMPORTERS[self.kind]
        steps = {common.CHECKING: self.tr("Checking every row"), common.WRITING: self.tr("Writing the rows")}
        # A Cancel stops the check; once the rows are being written it comes too late, and the task, which
        # then drops the result, must not hide that the file was imported.
        written: list[imports.ImportResult] = []

        def work(state: TaskState) -> imports.ImportResult:
            with self.db.transaction() as session:
                result = importer(session, self.actor, path, progress=relay_progress(state, steps))
            written.append(result)
            return result

        def cancelled() -> None:
            if written:
                self._imported(written[0])

        label = self.tr("Importing {file}…").format(file=path.name)
        task, _dialog = run_with_progress(self.page, label, work)
        task.succeeded.connect(self._imported)
        task.failed.connect(self._failed)
        task.cancelled.connect(cancelled)
        self.task = task
        return task

    def _imported(self, result: imports.ImportResult) -> None:
        self.last_error = None
        self.on_imported(result)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.last_error = error
        if isinstance(error, imports.ImportRejected):
            log.info("import refused: %s\n%s", error.text(), "\n".join(str(row) for row in error.errors))
            self.problems = ImportProblemsDialog(error, self.page)
            self.problems.open()
        else:
            report_exception(error, self.page)
