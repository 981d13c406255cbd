"""What a 先进个人 candidate brings besides the list: the story file the panel receives (read back
from the PDF a package ships, and by the leak check), and a case file the unit did not submit
among its own (intake names it so; it is scored, and counts for no unit)."""

import json
import shutil
import subprocess
import sys

from helpers import withdraw_publication_of, without_candidates

from reviewer_app.anonymise.round_anonymisation import leak_check
from reviewer_app.anonymise.story_import import import_story
from reviewer_app.core.rubric import load_preset
from reviewer_app.documents.story_document import write_story_pdf
from reviewer_app.pdf.reading import page_text
from reviewer_app.store.candidates import import_candidates
from reviewer_app.store.composition import compositions
from reviewer_app.store.database import Database
from reviewer_app.store.intake import intake_folder
from reviewer_app.demo.cast import UNITS
from reviewer_app.store.roster import UNIT_SHEET, import_roster
from reviewer_app.store.rounds import create_round, only_round
from reviewer_app.store.schema import AwardCandidateRecord, CaseFileRecord
from reviewer_app.store.stories import story_files
from test_candidates import ROWS, STORY, candidates_file


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


def test_the_story_file_the_panel_receives_names_no_one_and_the_leak_check_reads_it(demo_round, tmp_path):
    db_path = demo_round / "secretariat.db"
    without_candidates(db_path)
    story = tmp_path / "陈忠浩个人事迹.txt"
    raw = "\n".join(line for line in STORY.read_text(encoding="utf-8").splitlines() if not line.startswith("#"))
    story.write_text(raw, encoding="utf-8")
    database = Database(db_path)
    with database.session() as session:
        import_candidates(session, only_round(session), candidates_file(tmp_path / "候选人.xlsx", ROWS))
    with database.session() as session:
        import_story(session, only_round(session), "陈忠浩", story, demo_round, others=["磁湖", "情人路"])
    with database.session() as session:
        round_record = only_round(session)
        [registered] = story_files(session, round_record)
        candidate = session.query(AwardCandidateRecord).filter_by(name="陈忠浩").one()
        [document] = registered.documents
        assert registered.code == candidate.alias and registered.unit.name == "青溪县环境保护局"
        shipped = "".join(page_text(demo_round / document.path))
        # an independent scan of the PDF itself: no name, form of it, unit, region or certificate
        for word in ("陈忠浩", "陈某", "老陈", "黄石", "磁湖", "情人路", "青溪", "临江", "42020017"):
            assert word not in shipped, word
        assert candidate.alias in shipped and "餐饮废水" in shipped
        assert leak_check(session, round_record, demo_round, case_file_ids={registered.id}) == []
        # The check does read the story: the same file made from the text as the unit sent it leaks.
        write_story_pdf(candidate.alias, raw, demo_round / document.path)
        found = leak_check(session, round_record, demo_round, case_file_ids={registered.id})
        assert any("陈忠浩" in str(leak) for leak in found), found
    database.close()


def test_a_candidates_own_case_file_is_scored_and_counts_for_no_unit(demo_source, demo_round, tmp_path):
    # Intake: the unit sends the candidate's file in a folder named so, beside its own.
    tree = tmp_path / "originals"
    shutil.copytree(demo_source / "originals", tree)
    unit_folder = tree / "青溪县环境保护局"
    own = sorted(p for p in unit_folder.iterdir() if p.is_dir())[0]
    shutil.copytree(own, unit_folder / f"先进个人候选人案卷 {own.name}")
    folder = tmp_path / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    units = tmp_path / "units.csv"
    units.write_text("单位名称,层级,上级单位,所属地区\n" + "".join(
        f"{u.name},{'设区市' if u.parent is None else '县（市、区）'},{u.parent or ''},临江市\n" for u in UNITS), encoding="utf-8")
    with database.session() as session:
        round_record = create_round(session, name="候选人案卷", year=2016, rubric=load_preset("national_2012"))
        import_roster(session, round_record, units, UNIT_SHEET)
        report = intake_folder(session, round_record, tree, folder)
    with database.session() as session:
        round_record = only_round(session)
        candidates_own = [c for c in round_record.case_files if not c.unit_file]
        assert report.case_files == 23 and [c.title for c in candidates_own] == [f"先进个人候选人案卷 {own.name}"]
        qingxi = next(c for c in compositions(round_record) if c.name == "青溪县环境保护局")
        assert qingxi.submitted == 7 and not any("青溪" in w and "8 件" in w for w in report.warnings)
    database.close()

    # Scored like any file, for the candidate; its unit's count and mean leave it out.
    db_path = demo_round / "secretariat.db"
    without_candidates(db_path)
    before = json.loads(cli("results", "--db", db_path, "--json").stdout)
    code = next(c["code"] for c in before["case_files"] if c["unit"] == "青溪县环境保护局" and c["final_score"] is not None)
    run = cli("candidates", "case-file", "--db", db_path, "--case", code)
    assert run.returncode == 0, run.stderr
    after = json.loads(cli("results", "--db", db_path, "--json").stdout)
    unit = {u["name"]: u for u in before["units"]}["青溪县环境保护局"], {u["name"]: u for u in after["units"]}["青溪县环境保护局"]
    assert unit[1]["case_count"] == unit[0]["case_count"] - 1
    scored = {c["code"]: c for c in after["case_files"]}
    assert scored[code]["final_score"] == {c["code"]: c for c in before["case_files"]}[code]["final_score"]
    assert cli("candidates", "case-file", "--db", db_path, "--case", code, "--counted").returncode == 0
    again = json.loads(cli("results", "--db", db_path, "--json").stdout)
    assert {u["name"]: u for u in again["units"]}["青溪县环境保护局"] == unit[0]
    database = Database(db_path)
    with database.session() as session:
        assert session.query(CaseFileRecord).filter_by(code=code).one().unit_file
    database.close()


def test_panel_totals_far_apart_wait_for_a_recheck_like_a_case_files(demo_round):
    db_path = demo_round / "secretariat.db"
    withdraw_publication_of(db_path)
    database = Database(db_path)
    with database.session() as session:
        [first, *_] = story_files(session, only_round(session))
        alias = first.code
    with database.engine.begin() as connection:  # one member's signed total far below the other's
        connection.exec_driver_sql(
            "UPDATE score_sheets SET total_points = '60.00' WHERE id = (SELECT s.id FROM score_sheets s "
            "JOIN assignments a ON a.id = s.assignment_id JOIN case_files c ON c.id = a.case_file_id "
            "JOIN reviewers r ON r.id = a.reviewer_id WHERE c.code = ? AND r.name = '周明远')", (alias,))
    database.close()
    listed = cli("recheck", "list", "--db", db_path).stdout
    assert any(line.startswith(alias) and "需复核" in line for line in listed.splitlines()), listed
    individual = json.loads(cli("results", "--db", db_path, "--json").stdout)["awards"]["individual"]
    waiting = [c for c in individual["candidates"] if any("待复核" in p for p in c["pending"])]
    assert len(waiting) == 1 and not individual["final"]
    run = cli("recheck", "decide", "--db", db_path, "--case", alias, "--decision", "维持", "--reason", "组长复核：两名成员尺度不同",
              "--by", "评审组组长")
    assert run.returncode == 0, run.stderr
    individual = json.loads(cli("results", "--db", db_path, "--json").stdout)["awards"]["individual"]
    assert not any("待复核" in p for c in individual["candidates"] for p in c["pending"])
