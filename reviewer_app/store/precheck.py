"""The pre-check's leads in the database: per case file, what the rules found (rule, message,
rubric items, legal source, and the documents, pages and words), with the basis they were found
on, so that a run after a crash or a change rereads only the files whose documents or rules changed."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewer_app.core.precheck.rules import Finding
from reviewer_app.store.schema import CaseFileRecord, PrecheckFindingRecord, RoundRecord


@dataclass(frozen=True)
class StoredLead:
    case_code: str
    unit: str
    rule: str
    message: str
    items: tuple[str, ...]
    source: str
    evidence: tuple[dict, ...]  # {"document": title, "position": n, "page": p, "quote": text}


def save_findings(session: Session, case_file: CaseFileRecord, findings: list[Finding], basis: str) -> None:
    """Replace one case file's leads by these (all or nothing, in the caller's transaction)."""
    positions = {d.title: d.position for d in case_file.documents}
    session.execute(delete(PrecheckFindingRecord).where(PrecheckFindingRecord.case_file_id == case_file.id))
    session.add_all(PrecheckFindingRecord(
        case_file_id=case_file.id, rule=f.rule, message=f.message, items=",".join(f.items), source=f.source,
        evidence=json.dumps([{"document": e.document, "position": positions.get(e.document), "page": e.quote.page,
                              "quote": e.quote.text} for e in f.evidence], ensure_ascii=False))
        for f in findings)
    case_file.precheck_basis = basis


def stored_leads(session: Session, round_record: RoundRecord) -> list[StoredLead]:
    rows = session.execute(
        select(CaseFileRecord.code, CaseFileRecord.unit_id, PrecheckFindingRecord)
        .join(PrecheckFindingRecord, PrecheckFindingRecord.case_file_id == CaseFileRecord.id)
        .where(CaseFileRecord.round_id == round_record.id).order_by(CaseFileRecord.code, PrecheckFindingRecord.id))
    units = {u.id: u.name for u in round_record.units}
    return [StoredLead(code, units.get(unit_id, ""), r.rule, r.message, tuple(i for i in r.items.split(",") if i), r.source,
                       tuple(json.loads(r.evidence))) for code, unit_id, r in rows]
