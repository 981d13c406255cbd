"""先进个人 candidates and their stories, as the secretariat imports them: the list all or nothing,
the 3,000-字 limit at the door, and a published story anonymised so that an independent scan
finds no candidate, unit or region in it."""

import json
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from helpers import without_candidates

from reviewer_app.anonymise.leak_classes import class_findings
from reviewer_app.anonymise.story_import import import_story
from reviewer_app.store.candidates import CANDIDATE_COLUMNS, CANDIDATE_SHEET, CandidateError, import_candidates
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import AwardCandidateRecord
from reviewer_app.store.spreadsheets import SpreadsheetError

STORY = Path(__file__).with_name("published_story.txt")


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


def candidates_file(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = CANDIDATE_SHEET
    sheet.append((*CANDIDATE_COLUMNS, "符合基本条件", "基本条件说明", "案卷编号"))
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


ROWS = [("陈忠浩", "青溪县环境保护局", "42020017", "是", 40, 400, "是", "", ""),
        ("李卫东", "云台县环境保护局", "42020023", "否", 35, 350, "是", "", ""),
        ("周岚", "临江市环境保护局", "42010009", "是", 30, 380, "是", "", "")]


@pytest.fixture
def round_with_candidates(demo_round, tmp_path):
    db_path = demo_round / "secretariat.db"
    without_candidates(db_path)
    run = cli("candidates", "import", "--db", db_path, "--file", candidates_file(tmp_path / "候选人.xlsx", ROWS))
    assert run.returncode == 0, run.stderr
    return db_path


def stored(db_path):
    database = Database(db_path)
    with database.session() as session:
        found = [(c.name, c.alias, c.certificate_supplied, c.story_anonymised) for c in session.query(AwardCandidateRecord).order_by(AwardCandidateRecord.id)]
    database.close()
    return found


def test_a_bad_row_is_named_and_the_list_stays_as_it_was(round_with_candidates, tmp_path):
    before = stored(round_with_candidates)
    assert [name for name, *_ in before] == ["陈忠浩", "李卫东", "周岚"]
    assert len({alias for _, alias, *_ in before}) == 3 and all(alias.startswith("候选人") for _, alias, *_ in before)
    bad = candidates_file(tmp_path / "坏.xlsx", [ROWS[0], ("王五", "青溪县环境保护局", "42020031", "也许", 3, 3, "是", "", "")])
    run = cli("candidates", "import", "--db", round_with_candidates, "--file", bad)
    assert run.returncode == 2 and "坏.xlsx，工作表“先进个人候选人”，第 3 行，“廉洁执法证明”：“也许”应为“是”或“否”" in run.stderr
    unknown = candidates_file(tmp_path / "单位.xlsx", [("王五", "东湖区环境保护局", "1", "是", 3, 3, "是", "", "")])
    run = cli("candidates", "import", "--db", round_with_candidates, "--file", unknown)
    assert run.returncode == 2 and "“东湖区环境保护局”不在参评单位名单中" in run.stderr
    assert stored(round_with_candidates) == before


def test_the_story_limit_is_checked_at_the_door(round_with_candidates, tmp_path):
    def story_of(count, name):
        path = tmp_path / name
        path.write_text("坚" * (count - 1) + "。", encoding="utf-8")
        return path

    run = cli("candidates", "story", "--db", round_with_candidates, "--name", "周岚", "--file", story_of(3001, "长.txt"))
    assert run.returncode == 2 and "长.txt：个人事迹材料共 3001 字，超过 3000 字的上限（多 1 字），未导入" in run.stderr
    assert stored(round_with_candidates)[2][3] == ""
    run = cli("candidates", "story", "--db", round_with_candidates, "--name", "周岚", "--file", story_of(3000, "满.txt"))
    assert run.returncode == 0, run.stderr
    assert len(stored(round_with_candidates)[2][3]) == 3000


def test_a_published_story_from_word_names_no_candidate_unit_or_region(round_with_candidates, tmp_path):
    text = "\n".join(line for line in STORY.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "陈忠浩个人事迹.docx"
    document.save(path)
    database = Database(round_with_candidates)
    with database.session() as session:
        replaced = import_story(session, only_round(session), "陈忠浩", path, round_with_candidates.parent,
                                others=["磁湖", "情人路"])
    with database.session() as session:
        candidate = session.query(AwardCandidateRecord).filter_by(name="陈忠浩").one()
        shown, alias = candidate.story_anonymised, candidate.alias
        unit, region = candidate.unit.name, candidate.unit.region
    database.close()
    assert any("陈忠浩 → " + alias in line for line in replaced)
    # an independent scan of what the panel would read: plain substrings and the leak check's own classes
    for word in ("陈忠浩", "陈某", "黄石", "磁湖", "情人路", unit, region, "42020017"):
        assert word not in shown, word
    assert class_findings(shown) == []
    assert shown.count(alias) == 3 and "餐饮废水" in shown and "粪大肠菌群超标25倍以上" in shown  # the story itself kept


def test_integrity_vetoes_and_the_selection_in_the_results(round_with_candidates):
    run = cli("candidates", "uphold", "--db", round_with_candidates, "--name", "周岚", "--reason", "举报收受财物，经纪检部门查实")
    assert run.returncode == 0, run.stderr
    listed = json.loads(cli("results", "--db", round_with_candidates, "--json").stdout)["awards"]["individual"]
    by = {c["name"]: c for c in listed["candidates"]}
    assert by["李卫东"]["vetoed"] == ["未附廉洁执法证明材料"]
    assert by["周岚"]["vetoed"] == ["举报经查属实（举报收受财物，经纪检部门查实）"]
    # 陈忠浩: the top of the remaining cases and votes, but no case file linked and no story scored yet
    assert (by["陈忠浩"]["cases"], by["陈忠浩"]["votes"]) == ("20.00", "30.00")
    assert by["陈忠浩"]["pending"] == ["案卷尚无得分", "个人事迹尚未评分"] and not listed["final"]
    with pytest.raises(CandidateError):
        database = Database(round_with_candidates)
        try:
            with database.session() as session:
                import_story(session, only_round(session), "王五", STORY, round_with_candidates.parent)
        finally:
            database.close()


def test_a_spreadsheet_that_is_not_one_is_refused(round_with_candidates, tmp_path):
    fake = tmp_path / "名单.xlsx"
    fake.write_bytes(b"not a zip")
    database = Database(round_with_candidates)
    with database.session() as session, pytest.raises(SpreadsheetError, match="名单.xlsx"):
        import_candidates(session, only_round(session), fake)
    database.close()


def test_the_workbook_and_the_report_say_what_the_json_says(round_with_candidates, tmp_path, output_dir):
    from reviewer_app.documents.export import plan_documents, write_documents

    listed = json.loads(cli("results", "--db", round_with_candidates, "--json").stdout)["awards"]["individual"]
    path = tmp_path / "结果.xlsx"
    assert cli("results", "--db", round_with_candidates, "--xlsx", path).returncode == 0
    sheet = openpyxl.load_workbook(path)["先进个人评选"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert [r["候选人"] for r in rows] == [c["name"] for c in listed["candidates"]]
    for row, candidate in zip(rows, listed["candidates"]):
        assert f"{row['查处案件数量']:.2f}" == candidate["cases"] and f"{row['案件调查情况']:.2f}" == candidate["votes"]
        assert all(f"否决：{v}" in (row["否决或待决"] or "") for v in candidate["vetoed"])
    database = Database(round_with_candidates)
    [pdf] = [p for p in write_documents(plan_documents(database, ("awards",)), tmp_path, "pdf") if "先进个人" in p.name]
    database.close()
    text = "".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split())
    assert all(c["name"] in text for c in listed["candidates"]) and "初步结果" in text and "未附廉洁执法证明材料" in text
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(output_dir / "individual-report")], check=True)


def test_hostile_story_files_are_refused_by_name(round_with_candidates, tmp_path):
    import zipfile

    bomb = tmp_path / "炸弹.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "\0" * (60 * 1024**2))  # a few dozen KB, 60 MB inflated
    assert bomb.stat().st_size < 1024**2
    renamed = tmp_path / "旧版.docx"
    renamed.write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 2000)  # an old .doc renamed
    old = tmp_path / "事迹.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    for path, said in ((bomb, "解压后有 60 MB"), (renamed, "不是有效的 Word（.docx）文件"), (old, "旧版 .doc 请另存为 .docx")):
        run = cli("candidates", "story", "--db", round_with_candidates, "--name", "陈忠浩", "--file", path)
        assert run.returncode == 2 and path.name in run.stderr and said in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert stored(round_with_candidates)[0][3] == ""
