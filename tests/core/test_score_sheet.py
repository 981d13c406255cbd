from decimal import Decimal as D

import pytest

from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import (
    Deduction,
    ItemMark,
    ScoreSheet,
    item_score,
    missing_for_signing,
    total_sheet,
)
from reviewer_app.core.vocabulary import CaseType, Falsification, VetoPolicy


@pytest.fixture(scope="module")
def rubric():
    return load_preset("national_2012")


def complete_sheet(rubric, case_type=CaseType.PENALTY) -> ScoreSheet:
    sheet = ScoreSheet(case_type=case_type, falsification=Falsification.NONE)
    for item in rubric.items_for(case_type):
        sheet.marks[item.id] = ItemMark(item.id, no_deduction=True)
    sheet.veto = {v.id: True for v in rubric.veto_items_for(case_type)}
    return sheet


def test_item_score_is_max_minus_deductions_clamped(rubric):
    f1 = rubric.item("F1")  # 4 points
    assert item_score(f1, ItemMark("F1", deductions=[Deduction(D("1.5"), "x")])) == D("2.5")
    assert item_score(f1, ItemMark("F1", deductions=[Deduction(D("3"), "x"), Deduction(D("2"), "y")])) == 0
    assert item_score(f1, ItemMark("F1", no_deduction=True)) == D(4)


def test_worked_example_penalty_sheet(rubric):
    # Hand computation: 100 - F1 2 - I3 (2 + 0.5) - D1 3 = 92.5; I1 deductions 6 + 3 clamp at 6 -> 86.5
    sheet = complete_sheet(rubric)
    sheet.marks["F1"] = ItemMark("F1", deductions=[Deduction(D(2), "未写明案件来源", "F1a")])
    sheet.marks["I3"] = ItemMark("I3", deductions=[Deduction(D(2), "时间", "I3a"), Deduction(D("0.5"), "自定义")])
    sheet.marks["D1"] = ItemMark("D1", deductions=[Deduction(D(3), "依据", "D1b")])
    assert total_sheet(rubric, sheet).points == D("92.5")
    sheet.marks["I1"] = ItemMark("I1", deductions=[Deduction(D(6), "一人"), Deduction(D(3), "证件")])
    total = total_sheet(rubric, sheet)
    assert total.points == D("86.5")
    assert total.section_points["filing"] == D(6)
    assert total.section_points["investigation"] == D("27.5")  # 36 - 2.5 - 6
    assert total.score(VetoPolicy.ZERO) == D("86.50")


def test_failed_veto_zeroes_or_only_marks(rubric):
    sheet = complete_sheet(rubric)
    sheet.veto["V3"] = False
    total = total_sheet(rubric, sheet)
    assert total.veto_failed and total.failed_veto_items == ("V3",)
    assert total.score(VetoPolicy.ZERO) == D("0.00")
    assert total.score(VetoPolicy.MARK_ONLY) == D("100.00")


def test_signing_needs_every_answer(rubric):
    sheet = ScoreSheet(case_type=CaseType.CRIME_TRANSFER)
    missing = missing_for_signing(rubric, sheet)
    kinds = [m.kind for m in missing]
    assert kinds.count("veto") == 4
    assert kinds.count("item") == len(rubric.items_for(CaseType.CRIME_TRANSFER))
    assert kinds.count("falsification") == 1

    sheet = complete_sheet(rubric, CaseType.CRIME_TRANSFER)
    assert missing_for_signing(rubric, sheet) == []
    sheet.marks["T1"] = ItemMark("T1", deductions=[Deduction(D(1), "  ")])
    assert [m.target for m in missing_for_signing(rubric, sheet)] == ["T1"]
    sheet.marks["T1"] = ItemMark("T1", deductions=[Deduction(D(1), "缺文号")])
    sheet.falsification = Falsification.SUSPECTED
    assert [m.kind for m in missing_for_signing(rubric, sheet)] == ["falsification"]
    sheet.falsification_description = "笔录时间冲突"
    assert missing_for_signing(rubric, sheet) == []


def test_a_failed_veto_cannot_be_signed_without_an_overall_opinion(rubric):
    sheet = complete_sheet(rubric)
    failed = rubric.veto_items_for(CaseType.PENALTY)[0]
    sheet.veto[failed.id] = False
    [missing] = missing_for_signing(rubric, sheet)
    assert missing.kind == "comment" and failed.text in missing.message
    sheet.comment = "   "
    assert missing_for_signing(rubric, sheet) == [missing]
    sheet.comment = "违法事实认定证据不足"
    assert missing_for_signing(rubric, sheet) == []


def test_not_applicable_items_leave_the_total_which_is_rescaled_to_100(rubric):
    # Hand computation: no hearing (N2 notice 2, N3 record 2), no preservation (P1, 3) and no
    # seizure (P3, 3): 90 points remain.
    # D1 loses 3 and I1 loses 6 + 3, capped at its 6: earned 90 - 9 = 81; 81 / 90 × 100 = 90.
    sheet = complete_sheet(rubric)
    for item_id in ("N2", "N3", "P1", "P3"):
        sheet.marks[item_id] = ItemMark(item_id, not_applicable=True)
    sheet.marks["D1"] = ItemMark("D1", deductions=[Deduction(D(3), "依据", "D1b")])
    sheet.marks["I1"] = ItemMark("I1", deductions=[Deduction(D(6), "一人"), Deduction(D(3), "证件")])
    total = total_sheet(rubric, sheet)
    assert total.rescaled and (total.earned, total.applicable_max) == (D(81), D(90))
    assert total.points == D(90) and total.score(VetoPolicy.ZERO) == D("90.00")
    assert total.section_points["notification"] == D(8)  # N1's 8; N2 and N3 are out
    assert missing_for_signing(rubric, sheet) == []
    # one third of a point does not divide evenly: the score is rounded half-up once, at the end
    sheet.marks["D1"] = ItemMark("D1", deductions=[Deduction(D(1), "依据", None)])
    sheet.marks["I1"] = ItemMark("I1", no_deduction=True)
    assert total_sheet(rubric, sheet).score(VetoPolicy.ZERO) == D("98.89")  # 89 / 90 × 100 = 98.888…


def test_a_sheet_without_not_applicable_items_is_not_rescaled(rubric):
    total = total_sheet(rubric, complete_sheet(rubric))
    assert not total.rescaled and total.points == D(100) and total.earned is None


def test_a_sheet_with_every_item_not_applicable_cannot_be_signed(rubric):
    sheet = complete_sheet(rubric, CaseType.INSPECTION_AUDIT)
    for item in rubric.items_for(CaseType.INSPECTION_AUDIT):
        sheet.marks[item.id] = ItemMark(item.id, not_applicable=True)
    assert total_sheet(rubric, sheet).points == 0
    assert [m.message for m in missing_for_signing(rubric, sheet)] == ["各项均标为不适用，无法计分"]
