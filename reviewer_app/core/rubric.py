"""The scoring standard (评分细则): veto items and point items grouped by procedural stage.

One rubric serves every case type: each item says which case types it applies to,
and each case type's applicable items must add up to the rubric's maximum.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from reviewer_app.core.points import ZERO
from reviewer_app.core.vocabulary import CASE_FILE_TYPES, CaseType, DocumentType
from reviewer_app.resources import resource_path

# What "all" means in a rubric: every type of case file. A story's criteria name it.
ALL_CASE_TYPES = CASE_FILE_TYPES


class RubricError(ValueError):
    """A rubric file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True)
class PresetDeduction:
    id: str
    text: str
    points: Decimal


@dataclass(frozen=True)
class RubricItem:
    id: str
    text: str
    max_points: Decimal
    document_type: DocumentType | None
    case_types: tuple[CaseType, ...]
    deductions: tuple[PresetDeduction, ...] = ()
    # A measure only some files take (登记保存, 查封扣押, 听证): on a file holding no document of
    # the item's type, the sheet starts with the item 不适用 for the reviewer to confirm.
    optional_measure: bool = False

    def applies_to(self, case_type: CaseType) -> bool:
        return case_type in self.case_types

    def presumed_not_applicable(self, document_types: set[DocumentType]) -> bool:
        return self.optional_measure and self.document_type is not None and self.document_type not in document_types


@dataclass(frozen=True)
class VetoItem:
    """A substantive question: failing it fails the whole case file (一票否决)."""

    id: str
    text: str
    case_types: tuple[CaseType, ...]

    def applies_to(self, case_type: CaseType) -> bool:
        return case_type in self.case_types


@dataclass(frozen=True)
class RubricSection:
    id: str
    title: str
    items: tuple[RubricItem, ...]


@dataclass(frozen=True)
class Rubric:
    name: str
    max_points: Decimal
    veto_items: tuple[VetoItem, ...]
    sections: tuple[RubricSection, ...]
    _items_by_id: dict[str, RubricItem] = field(default_factory=dict, compare=False, repr=False)
    # Totalling a round's sheets asks for the same case type's sections thousands of times.
    _sections_by_type: dict[CaseType, tuple[RubricSection, ...]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for section in self.sections:
            for item in section.items:
                self._items_by_id[item.id] = item

    def item(self, item_id: str) -> RubricItem:
        return self._items_by_id[item_id]

    def items_for(self, case_type: CaseType) -> list[RubricItem]:
        return [i for s in self.sections for i in s.items if i.applies_to(case_type)]

    def sections_for(self, case_type: CaseType) -> list[RubricSection]:
        """The sections with only the items that apply to this case type; empty sections dropped."""
        if case_type not in self._sections_by_type:
            sections = ((section, tuple(i for i in section.items if i.applies_to(case_type))) for section in self.sections)
            self._sections_by_type[case_type] = tuple(RubricSection(s.id, s.title, items) for s, items in sections if items)
        return list(self._sections_by_type[case_type])

    def veto_items_for(self, case_type: CaseType) -> list[VetoItem]:
        return [v for v in self.veto_items if v.applies_to(case_type)]

    def total_for(self, case_type: CaseType) -> Decimal:
        return sum((i.max_points for i in self.items_for(case_type)), ZERO)

    def total_problems(self) -> list[str]:
        """Case types whose items do not add up to the maximum (the live check of the editor)."""
        problems = []
        for case_type in CaseType:
            total = self.total_for(case_type)
            if total and total != self.max_points:
                problems.append(
                    f"{case_type.label}：各项分值合计 {total} 分，应为 {self.max_points} 分"
                )
        return problems

    def to_dict(self) -> dict[str, Any]:
        def types(values: tuple[CaseType, ...]) -> Any:
            return "all" if set(values) == set(ALL_CASE_TYPES) else [v.value for v in values]

        return {
            "name": self.name,
            "max_points": str(self.max_points),
            "veto_items": [
                {"id": v.id, "text": v.text, "case_types": types(v.case_types)}
                for v in self.veto_items
            ],
            "sections": [
                {
                    "id": s.id,
                    "title": s.title,
                    "items": [
                        {
                            "id": i.id,
                            "text": i.text,
                            "max_points": str(i.max_points),
                            "document_type": i.document_type.value if i.document_type else None,
                            **({"optional_measure": True} if i.optional_measure else {}),
                            "case_types": types(i.case_types),
                            "deductions": [
                                {"id": d.id, "text": d.text, "points": str(d.points)}
                                for d in i.deductions
                            ],
                        }
                        for i in s.items
                    ],
                }
                for s in self.sections
            ],
        }


def fresh_id(taken: set[str], prefix: str) -> str:
    """The first of prefix1, prefix2, … not yet used: ids only need to be unique within a rubric."""
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


_SCHEMA_PATH = resource_path("rubrics", "rubric.schema.json")


@cache
def _validator() -> jsonschema.protocols.Validator:
    """The schema checked once and compiled; validating against it is then a fraction of the cost."""
    schema = json.loads(_SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)
    validator.check_schema(schema)
    return validator(schema)


def _where(error: jsonschema.ValidationError) -> str:
    path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path)
    return path.lstrip(".") or "(顶层)"


def rubric_from_dict(data: Any, source: str = "<rubric>") -> Rubric:
    error = jsonschema.exceptions.best_match(_validator().iter_errors(data))
    if error is not None:
        raise RubricError(f"{source}：字段 {_where(error)} 不符合要求：{error.message}") from None

    def points(value: Any, where: str) -> Decimal:
        try:
            result = Decimal(str(value))
        except InvalidOperation:
            raise RubricError(f"{source}：字段 {where} 不是有效分值：{value!r}") from None
        if result < 0:
            raise RubricError(f"{source}：字段 {where} 不能为负数：{value!r}")
        return result

    def types(value: Any) -> tuple[CaseType, ...]:
        return ALL_CASE_TYPES if value == "all" else tuple(CaseType(v) for v in value)

    seen: set[str] = set()

    def unique(identifier: str, where: str) -> str:
        if identifier in seen:
            raise RubricError(f"{source}：字段 {where} 的编号 {identifier} 重复")
        seen.add(identifier)
        return identifier

    veto_items = tuple(
        VetoItem(unique(v["id"], f"veto_items[{n}].id"), v["text"], types(v["case_types"]))
        for n, v in enumerate(data["veto_items"])
    )
    sections = []
    for s_no, s in enumerate(data["sections"]):
        items = []
        for i_no, i in enumerate(s["items"]):
            where = f"sections[{s_no}].items[{i_no}]"
            max_points = points(i["max_points"], f"{where}.max_points")
            deductions = tuple(
                PresetDeduction(
                    unique(d["id"], f"{where}.deductions[{d_no}].id"),
                    d["text"],
                    points(d["points"], f"{where}.deductions[{d_no}].points"),
                )
                for d_no, d in enumerate(i.get("deductions", []))
            )
            for d_no, d in enumerate(deductions):
                if d.points > max_points:
                    raise RubricError(
                        f"{source}：字段 {where}.deductions[{d_no}].points "
                        f"扣分 {d.points} 超过该项满分 {max_points}"
                    )
            doc = i.get("document_type")
            items.append(
                RubricItem(
                    id=unique(i["id"], f"{where}.id"),
                    text=i["text"],
                    max_points=max_points,
                    document_type=DocumentType(doc) if doc else None,
                    case_types=types(i["case_types"]),
                    deductions=deductions,
                    optional_measure=bool(i.get("optional_measure", False)),
                )
            )
        sections.append(RubricSection(s["id"], s["title"], tuple(items)))
    return Rubric(
        name=data["name"],
        max_points=points(data["max_points"], "max_points"),
        veto_items=veto_items,
        sections=tuple(sections),
    )


def load_rubric(path: Path) -> Rubric:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise RubricError(f"{path}：无法读取：{error.strerror}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise RubricError(f"{path}：不是有效的 YAML：{error}") from None
    return rubric_from_dict(data, str(path))


PRESETS = {
    "national_2012": "national_2012.yaml",
    "blank": "blank.yaml",
}


def load_preset(name: str) -> Rubric:
    return load_rubric(resource_path("rubrics", PRESETS[name]))
