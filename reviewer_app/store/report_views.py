"""Read-only views of a round for printed documents: sheets, case summaries, completion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reviewer_app.core.score_sheet import ScoreSheet
from reviewer_app.core.vocabulary import FalsificationDecision, SheetStatus, Track
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    MarkRecord,
    ReviewerRecord,
    RoundRecord,
    SheetRecord,
)
from reviewer_app.store.sheets import latest_sheet, read_sheet


@dataclass(frozen=True)
class SignatureView:
    signer: str
    png: bytes
    signed_at: datetime


@dataclass(frozen=True)
class DocumentView:
    position: int
    title: str
    sha256: str


@dataclass(frozen=True)
class SheetView:
    round_id: int
    round_name: str
    case_code: str
    reviewer: str
    track: Track
    members: tuple[str, ...]
    sheet: ScoreSheet
    signed_at: datetime | None
    updated_at: datetime
    signatures: tuple[SignatureView, ...]
    documents: dict[int, DocumentView]

    @property
    def document_keys(self) -> dict[int, str]:
        return {doc_id: view.sha256 for doc_id, view in self.documents.items()}


@dataclass(frozen=True)
class CaseFileView:
    code: str
    unit: str
    falsification_decision: FalsificationDecision
    decision_reason: str


@dataclass(frozen=True)
class AssignmentStatus:
    reviewer: str
    track: Track
    case_code: str
    status: SheetStatus | None  # None: not started


def _assignments(session: Session, round_record: RoundRecord):  # noqa: ANN202
    return session.scalars(
        select(AssignmentRecord)
        .join(ReviewerRecord)
        .where(ReviewerRecord.round_id == round_record.id)
        .order_by(ReviewerRecord.id, AssignmentRecord.id)
        .options(
            selectinload(AssignmentRecord.reviewer),
            selectinload(AssignmentRecord.case_file).selectinload(CaseFileRecord.documents),
            selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.marks).selectinload(MarkRecord.deductions),
            selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.veto_answers),
            selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.evidence),
            selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.signatures),
        )
    ).all()


def sheet_views(session: Session, round_record: RoundRecord) -> list[SheetView]:
    """The latest revision of every sheet in the round, ordered by case code then reviewer."""
    views = []
    for assignment in _assignments(session, round_record):
        record = latest_sheet(assignment)
        if record is None:
            continue
        reviewer = assignment.reviewer
        views.append(
            SheetView(
                round_id=round_record.id,
                round_name=round_record.name,
                case_code=assignment.case_file.code,
                reviewer=reviewer.name,
                track=Track(reviewer.track),
                members=tuple(m for m in reviewer.members.splitlines() if m),
                sheet=read_sheet(record),
                signed_at=record.signed_at,
                updated_at=record.updated_at,
                signatures=tuple(SignatureView(s.signer, s.image_png, s.signed_at) for s in record.signatures),
                documents={
                    d.id: DocumentView(d.position, d.title, d.sha256) for d in assignment.case_file.documents
                },
            )
        )
    return sorted(views, key=lambda v: (v.case_code, v.track != Track.EXPERT, v.reviewer))


def case_file_views(round_record: RoundRecord) -> dict[str, CaseFileView]:
    return {
        c.code: CaseFileView(c.code, c.unit.name, FalsificationDecision(c.falsification_decision), c.falsification_decision_reason)
        for c in round_record.case_files
    }


def assignment_statuses(session: Session, round_record: RoundRecord) -> list[AssignmentStatus]:
    result = []
    for assignment in _assignments(session, round_record):
        record = latest_sheet(assignment)
        result.append(
            AssignmentStatus(
                assignment.reviewer.name,
                Track(assignment.reviewer.track),
                assignment.case_file.code,
                SheetStatus(record.status) if record else None,
            )
        )
    return result
