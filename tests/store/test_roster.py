"""Units and reviewers from Excel or CSV: the template imports; a bad row is named and nothing is imported."""

import subprocess
import sys

import openpyxl
import pytest

from helpers import table_rows
from reviewer_app.core.rubric import load_preset
from reviewer_app.store.database import Database
from reviewer_app.store.roster import REVIEWER_SHEET, UNIT_SHEET, RosterError, import_roster, write_template
from reviewer_app.store.rounds import create_round, only_round


@pytest.fixture
def round_db(tmp_path):
    database = Database(tmp_path / "round.db")
    with database.session() as session:
        create_round(session, name="2026年评查", year=2026, rubric=load_preset("national_2012"))
    yield database
    database.close()


def test_the_template_imports(round_db, tmp_path):
    template = tmp_path / "名单模板.xlsx"
    write_template(template)
    with round_db.session() as session:
        assert import_roster(session, only_round(session), template) == (2, 2)
    with round_db.session() as session:
        round_record = only_round(session)
        county = next(u for u in round_record.units if u.level == "county")
        assert county.parent.name == "某市生态环境局" and county.region == "某市"
        team = next(r for r in round_record.reviewers if r.track == "cross")
        assert team.members.splitlines() == ["李四", "王五"]


def test_a_bad_row_is_named_and_nothing_is_imported(round_db, tmp_path):
    path = tmp_path / "名单.xlsx"
    write_template(path)
    book = openpyxl.load_workbook(path)
    book[UNIT_SHEET].append(("乙县生态环境局", "乡镇", "某市生态环境局", "某市"))  # row 4
    book.save(path)
    before = table_rows(round_db.path)
    with round_db.session() as session, pytest.raises(RosterError) as error:
        import_roster(session, only_round(session), path)
    message = str(error.value)
    assert "名单.xlsx" in message and UNIT_SHEET in message and "第 4 行" in message and "“层级”列" in message
    assert table_rows(round_db.path) == before


def test_csv_and_missing_columns(round_db, tmp_path):
    good = tmp_path / "reviewers.csv"
    good.write_text("姓名或评审组,评审类别,所属地区,成员\n赵六,专家评审,省城,\n东湖组,交叉评审,东湖市,甲、乙\n", encoding="utf-8")
    with round_db.session() as session:
        assert import_roster(session, only_round(session), good, REVIEWER_SHEET) == (0, 2)
    bad = tmp_path / "units.csv"
    bad.write_text("单位名称,层级,所属地区\n甲县,县,甲市\n", encoding="utf-8")
    with round_db.session() as session, pytest.raises(RosterError, match="缺少“上级单位”列"):
        import_roster(session, only_round(session), bad, UNIT_SHEET)
    cross = tmp_path / "cross.csv"
    cross.write_text("姓名或评审组,评审类别,所属地区,成员\n钱七,交叉评审,,\n", encoding="utf-8")
    with round_db.session() as session, pytest.raises(RosterError, match="第 2 行，“所属地区”列"):
        import_roster(session, only_round(session), cross, REVIEWER_SHEET)


def test_cli_create_round_template_and_import(tmp_path):
    db = tmp_path / "new.db"
    run = lambda *a: subprocess.run([sys.executable, "-m", "reviewer_app", *a], capture_output=True, text=True)  # noqa: E731
    assert run("round", "create", "--db", str(db), "--name", "测试评查", "--year", "2026").returncode == 0
    assert run("round", "create", "--db", str(db), "--name", "x", "--year", "2026").returncode == 2
    template = tmp_path / "t.xlsx"
    assert run("roster", "template", str(template)).returncode == 0
    imported = run("roster", "import", str(template), "--db", str(db))
    assert imported.returncode == 0 and "2 个参评单位、2 名评审人员" in imported.stdout
    again = run("roster", "import", str(template), "--db", str(db))
    assert again.returncode == 2 and "重复" in again.stderr and "Traceback" not in again.stderr


@pytest.mark.parametrize("sheet, row, column, fragment", [
    (UNIT_SHEET, ("乙县生态环境局\u202e局护保", "设区市", "", "乙县"), "单位名称", "U+202E"),  # right-to-left override
    (UNIT_SHEET, ("乙县/../生态环境局", "设区市", "", "乙县"), "单位名称", "路径分隔符"),
    (UNIT_SHEET, ("乙县生态环境局", "设区市", "", "乙\u200e县"), "所属地区", "U+200E"),  # left-to-right mark
    (REVIEWER_SHEET, ("张三\u200b", "专家评审", "", ""), "姓名或评审组", "U+200B"),  # zero-width space
    (REVIEWER_SHEET, ("丙组", "交叉评审", "某市", "李四、王\\五"), "成员", "路径分隔符"),
])
def test_names_with_invisible_or_path_characters_are_refused(round_db, tmp_path, sheet, row, column, fragment):
    path = tmp_path / "名单.xlsx"
    write_template(path)
    book = openpyxl.load_workbook(path)
    book[sheet].append(row)
    book.save(path)
    before = table_rows(round_db.path)
    with round_db.session() as session, pytest.raises(RosterError) as error:
        import_roster(session, only_round(session), path)
    assert f"“{column}”列" in str(error.value) and fragment in str(error.value)
    assert table_rows(round_db.path) == before
