"""The secretariat's decisions on what a unit's score is a mean over (the notice's fixed 7 and
22): a unit that submitted fewer files than required, and the two counties a city's score takes."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from reviewer_app.core.composition import COUNTIES_IN_CITY_SCORE, OWN_FILES
from reviewer_app.core.vocabulary import GapDecision, UnitLevel
from reviewer_app.store.decisions import DecisionError, unit_named
from reviewer_app.store.rounds import audit, refuse_if_published
from reviewer_app.store.schema import RoundRecord


@dataclass(frozen=True)
class UnitComposition:
    name: str
    level: UnitLevel
    parent: str | None
    submitted: int
    required: int
    decision: GapDecision
    reason: str
    counted_in_city: bool

    @property
    def gap(self) -> int:
        return max(0, self.required - self.submitted)


def compositions(round_record: RoundRecord) -> list[UnitComposition]:
    return [UnitComposition(u.name, UnitLevel(u.level), u.parent.name if u.parent else None, len(u.submitted_files),
                            OWN_FILES[UnitLevel(u.level)], GapDecision(u.gap_decision), u.gap_reason, u.counted_in_city)
            for u in round_record.units]


def decide_gap(session: Session, round_record: RoundRecord, unit_name: str, decision: GapDecision, reason: str,
               actor: str = "秘书处") -> None:
    """Record how a unit's missing files count: 0 each, or excused (a reason required). Audited."""
    refuse_if_published(round_record, "修改缺报案卷的处理", DecisionError)
    unit = unit_named(round_record, unit_name)
    reason = reason.strip()
    if decision is GapDecision.EXCUSED and not reason:
        raise DecisionError("准予缺报须写明理由")
    if len(reason) > 500:
        raise DecisionError("理由过长（最多 500 字）")
    unit.gap_decision, unit.gap_reason = decision.value, reason
    audit(session, actor, "gap_decision", f"{unit_name}：{decision.label}" + (f"（{reason}）" if reason else ""))


def name_counted_counties(session: Session, round_record: RoundRecord, city_name: str, county_names: list[str],
                          actor: str = "秘书处") -> None:
    """The counties whose files the city's score takes ("2 个县级单位各 7 份"). Audited."""
    refuse_if_published(round_record, "修改计入市级得分的县级单位", DecisionError)
    city = unit_named(round_record, city_name)
    if city.level != UnitLevel.CITY.value:
        raise DecisionError(f"“{city_name}”不是设区市单位")
    counties = [u for u in round_record.units if u.parent_id == city.id]
    chosen = set(county_names)
    unknown = sorted(chosen - {u.name for u in counties})
    if unknown:
        raise DecisionError(f"“{unknown[0]}”不是{city_name}所辖的县级单位")
    if len(chosen) != min(COUNTIES_IN_CITY_SCORE, len(counties)):
        raise DecisionError(f"须指定 {min(COUNTIES_IN_CITY_SCORE, len(counties))} 个县级单位，现为 {len(chosen)} 个")
    for county in counties:
        county.counted_in_city = county.name in chosen
    audit(session, actor, "counted_counties", f"{city_name}：{'、'.join(sorted(chosen))}")
