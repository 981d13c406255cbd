"""The documented JSON shape of round results (README: "Results format")."""

from __future__ import annotations

from datetime import date
from typing import Any

from reviewer_app.core.consolidation import RoundResults
from reviewer_app.core.points import fmt


def results_document(round_name: str, results: RoundResults, issuer: str = "", issued_on: date | None = None) -> dict[str, Any]:
    rules = results.rules
    return {
        "round": {
            "name": round_name,
            "weights": {"expert": fmt(rules.weights.expert), "cross": fmt(rules.weights.cross)},
            "veto_policy": rules.veto_policy.value,
            "final": results.final,
            "issuer": issuer or None,
            "issued_on": issued_on.isoformat() if issued_on else None,
        },
        "case_files": [
            {
                "code": c.code,
                "unit": c.unit,
                "case_type": c.case_type.value,
                "expert_score": fmt(c.expert_score),
                "cross_score": fmt(c.cross_score),
                "final_score": fmt(c.final_score),
                "rule": c.rule,
                "weighting": c.weighting,
                "grade": c.grade,
                "falsified": c.falsified,
                "eligible": c.eligible,
                "veto_ruling": c.veto_ruling.value if c.vetoed_sheets else None,
                "accepted_score": fmt(c.accepted_score),
                "reasons": list(c.reasons),
                "status": c.status,
                "pending": list(c.pending),
            }
            for c in results.cases
        ],
        "units": [
            {
                "name": u.name,
                "level": u.level.value,
                "parent": u.parent,
                "score": fmt(u.score),
                "indicator": fmt(u.indicator),
                "indicator_zero_reasons": list(u.zero_reasons),
                "rank": u.rank,
                "case_count": u.case_count,
                "denominator": u.denominator,
                "warnings": list(u.warnings),
                "status": u.status,
                "pending": list(u.pending),
            }
            for u in results.units
        ],
    }
