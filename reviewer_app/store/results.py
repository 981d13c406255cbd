"""Round results from what the database holds: the facts the core consolidation needs."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from reviewer_app.core.consolidation import (
    CaseFileFacts,
    RoundResults,
    SheetScore,
    UnitFacts,
    consolidate,
)
from reviewer_app.core.score_sheet import total_sheet
from reviewer_app.core.vocabulary import CaseType, FalsificationDecision, Track, UnitLevel
from reviewer_app.store.rounds import round_rubric, round_rules
from reviewer_app.store.schema import (
    AssignmentRecord,
    MarkRecord,
    ReviewerRecord,
    RoundRecord,
    SheetRecord,
)
from reviewer_app.store.sheets import latest_signed_sheet, read_sheet


def round_results(session: Session, round_record: RoundRecord) -> RoundResults:
    rubric = round_rubric(round_record)
    rules = round_rules(round_record)
    units = [
        UnitFacts(
            name=u.name,
            level=UnitLevel(u.level),
            parent=u.parent.name if u.parent else None,
            corrected_on_reconsideration=u.corrected_on_reconsideration,
        )
        for u in round_record.units
    ]
    case_files = [
        CaseFileFacts(
            code=c.code,
            unit=c.unit.name,
            case_type=CaseType(c.case_type),
            mobile_platform=c.mobile_platform,
            falsification_confirmed=c.falsification_decision == FalsificationDecision.CONFIRMED,
        )
        for c in round_record.case_files
    ]
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
    sheets = []
    for assignment in assignments:
        record = latest_signed_sheet(assignment)
        if record is None:
            continue
        total = total_sheet(rubric, read_sheet(record))
        sheets.append(
            SheetScore(
                case_code=assignment.case_file.code,
                reviewer=assignment.reviewer.name,
                track=Track(assignment.reviewer.track),
                score=total.score(rules.veto_policy),
                veto_failed=total.veto_failed,
            )
        )
    return consolidate(rules, units, case_files, sheets)
