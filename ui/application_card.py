"""The application card: all its data, the reasons for its number, its history; reprint, withdraw, correct."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.errors import UserError
from app.services import application_card, reference_data
from app.services.application_card import ApplicationCard
from ui.application_card_dialogs import CorrectionDialog, WithdrawDialog
from ui.intake import acts, codes
from ui.intake.local_format import format_date, format_moment
from ui.messages import show_error
from ui.page_context import PageContext
from ui.pdf_preview import PdfPreviewDialog, preview_pdf
from ui.position_text import explain

WAITING = ("queued", "stop_listed")


class ApplicationCardDialog(QDialog):
    """Non-modal; `document_ready(pdf)` for every printed document, `changed()` after an act."""

    document_ready = Signal(bytes)
    changed = Signal()

    def __init__(self, context: PageContext, application_no: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context, self.application_no = context, application_no
        self.language = context.translations.language or "en"
        self.card: ApplicationCard | None = None
        self._org_names: dict[str, str] = {}
        self.last_document: bytes | None = None
        self.preview: PdfPreviewDialog | None = None
        self.dialog: QDialog | None = None
        self.show_previews = True
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.data = QFormLayout()
        self.documents = QListWidget()
        self.position = QLabel()
        self.position.setWordWrap(True)
        self.position.setMargin(12)
        self.position.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history = QTableWidget(0, 4)
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().hide()
        self.tabs = QTabWidget()
        data_tab = QWidget()
        data_tab.setLayout(self.data)
        for tab in (data_tab, self.documents, self.position, self.history):
            self.tabs.addTab(tab, "")
        self.reprint_button, self.withdraw_button = QPushButton(), QPushButton()
        self.correct_button, self.close_button = QPushButton(), QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        self.withdraw_button.clicked.connect(self.ask_withdraw)
        self.correct_button.clicked.connect(self.ask_correct)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.reprint_button, self.withdraw_button, self.correct_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(760, 620)
        self.retranslate()

    def load(self) -> None:
        with self.context.db.reading() as session:
            self.card = application_card.card(session, self.application_no)
            kindergartens = reference_data.kindergartens(session, self.card.locality)
        self._org_names = {k.org_code: k.name(self.language) for k in kindergartens}
        self._render()

    def _category(self, code: str) -> str:
        return self.context.profile.category(code).name(self.language)

    def _render(self) -> None:
        card = self.card
        if card is None:
            return
        self.title.setText(self.tr("Application No. {number}").format(number=card.application_no))
        while self.data.rowCount():
            self.data.removeRow(0)
        for caption, value in self._rows(card):
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.data.addRow(caption, label)
        self.documents.clear()
        for document in card.documents:
            name = self.context.profile.document_kind(document.code).name(self.language)
            issued = (
                self.tr(" (issued {date})").format(date=format_date(document.issued_on))
                if document.issued_on
                else ""
            )
            self.documents.addItem(name + issued)
        self.position.setText(
            "\n\n".join(explain(card.position))
            if card.position
            else self.tr("The application is not waiting in the queue.")
        )
        self.history.setRowCount(len(card.history))
        for row, entry in enumerate(card.history):
            values = (
                format_moment(entry.at),
                entry.actor,
                codes.label(codes.ACTIONS, entry.action),
                self._details(entry.payload),
            )
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()
        waiting = card.status in WAITING
        self.reprint_button.setEnabled(waiting)
        self.withdraw_button.setEnabled(waiting)
        self.correct_button.setEnabled(card.status in (*WAITING, "referred"))

    def _rows(self, card: ApplicationCard) -> list[tuple[str, str]]:
        label = codes.label
        sex = label(codes.SEXES, card.child_sex)
        relation = label(codes.RELATIONS, card.applicant_relation)
        wishes = (
            label(codes.LANGUAGES, card.language),
            label(codes.GROUP_TYPES, card.group_type),
            label(codes.WORK_MODES, card.work_mode),
        )
        return [
            (self.tr("Status:"), label(codes.STATUSES, card.status)),
            *self._until_rows(card),
            (self.tr("Priority number:"), str(card.position.priority_number) if card.position else "—"),
            (self.tr("Registered:"), format_moment(card.registered_at)),
            (self.tr("Queue:"), f"{card.locality}, {card.birth_year}"),
            (self.tr("Child:"), f"{card.child.full_name}, {card.child.iin}"),
            (self.tr("Birth date, sex:"), f"{format_date(card.child_birth_date)}, {sex}"),
            (self.tr("Applicant:"), f"{card.applicant.full_name}, {card.applicant.iin}"),
            (self.tr("Relation, ID document:"), f"{relation}, {card.applicant_id_document or '—'}"),
            (self.tr("Phone, e-mail:"), f"{card.phone or '—'}, {card.email or '—'}"),
            (self.tr("Notifications:"), self.tr("agreed") if card.notify_consent else self.tr("not agreed")),
            (self.tr("Category:"), f"{card.list_code}: {self._category(card.category)}"),
            (self.tr("Language, group, mode:"), ", ".join(wishes)),
            (self.tr("Desired start:"), format_date(card.desired_start) or "—"),
            (
                self.tr("Kindergartens:"),
                "\n".join(self._org_names.get(c, c) for c in card.preferred_orgs) or "—",
            ),
            (self.tr("Language of documents:"), label(codes.LANGUAGES, card.doc_language)),
        ]

    def _until_rows(self, card: ApplicationCard) -> list[tuple[str, str]]:
        """A stop-list suspension in force and a temporary stay not yet over, each with its last day."""
        rows = []
        if card.status == "stop_listed" and card.stop_until is not None:
            rows.append((self.tr("On the stop list until:"), format_date(card.stop_until)))
        if card.temporary_until is not None and card.temporary_until >= local_time.today():
            rows.append((self.tr("Temporary stay until:"), format_date(card.temporary_until)))
        return rows

    def _details(self, payload: Mapping[str, object]) -> str:
        after = payload.get("after")
        if isinstance(after, dict):
            before = payload.get("before") if isinstance(payload.get("before"), dict) else {}
            return "; ".join(
                f"{codes.label(codes.FIELDS, f)}: {before.get(f, '')} → {v}"
                for f, v in after.items()  # type: ignore[union-attr]
            )
        reason = payload.get("reason")
        return codes.label(codes.ARCHIVE_REASONS, str(reason)) if reason else ""

    def _show_document(self, pdf: bytes) -> None:
        self.last_document = pdf
        self.document_ready.emit(pdf)
        if self.show_previews:
            self.preview = preview_pdf(pdf, "", self)

    def reprint(self) -> None:
        try:
            pdf = acts.notification_pdf(self.context.db, self.application_no, self.context.actor.full_name)
        except UserError as error:
            show_error(self, error)
            return
        self._show_document(pdf)

    def ask_withdraw(self) -> QDialog:
        self.dialog = WithdrawDialog(self._withdraw, self)
        self.dialog.open()
        return self.dialog

    def _withdraw(self, reason: str, note: str) -> UserError | None:
        try:
            outcome = acts.withdraw(self.context.db, self.context.actor, self.application_no, reason, note)
        except UserError as error:
            return error
        self.load()
        self.changed.emit()
        self._show_document(outcome.pdf)
        return None

    def ask_correct(self) -> QDialog | None:
        if self.card is None:
            return None
        with self.context.db.reading() as session:
            kindergartens = reference_data.kindergartens(session, self.card.locality)
        self.dialog = CorrectionDialog(self.card, kindergartens, self.language, self._correct, self)
        self.dialog.open()
        return self.dialog

    def _correct(self, changes: Mapping[str, object]) -> UserError | None:
        try:
            with self.context.db.transaction() as session:
                self.card = application_card.correct(
                    session, self.context.actor, self.application_no, changes
                )
        except UserError as error:
            return error
        self._render()
        self.changed.emit()
        return None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Application card"))
        for index, text in enumerate(
            (self.tr("&Data"), self.tr("D&ocuments"), self.tr("&Why this number"), self.tr("&History"))
        ):
            self.tabs.setTabText(index, text)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Details")]
        )
        self.reprint_button.setText(self.tr("&Reprint notification"))
        self.withdraw_button.setText(self.tr("W&ithdraw…"))
        self.correct_button.setText(self.tr("&Correct data…"))
        self.close_button.setText(self.tr("Close"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_card(
    context: PageContext, application_no: str, parent: QWidget | None = None
) -> ApplicationCardDialog:
    """Load and show the card without blocking; a missing number is explained instead."""
    dialog = ApplicationCardDialog(context, application_no, parent)
    try:
        dialog.load()
    except UserError as error:
        show_error(parent, error)
    dialog.show()
    return dialog
