"""先进集体's statistics as the secretariat imports them, and the selection's outputs read back."""

import json
import subprocess
import sys

import openpyxl
import pytest
from helpers import withdraw_publication_of
from sqlalchemy import select

from reviewer_app.demo.statistics import STATISTICS, write_statistics
from reviewer_app.store.awards import (
    COLUMNS,
    NAME,
    STATISTICS_SHEET,
    AwardError,
    collective_selection,
    import_statistics,
    recommend,
)
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import AuditEntry, UnitStatisticsRecord
from reviewer_app.store.spreadsheets import SpreadsheetError


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


def stored(db_path):
    database = Database(db_path)
    with database.session() as session:
        found = {(r.unit_id, r.cases, str(r.fines), r.votes) for r in session.scalars(select(UnitStatisticsRecord))}
    database.close()
    return found


def sheet_with(path, changes):
    """The demo's statistics with some cells changed: {(unit, column): value}, or extra rows.
    Rows: 2 全省, 3 临江市, 4 青溪县, 5 云台县, then any added."""
    write_statistics(path)
    book = openpyxl.load_workbook(path)
    sheet = book[STATISTICS_SHEET]
    header = [c.value for c in sheet[1]]
    for (unit, column), value in changes.items():
        row = next((r for r in sheet.iter_rows(min_row=2) if r[0].value == unit), None)
        if row is None:
            sheet.append((unit,))
            row = sheet[sheet.max_row]
        sheet.cell(row[0].row, header.index(column) + 1).value = value
    book.save(path)
    return path


@pytest.mark.parametrize("changes, named", [
    ({("云台县环境保护局", "罚款金额（元）"): "12,3x"}, "第 5 行，“罚款金额（元）”：“12,3x”不是数字"),
    ({("云台县环境保护局", "查处案件数"): -3}, "第 5 行，“查处案件数”：“-3”不能为负数"),
    ({("青溪县环境保护局", "公众满意度得票数"): 10.5}, "第 4 行，“公众满意度得票数”：“10.5”应为整数"),
    ({("青溪县环境保护局", "PM2.5本年均值"): 40}, "第 4 行，“PM2.5本年均值”：县级单位不考核空气质量，请留空"),
    ({("青溪县环境保护局", "查处案件数"): None}, "第 4 行，“查处案件数”：不能为空"),
    ({("东湖区环境保护局", "查处案件数"): 3}, "第 6 行，“单位名称”：“东湖区环境保护局”不在参评单位名单中"),
    ({("临江市环境保护局", "罚款金额（元）"): "100.123"}, "第 3 行，“罚款金额（元）”：“100.123”金额最多两位小数"),
])
def test_a_bad_cell_is_named_and_nothing_is_imported(demo_round, tmp_path, changes, named):
    db_path = demo_round / "secretariat.db"
    withdraw_publication_of(db_path)
    before = stored(db_path)
    path = sheet_with(tmp_path / "统计数据.xlsx", changes)
    database = Database(db_path)
    with database.session() as session, pytest.raises(SpreadsheetError) as error:
        import_statistics(session, only_round(session), path)
    database.close()
    assert str(error.value).startswith(f"统计数据.xlsx，工作表“{STATISTICS_SHEET}”，") and named in str(error.value)
    assert stored(db_path) == before and before  # the demo's statistics untouched
    # the command line says the same and exits 2
    run = cli("awards", "import", "--db", db_path, "--file", path)
    assert run.returncode == 2 and named in run.stderr and "Traceback" not in run.stderr
    assert stored(db_path) == before


def test_the_template_lists_the_roster_and_a_reimport_replaces_and_is_audited(demo_round, tmp_path):
    db_path = demo_round / "secretariat.db"
    withdraw_publication_of(db_path)
    template = tmp_path / "模板.xlsx"
    assert cli("awards", "template", "--db", db_path, "--out", template).returncode == 0
    sheet = openpyxl.load_workbook(template)[STATISTICS_SHEET]
    assert [c.value for c in sheet[1]] == [NAME, *(c for c, _, _ in COLUMNS)]
    assert [r[0].value for r in sheet.iter_rows(min_row=2)] == ["全省", *[n for n in STATISTICS if n != "全省"]]
    changed = sheet_with(tmp_path / "新.xlsx", {("青溪县环境保护局", "公众满意度得票数"): 1310})
    run = cli("awards", "import", "--db", db_path, "--file", changed)
    assert run.returncode == 0, run.stderr
    assert {votes for *_, votes in stored(db_path)} == {1840, 1310}
    database = Database(db_path)
    with database.session() as session:
        round_record = only_round(session)
        assert any("新.xlsx" in e.detail for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "award_statistics")))
        # both counties now have the most votes: full satisfaction marks for each
        by = {u.name: u for u in collective_selection(session, round_record).units}
        assert by["青溪县环境保护局"].satisfaction == by["云台县环境保护局"].satisfaction == 30
        with pytest.raises(AwardError, match="设区市"):
            recommend(session, round_record, "临江市环境保护局", True)
    database.close()


def test_a_published_round_refuses_new_statistics(demo_round, tmp_path):
    run = cli("awards", "import", "--db", demo_round / "secretariat.db", "--file", write_statistics(tmp_path / "s.xlsx"))
    assert run.returncode == 2 and "已于" in run.stderr and "撤销发布" in run.stderr


def test_the_report_says_what_the_json_says(demo_round, tmp_path, output_dir):
    from reviewer_app.documents.export import plan_documents, write_documents

    db_path = demo_round / "secretariat.db"
    collective = json.loads(cli("results", "--db", db_path, "--json").stdout)["awards"]["collective"]
    database = Database(db_path)
    pdf, _ = write_documents(plan_documents(database, ("awards",)), tmp_path, "pdf")  # 先进集体, then 先进个人
    docx, _ = write_documents(plan_documents(database, ("awards",)), tmp_path, "docx")
    database.close()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    for unit in collective["units"]:
        assert unit["name"] in flat and unit["total"] in flat
    assert "拟推荐：青溪县环境保护局" in flat and "临江市环境保护局：PM2.5年均浓度升高（61→63）" in flat
    assert "达到基准值的50%（含）得满分，低于50%得0分" in flat  # the reading in force, printed
    assert "发布单位：省环保厅（演示）" in flat
    from docx import Document

    words = "".join("".join(cell.text for cell in row.cells) for table in Document(docx).tables for row in table.rows)
    assert all(u["name"] in words and u["total"] in words for u in collective["units"])
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(output_dir / "collective-report")], check=True)
