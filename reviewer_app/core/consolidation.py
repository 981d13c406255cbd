"""From signed score sheets to case-file scores, unit scores, indicators and ranks.

Rules (DOMAIN.md, Jiangsu 2016):
- every printed figure is rounded half-up to two places, and the next figure is computed
  from the printed ones: a track's score is the mean of its signed sheets, rounded; the case
  score combines the rounded track scores by the round's weights, rounded; a unit's score is
  the mean of its rounded case scores, rounded;
- with one track alone, that track's score is the case score;
- a confirmed falsification makes the case file 0 and the case-file-quality
  indicator 0 for every unit whose score counts the file; a unit whose penalty was corrected on
  administrative reconsideration by a decision dated within the round's period gets indicator
  0 (and its city too, when the round says so: the notice names only the unit);
- a file the secretariat has confirmed does not meet the submission rules (its on-site
  record not made on the mobile enforcement platform, say) is ineligible: it scores 0 and
  still counts in its units' means (unless the round switches that rule off); intake only
  proposes this, and the file is provisional until the proposal is confirmed or dismissed;
- denominators are fixed (composition.OWN_FILES): a county's score is the mean over its 7
  files, a city's over 22 (its own 8 and two counties' 7, the counties the city names when it
  has more than two); a required file that is missing counts 0 unless the secretariat excuses
  the gap, and the unit is provisional until it decides.

A failed substantive (veto) item on any sheet asks the panel for a ruling: "veto stands"
fails the file (0 under the `zero` policy, points kept and 不合格 under `mark_only`); "veto not
upheld" gives every sheet its points back. Until ruled, the sheets count as the reviewers
signed them and the file is provisional.

A result is provisional (初步结果) while a question about it is still open: sheets not yet
all signed, a veto not yet ruled, a falsification report not yet decided, reviewers' scores
apart by more than the round's threshold with no re-check decision. A unit is provisional
while any file it counts is.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Iterable

from reviewer_app.core.composition import COUNTIES_IN_CITY_SCORE, OWN_FILES, composition_warnings
from reviewer_app.core.points import ZERO, mean, round2
from reviewer_app.core.vocabulary import (
    CaseType,
    EligibilityDecision,
    GapDecision,
    Track,
    UnitLevel,
    VetoPolicy,
    VetoRuling,
)

GRADE_EXCELLENT = "优秀"
GRADE_PASS = "合格"
GRADE_FAIL = "不合格"


@dataclass(frozen=True)
class CombinationRule:
    """How the expert and cross track scores make one case score."""

    expert: Decimal = Decimal("0.5")
    cross: Decimal = Decimal("0.5")

    def combine(self, expert: Decimal | None, cross: Decimal | None) -> Decimal | None:
        parts = [(w, s) for w, s in ((self.expert, expert), (self.cross, cross)) if s is not None and w > 0]
        if not parts:
            return None
        weight = sum((w for w, _ in parts), ZERO)
        return sum((w * s for w, s in parts), ZERO) / weight

    def describe(self, expert: Decimal | None = ZERO, cross: Decimal | None = ZERO) -> str:
        """The rule as applied to these scores, for printing on sheets and storing with results."""
        has_expert = expert is not None and self.expert > 0
        has_cross = cross is not None and self.cross > 0
        if has_expert and has_cross:
            total = self.expert + self.cross
            return (
                f"专家评审×{round2(self.expert / total)} + 交叉评审×{round2(self.cross / total)}"
            )
        if has_expert:
            return "仅专家评审"
        if has_cross:
            return "仅交叉评审"
        return "尚无已签名评分表"


@dataclass(frozen=True)
class GradeScale:
    excellent: Decimal = Decimal("90")
    passing: Decimal = Decimal("60")

    def grade(self, score: Decimal | None, veto_failed: bool = False) -> str | None:
        if veto_failed:
            return GRADE_FAIL
        if score is None:
            return None
        if score >= self.excellent:
            return GRADE_EXCELLENT
        if score >= self.passing:
            return GRADE_PASS
        return GRADE_FAIL


@dataclass(frozen=True)
class RoundRules:
    weights: CombinationRule = CombinationRule()
    veto_policy: VetoPolicy = VetoPolicy.ZERO
    enforce_eligibility: bool = True
    grades: GradeScale = GradeScale()
    recheck_threshold: Decimal = Decimal("15")  # a wider spread between sheets needs a re-check
    period: tuple[date, date] | None = None  # the review period (2016-09-01 to 2016-11-30)
    reconsideration_reaches_city: bool = False  # a county's correction zeroes its city too
    sample_only: bool = False  # a random sample is reviewed: units are averaged over their sampled files


@dataclass(frozen=True)
class UnitFacts:
    name: str
    level: UnitLevel
    parent: str | None = None  # the city a county belongs to
    corrected_on_reconsideration: bool = False
    tie_break: int | None = None  # the secretariat's order among units with equal indicators
    reconsideration_reference: str = ""  # the reconsideration decision's reference (文号)
    reconsideration_date: date | None = None  # the decision's date: only one in the period counts
    gap_decision: GapDecision = GapDecision.NONE  # fewer files than required: counted 0, or excused
    gap_reason: str = ""
    counted_in_city: bool = False  # one of the two counties whose files the city's score takes

    @property
    def reconsideration_reason(self) -> str:
        return "行政处罚被行政复议纠正" + (f"（{self.reconsideration_reference}）" if self.reconsideration_reference else "")

    def reconsideration_counts(self, period: tuple[date, date] | None) -> bool:
        """"2016 年 9 月至 11 月，存在因行政复议纠正行政处罚情况的单位，该指标按零分计": a
        correction zeroes the indicator when its decision is dated within the period (or when
        the date is not yet recorded: the unit is then provisional until it is)."""
        if not self.corrected_on_reconsideration:
            return False
        if self.reconsideration_date is None or period is None:
            return True
        return period[0] <= self.reconsideration_date <= period[1]


@dataclass(frozen=True)
class CaseFileFacts:
    code: str
    unit: str
    case_type: CaseType
    eligibility_warnings: tuple[str, ...] = ()  # what intake proposes (no platform record, out of period, …)
    eligibility: EligibilityDecision = EligibilityDecision.NONE
    falsification_confirmed: bool = False
    falsification_rejected: bool = False
    assigned: int = 0  # reviewers assigned; fewer signed sheets leave the result provisional
    rechecked: bool = False  # the secretariat has recorded a re-check decision
    veto_ruling: VetoRuling = VetoRuling.NONE
    accepted_score: Decimal | None = None  # the score the newest re-check decision settled on
    # False: a 先进个人 candidate's case file (seed 004, 附2 二(二)(1)) that is not one of its unit's
    # submitted files: scored like any, for the candidate, and never in the unit's composition or mean.
    unit_file: bool = True


@dataclass(frozen=True)
class SheetScore:
    """A signed sheet's outcome: its score under the veto policy, and whether a veto failed."""

    case_code: str
    reviewer: str
    track: Track
    score: Decimal
    veto_failed: bool = False
    falsification_reported: bool = False
    points: Decimal | None = None  # the sheet's points before any veto effect (None: same as score)
    submission_concern: str = ""  # the reviewer's doubt about the submission rules, for the secretariat


FINAL = "final"
PROVISIONAL = "provisional"


@dataclass(frozen=True)
class CaseResult:
    code: str
    unit: str
    case_type: CaseType
    expert_score: Decimal | None
    cross_score: Decimal | None
    final_score: Decimal | None
    rule: str  # what made the score: the weighting applied, a re-check, or why it is 0
    falsified: bool
    eligible: bool
    veto_failed: bool
    grade: str | None
    sheet_count: int
    sheets: tuple[SheetScore, ...] = ()
    spread: Decimal | None = None  # highest less lowest sheet score, with two sheets or more
    recheck_needed: bool = False
    rechecked: bool = False
    pending: tuple[str, ...] = ()  # the open questions that keep the result provisional
    vetoed_sheets: int = 0  # signed sheets that failed a veto item
    veto_ruling: VetoRuling = VetoRuling.NONE
    accepted_score: Decimal | None = None  # set when a re-check's score replaced the sheets' combined one
    weighting: str = ""  # the weighting rule on the track scores, printed in the case summary's detail

    @property
    def status(self) -> str:
        return PROVISIONAL if self.pending else FINAL

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the score is what it is beyond the sheets' points, in the words results print."""
        found = []
        if self.falsified:
            found.append("认定造假，计 0 分")
        if not self.eligible:
            found.append("不符合报送要求，计 0 分")
        if self.vetoed_sheets:
            found.append({VetoRuling.NONE: "实体评查不通过，待裁定", VetoRuling.STANDS: "实体评查否决成立",
                          VetoRuling.NOT_UPHELD: "否决不予支持，按各表得分"}[self.veto_ruling])
        if self.accepted_score is not None:
            found.append(f"经复核认定 {round2(self.accepted_score)} 分")
        elif self.rechecked:
            found.append("经复核")
        elif self.recheck_needed:
            found.append("评分差距过大，待复核")
        return tuple(found)


def in_rank_order(units: Iterable[UnitResult]) -> list[UnitResult]:
    """Cities first, then counties, each level in rank order (unranked last, by name): the two
    levels are ranked separately, so interleaving them reads as one ranking."""
    return sorted(units, key=lambda u: (u.level is not UnitLevel.CITY, u.rank is None, u.rank or 0, u.name))


@dataclass(frozen=True)
class UnitResult:
    name: str
    level: UnitLevel
    parent: str | None
    score: Decimal | None
    indicator: Decimal | None
    zero_reasons: tuple[str, ...]
    rank: int | None
    case_count: int
    warnings: tuple[str, ...]
    tie_break: int | None = None
    pending: tuple[str, ...] = ()  # the unit's own open questions, then "案卷编号：question" for each file it counts
    denominator: int | None = None  # how many files the mean is over, missing ones counted 0 included
    questions: tuple[str, ...] = ()  # the unit's own open questions (a gap, its counties, a date), in pending too

    @property
    def status(self) -> str:
        return PROVISIONAL if self.pending else FINAL


@dataclass(frozen=True)
class RoundResults:
    cases: list[CaseResult]
    units: list[UnitResult]
    rules: RoundRules = field(default_factory=RoundRules)

    @property
    def final(self) -> bool:
        return all(c.status == FINAL for c in self.cases) and all(u.status == FINAL for u in self.units)

    @property
    def open_questions(self) -> list[str]:
        """Everything still to decide before the results can be published: each file's, then
        each unit's own (a gap, its counties, a reconsideration's date)."""
        return ([f"{c.code}：{q}" for c in self.cases for q in c.pending]
                + [f"{u.name}：{q}" for u in self.units for q in u.questions])


def eligibility_proposals(case: CaseFileFacts, sheets: list[SheetScore]) -> tuple[str, ...]:
    """What says the file may break the submission rules: intake's reading of its documents, then
    each reviewer's doubt raised on a signed sheet. Proposals, not points: the secretariat decides."""
    return case.eligibility_warnings + tuple(
        f"评审人员{s.reviewer}提出：{s.submission_concern}" for s in sheets if s.submission_concern.strip())


def open_questions(case: CaseFileFacts, sheets: list[SheetScore], spread: Decimal | None,
                   rules: RoundRules) -> tuple[str, ...]:
    """What must still be decided or delivered before the case file's result is final."""
    pending = []
    if case.veto_ruling is VetoRuling.NONE and any(s.veto_failed for s in sheets):
        pending.append(f"否决项待裁定（{sum(1 for s in sheets if s.veto_failed)} 份评分表认定不通过）")
    proposals = eligibility_proposals(case, sheets)
    if proposals and case.eligibility is EligibilityDecision.NONE and rules.enforce_eligibility:
        pending.append(f"是否符合报送要求待确认（{'；'.join(proposals)}）")
    if len(sheets) < max(case.assigned, 1):
        pending.append(f"评分表未齐（已签名 {len(sheets)}/{max(case.assigned, 1)}）")
    decided = case.falsification_confirmed or case.falsification_rejected
    if not decided and any(s.falsification_reported for s in sheets):
        pending.append("造假报告待认定")
    if spread is not None and spread > rules.recheck_threshold and not case.rechecked:
        pending.append(f"分差 {round2(spread)} 分待复核")
    return tuple(pending)


def ruled(sheets: list[SheetScore], ruling: VetoRuling) -> list[SheetScore]:
    """The sheets as they count after the panel's ruling: not upheld, a vetoed sheet has its points back."""
    if ruling is not VetoRuling.NOT_UPHELD:
        return sheets
    return [replace(s, score=s.points if s.points is not None else s.score, veto_failed=False) if s.veto_failed else s
            for s in sheets]


def score_case(case: CaseFileFacts, sheets: list[SheetScore], rules: RoundRules) -> CaseResult:
    vetoed = sum(1 for s in sheets if s.veto_failed)
    ruling = case.veto_ruling if vetoed else VetoRuling.NONE
    sheets = ruled(sheets, ruling)
    expert, cross = (_printed(mean(s.score for s in sheets if s.track is track)) for track in (Track.EXPERT, Track.CROSS))
    combined = rules.weights.combine(expert, cross)  # from the printed track scores
    eligible = case.eligibility is not EligibilityDecision.CONFIRMED or not rules.enforce_eligibility
    veto_failed = ruling is not VetoRuling.NOT_UPHELD and vetoed > 0
    stands = ruling is VetoRuling.STANDS and rules.veto_policy is VetoPolicy.ZERO
    # A falsified or ineligible file, or one whose veto stands under the zero policy, scores 0
    # whatever the sheets say; otherwise a re-check's accepted score replaces the sheets' mean.
    zeroed = case.falsification_confirmed or not eligible or stands
    accepted = case.accepted_score if not zeroed and case.rechecked else None
    final = ZERO if zeroed else (accepted if accepted is not None else combined)
    final = None if final is None else round2(final)
    # Once the veto stands the file has failed: how far apart its sheets are no longer matters.
    spread = max(s.score for s in sheets) - min(s.score for s in sheets) if len(sheets) > 1 and ruling is not VetoRuling.STANDS else None
    zero_rule = ("认定造假，计 0 分" if case.falsification_confirmed else "不符合报送要求，计 0 分" if not eligible
                 else "否决成立，计 0 分" if stands else None)
    return CaseResult(
        code=case.code,
        unit=case.unit,
        case_type=case.case_type,
        expert_score=expert,
        cross_score=cross,
        final_score=final,
        rule=zero_rule or ("经复核认定" if accepted is not None else rules.weights.describe(expert, cross)),
        weighting=rules.weights.describe(expert, cross),
        falsified=case.falsification_confirmed,
        eligible=eligible,
        veto_failed=veto_failed,
        grade=rules.grades.grade(final, veto_failed or case.falsification_confirmed or not eligible),
        sheet_count=len(sheets),
        sheets=tuple(sheets),
        spread=spread,
        recheck_needed=spread is not None and spread > rules.recheck_threshold,
        rechecked=case.rechecked,
        pending=open_questions(case, sheets, spread, rules),
        vetoed_sheets=vetoed,
        veto_ruling=ruling,
        accepted_score=accepted,
    )


def _printed(value: Decimal | None) -> Decimal | None:
    return None if value is None else round2(value)


def _ranks(results: list[UnitResult]) -> dict[str, int]:
    """Competition ranking (1, 2, 2, 4) on the indicator, within each level; units with equal
    indicators share a rank unless the secretariat has ordered them with a tie-break."""
    ranks: dict[str, int] = {}
    for level in UnitLevel:
        scored = sorted(
            (u for u in results if u.level is level and u.indicator is not None),
            key=lambda u: (-u.indicator, u.tie_break is None, u.tie_break or 0),
        )
        for position, unit in enumerate(scored):
            previous = scored[position - 1] if position else None
            if previous is not None and (unit.indicator, unit.tie_break) == (previous.indicator, previous.tie_break):
                ranks[unit.name] = ranks[scored[position - 1].name]
            else:
                ranks[unit.name] = position + 1
    return ranks


def consolidate(
    rules: RoundRules,
    units: list[UnitFacts],
    case_files: list[CaseFileFacts],
    sheets: list[SheetScore],
) -> RoundResults:
    by_case: dict[str, list[SheetScore]] = {c.code: [] for c in case_files}
    for sheet in sheets:
        by_case[sheet.case_code].append(sheet)
    cases = [score_case(c, by_case[c.code], rules) for c in case_files]

    own: dict[str, list[CaseResult]] = {u.name: [] for u in units}
    for facts, case in zip(case_files, cases):
        if facts.unit_file:
            own[case.unit].append(case)

    unranked = [_score_unit(unit, units, own, rules) for unit in units]
    ranks = _ranks(unranked)
    results = [replace(u, rank=ranks.get(u.name)) for u in unranked]
    return RoundResults(cases, results, rules)


def counted_counties(city: UnitFacts, units: list[UnitFacts]) -> list[UnitFacts]:
    """The counties whose files a city's score takes: the two it names, or all it has when it
    has no more than two (or has not yet named them: the city is then provisional)."""
    counties = [u for u in units if u.parent == city.name]
    named = [u for u in counties if u.counted_in_city]
    return named or counties


def _score_unit(unit: UnitFacts, units: list[UnitFacts], own: dict[str, list[CaseResult]], rules: RoundRules) -> UnitResult:
    parts = [(unit, own[unit.name])]
    pending: list[str] = []
    # A sample has no required mix: each unit is averaged over what was drawn from it.
    warnings = [] if rules.sample_only else composition_warnings(unit.level, [c.case_type for c in own[unit.name]])
    everyone = [u for u in units if u.parent == unit.name]  # a city's counties; none for a county
    if rules.sample_only:
        parts += [(county, own[county.name]) for county in everyone]
    elif everyone:
        counties = counted_counties(unit, units)
        if len(everyone) > COUNTIES_IN_CITY_SCORE and len(counties) != COUNTIES_IN_CITY_SCORE:
            pending.append(f"须指定计入市级得分的 {COUNTIES_IN_CITY_SCORE} 个县级单位（所辖 {len(everyone)} 个，"
                           f"已指定 {sum(u.counted_in_city for u in everyone)} 个）")
        parts += [(county, own[county.name]) for county in counties]
    counted = [c for _, files in parts for c in files]
    scored = [c.final_score for c in counted if c.final_score is not None]
    missing = 0
    for part, files in parts:
        gap = 0 if rules.sample_only else OWN_FILES[part.level] - len(files)
        if gap <= 0:
            continue
        if part.gap_decision is GapDecision.EXCUSED:
            warnings.append(f"{_whose(part, unit)}准予缺报 {gap} 件（{part.gap_reason}），按实报 {len(files)} 件计算")
            continue
        missing += gap
        if part.gap_decision is GapDecision.ZERO:
            warnings.append(f"{_whose(part, unit)}缺报 {gap} 件（应报 {OWN_FILES[part.level]} 件），每件按 0 分计入")
        else:
            pending.append(f"{_whose(part, unit)}缺报 {gap} 件（应报 {OWN_FILES[part.level]} 件）：待决定按 0 分计入或准予缺报")
    if unit.level is UnitLevel.CITY and not rules.sample_only:
        absent = COUNTIES_IN_CITY_SCORE - len(parts[1:])
        if absent > 0 and unit.gap_decision is not GapDecision.EXCUSED:
            missing += absent * OWN_FILES[UnitLevel.COUNTY]
            (warnings if unit.gap_decision is GapDecision.ZERO else pending).append(
                f"所辖县级单位只有 {len(parts) - 1} 个：缺 {absent * OWN_FILES[UnitLevel.COUNTY]} 件按 0 分计"
                + ("入" if unit.gap_decision is GapDecision.ZERO else "入或准予缺报，待决定"))
    # The mean over the fixed number of files, from the printed case scores.
    unscored = len(counted) - len(scored)
    waiting = unscored > 0 and not scored
    score = None if waiting or not (scored or missing) else round2(sum(scored, ZERO) / (len(scored) + missing))
    reasons = [f"案卷造假：{c.code}" for c in counted if c.falsified]
    for part in [unit] + (everyone if rules.reconsideration_reaches_city else []):
        if part.reconsideration_counts(rules.period):
            reasons.append(part.reconsideration_reason if part is unit else f"{part.name}：{part.reconsideration_reason}")
            if part.reconsideration_date is None:
                pending.append(f"{_whose(part, unit)}行政复议纠正决定的日期未填写，无法确定是否在评查期间内")
        elif part.corrected_on_reconsideration and part is unit:
            warnings.append(f"行政复议纠正决定日期 {part.reconsideration_date:%Y-%m-%d} 不在评查期间内，不影响本指标")
    indicator = None if score is None and not reasons else (ZERO if reasons else score)
    warnings += [f"案卷 {c.code} 不符合报送要求（已确认），计 0 分" for c in own[unit.name] if not c.eligible]
    if unscored:
        warnings.append(f"{unscored} 件案卷尚无已签名评分表")
    return UnitResult(
        name=unit.name,
        level=unit.level,
        parent=unit.parent,
        score=score,
        indicator=None if indicator is None else round2(indicator),
        zero_reasons=tuple(reasons),
        rank=None,
        case_count=len(counted),
        warnings=tuple(warnings),
        tie_break=unit.tie_break,
        pending=tuple(pending) + tuple(f"{c.code}：{question}" for c in counted for question in c.pending),
        denominator=len(scored) + missing if score is not None else None,
        questions=tuple(pending),
    )


def _whose(part: UnitFacts, unit: UnitFacts) -> str:
    return "" if part is unit else f"{part.name}："


def reviewer_deviation(sheets: list[SheetScore]) -> dict[str, Decimal]:
    """Each reviewer's mean deviation from the mean of all signed sheets on the same case
    file: positive means more lenient than colleagues, negative stricter. The sheets' own
    totals are compared, before a veto zeroes one: a failed veto is not a strict score."""
    by_case: dict[str, list[SheetScore]] = {}
    for sheet in sheets:
        by_case.setdefault(sheet.case_code, []).append(sheet)
    deviations: dict[str, list[Decimal]] = {}
    for case_sheets in by_case.values():
        if len(case_sheets) < 2:
            continue
        points = [s.points if s.points is not None else s.score for s in case_sheets]
        case_mean = mean(points)
        for sheet, own in zip(case_sheets, points):
            deviations.setdefault(sheet.reviewer, []).append(own - case_mean)
    return {reviewer: round2(mean(values)) for reviewer, values in deviations.items()}
