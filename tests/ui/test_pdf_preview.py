"""Previewing, printing and saving document PDFs (rendered with pypdfium2)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ui.pdf_preview import PdfPreviewDialog
from ui.pdf_render import PdfPages, paint_pages, prepare_printer
from ui.smoke import sample_pdf


@pytest.fixture(scope="module")
def three_pages() -> bytes:
    out = BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    for number in range(1, 4):
        pdf.drawString(72, 720, f"page {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def test_the_viewer_shows_every_page(qtbot: QtBot, three_pages: bytes) -> None:
    dialog = PdfPreviewDialog(three_pages, "Test")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count() == 3
    assert not dialog.isModal()


def test_a_real_document_from_reports_previews(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "notification.pdf"
    path.write_bytes(sample_pdf())
    dialog = PdfPreviewDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.page_count() == 1
    assert dialog.file_name == "notification.pdf"


def test_save_as_pdf_writes_the_bytes_unchanged(qtbot: QtBot, three_pages: bytes, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(three_pages)
    qtbot.addWidget(dialog)
    target = tmp_path / "copy.pdf"
    dialog.save_to(target)
    assert target.read_bytes() == three_pages


def test_printing_puts_every_page_on_paper(three_pages: bytes, tmp_path: Path) -> None:
    pages = PdfPages(three_pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    prepare_printer(printer, pages)
    paint_pages(pages, printer)
    pages.close()
    printed = pdfium.PdfDocument(tmp_path / "printed.pdf")
    assert len(printed) == 3
    printed.close()


def test_pages_render_at_the_asked_resolution(three_pages: bytes) -> None:
    pages = PdfPages(three_pages)
    image = pages.image(0, 144)
    width, height = pages.size_points(0)
    assert (image.width(), image.height()) == (round(width * 2), round(height * 2))
    pages.close()
