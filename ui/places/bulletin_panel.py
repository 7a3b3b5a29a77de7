"""The daily bulletins of vacant and recalled places: pick a day and kind, preview the PDF or export xlsx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import local_time
from app.errors import UserError
from ui.date_field import date_edit, date_of
from ui.documents import ask_save
from ui.error_dialog import report_exception
from ui.intake.codes import label
from ui.messages import show_error
from ui.page_context import PageContext
from ui.pdf_preview import PdfPreviewDialog, preview_pdf
from ui.places import acts
from ui.places.codes import BULLETIN_KINDS, DOCUMENT_LANGUAGES, document_language
from ui.tasks import run_task


class BulletinPanel(QWidget):
    """`document_ready(pdf)` for each preview; `exported(path)` for each workbook written."""

    document_ready = Signal(bytes)
    exported = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.show_previews = True
        self.last_document: bytes | None = None
        self.last_error: UserError | None = None
        self.preview: PdfPreviewDialog | None = None
        today = local_time.today()
        self.day = date_edit(today)
        self.kind, self.language = QComboBox(), QComboBox()
        for kind in BULLETIN_KINDS:
            self.kind.addItem("", kind)
        for code in DOCUMENT_LANGUAGES:
            self.language.addItem("", code)
        screen = context.translations.language or "en"
        self.language.setCurrentIndex(self.language.findData(document_language(screen)))
        self.day_label, self.kind_label, self.language_label = QLabel(), QLabel(), QLabel()
        self.day_label.setBuddy(self.day)
        self.kind_label.setBuddy(self.kind)
        self.language_label.setBuddy(self.language)
        self.preview_button, self.export_button = QPushButton(), QPushButton()
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.make_pdf)
        self.export_button.clicked.connect(self.ask_export)
        form = QFormLayout()
        form.addRow(self.day_label, self.day)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.language_label, self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.day_label.setText(self.tr("&Day:"))
        self.kind_label.setText(self.tr("&Bulletin:"))
        self.language_label.setText(self.tr("Document &language:"))
        for combo, names in ((self.kind, BULLETIN_KINDS), (self.language, DOCUMENT_LANGUAGES)):
            for index in range(combo.count()):
                combo.setItemText(index, label(names, combo.itemData(index)))
        self.preview_button.setText(self.tr("&Preview PDF"))
        self.export_button.setText(self.tr("&Export xlsx…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choice(self) -> tuple[date, str, str]:
        return date_of(self.day), str(self.kind.currentData()), str(self.language.currentData())

    def make_pdf(self) -> None:
        day, kind, language = self._choice()
        self.preview_button.setEnabled(False)
        task = run_task(lambda _s: acts.bulletin_pdf(self.context.db, day, kind, language), self)
        task.succeeded.connect(self._show_pdf)
        task.failed.connect(self._failed)
        task.finished.connect(lambda: self.preview_button.setEnabled(True))

    def _show_pdf(self, pdf: bytes) -> None:
        self.last_document = pdf
        self.document_ready.emit(pdf)
        if self.show_previews:
            self.preview = preview_pdf(pdf, "", self)

    def ask_export(self) -> None:
        day, kind, _language = self._choice()
        ask_save(
            self,
            self.tr("Export bulletin"),
            f"bulletin-{kind}-{day.isoformat()}.xlsx",
            self.tr("Excel workbooks (*.xlsx)"),
            self.export_to,
        )

    def export_to(self, path: Path) -> None:
        day, kind, language = self._choice()
        task = run_task(lambda _s: acts.bulletin_xlsx(self.context.db, day, kind, language, path), self)
        task.succeeded.connect(self.exported.emit)
        task.failed.connect(self._failed)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.last_error = error
            show_error(self, error)
        else:
            report_exception(error, self)


class BulletinDialog(QDialog):
    """The panel in a small non-modal window, opened from the Free places page."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.panel = BulletinPanel(context)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Bulletins of places"))
