"""Anonymising a round's documents: the term list, proposed boxes, the secretariat's
decisions, the shipped copies, and the leak check that guards every package build."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Collection

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer_app.anonymise import ocr
from reviewer_app.anonymise.box import Box
from reviewer_app.anonymise.leak_check import LEAK_CHECK_VERSION, Leak, ScanRequest, scan_shipped_file
from reviewer_app.anonymise.detectors import ADDRESS as ADDRESS_RULE
from reviewer_app.anonymise.detectors import PLACE as PLACE_RULE
from reviewer_app.anonymise.leak_classes import CLASSES as LEAK_CLASSES
from reviewer_app.anonymise.rebuild import REBUILD_VERSION, RebuildRequest, Rebuilt, rebuild_document
from reviewer_app.anonymise.survey import SEAL_RULE, CaseFileSurveyRequest, DocumentSurvey, SurveyRequest, survey_case_file
from reviewer_app.anonymise.terms import expand
from reviewer_app.pdf.trial_pool import Outcome, Progress, Task, run_in_workers
from reviewer_app.store.database import Database
from reviewer_app.core.document_typing import type_of_document
from reviewer_app.core.vocabulary import DocumentType
from reviewer_app.store.rounds import audit, only_round, scoring_started
from reviewer_app.store.schema import (
    AwardCandidateRecord,
    CaseFileRecord,
    DocumentRecord,
    LeakRulingRecord,
    OcrPageRecord,
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


def _documents(session: Session, round_record: RoundRecord,
               case_file_ids: Collection[int] | None = None) -> list[DocumentRecord]:
    """The round's documents in case-code order; only those case files', when given."""
    query = select(DocumentRecord).join(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id)
    if case_file_ids is not None:
        query = query.where(CaseFileRecord.id.in_(sorted(case_file_ids)))
    return list(session.scalars(query.order_by(CaseFileRecord.code, DocumentRecord.position)))


@dataclass(frozen=True)
class ProposeReport:
    proposals: int  # new proposals
    pages_to_look: int  # pages newly offered for a look
    problems: list[str]  # documents that could not be searched, each with why


@dataclass(frozen=True)
class OcrReport:
    pages: int  # scanned pages read this time (pages read before are kept, not read again)
    problems: list[str]


def _ocr_key(document: DocumentRecord, page: int) -> str:
    return hashlib.sha256(f"{document.sha256}:{page}:{ocr.OCR_VERSION}".encode()).hexdigest()


def _read_pages(document: DocumentRecord, cached: dict[str, bytes]) -> dict[int, bytes]:
    """What OCR read on this document's pages, from the round's cache: page -> packed lines."""
    keys = {page: _ocr_key(document, page) for page in range(1, document.pages + 1)}
    return {page: cached[key] for page, key in keys.items() if key in cached}


def ocr_text(session: Session, document: DocumentRecord) -> dict[int, str]:
    """What OCR read on the document's scanned pages, as text by page (pages never read: absent)."""
    keys = {_ocr_key(document, page): page for page in range(1, document.pages + 1)}
    found = session.execute(select(OcrPageRecord.key, OcrPageRecord.lines).where(OcrPageRecord.key.in_(list(keys))))
    return {keys[key]: "\n".join(line.text for line in ocr.unpack(blob)) for key, blob in found}


def _document_label(document: DocumentRecord) -> str:
    return f"{document.case_file.code} {document.position:02d} {document.title}"


def read_scanned_pages(database: Database, round_folder: Path, progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> OcrReport:
    """Read every scanned page not read before by OCR, in worker processes (one engine each),
    committing each document's pages as they arrive: after a crash or cancel (Cancelled is
    raised) it goes on where it stopped. Proposals are made from what it read by
    propose_redactions; until then a scan is offered for a look as unread."""
    if not ocr.available():
        raise RuntimeError("本程序未安装文字识别组件（rapidocr-onnxruntime），无法识别扫描页")
    with database.session() as session:
        round_record = only_round(session)
        cached = set(session.scalars(select(OcrPageRecord.key)))
        tasks = []
        for document in _documents(session, round_record):
            done = tuple(page for page in range(1, document.pages + 1) if _ocr_key(document, page) in cached)
            if len(done) < document.pages:
                tasks.append(Task(document.id, _document_label(document),
                                  ocr.ScanReading(str(round_folder / document.path), done), 120 + 30 * document.pages))
    read = {"pages": 0}
    problems: list[str] = []

    def record(task: Task, outcome: Outcome) -> None:
        if outcome.problem is not None:
            problems.append(f"{task.label}：{outcome.problem}")
            return
        with database.session() as session:
            document = session.get(DocumentRecord, task.key)
            for page, blob in outcome.result.items():
                session.merge(OcrPageRecord(key=_ocr_key(document, page), lines=blob))
            if 1 in outcome.result:
                retype_from_first_page(session, document, ocr.page_text(ocr.unpack(outcome.result[1]))[0])
        read["pages"] += len(outcome.result)

    run_in_workers(tasks, ocr.read_scanned_pages, progress, workers, record, cancelled)
    return OcrReport(read["pages"], problems)


def retype_from_first_page(session: Session, document: DocumentRecord, first_page: str) -> None:
    """A scan typed by its file name (扫描件001.pdf says nothing) is typed again by the title OCR
    read on its first page, while nobody has corrected it and no one has scored its case file."""
    if document.type_basis.startswith(("标题", "文号", "秘书处")) or scoring_started(session, document.case_file.round):
        return
    typing = type_of_document(first_page, Path(document.path).name)
    if not typing.basis.startswith(("标题", "文号")):
        return
    if typing.doc_type.value != document.doc_type:
        audit(session, "秘书处", "retype_scan", f"{document.case_file.code} 第 {document.position} 份："
              f"{DocumentType(document.doc_type).label} → {typing.doc_type.label}（{typing.basis}）")
        document.doc_type, document.title = typing.doc_type.value, typing.doc_type.label
    document.type_basis = f"{typing.basis}（文字识别）"[:200]


def propose_redactions(database: Database, round_folder: Path, progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None, workers: int | None = None,
                       detect: bool = True) -> ProposeReport:
    """Survey every case file in worker processes (text layer or what OCR read: terms, patterns
    and the detectors of what identifies; seals), its documents together so that a party or
    person one of them names is looked for in all, and record the proposals and the pages to look
    at, replacing earlier open proposals. Each case file is committed as it finishes, so a crash
    or cancel (Cancelled) keeps what was done. A case file that cannot be read is reported and
    the others go on. With detect=False, the term list and patterns alone (what the product did
    before the detectors: kept to measure them against)."""
    with database.session() as session:
        round_record = only_round(session)
        terms = tuple(round_terms(session, round_record))
        cached = dict(session.execute(select(OcrPageRecord.key, OcrPageRecord.lines)).all())
        by_case: dict[int, list[DocumentRecord]] = {}
        for document in _documents(session, round_record):
            by_case.setdefault(document.case_file_id, []).append(document)
        tasks = []
        for documents in by_case.values():
            request = CaseFileSurveyRequest(tuple(
                (d.id, SurveyRequest(str(round_folder / d.path), terms, _read_pages(d, cached), detect)) for d in documents))
            pages = sum(d.pages for d in documents)
            label = f"{documents[0].case_file.code}（{len(documents)} 份文书）"
            tasks.append(Task(documents[0].case_file_id, label, request, 120 + 3 * pages))
        del cached
    totals = {"proposals": 0, "flags": 0}
    problems: list[str] = []

    def record(task: Task, outcome: Outcome) -> None:
        if outcome.problem is not None:
            problems.append(f"{task.label}：{outcome.problem}")
            return
        surveys: dict[int, DocumentSurvey] = outcome.result
        with database.session() as session:
            for document_id, survey in surveys.items():
                document = session.get(DocumentRecord, document_id)
                if survey.problem is not None:
                    problems.append(f"{_document_label(document)}：{survey.problem}")
                    continue
                totals["proposals"] += _record_proposals(document, survey)
                totals["flags"] += _record_flags(session, document, survey)

    run_in_workers(tasks, survey_case_file, progress, workers, record, cancelled)
    return ProposeReport(totals["proposals"], totals["flags"], problems)


def _record_proposals(document: DocumentRecord, survey: DocumentSurvey) -> int:
    for old in [r for r in document.redactions if r.source == "auto" and r.status == PROPOSED]:
        document.redactions.remove(old)
    # A box already decided (accepted or rejected) is not proposed again.
    decided = {(r.page, r.term, round(r.left), round(r.bottom), round(r.right)) for r in document.redactions}
    count = 0
    for proposal in survey.proposals:
        box = proposal.box
        if (proposal.page, proposal.term, round(box.left), round(box.bottom), round(box.right)) in decided:
            continue
        document.redactions.append(RedactionRecord(
            page=proposal.page, left=box.left, bottom=box.bottom, right=box.right, top=box.top,
            term=proposal.term[:200], rule=proposal.rule[:40], source="auto", status=PROPOSED))
        count += 1
    return count


def _record_flags(session: Session, document: DocumentRecord, survey: DocumentSurvey) -> int:
    """The pages to look at as this survey found them. A page waiting for a look that no longer
    needs one (a scan OCR has now read surely) is taken off; a page looked at stays looked at."""
    waiting = session.scalars(select(PageReviewRecord).where(PageReviewRecord.document_id == document.id,
                                                             PageReviewRecord.reviewed.is_(False)))
    for record in waiting:
        if record.page not in survey.flags:
            session.delete(record)
    added = 0
    for page, reasons in survey.flags.items():
        reason = "；".join(dict.fromkeys(reasons))
        record = session.get(PageReviewRecord, (document.id, page))
        if record is None:
            session.add(PageReviewRecord(document_id=document.id, page=page, reviewed=False, reason=reason))
            added += 1
        elif record.reason != reason and not record.reviewed:
            record.reason = reason
    return added


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


def pages_to_look(session: Session, round_record: RoundRecord) -> list[tuple[DocumentRecord, PageReviewRecord]]:
    """Every page offered for a look and not yet looked at, with its document."""
    rows = session.execute(select(DocumentRecord, PageReviewRecord)
                           .join(PageReviewRecord, PageReviewRecord.document_id == DocumentRecord.id)
                           .join(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id,
                                                       PageReviewRecord.reviewed.is_(False))
                           .order_by(CaseFileRecord.code, DocumentRecord.position, PageReviewRecord.page))
    return [tuple(row) for row in rows]


def document_at(session: Session, round_record: RoundRecord, case_code: str, position: int) -> DocumentRecord:
    """A document as the command line and scripts name it: case code and position."""
    document = session.scalars(select(DocumentRecord).join(CaseFileRecord).where(
        CaseFileRecord.round_id == round_record.id, CaseFileRecord.code == case_code,
        DocumentRecord.position == position)).first()
    if document is None:
        raise LookupError(f"没有案卷 {case_code} 的第 {position} 份文书")
    return document


def mark_looked_at(session: Session, round_record: RoundRecord, case_code: str, position: int, pages: list[int],
                   who: str = "秘书处") -> list[int]:
    """Record that a person looked at pages of a document (named by case code and position, as
    the command line and scripts name it); the pages that were waiting for it."""
    document = document_at(session, round_record, case_code, position)
    done = []
    for page in pages:
        record = session.get(PageReviewRecord, (document.id, page))
        if record is not None and not record.reviewed:
            record.reviewed = True
            done.append(page)
    if done:
        audit(session, who, "look_at_pages", f"{case_code} {position:02d} 第 {'、'.join(map(str, done))} 页")
    return done


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


@dataclass(frozen=True)
class DocumentState:
    """Where one document stands in the redaction review."""

    document_id: int
    open_proposals: int
    pages_to_look: int
    shipped: bool

    @property
    def done(self) -> bool:
        return self.open_proposals == 0 and self.pages_to_look == 0


def document_states(session: Session, round_record: RoundRecord) -> dict[int, DocumentState]:
    ids = select(DocumentRecord.id).join(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id)
    open_counts = dict(session.execute(select(RedactionRecord.document_id, func.count())
                                       .where(RedactionRecord.document_id.in_(ids), RedactionRecord.status == PROPOSED)
                                       .group_by(RedactionRecord.document_id)).all())
    look_counts = dict(session.execute(select(PageReviewRecord.document_id, func.count())
                                       .where(PageReviewRecord.document_id.in_(ids), PageReviewRecord.reviewed.is_(False))
                                       .group_by(PageReviewRecord.document_id)).all())
    shipped = dict(session.execute(select(DocumentRecord.id, DocumentRecord.package_path).where(DocumentRecord.id.in_(ids))).all())
    return {i: DocumentState(i, open_counts.get(i, 0), look_counts.get(i, 0), shipped[i] is not None) for i in shipped}


def _accepted_boxes(document: DocumentRecord, seals: bool = False) -> dict[int, list[Box]]:
    """Accepted boxes by page: the ones blacked out, or (seals=True) the seals whose red ink is
    taken out instead."""
    boxes: dict[int, list[Box]] = {}
    for r in sorted(document.redactions, key=lambda r: (r.page, r.left, r.bottom, r.right, r.top)):
        if r.status == ACCEPTED and (r.rule == SEAL_RULE) == seals:
            boxes.setdefault(r.page, []).append(Box(r.left, r.bottom, r.right, r.top))
    return boxes


def _basis(document: DocumentRecord, boxes: dict[int, list[Box]], ocr_pages: dict[int, bytes],
           seals: dict[int, list[Box]]) -> str:
    """What a shipped copy depends on; the same basis means the copy on disk is still right."""
    digest = hashlib.sha256(f"{REBUILD_VERSION}:{document.sha256}:{sorted(boxes.items())!r}:{sorted(seals.items())!r}".encode())
    for page in sorted(ocr_pages):
        digest.update(f"{page}:".encode() + hashlib.sha256(ocr_pages[page]).digest())
    return digest.hexdigest()


@dataclass(frozen=True)
class ProduceReport:
    produced: int
    unchanged: int
    pages: int
    bytes: int
    problems: list[str]


def produce_shipped_copies(database: Database, round_folder: Path, progress: Progress | None = None,
                           cancelled: Callable[[], bool] | None = None, workers: int | None = None,
                           case_file_ids: Collection[int] | None = None) -> ProduceReport:
    """Rebuild every document's shipped copy in worker processes (accepted boxes burned in, the
    surviving text as an invisible layer). Each copy is committed as it is written; a copy whose
    basis has not changed since it was made is kept, so a crash or cancel loses little. With
    case_file_ids, only those case files' documents."""
    with database.session() as session:
        round_record = only_round(session)
        cached = dict(session.execute(select(OcrPageRecord.key, OcrPageRecord.lines)).all())
        tasks, unchanged = [], 0
        for document in _documents(session, round_record, case_file_ids):
            ocr_pages = _read_pages(document, cached)
            boxes, seals = _accepted_boxes(document), _accepted_boxes(document, seals=True)
            basis = _basis(document, boxes, ocr_pages, seals)
            relative = f"shipped/{document.case_file.code}/{document.position:02d}.pdf"
            # The copy on disk is compared too: one emptied or changed since (a full disk, a
            # stray edit) is made again, not shipped or refused at package build.
            if (document.package_basis == basis and document.package_path == relative
                    and _as_written(round_folder / relative, document)):
                unchanged += 1
                continue
            request = RebuildRequest(str(round_folder / document.path), str(round_folder / relative), boxes, ocr_pages, seals)
            tasks.append(Task(document.id, _document_label(document), (request, basis, relative),
                              120 + 10 * document.pages))
        del cached
    totals = {"produced": 0, "pages": 0, "bytes": 0}
    problems: list[str] = []

    def record(task: Task, outcome: Outcome) -> None:
        if outcome.problem is not None:
            problems.append(f"{task.label}：{outcome.problem}")
            return
        _, basis, relative = task.payload
        rebuilt: Rebuilt = outcome.result
        with database.session() as session:
            document = session.get(DocumentRecord, task.key)
            document.package_path, document.package_sha256, document.package_basis = relative, rebuilt.sha256, basis
            document.package_stamp = _stamp(round_folder / relative) or ""
        totals["produced"] += 1
        totals["pages"] += rebuilt.pages
        totals["bytes"] += rebuilt.size

    run_in_workers(tasks, _rebuild_task, progress, workers, record, cancelled)
    with database.session() as session:
        audit(session, "秘书处", "produce_shipped_copies", only_round(session).name)
    return ProduceReport(totals["produced"], unchanged, totals["pages"], totals["bytes"], problems)


def _rebuild_task(payload: tuple[RebuildRequest, str, str]) -> Rebuilt:
    return rebuild_document(payload[0])


def leak_terms(session: Session, round_record: RoundRecord) -> list[str]:
    """The term list, and what accepted pattern proposals covered (the ID and telephone numbers
    themselves): none of it may be readable in a shipped copy."""
    covered = session.execute(select(RedactionRecord.rule, RedactionRecord.term).join(DocumentRecord).join(CaseFileRecord).where(
        CaseFileRecord.round_id == round_record.id, RedactionRecord.status == ACCEPTED,
        RedactionRecord.rule != "", RedactionRecord.term != "").distinct())
    # Places and addresses are looked for by the check's own division names: a short place or a
    # piece of an address as a term would be found in every file that names a road.
    kept = (term for rule, term in covered if len(term) >= 2 and not rule.startswith((PLACE_RULE, ADDRESS_RULE)))
    # 先进个人 candidates by full name and certificate number: in their stories and case files alike.
    candidates = session.execute(select(AwardCandidateRecord.name, AwardCandidateRecord.certificate_number)
                                 .where(AwardCandidateRecord.round_id == round_record.id)).all()
    named = (term for row in candidates for term in row if term and len(term) >= 2)
    return list(dict.fromkeys([*round_terms(session, round_record), *kept, *named]))


def leak_check_key(data_sha256: str, label: str, terms: tuple[str, ...], use_ocr: bool,
                   rulings: frozenset[tuple[str, str]] = frozenset()) -> str:
    """What a clean answer of the leak check depends on: the file's bytes, the name it is read
    under, the terms looked for, whether page images were read too, the findings ruled not
    identifying, and the check's version."""
    basis = "\n".join((LEAK_CHECK_VERSION, data_sha256, label, "ocr" if use_ocr else "text", *sorted(terms),
                       *sorted(f"{rule}\t{text}" for rule, text in rulings)))
    return hashlib.sha256(basis.encode()).hexdigest()


def _stamp(path: Path) -> str | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return f"{status.st_size}:{status.st_mtime_ns}"


def _as_written(path: Path, document: DocumentRecord) -> bool:
    """Whether the shipped copy on disk is the one recorded: by size and modification time when
    they are as written, else by its hash (a copy restored from elsewhere, or from before stamps)."""
    stamp = _stamp(path)
    if stamp is None:
        return False
    if stamp == document.package_stamp:
        return True
    if _file_sha256(path) != document.package_sha256:
        return False
    document.package_stamp = stamp
    return True


def _file_sha256(path: Path) -> str | None:
    try:
        with path.open("rb") as file:
            return hashlib.file_digest(file, "sha256").hexdigest()
    except OSError:
        return None  # the scan reports it


def _rulings(session: Session, document_ids: list[int]) -> dict[int, frozenset[tuple[str, str]]]:
    rows = session.execute(select(LeakRulingRecord.document_id, LeakRulingRecord.rule, LeakRulingRecord.text)
                           .where(LeakRulingRecord.document_id.in_(document_ids))).all()
    found: dict[int, set[tuple[str, str]]] = {}
    for document_id, rule, text in rows:
        found.setdefault(document_id, set()).add((rule, text))
    return {key: frozenset(value) for key, value in found.items()}


def leak_check(session: Session, round_record: RoundRecord, round_folder: Path,
               progress: Progress | None = None, use_ocr: bool = False, workers: int | None = None,
               case_file_ids: Collection[int] | None = None) -> list[Leak]:
    """Every sensitive term, and everything the check's own detectors (leak_classes) take for
    identifying, found in what packages would ship (the anonymised copies where they exist, else
    the originals): read afresh by leak_check.scan_shipped_file, which shares no code with the
    proposals; with use_ocr, the shipped page images are read by OCR as well. A detector's
    finding the secretariat ruled not identifying (rule_not_identifying) is not a leak.

    A file found clean is remembered with its key (leak_check_key); while its bytes, the terms,
    its rulings and the check stay the same it is not read again (a clean answer with OCR covers
    one without). Files with leaks are always read. With case_file_ids, only those case files."""
    terms = tuple(leak_terms(session, round_record))
    documents = _documents(session, round_record, case_file_ids)
    rulings = _rulings(session, [d.id for d in documents])
    tasks, keys = [], {}
    for document in documents:
        path, label = round_folder / (document.package_path or document.path), _document_label(document)
        digest = _file_sha256(path)
        ruled = rulings.get(document.id, frozenset())
        if digest is not None:
            keys[document.id] = leak_check_key(digest, label, terms, use_ocr, ruled)
            if document.leak_checked in (keys[document.id], leak_check_key(digest, label, terms, True, ruled)):
                continue
        tasks.append(Task(document.id, label, ScanRequest(str(path), label, terms, use_ocr),
                          120 + (30 if use_ocr else 2) * document.pages))
    leaks: list[Leak] = []
    outcomes = run_in_workers(tasks, scan_shipped_file, progress, workers)
    for task in tasks:
        outcome = outcomes[task.key]
        if outcome.problem is not None:
            found = [Leak(task.label, "整份文件", f"无法检查：{outcome.problem}")]
        else:
            ruled = rulings.get(task.key, frozenset())
            found = [replace(leak, document_id=task.key) for leak in outcome.result
                     if not (leak.rule and (leak.rule, leak.term) in ruled)]
        leaks += found
        clean = outcome.problem is None and not found and task.key in keys
        session.get(DocumentRecord, task.key).leak_checked = keys[task.key] if clean else None
    return leaks


def rule_not_identifying(session: Session, round_record: RoundRecord, document_id: int, rule: str, text: str,
                         reason: str, who: str = "秘书处") -> LeakRulingRecord:
    """The secretariat's ruling that a finding of the leak check's own detectors identifies
    nobody (a national body's number, a place that is not the unit's), with why; audited. Only
    those findings can be ruled on: a listed term is removed from the list instead."""
    reason = reason.strip()
    if rule not in LEAK_CLASSES:
        raise ValueError(f"“{rule}”不是泄密检查的识别规则；敏感词列表中的词请在列表中删除")
    if not reason:
        raise ValueError("请说明为什么这一处不能识别出单位或个人")
    if len(reason) > 500 or len(text) > 300:
        raise ValueError("理由不能超过 500 字，被裁定的文字不能超过 300 字")
    document = session.get(DocumentRecord, document_id)
    if document is None or document.case_file.round_id != round_record.id:
        raise LookupError(f"没有编号为 {document_id} 的文书")
    existing = session.scalars(select(LeakRulingRecord).where(
        LeakRulingRecord.document_id == document_id, LeakRulingRecord.rule == rule, LeakRulingRecord.text == text)).first()
    if existing is not None:
        return existing
    ruling = LeakRulingRecord(document_id=document_id, rule=rule, text=text, reason=reason, decided_by=who)
    session.add(ruling)
    audit(session, who, "rule_not_identifying", f"{_document_label(document)}：{rule}“{text}”不能识别单位或个人：{reason}")
    session.flush()
    return ruling
