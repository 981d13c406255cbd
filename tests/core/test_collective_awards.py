"""先进集体 (seed 004, 附1), worked by hand: every expected figure below is computed in the comment
beside it, not by the code under test."""

from decimal import Decimal as D

import pytest

from reviewer_app.core.awards.collective import (
    BaselineReading,
    CandidateFacts,
    CollectiveRules,
    ProvinceTotals,
    UnitStatistics,
    baseline,
    baseline_ratio,
    environment_veto,
    province_totals,
    quality_score,
    satisfaction_score,
    select_collectives,
    sub_indicator_score,
)
from reviewer_app.core.vocabulary import UnitLevel

CITY, COUNTY = UnitLevel.CITY, UnitLevel.COUNTY
LINE, LINEAR = BaselineReading.LINE, BaselineReading.LINEAR


def test_baseline_ratio_and_baselines():
    # 40 of the province's 800 key enterprises: 5 %; province 2,000 cases → 100; fines 12,345,678.90 元 → 617,283.945 → 617,283.95
    ratio = baseline_ratio(40, 800)
    assert ratio == D("0.05")
    assert baseline(2000, ratio) == D("100.00")
    assert baseline(D("12345678.90"), ratio) == D("617283.95")
    assert baseline(37, baseline_ratio(1, 3)) == D("12.33")  # 37 / 3 = 12.333…
    with pytest.raises(ValueError):
        baseline_ratio(1, 0)


@pytest.mark.parametrize("value, reading, expected", [
    (51, LINE, "10.00"),  # above 50 % of 100: full
    (50, LINE, "10.00"),  # exactly 50 %: not 低于, full (the product's reading of the line)
    (49, LINE, "0.00"),  # below: 0
    (49, LINEAR, "0.00"),  # below 50 %: 0
    (50, LINEAR, "0.00"),  # 50 %: the start of the slope
    (100, LINEAR, "5.00"),  # halfway from 50 % to 150 %: (100 − 50) / 100 × 10
    (133, LINEAR, "8.30"),  # (133 − 50) / 100 × 10 = 8.3
    (150, LINEAR, "10.00"),  # 150 %: full
    (400, LINEAR, "10.00"),
])
def test_each_sub_indicator_on_both_sides_of_its_line_and_under_the_other_reading(value, reading, expected):
    assert sub_indicator_score(value, D(100), D(10), reading) == D(expected)


def test_a_unit_with_no_baseline_is_asked_nothing():
    assert sub_indicator_score(0, D(0), D(10), LINE) == D("10.00")


def test_satisfaction_relative_to_the_most_votes():
    assert satisfaction_score(2000, 2000, D(30)) == D("30.00")  # the top: full
    assert satisfaction_score(1910, 2000, D(30)) == D("28.65")  # 95.5 %: 4.5 % lower × 0.3 = 1.35
    assert satisfaction_score(0, 2000, D(30)) == D("0.00")  # 100 % lower: 30 − 30
    assert satisfaction_score(100, 2000, D(20)) == D("0.00")  # 95 % lower × 0.3 = 28.5 > 20: never below 0


def test_quality_indicator_on_the_rounds_points():
    assert quality_score(D("87.455"), D(40)) == D("34.98")  # printed 87.46 × 0.4 = 34.984
    assert quality_score(None, D(40)) is None


def stats(enterprises=10, cases=50, fines="500000", major=5, votes=100, national=0, provincial=0,
          pm10=("80", "75"), pm25=("50", "48"), sections=0):
    return UnitStatistics(enterprises, cases, D(fines), major, votes, national, provincial,
                          pm10 and (D(pm10[0]), D(pm10[1])), pm25 and (D(pm25[0]), D(pm25[1])), sections)


def test_both_vetoes_and_the_county_exemption_from_air():
    assert environment_veto(CITY, stats()) == ()
    assert environment_veto(CITY, stats(pm10=("80", "80.1"))) == ("PM10 年均浓度升高（80 → 80.1）",)
    assert environment_veto(CITY, stats(pm25=("50", "51"))) == ("PM2.5 年均浓度升高（50 → 51）",)
    assert environment_veto(CITY, stats(sections=1)) == ("1 个国控断面水质类别下降",)  # 1个以上 includes 1
    assert environment_veto(COUNTY, stats(pm10=("80", "99"))) == ()  # counties are not assessed on air
    assert environment_veto(COUNTY, stats(pm10=None, pm25=None, sections=2)) == ("2 个国控断面水质类别下降",)


def test_province_totals_are_the_cities_sums():
    totals = province_totals([(CITY, stats(enterprises=30, cases=100)), (CITY, stats(enterprises=10, cases=60)),
                              (COUNTY, stats(enterprises=5, cases=20))])
    assert totals == ProvinceTotals(40, 160, D("1000000"), 10)


def candidate(name, level, indicator, statistics, order=None, reason=""):
    return CandidateFacts(name, level, D(indicator), True, statistics, order, reason)


def test_a_selection_worked_through_with_quota_veto_and_ties():
    """Province: 100 key enterprises, 1,000 cases, 10,000,000 元, 100 major cases (given).
    Counties, each 10 enterprises → ratio 10 %, baselines 100 cases, 1,000,000 元, 10 major;
    all meet every line (10 + 10 + 10 = 30). Votes: top 1,000.
    A: quality 90 → 36.00; votes 1,000 → 30.00; total 96.00
    B: quality 90 → 36.00; votes 1,000 → 30.00; total 96.00; 2 national articles (A has 1)
    C: quality 95 → 38.00; votes 1,000 → 30; total 98.00 but one section fell: vetoed
    D: quality 80 → 32.00; votes 955 → 4.5 % lower → 28.65; total 90.65
    E: quality 80 → 32.00; votes 955 → 28.65; cases 40 < 50 → 0; total 80.65
    Quota 2: C vetoed; B (articles) 1st, A 2nd, D 3rd, E 4th → B and A proposed."""
    province = ProvinceTotals(100, 1000, D("10000000"), 100)
    good = dict(enterprises=10, cases=100, fines="1000000", major=10, pm10=None, pm25=None)
    candidates = [
        candidate("A", COUNTY, "90", stats(votes=1000, national=1, **good)),
        candidate("B", COUNTY, "90", stats(votes=1000, national=2, **good)),
        candidate("C", COUNTY, "95", stats(votes=1000, sections=1, **good)),
        candidate("D", COUNTY, "80", stats(votes=955, **good)),
        candidate("E", COUNTY, "80", stats(votes=955, **{**good, "cases": 40})),
    ]
    selection = select_collectives(candidates, CollectiveRules(county_quota=2), province)
    by = {u.name: u for u in selection.units}
    assert by["A"].baselines == (D("100.00"), D("1000000.00"), D("10.00"))
    assert [by[n].total for n in "ABCDE"] == [D("96.00"), D("96.00"), D("98.00"), D("90.65"), D("80.65")]
    assert by["C"].vetoed == ("1 个国控断面水质类别下降",) and by["C"].rank is None and not by["C"].proposed
    assert [(by[n].rank, by[n].proposed) for n in "BADE"] == [(1, True), (2, True), (3, False), (4, False)]
    assert "中国环境报 2" in by["B"].tie_note
    assert selection.final
    assert [u.name for u in selection.proposed(COUNTY)] == ["B", "A"]


def test_a_tie_left_after_articles_is_broken_by_the_recorded_order_or_stays_open():
    province = ProvinceTotals(100, 1000, D("10000000"), 100)
    good = dict(enterprises=10, cases=100, fines="1000000", major=10, pm10=None, pm25=None, votes=1000)
    tied = [candidate("A", COUNTY, "90", stats(**good)), candidate("B", COUNTY, "90", stats(**good)),
            candidate("C", COUNTY, "70", stats(**good))]
    open_tie = select_collectives(tied, CollectiveRules(county_quota=1), province)
    by = {u.name: u for u in open_tie.units}
    assert by["A"].rank == by["B"].rank == 1 and not by["A"].proposed and not by["B"].proposed
    assert not open_tie.final and any("并列于名额线" in p for p in open_tie.pending)
    ordered = [candidate("A", COUNTY, "90", stats(**good), 2, "评审委员会议定"),
               candidate("B", COUNTY, "90", stats(**good), 1, "评审委员会议定"), tied[2]]
    settled = select_collectives(ordered, CollectiveRules(county_quota=1), province)
    by = {u.name: u for u in settled.units}
    assert (by["B"].rank, by["B"].proposed, by["A"].rank, by["A"].proposed) == (1, True, 2, False)
    assert "秘书处确定的顺序 1（评审委员会议定）" in by["B"].tie_note and settled.final


def test_missing_statistics_and_provisional_indicators_keep_the_selection_open():
    province = ProvinceTotals(100, 1000, D("10000000"), 100)
    city = CandidateFacts("临江市环境保护局", CITY, D("85"), False, stats(pm10=None))
    county = CandidateFacts("青溪县环境保护局", COUNTY, D("85"), True, None)
    selection = select_collectives([city, county], CollectiveRules(), province)
    assert selection.pending == ["临江市环境保护局：缺空气质量数据（PM10、PM2.5）", "临江市环境保护局：案卷质量指标为初步结果",
                                 "青溪县环境保护局：未导入统计数据"]
    assert not selection.final


def test_a_vetoed_unit_leaves_nothing_open_behind_it():
    province = ProvinceTotals(100, 1000, D("10000000"), 100)
    vetoed = CandidateFacts("临江市环境保护局", CITY, D("85"), False, stats(pm25=("50", "52"), sections=None))
    selection = select_collectives([vetoed], CollectiveRules(), province)
    [unit] = selection.units
    assert unit.vetoed == ("PM2.5 年均浓度升高（50 → 52）",) and unit.pending == () and selection.final
