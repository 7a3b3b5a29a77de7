"""PDF pages as QImages (pypdfium2, no QtPdf), and painting them onto a QPrinter."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 300  # enough for text and QR codes; 600+ dpi A4 bitmaps cost ~100 MB each


class PdfPages:
    """An open PDF held in memory; pdfium is not thread-safe, so use it from the GUI thread only."""

    def __init__(self, source: bytes | Path) -> None:
        self.data = source.read_bytes() if isinstance(source, Path) else bytes(source)
        self._document = pdfium.PdfDocument(self.data)
        self.closed = False

    def __len__(self) -> int:
        return len(self._document)

    def size_points(self, index: int) -> tuple[float, float]:
        width, height = self._document[index].get_size()
        return float(width), float(height)

    def image(self, index: int, dpi: float) -> QImage:
        """The page rendered at `dpi`, as a QImage that owns its pixels."""
        bitmap = self._document[index].render(
            scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True
        )
        image = QImage(
            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
        )
        return image.copy()  # the QImage above only borrows pdfium's buffer, which dies with `bitmap`

    def close(self) -> None:
        """Free pdfium's copy; safe to call twice (a dialog closes it when finished and when closed)."""
        if not self.closed:
            self._document.close()
            self.closed = True


def prepare_printer(printer: QPrinter, pages: PdfPages) -> None:
    """Full-page A4 in the first page's orientation: our PDFs carry their own margins."""
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    if len(pages):
        width, height = pages.size_points(0)
        orientation = (
            QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
        )
        printer.setPageOrientation(orientation)


def paint_pages(pages: PdfPages, printer: QPrinter) -> None:
    """Draw every page onto the printer (or print preview), each scaled to fit the sheet."""
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer could not be opened")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(len(pages)):
            if index:
                printer.newPage()
            image = pages.image(index, dpi)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(area.x() + (area.width() - width) / 2, area.y(), width, height)
            painter.drawImage(target, image)
    finally:
        painter.end()
