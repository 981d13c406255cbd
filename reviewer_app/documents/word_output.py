"""Render a Report to an editable A4 Word document with python-docx."""

from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table as DocxTable, _Cell
from docx.text.run import Run

from reviewer_app.documents.pictures import qr_png
from reviewer_app.documents.layout import Block, Fields, Heading, Picture, Report, Signatures, Table, Text

# What a Chinese office machine has: SimSun for body text, SimHei for headings.
BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"
ALERT = RGBColor(0xC6, 0x28, 0x28)
FIXED_TIME = datetime(2000, 1, 1, tzinfo=timezone.utc)


def _east_asian(run_or_style, east_asian: str) -> None:  # noqa: ANN001
    """Without w:eastAsia, Word renders Chinese in whatever font the Latin name lacks."""
    element = run_or_style.element
    r_pr = element.get_or_add_rPr()
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)


def _run(paragraph, text: str, size: float = 10, font: str = BODY_FONT, color: RGBColor | None = None) -> Run:  # noqa: ANN001
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.name = LATIN_FONT
    _east_asian(run, font)
    if color is not None:
        run.font.color.rgb = color
    return run


def _field(paragraph, code: str) -> None:  # noqa: ANN001
    simple = OxmlElement("w:fldSimple")
    simple.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    simple.append(run)
    paragraph._p.append(simple)


def _grid(table: DocxTable) -> list[list[_Cell]]:
    """Cells row by row; python-docx's table.cell() rescans the whole table on every call."""
    return [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]


def _set_widths(table: DocxTable, grid: list[list[_Cell]], widths: list[Mm]) -> None:
    """Word reads the cell widths, LibreOffice the grid columns: set both."""
    table.autofit = False
    for column, width in zip(table.columns, widths):
        column.width = width
    for cells in grid:
        for cell, width in zip(cells, widths):
            cell.width = width


def _repeat_header(table: DocxTable) -> None:
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _cell_text(cell, text: str, right: bool = False, color: RGBColor | None = None, size: float = 9) -> None:  # noqa: ANN001
    paragraph = cell.paragraphs[0]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(paragraph, text, size=size, color=color)


def _shade(cell, fill: str) -> None:  # noqa: ANN001
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _block(document, block: Block, width_mm: float) -> None:  # noqa: ANN001
    if isinstance(block, Heading):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(8)
        _run(paragraph, block.text, size=12, font=HEADING_FONT)
    elif isinstance(block, Text):
        _run(document.add_paragraph(), block.text, size=10.5 if block.emphasis else 10)
    elif isinstance(block, Fields):
        rows = -(-len(block.pairs) // block.columns)
        table = document.add_table(rows=rows, cols=2 * block.columns)
        table.style = "Table Grid"
        grid = _grid(table)
        for n, (label, value) in enumerate(block.pairs):
            row, column = divmod(n, block.columns)
            label_cell = grid[row][2 * column]
            _cell_text(label_cell, label)
            _shade(label_cell, "E8EDF4")
            _cell_text(grid[row][2 * column + 1], value)
        label_mm = width_mm * 0.14
        _set_widths(table, grid, [Mm(label_mm), Mm(width_mm / block.columns - label_mm)] * block.columns)
    elif isinstance(block, Table):
        table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        total = sum(block.widths)
        widths = [Mm(width_mm * w / total) for w in block.widths]
        grid = _grid(table)
        for c, title in enumerate(block.header):
            _cell_text(grid[0][c], title)
            _shade(grid[0][c], "E8EDF4")
        for r, row in enumerate(block.rows, start=1):
            color = ALERT if r - 1 in block.highlight else None
            for c, value in enumerate(row):
                _cell_text(grid[r][c], value, right=c in block.numeric, color=color)
        _set_widths(table, grid, widths)
        _repeat_header(table)
    elif isinstance(block, Picture):
        document.add_picture(io.BytesIO(block.png), width=Mm(block.width_mm))
        if block.caption:
            _run(document.add_paragraph(), block.caption, size=9)
    elif isinstance(block, Signatures):
        table = document.add_table(rows=len(block.entries), cols=3)
        table.style = "Table Grid"
        for cells, signature in zip(_grid(table), block.entries):
            _cell_text(cells[0], signature.signer)
            cells[1].paragraphs[0].add_run().add_picture(io.BytesIO(signature.png), width=Mm(40))
            _cell_text(cells[2], signature.signed_at)
    else:
        raise TypeError(f"unknown block {block!r}")


def write_docx(report: Report, path: Path) -> None:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin = section.bottom_margin = Mm(18)
    width_mm = 210 - 36
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = Pt(10)
    _east_asian(normal, BODY_FONT)

    if report.qr_text:
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.add_run().add_picture(io.BytesIO(qr_png(report.qr_text)), width=Mm(22))
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _run(title, report.title, size=16, font=HEADING_FONT)
    for block in report.blocks:
        _block(document, block, width_mm)

    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if report.footer:
        _run(footer, report.footer + "    ", size=8.5)
    _run(footer, "第 ", size=8.5)
    _field(footer, "PAGE")
    _run(footer, " 页 共 ", size=8.5)
    _field(footer, "NUMPAGES")
    _run(footer, " 页", size=8.5)

    properties = document.core_properties
    properties.title = report.title
    properties.subject = report.subject
    properties.author = report.author
    properties.keywords = ", ".join(report.keywords)
    properties.created = properties.modified = FIXED_TIME
    properties.last_modified_by = report.author
    properties.revision = 1
    document.save(str(path))
