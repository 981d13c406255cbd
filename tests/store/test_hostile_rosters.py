"""Spreadsheets crafted against the roster reader: each is refused (or read as what it holds)
with a message naming the file, in bounded memory, through the command line a secretary runs,
and the round is left as it was."""

import os
import re
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from helpers import table_rows
from reviewer_app.store.roster import REVIEWER_COLUMNS, REVIEWER_SHEET, UNIT_COLUMNS, UNIT_SHEET

PEAK_LIMIT_MB = 500

IMPORT_MEASURED = """
import re, sys
from pathlib import Path
from reviewer_app.cli import main
code = main(sys.argv[1:])
peak = re.search(r"VmHWM:\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1)
print(f"PEAK_KB {peak}", file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture
def round_file(tmp_path):
    db = tmp_path / "round.db"
    made = subprocess.run([sys.executable, "-m", "reviewer_app", "round", "create", "--db", str(db), "--name", "测试评查",
                           "--year", "2026"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    return db


def roster_import(db, path):
    """(exit code, message, peak MB) of `roster import` run as a secretary runs it."""
    run = subprocess.run([sys.executable, "-c", IMPORT_MEASURED, "roster", "import", str(path), "--db", str(db)],
                         capture_output=True, text=True, timeout=600)
    assert "Traceback" not in run.stderr, run.stderr
    peak = int(re.search(r"PEAK_KB (\d+)", run.stderr).group(1)) / 1024
    return run.returncode, run.stdout + run.stderr, peak


def roster(path, units=(("甲市生态环境局", "设区市", "", "甲市"),), reviewers=(("张三", "专家评审", "省城", ""),)):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = UNIT_SHEET
    sheet.append(UNIT_COLUMNS)
    for row in units:
        sheet.append(row)
    people = book.create_sheet(REVIEWER_SHEET)
    people.append(REVIEWER_COLUMNS)
    for row in reviewers:
        people.append(row)
    book.save(path)
    return path


def rewritten(path, member, change):
    """The .xlsx with one of its XML parts changed, the rest copied as it was."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[member] = change(parts[member].decode()).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def test_a_sheet_claiming_the_whole_grid_is_read_as_what_it_holds(round_file, tmp_path):
    units = [(f"第{n}号县生态环境局", "设区市", "", f"第{n}号县") for n in range(5_000)]
    path = rewritten(roster(tmp_path / "claims.xlsx", units=units), "xl/worksheets/sheet1.xml",
                     lambda xml: re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:XFD1048576"/>', xml))
    code, message, peak = roster_import(round_file, path)  # each row was padded to 16,384 columns
    assert code == 0 and "5000 个参评单位、1 名评审人员" in message, message
    assert peak < PEAK_LIMIT_MB, f"{peak:.0f} MB"


def test_a_sheet_of_endless_empty_rows_is_refused_while_reading(round_file, tmp_path):
    def endless(xml):  # every row of the grid present and empty: 17 MB of XML, a few hundred KB zipped
        return xml.replace("</sheetData>", "".join(f'<row r="{n}"/>' for n in range(3, 1_048_577)) + "</sheetData>")
    path = rewritten(roster(tmp_path / "endless.xlsx"), "xl/worksheets/sheet1.xml", endless)
    before = table_rows(round_file)
    code, message, peak = roster_import(round_file, path)
    assert code == 2 and "endless.xlsx" in message and "超过 50000 行" in message, message
    assert peak < PEAK_LIMIT_MB, f"{peak:.0f} MB"
    assert table_rows(round_file) == before


XXE = '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
LAUGHS = ('<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "哈哈哈哈哈哈哈哈哈哈">'
          + "".join(f'<!ENTITY {chr(98 + n)} "{("&" + chr(97 + n) + ";") * 10}">' for n in range(9)) + "]>")


@pytest.mark.parametrize("name, prologue, entity", [("xxe.xlsx", XXE, "&secret;"), ("laughs.xlsx", LAUGHS, "&j;")])
def test_entity_tricks_are_refused(round_file, tmp_path, name, prologue, entity):
    def planted(xml):
        xml = re.sub(r"^<\?xml[^>]*\?>", "", xml)
        return prologue + xml.replace("甲市生态环境局", entity, 1)
    path = roster(tmp_path / name, units=(("甲市生态环境局", "设区市", "", "甲市"),))
    member = "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in zipfile.ZipFile(path).namelist() else "xl/worksheets/sheet1.xml"
    path = rewritten(path, member, planted)
    before = table_rows(round_file)
    code, message, peak = roster_import(round_file, path)
    assert code == 2 and name in message and "root:" not in message, message
    assert peak < PEAK_LIMIT_MB and table_rows(round_file) == before


def test_an_old_excel_file_renamed_and_a_zip_bomb_are_named(round_file, tmp_path):
    renamed = tmp_path / "名单.xlsx"
    renamed.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4096))  # what Excel 2003 writes
    code, message, _ = roster_import(round_file, renamed)
    assert code == 2 and "名单.xlsx" in message and "另存为" in message and ".xls" in message, message

    bomb = roster(tmp_path / "bomb.xlsx")
    with zipfile.ZipFile(bomb, "a", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/media/padding.bin", "w", force_zip64=True) as entry:
            for _ in range(300):
                entry.write(bytes(1024 * 1024))
    code, message, peak = roster_import(round_file, bomb)
    assert code == 2 and "bomb.xlsx" in message and "解压后" in message and peak < PEAK_LIMIT_MB, (message, peak)

    garbage = tmp_path / "乱码.xlsx"
    garbage.write_bytes(os.urandom(2048))
    code, message, _ = roster_import(round_file, garbage)
    assert code == 2 and "乱码.xlsx" in message and "不是有效的 .xlsx" in message, message
