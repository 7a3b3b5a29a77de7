"""The Intake page: the Annex 1 form and the checklist, submitted as one act; the receipts register."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import RuleViolation, UserError
from app.services import reference_data
from app.services.intake import Registered
from ui import msgbox
from ui.error_dialog import report_exception
from ui.intake import acts
from ui.intake.checklist import DocumentChecklist
from ui.intake.field_error import readable
from ui.intake.form_values import clear_errors, clear_form, is_dirty, mark_error, read_form
from ui.intake.form_widget import IntakeForm
from ui.intake.receipts_view import ReceiptsView
from ui.messages import message_text
from ui.page_context import PageContext
from ui.pdf_preview import PdfPreviewDialog, preview_pdf
from ui.tasks import run_task


def screen_language(context: PageContext) -> str:
    return context.translations.language or "en"


class IntakePage(QWidget):
    """`document_ready(pdf)` carries every document the page prints; `submitted(outcome)` ends each submit."""

    document_ready = Signal(bytes)
    submitted = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        language = screen_language(context)
        self.form = IntakeForm(context.profile, language)
        self.checklist = DocumentChecklist()
        self.receipts = ReceiptsView(context.db, context.profile, language)
        self.banner, self.open_button = QLabel(), QPushButton()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("color: #b00020; font-weight: bold;")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.submit_button = QPushButton()
        self.last_document: bytes | None = None
        self.last_error: UserError | None = None
        self.last_card: QWidget | None = None
        self.preview: PdfPreviewDialog | None = None
        self.show_previews = True
        self._duplicate_number = ""
        self.tabs = QTabWidget()
        self.tabs.addTab(self._application_tab(), "")
        self.tabs.addTab(self.receipts, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._wire()
        self.reload_reference_data()
        self._category_changed(self.form.category_code())
        self.retranslate()

    def _application_tab(self) -> QWidget:
        self.form.right_column.addWidget(self.checklist)
        self.form.right_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        messages = QVBoxLayout()
        messages.addWidget(self.banner)
        messages.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addLayout(messages, 1)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.submit_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        return tab

    def _wire(self) -> None:
        self.form.category_changed.connect(self._category_changed)
        self.form.locality_changed.connect(self._locality_changed)
        self.submit_button.clicked.connect(self.submit)
        self.open_button.clicked.connect(lambda: self.open_card(self._duplicate_number))
        self.open_button.hide()
        self.receipts.document_ready.connect(self._show_document)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(
                QKeySequence(keys), self, self.submit, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
        QShortcut(
            QKeySequence("Escape"),
            self,
            self.ask_discard,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        for widget in self.form.inputs():
            widget.installEventFilter(self)
        self._chain_tab_order()

    def _chain_tab_order(self) -> None:
        widgets = [*self.form.inputs(), *self.checklist.inputs(), self.submit_button]
        for before, after in itertools.pairwise(widgets):
            QWidget.setTabOrder(before, after)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Enter moves on like Tab, as on the paper form; Ctrl+Enter is left to the submit shortcut.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def reload_reference_data(self) -> None:
        with self.context.db.reading() as session:
            self.form.set_localities(reference_data.localities(session))
        self._locality_changed(self.form.locality.currentText())

    def _locality_changed(self, locality: str) -> None:
        with self.context.db.reading() as session:
            self.form.set_kindergartens(reference_data.kindergartens(session, locality.strip()))

    def _category_changed(self, code: str) -> None:
        self.checklist.set_documents(self.context.profile.required_documents(code), self.form.language)
        self._chain_tab_order()

    def submit(self) -> None:
        """Check what the form alone can tell, then register or refuse in the background."""
        if not self.submit_button.isEnabled():
            return
        self._show_banner(None)
        clear_errors(self.form)
        try:
            form = read_form(self.form)
        except UserError as error:
            self._failed(error)
            return
        self.submit_button.setEnabled(False)
        presented = self.checklist.presented()
        task = run_task(
            lambda _state: acts.submit(self.context.db, self.context.actor, form, presented), self
        )
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self.submit_button.setEnabled(True))

    def _done(self, outcome: acts.Outcome) -> None:
        self._show_document(outcome.pdf)
        if isinstance(outcome.result, Registered):
            self.status.setText(
                self.tr("Registered: application No. {number}.").format(number=outcome.number)
            )
            clear_form(self.form)
            self.checklist.clear()
            self.form.child_iin.setFocus()
        else:
            # The form is kept: the applicant often comes back with the missing paper the same day.
            self.status.setText(
                self.tr("Refused: receipt No. {number} issued.").format(number=outcome.number)
            )
            self.receipts.refresh()
        self.submitted.emit(outcome)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserError):
            report_exception(error, self)
            return
        self.last_error = error
        mark_error(self.form, error)
        self._show_banner(error)
        self.submitted.emit(error)

    def _show_banner(self, error: UserError | None) -> None:
        self.banner.setText(message_text(readable(error)) if error is not None else "")
        self.banner.setVisible(error is not None)
        duplicate = isinstance(error, RuleViolation) and error.code == "application.duplicate"
        self._duplicate_number = str(error.params.get("number", "")) if duplicate and error else ""
        self.open_button.setVisible(duplicate)

    def _show_document(self, pdf: bytes) -> None:
        self.last_document = pdf
        self.document_ready.emit(pdf)
        if self.show_previews:
            self.preview = preview_pdf(pdf, "", self)

    def open_card(self, application_no: str) -> QWidget:
        from ui.application_card import open_card

        self.last_card = open_card(self.context, application_no, self)
        return self.last_card

    def ask_discard(self) -> None:
        if is_dirty(self.form) or self.checklist.any_checked():
            msgbox.question(self, self.tr("Discard"), self.tr("Discard what was typed?"), self._discard)

    def _discard(self, yes: bool) -> None:
        if yes:
            clear_form(self.form)
            self.checklist.clear()
            self._show_banner(None)

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("&Application"))
        self.tabs.setTabText(1, self.tr("&Receipts"))
        self.submit_button.setText(self.tr("&Submit (Ctrl+Enter)"))
        self.open_button.setText(self.tr("&Open application"))
        if self.last_error is not None and self.banner.isVisible():
            self._show_banner(self.last_error)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
