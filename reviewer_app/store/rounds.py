"""Rounds: creating one, and reading back its rubric and rules as core objects."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Callable
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.core.consolidation import CombinationRule, GradeScale, RoundRules
from reviewer_app.core.rubric import Rubric, RubricError, rubric_from_dict
from reviewer_app.core.vocabulary import VetoPolicy
from reviewer_app.store.schema import AssignmentRecord, AuditEntry, IssuedPackage, ReviewerRecord, RoundRecord, SheetRecord


def create_round(
    session: Session,
    *,
    name: str,
    year: int,
    rubric: Rubric,
    period: tuple[date, date] | None = None,
    rules: RoundRules = RoundRules(),
) -> RoundRecord:
    record = RoundRecord(
        name=name,
        year=year,
        period_start=period[0] if period else None,
        period_end=period[1] if period else None,
        weight_expert=rules.weights.expert,
        weight_cross=rules.weights.cross,
        veto_policy=rules.veto_policy.value,
        enforce_eligibility=rules.enforce_eligibility,
        grade_excellent=rules.grades.excellent,
        grade_pass=rules.grades.passing,
        recheck_threshold=rules.recheck_threshold,
        reconsideration_reaches_city=rules.reconsideration_reaches_city,
        rubric_json=json.dumps(rubric.to_dict(), ensure_ascii=False),
    )
    session.add(record)
    session.flush()
    return record


def only_round(session: Session) -> RoundRecord:
    """The round a database holds (a secretariat database holds one round)."""
    record = session.scalars(select(RoundRecord).order_by(RoundRecord.id)).first()
    if record is None:
        raise LookupError("数据库中没有评查活动")
    return record


def round_identity(record: RoundRecord) -> str:
    """The round's id as every copy of it knows it: the secretariat's id, also in a reviewer's copy."""
    return str(record.origin_round_id or record.id)


def round_rubric(record: RoundRecord) -> Rubric:
    return _rubric_of(record.rubric_json, record.name)


@lru_cache(maxsize=16)
def _rubric_of(rubric_json: str, round_name: str) -> Rubric:
    # Checking a rubric against its schema costs ~40 ms; a round asks for its rubric at every
    # signature and import, and a Rubric is immutable, so each stored text is read once.
    return rubric_from_dict(json.loads(rubric_json), f"评查活动“{round_name}”的评分细则")


def round_rules(record: RoundRecord) -> RoundRules:
    return RoundRules(
        weights=CombinationRule(Decimal(record.weight_expert), Decimal(record.weight_cross)),
        veto_policy=VetoPolicy(record.veto_policy),
        enforce_eligibility=record.enforce_eligibility,
        grades=GradeScale(record.grade_excellent, record.grade_pass),
        recheck_threshold=Decimal(record.recheck_threshold),
        period=(record.period_start, record.period_end) if record.period_start and record.period_end else None,
        reconsideration_reaches_city=record.reconsideration_reaches_city,
        sample_only=record.review_sample_only,
    )


def scoring_started(session: Session, round_record: RoundRecord) -> str | None:
    """Why the round's rubric and case types can no longer change, or None while they still can:
    a package carries them to reviewers, and a sheet is scored against them."""
    if session.scalar(select(IssuedPackage.package_id).join(ReviewerRecord).where(ReviewerRecord.round_id == round_record.id).limit(1)):
        return "已发出评审包"
    if session.scalar(select(SheetRecord.id).join(AssignmentRecord).join(ReviewerRecord)
                      .where(ReviewerRecord.round_id == round_record.id).limit(1)):
        return "已有评分表"
    return None


def set_round_rubric(session: Session, round_record: RoundRecord, rubric: Rubric) -> None:
    if (reason := scoring_started(session, round_record)) is not None:
        raise RubricError(f"{reason}，评分细则不能再修改")
    if problems := rubric.total_problems():
        raise RubricError("；".join(problems))
    round_record.rubric_json = json.dumps(rubric.to_dict(), ensure_ascii=False)
    audit(session, "秘书处", "rubric", f"修改评分细则（{sum(len(s.items) for s in rubric.sections)} 项）")


def audit(session: Session, actor: str, action: str, detail: str = "") -> None:
    session.add(AuditEntry(actor=actor, action=action, detail=detail))


class PublicationRefused(ValueError):
    pass


def publish_results(session: Session, round_record: RoundRecord, issuer: str, issued_on: date, open_questions: list[str],
                    actor: str = "秘书处") -> None:
    """Record who issues the final results and when; refused while any question is open
    (open_questions: "code：question" from the round's results), since a report then says 初步结果."""
    issuer = issuer.strip()
    if not issuer:
        raise PublicationRefused("请填写发布单位")
    if len(issuer) > 200:
        raise PublicationRefused("发布单位名称过长")
    if open_questions:
        shown = "；".join(open_questions[:3]) + ("；……" if len(open_questions) > 3 else "")
        raise PublicationRefused(f"尚有 {len(open_questions)} 项待决事项（{shown}），结果还不是最终结果，不能发布")
    round_record.issuing_body, round_record.issued_on = issuer, issued_on
    audit(session, actor, "publish", f"{issuer} {issued_on.isoformat()} 发布最终结果")


def refuse_if_published(round_record: RoundRecord, change: str, error: Callable[[str], Exception]) -> None:
    """Published results stay as published, so every report printed since says the same: each
    store function that would change a figure asks this before it writes, and raises its own
    kind of error (which its callers already show) saying why and what to do."""
    if round_record.issued_on is not None:
        raise error(f"本活动的最终结果已于 {round_record.issued_on.isoformat()} 由{round_record.issuing_body}发布，"
                    f"不能再{change}。如确需更改，请先撤销发布（“文件”菜单 → 发布最终结果 → 撤销发布），改后再重新发布。")


def withdraw_publication(session: Session, round_record: RoundRecord, reason: str, actor: str = "秘书处") -> None:
    """Undo a publication, with the reason on the audit trail; results can change again, and
    reports name no issuer until they are published anew."""
    if round_record.issued_on is None:
        raise PublicationRefused("结果尚未发布，无需撤销")
    reason = reason.strip()
    if not reason:
        raise PublicationRefused("请填写撤销发布的理由")
    if len(reason) > 500:
        raise PublicationRefused("撤销理由过长（最多 500 字）")
    audit(session, actor, "withdraw_publication",
          f"撤销 {round_record.issuing_body} {round_record.issued_on.isoformat()} 的发布：{reason}")
    round_record.issuing_body, round_record.issued_on = "", None
