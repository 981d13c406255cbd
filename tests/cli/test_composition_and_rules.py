"""The secretariat's side of the notice's rules, by the command line: a county's missing file
counted 0 then excused, the counties a city's score takes, a reconsideration dated inside and
outside the period, and a round created with its rules set."""

import json
import os
import sqlite3
import subprocess
import sys
from decimal import Decimal as D


def cli(*args):
    env = {**os.environ, "REVIEWER_APP_PASSPHRASE": "demo-secretariat"}
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True, env=env)


def unit_result(db, name):
    run = cli("results", "--db", db, "--json")
    assert run.returncode == 0, run.stderr
    return next(u for u in json.loads(run.stdout)["units"] if u["name"] == name)


def remove_a_file(db, unit):
    """The unit submits one file fewer: its first case file, gone with its sheets."""
    connection = sqlite3.connect(db)
    connection.execute("PRAGMA foreign_keys = ON")
    code, = connection.execute("SELECT c.code FROM case_files c JOIN units u ON c.unit_id = u.id WHERE u.name = ? "
                               "ORDER BY c.code LIMIT 1", (unit,)).fetchone()
    connection.execute("DELETE FROM case_files WHERE code = ?", (code,))
    connection.commit()
    connection.close()
    return code


COUNTY = "青溪县环境保护局"


def test_a_county_missing_a_file_is_provisional_then_counted_zero_then_excused(demo_round):
    db = demo_round / "secretariat.db"
    assert cli("withdraw-publication", "--db", db, "--reason", "测试缺报").returncode == 0
    before = unit_result(db, COUNTY)
    assert before["case_count"] == 7
    remove_a_file(db, COUNTY)
    gap = unit_result(db, COUNTY)
    assert gap["status"] == "provisional" and any("缺报 1 件（应报 7 件）" in p for p in gap["pending"])
    scores = [D(c["final_score"]) for c in json.loads(cli("results", "--db", db, "--json").stdout)["case_files"]
              if c["unit"] == COUNTY]
    assert D(gap["score"]) == (sum(scores) / 7).quantize(D("0.01"))  # the six printed scores over seven

    listed = cli("composition", "list", "--db", db)
    assert f"{COUNTY}\t报送 6/7 件\t缺报 1 件：待决定" in listed.stdout
    assert cli("composition", "zero", "--db", db, "--unit", COUNTY).returncode == 0
    counted = unit_result(db, COUNTY)
    assert counted["score"] == gap["score"] and not any("缺报" in p for p in counted["pending"])

    refused = cli("composition", "excuse", "--db", db, "--unit", COUNTY)
    assert refused.returncode == 2 and "准予缺报须写明理由" in refused.stderr
    assert cli("composition", "excuse", "--db", db, "--unit", COUNTY, "--reason", "案卷被法院调卷").returncode == 0
    excused = unit_result(db, COUNTY)
    assert D(excused["score"]) == (sum(scores) / 6).quantize(D("0.01"))
    assert any("准予缺报 1 件（案卷被法院调卷）" in w for w in excused["warnings"])


def test_a_reconsideration_counts_only_within_the_period(demo_round):
    db = demo_round / "secretariat.db"
    assert cli("withdraw-publication", "--db", db, "--reason", "测试复议").returncode == 0
    undated = cli("reconsideration", "set", "--db", db, "--unit", COUNTY, "--reference", "临复决字〔2016〕9号")
    assert undated.returncode == 2 and "--date" in undated.stderr
    inside = cli("reconsideration", "set", "--db", db, "--unit", COUNTY, "--reference", "临复决字〔2016〕9号",
                 "--date", "2016-10-08")
    assert inside.returncode == 0, inside.stderr
    assert D(unit_result(db, COUNTY)["indicator"]) == 0
    assert cli("reconsideration", "set", "--db", db, "--unit", COUNTY, "--reference", "临复决字〔2016〕9号",
               "--date", "2016-12-05").returncode == 0
    outside = unit_result(db, COUNTY)
    assert D(outside["indicator"]) == D(outside["score"]) > 0
    assert any("不在评查期间内" in w for w in outside["warnings"])


def test_a_city_names_the_counties_its_score_takes(demo_round):
    db = demo_round / "secretariat.db"
    assert cli("withdraw-publication", "--db", db, "--reason", "测试").returncode == 0
    wrong = cli("composition", "counties", "--db", db, "--unit", "临江市环境保护局", "--county", COUNTY)
    assert wrong.returncode == 2 and "须指定 2 个县级单位" in wrong.stderr
    stranger = cli("composition", "counties", "--db", db, "--unit", "临江市环境保护局", "--county", COUNTY,
                   "--county", "别处县环境保护局")
    assert stranger.returncode == 2 and "不是临江市环境保护局所辖的县级单位" in stranger.stderr


def test_round_create_sets_the_rules(tmp_path):
    db = tmp_path / "new.db"
    made = cli("round", "create", "--db", db, "--name", "评查", "--year", "2016", "--weights", "0.6,0.4",
               "--veto-policy", "mark_only", "--recheck-threshold", "10", "--period", "2016-09-01:2016-11-30",
               "--reconsideration-reaches-city")
    assert made.returncode == 0, made.stderr
    connection = sqlite3.connect(db)
    row = connection.execute("SELECT weight_expert, weight_cross, veto_policy, recheck_threshold, period_start, period_end, "
                             "reconsideration_reaches_city FROM rounds").fetchone()
    connection.close()
    assert row == ("0.6", "0.4", "mark_only", "10", "2016-09-01", "2016-11-30", 1)
    bad = cli("round", "create", "--db", tmp_path / "bad.db", "--name", "评查", "--year", "2016", "--weights", "甲,乙")
    assert bad.returncode == 2 and "不是两个权重" in bad.stderr and not (tmp_path / "bad.db").exists()


def test_naming_both_counties_of_a_two_county_city_keeps_its_22(demo_round):
    db = demo_round / "secretariat.db"
    assert cli("withdraw-publication", "--db", db, "--reason", "测试").returncode == 0
    before = unit_result(db, "临江市环境保护局")
    named = cli("composition", "counties", "--db", db, "--unit", "临江市环境保护局", "--county", COUNTY,
                "--county", "云台县环境保护局")
    assert named.returncode == 0, named.stderr
    assert unit_result(db, "临江市环境保护局") == before and before["denominator"] == 22
    assert "\t计入市级得分" in cli("composition", "list", "--db", db).stdout


def test_a_leader_rechecks_any_file_by_name(demo_round):
    db = demo_round / "secretariat.db"
    assert cli("withdraw-publication", "--db", db, "--reason", "测试").returncode == 0
    flagged = cli("recheck", "list", "--db", db).stdout.splitlines()
    every = cli("recheck", "list", "--db", db, "--all").stdout.splitlines()
    assert len(every) == 22 + 3 > len(flagged)  # the case files and the panel's three stories
    code = next(line.split("\t")[0] for line in every if line not in flagged)
    done = cli("recheck", "decide", "--db", db, "--case", code, "--decision", "组长复评", "--reason", "抽查复审",
               "--score", "70.25", "--by", "评审组组长 钱卫东")
    assert done.returncode == 0, done.stderr
    case = next(c for c in json.loads(cli("results", "--db", db, "--json").stdout)["case_files"] if c["code"] == code)
    assert case["final_score"] == "70.25" and case["rule"] == "经复核认定"
    assert "评审组组长 钱卫东：组长复评，认定 70.25 分（抽查复审）" in cli("recheck", "list", "--db", db).stdout


def test_a_sample_drawn_recorded_and_reviewed_alone(demo_round, tmp_path):
    db = demo_round / "secretariat.db"
    assert cli("withdraw-publication", "--db", db, "--reason", "测试抽样").returncode == 0
    drawn = cli("sample", "draw", "--db", db, "--seed", "2016", "--size", "6", "--stratify", "unit", "--by", "秘书处 李四")
    assert drawn.returncode == 0, drawn.stderr
    codes = drawn.stdout.splitlines()[1:]
    assert len(codes) == 6 and "种子 2016，抽取 6 件，按参评单位分层，秘书处 李四" in drawn.stdout
    again = cli("sample", "draw", "--db", db, "--seed", "2016", "--size", "6", "--stratify", "unit")
    assert again.stdout.splitlines()[1:] == codes  # the same seed, the same files
    other = cli("sample", "draw", "--db", db, "--seed", "2017", "--size", "6", "--stratify", "unit")
    assert other.stdout.splitlines()[1:] != codes
    assert cli("sample", "list", "--db", db).stdout.splitlines()[1:] == other.stdout.splitlines()[1:]  # the newest counts
    codes = other.stdout.splitlines()[1:]

    refused = cli("sample", "review-only", "--db", db)  # packages were issued for every file
    assert refused.returncode == 2 and "已发出评审包" in refused.stderr

    fresh = tmp_path / "sampled" / "secretariat.db"
    fresh.parent.mkdir()
    connection = sqlite3.connect(db)
    connection.execute("VACUUM INTO ?", (str(fresh),))
    connection.close()
    connection = sqlite3.connect(fresh)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("DELETE FROM score_sheets")
    connection.execute("DELETE FROM issued_packages")
    connection.commit()
    connection.close()
    assert cli("sample", "review-only", "--db", fresh).returncode == 0
    assert cli("assign", "auto", "--db", fresh).returncode == 0
    connection = sqlite3.connect(fresh)
    assigned = {code for (code,) in connection.execute(
        "SELECT DISTINCT c.code FROM assignments a JOIN case_files c ON c.id = a.case_file_id"
        " WHERE c.case_type != 'personal_story'")}  # the panel's stories keep their assignments
    connection.close()
    assert assigned == set(codes)
    results = json.loads(cli("results", "--db", fresh, "--json").stdout)
    assert {c["code"] for c in results["case_files"]} == set(codes)
    assert sum(u["case_count"] for u in results["units"] if u["level"] == "county") + \
        sum(1 for c in results["case_files"] if c["unit"] == "临江市环境保护局") == 6


def test_an_undecided_gap_keeps_the_results_from_being_published(demo_round):
    db = demo_round / "secretariat.db"
    assert cli("withdraw-publication", "--db", db, "--reason", "测试").returncode == 0
    remove_a_file(db, COUNTY)
    refused = cli("publish", "--db", db, "--issuer", "省环保厅", "--date", "2016-12-28")
    assert refused.returncode == 2 and f"{COUNTY}：缺报 1 件" in refused.stderr, refused.stderr
    assert cli("composition", "zero", "--db", db, "--unit", COUNTY).returncode == 0
    published = cli("publish", "--db", db, "--issuer", "省环保厅", "--date", "2016-12-28")
    assert published.returncode == 0, published.stderr
