"""Worked examples for the round rules; every expected figure is computed by hand."""

from dataclasses import replace
from decimal import Decimal as D

from reviewer_app.core.composition import composition_warnings
from reviewer_app.core.consolidation import (
    CaseFileFacts,
    CombinationRule,
    GradeScale,
    RoundRules,
    SheetScore,
    UnitFacts,
    consolidate,
    score_case,
)
from reviewer_app.core.vocabulary import CaseType, GapDecision, Track, UnitLevel

E, C = Track.EXPERT, Track.CROSS
# These worked examples use a file or two a unit: their gaps are excused, so each mean is over the
# files submitted (test_fixed_denominators.py works through the notice's 7 and 22).
EXCUSED = {"gap_decision": GapDecision.EXCUSED, "gap_reason": "示例"}
CITY = UnitFacts("临江市环境保护局", UnitLevel.CITY, **EXCUSED)
COUNTY_A = UnitFacts("青溪县环境保护局", UnitLevel.COUNTY, CITY.name, **EXCUSED)
COUNTY_B = UnitFacts("云台县环境保护局", UnitLevel.COUNTY, CITY.name, **EXCUSED)


def sheets(code, expert=(), cross=()):
    return [SheetScore(code, f"e{n}", E, D(s)) for n, s in enumerate(expert)] + [
        SheetScore(code, f"c{n}", C, D(s)) for n, s in enumerate(cross)
    ]


def test_track_means_and_equal_weights():
    case = CaseFileFacts("A1", CITY.name, CaseType.PENALTY)
    result = score_case(case, sheets("A1", ["90", "85"], ["80", "76.5"]), RoundRules())
    # expert (90+85)/2 = 87.5; cross (80+76.5)/2 = 78.25; final (87.5+78.25)/2 = 82.875 -> 82.88
    assert result.expert_score == D("87.50")
    assert result.cross_score == D("78.25")
    assert result.final_score == D("82.88")
    assert result.rule == "专家评审×0.50 + 交叉评审×0.50"
    assert result.grade == "合格"


def test_custom_weights_are_applied_and_described():
    rules = RoundRules(weights=CombinationRule(D("0.6"), D("0.4")))
    case = CaseFileFacts("A1", CITY.name, CaseType.PENALTY)
    result = score_case(case, sheets("A1", ["90"], ["80"]), rules)
    assert result.final_score == D("86.00")  # 0.6*90 + 0.4*80
    assert result.rule == "专家评审×0.60 + 交叉评审×0.40"


def test_one_track_alone():
    case = CaseFileFacts("A1", CITY.name, CaseType.PENALTY)
    result = score_case(case, sheets("A1", ["91", "92"]), RoundRules())
    assert result.final_score == D("91.50") and result.cross_score is None
    assert result.rule == "仅专家评审"
    cross_only = RoundRules(weights=CombinationRule(D(0), D(1)))
    result = score_case(case, sheets("A1", ["50"], ["70"]), cross_only)
    assert result.final_score == D("70.00") and result.rule == "仅交叉评审"


def test_no_sheets_no_score():
    result = score_case(CaseFileFacts("A1", CITY.name, CaseType.PENALTY), [], RoundRules())
    assert result.final_score is None and result.grade is None


def test_grades_and_veto_always_fails():
    scale = GradeScale()
    assert scale.grade(D("90")) == "优秀"
    assert scale.grade(D("89.99")) == "合格"
    assert scale.grade(D("60")) == "合格"
    assert scale.grade(D("59.99")) == "不合格"
    assert scale.grade(D("95"), veto_failed=True) == "不合格"
    case = CaseFileFacts("A1", CITY.name, CaseType.PENALTY)
    vetoed = [SheetScore("A1", "e", E, D("95"), veto_failed=True), SheetScore("A1", "c", C, D("95"))]
    assert score_case(case, vetoed, RoundRules()).grade == "不合格"


def _round(case_files, all_sheets, units=(CITY, COUNTY_A, COUNTY_B), rules=RoundRules()):
    results = consolidate(rules, list(units), case_files, all_sheets)
    return {c.code: c for c in results.cases}, {u.name: u for u in results.units}


def test_county_mean_and_city_mean_over_own_and_county_files():
    files = [
        CaseFileFacts("C1", CITY.name, CaseType.PENALTY),
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY),
        CaseFileFacts("A2", COUNTY_A.name, CaseType.PENALTY),
        CaseFileFacts("B1", COUNTY_B.name, CaseType.PENALTY),
    ]
    all_sheets = (
        sheets("C1", ["90"], ["90"]) + sheets("A1", ["80"], ["70"]) + sheets("A2", ["60"], ["70"])
        + sheets("B1", ["100"], ["98"])
    )
    cases, units = _round(files, all_sheets)
    # A: (75 + 65)/2 = 70; B: 99; city: (90 + 75 + 65 + 99)/4 = 82.25
    assert units[COUNTY_A.name].score == D("70.00")
    assert units[COUNTY_B.name].score == D("99.00")
    assert units[CITY.name].score == D("82.25") and units[CITY.name].case_count == 4
    assert units[COUNTY_B.name].rank == 1 and units[COUNTY_A.name].rank == 2
    assert units[CITY.name].rank == 1


def test_a_candidates_own_case_file_is_scored_but_counts_for_no_unit():
    """附2 二(二)(1): a 先进个人 candidate's penalty file that the unit did not submit among its own
    gets its combined score for the candidate, and stays out of its unit's (and city's) mean,
    file count and composition."""
    files = [
        CaseFileFacts("C1", CITY.name, CaseType.PENALTY),
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY),
        CaseFileFacts("A9", COUNTY_A.name, CaseType.PENALTY, unit_file=False),
    ]
    all_sheets = sheets("C1", ["90"], ["90"]) + sheets("A1", ["80"], ["70"]) + sheets("A9", ["40"], ["50"])
    cases, units = _round(files, all_sheets, units=(CITY, COUNTY_A))
    assert cases["A9"].final_score == D("45.00")  # (40 + 50) / 2, for the candidate
    assert units[COUNTY_A.name].score == D("75.00") and units[COUNTY_A.name].case_count == 1
    assert units[CITY.name].score == D("82.50") and units[CITY.name].case_count == 2  # (90 + 75) / 2
    files[2] = replace(files[2], unit_file=True)  # had the unit submitted it, it would count
    cases, units = _round(files, all_sheets, units=(CITY, COUNTY_A))
    assert units[COUNTY_A.name].score == D("60.00") and units[COUNTY_A.name].case_count == 2


def test_falsified_county_file_zeroes_file_county_and_city():
    files = [
        CaseFileFacts("C1", CITY.name, CaseType.PENALTY),
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY, falsification_confirmed=True),
        CaseFileFacts("A2", COUNTY_A.name, CaseType.PENALTY),
        CaseFileFacts("B1", COUNTY_B.name, CaseType.PENALTY),
    ]
    all_sheets = sheets("C1", ["90"], ["90"]) + sheets("A1", ["80"], ["80"]) + sheets("A2", ["70"], ["70"]) + sheets("B1", ["60"], ["60"])
    cases, units = _round(files, all_sheets)
    assert cases["A1"].final_score == D("0.00") and cases["A1"].falsified
    assert units[COUNTY_A.name].score == D("35.00")  # (0 + 70) / 2
    assert units[COUNTY_A.name].indicator == D("0.00")
    assert units[COUNTY_A.name].zero_reasons == ("案卷造假：A1",)
    assert units[CITY.name].indicator == D("0.00")
    assert units[CITY.name].zero_reasons == ("案卷造假：A1",)
    assert units[COUNTY_B.name].indicator == D("60.00") and units[COUNTY_B.name].zero_reasons == ()
    # B (60) now ranks above A (0)
    assert units[COUNTY_B.name].rank == 1 and units[COUNTY_A.name].rank == 2


def test_reconsideration_zeroes_only_that_unit_and_both_reasons_are_reported():
    city = replace(CITY, corrected_on_reconsideration=True)
    files = [
        CaseFileFacts("C1", CITY.name, CaseType.PENALTY, falsification_confirmed=True),
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY),
    ]
    cases, units = _round(files, sheets("C1", ["90"]) + sheets("A1", ["88"]), units=(city, COUNTY_A))
    assert units[CITY.name].zero_reasons == ("案卷造假：C1", "行政处罚被行政复议纠正")
    assert units[COUNTY_A.name].indicator == D("88.00")


def test_ineligible_file_scores_zero_and_still_counts_unless_switched_off():
    from reviewer_app.core.vocabulary import EligibilityDecision

    files = [
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY, eligibility_warnings=("未识别出移动执法平台记录",), eligibility=EligibilityDecision.CONFIRMED),
        CaseFileFacts("A2", COUNTY_A.name, CaseType.PENALTY),
    ]
    all_sheets = sheets("A1", ["90"], ["90"]) + sheets("A2", ["80"], ["80"])
    cases, units = _round(files, all_sheets, units=(COUNTY_A,))
    assert cases["A1"].final_score == D("0.00") and not cases["A1"].eligible
    assert units[COUNTY_A.name].score == D("40.00")
    assert any("不符合报送要求（已确认）" in w for w in units[COUNTY_A.name].warnings)
    cases, units = _round(files, all_sheets, units=(COUNTY_A,), rules=RoundRules(enforce_eligibility=False))
    assert cases["A1"].final_score == D("90.00") and cases["A1"].eligible
    assert units[COUNTY_A.name].score == D("85.00")


def test_ties_share_a_rank():
    c = UnitFacts("丙县", UnitLevel.COUNTY)
    files = [
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY),
        CaseFileFacts("B1", COUNTY_B.name, CaseType.PENALTY),
        CaseFileFacts("X1", c.name, CaseType.PENALTY),
    ]
    all_sheets = sheets("A1", ["80"]) + sheets("B1", ["80"]) + sheets("X1", ["70"])
    _, units = _round(files, all_sheets, units=(COUNTY_A, COUNTY_B, c))
    assert [units[n].rank for n in (COUNTY_A.name, COUNTY_B.name, c.name)] == [1, 1, 3]


def test_unscored_files_are_warned_about():
    files = [CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY), CaseFileFacts("A2", COUNTY_A.name, CaseType.PENALTY)]
    _, units = _round(files, sheets("A1", ["80"]), units=(COUNTY_A,))
    assert units[COUNTY_A.name].score == D("80.00")
    assert "1 件案卷尚无已签名评分表" in units[COUNTY_A.name].warnings


def test_composition_check():
    county_mix = [CaseType.PENALTY] * 3 + [
        CaseType.DAILY_PENALTY, CaseType.DETENTION_TRANSFER, CaseType.CRIME_TRANSFER, CaseType.COURT_ENFORCEMENT,
    ]
    assert composition_warnings(UnitLevel.COUNTY, county_mix) == []
    assert composition_warnings(UnitLevel.CITY, county_mix + [CaseType.INSPECTION_AUDIT]) == []
    warnings = composition_warnings(UnitLevel.CITY, county_mix)
    assert warnings == ["报送案卷 7 件，应为 8 件", "现场监督检查稽查案卷 0 件，应为 1 件"]
    warnings = composition_warnings(UnitLevel.COUNTY, county_mix[1:] + [CaseType.DAILY_PENALTY])
    assert "行政处罚案卷 2 件，应为 3 件" in warnings and "按日连续处罚案卷 2 件，应为 1 件" in warnings


def test_reviewer_deviation_from_case_means():
    from reviewer_app.core.consolidation import reviewer_deviation

    sheets = [
        SheetScore("A1", "甲", E, D("90")), SheetScore("A1", "乙", C, D("80")),  # mean 85: 甲 +5, 乙 -5
        SheetScore("A2", "甲", E, D("70")), SheetScore("A2", "乙", C, D("70")), SheetScore("A2", "丙", C, D("100")),  # mean 80
        SheetScore("A3", "丙", C, D("50")),  # alone: no comparison
    ]
    assert reviewer_deviation(sheets) == {"甲": D("-2.50"), "乙": D("-7.50"), "丙": D("20.00")}


def test_a_tie_break_orders_tied_units():
    a = UnitFacts("甲县", UnitLevel.COUNTY, tie_break=2)
    b = UnitFacts("乙县", UnitLevel.COUNTY, tie_break=1)
    c = UnitFacts("丙县", UnitLevel.COUNTY)
    files = [CaseFileFacts(code, unit.name, CaseType.PENALTY) for code, unit in (("A", a), ("B", b), ("C", c))]
    all_sheets = sheets("A", ["80"]) + sheets("B", ["80"]) + sheets("C", ["70"])
    _, units = _round(files, all_sheets, units=(a, b, c))
    assert [units[n].rank for n in ("乙县", "甲县", "丙县")] == [1, 2, 3]
    _, units = _round(files, all_sheets, units=(UnitFacts("甲县", UnitLevel.COUNTY), UnitFacts("乙县", UnitLevel.COUNTY), c))
    assert [units[n].rank for n in ("甲县", "乙县", "丙县")] == [1, 1, 3]


def test_a_result_stays_provisional_while_a_question_is_open():
    """Each open question named, hand-checked; answering it makes the result final."""
    files = [
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY, assigned=2),  # one of two sheets signed
        CaseFileFacts("A2", COUNTY_A.name, CaseType.PENALTY, assigned=2),  # 90 vs 70: 20 apart > 15
        CaseFileFacts("A3", COUNTY_A.name, CaseType.PENALTY, assigned=2),  # falsification reported
        CaseFileFacts("B1", COUNTY_B.name, CaseType.PENALTY, assigned=2),  # complete, 80 vs 95: 15 apart
    ]
    reported = [SheetScore("A3", "e0", E, D("80"), falsification_reported=True), SheetScore("A3", "c0", C, D("80"))]
    all_sheets = sheets("A1", ["80"]) + sheets("A2", ["90"], ["70"]) + reported + sheets("B1", ["80"], ["95"])
    results = consolidate(RoundRules(), [CITY, COUNTY_A, COUNTY_B], files, all_sheets)
    cases = {c.code: c for c in results.cases}
    units = {u.name: u for u in results.units}
    assert cases["A1"].pending == ("评分表未齐（已签名 1/2）",)
    assert cases["A2"].pending == ("分差 20.00 分待复核",) and cases["A2"].recheck_needed
    assert cases["A3"].pending == ("造假报告待认定",)
    assert cases["B1"].pending == () and cases["B1"].status == "final" and cases["B1"].spread == D("15")
    assert {c.status for c in (cases["A1"], cases["A2"], cases["A3"])} == {"provisional"}
    assert units[COUNTY_B.name].status == "final"
    assert units[COUNTY_A.name].pending == ("A1：评分表未齐（已签名 1/2）", "A2：分差 20.00 分待复核", "A3：造假报告待认定")
    assert units[CITY.name].status == "provisional" and not results.final

    answered = [
        CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY, assigned=1),
        CaseFileFacts("A2", COUNTY_A.name, CaseType.PENALTY, assigned=2, rechecked=True),
        CaseFileFacts("A3", COUNTY_A.name, CaseType.PENALTY, assigned=2, falsification_rejected=True),
        files[3],
    ]
    assert consolidate(RoundRules(), [CITY, COUNTY_A, COUNTY_B], answered, all_sheets).final


def test_a_recheck_decision_records_the_accepted_score():
    """90 (expert) and 70 (cross): 20 apart, combined 80. The re-check settles on 76, which
    replaces 80 for the file and for its unit; a decision without a score keeps 80."""
    sheets_ = sheets("A2", ["90"], ["70"]) + sheets("B1", ["80"], ["84"])
    files = [CaseFileFacts("A2", COUNTY_A.name, CaseType.PENALTY, assigned=2, rechecked=True, accepted_score=D("76")),
             CaseFileFacts("B1", COUNTY_A.name, CaseType.PENALTY, assigned=2)]
    results = consolidate(RoundRules(), [CITY, COUNTY_A], files, sheets_)
    case = results.cases[0]
    assert (case.final_score, case.rule, case.status) == (D("76.00"), "经复核认定", "final")
    assert case.reasons == ("经复核认定 76.00 分",) and case.expert_score == D("90.00")
    assert results.units[1].score == D("79.00")  # (76 + 82) / 2
    kept = score_case(replace(files[0], accepted_score=None), sheets("A2", ["90"], ["70"]), RoundRules())
    assert (kept.final_score, kept.reasons, kept.status) == (D("80.00"), ("经复核",), "final")
    # an accepted score does not undo a confirmed falsification
    falsified = score_case(replace(files[0], falsification_confirmed=True), sheets("A2", ["90"], ["70"]), RoundRules())
    assert falsified.final_score == D("0.00") and falsified.accepted_score is None


def test_a_file_nobody_has_scored_is_provisional():
    result = score_case(CaseFileFacts("A1", CITY.name, CaseType.PENALTY), [], RoundRules())
    assert result.status == "provisional" and result.pending == ("评分表未齐（已签名 0/1）",)


def test_a_failed_veto_waits_for_the_panel_then_each_ruling_applies():
    """One expert failed a veto item on a sheet worth 90 points. Expert 90 (vetoed) and 85,
    cross 80 and 78; every figure computed by hand."""
    from reviewer_app.core.vocabulary import VetoPolicy, VetoRuling

    def sheets_for(policy):
        vetoed_score = D("0") if policy is VetoPolicy.ZERO else D("90")
        return [SheetScore("A1", "e0", E, vetoed_score, veto_failed=True, points=D("90")), SheetScore("A1", "e1", E, D("85")),
                SheetScore("A1", "c0", C, D("80")), SheetScore("A1", "c1", C, D("78"))]

    def case(ruling, policy=VetoPolicy.ZERO):
        facts = CaseFileFacts("A1", CITY.name, CaseType.PENALTY, assigned=4, veto_ruling=ruling)
        return score_case(facts, sheets_for(policy), RoundRules(veto_policy=policy))

    pending = case(VetoRuling.NONE)
    # expert (0 + 85) / 2 = 42.5; cross (80 + 78) / 2 = 79; (42.5 + 79) / 2 = 60.75
    assert pending.final_score == D("60.75") and pending.grade == "不合格" and pending.status == "provisional"
    assert pending.pending[0] == "否决项待裁定（1 份评分表认定不通过）"
    stands = case(VetoRuling.STANDS)
    assert (stands.final_score, stands.grade, stands.status, stands.pending) == (D("0.00"), "不合格", "final", ())
    # mark_only keeps the points: expert 87.5, cross 79 → 83.25, and the file still fails
    marked = case(VetoRuling.STANDS, VetoPolicy.MARK_ONLY)
    assert (marked.final_score, marked.grade, marked.status) == (D("83.25"), "不合格", "final")
    upheld_not = case(VetoRuling.NOT_UPHELD)
    assert (upheld_not.final_score, upheld_not.grade, upheld_not.status) == (D("83.25"), "合格", "final")
    assert not upheld_not.veto_failed and upheld_not.spread == D("12")
    assert [s.score for s in upheld_not.sheets] == [D("90"), D("85"), D("80"), D("78")]
    # A ruling on a file nobody vetoed changes nothing.
    clean = score_case(CaseFileFacts("A2", CITY.name, CaseType.PENALTY, assigned=1, veto_ruling=VetoRuling.STANDS),
                       [SheetScore("A2", "e0", E, D("95"))], RoundRules())
    assert (clean.final_score, clean.grade, clean.status) == (D("95.00"), "优秀", "final")


def test_a_county_corrected_on_reconsideration_zeroes_itself_and_its_city():
    corrected = replace(COUNTY_A, corrected_on_reconsideration=True, reconsideration_reference="临复决字〔2016〕12号")
    files = [CaseFileFacts("C1", CITY.name, CaseType.PENALTY), CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY),
             CaseFileFacts("B1", COUNTY_B.name, CaseType.PENALTY)]
    all_sheets = sheets("C1", ["90"]) + sheets("A1", ["80"]) + sheets("B1", ["70"])
    reaching = RoundRules(reconsideration_reaches_city=True)  # the round's setting; off by default
    _, units = _round(files, all_sheets, units=(CITY, corrected, COUNTY_B), rules=reaching)
    assert units[COUNTY_A.name].indicator == D("0.00") and units[COUNTY_A.name].score == D("80.00")
    assert units[COUNTY_A.name].zero_reasons == ("行政处罚被行政复议纠正（临复决字〔2016〕12号）",)
    assert units[CITY.name].indicator == D("0.00") and units[CITY.name].score == D("80.00")  # (90 + 80 + 70) / 3
    assert units[CITY.name].zero_reasons == (f"{COUNTY_A.name}：行政处罚被行政复议纠正（临复决字〔2016〕12号）",)
    assert units[COUNTY_B.name].indicator == D("70.00") and units[COUNTY_B.name].zero_reasons == ()


def test_an_intake_warning_is_a_question_until_decided():
    from reviewer_app.core.vocabulary import EligibilityDecision

    def a1(decision):
        files = [CaseFileFacts("A1", COUNTY_A.name, CaseType.PENALTY, eligibility_warnings=("未识别出移动执法平台记录",), eligibility=decision, assigned=2)]
        cases, _ = _round(files, sheets("A1", ["90"], ["86"]), units=(COUNTY_A,))
        return cases["A1"]

    proposed = a1(EligibilityDecision.NONE)
    assert proposed.final_score == D("88.00") and proposed.eligible and proposed.status == "provisional"
    assert proposed.pending == ("是否符合报送要求待确认（未识别出移动执法平台记录）",)
    dismissed = a1(EligibilityDecision.DISMISSED)
    assert (dismissed.final_score, dismissed.eligible, dismissed.status) == (D("88.00"), True, "final")
    confirmed = a1(EligibilityDecision.CONFIRMED)
    assert (confirmed.final_score, confirmed.eligible, confirmed.grade, confirmed.status) == (D("0.00"), False, "不合格", "final")


def test_every_case_result_says_why_its_score_is_what_it_is():
    from dataclasses import replace as changed

    from reviewer_app.core.consolidation import CaseResult, UnitResult, in_rank_order
    from reviewer_app.core.vocabulary import UnitLevel, VetoRuling

    plain = CaseResult("AJ-1", "甲县环保局", CaseType.PENALTY, D(80), D(82), D(81), "专家×0.5+交叉×0.5",
                       falsified=False, eligible=True, veto_failed=False, grade="良好", sheet_count=4)
    assert plain.reasons == ()
    assert changed(plain, falsified=True).reasons == ("认定造假，计 0 分",)
    assert changed(plain, eligible=False).reasons == ("不符合报送要求，计 0 分",)
    assert changed(plain, vetoed_sheets=1).reasons == ("实体评查不通过，待裁定",)
    assert changed(plain, vetoed_sheets=1, veto_ruling=VetoRuling.STANDS).reasons == ("实体评查否决成立",)
    assert changed(plain, vetoed_sheets=2, veto_ruling=VetoRuling.NOT_UPHELD).reasons == ("否决不予支持，按各表得分",)
    assert changed(plain, recheck_needed=True).reasons == ("评分差距过大，待复核",)
    assert changed(plain, recheck_needed=True, rechecked=True).reasons == ("经复核",)

    def unit(name, level, rank):
        return UnitResult(name, level, None, None, None, (), rank, 1, ())

    ordered = in_rank_order([unit("丙县", UnitLevel.COUNTY, 2), unit("乙市", UnitLevel.CITY, 1), unit("丁县", UnitLevel.COUNTY, None),
                             unit("甲县", UnitLevel.COUNTY, 1), unit("戊市", UnitLevel.CITY, 2)])
    assert [u.name for u in ordered] == ["乙市", "戊市", "甲县", "丙县", "丁县"]
