"""The one font family of every document: DejaVu Sans (Kazakh, Russian, English), from our own resources."""

from __future__ import annotations

import threading
from importlib.resources import files
from io import BytesIO

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

FACES: tuple[str, ...] = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four faces and the family with ReportLab once per process; return the family name.

    Read from the `resources.fonts` package (works from a wheel or a frozen app), never from system folders:
    an office PC may have no DejaVu at all.
    """
    global _registered
    with _lock:
        if _registered:
            return FAMILY
        package = files("resources.fonts")
        for face in FACES:
            data = package.joinpath(f"{face}.ttf").read_bytes()
            pdfmetrics.registerFont(TTFont(face, BytesIO(data)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        # <b>/<i> in paragraphs resolve through this mapping; registerFontFamily sets it too, but say it.
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
        return FAMILY
