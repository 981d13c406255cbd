"""What the round found, for the secretariat's write-up: deductions summed by rubric item and
stage (the 典型问题 the leadership meeting hears about, and each unit's 整改 list), and each
reviewer's leniency against colleagues on the same files (for calibration)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable

from reviewer_app.core.points import ZERO, round2
from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import ScoreSheet, deducted, not_applicable


@dataclass(frozen=True)
class ScoredSheet:
    """A counted sheet with what the findings need to know about its file."""

    case_code: str
    unit: str
    reviewer: str
    sheet: ScoreSheet


@dataclass
class ItemFinding:
    """One rubric item across the sheets given: how often it cost points, how much, where, and why."""

    stage: str
    item_id: str
    text: str
    max_points: Decimal
    times: int = 0  # sheets that lost points on it
    points: Decimal = ZERO  # points lost, each sheet's loss capped at the item's maximum
    cases: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    reasons: Counter = field(default_factory=Counter)

    def examples(self, count: int = 3) -> list[str]:
        """The reasons reviewers gave most often (ties in the order first given)."""
        return [reason for reason, _ in self.reasons.most_common(count)]


@dataclass(frozen=True)
class StageFinding:
    stage: str
    times: int
    points: Decimal
    share: Decimal  # of all points lost in the round, in per cent


def item_findings(rubric: Rubric, sheets: Iterable[ScoredSheet]) -> list[ItemFinding]:
    """Every rubric item in rubric order, with what the sheets lost on it (items 不适用 on a sheet
    are not counted there)."""
    findings = {item.id: ItemFinding(section.title, item.id, item.text, item.max_points)
                for section in rubric.sections for item in section.items}
    for scored in sheets:
        for item in rubric.items_for(scored.sheet.case_type):
            mark = scored.sheet.marks.get(item.id)
            if not_applicable(mark):
                continue
            lost = deducted(item, mark)
            if lost <= 0:
                continue
            finding = findings[item.id]
            finding.times += 1
            finding.points += lost
            finding.cases.add(scored.case_code)
            finding.units.add(scored.unit)
            finding.reasons.update(d.reason.strip() for d in mark.deductions if d.reason.strip())
    return list(findings.values())


def most_frequent(findings: list[ItemFinding]) -> list[ItemFinding]:
    """Items that cost points, most often first, then by points lost; rubric order breaks ties."""
    order = {f.item_id: n for n, f in enumerate(findings)}
    return sorted((f for f in findings if f.times), key=lambda f: (-f.times, -f.points, order[f.item_id]))


def stage_findings(findings: list[ItemFinding]) -> list[StageFinding]:
    """Per procedural stage, in rubric order: deductions, points lost, share of all points lost."""
    times: dict[str, int] = defaultdict(int)
    points: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for finding in findings:
        times[finding.stage] += finding.times
        points[finding.stage] += finding.points
    total = sum(points.values(), ZERO)
    return [StageFinding(stage, times[stage], points[stage], round2(points[stage] * 100 / total) if total else ZERO)
            for stage in dict.fromkeys(f.stage for f in findings)]


def leniency_label(deviation: Decimal) -> str:
    """How a reviewer's mean deviation reads: within 2 points of colleagues is 适中."""
    if deviation > 2:
        return "偏宽"
    if deviation < -2:
        return "偏严"
    return "适中"
