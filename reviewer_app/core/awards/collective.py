"""先进集体 selection (seed 004, 附1): the comprehensive evaluation the case-file scores feed.

Three scored indicators — 环境执法案卷质量, 查处违法案件数量 (three sub-indicators against a
baseline), 执法公众满意度 — and one veto, 环境质量变化. The notice gives no points per
indicator: the round sets them (CollectiveRules); the defaults are the product's assumption.
Every printed figure is rounded half-up to two places and the next figure is computed from the
printed ones, as the case-file scores are.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from typing import Iterable

from reviewer_app.core.awards.relative import HUNDRED, short_of_top_score
from reviewer_app.core.points import ZERO, clamp, round2
from reviewer_app.core.vocabulary import UnitLevel

HALF = Decimal("0.5")
ONE_AND_HALF = Decimal("1.5")
VOTE_PERCENT_COST = Decimal("0.3")  # "每低 1%，减 0.3 分"


class BaselineReading(StrEnum):
    """How "超过基准值50%时，得满分……低于基准值50%时，得0分" is read."""

    LINE = "line"  # 50 % of the baseline is the line: not below it full marks, below it 0
    LINEAR = "linear"  # full marks above 150 % of the baseline, 0 below 50 %, linear between

    @property
    def label(self) -> str:
        return {BaselineReading.LINE: "达到基准值的 50%（含）得满分，低于 50% 得 0 分",
                BaselineReading.LINEAR: "超过基准值 150%（含）得满分，低于基准值 50% 得 0 分，其间按比例计分"}[self]


@dataclass(frozen=True)
class CollectiveRules:
    """The round's settings for the selection; the defaults are the product's assumption."""

    quality_points: Decimal = Decimal(40)  # 环境执法案卷质量: the unit's indicator (of 100) scaled
    cases_points: Decimal = Decimal(10)  # 查处案件数量 sub-indicator
    fines_points: Decimal = Decimal(10)  # 罚款金额 sub-indicator
    major_points: Decimal = Decimal(10)  # 重大案件数量 sub-indicator
    satisfaction_points: Decimal = Decimal(30)  # 执法公众满意度
    reading: BaselineReading = BaselineReading.LINE
    city_quota: int = 5
    county_quota: int = 10

    @property
    def total_points(self) -> Decimal:
        return self.quality_points + self.cases_points + self.fines_points + self.major_points + self.satisfaction_points

    def describe(self) -> str:
        return (f"案卷质量 {self.quality_points} 分（案卷质量指标 × {self.quality_points}/100），"
                f"查处违法案件数量 {self.cases_points + self.fines_points + self.major_points} 分"
                f"（案件数量 {self.cases_points}、罚款金额 {self.fines_points}、重大案件数量 {self.major_points}），"
                f"执法公众满意度 {self.satisfaction_points} 分；分指标计分：{self.reading.label}；"
                f"名额：市级 {self.city_quota} 个、县级 {self.county_quota} 个")


@dataclass(frozen=True)
class UnitStatistics:
    """What 附1 takes from outside the review, per unit, for the period (2016 年 9 月至 11 月)."""

    key_enterprises: int  # 市级以上重点监控企业数 in the unit's region
    cases: int  # 查处环境违法案件数
    fines: Decimal  # 罚款金额, 元
    major_cases: int  # 查封扣押 + 停产限产 + 按日连续处罚 + 涉嫌犯罪移送 + 行政拘留移送
    votes: int  # 公众满意度投票得票数
    articles_national: int = 0  # 《中国环境报》发表文章数
    articles_provincial: int = 0  # 省环保厅网站“环境执法大练兵”专栏发表文章数
    pm10: tuple[Decimal, Decimal] | None = None  # (previous year, this year) annual means, cities only
    pm25: tuple[Decimal, Decimal] | None = None
    sections_fallen: int | None = None  # 国控断面 whose water class fell against the previous year


@dataclass(frozen=True)
class ProvinceTotals:
    key_enterprises: int
    cases: int
    fines: Decimal
    major_cases: int


def baseline_ratio(unit_enterprises: int, province_enterprises: int) -> Decimal:
    """"基准比例 = 行政区域内市级以上重点监控企业数量 ÷ 全省市级以上重点监控企业数量 × 100%":
    as a fraction, not rounded (the baselines computed from it are)."""
    if province_enterprises <= 0:
        raise ValueError("全省市级以上重点监控企业数须大于 0")
    return Decimal(unit_enterprises) / Decimal(province_enterprises)


def baseline(province_total: Decimal | int, ratio: Decimal) -> Decimal:
    """"各单位基准值 = 全省总数 × 各单位基准比例", rounded half-up to two places as printed."""
    return round2(Decimal(province_total) * ratio)


def sub_indicator_score(value: Decimal | int, base: Decimal, full: Decimal, reading: BaselineReading) -> Decimal:
    """"超过基准值50%时，得满分；低于基准值50%时，得0分."

    LINE (default): 50 % of the baseline is the line. 超过 and 低于 both leave the line itself
    out; the product gives full marks at exactly 50 % (it is not 低于), 0 below.
    LINEAR: "超过基准值50%" read as exceeding the baseline by 50 %: full marks from 150 % of the
    baseline, 0 below 50 %, in proportion between (at 50 % exactly 0, at 150 % exactly full).
    A baseline of 0 (no key enterprises) asks nothing: full marks."""
    value = Decimal(value)
    if base <= 0:
        return round2(full)
    if reading is BaselineReading.LINE:
        return round2(full if value >= base * HALF else ZERO)
    share = (value - base * HALF) / base  # 0 at 50 %, 1 at 150 %
    return round2(full * clamp(share, ZERO, Decimal(1)))


def satisfaction_score(votes: int, top_votes: int, full: Decimal) -> Decimal:
    """"得票数量最多的单位得满分；其他单位得票数量与之相比，每低 1%，减 0.3 分": the shortfall
    is taken in proportion (95.5 % of the top is 4.5 % lower: 1.35 points), never below 0."""
    return short_of_top_score(votes, top_votes, full, VOTE_PERCENT_COST)


def quality_score(indicator: Decimal | None, full: Decimal) -> Decimal | None:
    """The 环境执法案卷质量 indicator (of 100, as the case-file results give it) on the round's points."""
    return None if indicator is None else round2(round2(indicator) * full / HUNDRED)


def environment_veto(level: UnitLevel, stats: UnitStatistics) -> tuple[str, ...]:
    """"PM10 或 PM2.5 存在浓度升高情形的，直接移出先进集体候选名单……县级环保部门不考核该指标";
    "有 1 个以上断面发生水质类别下降情况的，直接移出": 以上 includes the number, so one section
    is enough. Returns the reasons (empty: passes)."""
    reasons = []
    if level is UnitLevel.CITY:
        for name, pair in (("PM10", stats.pm10), ("PM2.5", stats.pm25)):
            if pair is not None and pair[1] > pair[0]:
                reasons.append(f"{name} 年均浓度升高（{pair[0]} → {pair[1]}）")
    if stats.sections_fallen is not None and stats.sections_fallen >= 1:
        reasons.append(f"{stats.sections_fallen} 个国控断面水质类别下降")
    return tuple(reasons)


def missing_statistics(level: UnitLevel, stats: UnitStatistics | None) -> tuple[str, ...]:
    """What must still be supplied before the unit can be scored or cleared of the veto."""
    if stats is None:
        return ("未导入统计数据",)
    missing = []
    if level is UnitLevel.CITY and (stats.pm10 is None or stats.pm25 is None):
        missing.append("缺空气质量数据（PM10、PM2.5）")
    if stats.sections_fallen is None:
        missing.append("缺国控断面水质数据")
    return tuple(missing)


@dataclass(frozen=True)
class CandidateFacts:
    """A candidate unit as the selection needs it."""

    name: str
    level: UnitLevel
    indicator: Decimal | None  # the case-file-quality indicator (of 100) from the results
    indicator_final: bool  # False while any file it counts is provisional
    statistics: UnitStatistics | None
    tie_order: int | None = None  # the secretariat's order among units still tied after articles
    tie_reason: str = ""


@dataclass(frozen=True)
class CollectiveResult:
    name: str
    level: UnitLevel
    ratio: Decimal | None
    baselines: tuple[Decimal, Decimal, Decimal] | None  # cases, fines, major cases
    quality: Decimal | None
    cases: Decimal | None
    fines: Decimal | None
    major: Decimal | None
    satisfaction: Decimal | None
    total: Decimal | None
    vetoed: tuple[str, ...]
    rank: int | None
    proposed: bool
    pending: tuple[str, ...]
    statistics: UnitStatistics | None = None
    tie_note: str = ""  # how a tie was broken

    @property
    def indicators(self) -> Decimal | None:
        """The 查处违法案件数量 indicator: its three sub-indicators."""
        parts = (self.cases, self.fines, self.major)
        return None if any(p is None for p in parts) else sum(parts, ZERO)


@dataclass(frozen=True)
class CollectiveSelection:
    rules: CollectiveRules
    province: ProvinceTotals | None
    units: list[CollectiveResult] = field(default_factory=list)

    @property
    def pending(self) -> list[str]:
        return [f"{u.name}：{p}" for u in self.units for p in u.pending]

    @property
    def final(self) -> bool:
        return not self.pending

    def proposed(self, level: UnitLevel) -> list[CollectiveResult]:
        return [u for u in self.units if u.level is level and u.proposed]


def province_totals(candidates: Iterable[tuple[UnitLevel, UnitStatistics | None]]) -> ProvinceTotals | None:
    """The province's totals as the sum over its cities (a city's region holds its counties)."""
    cities = [s for level, s in candidates if level is UnitLevel.CITY and s is not None]
    if not cities:
        return None
    return ProvinceTotals(sum(s.key_enterprises for s in cities), sum(s.cases for s in cities),
                          sum((s.fines for s in cities), ZERO), sum(s.major_cases for s in cities))


def _score(candidate: CandidateFacts, province: ProvinceTotals | None, top_votes: dict[UnitLevel, int],
           rules: CollectiveRules) -> CollectiveResult:
    stats = candidate.statistics
    pending = list(missing_statistics(candidate.level, stats))
    if candidate.indicator is None:
        pending.append("案卷质量指标尚无得分")
    elif not candidate.indicator_final:
        pending.append("案卷质量指标为初步结果")
    quality = quality_score(candidate.indicator, rules.quality_points)
    vetoed = environment_veto(candidate.level, stats) if stats else ()
    if vetoed:  # out of the list whatever else is still open about it
        pending = []
    if stats is None or province is None or province.key_enterprises <= 0:
        if stats is not None:
            pending.append("缺全省统计（设区市的重点监控企业数）")
        return CollectiveResult(candidate.name, candidate.level, None, None, quality, None, None, None, None, None,
                                vetoed, None, False, tuple(pending), stats)
    ratio = baseline_ratio(stats.key_enterprises, province.key_enterprises)
    bases = (baseline(province.cases, ratio), baseline(province.fines, ratio), baseline(province.major_cases, ratio))
    cases = sub_indicator_score(stats.cases, bases[0], rules.cases_points, rules.reading)
    fines = sub_indicator_score(stats.fines, bases[1], rules.fines_points, rules.reading)
    major = sub_indicator_score(stats.major_cases, bases[2], rules.major_points, rules.reading)
    satisfaction = satisfaction_score(stats.votes, top_votes[candidate.level], rules.satisfaction_points)
    total = None if quality is None else round2(quality + cases + fines + major + satisfaction)
    return CollectiveResult(candidate.name, candidate.level, ratio, bases, quality, cases, fines, major, satisfaction,
                            total, vetoed, None, False, tuple(pending), stats)


def _order_key(result: CollectiveResult, candidate: CandidateFacts) -> tuple:
    stats = result.statistics
    return (-(result.total or ZERO), -(stats.articles_national if stats else 0), -(stats.articles_provincial if stats else 0),
            candidate.tie_order if candidate.tie_order is not None else 1_000_000)


def rank_level(results: list[CollectiveResult], candidates: dict[str, CandidateFacts], quota: int) -> list[CollectiveResult]:
    """"根据分数排名确定先进集体名单。分数相同的，根据在《中国环境报》和省环保厅网站“环境执法
    大练兵”专栏发表文章数量的排名确定": equal totals are ordered by 中国环境报 articles, then
    provincial-column articles, then the secretariat's recorded order. Units still tied share a
    rank; a tie across the quota's edge keeps the list provisional. Vetoed units are not ranked."""
    ranked = [r for r in results if not r.vetoed and r.total is not None]
    ranked.sort(key=lambda r: _order_key(r, candidates[r.name]))
    out: dict[str, CollectiveResult] = {}
    previous_key, rank = None, 0
    for position, result in enumerate(ranked, start=1):
        candidate = candidates[result.name]
        key = _order_key(result, candidate)
        if key != previous_key:
            rank = position
        previous_key = key
        tied_on_total = [r for r in ranked if r.total == result.total and r is not result]
        note = ""
        if tied_on_total:
            stats = result.statistics
            note = (f"与{'、'.join(r.name for r in tied_on_total)}同分，按文章数（中国环境报 {stats.articles_national}、"
                    f"专栏 {stats.articles_provincial}）"
                    + (f"及秘书处确定的顺序 {candidate.tie_order}（{candidate.tie_reason}）" if candidate.tie_order is not None else "")
                    + "排序")
        out[result.name] = replace(result, rank=rank, proposed=rank <= quota, tie_note=note)
    # Units sharing the last places of the quota: the list is not settled until they are ordered.
    for name, result in out.items():
        sharing = [r for r in out.values() if r.rank == result.rank and r is not result]
        if sharing and result.rank <= quota < result.rank + len(sharing):
            out[name] = replace(result, proposed=False,
                                 pending=(*result.pending, f"与{'、'.join(r.name for r in sharing)}并列于名额线，须确定先后"))
    # In rank order, then the vetoed and the unscored, as the tables print them.
    return [out[r.name] for r in ranked] + [r for r in results if r.name not in out]


def select_collectives(candidates: list[CandidateFacts], rules: CollectiveRules,
                       province: ProvinceTotals | None = None) -> CollectiveSelection:
    """Score every candidate, rank each level, and propose the quota's first units."""
    province = province or province_totals((c.level, c.statistics) for c in candidates)
    top_votes = {level: max((c.statistics.votes for c in candidates if c.level is level and c.statistics), default=0)
                 for level in UnitLevel}
    scored = [_score(c, province, top_votes, rules) for c in candidates]
    by_name = {c.name: c for c in candidates}
    results: list[CollectiveResult] = []
    for level, quota in ((UnitLevel.CITY, rules.city_quota), (UnitLevel.COUNTY, rules.county_quota)):
        results += rank_level([r for r in scored if r.level is level], by_name, quota)
    return CollectiveSelection(rules, province, results)
