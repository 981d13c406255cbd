"""Setting up a round by script: roster, intake of the demo's folder tree, automatic assignment."""

import csv
from collections import Counter

import pytest
from sqlalchemy import select

from reviewer_app.core.assignment import AssignmentError
from reviewer_app.core.rubric import load_preset
from reviewer_app.demo.cast import REVIEWERS, UNITS
from reviewer_app.store.assignments import assign_round, assignment_conflicts
from reviewer_app.store.database import Database
from reviewer_app.store.intake import IntakeError, document_type_of, intake_folder
from reviewer_app.store.roster import REVIEWER_SHEET, UNIT_SHEET, import_roster
from reviewer_app.store.rounds import create_round, only_round
from reviewer_app.store.schema import AssignmentRecord, CaseFileRecord, DocumentRecord, ReviewerRecord
from helpers import withdraw_publication_of


def roster_files(tmp_path):
    units = tmp_path / "units.csv"
    with open(units, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["单位名称", "层级", "上级单位", "所属地区"])
        for unit in UNITS:
            writer.writerow([unit.name, "设区市" if unit.parent is None else "县（市、区）", unit.parent or "", "临江市"])
    reviewers = tmp_path / "reviewers.csv"
    with open(reviewers, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名或评审组", "评审类别", "所属地区", "成员"])
        for reviewer in REVIEWERS:
            writer.writerow([reviewer.name, reviewer.track.label, reviewer.region, "、".join(reviewer.members)])
    return units, reviewers


def test_scripted_set_up_from_the_demo_tree(demo_source, tmp_path):
    folder = tmp_path / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    units, reviewers = roster_files(tmp_path)
    with database.session() as session:
        round_record = create_round(session, name="脚本建立的评查", year=2016, rubric=load_preset("national_2012"))
        import_roster(session, round_record, units, UNIT_SHEET)
        import_roster(session, round_record, reviewers, REVIEWER_SHEET)
        report = intake_folder(session, round_record, demo_source / "originals", folder)
    # every document of the demo's 22 files goes in
    assert (report.case_files, report.documents) == (22, sum(1 for p in (demo_source / "originals").rglob("*") if p.is_file()))
    assert report.warnings and all("移动执法平台" in w for w in report.warnings)  # the one handwritten record
    demo = Database(demo_source / "secretariat.db")
    with demo.session() as demo_session, database.session() as session:
        expected = {(c.unit.name, c.title): c for c in demo_session.scalars(select(CaseFileRecord))}
        for case in session.scalars(select(CaseFileRecord)):
            original = expected[(case.unit.name, case.title.split(" ", 1)[1])]
            assert case.case_type == original.case_type
            assert case.mobile_platform == original.mobile_platform
            assert [d.doc_type for d in case.documents] == [d.doc_type for d in original.documents]
            assert [d.sha256 for d in case.documents] == [d.sha256 for d in original.documents]
        codes = [c.code for c in session.scalars(select(CaseFileRecord))]
        assert len(set(codes)) == 22 and codes != sorted(codes)
    demo.close()

    with database.session() as session:
        round_record = only_round(session)
        assign_round(session, round_record, seed=3)
        first = {r.name: {a.case_file.code for a in r.assignments} for r in round_record.reviewers}
        loads = assign_round(session, round_record, seed=7)  # again: the new assignment replaces the first
        # ... and the same session sees it, not the lists it read before
        seen = {r.name: {a.case_file.code for a in r.assignments} for r in round_record.reviewers}
        rows = session.execute(select(ReviewerRecord.name, CaseFileRecord.code).join(AssignmentRecord.reviewer)
                               .join(AssignmentRecord.case_file)).all()
        assert seen == {name: {code for n, code in rows if n == name} for name in seen} != first
        assert {name: len(codes) for name, codes in seen.items()} == loads
    with database.session() as session:
        round_record = only_round(session)
        for case in round_record.case_files:
            tracks = Counter(a.reviewer.track for r in round_record.reviewers for a in r.assignments if a.case_file is case)
            assert tracks == {"expert": 2, "cross": 2}
        assert assignment_conflicts(round_record) == []
    cross = [n for r in REVIEWERS if r.track.value == "cross" for n in [loads[r.name]]]
    assert max(cross) - min(cross) <= 1 and sum(cross) == 44
    database.close()


def test_unknown_unit_folder_changes_nothing(demo_source, tmp_path):
    database = Database(tmp_path / "r.db")
    with database.session() as session:
        round_record = create_round(session, name="x", year=2016, rubric=load_preset("national_2012"))
        round_id = round_record.id
    with pytest.raises(IntakeError, match="名单中没有参评单位"):
        with database.session() as session:
            intake_folder(session, session.get(type(round_record), round_id), demo_source / "originals", tmp_path)
    with database.session() as session:
        assert session.scalars(select(DocumentRecord)).first() is None
    database.close()


def test_reassigning_after_scoring_is_refused(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    database = Database(demo_round / "secretariat.db")
    with pytest.raises(AssignmentError, match="已有评分表"):
        with database.session() as session:
            assign_round(session, only_round(session))
    database.close()


def test_document_types_from_file_names():
    assert document_type_of("03-调查询问笔录.pdf").value == "interview_record"
    assert document_type_of("扫描_送达回证_1.jpg").value == "service_receipt"
    assert document_type_of("行政处罚事先（听证）告知书.pdf").value == "prior_notice"
    assert document_type_of("照片.png").value == "other"


def test_manual_override_shows_the_conflict(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    import subprocess
    import sys

    from reviewer_app.store.assignments import set_assignment

    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        round_record = only_round(session)
        unassigned = next(c for c in round_record.case_files
                          if all(a.reviewer.name != "王建国" for a in session.scalars(select(AssignmentRecord).where(AssignmentRecord.case_file_id == c.id))))
        round_record.reviewers[2].region = "临江市"  # 王建国 now comes from the files' own region
        conflicts = set_assignment(session, round_record, "王建国", unassigned.code, True)
    assert any(unassigned.code in str(c) and "王建国" in str(c) and "回避" in str(c) for c in conflicts)
    database.close()
    output = subprocess.run([sys.executable, "-m", "reviewer_app", "assign", "remove", "--db", str(demo_round / "secretariat.db"),
                             "--reviewer", "王建国", "--case", unassigned.code], capture_output=True, text=True)
    assert output.returncode == 0 and "已取消" in output.stdout


def test_transfer_letters_read_as_their_wording_asks():
    from pathlib import Path

    from reviewer_app.core.vocabulary import CaseType, DocumentType
    from reviewer_app.store.intake import case_type_of, transfer_type

    detention = ("关于移送某某公司涉嫌违法案件的函：该公司通过暗管排放水污染物，其行为违反了《中华人民共和国环境保护法》"
                 "第四十二条第四款的规定，尚不构成犯罪，依据《环境保护法》第六十三条第三项，现移送你局，请依法对直接负责的"
                 "主管人员处以行政拘留。")
    crime = ("案件移送书：该公司非法处置危险废物三吨以上，依据《最高人民法院 最高人民检察院关于办理环境污染刑事案件适用法律"
             "若干问题的解释》第一条，涉嫌构成《中华人民共和国刑法》第三百三十八条规定的污染环境罪，现移送你局立案侦查。")
    spaced = "现 将 案 件 移 送 你 局 ， 对 相 关 责 任 人 员 予 以 行 政 拘 留 ， 其 行 为 尚 不 构 成 犯 罪 。"
    assert transfer_type(detention) is CaseType.DETENTION_TRANSFER
    assert transfer_type(crime) is CaseType.CRIME_TRANSFER
    assert transfer_type(spaced) is CaseType.DETENTION_TRANSFER
    assert transfer_type("本案当事人的行为不涉嫌犯罪，移送处理。") is CaseType.DETENTION_TRANSFER
    # A penalty file with a re-inspection record stays a penalty file; the daily-penalty decision decides.
    penalty = [(Path("03 复查笔录.pdf"), DocumentType.REINSPECTION_RECORD), (Path("05 处罚决定书.pdf"), DocumentType.PENALTY_DECISION)]
    assert case_type_of("12 某公司超标排放案", penalty) is CaseType.PENALTY
    daily = penalty + [(Path("06 按日连续处罚决定书.pdf"), DocumentType.DAILY_PENALTY_DECISION)]
    assert case_type_of("13 某公司拒不改正案", daily) is CaseType.DAILY_PENALTY
    # An audit file is known by its audit opinion (稽查意见书), whatever its folder is called.
    from reviewer_app.store.intake import document_type_of
    assert document_type_of("03 环境监察稽查意见书.pdf") is DocumentType.AUDIT_OPINION
    audit = [(Path("01 现场检查笔录.pdf"), DocumentType.INSPECTION_RECORD), (Path("03 环境监察稽查意见书.pdf"), DocumentType.AUDIT_OPINION)]
    assert case_type_of("14 某公司", audit) is CaseType.INSPECTION_AUDIT


def test_a_declared_conflict_is_respected_by_automatic_assignment(demo_source, tmp_path):
    import shutil
    import subprocess
    import sys

    from helpers import unscored

    db_path = tmp_path / "secretariat.db"
    shutil.copy(demo_source / "secretariat.db", db_path)
    for reviewer in REVIEWERS:
        unscored(db_path, reviewer.name)
    unit = UNITS[1].name
    command = [sys.executable, "-m", "reviewer_app"]
    declared = subprocess.run(command + ["declare-conflict", "--db", str(db_path), "--reviewer", "王建国", "--unit", unit],
                              capture_output=True, text=True)
    assert declared.returncode == 0 and "回避" in declared.stdout
    assert "已声明与" in declared.stdout  # the existing assignment is shown as a conflict now
    assigned = subprocess.run(command + ["assign", "auto", "--db", str(db_path), "--seed", "3"], capture_output=True, text=True)
    assert assigned.returncode == 0, assigned.stderr
    database = Database(db_path)
    with database.session() as session:
        round_record = only_round(session)
        wang = next(r for r in round_record.reviewers if r.name == "王建国")
        assert wang.assignments and all(a.case_file.unit.name != unit for a in wang.assignments)
        assert assignment_conflicts(round_record) == []
    database.close()
    # The demo has two experts and each file needs both: an expert who must step aside leaves too
    # few, and assignment says so instead of breaking the declaration.
    subprocess.run(command + ["declare-conflict", "--db", str(db_path), "--reviewer", "周明远", "--unit", unit], check=True)
    short = subprocess.run(command + ["assign", "auto", "--db", str(db_path)], capture_output=True, text=True)
    assert short.returncode == 2 and "专家评审可分配的评审人员只有 1 名" in short.stderr
    unknown = subprocess.run(command + ["declare-conflict", "--db", str(db_path), "--reviewer", "周明远", "--unit", "不存在的局"],
                             capture_output=True, text=True)
    assert unknown.returncode == 2 and "没有参评单位" in unknown.stderr


def test_platform_records_are_recognised_in_their_real_spellings():
    from reviewer_app.store.intake import platform_record

    assert platform_record("本笔录由移动执法平台生成") == "移动执法平台"
    assert platform_record("使用 移 动 执 法 系 统 现场制作") == "移动执法系统"
    assert platform_record("检查人员使用移动执法APP记录") == "移动执法APP"
    assert platform_record("执法记录编号YD2016100123") == "执法记录编号YD2016100123"
    assert platform_record("纸质笔录手工填写，无编号") is None


def test_eligibility_confirmed_or_dismissed_from_the_command_line(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    import json
    import subprocess
    import sys

    db_path = demo_round / "secretariat.db"
    command = [sys.executable, "-m", "reviewer_app"]
    listed = subprocess.run(command + ["eligibility", "list", "--db", str(db_path)], capture_output=True, text=True)
    lines = [line.split("\t") for line in listed.stdout.splitlines()]
    # the demo's secretariat confirmed the handwritten record and dismissed the photocopied one
    assert sorted(decision for *_, decision, _ in lines) == ["confirmed", "dismissed"]
    code, _, _, warning, decision, reason = next(line for line in lines if line[4] == "confirmed")
    # intake's reading, then the expert reviewers' own doubt raised on their sheets, page cited
    assert warning.startswith("未识别出移动执法平台记录；评审人员") and "现场监察笔录非移动执法平台生成" in warning and "第1页" in warning
    assert "手写" in reason
    def case():
        out = subprocess.run(command + ["results", "--db", str(db_path), "--json"], capture_output=True, text=True, check=True)
        return next(c for c in json.loads(out.stdout)["case_files"] if c["code"] == code)
    assert case()["final_score"] == "0.00" and not case()["eligible"]
    assert subprocess.run(command + ["eligibility", "dismiss", "--db", str(db_path), "--case", code],
                          capture_output=True).returncode == 2  # no reason
    done = subprocess.run(command + ["eligibility", "dismiss", "--db", str(db_path), "--case", code, "--reason",
                                     "平台故障期间补录，已提供平台补录证明"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert case()["eligible"] and float(case()["final_score"]) > 0


def _typed_pdf(path, lines, qr=None):
    import io

    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from reviewer_app.documents.fonts import register_cjk_font
    from reviewer_app.documents.pictures import qr_png

    canvas = Canvas(str(path))
    canvas.setFont(register_cjk_font(), 12)
    for n, line in enumerate(lines):
        canvas.drawString(72, 760 - 20 * n, line)
    if qr:  # a 20 mm code in the footer, as the platform prints its verification code
        canvas.drawImage(ImageReader(io.BytesIO(qr_png(qr))), 460, 40, 57, 57)
    canvas.save()


def test_intake_proposes_files_out_of_period_or_missing_their_decision(demo_source, tmp_path):
    import shutil
    from datetime import date

    from reviewer_app.store.decisions import decide_eligibility
    from reviewer_app.store.intake import unit_warnings
    from reviewer_app.store.results import round_results

    tree = tmp_path / "cases"
    shutil.copytree(demo_source / "originals", tree)
    decisions = sorted(tree.rglob("*行政处罚决定书.pdf"))
    late, missing = decisions[0], decisions[1]
    _typed_pdf(late, ["行政处罚决定书", "东湖市环境保护局", "二〇一六年十二月五日"])
    missing.unlink()
    # an on-site record whose text names no platform, but which carries the platform's QR code
    coded = sorted(tree.rglob("*现场检查（勘察）笔录.pdf"))[2]
    _typed_pdf(coded, ["现场检查笔录", "检查时间：2016年10月9日"], qr="https://ydzf.example.gov.cn/r/YD201610090031")
    folder = tmp_path / "round"
    folder.mkdir()
    database = Database(folder / "secretariat.db")
    units, reviewers = roster_files(tmp_path)
    with database.session() as session:
        round_record = create_round(session, name="报送期间核查", year=2016, rubric=load_preset("national_2012"),
                                    period=(date(2016, 9, 1), date(2016, 11, 30)))
        import_roster(session, round_record, units, UNIT_SHEET)
        import_roster(session, round_record, reviewers, REVIEWER_SHEET)
        report = intake_folder(session, round_record, tree, folder)
    with database.session() as session:
        round_record = only_round(session)
        by_title = {(c.unit.name, c.title): c for c in round_record.case_files}
        late_case = by_title[(late.parent.parent.name, late.parent.name)]
        missing_case = by_title[(missing.parent.parent.name, missing.parent.name)]
        assert late_case.eligibility_warnings == "行政处罚决定书落款日期 2016-12-05 不在报送期间（2016-09-01 至 2016-11-30）内"
        # what intake took for the platform mark is kept, to be checked by eye
        coded_case = by_title[(coded.parent.parent.name, coded.parent.name)]
        assert coded_case.platform_evidence == "二维码：https://ydzf.example.gov.cn/r/YD201610090031"
        assert coded_case.mobile_platform and coded_case.code not in {c.code for c in round_record.case_files if c.eligibility_warnings}
        assert late_case.platform_evidence == "文字：移动执法平台"
        assert missing_case.eligibility_warnings == "缺少行政处罚决定书（行政处罚案卷据此认定报送期间）"
        warned = {c.code for c in round_record.case_files if c.eligibility_warnings}
        # the demo's dates all fall inside the period; its two records without a recognised platform
        # record (handwritten, and a photocopy of a platform record numbered by hand) are the others
        assert len(warned) == 4 and {late_case.code, missing_case.code} <= warned
        assert sum(1 for w in report.warnings if "请核对后确认或排除" in w) == 4
        results = {c.code: c for c in round_results(session, round_record).cases}
        assert "不在报送期间" in results[late_case.code].pending[0]
        decide_eligibility(session, round_record, late_case.code, False, "决定书12月5日为送达日，签发日期为11月28日")
        decide_eligibility(session, round_record, missing_case.code, True, "案卷未附处罚决定书")
        assert sum(1 for w in unit_warnings(round_record) if "请核对后确认或排除" in w) == 2
        results = {c.code: c for c in round_results(session, round_record).cases}
        assert not any("报送要求" in p for p in results[late_case.code].pending)
        assert not results[missing_case.code].eligible
