"""Round results from what the database holds: the facts the core consolidation needs."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from reviewer_app.core.consolidation import (
    CaseFileFacts,
    RoundResults,
    SheetScore,
    UnitFacts,
    consolidate,
)
from reviewer_app.core.score_sheet import total_sheet
from reviewer_app.core.vocabulary import CaseType, Falsification, FalsificationDecision, Track, UnitLevel
from reviewer_app.store.rounds import round_rubric, round_rules
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    MarkRecord,
    RecheckDecision,
    ReviewerRecord,
    RoundRecord,
    SheetRecord,
)
from reviewer_app.store.sheets import latest_signed_sheet, read_sheet


def signed_sheet_scores(session: Session, round_record: RoundRecord) -> list[SheetScore]:
    """The score of every assignment's newest signed sheet under the round's veto policy."""
    rubric, rules = round_rubric(round_record), round_rules(round_record)
    assignments = session.scalars(
        select(AssignmentRecord)
        .join(ReviewerRecord)
        .where(ReviewerRecord.round_id == round_record.id)
        .options(
            selectinload(AssignmentRecord.reviewer),
            selectinload(AssignmentRecord.case_file),
            selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.marks).selectinload(MarkRecord.deductions),
            selectinload(AssignmentRecord.sheets).selectinload(SheetRecord.veto_answers),
        )
    ).all()
    scores = []
    for assignment in assignments:
        record = latest_signed_sheet(assignment)
        if record is None:
            continue
        total = total_sheet(rubric, read_sheet(record))
        reported = record.falsification not in (None, Falsification.NONE.value)
        scores.append(SheetScore(assignment.case_file.code, assignment.reviewer.name, Track(assignment.reviewer.track),
                                 total.score(rules.veto_policy), total.veto_failed, reported))
    return scores


def round_results(session: Session, round_record: RoundRecord) -> RoundResults:
    rules = round_rules(round_record)
    units = [
        UnitFacts(
            name=u.name,
            level=UnitLevel(u.level),
            parent=u.parent.name if u.parent else None,
            corrected_on_reconsideration=u.corrected_on_reconsideration,
            tie_break=u.tie_break,
        )
        for u in round_record.units
    ]
    assigned = dict(session.execute(
        select(AssignmentRecord.case_file_id, func.count()).join(CaseFileRecord)
        .where(CaseFileRecord.round_id == round_record.id).group_by(AssignmentRecord.case_file_id)).all())
    rechecked = set(session.scalars(
        select(RecheckDecision.case_file_id).join(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id)))
    case_files = [
        CaseFileFacts(
            code=c.code,
            unit=c.unit.name,
            case_type=CaseType(c.case_type),
            mobile_platform=c.mobile_platform,
            falsification_confirmed=c.falsification_decision == FalsificationDecision.CONFIRMED,
            falsification_rejected=c.falsification_decision == FalsificationDecision.REJECTED,
            assigned=assigned.get(c.id, 0),
            rechecked=c.id in rechecked,
        )
        for c in round_record.case_files
    ]
    sheets = signed_sheet_scores(session, round_record)
    return consolidate(rules, units, case_files, sheets)
