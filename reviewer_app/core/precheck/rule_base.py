"""The pre-check's rule base (resources/precheck/rules.yaml): each rule with what it checks, the
rubric items it bears on, and its legal source per period, since a file is judged by the law in
force on the day that matters to the rule (a 2016 file by the 1996 law, a 2022 file by the 2021)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import jsonschema
import yaml

from reviewer_app.resources import resource_path

RULES_PATH = resource_path("precheck", "rules.yaml")

_DAY = {}  # YAML reads 2021-07-15 as a date already; checked when read
SCHEMA = {
    "type": "object", "required": ["laws", "rules"], "additionalProperties": False,
    "properties": {
        "laws": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["id", "title", "from"], "additionalProperties": False,
            "properties": {"id": {"type": "string"}, "title": {"type": "string"}, "from": _DAY, "to": _DAY}}},
        "rules": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["id", "checks", "items", "versions"], "additionalProperties": False,
            "properties": {
                "id": {"type": "string", "pattern": "^PC-[A-Z-]+$"}, "checks": {"type": "string"},
                "items": {"type": "array", "items": {"type": "string"}},
                "versions": {"type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["law", "article"], "additionalProperties": False,
                    "properties": {"law": {"type": "string"}, "article": {"type": "string"},
                                   "days": {"type": "integer", "minimum": 1}, "months": {"type": "integer", "minimum": 1},
                                   "working": {"type": "boolean"}}}}}}},
    },
}


class RuleBaseError(ValueError):
    pass


@dataclass(frozen=True)
class Law:
    id: str
    title: str
    start: date
    end: date | None

    def in_force(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class RuleVersion:
    law: Law
    article: str
    days: int | None = None
    months: int | None = None
    working: bool = False  # the period counts working days (2021 行政处罚法 第八十五条)

    @property
    def source(self) -> str:
        return f"《{self.law.title.split('（')[0]}》{self.article}"


@dataclass(frozen=True)
class Rule:
    id: str
    checks: str
    items: tuple[str, ...]
    versions: tuple[RuleVersion, ...]

    def version_on(self, day: date | None) -> RuleVersion:
        """The version whose law was in force on the day; of several, the newest law's. A day
        before every law, or no day, takes the earliest (the file is then judged leniently)."""
        if day is None:
            return self.versions[0]
        live = [v for v in self.versions if v.law.in_force(day)]
        if live:
            return max(live, key=lambda v: v.law.start)
        later = [v for v in self.versions if v.law.start > day]
        return min(later, key=lambda v: v.law.start) if later else max(self.versions, key=lambda v: v.law.start)


@dataclass(frozen=True)
class RuleBase:
    rules: dict[str, Rule]

    def __getitem__(self, rule_id: str) -> Rule:
        return self.rules[rule_id]


def read_rule_base(path: Path = RULES_PATH) -> RuleBase:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RuleBaseError(f"{path.name}：无法读取预审规则库（{error}）") from None
    problem = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(SCHEMA).iter_errors(data))
    if problem is not None:
        where = "/".join(map(str, problem.absolute_path)) or "(顶层)"
        raise RuleBaseError(f"{path.name}：{where} 不符合要求：{problem.message}")
    laws = {}
    for entry in data["laws"]:
        end = entry.get("to")
        laws[entry["id"]] = Law(entry["id"], entry["title"], date.fromisoformat(str(entry["from"])),
                                date.fromisoformat(str(end)) if end else None)
    rules = {}
    for entry in data["rules"]:
        versions = []
        for version in entry["versions"]:
            if version["law"] not in laws:
                raise RuleBaseError(f"{path.name}：规则 {entry['id']} 引用了未列出的法律 {version['law']}")
            versions.append(RuleVersion(laws[version["law"]], version["article"], version.get("days"),
                                        version.get("months"), version.get("working", False)))
        if entry["id"] in rules:
            raise RuleBaseError(f"{path.name}：规则编号 {entry['id']} 重复")
        rules[entry["id"]] = Rule(entry["id"], entry["checks"], tuple(entry["items"]), tuple(versions))
    return RuleBase(rules)


@cache
def rule_base() -> RuleBase:
    return read_rule_base()
