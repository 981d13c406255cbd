"""Published results stay as published: every change that would alter a figure is refused,
naming the publication and how to withdraw it, and changes nothing; withdrawing (with a
reason, audited) opens the round to changes again. The demo round ends published."""

import subprocess
import sys
from datetime import date

import pytest
from sqlalchemy import select

from helpers import table_rows
from reviewer_app.core.assignment import AssignmentError
from reviewer_app.exchange.keys import open_key_file
from reviewer_app.exchange.returns import Outcome, import_returns
from reviewer_app.store.assignments import assign_round, set_assignment
from reviewer_app.store.database import Database
from reviewer_app.store.decisions import (
    DecisionError,
    decide_eligibility,
    decide_falsification,
    record_recheck,
    rule_on_veto,
    set_reconsideration,
    set_tie_break,
)
from reviewer_app.store.intake import IntakeError, intake_folder
from reviewer_app.store.roster import RosterError, RowProblem, add_unit, import_roster
from reviewer_app.store.rounds import PublicationRefused, only_round, publish_results, withdraw_publication
from reviewer_app.store.schema import AuditEntry

PUBLISHED = "已于 2016-12-20 由省环保厅（演示）发布"


def _first_case(round_record):
    return sorted(c.code for c in round_record.case_files)[0]


def _county(round_record):
    return next(u.name for u in round_record.units if u.parent is not None)


CHANGES = {
    "falsification": (DecisionError, lambda s, r, tmp: decide_falsification(s, r, _first_case(r), True, "笔录时间重叠")),
    "veto": (DecisionError, lambda s, r, tmp: rule_on_veto(s, r, _first_case(r), True, "证据不足")),
    "recheck": (DecisionError, lambda s, r, tmp: record_recheck(s, r, _first_case(r), "维持原评分", "有文书依据")),
    "eligibility": (DecisionError, lambda s, r, tmp: decide_eligibility(s, r, _first_case(r), True, "复印件")),
    "tie break": (DecisionError, lambda s, r, tmp: set_tie_break(s, r, _county(r), 1)),
    "reconsideration": (DecisionError, lambda s, r, tmp: set_reconsideration(s, r, _county(r), "临复决字〔2016〕9号")),
    "assignment": (AssignmentError, lambda s, r, tmp: set_assignment(s, r, r.reviewers[0].name, _first_case(r), False)),
    "automatic assignment": (AssignmentError, lambda s, r, tmp: assign_round(s, r)),
    "unit added": (RowProblem, lambda s, r, tmp: add_unit(s, r, "新设县生态环境局", "县（市、区）", _county_parent(r), "临江市")),
    "roster with units": (RosterError, lambda s, r, tmp: import_roster(s, r, _new_unit_roster(r, tmp))),
    "intake": (IntakeError, lambda s, r, tmp: intake_folder(s, r, tmp, tmp)),
}


def _county_parent(round_record):
    return next(u.parent.name for u in round_record.units if u.parent is not None)


def _new_unit_roster(round_record, tmp_path):
    import openpyxl

    from reviewer_app.store.roster import UNIT_COLUMNS, UNIT_SHEET

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = UNIT_SHEET
    sheet.append(UNIT_COLUMNS)
    sheet.append(("新设县生态环境局", "县（市、区）", _county_parent(round_record), "临江市"))
    path = tmp_path / "名单.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("change", list(CHANGES))
def test_a_change_to_published_results_is_refused_and_changes_nothing(demo_round, tmp_path, change):
    error, make = CHANGES[change]
    db_path = demo_round / "secretariat.db"
    before = table_rows(db_path)
    database = Database(db_path)
    with pytest.raises(error) as refused:
        with database.session() as session:
            make(session, only_round(session), tmp_path)
    database.close()
    assert PUBLISHED in str(refused.value) and "撤销发布" in str(refused.value)
    assert table_rows(db_path) == before


def test_a_return_with_new_sheets_is_refused_after_publication_and_a_duplicate_still_says_so(demo_round, demo_source, tmp_path):
    from reviewer_app.demo.build import SECRETARIAT_PASSPHRASE

    db_path = demo_round / "secretariat.db"
    keys = open_key_file(demo_round / "keys" / "秘书处.key", SECRETARIAT_PASSPHRASE)
    returns = sorted((demo_round / "returns").glob("*.rvwret"))
    database = Database(db_path)
    before = table_rows(db_path)
    # Every demo return is in already: a duplicate, published or not, is said to be one.
    assert {r.outcome for r in import_returns(database, returns, keys)} == {Outcome.DUPLICATE}
    assert table_rows(db_path) == before

    # One reviewer's sheets taken out, as if the return came late: now it would add them.
    with database.session() as session:
        reviewer = next(r for r in only_round(session).reviewers if r.name == "周明远")
        for assignment in reviewer.assignments:
            for sheet in list(assignment.sheets):
                session.delete(sheet)
    before = table_rows(db_path)
    late = demo_round / "returns" / "评分回传_周明远.rvwret"
    [result] = import_returns(database, [late], keys)
    assert result.outcome is Outcome.REFUSED and PUBLISHED in result.message and "评分表" in result.message
    assert table_rows(db_path) == before

    with database.session() as session:
        withdraw_publication(session, only_round(session), "周明远的回传文件迟到，需补录")
    [result] = import_returns(database, [late], keys)
    assert result.outcome is Outcome.ACCEPTED and result.sheets_added > 0
    database.close()


def test_withdrawing_needs_a_reason_is_audited_and_opens_the_round_to_changes(demo_round):
    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        round_record = only_round(session)
        with pytest.raises(PublicationRefused, match="理由"):
            withdraw_publication(session, round_record, "   ")
    with database.session() as session:
        withdraw_publication(session, only_round(session), "复议决定送达，需补记行政复议纠正")
    with database.session() as session:
        round_record = only_round(session)
        assert round_record.issued_on is None and round_record.issuing_body == ""
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry.action == "withdraw_publication" and "省环保厅（演示）" in entry.detail and "复议决定送达" in entry.detail
        set_reconsideration(session, round_record, _county(round_record), "临复决字〔2016〕9号")
        with pytest.raises(PublicationRefused, match="尚未发布"):
            withdraw_publication(session, round_record, "再撤一次")
    with database.session() as session:
        publish_results(session, only_round(session), "省生态环境厅", date(2016, 12, 28), [])
    with database.session() as session:
        with pytest.raises(DecisionError, match="已于 2016-12-28 由省生态环境厅发布"):
            set_tie_break(session, only_round(session), _county(only_round(session)), 1)
    database.close()


def test_the_command_line_refuses_a_change_after_publication_and_withdraws_it(demo_round):
    db = str(demo_round / "secretariat.db")

    def run(*args):
        return subprocess.run([sys.executable, "-m", "reviewer_app", *args, "--db", db], capture_output=True, text=True)

    code = _cli_case_code(db)
    refused = run("falsification", "confirm", "--case", code, "--reason", "笔录时间重叠")
    assert refused.returncode == 2 and PUBLISHED in refused.stderr and "Traceback" not in refused.stderr
    no_reason = run("withdraw-publication", "--reason", " ")
    assert no_reason.returncode == 2 and "理由" in no_reason.stderr
    withdrawn = run("withdraw-publication", "--reason", "补记造假认定")
    assert withdrawn.returncode == 0 and "已撤销发布" in withdrawn.stdout
    accepted = run("falsification", "confirm", "--case", code, "--reason", "笔录时间重叠")
    assert accepted.returncode == 0, accepted.stderr


def _cli_case_code(db):
    database = Database(db)
    with database.session() as session:
        code = _first_case(only_round(session))
    database.close()
    return code
