"""Packages out, scores back: five reviewers score through the core API in their own
databases, sign and export; the secretariat imports; results equal a hand computation."""

import json
import random
import subprocess
import sys
from decimal import Decimal as D

from sqlalchemy import select

from helpers import withdraw_publication_of
from reviewer_app.core.score_sheet import Deduction, ItemMark
from reviewer_app.core.vocabulary import CaseType, Falsification
from reviewer_app.demo.signatures import signature_png
from reviewer_app.demo.cast import REVIEWERS
from reviewer_app.exchange.packages import build_packages, open_package
from reviewer_app.exchange.returns import Outcome, export_return, import_returns
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round, round_rubric
from reviewer_app.store.schema import AssignmentRecord, CaseFileRecord, IssuedPackage, SheetRecord
from reviewer_app.store.scoring import (
    FalsificationAnswer,
    SignerMark,
    canonical_sheet,
    current_sheet,
    put_falsification,
    put_mark,
    put_veto,
    sign_sheet,
)

# Each reviewer takes the same deductions on every file, on items every case type has: sheet
# totals are known by hand.
PLAN = {"周明远": [("I5", "I5c")], "陈慧琳": [], "王建国": [("I2", "I2a"), ("I2", "I2b")],
        "刘晓燕": [("I1", "I1b")], "北塘市交叉评审组": [("C2", "C2b")]}
SIGNATURE = signature_png("签名", random.Random(1))
TOTAL = {"周明远": D(98), "陈慧琳": D(100), "王建国": D(96), "刘晓燕": D(97), "北塘市交叉评审组": D(99)}


def score_everything(db_path, reviewer, keys):
    database = Database(db_path)
    with database.session() as session:
        round_record = only_round(session)
        rubric = round_rubric(round_record)
        for assignment in round_record.reviewers[0].assignments:
            sheet_id = current_sheet(session, assignment.id).id
            case_type = assignment.case_file.case_type
            taken = {}
            for item_id, preset_id in PLAN[reviewer.name]:
                preset = next(d for d in rubric.item(item_id).deductions if d.id == preset_id)
                taken.setdefault(item_id, []).append(Deduction(preset.points, preset.text, preset.id))
            for item in rubric.items_for(CaseType(case_type)):
                mark = ItemMark(item.id, deductions=taken[item.id]) if item.id in taken else ItemMark(item.id, no_deduction=True)
                put_mark(session, sheet_id, mark)
            for veto in rubric.veto_items_for(CaseType(case_type)):  # each type is asked its own veto items
                put_veto(session, sheet_id, veto.id, True)
            put_falsification(session, sheet_id, FalsificationAnswer(Falsification.NONE))
            signature = keys.sign(canonical_sheet(session, sheet_id))
            signers = reviewer.members or (reviewer.name,)
            sign_sheet(session, sheet_id, [SignerMark(s, SIGNATURE, signature, keys.public.fingerprint) for s in signers])
    return database


def test_packages_out_scores_back_results_as_computed_by_hand(demo_round, demo_keys, tmp_path):
    withdraw_publication_of(demo_round / "secretariat.db")
    db_path = demo_round / "secretariat.db"
    secretariat_db = Database(db_path)
    with secretariat_db.session() as session:  # a round nobody has scored yet
        for sheet in session.scalars(select(SheetRecord)):
            session.delete(sheet)
        for issued in session.scalars(select(IssuedPackage)):
            session.delete(issued)
        for case in session.scalars(select(CaseFileRecord)):
            case.falsification_decision = "none"
    packages = build_packages(secretariat_db, tmp_path / "packages", demo_keys["秘书处"])
    assert len(packages) == 5

    returns = []
    for reviewer, package in zip(REVIEWERS, packages):
        keys = demo_keys[reviewer.name]
        reviewer_db_path = open_package(package, keys, tmp_path / "laptops" / reviewer.name, [demo_keys["秘书处"].public])
        reviewer_db = score_everything(reviewer_db_path, reviewer, keys)
        returns.append(export_return(reviewer_db, tmp_path / "returns" / f"{reviewer.name}.rvwret", keys, [demo_keys["秘书处"].public]))
        reviewer_db.close()

    results = import_returns(secretariat_db, returns, demo_keys["秘书处"])
    assert [r.outcome for r in results] == [Outcome.ACCEPTED] * 5
    assert sum(r.sheets_added for r in results) == 88 + 6  # and the panel's three stories, by both experts

    # The hand computation: expert mean, cross mean, half of each; ineligible files score 0.
    with secretariat_db.session() as session:
        by_case = {}
        for assignment in session.scalars(select(AssignmentRecord)):
            if assignment.case_file.case_type != "personal_story":  # the panel's stories are scored apart
                by_case.setdefault(assignment.case_file.code, []).append(assignment.reviewer)
        cases = {c.code: c for c in session.scalars(select(CaseFileRecord).where(CaseFileRecord.case_type != "personal_story"))}
        expected_case = {}
        for code, people in by_case.items():
            expert = sum(TOTAL[p.name] for p in people if p.track == "expert") / 2
            cross = sum(TOTAL[p.name] for p in people if p.track == "cross") / 2
            final = (expert + cross) / 2 if cases[code].eligibility_decision != "confirmed" else D(0)
            expected_case[code] = (expert, cross, final.quantize(D("0.01")))
        expected_unit = {}
        for unit in only_round(session).units:
            counted = [c for c in cases.values() if c.unit_id == unit.id or (unit.parent_id is None and c.unit.parent_id == unit.id)]
            expected_unit[unit.name] = (sum(expected_case[c.code][2] for c in counted) / len(counted)).quantize(D("0.01"), "ROUND_HALF_UP")
    secretariat_db.close()

    output = subprocess.run([sys.executable, "-m", "reviewer_app", "results", "--db", str(db_path), "--json"],
                            capture_output=True, text=True, check=True)
    document = json.loads(output.stdout)
    for case in document["case_files"]:
        expert, cross, final = expected_case[case["code"]]
        assert (D(case["expert_score"]), D(case["cross_score"]), D(case["final_score"])) == (expert, cross, final)
    for unit in document["units"]:
        assert D(unit["score"]) == expected_unit[unit["name"]], unit["name"]
