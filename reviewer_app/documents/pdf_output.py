"""Render a Report to an A4 PDF with reportlab, the CJK font embedded as a subset."""

from __future__ import annotations

import io
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table as RLTable, TableStyle
from xml.sax.saxutils import escape

from reviewer_app.documents.fonts import register_cjk_font
from reviewer_app.documents.pictures import qr_matrix
from reviewer_app.documents.layout import Block, Fields, Heading, Picture, Report, Signatures, Table, Text

MARGIN = 18 * mm
# Binary streams: ASCII85-encoding every image costs time and a quarter more bytes.
rl_config.useA85 = 0
GRID = colors.HexColor("#8a8a8a")
HEADER_FILL = colors.HexColor("#e8edf4")
ALERT = colors.HexColor("#c62828")
QR_SIZE = 22 * mm  # modules of 0.4 mm, quiet zone included


@cache
def _styles(font: str) -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13.5, wordWrap="CJK")
    return {
        "body": base,
        "title": ParagraphStyle("title", base, fontSize=17, leading=24, alignment=TA_CENTER, spaceAfter=6),
        "heading": ParagraphStyle("heading", base, fontSize=11.5, leading=16, spaceBefore=8, spaceAfter=4),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11.5),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=8.5, leading=11.5, alignment=TA_RIGHT),
        "cell_alert": ParagraphStyle("cell_alert", base, fontSize=8.5, leading=11.5, textColor=ALERT),
        "cell_alert_right": ParagraphStyle("cell_alert_right", base, fontSize=8.5, leading=11.5, textColor=ALERT, alignment=TA_RIGHT),
        "emphasis": ParagraphStyle("emphasis", base, fontSize=10.5, leading=15, textColor=colors.HexColor("#202020")),
    }


class _CellParagraph(Paragraph):
    """A table cell's paragraph that remembers its last wrap and what it drew: cached cells are
    laid out at the same width on sheet after sheet, and breaking CJK lines and formatting
    them are the dear part. (Cells are never split, so the remembered lines are always the
    ones drawn.)"""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if getattr(self, "_wrapped_at", None) != available_width or not hasattr(self, "blPara"):
            self._wrapped_size = super().wrap(available_width, available_height)
            self._wrapped_at = available_width
            self._drawn = None
        return self._wrapped_size

    def draw(self) -> None:
        # Drawn relative to the cell's origin, so the operators are the same in every report
        # whose font subsets give these characters the same codes: when all of them are
        # standing text, which _NumberedCanvas places first, in the same order, in every report.
        canvas = self.canv
        settled = self._chars <= canvas.settled_chars
        drawn = getattr(self, "_drawn", None)
        if settled and drawn and drawn[0] == (canvas.standing_text, canvas.font_prefix()):
            canvas._code.extend(drawn[1])
            return
        start = len(canvas._code)
        super().draw()
        if settled:
            self._drawn = ((canvas.standing_text, canvas.font_prefix()), canvas._code[start:])


def _para(text: str, style: ParagraphStyle, kind: type[Paragraph] = Paragraph) -> Paragraph:
    paragraph = kind(escape(text).replace("\n", "<br/>"), style)
    paragraph._chars = frozenset(text)
    return paragraph


@lru_cache(maxsize=32)
def _decoded(png: bytes) -> ImageReader:
    """One reader per picture: a reviewer's signature or a chart printed on report after report
    is decoded once; the reader keeps its pixels."""
    return ImageReader(io.BytesIO(png))


def _picture(png: bytes, width: float) -> Image:
    reader = _decoded(png)
    w, h = reader.getSize()
    picture = Image(io.BytesIO(png), width=width, height=width * h / w)
    picture._img = reader  # what Image would otherwise decode again from the bytes
    return picture


class _NumberedCanvas(Canvas):
    """Holds pages back until the end so each footer can say how many pages there are."""

    footer_font = "Helvetica"
    footer_text = ""
    standing_text = ""
    settled_chars: frozenset[str] = frozenset()  # standing text and ASCII: their codes never vary

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        # Otherwise the canvas starts in Helvetica, a font no PDF can embed from reportlab.
        kwargs["initialFontName"] = self.footer_font
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        if self.standing_text:
            # Characters enter the font's 256-glyph subsets in the order first drawn. Placing the
            # standing text first makes the leading subsets the same in every report of a kind,
            # so they are made once a batch (fonts._RepeatingFace), not once a report.
            pdfmetrics.getFont(self.footer_font).splitString(self.standing_text, self._doc)

    def font_prefix(self) -> str | None:
        """The name this report gives the font's subsets (F1 for F1+0, F1+1…)."""
        state = pdfmetrics.getFont(self.footer_font).state.get(self._doc)
        return state.internalName if state else None

    def showPage(self) -> None:  # noqa: N802
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(self.footer_font, 8.5)
            self.setFillColor(colors.HexColor("#444444"))
            self.drawRightString(A4[0] - MARGIN, 10 * mm, f"第 {number} 页 共 {total} 页")
            if self.footer_text:
                self.drawString(MARGIN, 10 * mm, self.footer_text)
            super().showPage()
        for page in self._doc.Pages.pages:
            page.stream = _as_bytes(page.stream)
        super().save()


def _as_bytes(stream: str | bytes) -> str | bytes:
    """A page's operators as bytes, so reportlab does not encode them character by character
    through its PDFDocEncoding table (a twentieth of a sheet). The operators are ASCII, where
    that table is the identity except for 24–31, which reportlab refuses: those stay text."""
    if isinstance(stream, str) and stream.isascii() and not _REFUSED_CONTROLS.search(stream):
        return stream.encode("ascii")
    return stream


_REFUSED_CONTROLS = re.compile("[\x18-\x1f]")


CELL_PADDING = 6 * 2  # reportlab's default left + right cell padding
# An empty cell as an empty list of flowables: reportlab then draws nothing, where an empty
# string still costs a text object (a sheet has ~80 empty cells).
NO_CONTENT: tuple = ()


def _base_style(styles: dict[str, ParagraphStyle]) -> list[tuple]:
    cell = styles["cell"]
    return [
        ("FONTNAME", (0, 0), (-1, -1), cell.fontName),  # empty cells too, or Helvetica creeps in
        ("FONTSIZE", (0, 0), (-1, -1), cell.fontSize),
        ("LEADING", (0, 0), (-1, -1), cell.leading),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]


@lru_cache(maxsize=8192)
def _cell(text: str, width: float, style: ParagraphStyle) -> str | Paragraph:
    """Plain text where it fits on one line: a Paragraph per cell is most of a sheet's cost.
    Cached: rubric texts repeat on every sheet, and a wrapped Paragraph can be drawn again."""
    if not text:
        return NO_CONTENT
    room = width - CELL_PADDING
    if all(stringWidth(line, style.fontName, style.fontSize) <= room for line in text.split("\n")):
        return text
    return _para(text, style, _CellParagraph)


def _flowables(block: Block, styles: dict[str, ParagraphStyle], width: float) -> list:
    if isinstance(block, Heading):
        return [_para(block.text, styles["heading"])]
    if isinstance(block, Text):
        return [_para(block.text, styles["emphasis" if block.emphasis else "body"])]
    if isinstance(block, Fields):
        label_w, value_w = width * 0.14, width / block.columns - width * 0.14
        rows, cells = [], []
        for label, value in block.pairs:
            cells += [_cell(label, label_w, styles["cell"]), _cell(value, value_w, styles["cell"])]
            if len(cells) == 2 * block.columns:
                rows.append(cells)
                cells = []
        if cells:
            rows.append(cells + [NO_CONTENT] * (2 * block.columns - len(cells)))
        table = RLTable(rows, colWidths=[label_w, value_w] * block.columns)
        table.setStyle(TableStyle([
            *_base_style(styles),
            *[("BACKGROUND", (2 * c, 0), (2 * c, -1), HEADER_FILL) for c in range(block.columns)],
        ]))
        return [table, Spacer(1, 4)]
    if isinstance(block, Table):
        total = sum(block.widths)
        widths = [width * w / total for w in block.widths]
        header = [_cell(h, w, styles["cell"]) for h, w in zip(block.header, widths)]
        body = []
        for n, row in enumerate(block.rows):
            prefix = "cell_alert" if n in block.highlight else "cell"
            body.append([
                _cell(value, w, styles[f"{prefix}_right" if c in block.numeric else prefix])
                for c, (value, w) in enumerate(zip(row, widths))
            ])
        table = RLTable([header, *body], colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle([
            *_base_style(styles),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            *[("ALIGN", (c, 1), (c, -1), "RIGHT") for c in block.numeric],
            *[("TEXTCOLOR", (0, n + 1), (-1, n + 1), ALERT) for n in block.highlight],
        ]))
        return [table, Spacer(1, 4)]
    if isinstance(block, Picture):
        items = [_picture(block.png, block.width_mm * mm)]
        if block.caption:
            items.append(_para(block.caption, styles["cell"]))
        return items
    if isinstance(block, Signatures):
        rows = [[s.signer, _picture(s.png, 42 * mm), s.signed_at] for s in block.entries]
        table = RLTable(rows, colWidths=[width * 0.25, width * 0.4, width * 0.35])
        table.setStyle(TableStyle(_base_style(styles)))
        return [table, Spacer(1, 4)]
    raise TypeError(f"unknown block {block!r}")


def _draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """Vector squares, crisp at any zoom: one rectangle per run of dark modules, drawn in
    module units as literal operators (some 600 runs; reportlab's path objects cost more
    than encoding the code)."""
    matrix = qr_matrix(text)
    runs = []
    for row, line in enumerate(matrix.tolist()):
        column, width = 0, len(line)
        while column < width:
            if not line[column]:
                column += 1
                continue
            start = column
            while column < width and line[column]:
                column += 1
            runs.append(f"{start} {row} {column - start} 1 re")
    module = size / len(matrix)
    canvas.saveState()
    canvas.transform(module, 0, 0, -module, x, y + size)  # row 0 at the top
    canvas.setFillColor(colors.black)
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()


@lru_cache(maxsize=16)
def _settled_chars(standing_text: str) -> frozenset[str]:
    # With ttfAsciiReadable, reportlab gives ASCII its own codes in the first subset.
    return frozenset(standing_text) | (_ASCII if rl_config.ttfAsciiReadable else frozenset())


_ASCII = frozenset(map(chr, range(128)))


def write_pdf(report: Report, path: Path | BinaryIO) -> None:
    font = register_cjk_font()
    styles = _styles(font)
    width = A4[0] - 2 * MARGIN
    story = [_para(report.title, styles["title"])]
    for block in report.blocks:
        story.extend(_flowables(block, styles, width))

    def first_page(canvas: Canvas, _doc) -> None:  # noqa: ANN001
        if report.qr_text:
            # Beside the title, above the first table: the title line is about 10 mm deep.
            _draw_qr(canvas, report.qr_text, A4[0] - MARGIN - QR_SIZE, A4[1] - MARGIN - 10 * mm, QR_SIZE)

    canvas_class = type("ReportCanvas", (_NumberedCanvas,), {
        "footer_font": font,
        "footer_text": report.footer,
        "standing_text": report.standing_text,
        "settled_chars": _settled_chars(report.standing_text),
    })
    document = SimpleDocTemplate(
        str(path) if isinstance(path, Path) else path,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm,
        title=report.title,
        subject=report.subject,
        author=report.author,
        creator="reviewer-app",
        keywords=list(report.keywords),
        invariant=True,
        initialFontName=font,
        # Uncompressed streams write a sheet a fifth faster; packages and returns are zipped anyway.
        pageCompression=0,
    )
    document.build(story, onFirstPage=first_page, canvasmaker=canvas_class)
