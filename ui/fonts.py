"""The screen font: DejaVu Sans from our own resources, so Kazakh letters show on any office PC."""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

FACES = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
POINT_SIZE = 10

_families: dict[str, str] = {}


def register_screen_fonts() -> str:
    """Add the four faces to Qt's font database once; return the family name Qt gives them."""
    package = files("resources.fonts")
    for face in FACES:
        if face not in _families:
            font_id = QFontDatabase.addApplicationFontFromData(package.joinpath(f"{face}.ttf").read_bytes())
            if font_id < 0:
                raise RuntimeError(f"the font {face} could not be loaded")
            _families[face] = QFontDatabase.applicationFontFamilies(font_id)[0]
    return _families[FACES[0]]


def use_screen_font(app: QApplication) -> None:
    """Make DejaVu Sans the application font (a Windows PC may lack a font with Ә Ғ Қ Ң Ө Ұ Ү Һ І)."""
    app.setFont(QFont(register_screen_fonts(), POINT_SIZE))
