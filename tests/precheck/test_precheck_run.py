"""The pre-check run over the demo round at the secretariat, by the command line: its leads are
stored per case file with their documents, pages and words; a second run reads only what changed."""

import json
import sqlite3
import subprocess
import sys


def cli(*args):
    return subprocess.run([sys.executable, "-m", "reviewer_app", *map(str, args)], capture_output=True, text=True)


def test_the_demo_rounds_leads_are_stored_with_their_pages_and_a_second_run_reads_only_what_changed(demo_round):
    db_path = demo_round / "secretariat.db"
    first = cli("precheck", "run", "--db", db_path, "--workers", "2")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "读取 22 件案卷（0 件" in first.stdout  # the case files, not the panel's stories
    leads = json.loads(cli("precheck", "list", "--db", db_path, "--json").stdout)
    court = [lead for lead in leads if lead["rule"] == "PC-COURT"]
    # The demo's court files apply for enforcement before the party's six months to sue ran out
    # (行政强制法第五十三条); one applies the day it reminds the party.
    assert court and all("第五十三条" in lead["source"] and "CE1" in lead["items"] for lead in court)
    early = next(lead for lead in court if "即申请强制执行" in lead["message"] and "起诉期限" in lead["message"])
    documents = [e["document"] for e in early["evidence"]]
    assert documents == ["行政处罚决定书", "强制执行申请书"] and all(e["page"] >= 1 and e["quote"] for e in early["evidence"])
    assert all(lead["case_code"].startswith("AJ-") for lead in leads)  # no lead on a story

    again = cli("precheck", "run", "--db", db_path)
    assert "读取 0 件案卷（22 件文书和规则未变，未重读）" in again.stdout, again.stdout
    with sqlite3.connect(db_path) as connection:  # one file's documents changed since: it alone is read
        connection.execute("UPDATE case_files SET precheck_basis = '' WHERE code = ?", (early["case_code"],))
    connection.close()
    third = cli("precheck", "run", "--db", db_path)
    assert "读取 1 件案卷（21 件" in third.stdout, third.stdout
    # the same leads, not doubled, under the same ids: reviewers' answers refer to them
    assert json.loads(cli("precheck", "list", "--db", db_path, "--json").stdout) == leads
    listed = cli("precheck", "list", "--db", db_path).stdout
    assert f"{early['case_code']}\t" in listed and "第五十三条" in listed


def test_one_officer_in_two_files_at_once_is_a_lead_on_both(demo_round):
    """The demo's own generator gave two pairs of a unit's files the same days, the same officers
    and the same times (检查 09:15–11:40 in both): the pre-check finds each pair, on both files."""
    db_path = demo_round / "secretariat.db"
    assert cli("precheck", "run", "--db", db_path, "--workers", "1").returncode == 0
    leads = json.loads(cli("precheck", "list", "--db", db_path, "--json").stdout)
    across = [lead for lead in leads if lead["rule"] == "PC-OVERLAP"]
    assert across and all("案卷 AJ-" in lead["message"] and "时间重叠" in lead["message"] for lead in across)
    pairs = {frozenset([lead["case_code"], lead["message"].split("案卷 ")[1][:7]]) for lead in across}
    for pair in pairs:  # a lead on each file of the pair, each naming the other by its code
        for code in pair:
            (other,) = pair - {code}
            assert any(lead["case_code"] == code and f"案卷 {other} 的" in lead["message"] for lead in across)
        assert len({lead["unit"] for lead in across if lead["case_code"] in pair}) == 1
    # the other file's page is not this file's: evidence of the other file carries its case code
    assert all(any(e.get("case") not in (None, lead["case_code"]) for e in lead["evidence"]) for lead in across)
    again = cli("precheck", "run", "--db", db_path)  # nothing changed: the comparison is redone, not doubled
    assert "读取 0 件案卷" in again.stdout
    assert len([lead for lead in json.loads(cli("precheck", "list", "--db", db_path, "--json").stdout)
                if lead["rule"] == "PC-OVERLAP"]) == len(across)
