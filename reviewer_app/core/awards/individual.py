"""先进个人 selection (seed 004, 附2): 查处违法案件数量, 查处违法案件质量 (the candidate's penalty
case file and the public's votes on its investigation), 个人事迹 scored by a panel, and the
廉洁执法 veto. The notice gives no points per indicator: the round sets them
(IndividualRules); the defaults are the product's assumption, chosen so that each percentage
rule reaches exactly 0 at nothing: 0.2 points a percent over 100 % is the cases' 20 points,
0.3 a percent the votes' 30."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Iterable

from reviewer_app.core.awards.relative import HUNDRED, short_of_top_score
from reviewer_app.core.points import mean, round2

CASE_PERCENT_COST = Decimal("0.2")  # "查处案件数量每低 1%，减 0.2 分"
VOTE_PERCENT_COST = Decimal("0.3")  # "得票数量每低 1%，减 0.3 分"
STORY_LIMIT = 3000  # "个人事迹材料（3000 字以内）"


@dataclass(frozen=True)
class IndividualRules:
    cases_points: Decimal = Decimal(20)  # 查处违法案件数量
    quality_points: Decimal = Decimal(20)  # 行政处罚案卷质量: the case file's combined score × points/100
    votes_points: Decimal = Decimal(30)  # 案件调查情况: the public's votes
    story_points: Decimal = Decimal(30)  # 个人事迹: the panel's mean × points/100
    quota: int = 20
    story_recheck_threshold: Decimal = Decimal(15)  # panel totals further apart are re-checked

    def describe(self) -> str:
        return (f"查处违法案件数量 {self.cases_points} 分，行政处罚案卷质量 {self.quality_points} 分"
                f"（案卷得分 × {self.quality_points}/100），案件调查情况 {self.votes_points} 分，"
                f"个人事迹 {self.story_points} 分（评审小组平均分 × {self.story_points}/100）；名额 {self.quota} 名")


def story_length(text: str) -> int:
    """The story's length as Word and WPS count 字 (字数): each Chinese character and each
    full-width or CJK punctuation mark is one; a run of Latin letters and digits is one word;
    spaces and line breaks are not counted."""
    count = 0
    for run in re.finditer(r"\S+", unicodedata.normalize("NFC", text)):
        word = False
        for char in run.group():
            if _asian(char):
                count += 1
                word = False
            elif not word:
                count += 1
                word = True
    return count


def _asian(char: str) -> bool:
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0xFE30 <= code <= 0xFE4F
            or 0xFF00 <= code <= 0xFFEF or 0x20000 <= code <= 0x3FFFF or 0x3000 <= code <= 0x303F
            or char in "“”‘’—…·")


def story_problem(text: str) -> str | None:
    """Why the story cannot be taken ("3000 字以内"), with its count; None: it can."""
    length = story_length(text)
    if length == 0:
        return "个人事迹材料是空的"
    if length > STORY_LIMIT:
        return f"个人事迹材料共 {length} 字，超过 {STORY_LIMIT} 字的上限（多 {length - STORY_LIMIT} 字）"
    return None


@dataclass(frozen=True)
class StoryScore:
    """The panel's signed totals for one story and what follows from them."""

    totals: tuple[Decimal, ...]
    mean: Decimal | None
    spread: Decimal | None
    needs_recheck: bool
    awaiting: int = 0  # panel members given the story whose signed sheet has not come in


def story_score(totals: Iterable[Decimal], threshold: Decimal, rechecked: bool = False, panel: int = 0) -> StoryScore:
    """"成立评审小组对个人事迹材料进行评审": the story's score is the mean of the panel members'
    signed totals, rounded half-up; totals further apart than the threshold wait for a re-check,
    and a score from part of the panel (of `panel` members) waits for the rest."""
    totals = tuple(totals)
    average = mean(totals)
    spread = max(totals) - min(totals) if len(totals) > 1 else None
    return StoryScore(totals, None if average is None else round2(average), spread,
                      spread is not None and spread > threshold and not rechecked, max(0, panel - len(totals)))


@dataclass(frozen=True)
class CandidateFacts:
    name: str
    unit: str
    certificate_supplied: bool  # 廉洁执法证明 from the candidate's department
    report_upheld: bool  # a report of misconduct found true (a decision with its reason)
    cases: int  # 参与调查处理案件数量
    votes: int  # 案件调查情况 votes
    case_score: Decimal | None  # the candidate's case file's combined score (of 100)
    case_final: bool
    story: StoryScore | None
    report_reason: str = ""
    conditions_met: bool = True  # 基本条件 checked by the secretariat
    conditions_note: str = ""


@dataclass(frozen=True)
class IndividualResult:
    name: str
    unit: str
    cases: Decimal
    quality: Decimal | None
    votes: Decimal
    story: Decimal | None
    total: Decimal | None
    vetoed: tuple[str, ...]
    rank: int | None
    proposed: bool
    pending: tuple[str, ...]


@dataclass(frozen=True)
class IndividualSelection:
    rules: IndividualRules
    candidates: list[IndividualResult] = field(default_factory=list)

    @property
    def pending(self) -> list[str]:
        return [f"{c.name}（{c.unit}）：{p}" for c in self.candidates for p in c.pending]

    @property
    def final(self) -> bool:
        return not self.pending

    @property
    def proposed(self) -> list[IndividualResult]:
        return [c for c in self.candidates if c.proposed]


def integrity_veto(candidate: CandidateFacts) -> tuple[str, ...]:
    """"未附相关材料的，直接移出候选名单"; "经查确实存在不廉洁行为的候选人，直接移出候选名单";
    the basic conditions of 附2 一 likewise, as the secretariat found them."""
    reasons = []
    if not candidate.certificate_supplied:
        reasons.append("未附廉洁执法证明材料")
    if candidate.report_upheld:
        reasons.append("举报经查属实" + (f"（{candidate.report_reason}）" if candidate.report_reason else ""))
    if not candidate.conditions_met:
        reasons.append("不符合基本条件" + (f"（{candidate.conditions_note}）" if candidate.conditions_note else ""))
    return tuple(reasons)


def _scaled(score: Decimal | None, full: Decimal) -> Decimal | None:
    return None if score is None else round2(round2(score) * full / HUNDRED)


def select_individuals(candidates: list[CandidateFacts], rules: IndividualRules) -> IndividualSelection:
    """Score each candidate, rank them (equal totals share a rank), propose the quota's first."""
    eligible = [c for c in candidates if not integrity_veto(c)]
    top_cases = max((c.cases for c in eligible), default=0)
    top_votes = max((c.votes for c in eligible), default=0)
    results = []
    for c in candidates:
        vetoed = integrity_veto(c)
        pending = []
        if not vetoed:
            if c.case_score is None:
                pending.append("案卷尚无得分")
            elif not c.case_final:
                pending.append("案卷得分为初步结果")
            if c.story is None or c.story.mean is None:
                pending.append("个人事迹尚未评分")
            elif c.story.awaiting:
                pending.append(f"个人事迹尚有 {c.story.awaiting} 名评审小组成员未评分")
            elif c.story.needs_recheck:
                pending.append(f"个人事迹评分差距 {round2(c.story.spread)} 分，待复核")
        quality = _scaled(c.case_score, rules.quality_points)
        story = _scaled(c.story.mean if c.story else None, rules.story_points)
        cases = short_of_top_score(c.cases, top_cases, rules.cases_points, CASE_PERCENT_COST)
        votes = short_of_top_score(c.votes, top_votes, rules.votes_points, VOTE_PERCENT_COST)
        total = None if quality is None or story is None else round2(cases + quality + votes + story)
        results.append(IndividualResult(c.name, c.unit, cases, quality, votes, story, total, vetoed, None, False, tuple(pending)))
    ranked = sorted((r for r in results if not r.vetoed and r.total is not None), key=lambda r: -r.total)
    out = {}
    for position, result in enumerate(ranked, start=1):
        rank = next(n for n, r in enumerate(ranked, start=1) if r.total == result.total)
        sharing = sum(1 for r in ranked if r.total == result.total)
        across = rank <= rules.quota < rank + sharing - 1
        out[id(result)] = replace(result, rank=rank, proposed=rank <= rules.quota and not across,
                                  pending=(*result.pending, "与同分候选人并列于名额线，须确定先后") if across else result.pending)
    ordered = [out[id(r)] for r in ranked] + [r for r in results if id(r) not in out]
    return IndividualSelection(rules, ordered)
