"""The secretariat's and panel's decisions: falsification reports (confirm or reject), vetoes
(stands or not upheld), re-checks (复核) of files whose reviewers disagree too much, intake's
eligibility warnings (confirm or dismiss), reconsideration corrections and tie-breaks; each with
a reason, each audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.core.vocabulary import EligibilityDecision, Falsification, FalsificationDecision, Track, VetoRuling
from reviewer_app.core.consolidation import RoundResults
from reviewer_app.core.points import CENT, round2
from reviewer_app.store.results import counted_sheet_ids, round_results
from reviewer_app.store.rounds import audit, refuse_if_published, round_rubric
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DocumentRecord,
    EvidenceRecord,
    RecheckDecision,
    ReviewerRecord,
    RoundRecord,
    SheetRecord,
    SubmissionEvidenceRecord,
    UnitRecord,
    VetoAnswerRecord,
)


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
    """Every newest signed sheet that reports falsification, with its evidence, in three queries."""
    counted = counted_sheet_ids(round_record).scalar_subquery()
    rows = session.execute(
        select(SheetRecord.id, CaseFileRecord.code, ReviewerRecord.name, SheetRecord.falsification,
               SheetRecord.falsification_description, CaseFileRecord.falsification_decision,
               CaseFileRecord.falsification_decision_reason)
        .join(AssignmentRecord, SheetRecord.assignment_id == AssignmentRecord.id)
        .join(CaseFileRecord, AssignmentRecord.case_file_id == CaseFileRecord.id)
        .join(ReviewerRecord, AssignmentRecord.reviewer_id == ReviewerRecord.id)
        .where(SheetRecord.id.in_(counted), SheetRecord.falsification.is_not(None),
               SheetRecord.falsification != Falsification.NONE.value)
        .order_by(CaseFileRecord.id, AssignmentRecord.id)).all()
    evidence: dict[int, list[str]] = {}
    for sheet_id, position, title, page in session.execute(
            select(EvidenceRecord.sheet_id, DocumentRecord.position, DocumentRecord.title, EvidenceRecord.page)
            .join(DocumentRecord, EvidenceRecord.document_id == DocumentRecord.id)
            .where(EvidenceRecord.sheet_id.in_([r[0] for r in rows])).order_by(EvidenceRecord.id)):
        evidence.setdefault(sheet_id, []).append(f"{position:02d} {title} 第{page}页")
    return [FalsificationReport(code, reviewer, Falsification(status), description, tuple(evidence.get(sheet_id, ())),
                                FalsificationDecision(decision), reason)
            for sheet_id, code, reviewer, status, description, decision, reason in rows]


def _case(session: Session, round_record: RoundRecord, code: str) -> CaseFileRecord:
    case = session.scalar(select(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id, CaseFileRecord.code == code))
    if case is None:
        raise DecisionError(f"没有编号为 {code} 的案卷")
    return case


def unit_named(round_record: RoundRecord, name: str) -> UnitRecord:
    unit = next((u for u in round_record.units if u.name == name), None)
    if unit is None:
        raise DecisionError(f"没有参评单位“{name}”")
    return unit


def decide_falsification(session: Session, round_record: RoundRecord, code: str, confirmed: bool, reason: str,
                         actor: str = "秘书处") -> None:
    refuse_if_published(round_record, "认定或不予认定案卷造假", DecisionError)
    if not reason.strip():
        raise DecisionError("请填写认定或不予认定的理由")
    case = _case(session, round_record, code)
    case.falsification_decision = (FalsificationDecision.CONFIRMED if confirmed else FalsificationDecision.REJECTED).value
    case.falsification_decision_reason = reason.strip()
    audit(session, actor, "confirm_falsification" if confirmed else "reject_falsification", f"{code}：{reason.strip()}")


@dataclass(frozen=True)
class VetoCase:
    """A case file where at least one signed sheet failed a substantive (veto) item."""

    case_code: str
    failed: tuple[str, ...]  # "周明远：V2 违法事实清楚，证据确凿"
    ruling: VetoRuling
    reason: str


def veto_cases(session: Session, round_record: RoundRecord) -> list[VetoCase]:
    counted = counted_sheet_ids(round_record).scalar_subquery()
    rubric = round_rubric(round_record)
    texts = {v.id: v.text for v in rubric.veto_items}
    failed: dict[str, list[str]] = {}
    rulings: dict[str, tuple[str, str]] = {}
    for code, ruling, reason, reviewer, item_id in session.execute(
            select(CaseFileRecord.code, CaseFileRecord.veto_ruling, CaseFileRecord.veto_ruling_reason, ReviewerRecord.name,
                   VetoAnswerRecord.item_id)
            .join(AssignmentRecord, AssignmentRecord.case_file_id == CaseFileRecord.id)
            .join(ReviewerRecord, AssignmentRecord.reviewer_id == ReviewerRecord.id)
            .join(SheetRecord, SheetRecord.assignment_id == AssignmentRecord.id)
            .join(VetoAnswerRecord, VetoAnswerRecord.sheet_id == SheetRecord.id)
            .where(SheetRecord.id.in_(counted), VetoAnswerRecord.passed.is_(False))
            .order_by(CaseFileRecord.code, ReviewerRecord.id, VetoAnswerRecord.item_id)):
        failed.setdefault(code, []).append(f"{reviewer}：{item_id} {texts.get(item_id, '')}")
        rulings[code] = (ruling, reason)
    return [VetoCase(code, tuple(items), VetoRuling(rulings[code][0]), rulings[code][1]) for code, items in failed.items()]


def rule_on_veto(session: Session, round_record: RoundRecord, code: str, stands: bool, reason: str,
                 actor: str = "评审组") -> None:
    """The panel's ruling on a failed veto item: it stands (the file fails) or it is not upheld
    (every sheet keeps its points). A reason is required; the ruling is audited."""
    refuse_if_published(round_record, "裁定否决项", DecisionError)
    if not reason.strip():
        raise DecisionError("请填写裁定理由")
    case = _case(session, round_record, code)
    if code not in {v.case_code for v in veto_cases(session, round_record)}:
        raise DecisionError(f"案卷 {code} 没有认定否决项不通过的已签名评分表，无需裁定")
    ruling = VetoRuling.STANDS if stands else VetoRuling.NOT_UPHELD
    case.veto_ruling, case.veto_ruling_reason = ruling.value, reason.strip()
    audit(session, actor, "veto_ruling", f"{code}：{ruling.label}；理由：{reason.strip()}")


@dataclass(frozen=True)
class Spread:
    case_code: str
    scores: tuple[tuple[str, Track, Decimal], ...]  # reviewer, track, sheet score
    spread: Decimal
    flagged: bool
    decisions: tuple[str, ...]


def spreads(session: Session, round_record: RoundRecord, results: RoundResults | None = None) -> list[Spread]:
    """Per case file, the gap between the highest and lowest signed sheet; flagged above the
    round's threshold (default 15 points) for re-check. `results`, when the caller has them,
    saves totalling every sheet again."""
    results = results or round_results(session, round_record)
    decisions: dict[str, list[str]] = {}
    for code, decided_at, actor, decision, reason, accepted in session.execute(
            select(CaseFileRecord.code, RecheckDecision.decided_at, RecheckDecision.actor, RecheckDecision.decision,
                   RecheckDecision.reason, RecheckDecision.accepted_score)
            .join(CaseFileRecord).where(CaseFileRecord.round_id == round_record.id).order_by(RecheckDecision.id)):
        score = f"，认定 {round2(accepted)} 分" if accepted is not None else ""
        decisions.setdefault(code, []).append(f"{decided_at:%Y-%m-%d} {actor}：{decision}{score}（{reason}）")
    found = [Spread(case.code, tuple((s.reviewer, s.track, s.score) for s in case.sheets), case.spread or Decimal(0),
                    case.recheck_needed, tuple(decisions.get(case.code, ())))
             for case in results.cases]
    return found + _story_spreads(session, round_record, decisions)


def _story_spreads(session: Session, round_record: RoundRecord, decisions: dict[str, list[str]]) -> list[Spread]:
    """The panel's stories, re-checked the same way (先进个人: the round's story threshold)."""
    from reviewer_app.store.candidates import individual_rules
    from reviewer_app.store.results import signed_sheet_scores
    from reviewer_app.store.schema import STORY_TYPE
    from reviewer_app.store.stories import story_scores

    sheets: dict[str, list[tuple[str, Track, Decimal]]] = {}
    for sheet in signed_sheet_scores(session, round_record, case_type=STORY_TYPE):
        sheets.setdefault(sheet.case_code, []).append((sheet.reviewer, sheet.track, sheet.score))
    scores = story_scores(session, round_record, individual_rules(round_record).story_recheck_threshold)
    return [Spread(code, tuple(sheets[code]), score.spread or Decimal(0), score.needs_recheck, tuple(decisions.get(code, ())))
            for code, score in scores.items() if code in sheets]


def parse_accepted_score(text: str | None, maximum: Decimal) -> Decimal | None:
    """The score a re-check settles on, as the secretariat typed it: empty for none, else a number
    from 0 to the rubric's maximum with at most two decimals."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        score = Decimal(text)
    except InvalidOperation:
        raise DecisionError(f"认定得分“{text}”不是数字") from None
    if not score.is_finite() or not 0 <= score <= maximum or score != score.quantize(CENT):
        raise DecisionError(f"认定得分应在 0 到 {maximum} 之间，最多两位小数（{text}）")
    return score


def record_recheck(session: Session, round_record: RoundRecord, code: str, decision: str, reason: str,
                   actor: str = "秘书处", accepted_score: Decimal | None = None) -> None:
    """Record the re-check's decision and reason; with an accepted score, that score replaces
    the sheets' combined score for the file (a falsification, ineligibility or upheld veto still
    makes it 0). The newest decision counts; every one is kept and audited."""
    refuse_if_published(round_record, "记录复核决定", DecisionError)
    if not decision.strip() or not reason.strip():
        raise DecisionError("复核决定和理由都需要填写")
    actor = actor.strip()
    if not actor or len(actor) > 100:
        raise DecisionError("请填写复核人（最多 100 字）")
    case = _case(session, round_record, code)
    session.add(RecheckDecision(case_file_id=case.id, decision=decision.strip(), reason=reason.strip(), actor=actor,
                                accepted_score=accepted_score))
    accepted = f"；认定得分 {round2(accepted_score)}" if accepted_score is not None else ""
    audit(session, actor, "recheck", f"{code}：{decision.strip()}{accepted}；理由：{reason.strip()}")


def set_tie_break(session: Session, round_record: RoundRecord, unit_name: str, order: int | None, actor: str = "秘书处") -> None:
    """Order a unit among those with the same indicator (1 first); None returns it to a shared rank."""
    refuse_if_published(round_record, "调整并列单位的顺序", DecisionError)
    unit = unit_named(round_record, unit_name)
    unit.tie_break = order
    audit(session, actor, "tie_break", f"{unit_name}：{order if order is not None else '取消'}")


def set_reconsideration(session: Session, round_record: RoundRecord, unit_name: str, reference: str | None,
                        actor: str = "秘书处", decided_on: date | None = None) -> None:
    """Record that a unit had a penalty corrected on administrative reconsideration, by the
    decision's reference (文号) and date (only a decision within the round's period zeroes the
    indicator); None or empty takes the record back. Audited."""
    refuse_if_published(round_record, "修改行政复议纠正记录", DecisionError)
    unit = unit_named(round_record, unit_name)
    reference = (reference or "").strip()
    if len(reference) > 200:
        raise DecisionError("决定文号过长")
    unit.corrected_on_reconsideration, unit.reconsideration_note = bool(reference), reference
    unit.reconsideration_date = decided_on if reference else None
    audit(session, actor, "reconsideration", f"{unit_name}：{reference or '撤销行政复议纠正记录'}"
          + (f"，决定日期 {decided_on:%Y-%m-%d}" if reference and decided_on else ""))


@dataclass(frozen=True)
class EligibilityCase:
    case_code: str
    unit: str
    title: str
    warnings: tuple[str, ...]  # what intake proposed, then what reviewers raised on their signed sheets
    decision: EligibilityDecision
    reason: str


def reviewers_concerns(session: Session, round_record: RoundRecord) -> dict[str, list[str]]:
    """Each file's doubts about the submission rules raised on its counted signed sheets, with
    the reviewer and the pages cited, as the eligibility tab shows them."""
    rows = session.execute(
        select(SheetRecord.id, CaseFileRecord.code, ReviewerRecord.name, SheetRecord.submission_concern)
        .join(AssignmentRecord, SheetRecord.assignment_id == AssignmentRecord.id)
        .join(CaseFileRecord, AssignmentRecord.case_file_id == CaseFileRecord.id)
        .join(ReviewerRecord, AssignmentRecord.reviewer_id == ReviewerRecord.id)
        .where(SheetRecord.id.in_(counted_sheet_ids(round_record).scalar_subquery()), SheetRecord.submission_concern != "")
        .order_by(CaseFileRecord.id, ReviewerRecord.id)).all()
    pages: dict[int, list[str]] = {}
    if rows:
        for sheet_id, title, page in session.execute(
                select(SubmissionEvidenceRecord.sheet_id, DocumentRecord.title, SubmissionEvidenceRecord.page)
                .join(DocumentRecord, SubmissionEvidenceRecord.document_id == DocumentRecord.id)
                .where(SubmissionEvidenceRecord.sheet_id.in_([r[0] for r in rows]))
                .order_by(SubmissionEvidenceRecord.id)):
            pages.setdefault(sheet_id, []).append(f"{title} 第{page}页")
    found: dict[str, list[str]] = {}
    for sheet_id, code, reviewer, concern in rows:
        cited = f"（见{'、'.join(pages[sheet_id])}）" if sheet_id in pages else ""
        found.setdefault(code, []).append(f"评审人员{reviewer}提出：{concern.strip()}{cited}")
    return found


def eligibility_cases(session: Session, round_record: RoundRecord) -> list[EligibilityCase]:
    """Case files intake warned about, a reviewer raised a doubt about, or the secretariat has
    decided on."""
    raised = reviewers_concerns(session, round_record)
    rows = session.execute(
        select(CaseFileRecord.code, UnitRecord.name, CaseFileRecord.title, CaseFileRecord.eligibility_warnings,
               CaseFileRecord.eligibility_decision, CaseFileRecord.eligibility_reason)
        .join(UnitRecord, CaseFileRecord.unit_id == UnitRecord.id)
        .where(CaseFileRecord.round_id == round_record.id,
               (CaseFileRecord.eligibility_warnings != "") | (CaseFileRecord.eligibility_decision != EligibilityDecision.NONE.value)
               | CaseFileRecord.code.in_(list(raised)))
        .order_by(UnitRecord.id, CaseFileRecord.title)).all()
    return [EligibilityCase(code, unit, title, (*warned.splitlines(), *raised.get(code, ())), EligibilityDecision(decision), reason)
            for code, unit, title, warned, decision, reason in rows]


def decide_eligibility(session: Session, round_record: RoundRecord, code: str, ineligible: bool, reason: str,
                       actor: str = "秘书处") -> None:
    """Confirm that a file does not meet the submission rules (it scores 0), or dismiss intake's
    warning (it counts as scored). A reason is required; audited."""
    refuse_if_published(round_record, "确认或排除不符合报送要求的提示", DecisionError)
    if not reason.strip():
        raise DecisionError("请填写确认或排除的理由")
    case = _case(session, round_record, code)
    decision = EligibilityDecision.CONFIRMED if ineligible else EligibilityDecision.DISMISSED
    case.eligibility_decision, case.eligibility_reason = decision.value, reason.strip()
    audit(session, actor, "eligibility", f"{code}：{'确认不符合报送要求' if ineligible else '排除不符合报送要求的提示'}；理由：{reason.strip()}")
