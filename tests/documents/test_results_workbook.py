"""The results workbook read back with openpyxl and held against `results --json`."""

import json
import shutil
import subprocess
import sys
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal

import openpyxl
import pytest

SHEETS = ["单位得分与排名", "案卷得分", "评分明细", "扣分统计", "评审进度", "先进集体评选", "先进个人评选"]


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


@pytest.fixture(scope="module")
def exported(demo_source, tmp_path_factory):
    folder = tmp_path_factory.mktemp("xlsx")
    path = folder / "评查结果.xlsx"
    run = cli("results", "--db", demo_source / "secretariat.db", "--xlsx", path)
    assert run.returncode == 0, run.stderr
    assert str(path) in run.stdout
    document = json.loads(cli("results", "--db", demo_source / "secretariat.db", "--json").stdout)
    return openpyxl.load_workbook(path), document


def rows(sheet):
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, (c for c in row))) for row in sheet.iter_rows(min_row=2)]


def number(cell):
    """A points cell: numeric with two decimals shown, or empty; returned as the JSON's string."""
    if cell.value is None:
        return None
    assert cell.data_type == "n" and cell.number_format == "0.00", (cell.coordinate, cell.value, cell.number_format)
    return f"{Decimal(str(cell.value)):.2f}"


def test_sheets_are_named_frozen_filtered_and_sized(exported):
    workbook, _ = exported
    assert workbook.sheetnames == SHEETS
    for sheet in workbook.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(c.font.b for c in sheet[1])
        assert sheet.max_row > 1
        # Column widths fit the Chinese header (two cells a character) and cap long text.
        for cell in sheet[1]:
            width = sheet.column_dimensions[cell.column_letter].width
            assert 2 * len(cell.value) <= width <= 60, (sheet.title, cell.value, width)


def test_every_unit_figure_matches_the_json(exported):
    workbook, document = exported
    by_name = {u["name"]: u for u in document["units"]}
    sheet_rows = rows(workbook["单位得分与排名"])
    assert sorted(r["参评单位"].value for r in sheet_rows) == sorted(by_name)
    for row in sheet_rows:
        unit = by_name[row["参评单位"].value]
        assert number(row["平均分"]) == unit["score"]
        assert number(row["案卷质量指标"]) == unit["indicator"]
        assert row["排名"].value == unit["rank"] and (unit["rank"] is None or row["排名"].data_type == "n")
        assert row["计入案卷数"].value == unit["case_count"] and row["计入案卷数"].data_type == "n"
        assert (row["指标为零的原因"].value or "") == "；".join(unit["indicator_zero_reasons"])
        assert (row["所属设区市"].value or None) == unit["parent"]
        assert row["结果状态"].value == {"final": "最终结果", "provisional": "初步结果"}[unit["status"]]
        assert (row["待决事项"].value or "") == "；".join(unit["pending"])
    # Cities first, then counties; each level in rank order.
    levels = [r["级别"].value for r in sheet_rows]
    assert levels == sorted(levels, key=["设区市", "县（市、区）"].index)
    for level in set(levels):
        ranks = [r["排名"].value for r in sheet_rows if r["级别"].value == level]
        assert ranks == sorted(ranks, key=lambda r: (r is None, r or 0))


def test_the_collective_selection_matches_the_json(exported):
    workbook, document = exported
    collective = document["awards"]["collective"]
    by_name = {u["name"]: u for u in collective["units"]}
    sheet_rows = rows(workbook["先进集体评选"])
    assert [r["参评单位"].value for r in sheet_rows] == [u["name"] for u in collective["units"]]
    for row in sheet_rows:
        unit = by_name[row["参评单位"].value]
        assert [number(row[c]) for c in ("案卷质量", "查处案件数量", "罚款金额", "重大案件数量", "执法公众满意度", "综合得分")] == \
            [unit["quality"], unit["cases"], unit["fines"], unit["major_cases"], unit["satisfaction"], unit["total"]]
        assert row["排名"].value == unit["rank"] and (row["拟推荐"].value == "是") == unit["proposed"]
        assert all(f"否决：{v}" in (row["否决、待决或并列说明"].value or "") for v in unit["vetoed"])
    # the demo's story: the city leaves the list on PM2.5, one county place goes to 青溪
    assert by_name["临江市环境保护局"]["vetoed"] == ["PM2.5 年均浓度升高（61 → 63）"]
    assert [u["name"] for u in collective["units"] if u["proposed"]] == ["青溪县环境保护局"]
    assert collective["rules"]["quotas"] == {"city": 1, "county": 1} and collective["final"]


def test_every_case_figure_matches_the_json(exported):
    workbook, document = exported
    by_code = {c["code"]: c for c in document["case_files"]}
    sheet_rows = rows(workbook["案卷得分"])
    assert [r["案卷编号"].value for r in sheet_rows] == sorted(by_code)
    for row in sheet_rows:
        case = by_code[row["案卷编号"].value]
        assert row["参评单位"].value == case["unit"]
        assert number(row["专家评审平均分"]) == case["expert_score"]
        assert number(row["交叉评审平均分"]) == case["cross_score"]
        assert number(row["案卷得分"]) == case["final_score"]
        assert row["计分规则"].value == case["rule"]
        assert (row["等级"].value or None) == case["grade"]
        assert (row["造假认定"].value == "认定造假") == case["falsified"]
        assert row["符合报送要求"].value == ("是" if case["eligible"] else "否")
        assert row["结果状态"].value == {"final": "最终结果", "provisional": "初步结果"}[case["status"]]
        # Each reviewer's total, by track: the track mean is the mean of those totals.
        for track, column in (("专家", "专家评审平均分"), ("交叉", "交叉评审平均分")):
            totals = [Decimal(number(cell)) for name, cell in row.items() if name.startswith(track) and name.endswith("得分")
                      and cell.value is not None]
            if totals:
                assert str((sum(totals) / len(totals)).quantize(Decimal("0.01"), ROUND_HALF_UP)) == number(row[column])


def test_detail_rows_add_up_to_each_sheet_total(exported):
    workbook, document = exported
    zero_policy = document["round"]["veto_policy"] == "zero"
    totals, vetoed, skipped = defaultdict(Decimal), set(), defaultdict(Decimal)
    for row in rows(workbook["评分明细"]):
        key = (row["案卷编号"].value, row["评审人员"].value)
        if row["阶段"].value == "实体评查":
            assert row["得分"].value is None
            vetoed |= {key} if row["结论"].value == "不通过" else set()
            continue
        if row["结论"].value == "不适用":  # out of the total, which is rescaled to 100
            assert row["得分"].value is None and row["扣分"].value is None
            skipped[key] += Decimal(number(row["满分"]))
            continue
        maximum, lost, score = (Decimal(number(row[n])) for n in ("满分", "扣分", "得分"))
        assert maximum - lost == score
        totals[key] += score
    case_scores = {}
    for row in rows(workbook["案卷得分"]):
        names = [n for n in row if n.endswith("得分") and n[:2] in ("专家", "交叉") and n != "案卷得分"]
        for name in names:
            reviewer = row[name.removesuffix("得分")].value
            if reviewer:
                case_scores[(row["案卷编号"].value, reviewer)] = Decimal(number(row[name]))
    assert set(totals) == set(case_scores) and len(totals) == 88  # the demo's signed sheets
    for key, total in totals.items():
        if skipped[key]:
            total = (total * 100 / (100 - skipped[key])).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        expected = Decimal("0.00") if zero_policy and key in vetoed else total
        assert case_scores[key] == expected, key
    assert vetoed, "the demo has a failed veto item; the detail shows it"


def test_deduction_statistics_and_progress_agree_with_the_detail(exported):
    workbook, _ = exported
    lost = defaultdict(Decimal)
    times = defaultdict(int)
    for row in rows(workbook["评分明细"]):
        if row["阶段"].value != "实体评查" and row["扣分"].value:
            lost[row["评分项编号"].value] += Decimal(number(row["扣分"]))
            times[row["评分项编号"].value] += 1
    statistics = {r["评分项编号"].value: r for r in rows(workbook["扣分统计"])}
    assert lost and set(lost) <= set(statistics)
    for item, row in statistics.items():
        assert row["扣分次数"].value == times.get(item, 0) and row["扣分次数"].data_type == "n"
        assert Decimal(number(row["扣分合计"])) == lost.get(item, Decimal(0))
        assert row["涉及单位数"].value == len([u for u in (row["涉及单位"].value or "").split("；") if u])
    progress = rows(workbook["评审进度"])
    assert len(progress) == 94 and {r["状态"].value for r in progress} == {"已签名"}  # 88 case files, 6 story tasks


def test_a_workbook_open_in_another_program_is_named_and_left_alone(demo_source, tmp_path):
    path = tmp_path / "结果.xlsx"
    path.write_bytes(b"the secretary's earlier export")
    (tmp_path / ".~lock.结果.xlsx#").write_text("LibreOffice owner file")
    run = cli("results", "--db", demo_source / "secretariat.db", "--xlsx", path)
    assert run.returncode == 2
    assert "结果.xlsx" in run.stderr and "关闭" in run.stderr
    assert path.read_bytes() == b"the secretary's earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".~lock.结果.xlsx#", "结果.xlsx"]


def test_a_folder_or_a_failed_write_changes_nothing(demo_source, tmp_path, monkeypatch):
    from reviewer_app.documents import results_workbook
    from reviewer_app.store.database import Database

    folder = tmp_path / "结果.xlsx"
    folder.mkdir()
    run = cli("results", "--db", demo_source / "secretariat.db", "--xlsx", folder)
    assert run.returncode == 2 and "文件夹" in run.stderr

    target = tmp_path / "good.xlsx"
    shutil.copy(demo_source / "secretariat.db", tmp_path / "round.db")
    database = Database(tmp_path / "round.db")
    facts = results_workbook.workbook_facts(database)
    results_workbook.write_results_workbook(facts, target)
    before = target.read_bytes()

    def refuse(source, destination):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(results_workbook.os, "replace", refuse)
    with pytest.raises(results_workbook.WorkbookError, match="good.xlsx"):
        results_workbook.write_results_workbook(facts, target)
    database.close()
    assert target.read_bytes() == before
    # No temporary file is left behind.
    assert {p.name for p in tmp_path.iterdir()} - {"round.db-wal", "round.db-shm"} == {"good.xlsx", "round.db", "结果.xlsx"}


def test_reports_say_provisional_on_every_page_until_final_then_who_issued_them(demo_round, tmp_path):
    import sqlite3
    import subprocess as run

    from reviewer_app.documents.export import plan_documents, write_documents
    from reviewer_app.store.database import Database

    db_path = demo_round / "secretariat.db"

    def pages(folder):
        database = Database(db_path)
        [path] = write_documents(plan_documents(database, ("units",)), folder, "pdf")
        database.close()
        text = run.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        return [p for p in text.split("\f") if p.strip()]

    # The demo round is final and published: every page names the issuer and the date.
    document = json.loads(cli("results", "--db", db_path, "--json").stdout)["round"]
    assert document["final"] and (document["issuer"], document["issued_on"]) == ("省环保厅（演示）", "2016-12-20")
    final = pages(tmp_path / "final")
    assert final and all("省环保厅（演示）" in p and "2016年12月20日" in p and "初步结果" not in p for p in final)
    assert "发布单位：省环保厅（演示）" in final[0]

    # A question reopened (the veto ruling taken back): provisional on every page again, and
    # publishing is refused with what is open.
    connection = sqlite3.connect(db_path)
    connection.execute("UPDATE case_files SET veto_ruling='none', veto_ruling_reason='' WHERE veto_ruling != 'none'")
    connection.commit()
    connection.close()
    again = pages(tmp_path / "provisional")
    assert again and all("初步结果" in p for p in again)
    refused = cli("publish", "--db", db_path, "--issuer", "省生态环境厅", "--date", "2016-12-28")
    # the veto waits for a ruling, and the spread the ruling had settled waits for a re-check
    assert refused.returncode != 0 and "尚有 2 项待决事项" in refused.stderr and "否决项待裁定" in refused.stderr
    bad_date = cli("publish", "--db", db_path, "--issuer", "省生态环境厅", "--date", "12/28")
    assert bad_date.returncode != 0 and "2016-12-20 这样的格式" in bad_date.stderr


@pytest.mark.parametrize("prefix", ["=", "+", "-", "@", "\t", "\r"])
def test_names_and_reasons_from_outside_are_text_never_formulas(demo_source, tmp_path, prefix):
    """A unit's name from a roster or a deduction reason inside a validly signed return that
    begins like a formula is written as text: Excel and WPS show it and never run it."""
    import zipfile

    from reviewer_app.store.database import Database
    from reviewer_app.store.schema import DeductionRecord, UnitRecord

    round_folder = tmp_path / "round"
    shutil.copytree(demo_source, round_folder)
    name = prefix + 'HYPERLINK("http://example.invalid","点击查看")'
    reason = prefix + "cmd|' /C calc'!A0"
    database = Database(round_folder / "secretariat.db")
    with database.session() as session:
        session.query(UnitRecord).order_by(UnitRecord.id).first().name = name
        session.query(DeductionRecord).order_by(DeductionRecord.id).first().reason = reason
    database.close()
    path = tmp_path / "结果.xlsx"
    run = cli("results", "--db", round_folder / "secretariat.db", "--xlsx", path)
    assert run.returncode == 0, run.stderr
    with zipfile.ZipFile(path) as archive:
        sheets = [archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in xml for xml in sheets)  # no formula anywhere
    book = openpyxl.load_workbook(path)
    values = {c.value for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    assert name in values and any(reason in v for v in values)
