"""Round results from what the database holds: the facts the core consolidation needs."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer_app.core.consolidation import (
    CaseFileFacts,
    RoundResults,
    SheetScore,
    UnitFacts,
    consolidate,
)
from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import Deduction, ItemMark, ScoreSheet, sheet_score
from reviewer_app.core.vocabulary import (
    CaseType,
    EligibilityDecision,
    Falsification,
    FalsificationDecision,
    GapDecision,
    SheetStatus,
    Track,
    UnitLevel,
    VetoRuling,
)
from reviewer_app.store.bulk_read import collector_paused
from reviewer_app.store.rounds import round_rubric, round_rules
from reviewer_app.store.sheets import signed_total
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DeductionRecord,
    MarkRecord,
    RecheckDecision,
    ReviewerRecord,
    STORY_TYPE,
    RoundRecord,
    SheetRecord,
    VetoAnswerRecord,
)


def counted_sheet_ids(round_record: RoundRecord):  # noqa: ANN201 - a SQL subquery
    """The sheets that count: each assignment's newest signed revision in the round."""
    newest = (select(SheetRecord.assignment_id, func.max(SheetRecord.revision).label("revision"))
              .join(AssignmentRecord).join(ReviewerRecord)
              .where(ReviewerRecord.round_id == round_record.id, SheetRecord.status == SheetStatus.SIGNED.value)
              .group_by(SheetRecord.assignment_id).subquery())
    return (select(SheetRecord.id)
            .join(newest, (SheetRecord.assignment_id == newest.c.assignment_id) & (SheetRecord.revision == newest.c.revision)))


def signed_sheet_scores(session: Session, round_record: RoundRecord, case_type: str | None = None) -> list[SheetScore]:
    """The score of every assignment's newest signed sheet under the round's veto policy: of the
    case files, or of the files of one type (the panel's story sheets are of no case file).

    One query: each signed sheet keeps its total (stored when signed or imported). A sheet
    without one, which only a sheet written outside the product's signing can be, is totalled
    here from its rows by the core's own rule."""
    rubric, rules = round_rubric(round_record), round_rules(round_record)
    counted = counted_sheet_ids(round_record).scalar_subquery()
    of_kind = CaseFileRecord.case_type == case_type if case_type else CaseFileRecord.case_type != STORY_TYPE
    heads = session.execute(
        select(SheetRecord.id, CaseFileRecord.code, CaseFileRecord.case_type, ReviewerRecord.name, ReviewerRecord.track,
               SheetRecord.falsification, SheetRecord.total_points, SheetRecord.veto_failed,
               SheetRecord.submission_concern)
        .join(AssignmentRecord, SheetRecord.assignment_id == AssignmentRecord.id)
        .join(CaseFileRecord, AssignmentRecord.case_file_id == CaseFileRecord.id)
        .join(ReviewerRecord, AssignmentRecord.reviewer_id == ReviewerRecord.id)
        .where(SheetRecord.id.in_(counted), of_kind)
        .order_by(ReviewerRecord.id, AssignmentRecord.id)).all()
    totals = {}
    if any(points is None for *_, points, _, _ in heads):
        case_types = {sheet_id: CaseType(case_type) for sheet_id, _, case_type, *_, points, _, _ in heads if points is None}
        # only the sheets asked for: the others (the stories', or the case files') are not totalled here
        untotalled = select(SheetRecord.id).join(AssignmentRecord).join(CaseFileRecord).where(
            SheetRecord.id.in_(counted), SheetRecord.total_points.is_(None), of_kind)
        totals = _totals_from_rows(session, rubric, case_types, untotalled.scalar_subquery())
    scores = []
    for sheet_id, code, _, reviewer, track, falsification, points, veto_failed, concern in heads:
        if points is None:
            points, veto_failed = totals[sheet_id]["total_points"], totals[sheet_id]["veto_failed"]
        reported = falsification not in (None, Falsification.NONE.value)
        scores.append(SheetScore(code, reviewer, Track(track), sheet_score(points, veto_failed, rules.veto_policy),
                                 veto_failed, reported, points, concern))
    return scores


@collector_paused()
def _totals_from_rows(session: Session, rubric: Rubric, case_types: dict[int, CaseType],
                      chosen) -> dict[int, dict[str, object]]:  # noqa: ANN001 - the sheets' ids, a SQL subquery
    """Each chosen sheet's total as signing stores it (signed_total), read as plain rows in three queries."""
    sheets = {sheet_id: ScoreSheet(case_type) for sheet_id, case_type in case_types.items()}
    marks = {}
    for mark_id, sheet_id, item_id, no_deduction, skipped in session.execute(
            select(MarkRecord.id, MarkRecord.sheet_id, MarkRecord.item_id, MarkRecord.no_deduction, MarkRecord.not_applicable)
            .where(MarkRecord.sheet_id.in_(chosen))):
        marks[mark_id] = sheets[sheet_id].marks[item_id] = ItemMark(item_id, no_deduction, not_applicable=skipped)
    for mark_id, points in session.execute(
            select(DeductionRecord.mark_id, DeductionRecord.points).join(MarkRecord).where(MarkRecord.sheet_id.in_(chosen))):
        marks[mark_id].deductions.append(Deduction(points, ""))
    for sheet_id, item_id, passed in session.execute(
            select(VetoAnswerRecord.sheet_id, VetoAnswerRecord.item_id, VetoAnswerRecord.passed)
            .where(VetoAnswerRecord.sheet_id.in_(chosen))):
        sheets[sheet_id].veto[item_id] = passed
    return {sheet_id: signed_total(rubric, sheet) for sheet_id, sheet in sheets.items()}


def round_results(session: Session, round_record: RoundRecord) -> RoundResults:
    from reviewer_app.store.sampling import reviewed_codes

    rules = round_rules(round_record)
    reviewed = reviewed_codes(session, round_record)
    units = [
        UnitFacts(
            name=u.name,
            level=UnitLevel(u.level),
            parent=u.parent.name if u.parent else None,
            corrected_on_reconsideration=u.corrected_on_reconsideration,
            reconsideration_reference=u.reconsideration_note,
            reconsideration_date=u.reconsideration_date,
            tie_break=u.tie_break,
            gap_decision=GapDecision(u.gap_decision),
            gap_reason=u.gap_reason,
            counted_in_city=u.counted_in_city,
        )
        for u in round_record.units
    ]
    assigned = dict(session.execute(
        select(AssignmentRecord.case_file_id, func.count()).join(CaseFileRecord)
        .where(CaseFileRecord.round_id == round_record.id).group_by(AssignmentRecord.case_file_id)).all())
    # Oldest first, so each file ends with its newest decision's accepted score.
    accepted: dict[int, Decimal | None] = dict(session.execute(
        select(RecheckDecision.case_file_id, RecheckDecision.accepted_score).join(CaseFileRecord)
        .where(CaseFileRecord.round_id == round_record.id).order_by(RecheckDecision.id)).all())
    case_files = [
        CaseFileFacts(
            code=c.code,
            unit=c.unit.name,
            case_type=CaseType(c.case_type),
            eligibility_warnings=tuple(c.eligibility_warnings.splitlines()),
            eligibility=EligibilityDecision(c.eligibility_decision),
            falsification_confirmed=c.falsification_decision == FalsificationDecision.CONFIRMED,
            falsification_rejected=c.falsification_decision == FalsificationDecision.REJECTED,
            assigned=assigned.get(c.id, 0),
            rechecked=c.id in accepted,
            accepted_score=accepted.get(c.id),
            veto_ruling=VetoRuling(c.veto_ruling),
            unit_file=c.unit_file,
        )
        for c in round_record.case_files_only if reviewed is None or c.code in reviewed
    ]
    sheets = [s for s in signed_sheet_scores(session, round_record) if reviewed is None or s.case_code in reviewed]
    return consolidate(rules, units, case_files, sheets)
