"""The check QR code printed on every act: the document's number and a journal hash, as vector squares."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm

from reports.fonts import REGULAR


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of the code (quiet zone included), row by row; True is dark."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=2)
    code.add_data(payload)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


def qr_drawing(payload: str, size: float = 28 * mm) -> Drawing:
    """A square ReportLab drawing of the code, `size` points wide; dark runs of a row merge into one rect.

    Vector squares rather than a bitmap: crisp at any printer resolution and a few KB in the PDF.
    """
    matrix = qr_matrix(payload)
    count = len(matrix)
    module = size / count
    drawing = Drawing(size, size)
    # The renderer starts from a Helvetica text state (and embeds it) unless the drawing names a font.
    drawing.initialFontName = REGULAR
    for r, row in enumerate(matrix):
        y = size - (r + 1) * module
        c = 0
        while c < count:
            if not row[c]:
                c += 1
                continue
            start = c
            while c < count and row[c]:
                c += 1
            drawing.add(
                Rect(
                    start * module,
                    y,
                    (c - start) * module,
                    module,
                    fillColor=colors.black,
                    strokeColor=None,
                    strokeWidth=0,
                )
            )
    return drawing
