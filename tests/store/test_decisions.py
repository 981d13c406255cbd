"""The secretariat's falsification decisions and re-checks, and what they do to results."""

import json
import subprocess
import sys
from decimal import Decimal

import pytest
from sqlalchemy import select

from reviewer_app.store.database import Database
from reviewer_app.store.decisions import DecisionError, decide_falsification, falsification_reports, record_recheck, spreads
from reviewer_app.store.results import round_results
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import AuditEntry
from helpers import withdraw_publication_of


def results(db_path):
    output = subprocess.run([sys.executable, "-m", "reviewer_app", "results", "--db", str(db_path), "--json"],
                            capture_output=True, text=True, check=True)
    return json.loads(output.stdout)


def test_reports_listed_and_a_rejection_restores_the_scores(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    db_path = demo_round / "secretariat.db"
    database = Database(db_path)
    with database.session() as session:
        round_record = only_round(session)
        reports = falsification_reports(session, round_record)
        assert len(reports) == 4 and len({r.case_code for r in reports}) == 1
        assert {r.status.value for r in reports} == {"found", "suspected"} and all(r.evidence for r in reports)
        code = reports[0].case_code
        with pytest.raises(DecisionError):
            decide_falsification(session, round_record, code, False, "  ")
    before = results(db_path)
    with database.session() as session:
        decide_falsification(session, only_round(session), code, False, "复核认为时间记录系笔误，不构成造假")
    after = results(db_path)
    case = next(c for c in after["case_files"] if c["code"] == code)
    assert case["falsified"] is False and case["final_score"] != "0.00"
    unit = next(u for u in after["units"] if u["name"] == case["unit"])
    assert not any("案卷造假" in r for r in unit["indicator_zero_reasons"])
    assert before != after
    with database.session() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.action == "reject_falsification" and code in entry.detail and entry.actor == "秘书处"
    database.close()


def test_spread_flags_and_recheck_decisions(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        round_record = only_round(session)
        by_code = {s.case_code: s for s in spreads(session, round_record)}
        stands = {c.code for c in round_results(session, round_record).cases if c.veto_ruling.value == "stands"}
        assert len(stands) == 1
        for spread in by_code.values():
            scores = [score for _, _, score in spread.scores]
            # once a veto stands the file has failed: how far apart its sheets are no longer matters
            assert spread.spread == (0 if spread.case_code in stands else max(scores) - min(scores))
            assert spread.flagged == (spread.spread > Decimal(15))
        flagged = next(s for s in by_code.values() if s.flagged)
        record_recheck(session, round_record, flagged.case_code, "维持原评分", "经组长复审，两位专家扣分依据均成立")
        with pytest.raises(DecisionError):
            record_recheck(session, round_record, flagged.case_code, "维持原评分", "")
    with database.session() as session:
        again = {s.case_code: s for s in spreads(session, only_round(session))}
        assert "维持原评分" in again[flagged.case_code].decisions[-1] and "秘书处" in again[flagged.case_code].decisions[-1]
    from reviewer_app.documents.export import export_round

    [path] = [p for p in export_round(database, demo_round / "out", "docx", kinds=("cases",)) if flagged.case_code in p.name]
    from docx import Document

    assert "维持原评分" in "\n".join(p.text for p in Document(path).paragraphs)
    database.close()


def test_cli_confirm_is_reflected_in_results(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    db_path = demo_round / "secretariat.db"
    code = results(db_path)["case_files"][0]["code"]
    command = [sys.executable, "-m", "reviewer_app", "falsification", "confirm", "--db", str(db_path), "--case", code]
    refused = subprocess.run(command, capture_output=True, text=True)
    assert refused.returncode == 2 and "理由" in refused.stderr
    subprocess.run(command + ["--reason", "评审组一致认定"], check=True, capture_output=True)
    case = next(c for c in results(db_path)["case_files"] if c["code"] == code)
    assert case["falsified"] is True and case["final_score"] == "0.00"
    database = Database(db_path)
    with database.session() as session:
        assert round_results(session, only_round(session))
    database.close()


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


def test_a_veto_ruling_from_the_command_line_settles_the_file(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    from helpers import reopen_veto

    db_path = demo_round / "secretariat.db"
    assert "否决成立" in cli("veto", "list", "--db", db_path).stdout  # the demo's panel ruled
    reopen_veto(db_path)
    listed = cli("veto", "list", "--db", db_path)
    assert listed.returncode == 0
    [line] = listed.stdout.splitlines()
    code, ruling, failed, _ = line.split("\t")
    assert ruling == "待裁定" and "：V" in failed
    before = next(c for c in results(db_path)["case_files"] if c["code"] == code)
    assert before["veto_ruling"] == "none" and before["status"] == "provisional"
    assert any(p.startswith("否决项待裁定") for p in before["pending"])

    assert cli("veto", "stands", "--db", db_path, "--case", code).returncode == 2  # no reason
    other = next(c["code"] for c in results(db_path)["case_files"] if c["veto_ruling"] is None)
    refused = cli("veto", "stands", "--db", db_path, "--case", other, "--reason", "试试")
    assert refused.returncode == 2 and "无需裁定" in refused.stderr

    done = cli("veto", "stands", "--db", db_path, "--case", code, "--reason", "主体不合法，评审组合议维持否决")
    assert done.returncode == 0, done.stderr
    after = next(c for c in results(db_path)["case_files"] if c["code"] == code)
    assert (after["veto_ruling"], after["final_score"], after["grade"]) == ("stands", "0.00", "不合格")
    assert not any(p.startswith("否决项待裁定") or "待复核" in p for p in after["pending"])
    assert "否决成立" in cli("veto", "list", "--db", db_path).stdout

    cli("veto", "not-upheld", "--db", db_path, "--case", code, "--reason", "复议后认为主体合法")
    overturned = next(c for c in results(db_path)["case_files"] if c["code"] == code)
    assert overturned["veto_ruling"] == "not_upheld" and Decimal(overturned["final_score"]) > Decimal(before["final_score"])
    assert overturned["grade"] != "不合格" or Decimal(overturned["final_score"]) < 60
    database = Database(db_path)
    with database.session() as session:
        logged = [e.detail for e in session.scalars(select(AuditEntry).where(AuditEntry.action == "veto_ruling"))]
    database.close()
    # the demo panel's ruling, then the two made here
    assert len(logged) == 3 and "否决成立" in logged[1] and "否决不予支持" in logged[2]


def test_reconsideration_by_command_line_and_roster_column(demo_round, tmp_path):
    withdraw_publication_of(demo_round / "secretariat.db")
    from reviewer_app.store.roster import RECONSIDERATION_COLUMN, UNIT_COLUMNS, write_template
    import openpyxl

    db_path = demo_round / "secretariat.db"
    units = {u["name"]: u for u in results(db_path)["units"]}
    county = next(name for name, u in units.items() if u["level"] == "county" and u["indicator"] != "0.00")
    city = units[county]["parent"]
    assert cli("reconsideration", "set", "--db", db_path, "--unit", county).returncode == 2  # no reference
    done = cli("reconsideration", "set", "--db", db_path, "--unit", county, "--reference", "临复决字〔2016〕7号",
               "--date", "2016-10-08")
    assert done.returncode == 0, done.stderr
    after = {u["name"]: u for u in results(db_path)["units"]}
    assert after[county]["indicator"] == "0.00"
    assert "行政处罚被行政复议纠正（临复决字〔2016〕7号）" in after[county]["indicator_zero_reasons"]
    # the notice names only the unit: its city is left alone unless the round says otherwise
    assert not any(county in reason for reason in after[city]["indicator_zero_reasons"])
    assert f"{county}\t临复决字〔2016〕7号\t2016-10-08" in cli("reconsideration", "list", "--db", db_path).stdout
    cli("reconsideration", "clear", "--db", db_path, "--unit", county)
    assert {u["name"]: u for u in results(db_path)["units"]}[county]["indicator"] == units[county]["indicator"]

    template = tmp_path / "名单模板.xlsx"
    write_template(template)
    header = [c.value for c in openpyxl.load_workbook(template)["参评单位"][1]]
    assert header == [*UNIT_COLUMNS, RECONSIDERATION_COLUMN]


def test_a_recheck_score_from_the_command_line_replaces_the_combined_score(demo_round):
    withdraw_publication_of(demo_round / "secretariat.db")
    db_path = demo_round / "secretariat.db"
    document = results(db_path)
    counties = {u["name"] for u in document["units"] if u["level"] == "county"}
    before = {c["code"]: c for c in document["case_files"]}
    # one of the demo's re-checked files, of a county (a county's mean counts only its own files)
    code = next(code for code, c in before.items() if "经复核" in c["reasons"] and c["unit"] in counties)
    assert before[code]["accepted_score"] is None and before[code]["rule"].startswith("专家评审")
    for bad in ("101", "80.123", "八十"):
        refused = cli("recheck", "decide", "--db", db_path, "--case", code, "--decision", "采纳复评", "--reason", "组长复评",
                      "--score", bad)
        assert refused.returncode == 2 and "认定得分" in refused.stderr
    done = cli("recheck", "decide", "--db", db_path, "--case", code, "--decision", "采纳组长复评结果",
               "--reason", "两位专家对证据链认定分歧较大，组长逐项复评", "--score", "82.5")
    assert done.returncode == 0 and "认定得分 82.5" in done.stdout
    after = next(c for c in results(db_path)["case_files"] if c["code"] == code)
    assert (after["final_score"], after["accepted_score"], after["rule"]) == ("82.50", "82.50", "经复核认定")
    assert after["reasons"] == ["经复核认定 82.50 分"] and after["status"] == "final"
    # the unit's mean moves with it: hand-computed from the case scores it counts
    unit = next(u for u in results(db_path)["units"] if u["name"] == after["unit"])
    counted = [c for c in results(db_path)["case_files"] if c["unit"] == after["unit"]]
    expected = (sum(Decimal(c["final_score"]) for c in counted) / len(counted)).quantize(Decimal("0.01"), "ROUND_HALF_UP")
    assert Decimal(unit["score"]) == expected
