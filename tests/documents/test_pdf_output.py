"""The PDF writer reuses what it drew for a table cell in one report when it prints the same
cell in the next. Whatever it reuses, a report must come out byte for byte as a writer that
had drawn nothing before would print it."""

import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

from reviewer_app.documents.layout import Report, Table
from reviewer_app.documents.pdf_output import write_pdf

# Wider than its cell: printed as a wrapped paragraph, the kind of cell the writer reuses.
LONG = "行政处罚决定书载明的违法事实、证据、处罚依据和履行方式应当完整准确，并与调查询问笔录及现场检查笔录相互印证。"


def _report(first_cell: str, standing: str) -> Report:
    rows = ((first_cell, "短"), ("编号", LONG))
    return Report(title="评分表", subject="测试", blocks=(Table(("项目", "内容"), rows, (1, 1)),), standing_text=standing)


def _fresh_bytes(first_cell: str, standing: str, tmp_path) -> bytes:
    """The report as printed by a new process, which has drawn nothing before."""
    path = tmp_path / "fresh.pdf"
    code = (
        "import sys; sys.path.insert(0, %r)\n"
        "from test_pdf_output import _report\n"
        "from reviewer_app.documents.pdf_output import write_pdf\n"
        "from pathlib import Path\n"
        "write_pdf(_report(%r, %r), Path(%r))\n"
    ) % (str(Path(__file__).parent), first_cell, standing, str(path))
    subprocess.run([sys.executable, "-c", code], check=True)
    return path.read_bytes()


def _text(path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_a_cell_of_report_specific_characters_is_drawn_afresh(tmp_path):
    # In the first report other characters take the font's first codes, so the long cell's
    # characters get other codes than in the second report, where nothing comes before them.
    write_pdf(_report("戊己庚辛壬癸子丑寅卯", standing=""), tmp_path / "first.pdf")
    write_pdf(_report("", standing=""), tmp_path / "second.pdf")

    assert (tmp_path / "second.pdf").read_bytes() == _fresh_bytes("", "", tmp_path)
    assert LONG in _text(tmp_path / "second.pdf").replace("\n", "")


def test_a_cell_of_standing_text_prints_the_same_after_other_reports(tmp_path):
    standing = "项目内容编号" + LONG
    write_pdf(_report("戊己庚辛壬癸", standing=standing), tmp_path / "first.pdf")
    write_pdf(_report("子丑寅卯", standing=standing), tmp_path / "second.pdf")

    assert (tmp_path / "second.pdf").read_bytes() == _fresh_bytes("子丑寅卯", standing, tmp_path)
    assert LONG in _text(tmp_path / "second.pdf").replace("\n", "")
