"""The secretariat's decisions on what reviewers report: falsification (confirm or reject,
with a reason) and re-check (复核) of case files whose reviewers disagree too much."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.core.vocabulary import Falsification, FalsificationDecision, Track
from reviewer_app.store.results import signed_sheet_scores
from reviewer_app.store.rounds import audit
from reviewer_app.store.schema import AssignmentRecord, CaseFileRecord, RecheckDecision, RoundRecord
from reviewer_app.store.sheets import latest_signed_sheet


class DecisionError(ValueError):
    pass


@dataclass(frozen=True)
class FalsificationReport:
    case_code: str
    reviewer: str
    status: Falsification
    description: str
    evidence: tuple[str, ...]  # "03 调查询问笔录 第2页"
    decision: FalsificationDecision
    decision_reason: str


def falsification_reports(session: Session, round_record: RoundRecord) -> list[FalsificationReport]:
    reports = []
    for case in round_record.case_files:
        names = {d.id: f"{d.position:02d} {d.title}" for d in case.documents}
        for assignment in session.scalars(select(AssignmentRecord).where(AssignmentRecord.case_file_id == case.id)):
            record = latest_signed_sheet(assignment)
            if record is None or record.falsification in (None, Falsification.NONE.value):
                continue
            reports.append(FalsificationReport(
                case.code, assignment.reviewer.name, Falsification(record.falsification), record.falsification_description,
                tuple(f"{names.get(e.document_id, '?')} 第{e.page}页" for e in record.evidence),
                FalsificationDecision(case.falsification_decision), case.falsification_decision_reason))
    return reports


def _case(session: Session, round_record: RoundRecord, code: str) -> CaseFileRecord:
    case = session.scalar(select(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id, CaseFileRecord.code == code))
    if case is None:
        raise DecisionError(f"没有编号为 {code} 的案卷")
    return case


def decide_falsification(session: Session, round_record: RoundRecord, code: str, confirmed: bool, reason: str,
                         actor: str = "秘书处") -> None:
    if not reason.strip():
        raise DecisionError("请填写认定或不予认定的理由")
    case = _case(session, round_record, code)
    case.falsification_decision = (FalsificationDecision.CONFIRMED if confirmed else FalsificationDecision.REJECTED).value
    case.falsification_decision_reason = reason.strip()
    audit(session, actor, "confirm_falsification" if confirmed else "reject_falsification", f"{code}：{reason.strip()}")


@dataclass(frozen=True)
class Spread:
    case_code: str
    scores: tuple[tuple[str, Track, Decimal], ...]  # reviewer, track, sheet score
    spread: Decimal
    flagged: bool
    decisions: tuple[str, ...]


def spreads(session: Session, round_record: RoundRecord) -> list[Spread]:
    """Per case file, the gap between the highest and lowest signed sheet; flagged above the
    round's threshold (default 15 points) for re-check."""
    by_case: dict[str, list[tuple[str, Track, Decimal]]] = {c.code: [] for c in round_record.case_files}
    for sheet in signed_sheet_scores(session, round_record):
        by_case[sheet.case_code].append((sheet.reviewer, sheet.track, sheet.score))
    result = []
    for case in round_record.case_files:
        scores = by_case[case.code]
        gap = max(s for _, _, s in scores) - min(s for _, _, s in scores) if len(scores) > 1 else Decimal(0)
        decisions = tuple(f"{d.decided_at:%Y-%m-%d} {d.actor}：{d.decision}（{d.reason}）" for d in
                          session.scalars(select(RecheckDecision).where(RecheckDecision.case_file_id == case.id).order_by(RecheckDecision.id)))
        result.append(Spread(case.code, tuple(scores), gap, gap > round_record.recheck_threshold, decisions))
    return result


def record_recheck(session: Session, round_record: RoundRecord, code: str, decision: str, reason: str,
                   actor: str = "秘书处") -> None:
    if not decision.strip() or not reason.strip():
        raise DecisionError("复核决定和理由都需要填写")
    case = _case(session, round_record, code)
    session.add(RecheckDecision(case_file_id=case.id, decision=decision.strip(), reason=reason.strip(), actor=actor))
    audit(session, actor, "recheck", f"{code}：{decision.strip()}；理由：{reason.strip()}")


def set_tie_break(session: Session, round_record: RoundRecord, unit_name: str, order: int | None, actor: str = "秘书处") -> None:
    """Order a unit among those with the same indicator (1 first); None returns it to a shared rank."""
    unit = next((u for u in round_record.units if u.name == unit_name), None)
    if unit is None:
        raise DecisionError(f"没有参评单位“{unit_name}”")
    unit.tie_break = order
    audit(session, actor, "tie_break", f"{unit_name}：{order if order is not None else '取消'}")
