"""The console's preparation steps from the command line: type corrections, the round's rubric
out and back in, and the sensitive-term list."""

import shutil
import subprocess
import sys

import yaml
from helpers import demo_roster, table_rows

from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round, round_rubric

CITY = "临江市环境保护局"


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


def test_prepare_a_round_from_the_command_line(demo_source, tmp_path):
    db = tmp_path / "round" / "secretariat.db"
    db.parent.mkdir()
    cases = tmp_path / "cases"
    shutil.copytree(demo_source / "originals" / CITY, cases / CITY)
    assert cli("round", "create", "--db", db, "--name", "命令行评查", "--year", 2016).returncode == 0
    assert cli("roster", "import", demo_roster(tmp_path / "名单.xlsx"), "--db", db).returncode == 0
    assert cli("intake", cases, "--db", db).returncode == 0
    database = Database(db)
    with database.session() as session:
        code = sorted(c.code for c in only_round(session).case_files)[0]
    database.close()

    done = cli("correct", "--db", db, "--case", code, "--type", "inspection_audit")
    assert done.returncode == 0 and "现场监督检查稽查" in done.stdout
    done = cli("correct", "--db", db, "--case", code, "--document", 1, "--type", "other")
    assert done.returncode == 0 and "其他材料" in done.stdout
    before = table_rows(db)
    wrong = cli("correct", "--db", db, "--case", code, "--type", "arson")
    assert wrong.returncode == 2 and "arson" in wrong.stderr and "penalty" in wrong.stderr and "Traceback" not in wrong.stderr
    assert table_rows(db) == before

    # The rubric out to YAML, F2 moved before F1 by hand, and back in.
    exported = tmp_path / "细则.yaml"
    assert cli("round", "rubric", "--db", db, "--export", exported).returncode == 0
    data = yaml.safe_load(exported.read_text(encoding="utf-8"))
    items = data["sections"][0]["items"]
    items[0], items[1] = items[1], items[0]
    exported.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert cli("round", "rubric", "--db", db, "--replace", exported).returncode == 0
    items[0]["max_points"] = 9  # now every type totals 105: refused, named
    exported.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    refused = cli("round", "rubric", "--db", db, "--replace", exported)
    assert refused.returncode == 2 and "105" in refused.stderr
    database = Database(db)
    with database.session() as session:
        assert [i.id for i in round_rubric(only_round(session)).sections[0].items] == ["F2", "F1"]
    database.close()

    listed = cli("anonymise", "terms", "--db", db, "--term", "经济开发区")
    assert listed.returncode == 0 and "经济开发区" in listed.stdout.split()
    removed = cli("anonymise", "terms", "--db", db, "--remove", "经济开发区")
    assert removed.returncode == 0 and "经济开发区" not in removed.stdout.split()
    fixed = cli("anonymise", "terms", "--db", db, "--remove", CITY)
    assert fixed.returncode == 2 and "不能删除" in fixed.stderr


def test_the_rubric_of_a_scored_round_cannot_be_replaced(demo_round, tmp_path):
    db = demo_round / "secretariat.db"
    exported = tmp_path / "细则.yaml"
    assert cli("round", "rubric", "--db", db, "--export", exported).returncode == 0
    before = table_rows(db)
    refused = cli("round", "rubric", "--db", db, "--replace", exported)
    assert refused.returncode == 2 and "已发出评审包" in refused.stderr
    assert table_rows(db) == before


def test_a_finding_of_the_leak_checks_own_rules_is_ruled_not_identifying_from_the_command_line(tmp_path):
    from helpers import law_title_round
    from reviewer_app.store.database import Database
    from reviewer_app.store.schema import RedactionRecord

    db_path, proposal_id, _ = law_title_round(tmp_path)
    assert cli("anonymise", "accept-all", "--db", db_path).returncode == 0
    database = Database(db_path)
    with database.session() as session:
        session.get(RedactionRecord, proposal_id).status = "rejected"  # 上海市 names a regulation, not the unit
        code = session.get(RedactionRecord, proposal_id).document.case_file.code
    database.close()
    refused = cli("anonymise", "produce", "--db", db_path)
    assert refused.returncode == 1 and "行政区划“上海市”" in refused.stdout
    unreasoned = cli("anonymise", "allow", "--db", db_path, "--case", code, "--document", 1, "--rule", "行政区划",
                     "--text", "上海市")
    assert unreasoned.returncode != 0 and "--reason" in unreasoned.stdout + unreasoned.stderr
    listed = cli("anonymise", "allow", "--db", db_path, "--case", code, "--document", 1, "--rule", "敏感词",
                 "--text", "上海市", "--reason", "法规名称")
    assert listed.returncode != 0  # a listed term cannot be passed, only a finding of the check's rules
    allowed = cli("anonymise", "allow", "--db", db_path, "--case", code, "--document", 1, "--rule", "行政区划",
                  "--text", "上海市", "--reason", "地方性法规的名称")
    assert allowed.returncode == 0 and "不能识别" in allowed.stdout
    passed = cli("anonymise", "check", "--db", db_path)
    assert passed.returncode == 0 and "泄密检查通过" in passed.stdout
