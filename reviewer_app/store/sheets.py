"""Score sheets between their database rows and the core ScoreSheet."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert
from sqlalchemy.orm import Session

from reviewer_app.core.points import round2
from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import Deduction, ItemMark, PageRef, ScoreSheet, total_sheet
from reviewer_app.core.vocabulary import CaseType, Falsification, SheetStatus
from reviewer_app.store.schema import (
    AssignmentRecord,
    DeductionRecord,
    EvidenceRecord,
    MarkRecord,
    SheetRecord,
    SignatureRecord,
    SubmissionEvidenceRecord,
    VetoAnswerRecord,
)
from reviewer_app.store.types import utc_now


def read_sheet(record: SheetRecord) -> ScoreSheet:
    case_type = CaseType(record.assignment.case_file.case_type)
    marks = {}
    for mark in record.marks:
        marks[mark.item_id] = ItemMark(
            mark.item_id,
            mark.no_deduction,
            [
                Deduction(
                    d.points,
                    d.reason,
                    d.preset_id,
                    PageRef(d.document_id, d.page) if d.document_id is not None else None,
                )
                for d in mark.deductions
            ],
            mark.not_applicable,
        )
    return ScoreSheet(
        case_type=case_type,
        marks=marks,
        veto={v.item_id: v.passed for v in record.veto_answers},
        falsification=Falsification(record.falsification) if record.falsification else None,
        falsification_description=record.falsification_description,
        falsification_evidence=[PageRef(e.document_id, e.page) for e in record.evidence],
        submission_concern=record.submission_concern,
        submission_evidence=[PageRef(e.document_id, e.page) for e in record.submission_evidence],
        comment=record.comment,
        status=SheetStatus(record.status),
        revision=record.revision,
    )


def write_sheet(session: Session, record: SheetRecord, sheet: ScoreSheet) -> None:
    """Replace the record's answers with the sheet's (used for whole-sheet writes, e.g. the demo)."""
    record.marks.clear()
    record.veto_answers.clear()
    record.evidence.clear()
    record.submission_evidence.clear()
    session.flush()  # the old rows go before new ones with the same item ids come
    for column, value in _answers(sheet).items():
        setattr(record, column, value)
    session.flush()


def new_sheet_record(assignment: AssignmentRecord, sheet: ScoreSheet, **fields: object) -> SheetRecord:
    """A new revision row holding the sheet's answers, written with everything else at the next
    flush (an import of hundreds of sheets flushes once, not twice a sheet)."""
    return SheetRecord(assignment=assignment, **_answers(sheet), **fields)


def signed_total(rubric: Rubric, sheet: ScoreSheet) -> dict[str, object]:
    """The columns that keep a signed sheet's total (SheetRecord.total_points), by the core's rule."""
    total = total_sheet(rubric, sheet)
    return {"total_points": round2(total.points), "veto_failed": total.veto_failed}


def _answers(sheet: ScoreSheet) -> dict[str, object]:
    """The sheet's answers as a record's columns and child rows."""
    return {
        "marks": [mark_record(mark) for mark in sheet.marks.values()],
        "veto_answers": [VetoAnswerRecord(item_id=item_id, passed=passed) for item_id, passed in sheet.veto.items()],
        "evidence": [EvidenceRecord(document_id=ref.document_id, page=ref.page) for ref in sheet.falsification_evidence],
        "submission_evidence": [SubmissionEvidenceRecord(document_id=ref.document_id, page=ref.page)
                                for ref in sheet.submission_evidence],
        **_columns(sheet),
    }


def _columns(sheet: ScoreSheet) -> dict[str, object]:
    return {
        "falsification": sheet.falsification.value if sheet.falsification else None,
        "falsification_description": sheet.falsification_description,
        "submission_concern": sheet.submission_concern,
        "comment": sheet.comment,
        "status": sheet.status.value,
        "revision": sheet.revision,
    }


@dataclass(frozen=True)
class NewRevision:
    """A sheet revision to write as it came (an imported, signed one), with its signatures."""

    assignment_id: int
    sheet: ScoreSheet
    columns: dict[str, object]  # the record's other columns: signed_at, revise_reason, its total
    signatures: tuple[dict[str, object], ...]  # SignatureRecord columns


def insert_revisions(session: Session, revisions: list[NewRevision]) -> None:
    """Write many revisions with one statement per table. An import of a reviewer's hundreds of
    sheets spent more time in the ORM's bookkeeping of 30 objects a sheet than in SQLite."""
    if not revisions:
        return
    now = utc_now()
    sheet_ids = session.scalars(insert(SheetRecord).returning(SheetRecord.id, sort_by_parameter_order=True), [
        {"assignment_id": r.assignment_id, **_columns(r.sheet), **r.columns, "created_at": now, "updated_at": now}
        for r in revisions]).all()
    marks = [(sheet_id, mark) for sheet_id, r in zip(sheet_ids, revisions) for mark in r.sheet.marks.values()]
    if marks:
        mark_ids = session.scalars(insert(MarkRecord).returning(MarkRecord.id, sort_by_parameter_order=True), [
            {"sheet_id": sheet_id, "item_id": m.item_id, "no_deduction": m.no_deduction, "not_applicable": m.not_applicable}
            for sheet_id, m in marks]).all()
        _insert(session, DeductionRecord, [
            {"mark_id": mark_id, "points": d.points, "reason": d.reason, "preset_id": d.preset_id,
             "document_id": d.ref.document_id if d.ref else None, "page": d.ref.page if d.ref else None}
            for mark_id, (_, m) in zip(mark_ids, marks) for d in m.deductions])
    _insert(session, VetoAnswerRecord, [{"sheet_id": sheet_id, "item_id": item_id, "passed": passed}
                                        for sheet_id, r in zip(sheet_ids, revisions) for item_id, passed in r.sheet.veto.items()])
    _insert(session, EvidenceRecord, [{"sheet_id": sheet_id, "document_id": ref.document_id, "page": ref.page}
                                      for sheet_id, r in zip(sheet_ids, revisions) for ref in r.sheet.falsification_evidence])
    _insert(session, SubmissionEvidenceRecord, [{"sheet_id": sheet_id, "document_id": ref.document_id, "page": ref.page}
                                                for sheet_id, r in zip(sheet_ids, revisions) for ref in r.sheet.submission_evidence])
    _insert(session, SignatureRecord, [{"sheet_id": sheet_id, **signature}
                                       for sheet_id, r in zip(sheet_ids, revisions) for signature in r.signatures])


def _insert(session: Session, record: type, rows: list[dict[str, object]]) -> None:
    if rows:
        session.execute(insert(record), rows)


def mark_record(mark: ItemMark) -> MarkRecord:
    return MarkRecord(
        item_id=mark.item_id,
        no_deduction=mark.no_deduction,
        not_applicable=mark.not_applicable,
        deductions=[
            DeductionRecord(
                points=d.points, reason=d.reason, preset_id=d.preset_id,
                document_id=d.ref.document_id if d.ref else None, page=d.ref.page if d.ref else None,
            )
            for d in mark.deductions
        ],
    )


def latest_sheet(assignment: AssignmentRecord) -> SheetRecord | None:
    return assignment.sheets[-1] if assignment.sheets else None


def latest_signed_sheet(assignment: AssignmentRecord) -> SheetRecord | None:
    signed = [s for s in assignment.sheets if s.status == SheetStatus.SIGNED.value]
    return signed[-1] if signed else None
