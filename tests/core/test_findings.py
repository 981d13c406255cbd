"""Findings across sheets, computed by hand on three small sheets."""

from decimal import Decimal as D

from reviewer_app.core.findings import ScoredSheet, item_findings, leniency_label, most_frequent, stage_findings
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import Deduction, ItemMark, ScoreSheet
from reviewer_app.core.vocabulary import CaseType

RUBRIC = load_preset("national_2012")


def sheet(**marks):
    result = ScoreSheet(CaseType.PENALTY)
    for item_id, deductions in marks.items():
        result.marks[item_id] = (ItemMark(item_id, not_applicable=True) if deductions is None
                                 else ItemMark(item_id, deductions=[Deduction(D(p), r) for p, r in deductions]))
    return result


def test_deductions_by_item_and_stage_most_frequent_first():
    scored = [
        # I1 (max 6) loses 6 + 3, capped at 6; F1 loses 2
        ScoredSheet("A1", "甲县", "e1", sheet(I1=[("6", "执法人员不足两名"), ("3", "未出示证件")], F1=[("2", "未写明案件来源")])),
        ScoredSheet("A1", "甲县", "c1", sheet(I1=[("3", "未出示证件")], N2=None)),
        ScoredSheet("B1", "乙县", "e1", sheet(I1=[("3", "未出示证件")], F1=[("1", "缺立案日期")], N2=[("2", "未提前七日通知")])),
    ]
    findings = {f.item_id: f for f in item_findings(RUBRIC, scored)}
    i1 = findings["I1"]
    assert (i1.times, i1.points, i1.cases, i1.units) == (3, D(12), {"A1", "B1"}, {"甲县", "乙县"})
    assert i1.examples(2) == ["未出示证件", "执法人员不足两名"]  # 3 times, then once
    assert (findings["F1"].times, findings["F1"].points) == (2, D(3))
    assert (findings["N2"].times, findings["N2"].points) == (1, D(2))  # 不适用 on c1's sheet: not counted there
    assert findings["D1"].times == 0
    assert [f.item_id for f in most_frequent(list(findings.values()))] == ["I1", "F1", "N2"]
    stages = {s.stage: s for s in stage_findings(list(findings.values()))}
    # 17 points lost in all: investigation 12, filing 3, notification 2
    assert (stages["调查取证"].times, stages["调查取证"].points, stages["调查取证"].share) == (3, D(12), D("70.59"))
    assert stages["立案"].share == D("17.65") and stages["告知与听证"].share == D("11.76")
    assert stages["处理决定"].times == 0 and stages["处理决定"].share == 0


def test_leniency_reads_within_two_points_as_moderate():
    assert [leniency_label(D(v)) for v in ("2.01", "2", "-2", "-2.01")] == ["偏宽", "适中", "适中", "偏严"]
