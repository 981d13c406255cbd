"""先进个人 (seed 004, 附2), worked by hand: each expected figure's computation is in the comment."""

from dataclasses import replace
from decimal import Decimal as D

import pytest

from reviewer_app.core.awards.individual import (
    STORY_LIMIT,
    CandidateFacts,
    IndividualRules,
    integrity_veto,
    select_individuals,
    story_length,
    story_problem,
    story_score,
)
from reviewer_app.core.awards.relative import short_of_top_score


@pytest.mark.parametrize("value, cost, full, expected", [
    (40, D("0.2"), D(20), "20.00"),  # the most cases: full
    (35, D("0.2"), D(20), "17.50"),  # 87.5 %: 12.5 % short × 0.2 = 2.5 off
    (0, D("0.2"), D(20), "0.00"),  # 100 % short × 0.2 = 20 off
    (40, D("0.3"), D(30), "30.00"),  # the most votes: full
    (35, D("0.3"), D(30), "26.25"),  # 12.5 % short × 0.3 = 3.75 off
    (0, D("0.3"), D(30), "0.00"),  # 30 off
])
def test_the_two_percentage_rules(value, cost, full, expected):
    assert short_of_top_score(value, 40, full, cost) == D(expected)


def test_the_story_score_is_the_panels_mean_and_a_wide_spread_waits_for_a_recheck():
    close = story_score([D("86"), D("90"), D("91")], D(15))
    assert close.mean == D("89.00") and close.spread == D(5) and not close.needs_recheck  # 267 / 3
    odd = story_score([D("85.5"), D("90"), D("90")], D(15))
    assert odd.mean == D("88.50")  # 265.5 / 3
    wide = story_score([D("70"), D("90")], D(15))
    assert wide.mean == D("80.00") and wide.spread == D(20) and wide.needs_recheck
    assert not story_score([D("70"), D("90")], D(15), rechecked=True).needs_recheck
    assert story_score([], D(15)).mean is None
    # a panel of three with two totals in: the mean so far, and the story waits for the third
    partial = story_score([D("86"), D("90")], D(15), panel=3)
    assert partial.mean == D("88.00") and partial.awaiting == 1
    assert story_score([D("86"), D("90"), D("91")], D(15), panel=3).awaiting == 0


def test_a_story_waiting_for_a_panel_member_keeps_the_selection_open():
    waiting = replace(candidate("甲", 40, 400, "90", ("90",)), story=story_score([D("90")], D(15), panel=2))
    [result] = select_individuals([waiting], IndividualRules()).candidates
    assert result.story == D("27.00") and result.pending == ("个人事迹尚有 1 名评审小组成员未评分",)


def test_the_character_limit_counts_as_word_counts_zi():
    assert story_length("执法，为民。") == 6  # CJK punctuation counts
    assert story_length("检测 COD 超标 2.5 倍") == 7  # 检测 2 + COD 1 + 超标 2 + 2.5 1 + 倍 1
    assert story_length("“按日计罚”\n\n共 12 次") == 9  # quotes 2 + 按日计罚 4 + 共 + 12 + 次; breaks not counted
    body = "严" * (STORY_LIMIT - 2) + "。"  # 2,999 with the full stop
    assert story_length(body) == 2999 and story_problem(body) is None
    assert story_problem(body + "，") is None  # 3,000: 以内 includes the limit
    over = story_problem(body + "，。")
    assert over == "个人事迹材料共 3001 字，超过 3000 字的上限（多 1 字）"
    assert story_problem("  \n ") == "个人事迹材料是空的"


def candidate(name, cases=40, votes=400, case_score="90", story=("90", "90"), **kw):
    return CandidateFacts(name, "某县环境保护局", kw.pop("certificate", True), kw.pop("upheld", False), cases, votes,
                          D(case_score), True, story_score([D(s) for s in story], D(15)), **kw)


def test_both_integrity_vetoes():
    assert integrity_veto(candidate("甲")) == ()
    assert integrity_veto(candidate("乙", certificate=False)) == ("未附廉洁执法证明材料",)
    assert integrity_veto(candidate("丙", upheld=True, report_reason="收受当事人财物，经纪检部门查实")) == \
        ("举报经查属实（收受当事人财物，经纪检部门查实）",)


def test_a_selection_worked_through():
    """Rules 20/20/30/30, quota 2. Top cases 40 and votes 400 among the unvetoed.
    甲: cases 40 → 20; case 90 → 18; votes 400 → 30; story 90 → 27; total 95.00
    乙: cases 35 → 17.5; case 90 → 18; votes 350 → 26.25; story 90 → 27; total 88.75
    丙: cases 40 → 20; case 80 → 16; votes 380 → 5 % short → 28.5; story (86, 90) 88 → 26.4; total 90.90
    丁: 45 cases and 500 votes but no certificate: out, and not the top either
    戊: same as 乙: 88.75, sharing rank 3 outside the quota"""
    selection = select_individuals([
        candidate("甲"), candidate("乙", cases=35, votes=350), candidate("丙", case_score="80", votes=380, story=("86", "90")),
        candidate("丁", cases=45, votes=500, certificate=False), candidate("戊", cases=35, votes=350)],
        IndividualRules(quota=2))
    by = {c.name: c for c in selection.candidates}
    assert [by[n].total for n in "甲乙丙戊"] == [D("95.00"), D("88.75"), D("90.90"), D("88.75")]
    assert (by["丙"].votes, by["丙"].story) == (D("28.50"), D("26.40"))
    assert [(c.name, c.rank, c.proposed) for c in selection.candidates] == [
        ("甲", 1, True), ("丙", 2, True), ("乙", 3, False), ("戊", 3, False), ("丁", None, False)]
    assert by["丁"].vetoed == ("未附廉洁执法证明材料",) and selection.final
    # with two places and 乙 and 戊 sharing the second: nobody is proposed for it until they are ordered
    tie = select_individuals([candidate("甲"), candidate("乙", cases=35, votes=350), candidate("戊", cases=35, votes=350)],
                             IndividualRules(quota=2))
    by = {c.name: c for c in tie.candidates}
    assert by["乙"].rank == by["戊"].rank == 2 and not by["乙"].proposed and not tie.final


def test_an_unscored_story_or_a_wide_panel_keeps_the_selection_open():
    selection = select_individuals([candidate("甲", story=()), candidate("乙", story=("70", "90"))], IndividualRules())
    # the scored candidate first (ranked), then the unscored
    assert selection.pending == ["乙（某县环境保护局）：个人事迹评分差距 20.00 分，待复核", "甲（某县环境保护局）：个人事迹尚未评分"]
