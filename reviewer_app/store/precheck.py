"""The pre-check's leads in the database: per case file, what the rules found (rule, message,
rubric items, legal source, and the documents, pages and words), with the basis they were found
on, so that a run after a crash or a change rereads only the files whose documents or rules changed.

A lead travels to the file's reviewers in their package (quoting only what the shipped copy
still shows), comes back with each reviewer's 已核实 or 不成立, and is never a deduction."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.core.precheck.overlap import OfficerSpan, overlapping
from reviewer_app.core.precheck.reading import Quote, fold
from reviewer_app.core.precheck.rule_base import rule_base
from reviewer_app.core.precheck.rules import Finding, overlap_message
from reviewer_app.store.schema import CaseFileRecord, DocumentRecord, PrecheckFindingRecord, RoundRecord

VERDICTS = {"confirmed": "已核实", "dismissed": "不成立"}


class PrecheckError(ValueError):
    pass


@dataclass(frozen=True)
class StoredLead:
    id: int
    case_code: str
    unit: str
    rule: str
    message: str
    items: tuple[str, ...]
    source: str
    evidence: tuple[dict, ...]  # {"document": title, "position": n, "page": p, "quote": text}
    verdict: str = ""  # a reviewer's copy: confirmed | dismissed | ""
    verdicts: dict[str, str] = field(default_factory=dict)  # the secretariat: reviewer -> verdict


def _keep_or_add(session: Session, case_file_id: int, across: bool, found: list[dict]) -> None:
    """The file's leads (of one kind) made these: a lead found again keeps its record, its id and
    the answers given to it (reviewers answer by id); the rest are added or removed."""
    kept = {(r.rule, r.message): r for r in session.scalars(select(PrecheckFindingRecord).where(
        PrecheckFindingRecord.case_file_id == case_file_id, PrecheckFindingRecord.across.is_(across)))}
    for lead in found:
        record = kept.pop((lead["rule"], lead["message"]), None)
        if record is None:
            session.add(PrecheckFindingRecord(case_file_id=case_file_id, across=across, **lead))
        else:
            record.items, record.source, record.evidence = lead["items"], lead["source"], lead["evidence"]
    for gone in kept.values():
        session.delete(gone)


def save_findings(session: Session, case_file: CaseFileRecord, findings: list[Finding], basis: str) -> None:
    """Replace one case file's leads by these (all or nothing, in the caller's transaction)."""
    positions = {d.title: d.position for d in case_file.documents}
    _keep_or_add(session, case_file.id, False, [dict(
        rule=f.rule, message=f.message, items=",".join(f.items), source=f.source,
        evidence=json.dumps([{"document": e.document, "position": positions.get(e.document), "page": e.quote.page,
                              "quote": e.quote.text} for e in f.evidence], ensure_ascii=False)) for f in findings])
    case_file.precheck_basis = basis


def _lead(code: str, unit: str, record: PrecheckFindingRecord) -> StoredLead:
    return StoredLead(record.id, code, unit, record.rule, record.message, tuple(i for i in record.items.split(",") if i),
                      record.source, tuple(json.loads(record.evidence)), record.verdict,
                      json.loads(record.verdicts) if record.verdicts else {})


def stored_leads(session: Session, round_record: RoundRecord, case_file_id: int | None = None) -> list[StoredLead]:
    query = (select(CaseFileRecord.code, CaseFileRecord.unit_id, PrecheckFindingRecord)
             .join(PrecheckFindingRecord, PrecheckFindingRecord.case_file_id == CaseFileRecord.id)
             .where(CaseFileRecord.round_id == round_record.id))
    if case_file_id is not None:
        query = query.where(CaseFileRecord.id == case_file_id)
    units = {u.id: u.name for u in round_record.units}
    return [_lead(code, units.get(unit_id, ""), record)
            for code, unit_id, record in session.execute(query.order_by(CaseFileRecord.code, PrecheckFindingRecord.id))]


def _folded(text: str) -> str:
    return "".join(fold(text).split())


def leads_to_ship(session: Session, case_file: CaseFileRecord, shipped_page_text: Callable[[DocumentRecord, int], str],
                  masked: Callable[[str], str]) -> list[dict]:
    """The file's leads as its reviewers' package carries them: a quote only where the shipped
    copy's page still shows it (what redaction boxed is not quoted), and the message with every
    sensitive term masked (`masked`, the round's leak terms)."""
    documents = {d.position: d for d in case_file.documents}
    shipped = []
    for record in session.scalars(select(PrecheckFindingRecord).where(PrecheckFindingRecord.case_file_id == case_file.id)
                                  .order_by(PrecheckFindingRecord.id)):
        evidence = []
        for entry in json.loads(record.evidence):
            document = documents.get(entry["position"])
            if document is None or entry.get("case", case_file.code) != case_file.code:
                continue  # another file's page: not in this reviewer's package
            quote = entry["quote"] if _folded(entry["quote"]) in _folded(shipped_page_text(document, entry["page"])) else ""
            evidence.append({"document": document.exchange_sha256, "page": entry["page"], "quote": masked(quote)[:200]})
        shipped.append({"id": record.id, "rule": record.rule, "message": masked(record.message)[:500],
                        "items": [i for i in record.items.split(",") if i], "source": record.source[:300], "evidence": evidence})
    return shipped


def receive_leads(session: Session, case_file: CaseFileRecord, leads: list[dict]) -> None:
    """A package's leads into the reviewer's copy, their evidence by the copy's documents."""
    by_hash = {d.sha256: d for d in case_file.documents}
    for lead in leads:
        evidence = [{"document": by_hash[e["document"]].title, "position": by_hash[e["document"]].position,
                     "page": e["page"], "quote": e["quote"]} for e in lead["evidence"] if e["document"] in by_hash]
        session.add(PrecheckFindingRecord(case_file=case_file, origin_id=lead["id"], rule=lead["rule"], message=lead["message"],
                                          items=",".join(lead["items"]), source=lead["source"],
                                          evidence=json.dumps(evidence, ensure_ascii=False)))


def set_verdict(session: Session, lead_id: int, verdict: str) -> None:
    """The reviewer's answer to a lead: 已核实 (confirmed), 不成立 (dismissed), or back to open ("")."""
    if verdict not in ("", *VERDICTS):
        raise PrecheckError(f"“{verdict}”不是预审提示的核实结论")
    session.get(PrecheckFindingRecord, lead_id).verdict = verdict


def verdicts_to_return(session: Session, case_file_ids: list[int]) -> list[dict]:
    """What a reviewer's return carries: the answered leads of their files, by the secretariat's id."""
    return [{"id": origin, "verdict": verdict} for origin, verdict in session.execute(
        select(PrecheckFindingRecord.origin_id, PrecheckFindingRecord.verdict).where(
            PrecheckFindingRecord.case_file_id.in_(case_file_ids), PrecheckFindingRecord.verdict != "",
            PrecheckFindingRecord.origin_id.is_not(None)).order_by(PrecheckFindingRecord.origin_id))]


def record_verdicts(session: Session, round_record: RoundRecord, reviewer: str, case_file_ids: set[int],
                    verdicts: list[dict]) -> int:
    """A return's verdicts at the secretariat: only on leads of the files the reviewer was given."""
    recorded = 0
    for entry in verdicts:
        record = session.get(PrecheckFindingRecord, entry["id"])
        if record is None or record.case_file_id not in case_file_ids or entry["verdict"] not in VERDICTS:
            continue  # a lead since re-run away, or not this reviewer's: ignored, never an error
        answers = json.loads(record.verdicts) if record.verdicts else {}
        answers[reviewer] = entry["verdict"]
        record.verdicts = json.dumps(answers, ensure_ascii=False, sort_keys=True)
        recorded += 1
    return recorded


def spans_json(spans: list[OfficerSpan]) -> str:
    return json.dumps([{"document": s.document, "officers": sorted(s.officers), "start": s.start.isoformat(),
                        "end": s.end.isoformat(), "page": s.quote.page, "quote": s.quote.text} for s in spans], ensure_ascii=False)


def save_overlaps_across(session: Session, round_record: RoundRecord) -> int:
    """One officer in two files' records at once: a lead on each file, redone from every file's
    stored spans (a file changed changes what the others are compared with). Returns the leads."""
    from datetime import datetime

    spans, cases = [], {}
    for case in round_record.case_files_only:
        cases[case.code] = case
        for entry in json.loads(case.precheck_spans or "[]"):
            spans.append(OfficerSpan(case.code, entry["document"], frozenset(entry["officers"]), datetime.fromisoformat(entry["start"]),
                                     datetime.fromisoformat(entry["end"]), Quote(entry["page"], entry["quote"])))
    rule = rule_base()["PC-OVERLAP"]
    found: dict[str, list[dict]] = {code: [] for code in cases}
    for first, second, shared in overlapping(spans):
        if first.case_code == second.case_code:
            continue  # within one file: that file's own check says so
        for here in (first.case_code, second.case_code):
            positions = {d.title: d.position for d in cases[here].documents}
            evidence = [{"document": s.document, "position": positions.get(s.document) if s.case_code == here else None,
                         "page": s.quote.page, "quote": s.quote.text, "case": s.case_code} for s in (first, second)]
            found[here].append(dict(rule=rule.id, message=overlap_message(first, second, shared, here), items=",".join(rule.items),
                                    source=rule.version_on(first.start.date()).source,
                                    evidence=json.dumps(evidence, ensure_ascii=False)))
    for code, leads in found.items():
        _keep_or_add(session, cases[code].id, True, leads)
    return sum(len(leads) for leads in found.values())
