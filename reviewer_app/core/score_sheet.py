"""One reviewer's score sheet (评分表) for one case file, and the rules that total it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from reviewer_app.core.points import ZERO, clamp, round2
from reviewer_app.core.rubric import Rubric, RubricItem
from reviewer_app.core.vocabulary import CaseType, Falsification, SheetStatus, VetoPolicy


@dataclass(frozen=True)
class PageRef:
    """A place in the case file: which document, which page (1-based)."""

    document_id: int
    page: int


@dataclass(frozen=True)
class Deduction:
    points: Decimal
    reason: str
    preset_id: str | None = None
    ref: PageRef | None = None


@dataclass
class ItemMark:
    """The reviewer's answer for one rubric item: deductions, or an explicit 'no deduction'."""

    item_id: str
    no_deduction: bool = False
    deductions: list[Deduction] = field(default_factory=list)

    @property
    def answered(self) -> bool:
        return self.no_deduction or bool(self.deductions)


@dataclass
class ScoreSheet:
    case_type: CaseType
    marks: dict[str, ItemMark] = field(default_factory=dict)
    veto: dict[str, bool] = field(default_factory=dict)  # veto item id -> passed
    falsification: Falsification | None = None  # None: not yet answered
    falsification_description: str = ""
    falsification_evidence: list[PageRef] = field(default_factory=list)
    comment: str = ""
    status: SheetStatus = SheetStatus.DRAFT
    revision: int = 1

    def mark(self, item_id: str) -> ItemMark:
        return self.marks.setdefault(item_id, ItemMark(item_id))


def item_score(item: RubricItem, mark: ItemMark | None) -> Decimal:
    """Max points less the deductions, never below zero nor above the maximum."""
    if mark is None or mark.no_deduction:
        return item.max_points
    taken = sum((d.points for d in mark.deductions), ZERO)
    return clamp(item.max_points - taken, ZERO, item.max_points)


@dataclass(frozen=True)
class SheetTotal:
    points: Decimal  # sum of item scores, before any veto effect
    section_points: dict[str, Decimal]
    failed_veto_items: tuple[str, ...]

    @property
    def veto_failed(self) -> bool:
        return bool(self.failed_veto_items)

    def score(self, policy: VetoPolicy) -> Decimal:
        """The sheet's score under the round's veto policy, half-up to 2 places."""
        if self.veto_failed and policy is VetoPolicy.ZERO:
            return round2(ZERO)
        return round2(self.points)


def total_sheet(rubric: Rubric, sheet: ScoreSheet) -> SheetTotal:
    section_points: dict[str, Decimal] = {}
    for section in rubric.sections_for(sheet.case_type):
        section_points[section.id] = sum(
            (item_score(i, sheet.marks.get(i.id)) for i in section.items), ZERO
        )
    failed = tuple(
        v.id for v in rubric.veto_items_for(sheet.case_type) if sheet.veto.get(v.id) is False
    )
    return SheetTotal(sum(section_points.values(), ZERO), section_points, failed)


@dataclass(frozen=True)
class MissingAnswer:
    """Something that must be answered before the sheet can be signed."""

    kind: str  # "veto", "item", "reason", "falsification", "comment"
    target: str  # the rubric item or veto id, "falsification" or "comment"
    message: str


def missing_for_signing(rubric: Rubric, sheet: ScoreSheet) -> list[MissingAnswer]:
    missing: list[MissingAnswer] = []
    for veto in rubric.veto_items_for(sheet.case_type):
        if veto.id not in sheet.veto:
            missing.append(MissingAnswer("veto", veto.id, f"实体评查“{veto.text}”未作判断"))
    for item in rubric.items_for(sheet.case_type):
        mark = sheet.marks.get(item.id)
        if mark is None or not mark.answered:
            missing.append(MissingAnswer("item", item.id, f"{item.id} “{item.text}”未评分"))
            continue
        for deduction in mark.deductions:
            if not deduction.reason.strip():
                missing.append(
                    MissingAnswer("reason", item.id, f"{item.id} 有扣分未填写扣分理由")
                )
                break
    if sheet.falsification is None:
        missing.append(MissingAnswer("falsification", "falsification", "是否造假未作判断"))
    elif sheet.falsification is not Falsification.NONE and not sheet.falsification_description.strip():
        missing.append(
            MissingAnswer("falsification", "falsification", "报告造假情况须填写情况说明")
        )
    failed = [v for v in rubric.veto_items_for(sheet.case_type) if sheet.veto.get(v.id) is False]
    if failed and not sheet.comment.strip():  # a veto fails the whole file: the reviewer says why
        named = "、".join(f"“{v.text}”" for v in failed)
        missing.append(MissingAnswer("comment", "comment", f"实体评查{named}不通过，须在评审意见中写明理由"))
    return missing
