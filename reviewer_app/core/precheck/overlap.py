"""One officer in two places at once (a falsification signal, not a verdict): the records that
put the same officer, by name, in two places whose times overlap, within one case file or across
the round's files. A record's officers are the names its labels give (执法人员, 检查人, 询问人,
记录人, 承办人); a time is the span it was made in (2016年5月10日9时30分至10时45分)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations

from reviewer_app.core.precheck.reading import DocumentFacts, Quote
from reviewer_app.core.vocabulary import DocumentType as T

RECORDS = (T.INSPECTION_RECORD, T.INTERVIEW_RECORD, T.REINSPECTION_RECORD, T.HEARING_RECORD)
OFFICER_LABEL = re.compile(r"(?:执法人员|检查人员?|询问人|记录人|调查人员?|复查人员?)[:：]\s*([^\n]{2,60})")
NAME = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,4})(?=\s*(?:[（(、，,\s]|$))")
NOT_NAMES = {"执法人员", "签名", "签字", "记录人", "询问人", "执法证号", "执法证", "证件号码"}


@dataclass(frozen=True)
class OfficerSpan:
    """A record that puts these officers somewhere from start to end."""

    case_code: str
    document: str
    officers: frozenset[str]
    start: datetime
    end: datetime
    quote: Quote


def officers_named(text: str) -> set[str]:
    names = set()
    for label in OFFICER_LABEL.finditer(text):
        names |= {n for n in NAME.findall(label.group(1)) if n not in NOT_NAMES}
    return names


def officer_spans(case_code: str, documents: list[DocumentFacts]) -> list[OfficerSpan]:
    spans = []
    for document in documents:
        if document.doc_type not in RECORDS or not document.spans:
            continue
        span = document.spans[0]
        officers = officers_named(document.text)
        if span.end is not None and span.end > span.start and officers:
            spans.append(OfficerSpan(case_code, document.title, frozenset(officers), span.start, span.end, span.quote))
    return spans


def overlapping(spans: list[OfficerSpan]) -> list[tuple[OfficerSpan, OfficerSpan, frozenset[str]]]:
    """Every pair of records that share an officer and whose times overlap (touching is no overlap)."""
    found = []
    ordered = sorted(spans, key=lambda s: s.start)
    for first, second in combinations(ordered, 2):
        if second.start >= first.end:
            continue
        shared = first.officers & second.officers
        if shared and (first.case_code, first.document) != (second.case_code, second.document):
            found.append((first, second, shared))
    return found
