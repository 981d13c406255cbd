"""Assigning the round's case files to its reviewers (core.assignment does the choosing)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, object_session

from reviewer_app.core.assignment import AssignmentError, Candidate, FileToAssign, assign, conflicts
from reviewer_app.core.vocabulary import Track
from reviewer_app.store.rounds import audit, refuse_if_published
from reviewer_app.store.schema import (
    STORY_TYPE, AssignmentRecord, CaseFileRecord, ReviewerRecord, RoundRecord, SheetRecord, UnitRecord,
)


def assign_round(session: Session, round_record: RoundRecord, seed: int = 0) -> dict[str, int]:
    """Replace the round's unscored assignments with an automatic one; returns each reviewer's load."""
    refuse_if_published(round_record, "重新分配案卷", AssignmentError)
    reviewer_ids = select(ReviewerRecord.id).where(ReviewerRecord.round_id == round_record.id)
    scored = (select(SheetRecord.id).join(AssignmentRecord, SheetRecord.assignment_id == AssignmentRecord.id)
              .where(AssignmentRecord.reviewer_id.in_(reviewer_ids)).limit(1))
    if session.scalar(scored) is not None:
        raise AssignmentError("已有评分表，不能重新自动分配；请改用手工调整")
    from reviewer_app.store.sampling import reviewed_codes

    reviewed = reviewed_codes(session, round_record)
    files = [_file(c) for c in round_record.case_files_only if reviewed is None or c.code in reviewed]
    candidates = [_candidate(r) for r in round_record.reviewers]
    pairs = assign(files, candidates, {Track.EXPERT: round_record.experts_per_file, Track.CROSS: round_record.cross_per_file}, seed)
    reviewers = {r.name: r for r in round_record.reviewers}
    cases = {c.code: c for c in round_record.case_files_only}
    # Written as rows, not objects: a national round has 16,000 assignments, and the unit of work
    # took longer over them than the assignment itself. The story panel's assignments stay.
    session.execute(delete(AssignmentRecord).where(AssignmentRecord.reviewer_id.in_(reviewer_ids),
                                                   AssignmentRecord.case_file_id.not_in(
                                                       select(CaseFileRecord.id).where(CaseFileRecord.case_type == STORY_TYPE))))
    if pairs:
        session.execute(insert(AssignmentRecord), [
            {"reviewer_id": reviewers[name].id, "case_file_id": cases[code].id} for name, code in pairs])
    for reviewer in reviewers.values():
        session.expire(reviewer, ["assignments"])  # read again from the rows when next asked
    audit(session, "秘书处", "assign", f"自动分配 {len(pairs)} 项（种子 {seed}）")
    loads = dict.fromkeys(reviewers, 0)
    for name, _ in pairs:
        loads[name] += 1
    return loads


def _candidate(reviewer: ReviewerRecord) -> Candidate:
    return Candidate(reviewer.name, Track(reviewer.track), reviewer.region, frozenset(declared_units(reviewer)))


def _file(case: CaseFileRecord) -> FileToAssign:
    return FileToAssign(case.code, case.unit.region, case.unit.name)


def declared_units(reviewer: ReviewerRecord) -> list[str]:
    return [u for u in reviewer.declared_conflicts.splitlines() if u]


@dataclass(frozen=True)
class AssignmentConflict:
    reviewer: str
    case_code: str
    region: str
    declared_unit: str = ""  # set when the conflict is one the reviewer declared

    def __str__(self) -> str:
        if self.declared_unit:
            return f"冲突：{self.reviewer} 已声明与 {self.declared_unit} 存在利害关系，案卷 {self.case_code} 应回避"
        return f"冲突：评审人员 {self.reviewer} 与案卷 {self.case_code} 同属{self.region}，应回避"


def _conflicts(reviewer: ReviewerRecord, case: CaseFileRecord) -> bool:
    return conflicts(_candidate(reviewer), _file(case))


def assignment_conflicts(round_record: RoundRecord) -> list[AssignmentConflict]:
    """Assignments that break the region rule or a declared conflict (manual overrides), for the
    console to show in red. One query of plain rows, whatever the size of the round."""
    rows = object_session(round_record).execute(
        select(ReviewerRecord.name, ReviewerRecord.track, ReviewerRecord.region, ReviewerRecord.declared_conflicts,
               CaseFileRecord.code, UnitRecord.name, UnitRecord.region)
        .select_from(AssignmentRecord)
        .join(ReviewerRecord, AssignmentRecord.reviewer_id == ReviewerRecord.id)
        .join(CaseFileRecord, AssignmentRecord.case_file_id == CaseFileRecord.id)
        .join(UnitRecord, CaseFileRecord.unit_id == UnitRecord.id)
        .where(ReviewerRecord.round_id == round_record.id)
        .order_by(ReviewerRecord.id, AssignmentRecord.id))
    found = []
    for name, track, region, declared, code, unit, unit_region in rows:
        avoid = frozenset(u for u in declared.splitlines() if u)
        if conflicts(Candidate(name, Track(track), region, avoid), FileToAssign(code, unit_region, unit)):
            found.append(AssignmentConflict(name, code, region, unit if unit in avoid else ""))
    return found


def declare_conflict(session: Session, round_record: RoundRecord, reviewer_name: str, unit_name: str,
                     withdrawn: bool = False) -> list[AssignmentConflict]:
    """A reviewer's declaration that they must not score a unit's files (or its withdrawal);
    automatic assignment respects it; existing assignments that now conflict are returned."""
    reviewer = next((r for r in round_record.reviewers if r.name == reviewer_name), None)
    if reviewer is None:
        raise AssignmentError(f"没有评审人员“{reviewer_name}”")
    if unit_name not in {u.name for u in round_record.units}:
        raise AssignmentError(f"没有参评单位“{unit_name}”")
    units = [u for u in declared_units(reviewer) if u != unit_name] + ([] if withdrawn else [unit_name])
    reviewer.declared_conflicts = "\n".join(units)
    audit(session, "秘书处", "declare_conflict", f"{reviewer_name} {'撤回' if withdrawn else '声明'}回避 {unit_name}")
    return [c for c in assignment_conflicts(round_record) if c.reviewer == reviewer_name]


def would_conflict(round_record: RoundRecord, reviewer_name: str, code: str) -> bool:
    """Whether giving this file to this reviewer would break the region rule (asked before a manual override)."""
    reviewer = next((r for r in round_record.reviewers if r.name == reviewer_name), None)
    case = next((c for c in round_record.case_files if c.code == code), None)
    return reviewer is not None and case is not None and _conflicts(reviewer, case)


def set_assignment(session: Session, round_record: RoundRecord, reviewer_name: str, code: str, assigned: bool) -> list[AssignmentConflict]:
    """A manual override: give or take one case file; returns the round's conflicts afterwards,
    so the caller can show them (a conflict is allowed, never hidden)."""
    refuse_if_published(round_record, "调整案卷分配", AssignmentError)
    reviewer = next((r for r in round_record.reviewers if r.name == reviewer_name), None)
    case = next((c for c in round_record.case_files if c.code == code), None)
    if reviewer is None or case is None:
        raise AssignmentError(f"没有评审人员“{reviewer_name}”" if reviewer is None else f"没有编号为 {code} 的案卷")
    current = next((a for a in reviewer.assignments if a.case_file is case), None)
    if assigned and current is None:
        reviewer.assignments.append(AssignmentRecord(case_file=case))
    elif not assigned and current is not None:
        if current.sheets:
            raise AssignmentError(f"{reviewer_name} 已对 {code} 评分，不能取消分配")
        reviewer.assignments.remove(current)
        session.delete(current)
    session.flush()
    audit(session, "秘书处", "assign_manual", f"{'分配' if assigned else '取消'} {code} → {reviewer_name}")
    return assignment_conflicts(round_record)
