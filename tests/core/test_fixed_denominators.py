"""The notice's rules as written (seed 004, 附1 一(三)): fixed denominators, figures computed
from the printed figures above them, the zero's reason printed where the rule stands,
reconsideration within the period, leniency before zeroes. Every figure worked by hand."""

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

from reviewer_app.core.consolidation import (
    CaseFileFacts,
    RoundRules,
    SheetScore,
    UnitFacts,
    consolidate,
    reviewer_deviation,
    score_case,
)
from reviewer_app.core.vocabulary import CaseType, GapDecision, Track, UnitLevel, VetoRuling

E, C = Track.EXPERT, Track.CROSS
CITY = UnitFacts("临江市环境保护局", UnitLevel.CITY)
COUNTIES = [UnitFacts(f"{name}县环境保护局", UnitLevel.COUNTY, CITY.name) for name in ("青溪", "云台", "石门")]
MIX = [CaseType.PENALTY] * 3 + [CaseType.DAILY_PENALTY, CaseType.DETENTION_TRANSFER, CaseType.CRIME_TRANSFER,
                                 CaseType.COURT_ENFORCEMENT]


def files_of(unit, count, score):
    kinds = MIX + [CaseType.INSPECTION_AUDIT]
    files = [CaseFileFacts(f"{unit.name[:2]}{n}", unit.name, kinds[n % len(kinds)]) for n in range(count)]
    return files, [SheetScore(f.code, "专家", E, D(score)) for f in files]


def results(units, parts, rules=RoundRules()):
    case_files = [f for files, _ in parts for f in files]
    sheets = [s for _, scored in parts for s in scored]
    outcome = consolidate(rules, list(units), case_files, sheets)
    return {u.name: u for u in outcome.units}, {c.code: c for c in outcome.cases}


def test_a_county_that_leaves_out_one_of_its_seven_files():
    county = replace(COUNTIES[0], parent=None)
    units, _ = results([county], [files_of(county, 6, "90")])
    # 6 × 90 over 7 = 540 / 7 = 77.142857… → 77.14, until the secretariat decides
    assert units[county.name].score == D("77.14") and units[county.name].denominator == 7
    assert units[county.name].status == "provisional"
    assert "缺报 1 件（应报 7 件）：待决定按 0 分计入或准予缺报" in units[county.name].pending

    counted = replace(county, gap_decision=GapDecision.ZERO)
    units, _ = results([counted], [files_of(counted, 6, "90")])
    assert units[county.name].score == D("77.14") and units[county.name].status == "final"
    assert "缺报 1 件（应报 7 件），每件按 0 分计入" in units[county.name].warnings

    excused = replace(county, gap_decision=GapDecision.EXCUSED, gap_reason="案卷被法院调卷，经审核同意")
    units, _ = results([excused], [files_of(excused, 6, "90")])
    assert units[county.name].score == D("90.00") and units[county.name].denominator == 6
    assert any("准予缺报 1 件（案卷被法院调卷，经审核同意）" in w for w in units[county.name].warnings)


def test_a_city_with_three_counties_takes_the_two_it_names():
    parts = [files_of(CITY, 8, "80"), files_of(COUNTIES[0], 7, "90"), files_of(COUNTIES[1], 7, "70"),
             files_of(COUNTIES[2], 7, "100")]
    units, _ = results([CITY, *COUNTIES], parts)
    # none named yet: all 29 files, (640 + 630 + 490 + 700) / 29 = 84.827… → 84.83, provisional
    assert units[CITY.name].score == D("84.83") and units[CITY.name].status == "provisional"
    assert any("须指定计入市级得分的 2 个县级单位（所辖 3 个，已指定 0 个）" in p for p in units[CITY.name].pending)

    named = [replace(COUNTIES[0], counted_in_city=True), replace(COUNTIES[1], counted_in_city=True), COUNTIES[2]]
    units, _ = results([CITY, *named], parts)
    # 8 × 80 + 7 × 90 + 7 × 70 = 1760 over 22 = 80.00
    assert units[CITY.name].score == D("80.00") and units[CITY.name].denominator == 22
    assert units[CITY.name].status == "final" and units[CITY.name].case_count == 22


def test_a_named_countys_gap_counts_in_its_city_too():
    named = [replace(COUNTIES[0], counted_in_city=True, gap_decision=GapDecision.ZERO),
             replace(COUNTIES[1], counted_in_city=True)]
    parts = [files_of(CITY, 8, "80"), files_of(named[0], 5, "90"), files_of(named[1], 7, "70")]
    units, _ = results([CITY, *named], parts)
    # county: 5 × 90 / 7 = 64.285… → 64.29; city: (640 + 450 + 490) / 22 = 71.818… → 71.82
    assert units[named[0].name].score == D("64.29")
    assert units[CITY.name].score == D("71.82") and units[CITY.name].denominator == 22


def test_each_figure_is_computed_from_the_printed_figures_above_it():
    case = CaseFileFacts("A1", CITY.name, CaseType.PENALTY)
    result = score_case(case, [SheetScore("A1", "甲", E, D("80.01")), SheetScore("A1", "乙", E, D("80.00")),
                               SheetScore("A1", "丙", C, D("80.00"))], RoundRules())
    # expert (80.01 + 80.00) / 2 = 80.005, printed 80.01; the case from the printed: (80.01 + 80.00) / 2
    # = 80.005 → 80.01 (from the unprinted 80.005 it would be 80.0025 → 80.00)
    assert (result.expert_score, result.cross_score, result.final_score) == (D("80.01"), D("80.00"), D("80.01"))


def test_a_zeroed_file_prints_why_where_the_rule_would_stand():
    sheets = [SheetScore("A1", "甲", E, D("88")), SheetScore("A1", "乙", C, D("86"))]
    falsified = score_case(CaseFileFacts("A1", CITY.name, CaseType.PENALTY, falsification_confirmed=True), sheets, RoundRules())
    assert falsified.rule == "认定造假，计 0 分" and falsified.weighting == "专家评审×0.50 + 交叉评审×0.50"
    vetoed = [replace(sheets[0], score=D("0"), veto_failed=True, points=D("88")), sheets[1]]
    stands = score_case(CaseFileFacts("A1", CITY.name, CaseType.PENALTY, veto_ruling=VetoRuling.STANDS), vetoed, RoundRules())
    assert stands.final_score == D("0.00") and stands.rule == "否决成立，计 0 分"
    normal = score_case(CaseFileFacts("A1", CITY.name, CaseType.PENALTY), sheets, RoundRules())
    assert normal.rule == normal.weighting == "专家评审×0.50 + 交叉评审×0.50"


def test_reconsideration_counts_within_the_period_and_reaches_the_city_only_when_the_round_says():
    period = (date(2016, 9, 1), date(2016, 11, 30))
    county = replace(COUNTIES[0], corrected_on_reconsideration=True, reconsideration_reference="临复决字〔2016〕12号",
                     gap_decision=GapDecision.EXCUSED, gap_reason="示例")
    city = replace(CITY, gap_decision=GapDecision.EXCUSED, gap_reason="示例")
    parts = [files_of(city, 1, "90"), files_of(county, 1, "80")]

    inside = replace(county, reconsideration_date=date(2016, 10, 8))
    units, _ = results([city, inside], parts, RoundRules(period=period))
    assert units[county.name].indicator == D("0.00") and units[CITY.name].indicator == D("85.00")
    units, _ = results([city, inside], parts, RoundRules(period=period, reconsideration_reaches_city=True))
    assert units[CITY.name].indicator == D("0.00")
    assert units[CITY.name].zero_reasons == (f"{county.name}：行政处罚被行政复议纠正（临复决字〔2016〕12号）",)

    outside = replace(county, reconsideration_date=date(2016, 12, 5))
    units, _ = results([city, outside], parts, RoundRules(period=period, reconsideration_reaches_city=True))
    assert units[county.name].indicator == D("80.00") and units[CITY.name].indicator == D("85.00")
    assert any("2016-12-05 不在评查期间内" in w for w in units[county.name].warnings)

    undated = county  # recorded before dates were: zero as before, and a question until dated
    units, _ = results([city, undated], parts, RoundRules(period=period))
    assert units[county.name].indicator == D("0.00") and units[county.name].status == "provisional"


def test_leniency_compares_the_sheets_own_totals_before_a_veto_zeroes_one():
    sheets = [SheetScore("A1", "甲", E, D("0"), veto_failed=True, points=D("85")),
              SheetScore("A1", "乙", E, D("85")), SheetScore("A1", "丙", C, D("79"))]
    # the totals 85, 85, 79: mean 83; 甲 +2.00, 乙 +2.00, 丙 −4.00 (with the 0: 甲 −54.67)
    assert reviewer_deviation(sheets) == {"甲": D("2.00"), "乙": D("2.00"), "丙": D("-4.00")}
