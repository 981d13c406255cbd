"""What a score sheet may contain, whoever wrote it: the workbench before signing, and the
secretariat's import of a return file, which trusts a valid signature to say who sent a sheet
but never that its content makes sense.

Each problem names the field it is in, so a refusal can say which sheet and which field.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from typing import Mapping

from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import PageRef, ScoreSheet, missing_for_signing
from reviewer_app.core.vocabulary import CaseType

MAX_REVISION = 999  # a sheet revised more often than this is not a sheet a person revised
MAX_REASON = 500
MAX_TEXT = 5000  # comment, falsification description
MAX_NAME = 100
MAX_PAGE = 100_000


@dataclass(frozen=True)
class SheetProblem:
    field: str  # e.g. "I3 扣分 1 分值"
    message: str

    def __str__(self) -> str:
        return f"{self.field}：{self.message}"


def text_problem(text: str, limit: int, multiline: bool = False) -> str | None:
    """Why a text field cannot be stored or printed as it is, or None."""
    if len(text) > limit:
        return f"超过 {limit} 个字符（{len(text)} 个）"
    allowed = "\n\t" if multiline else ""
    for ch in text:
        if ch not in allowed and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"):
            return f"含有控制字符或无效字符 U+{ord(ch):04X}"
    return None


def name_problem(name: str, limit: int = 100) -> str | None:
    """Why a unit's or reviewer's name cannot be used: it becomes a folder, a file name, a table
    cell and a line on a signed sheet, so no control or format character (a right-to-left
    override turns 局护保境环县溪青 into something else on screen), no path separator."""
    if problem := text_problem(name, limit):
        return problem
    for ch in name:
        if unicodedata.category(ch) == "Cf":
            return f"含有不可见的格式字符 U+{ord(ch):04X}（如从右向左改写符），请删去后重新输入"
        if ch in "/\\":
            return f"含有路径分隔符“{ch}”"
    return None


def points_problem(points: Decimal, maximum: Decimal) -> str | None:
    if not isinstance(points, Decimal) or not points.is_finite():
        return f"不是有效数字（{points}）"
    if points <= 0:
        return f"应大于 0（{points}）"
    if points > maximum:
        return f"超过本项满分 {maximum}（{points}）"
    if points.as_tuple().exponent < -2:
        return f"最多两位小数（{points}）"
    return None


def sheet_problems(
    rubric: Rubric,
    sheet: ScoreSheet,
    *,
    case_type: CaseType,
    pages: Mapping[int, int],
    signed: bool,
) -> list[SheetProblem]:
    """Every way the sheet breaks the round's rules. `pages` maps each of the case file's
    document ids to its page count; `signed` asks for a complete sheet as well."""
    problems: list[SheetProblem] = []

    def add(field: str, message: str | None) -> None:
        if message:
            problems.append(SheetProblem(field, message))

    def check_ref(field: str, ref: PageRef) -> None:
        if ref.document_id not in pages:
            add(field, "引用的文书不在本案卷中")
        elif not 1 <= ref.page <= min(pages[ref.document_id], MAX_PAGE):
            add(field, f"第{ref.page}页不存在（该文书共 {pages[ref.document_id]} 页）")

    if sheet.case_type is not case_type:
        add("案卷类型", f"评分表为“{sheet.case_type.label}”，案卷为“{case_type.label}”")
        return problems  # every item check below would only repeat this
    if not 1 <= sheet.revision <= MAX_REVISION:
        add("版本", f"应在 1 到 {MAX_REVISION} 之间（{sheet.revision}）")
    veto_ids = {v.id for v in rubric.veto_items_for(case_type)}
    for item_id in sheet.veto:
        if item_id not in veto_ids:
            add(f"实体评查 {item_id}", "评分细则中没有此项（或不适用于本案卷类型）")
    items = {i.id: i for i in rubric.items_for(case_type)}
    for item_id, mark in sheet.marks.items():
        item = items.get(item_id)
        if item is None:
            add(f"评分项 {item_id}", "评分细则中没有此项（或不适用于本案卷类型）")
            continue
        if mark.no_deduction and mark.deductions:
            add(f"评分项 {item_id}", "同时标为“不扣分”又有扣分")
        if mark.not_applicable and (mark.no_deduction or mark.deductions):
            add(f"评分项 {item_id}", "同时标为“不适用”又有评分")
        presets = {d.id for d in item.deductions}
        for n, deduction in enumerate(mark.deductions, start=1):
            field = f"评分项 {item_id} 第{n}项扣分"
            add(f"{field}分值", points_problem(deduction.points, item.max_points))
            add(f"{field}理由", text_problem(deduction.reason, MAX_REASON))
            if deduction.preset_id is not None and deduction.preset_id not in presets:
                add(f"{field}", f"预设扣分 {deduction.preset_id} 不属于此项")
            if deduction.ref is not None:
                check_ref(f"{field}页码", deduction.ref)
    add("评审意见", text_problem(sheet.comment, MAX_TEXT, multiline=True))
    add("造假情况说明", text_problem(sheet.falsification_description, MAX_TEXT, multiline=True))
    for n, ref in enumerate(sheet.falsification_evidence, start=1):
        check_ref(f"造假证据第{n}处", ref)
    add("不符合报送要求的情况", text_problem(sheet.submission_concern, MAX_TEXT, multiline=True))
    for n, ref in enumerate(sheet.submission_evidence, start=1):
        check_ref(f"报送要求证据第{n}处", ref)
    if signed:
        problems += [SheetProblem(m.target, m.message) for m in missing_for_signing(rubric, sheet)]
    return problems
