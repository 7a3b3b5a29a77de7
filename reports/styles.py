"""The shared stylesheet: every paragraph style of every document, all in the DejaVu Sans family."""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle, StyleSheet1

from reports.fonts import BOLD, ITALIC, REGULAR, register_fonts

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#999999")
SHADE = colors.HexColor("#EEEEEE")

# ParagraphStyle's own defaults name Helvetica (fontName and bulletFontName): a base style sets both.
_BASE = ParagraphStyle(
    "KezekBase",
    fontName=REGULAR,
    bulletFontName=REGULAR,
    fontSize=10,
    leading=13,
    alignment=TA_LEFT,
)


def _style(name: str, **overrides: object) -> ParagraphStyle:
    return ParagraphStyle(name, parent=_BASE, **overrides)


@cache
def stylesheet() -> StyleSheet1:
    """The stylesheet (built once, after the fonts are registered)."""
    register_fonts()
    sheet = StyleSheet1()
    sheet.add(_BASE, alias="base")
    sheet.add(_style("Body"))
    sheet.add(_style("Small", fontSize=8, leading=10))
    sheet.add(_style("SmallGrey", fontSize=8, leading=10, textColor=GREY))
    sheet.add(_style("Cell", fontSize=8, leading=10))
    sheet.add(_style("CellBold", fontName=BOLD, bulletFontName=BOLD, fontSize=8, leading=10))
    sheet.add(_style("CellHead", fontName=BOLD, bulletFontName=BOLD, fontSize=7.5, leading=9))
    sheet.add(_style("Header", fontName=BOLD, bulletFontName=BOLD, fontSize=9, leading=11))
    sheet.add(_style("HeaderSub", fontSize=8.5, leading=11, textColor=GREY))
    sheet.add(
        _style(
            "Title",
            fontName=BOLD,
            bulletFontName=BOLD,
            fontSize=14,
            leading=18,
            alignment=TA_CENTER,
            spaceBefore=6,
            spaceAfter=4,
        )
    )
    sheet.add(
        _style(
            "TitleSmall",
            fontName=BOLD,
            bulletFontName=BOLD,
            fontSize=12,
            leading=15,
            alignment=TA_CENTER,
            spaceAfter=2,
        )
    )
    sheet.add(_style("Subtitle", fontSize=10, leading=13, alignment=TA_CENTER, spaceAfter=8))
    sheet.add(_style("Label", fontSize=9, leading=11.5, textColor=GREY))
    sheet.add(_style("Value", fontSize=10, leading=13))
    sheet.add(_style("ValueSmall", fontSize=9, leading=11.5))
    sheet.add(_style("ValueBold", fontName=BOLD, bulletFontName=BOLD, fontSize=10, leading=13))
    sheet.add(
        _style(
            "BigNumber",
            fontName=BOLD,
            bulletFontName=BOLD,
            fontSize=40,
            leading=46,
            alignment=TA_CENTER,
        )
    )
    sheet.add(_style("BigNumberLabel", fontSize=10, leading=13, alignment=TA_CENTER, textColor=GREY))
    sheet.add(_style("Note", fontName=ITALIC, bulletFontName=ITALIC, fontSize=9, leading=12))
    sheet.add(
        _style(
            "NoteCenter", fontName=ITALIC, bulletFontName=ITALIC, fontSize=9, leading=12, alignment=TA_CENTER
        )
    )
    sheet.add(_style("ListItem", fontSize=10, leading=13, leftIndent=18, bulletIndent=0, spaceAfter=2))
    sheet.add(_style("Signature", fontSize=9, leading=12))
    sheet.add(_style("CopyMark", fontName=BOLD, bulletFontName=BOLD, fontSize=8.5, alignment=TA_RIGHT))
    sheet.add(_style("Hash", fontSize=7, leading=9, textColor=GREY))
    return sheet
