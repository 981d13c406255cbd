"""Anonymising a round's documents: the term list, proposed boxes, the secretariat's
decisions, the shipped copies, and the leak check that guards every package build."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.anonymise.leak_check import Leak, leaks_in_pdf
from reviewer_app.anonymise.redact import redact_document
from reviewer_app.anonymise.search import Box, search_terms
from reviewer_app.anonymise.terms import expand
from reviewer_app.store.rounds import audit
from reviewer_app.store.schema import (
    CaseFileRecord,
    DocumentRecord,
    PageReviewRecord,
    RedactionRecord,
    RoundRecord,
    SensitiveTermRecord,
)

PROPOSED, ACCEPTED, REJECTED = "proposed", "accepted", "rejected"


def prefill_terms(session: Session, round_record: RoundRecord) -> list[str]:
    """Unit names, their regions, reviewers and team members: the list starts with these."""
    wanted = [(u.name, "unit") for u in round_record.units] + [(u.region, "region") for u in round_record.units]
    for reviewer in round_record.reviewers:
        wanted += [(reviewer.name, "reviewer")] + [(m, "reviewer") for m in reviewer.members.splitlines() if m]
    return add_terms(session, round_record, wanted)


def add_terms(session: Session, round_record: RoundRecord, terms: list[tuple[str, str]]) -> list[str]:
    existing = set(session.scalars(select(SensitiveTermRecord.term).where(SensitiveTermRecord.round_id == round_record.id)))
    added = []
    for term, source in terms:
        term = term.strip()
        if term and term not in existing:
            session.add(SensitiveTermRecord(round_id=round_record.id, term=term, source=source))
            existing.add(term)
            added.append(term)
    if added and any(source == "manual" for _, source in terms):
        audit(session, "秘书处", "add_terms", "、".join(added))
    return added


@dataclass(frozen=True)
class StoredTerm:
    term: str
    source: str  # unit, region, reviewer, manual

    @property
    def fixed(self) -> bool:
        """Unit and region names are always searched for, listed or not."""
        return self.source in ("unit", "region")


def stored_terms(session: Session, round_record: RoundRecord) -> list[StoredTerm]:
    records = session.scalars(select(SensitiveTermRecord).where(SensitiveTermRecord.round_id == round_record.id)
                              .order_by(SensitiveTermRecord.id))
    return [StoredTerm(r.term, r.source) for r in records]


def remove_term(session: Session, round_record: RoundRecord, term: str) -> None:
    record = session.scalars(select(SensitiveTermRecord).where(SensitiveTermRecord.round_id == round_record.id,
                                                               SensitiveTermRecord.term == term)).first()
    if record is None:
        raise LookupError(f"敏感词列表中没有“{term}”")
    if StoredTerm(record.term, record.source).fixed:
        raise ValueError(f"“{term}”是参评单位或地区名称，始终作为敏感词检索，不能删除")
    session.delete(record)
    audit(session, "秘书处", "remove_term", term)


def round_terms(session: Session, round_record: RoundRecord) -> list[str]:
    """The stored list, always with the unit and region names, expanded to place names."""
    stored = session.scalars(select(SensitiveTermRecord.term).where(SensitiveTermRecord.round_id == round_record.id))
    always = [u.name for u in round_record.units] + [u.region for u in round_record.units]
    return expand([*stored, *always])


def _documents(session: Session, round_record: RoundRecord) -> list[DocumentRecord]:
    return list(session.scalars(select(DocumentRecord).join(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id)
                                .order_by(CaseFileRecord.code, DocumentRecord.position)))


def propose_redactions(session: Session, round_record: RoundRecord, round_folder: Path) -> int:
    """Search every document for the terms; replace earlier proposals; mark scanned pages."""
    terms = round_terms(session, round_record)
    count = 0
    for document in _documents(session, round_record):
        for old in [r for r in document.redactions if r.source == "auto" and r.status == PROPOSED]:
            document.redactions.remove(old)
        result = search_terms(round_folder / document.path, terms)
        # A box already decided (accepted or rejected) is not proposed again.
        decided = {(r.page, r.term, round(r.left), round(r.bottom), round(r.right)) for r in document.redactions}
        for proposal in result.proposals:
            box = proposal.box
            if (proposal.page, proposal.term, round(box.left), round(box.bottom), round(box.right)) in decided:
                continue
            document.redactions.append(RedactionRecord(
                page=proposal.page, left=proposal.box.left, bottom=proposal.box.bottom, right=proposal.box.right,
                top=proposal.box.top, term=proposal.term, source="auto", status=PROPOSED))
            count += 1
        for page in result.pages_without_text:
            if session.get(PageReviewRecord, (document.id, page)) is None:
                session.add(PageReviewRecord(document_id=document.id, page=page, reviewed=False))
    session.flush()
    return count


def decide(session: Session, redaction_id: int, accept: bool) -> None:
    session.get(RedactionRecord, redaction_id).status = ACCEPTED if accept else REJECTED


def accept_all_proposals(session: Session, round_record: RoundRecord) -> int:
    proposals = [r for d in _documents(session, round_record) for r in d.redactions if r.status == PROPOSED]
    for redaction in proposals:
        redaction.status = ACCEPTED
    return len(proposals)


def draw_box(session: Session, document_id: int, page: int, box: Box, note: str = "") -> RedactionRecord:
    record = RedactionRecord(page=page, left=box.left, bottom=box.bottom, right=box.right,
                             top=box.top, term=note, source="manual", status=ACCEPTED)
    document = session.get(DocumentRecord, document_id)  # held: the session keeps objects only weakly
    document.redactions.append(record)  # through the collection, so a loaded one stays current
    session.flush()
    return record


def move_box(session: Session, redaction_id: int, box: Box) -> None:
    """A box dragged to where the name really is; moving a proposal accepts it."""
    record = session.get(RedactionRecord, redaction_id)
    record.left, record.bottom, record.right, record.top = box.left, box.bottom, box.right, box.top
    record.status = ACCEPTED
    session.flush()


def remove_box(session: Session, redaction_id: int) -> None:
    record = session.get(RedactionRecord, redaction_id)
    document = record.document
    document.redactions.remove(record)
    session.flush()


def mark_reviewed(session: Session, document_id: int, page: int) -> None:
    record = session.get(PageReviewRecord, (document_id, page))
    if record is not None:
        record.reviewed = True


@dataclass(frozen=True)
class Readiness:
    open_proposals: int
    pages_to_review: int

    @property
    def ready(self) -> bool:
        return self.open_proposals == 0 and self.pages_to_review == 0


def readiness(session: Session, round_record: RoundRecord) -> Readiness:
    documents = _documents(session, round_record)
    ids = [d.id for d in documents]
    unreviewed = session.scalars(select(PageReviewRecord).where(PageReviewRecord.document_id.in_(ids), PageReviewRecord.reviewed.is_(False))).all()
    return Readiness(sum(1 for d in documents for r in d.redactions if r.status == PROPOSED), len(unreviewed))


def produce_shipped_copies(session: Session, round_record: RoundRecord, round_folder: Path) -> int:
    """Write the anonymised copy of every document (accepted boxes burned in, metadata gone)."""
    for document in _documents(session, round_record):
        boxes: dict[int, list[Box]] = {}
        for r in document.redactions:
            if r.status == ACCEPTED:
                boxes.setdefault(r.page, []).append(Box(r.left, r.bottom, r.right, r.top))
        relative = f"shipped/{document.case_file.code}/{document.position:02d}.pdf"
        redact_document(round_folder / document.path, boxes, round_folder / relative)
        document.package_path = relative
        document.package_sha256 = hashlib.sha256((round_folder / relative).read_bytes()).hexdigest()
    audit(session, "秘书处", "produce_shipped_copies", f"{round_record.name}")
    return len(_documents(session, round_record))


def leak_check(session: Session, round_record: RoundRecord, round_folder: Path) -> list[Leak]:
    """Every sensitive term found in what packages would ship (the anonymised copies where
    they exist, else the originals), in text, metadata or file names."""
    terms = round_terms(session, round_record)
    leaks: list[Leak] = []
    for document in _documents(session, round_record):
        path = round_folder / (document.package_path or document.path)
        name = f"{document.case_file.code} {document.position:02d} {document.title}"
        leaks += leaks_in_pdf(name, path.read_bytes(), terms)
    return leaks
