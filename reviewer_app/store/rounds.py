"""Rounds: creating one, and reading back its rubric and rules as core objects."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer_app.core.consolidation import CombinationRule, GradeScale, RoundRules
from reviewer_app.core.rubric import Rubric, rubric_from_dict
from reviewer_app.core.vocabulary import VetoPolicy
from reviewer_app.store.schema import AuditEntry, RoundRecord


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
    return rubric_from_dict(json.loads(record.rubric_json), f"评查活动“{record.name}”的评分细则")


def round_rules(record: RoundRecord) -> RoundRules:
    return RoundRules(
        weights=CombinationRule(Decimal(record.weight_expert), Decimal(record.weight_cross)),
        veto_policy=VetoPolicy(record.veto_policy),
        enforce_eligibility=record.enforce_eligibility,
        grades=GradeScale(record.grade_excellent, record.grade_pass),
    )


def audit(session: Session, actor: str, action: str, detail: str = "") -> None:
    session.add(AuditEntry(actor=actor, action=action, detail=detail))
