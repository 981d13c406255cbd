"""先进集体评选结果 and 先进个人评选结果: the rules as applied, the tables, the proposed lists, the
vetoed and why. One table definition each serves the report, the workbook's sheet and the console."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from reviewer_app.core.awards.collective import CollectiveResult, CollectiveSelection
from reviewer_app.core.awards.individual import IndividualSelection
from reviewer_app.core.points import fmt, round2
from reviewer_app.core.vocabulary import UnitLevel
from reviewer_app.documents.layout import Heading, Report, Table, Text
from reviewer_app.documents.round_reports import Publication, status_blocks, status_footer

COLLECTIVE_HEADER = ("排名", "参评单位", "层级", "案卷质量", "查处案件数量", "罚款金额", "重大案件数量", "执法公众满意度",
                     "综合得分", "基准比例", "基准值（案件数/罚款元/重大案件数）", "拟推荐", "否决、待决或并列说明")
REPORT_HEADER = ("排名", "参评单位", "案卷质量", "案件数量", "罚款金额", "重大案件", "满意度", "综合得分", "基准比例", "拟推荐")


def _percent(ratio: Decimal | None) -> str:
    return "" if ratio is None else f"{round2(ratio * 100)}%"


def collective_row(unit: CollectiveResult) -> tuple[Any, ...]:
    """One unit as every output prints it; points as Decimal (None: not yet scored)."""
    bases = "" if unit.baselines is None else " / ".join(str(b) for b in unit.baselines)
    notes = [*(f"否决：{v}" for v in unit.vetoed), *unit.pending, *([unit.tie_note] if unit.tie_note else [])]
    return (unit.rank, unit.name, unit.level.label, unit.quality, unit.cases, unit.fines, unit.major, unit.satisfaction,
            unit.total, _percent(unit.ratio), bases, "是" if unit.proposed else "", "；".join(notes))


def collective_rows(selection: CollectiveSelection) -> list[tuple[Any, ...]]:
    """Cities first, then counties, each in rank order with the vetoed and unscored after."""
    return [collective_row(u) for level in (UnitLevel.CITY, UnitLevel.COUNTY) for u in selection.units if u.level is level]


def cell_text(value: Any, empty: str = "—") -> str:
    """A table value as printed: points to two places, nothing yet as `empty`."""
    if value is None:
        return empty
    return fmt(value) if isinstance(value, Decimal) else str(value)


def rules_text(selection: CollectiveSelection) -> str:
    province = selection.province
    given = ("未导入" if province is None else
             f"重点监控企业 {province.key_enterprises} 家，查处案件 {province.cases} 件，罚款 {province.fines} 元，重大案件 {province.major_cases} 件")
    return (f"计分：{selection.rules.describe()}。满意度：得票最多的单位得满分，其他单位每低 1% 减 0.3 分（按比例），不低于 0 分；"
            f"同级单位之间比较。环境质量一票否决：设区市 PM10 或 PM2.5 年均浓度升高，或 1 个及以上国控断面水质类别下降"
            f"（县级不考核空气质量）。同分按《中国环境报》文章数、省厅专栏文章数、秘书处确定的顺序排列。全省合计：{given}。")


def collective_report(round_name: str, selection: CollectiveSelection, cases_final: bool,
                      publication: Publication | None = None) -> Report:
    final = selection.final and cases_final
    blocks: list = [Text(f"评查活动：{round_name}"), *status_blocks(final, publication), Heading("一、评选规则"),
                    Text(rules_text(selection))]
    for title, level, quota in (("二、", UnitLevel.CITY, selection.rules.city_quota),
                                ("三、", UnitLevel.COUNTY, selection.rules.county_quota)):
        units = [u for u in selection.units if u.level is level]
        blocks.append(Heading(f"{title}{level.label}先进集体（名额 {quota} 个）"))
        if not units:
            blocks.append(Text("无候选单位。"))
            continue
        # Ten columns fit a portrait page; each unit's baselines and notes follow the table.
        rows = tuple((cell_text(u.rank), u.name, *(cell_text(v) for v in (u.quality, u.cases, u.fines, u.major, u.satisfaction, u.total)),
                      _percent(u.ratio), "是" if u.proposed else "") for u in units)
        blocks.append(Table(REPORT_HEADER, rows, (0.9, 3.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.3, 1.2, 0.9),
                            numeric=frozenset(range(2, 8)), highlight=frozenset(n for n, u in enumerate(units) if u.vetoed)))
        for unit in units:
            notes = collective_row(unit)[-1]
            bases = "" if unit.baselines is None else (
                f"基准值 案件 {unit.baselines[0]} 件、罚款 {unit.baselines[1]} 元、重大案件 {unit.baselines[2]} 件")
            if bases or notes:
                blocks.append(Text(f"{unit.name}：{'；'.join(t for t in (bases, notes) if t)}", emphasis=bool(unit.vetoed)))
        proposed = [u.name for u in units if u.proposed]
        blocks.append(Text(f"拟推荐：{'、'.join(proposed) if proposed else '无'}", emphasis=True))
    vetoed = [u for u in selection.units if u.vetoed]
    blocks.append(Heading("四、移出候选名单的单位"))
    blocks.append(Text("；".join(f"{u.name}：{'，'.join(u.vetoed)}" for u in vetoed) if vetoed else "无。"))
    if selection.pending:
        blocks.append(Heading("五、待决事项"))
        blocks.append(Text("；".join(selection.pending)))
    return Report(title="先进集体评选结果", subject=f"{round_name} 先进集体评选", blocks=tuple(blocks),
                  footer=status_footer(round_name, final, publication))


INDIVIDUAL_HEADER = ("排名", "候选人", "所在单位", "查处案件数量", "行政处罚案卷质量", "案件调查情况", "个人事迹", "综合得分",
                     "拟推荐", "否决或待决")


def individual_rows(selection: IndividualSelection) -> list[tuple[Any, ...]]:
    """Candidates in rank order, the vetoed and the unscored after; points as Decimal."""
    return [(c.rank, c.name, c.unit, c.cases, c.quality, c.votes, c.story, c.total, "是" if c.proposed else "",
             "；".join((*(f"否决：{v}" for v in c.vetoed), *c.pending))) for c in selection.candidates]


def individual_report(round_name: str, selection: IndividualSelection, cases_final: bool,
                      publication: Publication | None = None) -> Report:
    """先进个人评选结果: candidates are named (they are what is decided); no reviewer is."""
    final = selection.final and cases_final
    rows = tuple(tuple(cell_text(v) for v in row) for row in individual_rows(selection))
    proposed = [c.name for c in selection.proposed]
    vetoed = [c for c in selection.candidates if c.vetoed]
    blocks = [
        Text(f"评查活动：{round_name}"), *status_blocks(final, publication),
        Heading("一、评选规则"),
        Text(f"计分：{selection.rules.describe()}。查处案件数量最多者得满分，其他候选人每低 1% 减 0.2 分；"
             "案件调查情况得票最多者得满分，其他每低 1% 减 0.3 分（均按比例，不低于 0 分）；个人事迹为评审小组匿名评分的平均分。"
             "未附廉洁执法证明材料、举报经查属实或不符合基本条件的，移出候选名单。"),
        Heading(f"二、评选结果（名额 {selection.rules.quota} 名）"),
        Table(INDIVIDUAL_HEADER, rows, (0.8, 1.6, 2.6, 1.2, 1.3, 1.2, 1.1, 1.2, 0.9, 3.2), numeric=frozenset(range(3, 8)),
              highlight=frozenset(n for n, c in enumerate(selection.candidates) if c.vetoed)),
        Text(f"拟推荐：{'、'.join(proposed) if proposed else '无'}", emphasis=True),
        Heading("三、移出候选名单的候选人"),
        Text("；".join(f"{c.name}（{c.unit}）：{'，'.join(c.vetoed)}" for c in vetoed) if vetoed else "无。"),
    ]
    if selection.pending:
        blocks += [Heading("四、待决事项"), Text("；".join(selection.pending))]
    return Report(title="先进个人评选结果", subject=f"{round_name} 先进个人评选", blocks=tuple(blocks),
                  footer=status_footer(round_name, final, publication))
