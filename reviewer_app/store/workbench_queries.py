"""What the reviewer workbench lists: the reviewer's case files by anonymous code, and their
documents. Nothing here carries a unit, region or person's name."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from reviewer_app.core.score_sheet import missing_for_signing
from reviewer_app.core.vocabulary import CaseType, DocumentType, Falsification, SheetStatus, Track
from reviewer_app.store.rounds import round_rubric
from reviewer_app.store.schema import AssignmentRecord, CaseFileRecord, DocumentRecord, ReviewerRecord, SheetRecord
from reviewer_app.store.sheets import latest_sheet, read_sheet


class Progress(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    SIGNED = "signed"

    @property
    def label(self) -> str:
        return {"not_started": "未开始", "in_progress": "评分中", "complete": "已完成", "signed": "已签名"}[self.value]


@dataclass(frozen=True)
class ReviewerEntry:
    id: int
    name: str
    track: Track
    members: tuple[str, ...]


@dataclass(frozen=True)
class CaseFileEntry:
    assignment_id: int
    code: str
    case_type: CaseType
    progress: Progress
    falsification_reported: bool
    revision: int


@dataclass(frozen=True)
class DocumentEntry:
    id: int
    position: int
    doc_type: DocumentType
    title: str
    path: Path
    pages: int
    sha256: str


def reviewers(session: Session, round_id: int) -> list[ReviewerEntry]:
    return [
        ReviewerEntry(r.id, r.name, Track(r.track), tuple(m for m in r.members.splitlines() if m))
        for r in session.scalars(select(ReviewerRecord).where(ReviewerRecord.round_id == round_id).order_by(ReviewerRecord.id))
    ]


def progress_of(record: SheetRecord | None) -> Progress:
    if record is None:
        return Progress.NOT_STARTED
    if record.status == SheetStatus.SIGNED.value:
        return Progress.SIGNED
    sheet = read_sheet(record)
    if not sheet.marks and not sheet.veto and sheet.falsification is None:
        return Progress.NOT_STARTED
    rubric = round_rubric(record.assignment.case_file.round)
    return Progress.IN_PROGRESS if missing_for_signing(rubric, sheet) else Progress.COMPLETE


def entry_for(record_assignment: AssignmentRecord) -> CaseFileEntry:
    record = latest_sheet(record_assignment)
    falsification = Falsification(record.falsification) if record and record.falsification else None
    return CaseFileEntry(
        assignment_id=record_assignment.id,
        code=record_assignment.case_file.code,
        case_type=CaseType(record_assignment.case_file.case_type),
        progress=progress_of(record),
        falsification_reported=falsification not in (None, Falsification.NONE),
        revision=record.revision if record else 1,
    )


def reviewer_case_files(session: Session, reviewer_id: int) -> list[CaseFileEntry]:
    assignments = session.scalars(
        select(AssignmentRecord)
        .where(AssignmentRecord.reviewer_id == reviewer_id)
        .options(selectinload(AssignmentRecord.case_file), selectinload(AssignmentRecord.sheets))
    ).all()
    return sorted((entry_for(a) for a in assignments), key=lambda e: e.code)


def case_documents(session: Session, assignment_id: int, round_folder: Path) -> list[DocumentEntry]:
    """What the reviewer reads: the shipped (anonymised) copy. In a reviewer's database the
    document's path is the copy the package brought; in the secretariat's it is the original,
    and the copy is package_path."""
    case_file: CaseFileRecord = session.get(AssignmentRecord, assignment_id).case_file
    return [
        DocumentEntry(d.id, d.position, DocumentType(d.doc_type), d.title, round_folder / (d.package_path or d.path),
                      d.pages, d.sha256)
        for d in case_file.documents
    ]


def documents_not_shipped(session: Session, reviewer_id: int) -> int:
    """A reviewer's documents with no anonymised copy yet (the secretariat's database only)."""
    return session.scalar(select(func.count(DocumentRecord.id)).join(CaseFileRecord).join(AssignmentRecord)
                          .where(AssignmentRecord.reviewer_id == reviewer_id, DocumentRecord.package_path.is_(None)))
