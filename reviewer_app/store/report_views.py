"""Read-only views of a round for printed documents: sheets, case summaries, completion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from reviewer_app.core.score_sheet import ScoreSheet
from reviewer_app.core.vocabulary import FalsificationDecision, SheetStatus, Track
from reviewer_app.store.schema import (
    STORY_TYPE,
    AssignmentRecord,
    CaseFileRecord,
    MarkRecord,
    ReviewerRecord,
    RoundRecord,
    SheetRecord,
)
from reviewer_app.store.rounds import round_identity
from reviewer_app.store.bulk_read import collector_paused
from reviewer_app.store.sheets import latest_signed_sheet, read_sheet


@dataclass(frozen=True)
class SignatureView:
    signer: str
    png: bytes
    signed_at: datetime
    key_fingerprint: str = ""
    signature: bytes = b""


@dataclass(frozen=True)
class DocumentView:
    position: int
    title: str
    sha256: str


@dataclass(frozen=True)
class SheetView:
    round_id: str  # round_identity: the same in every copy of the round
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
    revise_reason: str = ""

    @property
    def document_keys(self) -> dict[int, str]:
        return {doc_id: view.sha256 for doc_id, view in self.documents.items()}


@dataclass(frozen=True)
class CaseFileView:
    code: str
    unit: str
    falsification_decision: FalsificationDecision
    decision_reason: str
    eligibility_reason: str = ""
    veto_reason: str = ""


@dataclass(frozen=True)
class AssignmentStatus:
    reviewer: str
    track: Track
    case_code: str
    status: SheetStatus | None  # None: not started


def _assignments(session: Session, round_record: RoundRecord, case_codes: set[str] | None = None):  # noqa: ANN202
    query = (select(AssignmentRecord).join(ReviewerRecord).join(CaseFileRecord, AssignmentRecord.case_file_id == CaseFileRecord.id)
             .where(ReviewerRecord.round_id == round_record.id))
    if case_codes is not None:  # a batch of a large export reads only its own files; a return, its reviewer's
        query = query.where(CaseFileRecord.code.in_(sorted(case_codes)))
    else:  # the case files' sheets: the panel's story sheets count in the 先进个人 selection only
        query = query.where(CaseFileRecord.case_type != STORY_TYPE)
    return session.scalars(
        query
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


@collector_paused()
def sheet_views(session: Session, round_record: RoundRecord, every_revision: bool = False,
                case_codes: set[str] | None = None) -> list[SheetView]:
    """The latest revision of every sheet in the round (or every revision), ordered by case
    code, track, reviewer and revision; only of the given case files, when given."""
    views = []
    for assignment in _assignments(session, round_record, case_codes):
        records = assignment.sheets if every_revision else assignment.sheets[-1:]
        views.extend(_view(round_record, assignment, record) for record in records)
    return sorted(views, key=lambda v: (v.case_code, v.track != Track.EXPERT, v.reviewer, v.sheet.revision))


@collector_paused()
def signed_sheet_views(session: Session, round_record: RoundRecord) -> list[SheetView]:
    """The sheets that count: each assignment's newest signed revision, in case-code order."""
    views = [_view(round_record, a, record) for a in _assignments(session, round_record)
             if (record := latest_signed_sheet(a)) is not None]
    return sorted(views, key=lambda v: (v.case_code, v.track != Track.EXPERT, v.reviewer))


def _view(round_record: RoundRecord, assignment: AssignmentRecord, record: SheetRecord) -> SheetView:
    reviewer = assignment.reviewer
    return SheetView(
        round_id=round_identity(round_record),
        round_name=round_record.name,
        case_code=assignment.case_file.code,
        reviewer=reviewer.name,
        track=Track(reviewer.track),
        members=tuple(m for m in reviewer.members.splitlines() if m),
        sheet=read_sheet(record),
        signed_at=record.signed_at,
        updated_at=record.updated_at,
        signatures=tuple(
            SignatureView(s.signer, s.image_png, s.signed_at, s.key_fingerprint, s.signature) for s in record.signatures
        ),
        documents={d.id: DocumentView(d.position, d.title, d.exchange_sha256) for d in assignment.case_file.documents},
        revise_reason=record.revise_reason,
    )


def case_file_views(round_record: RoundRecord) -> dict[str, CaseFileView]:
    return {
        c.code: CaseFileView(c.code, c.unit.name, FalsificationDecision(c.falsification_decision), c.falsification_decision_reason,
                             c.eligibility_reason, c.veto_ruling_reason)
        for c in round_record.case_files
    }


def assignment_statuses(session: Session, round_record: RoundRecord) -> list[AssignmentStatus]:
    """Each assignment and the status of its newest sheet, in one query of plain rows."""
    newest = (select(SheetRecord.assignment_id, func.max(SheetRecord.revision).label("revision"))
              .group_by(SheetRecord.assignment_id).subquery())
    rows = session.execute(
        select(ReviewerRecord.name, ReviewerRecord.track, CaseFileRecord.code, SheetRecord.status)
        .select_from(AssignmentRecord)
        .join(ReviewerRecord, AssignmentRecord.reviewer_id == ReviewerRecord.id)
        .join(CaseFileRecord, AssignmentRecord.case_file_id == CaseFileRecord.id)
        .outerjoin(newest, newest.c.assignment_id == AssignmentRecord.id)
        .outerjoin(SheetRecord, (SheetRecord.assignment_id == AssignmentRecord.id) & (SheetRecord.revision == newest.c.revision))
        .where(ReviewerRecord.round_id == round_record.id)
        .order_by(ReviewerRecord.id, AssignmentRecord.id))
    return [AssignmentStatus(name, Track(track), code, SheetStatus(status) if status else None) for name, track, code, status in rows]
