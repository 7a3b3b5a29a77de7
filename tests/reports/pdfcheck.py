"""Reading generated PDFs back: text per page and the fonts every page and form uses."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces collapsed (wrapped cells split words across lines)."""
    return re.sub(r"\s+", " ", text)


def _fonts_in(resources: Any, found: dict[str, bool]) -> None:
    if not isinstance(resources, DictionaryObject):
        return
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants.get_object()[0].get_object() if descendants is not None else font
            descriptor = target.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            xobject = ref.get_object()
            _fonts_in(xobject.get("/Resources"), found)


def fonts(path: Path) -> dict[str, bool]:
    """Every font a page or form refers to -> whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        _fonts_in(page.get("/Resources"), found)
    return found


def base_name(font: str) -> str:
    """'/AAAAAA+DejaVuSans-Bold' -> 'DejaVuSans-Bold' (drops the subset tag)."""
    return font.lstrip("/").split("+", 1)[-1]
