"""Previewing a document PDF: a light page viewer with Print preview, Print and Save as PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QIcon, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import documents
from ui.pdf_render import PdfPages, paint_pages, prepare_printer

SCREEN_DPI = 96


class PdfPreviewDialog(QDialog):
    """Non-modal: one list item per page; printing and saving go through non-blocking dialogs."""

    def __init__(self, source: bytes | Path, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = PdfPages(source)
        self._title = title
        self.file_name = source.name if isinstance(source, Path) else "document.pdf"
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        prepare_printer(self.printer, self.pages)
        self.page_list = QListWidget()
        self.page_list.setViewMode(QListView.ViewMode.IconMode)
        self.page_list.setFlow(QListView.Flow.TopToBottom)
        self.page_list.setWrapping(False)
        self.page_list.setMovement(QListView.Movement.Static)
        self.page_list.setSpacing(8)
        for index in range(len(self.pages)):
            pixmap = QPixmap.fromImage(self.pages.image(index, SCREEN_DPI))
            self.page_list.setIconSize(pixmap.size().expandedTo(self.page_list.iconSize()))
            self.page_list.addItem(QListWidgetItem(QIcon(pixmap), ""))
        self.preview_button, self.print_button, self.save_button = QPushButton(), QPushButton(), QPushButton()
        self.preview_button.clicked.connect(self.print_preview)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.ask_save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page_list, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.pages.close())
        self.resize(self.page_list.iconSize().width() + 80, 900)
        self.retranslate()

    def page_count(self) -> int:
        return self.page_list.count()

    def retranslate(self) -> None:
        self.setWindowTitle(self._title or self.tr("Document preview"))
        for index in range(self.page_list.count()):
            self.page_list.item(index).setText(
                self.tr("Page {n} of {total}").format(n=index + 1, total=self.page_count())
            )
        self.preview_button.setText(self.tr("Print pre&view…"))
        self.print_button.setText(self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pages.close()
        super().closeEvent(event)

    def print_preview(self) -> QPrintPreviewDialog:
        dialog = QPrintPreviewDialog(self.printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.paintRequested.connect(lambda printer: paint_pages(self.pages, printer))
        dialog.open()
        return dialog

    def print_document(self) -> QPrintDialog:
        dialog = QPrintDialog(self.printer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: paint_pages(self.pages, self.printer))
        dialog.open()
        return dialog

    def ask_save(self) -> QFileDialog:
        title, name_filter = self.tr("Save as PDF"), self.tr("PDF documents (*.pdf)")
        return documents.ask_save(self, title, self.file_name, name_filter, self.save_to)

    def save_to(self, path: Path) -> None:
        """The PDF exactly as made (not a re-print), so its text and QR code stay as they were."""
        path.write_bytes(self.pages.data)


def preview_pdf(source: bytes | Path, title: str = "", parent: QWidget | None = None) -> PdfPreviewDialog:
    """Open the viewer without blocking and return it."""
    dialog = PdfPreviewDialog(source, title, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
