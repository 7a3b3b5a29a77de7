"""The Distribution page: a dry run shown as a plan with reasons, then the referrals issued; the protocol."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.errors import UserError
from app.services import distribution, referral_issue
from app.services.distribution import PlanResult, PlanRow
from reports import distribution_protocol as protocol
from ui import msgbox
from ui.date_field import date_edit, date_of
from ui.distribution import acts
from ui.distribution.columns import passed_over_columns, plan_columns
from ui.documents import ask_save
from ui.error_dialog import report_exception
from ui.messages import show_error
from ui.page_context import PageContext
from ui.pdf_preview import PdfPreviewDialog, preview_pdf
from ui.places.codes import document_language
from ui.progress_dialog import relay_progress, run_with_progress
from ui.row_table import RowTableModel, make_table, selected_row
from ui.tasks import Task, TaskState


class DistributionPage(QWidget):
    """`planned(result)` after a dry run or a run; `failed(error)` when refused; documents as signals."""

    planned = Signal(object)
    document_ready = Signal(bytes)
    exported = Signal(object)
    failed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.language = context.translations.language or "en"
        self.result: PlanResult | None = None
        self.last_error: UserError | None = None
        self.last_document: bytes | None = None
        self.preview: PdfPreviewDialog | None = None
        self.show_previews = True
        self.task: Task | None = None
        self.title, self.as_of_label, self.summary, self.detail_title = QLabel(), QLabel(), QLabel(), QLabel()
        self.title.setObjectName("pageTitle")
        today = local_time.today()
        self.as_of = date_edit(today)
        self.as_of_label.setBuddy(self.as_of)
        self.dry_run_button, self.issue_button = QPushButton(), QPushButton()
        self.protocol_button, self.export_button = QPushButton(), QPushButton()
        self.model = RowTableModel(plan_columns(self.language), self)
        self.table = make_table(self.model, {1: 200})
        self.passed_model = RowTableModel(passed_over_columns(), self)
        self.passed_table = make_table(self.passed_model)
        self._build()
        self._update_buttons()
        self.retranslate()

    def _build(self) -> None:
        self.dry_run_button.setDefault(True)
        self.dry_run_button.clicked.connect(self.start_dry_run)
        self.issue_button.clicked.connect(self.ask_issue)
        self.protocol_button.clicked.connect(self.make_protocol)
        self.export_button.clicked.connect(self.ask_export)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_detail())
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.as_of_label)
        top.addWidget(self.as_of)
        for button in (self.dry_run_button, self.issue_button, self.protocol_button, self.export_button):
            top.addWidget(button)
        top.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.passed_table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def as_of_day(self) -> date:
        return date_of(self.as_of)

    def _busy(self, busy: bool) -> None:
        for button in (self.dry_run_button, self.issue_button, self.protocol_button, self.export_button):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()

    def _update_buttons(self) -> None:
        result = self.result
        self.issue_button.setEnabled(
            result is not None
            and result.dry_run
            and result.awarded > 0
            and self.context.actor.may("supervisor")
        )
        self.protocol_button.setEnabled(result is not None)
        self.export_button.setEnabled(result is not None)

    def _run(
        self,
        label: str,
        work: Callable[[TaskState], Any],
        on_success: Callable[[Any], None],
        cancellable: bool = True,
    ) -> Task:
        self._busy(True)
        task, dialog = run_with_progress(self, label, work)
        if not cancellable:
            # Issuing commits in one transaction that cannot be stopped halfway; a Cancel would only lie.
            dialog.setCancelButton(None)
        task.succeeded.connect(on_success)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self._busy(False))
        self.task = task
        return task

    def _step_texts(self) -> dict[str, str]:
        """The run's steps, worded in the page's language (made here, on the GUI thread)."""
        return {
            referral_issue.READING_QUEUES: self.tr("Reading the queues and giving their places"),
            distribution.PLANNING: self.tr("Setting out the plan in publication order"),
            referral_issue.CLAIMING: self.tr("Claiming the applications"),
            referral_issue.WRITING: self.tr("Writing the referrals, messages and journal"),
            protocol.PDF_STEP: self.tr("Laying out the protocol, place by place"),
            protocol.XLSX_STEP: self.tr("Writing the protocol, place by place"),
        }

    def start_dry_run(self, as_of: date | None = None) -> Task:
        """distribution.plan in the background (as of the day in the field, unless given): reads only,
        issues nothing, moves no cycle."""
        as_of, steps = as_of or self.as_of_day(), self._step_texts()
        return self._run(
            self.tr("Planning the distribution…"),
            lambda state: acts.dry_run(self.context.db, as_of, relay_progress(state, steps)),
            self._show_result,
        )

    def ask_issue(self) -> None:
        if self.result is None or not self.result.dry_run:
            return
        text = self.tr(
            "Issue {n} referrals as of {date}? The applications get notified and the places are held."
        ).format(n=self.result.awarded, date=self.as_of.text())
        msgbox.question(self, self.tr("Issue referrals"), text, self._confirmed)

    def _confirmed(self, yes: bool) -> None:
        if yes:
            self.issue()

    def issue(self) -> Task | None:
        """The referrals of the plan on screen, as shown (its day, even if the date field was touched
        since); if the data changed so that places would go otherwise, the dry run is made again."""
        reviewed = self.result
        if reviewed is None or not reviewed.dry_run:
            return None
        actor, steps = self.context.actor, self._step_texts()
        return self._run(
            self.tr("Issuing referrals…"),
            lambda state: acts.issue(self.context.db, actor, reviewed, relay_progress(state, steps)),
            self._show_result,
            cancellable=False,
        )

    def _show_result(self, result: PlanResult) -> None:
        self.result = result
        self.last_error = None
        self.model.set_rows(result.rows)
        self.passed_model.set_rows([])
        if result.rows:
            self.table.selectRow(0)
        self._update_summary()
        self._update_buttons()
        self.planned.emit(result)

    def _update_summary(self) -> None:
        result = self.result
        if result is None:
            self.summary.setText(
                self.tr("Choose the day and make a dry run: nothing is issued until you confirm.")
            )
            return
        template = (
            self.tr(
                "Dry run as of {date}: {awarded} of {total} places would be given. Nothing is issued yet."
            )
            if result.dry_run
            else self.tr("Issued as of {date}: {awarded} referrals for {total} places.")
        )
        day = QDate(result.as_of.year, result.as_of.month, result.as_of.day)
        self.summary.setText(
            template.format(
                date=self.as_of.locale().toString(day, self.as_of.displayFormat()),
                awarded=result.awarded,
                total=len(result.rows),
            )
        )

    def selected(self) -> PlanRow | None:
        row: PlanRow | None = selected_row(self.table)
        return row

    def _show_detail(self) -> None:
        row = self.selected()
        self.passed_model.set_rows(list(row.passed_over) if row is not None else [])
        self._update_detail_title()

    def _update_detail_title(self) -> None:
        row = self.selected()
        if row is None:
            self.detail_title.setText(self.tr("Select a place to see who was passed over and why."))
            return
        self.detail_title.setText(
            self.tr(
                "Place {place}: {n} applications ahead were passed over; cycle {before} → {after}."
            ).format(
                place=row.place_code, n=len(row.passed_over), before=row.cycle_before, after=row.cycle_after
            )
        )

    def _doc_language(self) -> str:
        return document_language(self.context.translations.language or "en")

    def make_protocol(self) -> Task | None:
        result = self.result
        if result is None:
            return None
        employee, language, steps = self.context.actor.full_name, self._doc_language(), self._step_texts()
        return self._run(
            self.tr("Making the protocol…"),
            lambda state: acts.protocol_pdf(
                self.context.db, result, employee, language, relay_progress(state, steps)
            ),
            self._show_pdf,
        )

    def _show_pdf(self, pdf: bytes) -> None:
        self.last_document = pdf
        self.document_ready.emit(pdf)
        if self.show_previews:
            self.preview = preview_pdf(pdf, "", self)

    def ask_export(self) -> None:
        if self.result is None:
            return
        name = f"distribution-{self.result.as_of.isoformat()}{'-dry' if self.result.dry_run else ''}.xlsx"
        ask_save(self, self.tr("Export protocol"), name, self.tr("Excel workbooks (*.xlsx)"), self.export_to)

    def export_to(self, path: Path) -> Task | None:
        result = self.result
        if result is None:
            return None
        employee, language, steps = self.context.actor.full_name, self._doc_language(), self._step_texts()
        return self._run(
            self.tr("Exporting the protocol…"),
            lambda state: acts.protocol_xlsx(
                self.context.db, result, employee, language, path, relay_progress(state, steps)
            ),
            self.exported.emit,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.last_error = error
            box = show_error(self, error)
            if error.code == "distribution.plan_changed" and self.result is not None:
                # The plan on screen no longer holds: nothing to issue until the new one is seen.
                as_of = self.result.as_of
                self.result = None
                self.model.set_rows([])
                self._show_detail()
                self._update_summary()
                box.finished.connect(lambda _result: self.start_dry_run(as_of))
        else:
            report_exception(error, self)
        self.failed.emit(error)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Distribution of free places"))
        self.as_of_label.setText(self.tr("&As of:"))
        self.dry_run_button.setText(self.tr("&Dry run"))
        self.issue_button.setText(self.tr("&Issue referrals…"))
        self.protocol_button.setText(self.tr("&Protocol"))
        self.export_button.setText(self.tr("&Export xlsx…"))
        self.issue_button.setToolTip(self.tr("Needs the supervisor role and a dry run that gives places."))
        self._update_summary()
        self._update_detail_title()
        self.model.retranslate()
        self.passed_model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
