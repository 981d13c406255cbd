"""The pre-check's rules over one case file's documents. Each finding names its rule, the rubric
items it bears on, the legal source in force on the day that matters, and the pages and words it
was read from: a lead for the reviewer to confirm (已核实) or dismiss (不成立), never a deduction.

The rules are lenient where the text is silent: a date that cannot be read is no finding (the
reviewer still reads the file), except where the law wants the date written (a 送达回证)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Callable, Iterable

from reviewer_app.core.precheck.calendar import add_months, days_between, period_end
from reviewer_app.core.precheck.overlap import OfficerSpan, officer_spans, overlapping
from reviewer_app.core.precheck.reading import Dated, DocumentFacts, Quote, read_document
from reviewer_app.core.precheck.rule_base import Rule, RuleBase, rule_base
from reviewer_app.core.vocabulary import DocumentType as T


@dataclass(frozen=True)
class CaseDocument:
    doc_type: T
    title: str
    pages: list[str]  # each page's text (text layer, or OCR of a scan)


@dataclass(frozen=True)
class Evidence:
    document: str  # the document's title in the file
    quote: Quote


@dataclass(frozen=True)
class Finding:
    rule: str
    message: str
    items: tuple[str, ...]
    source: str
    evidence: tuple[Evidence, ...]


class CaseFileReading:
    """A case file's documents read once; the rules ask it for what they need."""

    def __init__(self, documents: Iterable[CaseDocument]) -> None:
        self.documents = [read_document(d.doc_type, d.title, d.pages) for d in documents]

    def of(self, *types: T) -> list[DocumentFacts]:
        return [d for d in self.documents if d.doc_type in types]

    def first(self, doc_type: T) -> DocumentFacts | None:
        return next(iter(self.of(doc_type)), None)

    def dated(self, doc_type: T) -> tuple[DocumentFacts, Dated] | None:
        document = self.first(doc_type)
        return (document, document.signed_on) if document and document.signed_on else None

    @property
    def text(self) -> str:
        return "\n".join(d.text for d in self.documents)


def _finding(rule: Rule, day: date | None, message: str, *evidence: tuple[DocumentFacts, Quote]) -> Finding:
    version = rule.version_on(day)
    return Finding(rule.id, message, rule.items, version.source, tuple(Evidence(d.title, q) for d, q in evidence))


def _opening(document: DocumentFacts) -> Quote:
    """Where a lead about something missing points: the document's first line (its title)."""
    return Quote(1, next((line.strip() for line in document.text.splitlines() if line.strip()), document.title)[:60])


def _fmt(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


# --- the rules ------------------------------------------------------------------------------
# Pairs that must not run backwards: (earlier, later). Inspection often comes before the filing
# (it is the case's source), so only what follows the investigation is ordered.
ORDER = (
    ((T.FILING_APPROVAL, T.INSPECTION_RECORD, T.INTERVIEW_RECORD), T.PRIOR_NOTICE),
    ((T.PRIOR_NOTICE,), T.HEARING_NOTICE),
    ((T.HEARING_NOTICE,), T.HEARING_RECORD),
    ((T.FILING_APPROVAL, T.PRIOR_NOTICE, T.HEARING_RECORD), T.PENALTY_DECISION),
    ((T.PENALTY_DECISION,), T.CLOSING_APPROVAL),
)


def order(file: CaseFileReading, rule: Rule) -> list[Finding]:
    found = []
    for earlier_types, later_type in ORDER:
        later = file.dated(later_type)
        if later is None:
            continue
        after = [(d, d.signed_on) for d in file.of(*earlier_types) if d.signed_on and d.signed_on.day > later[1].day]
        if after:  # one lead per document dated too early, naming everything that should precede it
            named = "、".join(f"{d.title}（{_fmt(own.day)}）" for d, own in after)
            found.append(_finding(rule, later[1].day, f"{later[0].title}的日期（{_fmt(later[1].day)}）早于应在其前的{named}",
                                  (later[0], later[1].quote), *((d, own.quote) for d, own in after)))
    return found


def hearing_request(file: CaseFileReading, rule: Rule) -> list[Finding]:
    notice, decision = file.dated(T.PRIOR_NOTICE), file.dated(T.PENALTY_DECISION)
    if not (notice and decision) or file.first(T.HEARING_RECORD):
        return []
    version = rule.version_on(notice[1].day)
    ends = period_end(notice[1].day, version.days, version.working)
    if decision[1].day > ends:
        return []
    kind = "个工作日" if version.working else "日"
    return [_finding(rule, notice[1].day, f"告知书 {_fmt(notice[1].day)} 作出，当事人可在 {version.days} {kind}内（至 {_fmt(ends)}）"
                     f"要求听证，处罚决定却在 {_fmt(decision[1].day)} 作出", (notice[0], notice[1].quote), (decision[0], decision[1].quote))]


def hearing_notice(file: CaseFileReading, rule: Rule) -> list[Finding]:
    notice = file.dated(T.HEARING_NOTICE)
    if notice is None:
        return []
    document, sent = notice
    held = file.dated(T.HEARING_RECORD)
    hearing = held[1] if held else next((d for d in document.dates if d.day > sent.day), None)
    if hearing is None:
        return []
    version = rule.version_on(sent.day)
    gap = days_between(sent.day, hearing.day, version.working)
    if gap >= version.days:
        return []
    kind = "个工作日" if version.working else "日"
    return [_finding(rule, sent.day, f"听证通知 {_fmt(sent.day)} 发出，距听证（{_fmt(hearing.day)}）仅 {gap} {kind}，应在七日前通知",
                     (document, sent.quote), (held[0] if held else document, hearing.quote))]


def decision_limit(file: CaseFileReading, rule: Rule) -> list[Finding]:
    filing, decision = file.dated(T.FILING_APPROVAL), file.dated(T.PENALTY_DECISION)
    if not (filing and decision) or "延长" in file.text:
        return []
    version = rule.version_on(filing[1].day)
    limit = add_months(filing[1].day, version.months) if version.months else filing[1].day + timedelta(days=version.days)
    if decision[1].day <= limit:
        return []
    span = f"{version.months} 个月" if version.months else f"{version.days} 日"
    return [_finding(rule, filing[1].day, f"{_fmt(filing[1].day)} 立案，{_fmt(decision[1].day)} 才作出处罚决定，超过 {span}（至 {_fmt(limit)}），案卷未见延长期限的记录",
                     (filing[0], filing[1].quote), (decision[0], decision[1].quote))]


def _receipt_for(file: CaseFileReading, served: T, after: date) -> tuple[DocumentFacts, Dated | None] | None:
    receipts = [r for r in file.of(T.SERVICE_RECEIPT) if r.text.strip()]  # a scan not yet read says nothing
    named = [r for r in receipts if served.label in r.text]
    dated_after = [r for r in receipts if r.signed_on and r.signed_on.day >= after]
    chosen = (named or dated_after or [None])[0]
    return (chosen, chosen.signed_on) if chosen else None


def service(file: CaseFileReading, rule: Rule) -> list[Finding]:
    decision = file.dated(T.PENALTY_DECISION)
    if decision is None:
        return []
    receipt = _receipt_for(file, T.PENALTY_DECISION, decision[1].day)
    if receipt is None:
        if file.of(T.SERVICE_RECEIPT):  # receipts there, none of them readable: nothing to say
            return []
        return [_finding(rule, decision[1].day, "卷内没有处罚决定书的送达回证", (decision[0], decision[1].quote))]
    document, served = receipt
    if served is None:
        return [_finding(rule, decision[1].day, f"{document.title}未注明送达日期", (document, _opening(document)))]
    version = rule.version_on(decision[1].day)
    ends = period_end(decision[1].day, version.days, version.working)
    if served.day <= ends:
        return []
    kind = "个工作日" if version.working else "日"
    return [_finding(rule, decision[1].day, f"处罚决定 {_fmt(decision[1].day)} 作出，{_fmt(served.day)} 才送达，超过 {version.days} {kind}（至 {_fmt(ends)}）",
                     (decision[0], decision[1].quote), (document, served.quote))]


def officers(file: CaseFileReading, rule: Rule) -> list[Finding]:
    found = []
    for record in file.of(T.INSPECTION_RECORD, T.INTERVIEW_RECORD):
        numbers = {q.text for q in record.certificates}
        if len(numbers) < 2:
            quote = record.certificates[0] if record.certificates else _opening(record)
            found.append(_finding(rule, record.signed_on.day if record.signed_on else None,
                                  f"{record.title}载明的执法证件号码 {len(numbers)} 个，应有两名以上执法人员及其证件号码", (record, quote)))
    return found


def interview_time(file: CaseFileReading, rule: Rule) -> list[Finding]:
    found = []
    for record in file.of(T.INTERVIEW_RECORD):
        span = next(iter(record.spans), None)
        day = record.signed_on.day if record.signed_on else None
        if span is None or span.end is None:
            quote = span.quote if span else (record.signed_on.quote if record.signed_on else _opening(record))
            found.append(_finding(rule, day, f"{record.title}未载明询问的起止时间（精确到分钟）", (record, quote)))
        elif span.end <= span.start:
            found.append(_finding(rule, day, f"{record.title}的询问结束时间（{span.end:%H:%M}）不晚于开始时间（{span.start:%H:%M}）", (record, span.quote)))
    return found


REDUCED = re.compile(r"陈述|申辩|采纳|减轻|从轻")


def fine(file: CaseFileReading, rule: Rule) -> list[Finding]:
    found = []
    decision, notice = file.first(T.PENALTY_DECISION), file.first(T.PRIOR_NOTICE)
    day = decision.signed_on.day if decision and decision.signed_on else None
    for document in (notice, decision):
        for each in document.fines if document else ():
            if each.capital is not None and each.capital != each.amount:
                found.append(_finding(rule, day, f"{document.title}的罚款金额 {each.amount:,} 元与大写金额 {each.capital:,} 元不符", (document, each.quote)))
    if decision and notice and decision.fines and notice.fines:
        told, decided = max(notice.fines, key=lambda f: f.amount), max(decision.fines, key=lambda f: f.amount)
        if decided.amount > told.amount or (decided.amount < told.amount and not REDUCED.search(decision.text)):
            found.append(_finding(rule, day, f"告知书拟罚款 {told.amount:,} 元，决定书罚款 {decided.amount:,} 元"
                                  + ("，且未说明减少的理由" if decided.amount < told.amount else "，高于告知的数额"),
                                  (notice, told.quote), (decision, decided.quote)))
    return found


def party(file: CaseFileReading, rule: Rule) -> list[Finding]:
    seen: dict[str, tuple[DocumentFacts, Quote]] = {}
    for document in file.documents:
        for code, quote in document.credit_codes:
            seen.setdefault(code, (document, quote))
    if len(seen) < 2:
        return []
    decision = file.dated(T.PENALTY_DECISION)
    return [_finding(rule, decision[1].day if decision else None,
                     # the codes themselves only in the evidence: a shipped lead must not carry them
                     f"各文书载明的统一社会信用代码不一致（{len(seen)} 个）：见" + "、".join(d.title for d, _ in seen.values()),
                     *seen.values())]


PROCEDURAL = ("行政处罚法", "行政复议法", "行政诉讼法", "行政强制法", "行政处罚办法", "处罚办法", "裁量")


def articles(file: CaseFileReading, rule: Rule) -> list[Finding]:
    notice, decision = file.first(T.PRIOR_NOTICE), file.first(T.PENALTY_DECISION)
    if not (notice and decision):
        return []
    substantive = lambda cited: {a for a in cited if not any(p in a for p in PROCEDURAL)}  # noqa: E731
    told, decided = substantive(notice.articles), substantive(decision.articles)
    if not told or not decided or told == decided:
        return []
    day = decision.signed_on.day if decision.signed_on else None
    missing, added = sorted(told - decided), sorted(decided - told)
    parts = ([f"告知书引用而决定书未引用：{'、'.join(missing)}"] if missing else []) + \
            ([f"决定书引用而告知书未引用：{'、'.join(added)}"] if added else [])
    return [_finding(rule, day, "；".join(parts), (notice, Quote(1, "、".join(sorted(told))[:120])),
                     (decision, Quote(1, "、".join(sorted(decided))[:120])))]


DAYS_COUNTED = re.compile(r"计罚日数[为:：]?\s*(\d+)\s*[日天]")
ORIGINAL = re.compile(r"原处罚决定[^。；]{0,60}?罚款[^0-9。；]{0,8}([0-9][0-9,]*(?:\.\d+)?)\s*(万)?\s*元")
TOTAL = re.compile(r"(?:罚款总额|共计罚款|罚款合计|按日连续处罚罚款)[^0-9。；]{0,10}([0-9][0-9,]*(?:\.\d+)?)\s*(万)?\s*元")


def _amount(match: re.Match) -> Decimal:
    return Decimal(match.group(1).replace(",", "")) * (10000 if match.group(2) else 1)


def daily_penalty(file: CaseFileReading, rule: Rule) -> list[Finding]:
    order_doc, recheck, decision = file.dated(T.ORDER_TO_CORRECT), file.dated(T.REINSPECTION_RECORD), file.first(T.DAILY_PENALTY_DECISION)
    if order_doc is None:
        return []
    receipt = _receipt_for(file, T.ORDER_TO_CORRECT, order_doc[1].day)
    served = receipt[1] if receipt and receipt[1] and T.ORDER_TO_CORRECT.label in receipt[0].text else order_doc[1]
    served_in = receipt[0] if served is not order_doc[1] else order_doc[0]
    version = rule.version_on(served.day)
    found = []
    if recheck:
        limit = served.day + timedelta(days=version.days)
        if recheck[1].day > limit:
            found.append(_finding(rule, served.day, f"责令改正决定书 {_fmt(served.day)} 送达，{_fmt(recheck[1].day)} 才复查，超过三十日",
                                  (served_in, served.quote), (recheck[0], recheck[1].quote)))
    if decision:
        counted = DAYS_COUNTED.search(decision.text)
        if recheck and counted and int(counted.group(1)) != (recheck[1].day - served.day).days:
            found.append(_finding(rule, served.day, f"计罚日数 {counted.group(1)} 日，自送达次日（{_fmt(served.day + timedelta(days=1))}）"
                                  f"至复查之日（{_fmt(recheck[1].day)}）应为 {(recheck[1].day - served.day).days} 日",
                                  (decision, Quote(1, counted.group(0))), (recheck[0], recheck[1].quote)))
        original, total = ORIGINAL.search(decision.text), TOTAL.search(decision.text)
        if counted and original and total and _amount(original) * int(counted.group(1)) != _amount(total):
            found.append(_finding(rule, served.day, f"罚款总额 {_amount(total):,} 元，不等于原罚款 {_amount(original):,} 元乘以计罚日数 {counted.group(1)} 日",
                                  (decision, Quote(1, total.group(0)))))
    return found


def court(file: CaseFileReading, rule: Rule) -> list[Finding]:
    reminder, application = file.dated(T.ENFORCEMENT_REMINDER), file.dated(T.ENFORCEMENT_APPLICATION)
    if application is None:
        return []
    version = rule.version_on(application[1].day)
    found = []
    if reminder and (application[1].day - reminder[1].day).days < version.days:
        found.append(_finding(rule, application[1].day, f"催告书 {_fmt(reminder[1].day)} 发出，{_fmt(application[1].day)} 即申请强制执行，未满十日",
                              (reminder[0], reminder[1].quote), (application[0], application[1].quote)))
    decision = file.dated(T.PENALTY_DECISION)
    if decision:
        receipt = _receipt_for(file, T.PENALTY_DECISION, decision[1].day)
        served = receipt[1].day if receipt and receipt[1] else decision[1].day
        appeal_ends = add_months(served, 6)  # 行政诉讼法第四十六条: six months to sue
        limit = add_months(appeal_ends, version.months)
        if application[1].day <= appeal_ends:  # 第五十三条: only once the party let the periods pass
            found.append(_finding(rule, application[1].day, f"决定书 {_fmt(served)} 送达，起诉期限至 {_fmt(appeal_ends)} 才届满，"
                                  f"{_fmt(application[1].day)} 即申请强制执行", (decision[0], decision[1].quote), (application[0], application[1].quote)))
        elif application[1].day > limit:
            found.append(_finding(rule, application[1].day, f"起诉期限 {_fmt(appeal_ends)} 届满，{_fmt(application[1].day)} 才申请强制执行，超过三个月（至 {_fmt(limit)}）",
                                  (decision[0], decision[1].quote), (application[0], application[1].quote)))
    return found


def overlap_message(first: OfficerSpan, second: OfficerSpan, shared: frozenset[str], here: str) -> str:
    """Said from the file `here`: the other file is named by its anonymous code only."""
    def where(span: OfficerSpan) -> str:
        own = "" if span.case_code == here else f"案卷 {span.case_code} 的"
        return f"{own}{span.document}（{span.start:%Y年%m月%d日 %H:%M}—{span.end:%H:%M}）"
    return f"执法人员{'、'.join(sorted(shared))}同时出现在{where(first)}和{where(second)}，时间重叠，请核实笔录是否如实制作"


def overlap_within(file: CaseFileReading, rule: Rule) -> list[Finding]:
    """Within the file; across the round's files, precheck/run.py compares every file's spans."""
    spans = officer_spans("", file.documents)
    by_title = {d.title: d for d in file.documents}
    return [_finding(rule, first.start.date(), overlap_message(first, second, shared, ""),
                     (by_title[first.document], first.quote), (by_title[second.document], second.quote))
            for first, second, shared in overlapping(spans)]


CHECKS: dict[str, Callable[[CaseFileReading, Rule], list[Finding]]] = {
    "PC-ORDER": order,
    "PC-HEARING-REQUEST": hearing_request,
    "PC-HEARING-NOTICE": hearing_notice,
    "PC-DECISION-LIMIT": decision_limit,
    "PC-SERVICE": service,
    "PC-OFFICERS": officers,
    "PC-INTERVIEW-TIME": interview_time,
    "PC-FINE": fine,
    "PC-PARTY": party,
    "PC-ARTICLES": articles,
    "PC-DAILY": daily_penalty,
    "PC-OVERLAP": overlap_within,
    "PC-COURT": court,
}


def precheck_case_file(documents: Iterable[CaseDocument], base: RuleBase | None = None,
                       reading: CaseFileReading | None = None) -> list[Finding]:
    """Every rule of the base over one case file's documents (read already, when given)."""
    base = base or rule_base()
    reading = reading or CaseFileReading(documents)
    return [finding for rule_id, rule in base.rules.items() for finding in CHECKS[rule_id](reading, rule)]
