"""The documented JSON shape of round results (README: "Results format")."""

from __future__ import annotations

from datetime import date
from typing import Any

from reviewer_app.core.awards.collective import CollectiveSelection
from reviewer_app.core.awards.individual import IndividualSelection
from reviewer_app.core.consolidation import RoundResults
from reviewer_app.core.points import fmt


def collective_document(selection: CollectiveSelection) -> dict[str, Any]:
    """awards.collective: the rules in force, the province's totals and each candidate unit."""
    rules, province = selection.rules, selection.province
    return {
        "rules": {"quality": fmt(rules.quality_points), "cases": fmt(rules.cases_points), "fines": fmt(rules.fines_points),
                  "major_cases": fmt(rules.major_points), "satisfaction": fmt(rules.satisfaction_points),
                  "baseline_reading": rules.reading.value, "baseline_reading_text": rules.reading.label,
                  "quotas": {"city": rules.city_quota, "county": rules.county_quota}, "text": rules.describe()},
        "province": None if province is None else {
            "key_enterprises": province.key_enterprises, "cases": province.cases, "fines": fmt(province.fines),
            "major_cases": province.major_cases},
        "final": selection.final,
        "pending": selection.pending,
        "units": [{
            "name": u.name,
            "level": u.level.value,
            "baseline_ratio": None if u.ratio is None else str(u.ratio),
            "baselines": None if u.baselines is None else {
                "cases": fmt(u.baselines[0]), "fines": fmt(u.baselines[1]), "major_cases": fmt(u.baselines[2])},
            "quality": fmt(u.quality),
            "cases": fmt(u.cases),
            "fines": fmt(u.fines),
            "major_cases": fmt(u.major),
            "satisfaction": fmt(u.satisfaction),
            "total": fmt(u.total),
            "vetoed": list(u.vetoed),
            "rank": u.rank,
            "proposed": u.proposed,
            "tie_note": u.tie_note or None,
            "pending": list(u.pending),
        } for u in selection.units],
    }


def individual_document(selection: IndividualSelection) -> dict[str, Any]:
    """awards.individual: the rules in force and each candidate (named: they are what is decided)."""
    rules = selection.rules
    return {
        "rules": {"cases": fmt(rules.cases_points), "quality": fmt(rules.quality_points), "votes": fmt(rules.votes_points),
                  "story": fmt(rules.story_points), "quota": rules.quota, "text": rules.describe()},
        "final": selection.final,
        "pending": selection.pending,
        "candidates": [{
            "name": c.name, "unit": c.unit, "cases": fmt(c.cases), "quality": fmt(c.quality), "votes": fmt(c.votes),
            "story": fmt(c.story), "total": fmt(c.total), "vetoed": list(c.vetoed), "rank": c.rank,
            "proposed": c.proposed, "pending": list(c.pending),
        } for c in selection.candidates],
    }


def results_document(round_name: str, results: RoundResults, issuer: str = "", issued_on: date | None = None,
                     collective: CollectiveSelection | None = None,
                     individual: IndividualSelection | None = None) -> dict[str, Any]:
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
        "awards": {"collective": None if collective is None else collective_document(collective),
                   "individual": None if individual is None or not individual.candidates else individual_document(individual)},
    }
