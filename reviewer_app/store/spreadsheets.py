"""Tables from a spreadsheet the secretariat fills in (.xlsx, or .csv one table at a time), read
as hostile input: size, inflation, rows and columns are capped while reading, XML goes through
defusedxml, and what cannot be read is named with the file, never a traceback."""

from __future__ import annotations

import csv
import itertools
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping
from xml.etree import ElementTree

import openpyxl
from defusedxml import DefusedXmlException


class SpreadsheetError(ValueError):
    """A spreadsheet that cannot be imported; the message names the file, sheet, row and column."""


@dataclass(frozen=True)
class Rows:
    sheet: str
    header: tuple[str, ...]
    rows: list[tuple[int, tuple[str, ...]]]  # spreadsheet row number, cells

    def cell(self, row: tuple[str, ...], column: str) -> str:
        index = self.header.index(column) if column in self.header else None
        return row[index] if index is not None and index < len(row) else ""


def text_of(value: object) -> str:
    return "" if value is None else str(value).strip()


# What a damaged or crafted spreadsheet raises from the zip, XML and cell layers beneath openpyxl.
UNREADABLE = (OSError, csv.Error, UnicodeDecodeError, openpyxl.utils.exceptions.InvalidFileException, KeyError,
              ValueError, TypeError, IndexError, zipfile.BadZipFile, ElementTree.ParseError, DefusedXmlException)


def _why(error: Exception) -> str:
    if isinstance(error, DefusedXmlException):
        return "文件中含有 XML 实体或外部引用，可能是恶意构造的"
    if isinstance(error, (zipfile.BadZipFile, openpyxl.utils.exceptions.InvalidFileException)):
        return "不是有效的 .xlsx 文件"
    if isinstance(error, csv.Error):
        return f"CSV 格式错误：{error}"
    if isinstance(error, UnicodeDecodeError):
        return "CSV 文件不是 UTF-8 编码，请另存为“CSV UTF-8”"
    return str(error)[:200] or type(error).__name__


# The tables are a few hundred rows; these refuse a file that claims or holds far more, while
# reading it, before it can take the machine's memory or an afternoon.
MAX_FILE_BYTES = 50 * 1024**2
MAX_UNPACKED_BYTES = 200 * 1024**2  # an .xlsx is a zip: what its parts inflate to
MAX_ROWS = 50_000  # empty rows included
MAX_COLUMNS = 30
OLD_EXCEL = b"\xd0\xcf\x11\xe0"  # the .xls (OLE2) signature


def unpacked_size(path: Path) -> int:
    """What an Office file's zip parts claim to inflate to (each entry's own check is zipfile's)."""
    with zipfile.ZipFile(path) as archive:
        return sum(info.file_size for info in archive.infolist())


def _check_file(path: Path, what: str) -> None:
    from reviewer_app.pdf.reading import regular_file_problem

    if problem := regular_file_problem(path, MAX_FILE_BYTES):
        raise SpreadsheetError(f"{path.name}：{problem}")
    if path.suffix.lower() == ".csv":
        return
    with open(path, "rb") as handle:
        if handle.read(4) == OLD_EXCEL:
            raise SpreadsheetError(f"{path.name}：这是旧版 Excel（.xls）文件，不是 .xlsx；请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再导入")
    unpacked = unpacked_size(path)
    if unpacked > MAX_UNPACKED_BYTES:
        raise SpreadsheetError(f"{path.name}：表格解压后有 {unpacked // 1024**2} MB，远超{what}应有的大小（可能是恶意构造的文件），未导入")


def _capped(rows: Iterable[Iterable[object]], path: Path, sheet: str, what: str) -> list[list[str]]:
    table = []
    for row in rows:
        if len(table) == MAX_ROWS:
            raise SpreadsheetError(f"{path.name}，工作表“{sheet}”：超过 {MAX_ROWS} 行（含空行），不像是一份{what}；请删去多余的行后再导入")
        table.append([text_of(c) for c in itertools.islice(row, MAX_COLUMNS)])
    return table


def read_tables(path: Path, wanted: Mapping[str, tuple[str, ...]], *, csv_sheet: str | None = None,
                what: str = "表格") -> list[Rows]:
    """The wanted sheets found in the file, each with its required columns checked. A .csv is one
    table: csv_sheet says which (None: CSV is refused with the reason)."""
    try:
        _check_file(path, what)
        if path.suffix.lower() == ".csv":
            if csv_sheet not in wanted:
                names = "还是".join(wanted)
                raise SpreadsheetError(f"{path.name}：CSV 文件一次只能导入一种表格，请指明是{names}")
            with open(path, encoding="utf-8-sig", newline="") as handle:
                found = [(csv_sheet, _capped(csv.reader(handle), path, csv_sheet, what))]
        else:
            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            found = []
            for sheet in wanted:
                if sheet in book.sheetnames:
                    worksheet = book[sheet]
                    worksheet.reset_dimensions()  # the sheet's own claim of its size is not believed
                    found.append((sheet, _capped(worksheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), path, sheet, what)))
            book.close()
            if not found:
                names = "或".join(f"“{s}”" for s in wanted)
                raise SpreadsheetError(f"{path.name}：找不到名为{names}的工作表（请使用模板）")
    except UNREADABLE as error:
        if isinstance(error, SpreadsheetError):
            raise
        raise SpreadsheetError(f"{path.name}：无法读取表格（{_why(error)}）；请在 Excel 或 WPS 中打开并另存为新的 .xlsx 后再导入") from None
    result = []
    for sheet, table in found:
        if not table:
            raise SpreadsheetError(f"{path.name}，工作表“{sheet}”：是空的")
        header = tuple(text_of(c) for c in table[0])
        missing = [c for c in wanted[sheet] if c not in header]
        if missing:
            raise SpreadsheetError(f"{path.name}，工作表“{sheet}”，第 1 行：缺少“{missing[0]}”列（请使用模板）")
        rows = [(n, tuple(text_of(c) for c in row)) for n, row in enumerate(table[1:], start=2) if any(text_of(c) for c in row)]
        result.append(Rows(sheet, header, rows))
    return result


class RowProblem(ValueError):
    """One cell of one row is wrong; the caller says which file and row."""

    def __init__(self, column: str, problem: str) -> None:
        super().__init__(f"“{column}”：{problem}")
        self.column, self.problem = column, problem
