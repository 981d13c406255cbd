"""A 先进个人 candidate's story (个人事迹, seed 004 附2 二(三)): "省环保厅组织对候选人及地区等信息
进行匿名处理" before the panel reads it. The candidate's name (and its 张某/张某某 forms) becomes
the candidate's alias; the unit, region, certificate number, other names the secretary adds,
and whatever the case files' detectors find (places, organisations, persons, numbers) become ○.
The leak check reads the result with its own, independent detectors."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from reviewer_app.anonymise.detectors import identify
from reviewer_app.anonymise.leak_check import fold
from reviewer_app.anonymise.leak_classes import class_findings
from reviewer_app.anonymise.matching import TermMatcher

MASK = "○"


def name_forms(name: str) -> list[str]:
    """The candidate's name as stories write it: in full, as surname + 某 (张某, 张某某), and as
    colleagues call them (老张, 小张)."""
    name = "".join(name.split())
    surname = name[0]
    return [name, f"{surname}某某", f"{surname}某", f"老{surname}", f"小{surname}"] if len(name) >= 2 else [name]


@dataclass(frozen=True)
class StoryFinding:
    rule: str
    text: str
    replacement: str


@dataclass(frozen=True)
class AnonymisedStory:
    text: str
    findings: tuple[StoryFinding, ...]  # what was replaced, for the secretary's review


def anonymise_story(text: str, alias: str, name: str, terms: Iterable[str]) -> AnonymisedStory:
    """The story with the candidate named by alias and every other identifying string masked."""
    replaced: dict[int, str] = {}  # source index -> replacement ("" for the rest of a run)
    findings = []

    def mark(indices: tuple[int, ...], rule: str, found: str, replacement: str | None) -> None:
        if not indices or any(i in replaced for i in indices):
            return
        fill = replacement if replacement is not None else MASK * len(indices)
        findings.append(StoryFinding(rule, found, fill))
        replaced[indices[0]] = fill
        for index in indices[1:]:
            replaced[index] = ""

    own = TermMatcher(name_forms(name), patterns=False, rule="候选人姓名")
    for found in sorted(own.find(text), key=lambda f: -len(f.indices)):
        mark(found.indices, found.rule, found.term, alias)
    for found in TermMatcher(terms).find(text):
        mark(found.indices, found.rule, found.term, None)
    for found in identify(text):
        mark(found.indices, found.rule, found.text, None)
    out = "".join(replaced.get(i, char) for i, char in enumerate(text))
    return AnonymisedStory(out, tuple(findings))


def story_leaks(text: str, terms: Iterable[str]) -> list[str]:
    """An independent reading of an anonymised story: any listed term still in it (folded: NFKC,
    no spaces), and what the leak check's own detectors find (divisions, issuers, labelled
    values, numbers). Each entry says what and which rule."""
    folded = fold(text)
    leaks = [f"敏感词：{term}" for term in terms if len(fold(term)) >= 2 and fold(term) in folded]
    leaks += [f"{finding.rule}：{finding.text}" for finding in class_findings(text)]
    return leaks
