"""One reviewer's score sheet (评分表) for one case file, and the rules that total it."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from reviewer_app.core.points import ZERO, clamp, round2
from reviewer_app.core.rubric import Rubric, RubricItem
from reviewer_app.core.vocabulary import CaseType, DocumentType, Falsification, SheetStatus, VetoPolicy


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
    """The reviewer's answer for one rubric item: deductions, an explicit 'no deduction', or
    'not applicable' (不适用: the file has no occasion for it, a hearing nobody asked for, say)."""

    item_id: str
    no_deduction: bool = False
    deductions: list[Deduction] = field(default_factory=list)
    not_applicable: bool = False

    @property
    def answered(self) -> bool:
        return self.no_deduction or self.not_applicable or bool(self.deductions)


@dataclass
class ScoreSheet:
    case_type: CaseType
    marks: dict[str, ItemMark] = field(default_factory=dict)
    veto: dict[str, bool] = field(default_factory=dict)  # veto item id -> passed
    falsification: Falsification | None = None  # None: not yet answered
    falsification_description: str = ""
    falsification_evidence: list[PageRef] = field(default_factory=list)
    # A doubt that the file meets the submission rules (报送要求: an on-site record not made on the
    # mobile platform, a decision out of the period…), raised for the secretariat to decide: it
    # costs no points. Empty: none raised.
    submission_concern: str = ""
    submission_evidence: list[PageRef] = field(default_factory=list)
    comment: str = ""
    status: SheetStatus = SheetStatus.DRAFT
    revision: int = 1

    def mark(self, item_id: str) -> ItemMark:
        return self.marks.setdefault(item_id, ItemMark(item_id))


def presumed_marks(rubric: Rubric, case_type: CaseType, held: set[DocumentType]) -> list[ItemMark]:
    """A new sheet's answers before the reviewer gives any: 不适用 for each measure the file holds
    no document of (no hearing notice, no seizure decision), shown so the reviewer confirms it."""
    return [ItemMark(i.id, not_applicable=True) for i in rubric.items_for(case_type) if i.presumed_not_applicable(held)]


def item_score(item: RubricItem, mark: ItemMark | None) -> Decimal:
    """Max points less the deductions, never below zero nor above the maximum."""
    if mark is None or mark.no_deduction:
        return item.max_points
    taken = sum((d.points for d in mark.deductions), ZERO)
    return clamp(item.max_points - taken, ZERO, item.max_points)


def deducted(item: RubricItem, mark: ItemMark | None) -> Decimal:
    """What the item actually lost: its deductions, never more than its maximum (扣完为止)."""
    return item.max_points - item_score(item, mark)


@dataclass(frozen=True)
class SheetTotal:
    points: Decimal  # out of the rubric's maximum, before any veto effect; rescaled when items are 不适用
    section_points: dict[str, Decimal]  # each section's own points, not rescaled
    failed_veto_items: tuple[str, ...]
    earned: Decimal | None = None  # points on the applicable items, when some are 不适用
    applicable_max: Decimal | None = None  # those items' maximum, when some are 不适用

    @property
    def veto_failed(self) -> bool:
        return bool(self.failed_veto_items)

    @property
    def rescaled(self) -> bool:
        return self.applicable_max is not None

    def score(self, policy: VetoPolicy) -> Decimal:
        return sheet_score(self.points, self.veto_failed, policy)


def sheet_score(points: Decimal, veto_failed: bool, policy: VetoPolicy) -> Decimal:
    """A sheet's score under the round's veto policy, half-up to 2 places."""
    if veto_failed and policy is VetoPolicy.ZERO:
        return round2(ZERO)
    return round2(points)


def not_applicable(mark: ItemMark | None) -> bool:
    return mark is not None and mark.not_applicable


def total_sheet(rubric: Rubric, sheet: ScoreSheet) -> SheetTotal:
    """Items marked 不适用 leave the total; the applicable items' points are then rescaled to
    the rubric's maximum (earned / applicable maximum × 100), so files of one type compare."""
    section_points: dict[str, Decimal] = {}
    applicable_max = ZERO
    skipped = False
    for section in rubric.sections_for(sheet.case_type):
        counted = [i for i in section.items if not not_applicable(sheet.marks.get(i.id))]
        skipped = skipped or len(counted) < len(section.items)
        applicable_max += sum((i.max_points for i in counted), ZERO)
        section_points[section.id] = sum((item_score(i, sheet.marks.get(i.id)) for i in counted), ZERO)
    failed = tuple(
        v.id for v in rubric.veto_items_for(sheet.case_type) if sheet.veto.get(v.id) is False
    )
    earned = sum(section_points.values(), ZERO)
    if not skipped:
        return SheetTotal(earned, section_points, failed)
    points = earned * rubric.max_points / applicable_max if applicable_max else ZERO
    return SheetTotal(points, section_points, failed, earned, applicable_max)


@dataclass(frozen=True)
class MissingAnswer:
    """Something that must be answered before the sheet can be signed."""

    kind: str  # "veto", "item", "reason", "falsification", "submission", "comment"
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
    if sheet.submission_evidence and not sheet.submission_concern.strip():
        missing.append(MissingAnswer("submission", "submission", "引用了报送要求的证据页，须写明不符合报送要求的情况"))
    items = rubric.items_for(sheet.case_type)
    if items and all(not_applicable(sheet.marks.get(i.id)) for i in items):
        missing.append(MissingAnswer("item", items[0].id, "各项均标为不适用，无法计分"))
    failed = [v for v in rubric.veto_items_for(sheet.case_type) if sheet.veto.get(v.id) is False]
    if failed and not sheet.comment.strip():  # a veto fails the whole file: the reviewer says why
        named = "、".join(f"“{v.text}”" for v in failed)
        missing.append(MissingAnswer("comment", "comment", f"实体评查{named}不通过，须在评审意见中写明理由"))
    return missing
