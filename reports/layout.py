"""The common page of every PDF: A4, header with provider and office, footer with number, time, page x of y.

Also the small pieces every builder needs: Almaty time formatting, a labelled field table, table styles that
name our font explicitly (a Table's own default is Helvetica) and the document builder itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.domain.check_code import qr_payload
from app.domain.documents import DocumentLanguage, IssuedDocument
from app.files import replaced_on_success
from reports import labels
from reports.fonts import BOLD, REGULAR, register_fonts
from reports.qr import qr_drawing
from reports.styles import GREY, RULE, SHADE, stylesheet

ALMATY = ZoneInfo("Asia/Almaty")
MARGIN = 18 * mm
HEADER_SPACE = 16 * mm
GRID_PADDING = 3
"""Points left and right of the text in a grid_style cell."""


def local(moment: datetime) -> datetime:
    """The moment in Asia/Almaty (every stored moment is aware UTC)."""
    return moment.astimezone(ALMATY)


def fmt_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def fmt_datetime(moment: datetime, *, seconds: bool = True) -> str:
    return local(moment).strftime("%d.%m.%Y %H:%M:%S" if seconds else "%d.%m.%Y %H:%M")


def fmt_time(moment: datetime) -> str:
    return local(moment).strftime("%H:%M")


def para(value: str, style: str = "Value") -> Paragraph:
    """A paragraph of plain text (escaped: names may hold '&' or '<')."""
    return Paragraph(escape(value).replace("\n", "<br/>"), stylesheet()[style])


def table_style(*commands: tuple[Any, ...], size: float = 8) -> TableStyle:
    """A table style that starts by naming our font for every cell, then adds `commands`."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), size),
            ("LEADING", (0, 0), (-1, -1), size * 1.25),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            *commands,
        ]
    )


def field_table(
    rows: Sequence[tuple[str, str | Flowable]], width: float, label_width: float = 58 * mm, size: float = 10
) -> Table:
    """Label | value rows, the body of most acts."""
    value_style = "Value" if size >= 10 else "ValueSmall"
    cells = [
        [para(label, "Label"), para(value, value_style) if isinstance(value, str) else value]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 2 if size < 10 else 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3 if size < 10 else 4),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            size=size,
        )
    )
    return table


def grid_style(header_rows: int = 1, size: float = 7.5) -> list[tuple[Any, ...]]:
    """Commands of a ruled data grid with a shaded, bold header."""
    return [
        ("FONTNAME", (0, 0), (-1, header_rows - 1), BOLD),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE),
        ("GRID", (0, 0), (-1, -1), 0.25, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), GRID_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), GRID_PADDING),
    ]


def _widest_word(text: str, style: str) -> float:
    chosen = stylesheet()[style]
    return max((stringWidth(word, chosen.fontName, chosen.fontSize) for word in text.split()), default=0.0)


def fitted_widths(
    head: Sequence[str], rows: Iterable[Sequence[str]], total: float, grow: Sequence[int]
) -> list[float]:
    """Column widths (points) of a `grid_style` table of text in `total`: each column as wide as its
    longest word (the heading's in CellHead, the cells' in Cell), so that no word is cut in two; what is
    left goes to the columns `grow` (free text such as names) in equal shares. When the words need more
    than `total`, every column shrinks in proportion: the table still fits the page, and only then are
    words cut."""
    widths = [_widest_word(text, "CellHead") for text in head]
    for row in rows:
        widths = [max(width, _widest_word(text, "Cell")) for width, text in zip(widths, row, strict=True)]
    widths = [width + 2 * GRID_PADDING for width in widths]
    spare = total - sum(widths)
    if spare < 0:
        return [width * total / sum(widths) for width in widths]
    for index in grow:
        widths[index] += spare / len(grow)
    return widths


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer of every page say."""

    provider_name: str
    office_line: str
    number: str
    issued_line: str
    language: DocumentLanguage

    @classmethod
    def of(cls, data: IssuedDocument, number: str) -> PageFrame:
        lang = data.language
        office = f"{data.office_name} ({labels.text('office_code', lang)} {data.office_code})"
        issued = f"{labels.text('issued', lang)}: {fmt_datetime(data.issued_at)}"
        return cls(data.provider_name, office, number, issued, lang)


class Deferred(Flowable):  # type: ignore[misc]
    """A flowable made only when the layout reaches it, and let go once laid out: a story of thousands
    of long tables then holds one of them at a time."""

    def __init__(self, make: Callable[[], Flowable]) -> None:
        super().__init__()
        self._make: Callable[[], Flowable] | None = make
        self._made: Flowable | None = None

    def _flowable(self) -> Flowable:
        if self._made is None:
            assert self._make is not None
            self._made, self._make = self._make(), None
            # The frame places what it draws by the alignment of this stand-in.
            self.hAlign = getattr(self._made, "hAlign", "LEFT")
        return self._made

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self._flowable().wrapOn(self.canv, available_width, available_height)  # type: ignore[no-any-return]

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return self._flowable().splitOn(self.canv, available_width, available_height)  # type: ignore[no-any-return]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803 - ReportLab passes _sW by name
        self._flowable().drawOn(canvas, x, y, _sW)

    def getSpaceBefore(self) -> float:
        return self._flowable().getSpaceBefore()  # type: ignore[no-any-return]

    def getSpaceAfter(self) -> float:
        return self._flowable().getSpaceAfter()  # type: ignore[no-any-return]


def _page_label_form(page: int) -> str:
    return f"kezek-page-{page}"


class _FramedCanvas(Canvas):  # type: ignore[misc]
    """Draws each page's header and footer as the page ends. "Page x of y" is a form per page, drawn
    there but written at the end once y is known, so that no page waits in memory: a region's
    distribution protocol runs to tens of thousands of pages."""

    def __init__(self, *args: Any, frame: PageFrame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._pages_done = 0

    def showPage(self) -> None:
        self._pages_done += 1
        self._draw_frame()
        self.doForm(_page_label_form(self._pages_done))
        super().showPage()

    def save(self) -> None:
        total = self._pages_done
        width, _ = self._pagesize
        for page in range(1, total + 1):
            self.beginForm(_page_label_form(page))
            if total > 1:
                self.setFillColor(GREY)
                self.setFont(REGULAR, 7.5)
                self.drawRightString(
                    width - MARGIN, 8 * mm, labels.text("page", self._frame.language, page=page, pages=total)
                )
            self.endForm()
        super().save()

    def _draw_frame(self) -> None:
        frame = self._frame
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(GREY)
        self.setFont(BOLD, 8.5)
        self.drawString(MARGIN, height - 11 * mm, frame.provider_name)
        self.setFont(REGULAR, 8)
        self.drawString(MARGIN, height - 15 * mm, frame.office_line)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 17 * mm, width - MARGIN, height - 17 * mm)
        self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
        self.setFont(REGULAR, 7.5)
        self.drawString(MARGIN, 8 * mm, f"№ {frame.number}  ·  {frame.issued_line}")
        self.restoreState()


def build_pdf(
    out: BinaryIO | Path,
    story: list[Flowable],
    frame: PageFrame,
    *,
    title: str,
    wide: bool = False,
) -> None:
    """Lay `story` out on A4 (landscape when `wide`) with our header and footer, embedding only DejaVu."""
    register_fonts()
    if isinstance(out, Path):
        with replaced_on_success(out) as staged, staged.open("wb") as stream:
            build_pdf(stream, story, frame, title=title, wide=wide)
        return
    doc = SimpleDocTemplate(
        out,
        pagesize=landscape(A4) if wide else A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_SPACE / 2,
        bottomMargin=MARGIN,
        title=title,
        author=frame.provider_name,
        subject=f"№ {frame.number}",
        creator="Kezek",
        lang={"kk": "kk-KZ", "ru": "ru-KZ", "en": "en"}[frame.language],
        # The canvas would otherwise start every page with a Helvetica font selection (and embed it).
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=12,
    )
    maker: Callable[..., Canvas] = partial(_FramedCanvas, frame=frame)
    doc.build(story, canvasmaker=maker)


def qr_block(
    kind: str,
    number: str,
    digest: str,
    language: DocumentLanguage,
    width: float,
    size: float = 28 * mm,
    caption: str | None = None,
) -> Table:
    """The check QR code with the number and hash spelled out beside it."""
    code = qr_drawing(qr_payload(kind, number, digest), size)
    caption = caption or labels.text("check_code", language)
    words = para(f"{caption}:\n№ {number}\n{digest}", "Hash")
    table = Table([[code, words]], colWidths=[size + 4 * mm, width - size - 4 * mm], hAlign="LEFT")
    table.setStyle(table_style(("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)))
    return table


def signature_line(label: str, name: str, language: DocumentLanguage, width: float) -> Table:
    """`label: name  ________ (signature)` — a line to sign on."""
    sign = labels.text("signature", language)
    cells = [[para(f"{label}: {name}", "Signature"), "", para(f"({sign})", "SmallGrey")]]
    table = Table(cells, colWidths=[width - 65 * mm, 45 * mm, 20 * mm], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("LINEBELOW", (1, 0), (1, 0), 0.5, GREY),
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (0, 0), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
        )
    )
    return table


def content_width(wide: bool = False) -> float:
    page_width = landscape(A4)[0] if wide else A4[0]
    return float(page_width - 2 * MARGIN)
