"""A reviewer's edits to a score sheet. Each call is one committed change, so nothing typed is
ever lost; each replaces a whole answer, so undo is putting the old answer back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from reviewer_app.core.score_sheet import (
    ItemMark,
    MissingAnswer,
    PageRef,
    ScoreSheet,
    missing_for_signing,
    presumed_marks,
)
from reviewer_app.core.sheet_validation import sheet_problems
from reviewer_app.core.vocabulary import CaseType, DocumentType, Falsification, SheetStatus
from reviewer_app.core.canonical import canonical_json, sheet_document
from reviewer_app.store.rounds import audit, round_identity, round_rubric
from reviewer_app.store.schema import (
    AssignmentRecord,
    EvidenceRecord,
    SheetRecord,
    SignatureRecord,
    SubmissionEvidenceRecord,
    VetoAnswerRecord,
)
from reviewer_app.store.sheets import latest_sheet, mark_record, new_sheet_record, read_sheet, signed_total
from reviewer_app.store.types import utc_now


class SheetLocked(RuntimeError):
    """A signed sheet cannot change; revise it to make a new revision."""


class SheetIncomplete(ValueError):
    def __init__(self, missing: list[MissingAnswer]) -> None:
        super().__init__("评分表尚未完成：" + "；".join(m.message for m in missing))
        self.missing = missing


@dataclass(frozen=True)
class FalsificationAnswer:
    status: Falsification | None
    description: str = ""
    evidence: tuple[PageRef, ...] = ()


def current_sheet(session: Session, assignment_id: int) -> SheetRecord:
    """The assignment's newest revision, starting a draft when there is none: empty but for the
    measures the file shows no sign of (presumed 不适用, for the reviewer to confirm)."""
    assignment = session.get(AssignmentRecord, assignment_id)
    record = latest_sheet(assignment)
    if record is None:
        case_file = assignment.case_file
        held = {DocumentType(d.doc_type) for d in case_file.documents}
        presumed = presumed_marks(round_rubric(case_file.round), CaseType(case_file.case_type), held)
        case_type = CaseType(case_file.case_type)
        record = SheetRecord(assignment=assignment, revision=1, status=SheetStatus.DRAFT.value,
                             marks=[mark_record(m) for m in presumed])
        if case_type.is_story:  # a story is no case file: there is nothing in it to falsify
            record.falsification = Falsification.NONE.value
        session.add(record)
        session.flush()
    return record


def _editable(session: Session, sheet_id: int) -> SheetRecord:
    record = session.get(SheetRecord, sheet_id)
    if record.status == SheetStatus.SIGNED.value:
        raise SheetLocked(f"第 {record.revision} 版评分表已签名，不能修改；如需修改请先“修订”")
    record.updated_at = utc_now()
    return record


def put_mark(session: Session, sheet_id: int, mark: ItemMark) -> None:
    record = _editable(session, sheet_id)
    # Through the collections, so the loaded sheet sees the change (delete-orphan removes rows).
    for existing in [m for m in record.marks if m.item_id == mark.item_id]:
        record.marks.remove(existing)
    session.flush()
    if mark.answered:
        record.marks.append(mark_record(mark))


def put_veto(session: Session, sheet_id: int, item_id: str, passed: bool | None) -> None:
    record = _editable(session, sheet_id)
    for existing in [v for v in record.veto_answers if v.item_id == item_id]:
        record.veto_answers.remove(existing)
    session.flush()
    if passed is not None:
        record.veto_answers.append(VetoAnswerRecord(item_id=item_id, passed=passed))


def put_falsification(session: Session, sheet_id: int, answer: FalsificationAnswer) -> None:
    record = _editable(session, sheet_id)
    record.falsification = answer.status.value if answer.status else None
    record.falsification_description = answer.description
    record.evidence.clear()
    session.flush()
    for ref in answer.evidence:
        record.evidence.append(EvidenceRecord(document_id=ref.document_id, page=ref.page))


@dataclass(frozen=True)
class SubmissionAnswer:
    """The reviewer's doubt about the submission rules (empty: none), with the pages cited."""

    concern: str = ""
    evidence: tuple[PageRef, ...] = ()


def put_submission_concern(session: Session, sheet_id: int, answer: SubmissionAnswer) -> None:
    record = _editable(session, sheet_id)
    record.submission_concern = answer.concern
    record.submission_evidence.clear()
    session.flush()
    for ref in answer.evidence:
        record.submission_evidence.append(SubmissionEvidenceRecord(document_id=ref.document_id, page=ref.page))


def put_comment(session: Session, sheet_id: int, comment: str) -> None:
    _editable(session, sheet_id).comment = comment


def load_sheet(session: Session, sheet_id: int) -> ScoreSheet:
    return read_sheet(session.get(SheetRecord, sheet_id))


def canonical_sheet(session: Session, sheet_id: int) -> bytes:
    """The bytes a reviewer's key signs: the sheet's canonical JSON (core.canonical)."""
    record = session.get(SheetRecord, sheet_id)
    case_file = record.assignment.case_file
    document = sheet_document(read_sheet(record), round_id=round_identity(case_file.round), case_code=case_file.code,
                              reviewer=record.assignment.reviewer.name,
                              document_keys={d.id: d.exchange_sha256 for d in case_file.documents})
    return canonical_json(document)


def missing_answers(session: Session, sheet_id: int) -> list[MissingAnswer]:
    record = session.get(SheetRecord, sheet_id)
    return missing_for_signing(round_rubric(record.assignment.case_file.round), read_sheet(record))


@dataclass(frozen=True)
class SignerMark:
    signer: str
    image_png: bytes
    signature: bytes = b""  # Ed25519 over the canonical sheet, when signed with a key
    key_fingerprint: str = ""


def sign_sheet(session: Session, sheet_id: int, marks: list[SignerMark], signed_at: datetime | None = None) -> None:
    """Sign a complete sheet; a team sheet needs every member's mark."""
    record = _editable(session, sheet_id)
    missing = missing_answers(session, sheet_id)
    if missing:
        raise SheetIncomplete(missing)
    # The same rules the secretariat's import applies: a sheet signed here is never refused there.
    case_file = record.assignment.case_file
    rubric, sheet = round_rubric(case_file.round), read_sheet(record)
    invalid = sheet_problems(rubric, sheet, case_type=CaseType(case_file.case_type),
                             pages={d.id: d.pages for d in case_file.documents}, signed=True)
    if invalid:
        raise SheetIncomplete([MissingAnswer("invalid", p.field, str(p)) for p in invalid])
    reviewer = record.assignment.reviewer
    required = [m for m in reviewer.members.splitlines() if m] or [reviewer.name]
    given = {m.signer for m in marks}
    unsigned = [member for member in required if member not in given]
    if unsigned:
        raise SheetIncomplete([MissingAnswer("signature", m, f"{m} 尚未签名") for m in unsigned])
    moment = signed_at or utc_now()
    for mark in marks:
        record.signatures.append(
            SignatureRecord(signer=mark.signer, image_png=mark.image_png, signed_at=moment,
                            key_fingerprint=mark.key_fingerprint, signature=mark.signature)
        )
    record.status = SheetStatus.SIGNED.value
    record.signed_at = moment
    for column, value in signed_total(rubric, sheet).items():
        setattr(record, column, value)
    audit(session, reviewer.name, "sign_sheet", f"{record.assignment.case_file.code} 第{record.revision}版")


def revise_sheet(session: Session, sheet_id: int, reason: str) -> SheetRecord:
    """A new draft revision with the signed answers; the signed revision stays as it was."""
    if not reason.strip():
        raise ValueError("请填写修订原因")
    signed = session.get(SheetRecord, sheet_id)
    if signed.status != SheetStatus.SIGNED.value:
        raise ValueError("只有已签名的评分表需要修订")
    sheet = read_sheet(signed)
    sheet.status = SheetStatus.DRAFT
    sheet.revision = signed.revision + 1
    record = new_sheet_record(signed.assignment, sheet, revise_reason=reason.strip())
    session.add(record)
    session.flush()
    audit(session, signed.assignment.reviewer.name, "revise_sheet",
          f"{signed.assignment.case_file.code} 第{sheet.revision}版：{reason.strip()}")
    return record
