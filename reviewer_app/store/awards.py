"""先进集体 in the database: each unit's statistics (imported from the template, all or nothing),
the counties their cities recommend, the order among candidates still tied, the round's
settings, and the selection computed from them and the case-file results."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import openpyxl
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewer_app.core.awards.collective import (
    BaselineReading,
    CandidateFacts,
    CollectiveRules,
    CollectiveSelection,
    ProvinceTotals,
    UnitStatistics,
    select_collectives,
)
from reviewer_app.core.consolidation import FINAL, RoundResults
from reviewer_app.core.vocabulary import UnitLevel
from reviewer_app.store.rounds import audit, refuse_if_published
from reviewer_app.store.schema import AwardCandidateRecord, RoundRecord, UnitRecord, UnitStatisticsRecord
from reviewer_app.store.spreadsheets import RowProblem, SpreadsheetError, read_tables

STATISTICS_SHEET = "统计数据"
PROVINCE_ROW = "全省"  # optional: the province's totals; without it, the sum of the cities' rows
NAME = "单位名称"
# (column, record field, kind): kind "count" an integer ≥ 0, "money" 元 with at most 2 decimals,
# "concentration" μg/m³ (cities only; counties are not assessed on air), "sections" a count
# that may be left empty only for a unit not yet reported.
COLUMNS = (
    ("市级以上重点监控企业数", "key_enterprises", "count"),
    ("查处案件数", "cases", "count"),
    ("罚款金额（元）", "fines", "money"),
    ("查封扣押案件数", "seizures", "count"),
    ("停产限产案件数", "production_limits", "count"),
    ("按日连续处罚案件数", "daily_penalties", "count"),
    ("涉嫌犯罪移送案件数", "crime_transfers", "count"),
    ("行政拘留移送案件数", "detention_transfers", "count"),
    ("公众满意度得票数", "votes", "count"),
    ("中国环境报文章数", "articles_national", "count"),
    ("省厅专栏文章数", "articles_provincial", "count"),
    ("PM10上年均值", "pm10_previous", "concentration"),
    ("PM10本年均值", "pm10", "concentration"),
    ("PM2.5上年均值", "pm25_previous", "concentration"),
    ("PM2.5本年均值", "pm25", "concentration"),
    ("水质类别下降的国控断面数", "sections_fallen", "sections"),
)
REQUIRED = (NAME, *(c for c, _, kind in COLUMNS if kind in ("count", "money")))
PROVINCE_FIELDS = ("key_enterprises", "cases", "fines", "seizures", "production_limits", "daily_penalties",
                   "crime_transfers", "detention_transfers")
MAJOR_FIELDS = ("seizures", "production_limits", "daily_penalties", "crime_transfers", "detention_transfers")
MAX_COUNT = 10**9


class AwardError(ValueError):
    pass


def write_statistics_template(path: Path, round_record: RoundRecord) -> None:
    """One row per unit, the roster's names already in place, and the optional province row."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = STATISTICS_SHEET
    sheet.append((NAME, *(c for c, _, _ in COLUMNS)))
    sheet.append((PROVINCE_ROW,))
    for unit in round_record.units:
        sheet.append((unit.name,))
    book.save(path)


def _value(text: str, column: str, kind: str, level: UnitLevel | None) -> object:
    if not text:
        if kind in ("count", "money") and level is not None:
            raise RowProblem(column, "不能为空")
        return None
    if kind == "concentration" and level is UnitLevel.COUNTY:
        raise RowProblem(column, "县级单位不考核空气质量，请留空")
    try:
        number = Decimal(text.replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise RowProblem(column, f"“{text}”不是数字") from None
    if not number.is_finite() or number < 0:
        raise RowProblem(column, f"“{text}”不能为负数")
    if kind in ("count", "sections"):
        if number != number.to_integral_value() or number > MAX_COUNT:
            raise RowProblem(column, f"“{text}”应为整数")
        return int(number)
    if kind == "money" and (number.as_tuple().exponent < -2 or number > Decimal(10) ** 15):
        raise RowProblem(column, f"“{text}”金额最多两位小数")
    if kind == "concentration" and (number <= 0 or number > 2000):
        raise RowProblem(column, f"“{text}”不像是年均浓度（μg/m³）")
    return number


def import_statistics(session: Session, round_record: RoundRecord, path: Path, actor: str = "秘书处") -> int:
    """Every row checked before anything is written; a bad cell is named (sheet, row, column, why)
    and nothing changes. A re-import replaces all statistics. Returns the units imported."""
    refuse_if_published(round_record, "导入先进集体评选统计数据", AwardError)
    [table] = read_tables(path, {STATISTICS_SHEET: REQUIRED}, csv_sheet=STATISTICS_SHEET, what="统计表")
    units = {u.name: u for u in round_record.units}
    rows: dict[int, dict[str, object]] = {}
    province: dict[str, object] | None = None
    for number, row in table.rows:
        name = table.cell(row, NAME)
        try:
            if name == PROVINCE_ROW:
                if province is not None:
                    raise RowProblem(NAME, "“全省”行重复")
                province = {field: _value(table.cell(row, column), column, kind, None)
                            for column, field, kind in COLUMNS if field in PROVINCE_FIELDS}
                continue
            unit = units.get(name)
            if unit is None:
                raise RowProblem(NAME, f"“{name}”不在参评单位名单中" if name else "不能为空")
            if unit.id in rows:
                raise RowProblem(NAME, f"“{name}”重复")
            level = UnitLevel(unit.level)
            rows[unit.id] = {field: _value(table.cell(row, column), column, kind, level) for column, field, kind in COLUMNS}
        except RowProblem as problem:
            raise SpreadsheetError(f"{path.name}，工作表“{table.sheet}”，第 {number} 行，{problem}") from None
    if province is not None:
        if any(province[f] is None for f in PROVINCE_FIELDS):
            raise SpreadsheetError(f"{path.name}，工作表“{table.sheet}”：“全省”行须填写重点监控企业数、查处案件数、罚款金额和五类重大案件数，或整行删去")
        if province["key_enterprises"] == 0:
            raise SpreadsheetError(f"{path.name}，工作表“{table.sheet}”：“全省”行的重点监控企业数不能为 0")
    session.execute(delete(UnitStatisticsRecord).where(UnitStatisticsRecord.unit_id.in_([u.id for u in units.values()])))
    session.add_all(UnitStatisticsRecord(unit_id=unit_id, **values) for unit_id, values in rows.items())
    round_record.province_statistics = "" if province is None else json.dumps({k: str(v) for k, v in province.items()})
    audit(session, actor, "award_statistics", f"导入先进集体评选统计数据：{path.name}，{len(rows)} 个单位"
          + ("，含全省合计" if province else "，全省合计取各设区市之和"))
    return len(rows)


def _statistics(record: UnitStatisticsRecord | None) -> UnitStatistics | None:
    if record is None:
        return None
    pair = lambda a, b: None if a is None or b is None else (a, b)  # noqa: E731
    return UnitStatistics(record.key_enterprises, record.cases, record.fines,
                          sum(getattr(record, f) for f in MAJOR_FIELDS), record.votes, record.articles_national,
                          record.articles_provincial, pair(record.pm10_previous, record.pm10),
                          pair(record.pm25_previous, record.pm25), record.sections_fallen)


def province_totals_given(round_record: RoundRecord) -> ProvinceTotals | None:
    if not round_record.province_statistics:
        return None
    given = json.loads(round_record.province_statistics)
    return ProvinceTotals(int(given["key_enterprises"]), int(given["cases"]), Decimal(given["fines"]),
                          sum(int(given[f]) for f in MAJOR_FIELDS))


def collective_rules(round_record: RoundRecord) -> CollectiveRules:
    if not round_record.collective_rules:
        return CollectiveRules()
    stored = json.loads(round_record.collective_rules)
    defaults = CollectiveRules()
    return CollectiveRules(
        **{name: Decimal(stored[name]) for name in ("quality_points", "cases_points", "fines_points", "major_points",
                                                    "satisfaction_points") if name in stored},
        reading=BaselineReading(stored.get("reading", defaults.reading.value)),
        city_quota=int(stored.get("city_quota", defaults.city_quota)),
        county_quota=int(stored.get("county_quota", defaults.county_quota)))


def set_collective_rules(session: Session, round_record: RoundRecord, rules: CollectiveRules, actor: str = "秘书处") -> None:
    refuse_if_published(round_record, "更改先进集体评选规则", AwardError)
    if min(rules.city_quota, rules.county_quota) < 0 or any(
            p < 0 for p in (rules.quality_points, rules.cases_points, rules.fines_points, rules.major_points, rules.satisfaction_points)):
        raise AwardError("名额和分值不能为负数")
    round_record.collective_rules = json.dumps({k: str(v) if isinstance(v, Decimal) else v for k, v in asdict(rules).items()})
    audit(session, actor, "award_rules", rules.describe())


def _unit(round_record: RoundRecord, name: str) -> UnitRecord:
    unit = next((u for u in round_record.units if u.name == name), None)
    if unit is None:
        raise AwardError(f"参评单位“{name}”不存在")
    return unit


def recommend(session: Session, round_record: RoundRecord, name: str, recommended: bool, actor: str = "秘书处") -> None:
    """"县级先进集体候选名单由各设区市环保局推荐形成": a county becomes a candidate when its city
    recommends it. Cities are candidates of their own level without it."""
    refuse_if_published(round_record, "更改先进集体候选推荐", AwardError)
    unit = _unit(round_record, name)
    if unit.level != UnitLevel.COUNTY.value:
        raise AwardError(f"{name} 是设区市，直接列为市级先进集体候选，无需推荐")
    unit.recommended_for_award = recommended
    audit(session, actor, "award_recommend", f"{name}：{'列为' if recommended else '不再列为'}县级先进集体候选（所在设区市推荐）")


def order_tie(session: Session, round_record: RoundRecord, name: str, order: int | None, reason: str,
              actor: str = "秘书处") -> None:
    """The order among candidates whose totals and article counts are all equal (1 first)."""
    refuse_if_published(round_record, "更改先进集体并列顺序", AwardError)
    unit = _unit(round_record, name)
    if order is not None and (order < 1 or not reason.strip()):
        raise AwardError("顺序须为 1 起的整数，并填写理由")
    unit.award_tie_order, unit.award_tie_reason = order, reason.strip() if order is not None else ""
    audit(session, actor, "award_tie", f"{name}：先进集体并列顺序 {order if order is not None else '取消'}；理由：{reason.strip()}")


@dataclass(frozen=True)
class CandidateRow:
    """A unit as the console's table lists it: candidate or not, and why."""

    name: str
    level: UnitLevel
    parent: str | None
    candidate: bool
    has_statistics: bool


def candidate_rows(session: Session, round_record: RoundRecord) -> list[CandidateRow]:
    with_stats = set(session.scalars(select(UnitStatisticsRecord.unit_id)))
    return [CandidateRow(u.name, UnitLevel(u.level), u.parent.name if u.parent else None,
                         u.level == UnitLevel.CITY.value or u.recommended_for_award, u.id in with_stats)
            for u in round_record.units]


def collective_selection(session: Session, round_record: RoundRecord, results: RoundResults | None = None) -> CollectiveSelection:
    """The selection as the round now stands: cities and recommended counties, scored on the
    case-file results (computed here unless given) and the imported statistics."""
    if results is None:
        from reviewer_app.store.results import round_results

        results = round_results(session, round_record)
    unit_results = {u.name: u for u in results.units}
    statistics = {r.unit_id: r for r in session.scalars(
        select(UnitStatisticsRecord).join(UnitRecord).where(UnitRecord.round_id == round_record.id))}
    candidates = []
    for unit in round_record.units:
        if unit.level == UnitLevel.COUNTY.value and not unit.recommended_for_award:
            continue
        result = unit_results.get(unit.name)
        candidates.append(CandidateFacts(
            unit.name, UnitLevel(unit.level), result.indicator if result else None,
            result is not None and result.status == FINAL, _statistics(statistics.get(unit.id)),
            unit.award_tie_order, unit.award_tie_reason))
    return select_collectives(candidates, collective_rules(round_record), province_totals_given(round_record))


def publication_questions(session: Session, round_record: RoundRecord, results: RoundResults | None = None) -> list[str]:
    """What keeps the round from being published: the case-file results' open questions, then
    the 先进集体 and 先进个人 selections' (publication freezes a selection with the scores it
    uses). A round with no statistics or no candidates imported has no such selection."""
    if results is None:
        from reviewer_app.store.results import round_results

        results = round_results(session, round_record)
    questions = list(results.open_questions)
    if session.scalar(select(UnitStatisticsRecord.unit_id).join(UnitRecord).where(UnitRecord.round_id == round_record.id).limit(1)):
        questions += [f"先进集体评选：{p}" for p in collective_selection(session, round_record, results).pending]
    if session.scalar(select(AwardCandidateRecord.id).where(AwardCandidateRecord.round_id == round_record.id).limit(1)):
        from reviewer_app.store.candidates import individual_selection

        questions += [f"先进个人评选：{p}" for p in individual_selection(session, round_record, results).pending]
    return questions
