"""No base-14 font anywhere: not in a paragraph style, not in a generated PDF; only DejaVu is embedded."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.pdfbase import pdfmetrics

import reports
from reports import fonts
from reports.bulletin import build_bulletin_pdf
from reports.distribution_protocol import build_protocol_pdf
from reports.notice import build_notice
from reports.queue_notification import build_queue_notification
from reports.referral import build_referral
from reports.refusal_receipt import build_refusal_receipt
from reports.styles import stylesheet
from reports.withdrawal_confirmation import build_withdrawal_confirmation
from tests.reports import samples
from tests.reports.pdfcheck import base_name
from tests.reports.pdfcheck import fonts as pdf_fonts

BASE14 = {name.lower() for name in pdfmetrics.standardFonts} | {"helvetica", "times", "courier", "symbol"}


def _is_base14(name: str) -> bool:
    lowered = name.lower()
    return lowered in BASE14 or lowered.split("-")[0] in {"helvetica", "times", "courier", "zapfdingbats"}


def _report_modules() -> Iterator[Any]:
    for info in pkgutil.iter_modules(reports.__path__):
        yield importlib.import_module(f"reports.{info.name}")


def _styles() -> Iterator[tuple[str, ParagraphStyle]]:
    sheet = stylesheet()
    for name, style in sheet.byName.items():
        yield f"stylesheet:{name}", style
    for module in _report_modules():
        for attr, value in vars(module).items():
            if isinstance(value, ParagraphStyle):
                yield f"{module.__name__}.{attr}", value
            elif isinstance(value, StyleSheet1):
                for name, style in value.byName.items():
                    yield f"{module.__name__}.{attr}:{name}", style


def test_the_walk_finds_the_styles() -> None:
    names = [name for name, _ in _styles()]
    assert "stylesheet:Title" in names
    assert "stylesheet:Cell" in names
    assert len(names) >= 20


def test_no_paragraph_style_uses_a_base14_font() -> None:
    bad = [
        (name, style.fontName, style.bulletFontName)
        for name, style in _styles()
        if _is_base14(style.fontName) or _is_base14(style.bulletFontName)
    ]
    assert bad == []


def test_every_style_is_in_the_dejavu_family() -> None:
    for name, style in _styles():
        assert style.fontName in fonts.FACES, name
        assert style.bulletFontName in fonts.FACES, name


def test_the_check_would_catch_a_default_paragraph_style() -> None:
    assert _is_base14(ParagraphStyle("naive").fontName)
    assert _is_base14(ParagraphStyle("naive").bulletFontName)


def test_family_is_registered_once_with_four_faces() -> None:
    assert fonts.register_fonts() == fonts.FAMILY
    assert fonts.register_fonts() == fonts.FAMILY
    for face in fonts.FACES:
        assert pdfmetrics.getFont(face).face.name  # registered TTF, not a fallback
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(fonts.FAMILY, 1, 0) == fonts.BOLD
    assert tt2ps(fonts.FAMILY, 0, 1) == fonts.ITALIC
    assert tt2ps(fonts.FAMILY, 1, 1) == fonts.BOLD_ITALIC


def test_fonts_come_from_the_package_resources() -> None:
    from importlib.resources import files

    package = files("resources.fonts")
    for face in fonts.FACES:
        assert package.joinpath(f"{face}.ttf").is_file()


BUILDERS: dict[str, Callable[[Path], None]] = {
    "notification": lambda out: build_queue_notification(samples.notification("kk"), out),
    "notification_ru": lambda out: build_queue_notification(samples.notification("ru"), out),
    "receipt": lambda out: build_refusal_receipt(samples.receipt("kk"), out),
    "receipt_ru": lambda out: build_refusal_receipt(samples.receipt("ru"), out),
    "withdrawal": lambda out: build_withdrawal_confirmation(samples.withdrawal("ru"), out),
    "referral": lambda out: build_referral(samples.referral("kk"), out),
    "bulletin": lambda out: build_bulletin_pdf(samples.bulletin("recalled", 30), out),
    "protocol": lambda out: build_protocol_pdf(samples.protocol(30), out),
    "notice": lambda out: build_notice(samples.notice("kk"), out),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_generated_pdf_embeds_only_dejavu(tmp_path: Path, name: str) -> None:
    out = tmp_path / f"{name}.pdf"
    BUILDERS[name](out)
    used = pdf_fonts(out)
    assert used, "no font resources found at all"
    assert {base_name(font) for font in used} <= set(fonts.FACES), used
    assert all(used.values()), f"a font is referenced but not embedded: {used}"
    assert not any(_is_base14(base_name(font)) for font in used)


def test_the_pdf_font_check_sees_a_base14_font(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = tmp_path / "naive.pdf"
    canvas = Canvas(str(out))  # ReportLab's own default: Helvetica
    canvas.drawString(100, 100, "Kezek")
    canvas.save()
    used = pdf_fonts(out)
    assert any(_is_base14(base_name(font)) for font in used)
    assert not all(used.values())  # and it is not embedded
