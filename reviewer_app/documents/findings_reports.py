"""What the secretariat writes up from a round: the round report and the typical problems (典型问题)
with reviewers' leniency for the leadership meeting, and each unit's findings for its
rectification (整改) letter."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reviewer_app.core.consolidation import FINAL, CaseResult, RoundResults, RoundRules, UnitResult, reviewer_deviation
from reviewer_app.core.findings import ItemFinding, ScoredSheet, item_findings, leniency_label, most_frequent, stage_findings
from reviewer_app.core.points import ZERO, fmt
from reviewer_app.core.rubric import Rubric
from reviewer_app.documents.layout import Block, Fields, Heading, Picture, Report, Table, Text
from reviewer_app.documents.pictures import bar_chart_png
from reviewer_app.core.vocabulary import UnitLevel
from reviewer_app.documents.round_reports import (
    PROVISIONAL_MARK,
    Publication,
    case_table,
    ranking_blocks,
    status_blocks,
    status_footer,
)
from reviewer_app.documents.text import VETO_POLICY_TEXT

TOP_ITEMS_CHARTED = 10


def _item_rows(findings: list[ItemFinding], with_units: bool) -> tuple[tuple[str, ...], ...]:
    return tuple(
        (str(n), f.stage, f"{f.item_id} {f.text}", str(f.times), str(len(f.cases)),
         *((str(len(f.units)),) if with_units else ()), fmt(f.points), "；".join(f.examples()))
        for n, f in enumerate(findings, start=1)
    )


def problems_blocks(rubric: Rubric, scored: list[ScoredSheet], top: int | None = None) -> list[Block]:
    """Deductions by procedural stage, then the items that cost points most often (all of them,
    or the first `top`), each with a chart."""
    findings = item_findings(rubric, scored)
    frequent = most_frequent(findings)
    stages = stage_findings(findings)
    total_times = sum(s.times for s in stages)
    total_points = sum((s.points for s in stages), ZERO)
    shown = frequent[:top] if top else frequent
    blocks: list[Block] = [
        Text(f"已签名评分表 {len(scored)} 份，扣分 {total_times} 次，合计扣 {fmt(total_points)} 分。"
             "扣分按评分表计，同一评分项在一份评分表上扣分以该项满分为限。"),
        Table(("办案环节", "扣分次数", "扣分合计", "占全部扣分"),
              tuple((s.stage, str(s.times), fmt(s.points), f"{fmt(s.share)}%") for s in stages),
              (3, 1.5, 1.5, 1.5), numeric=frozenset({1, 2, 3})),
        Picture(bar_chart_png([s.stage for s in stages], [s.points for s in stages], maximum=0), 150,
                "图：各办案环节扣分合计（分）"),
    ]
    if not frequent:
        return [*blocks, Text("本轮没有扣分。")]
    charted = frequent[:TOP_ITEMS_CHARTED]
    return [
        *blocks,
        Text("典型问题（按扣分次数排序" + (f"，列前 {len(shown)} 项" if len(shown) < len(frequent) else "") + "）："),
        Table(("序号", "环节", "评分项", "次数", "案卷", "单位", "扣分合计", "典型扣分理由"), _item_rows(shown, True),
              (0.7, 1.3, 4, 0.8, 0.8, 0.8, 1.2, 4.4), numeric=frozenset({0, 3, 4, 5, 6})),
        Picture(bar_chart_png([f.item_id for f in charted], [f.times for f in charted], maximum=0, decimals=0), 150,
                f"图：扣分次数最多的 {len(charted)} 个评分项"),
    ]


def typical_problems_report(round_name: str, rubric: Rubric, scored: list[ScoredSheet], results: RoundResults,
                            publication: Publication | None = None) -> Report:
    blocks: list[Block] = [
        Text(f"评查活动：{round_name}　　案卷 {len(results.cases)} 件"),
        *status_blocks(results.final, publication),
        Heading("一、各办案环节扣分情况与典型问题"),
        *problems_blocks(rubric, scored),
        Heading("二、评审尺度（供校准评审标准）"),
        *leniency_blocks(results),
    ]
    return Report(title="案卷评查典型问题分析", subject=f"{round_name} 典型问题", blocks=tuple(blocks),
                  footer=status_footer(round_name, results.final, publication))


def leniency_blocks(results: RoundResults) -> list[Block]:
    """Each reviewer's mean deviation from the mean of all signed sheets on the same files."""
    sheets = [s for case in results.cases for s in case.sheets]
    deviations = reviewer_deviation(sheets)
    if not deviations:
        return [Text("尚无同一案卷有两份以上已签名评分表，无法比较评审尺度。")]
    tracks = {s.reviewer: s.track for s in sheets}
    counts: dict[str, int] = defaultdict(int)
    for sheet in sheets:
        counts[sheet.reviewer] += 1
    order = sorted(deviations, key=lambda name: deviations[name])
    rows = tuple((name, tracks[name].label, str(counts[name]), f"{deviations[name]:+.2f}", leniency_label(deviations[name]))
                 for name in order)
    return [
        Text("平均偏差为评审人员所评每件案卷的得分与该案卷全部已签名评分表均分之差的平均值：正值偏宽，负值偏严，"
             "相差 2 分以内为适中。"),
        Table(("评审人员", "评审类别", "评分表数", "平均偏差", "尺度"), rows, (3, 1.6, 1.2, 1.4, 1.2),
              numeric=frozenset({2, 3}), highlight=frozenset(n for n, name in enumerate(order) if leniency_label(deviations[name]) != "适中")),
        Picture(bar_chart_png(list(order), [deviations[name] for name in order], maximum=0), 150,
                "图：评审人员相对同案均分的平均偏差（分）"),
    ]


def unit_findings_report(round_name: str, rubric: Rubric, unit: UnitResult, cases: list[CaseResult],
                         scored: list[ScoredSheet], comments: list[tuple[str, str, str]],
                         publication: Publication | None = None) -> Report:
    """A unit's findings, to go with its rectification letter: its files and scores, the problems
    found in them (most frequent first), and the reviewers' overall opinions. Reviewers are named
    by track only: the letter goes to the unit that was reviewed. comments: (case code, track, text)."""
    own = [s for s in scored if s.unit == unit.name]
    problems = most_frequent(item_findings(rubric, own))
    final = unit.status == FINAL
    blocks: list[Block] = [
        *status_blocks(final, publication),
        Fields((
            ("参评单位", unit.name),
            ("层级", unit.level.label),
            ("本单位案卷", f"{len(cases)} 件"),
            ("案卷平均分", fmt(unit.score) or "—"),
            ("案卷质量指标", fmt(unit.indicator) or "—"),
            ("排名", f"第 {unit.rank} 名（{unit.level.label}）" if unit.rank else "—"),
        )),
        *((Text("案卷质量指标为 0：" + "；".join(unit.zero_reasons), emphasis=True),) if unit.zero_reasons else ()),
        Heading("一、本单位案卷得分"),
        Table(("案卷编号", "案卷类型", "案卷得分", "等次", "说明"),
              tuple((c.code, c.case_type.label, fmt(c.final_score) or "—", c.grade or "—", "；".join(c.reasons)) for c in cases),
              (1.5, 2.6, 1.3, 1, 4), numeric=frozenset({2}), highlight=frozenset(n for n, c in enumerate(cases) if c.reasons)),
        Heading("二、发现的主要问题"),
    ]
    if problems:
        blocks.append(Table(("序号", "环节", "评分项", "次数", "案卷", "扣分合计", "扣分理由"), _item_rows(problems, False),
                            (0.7, 1.3, 4.2, 0.8, 0.8, 1.2, 4.6), numeric=frozenset({0, 3, 4, 5})))
    else:
        blocks.append(Text("评审未发现扣分问题。"))
    blocks.append(Heading("三、评审意见"))
    blocks.append(Text("\n".join(f"{code}（{track}）：{text}" for code, track, text in comments) if comments else "无。"))
    blocks.append(Heading("四、整改要求"))
    blocks.append(Text("请对照上述问题逐项整改，完善相关制度和文书，并将整改情况书面报送评查组织单位。"))
    return Report(title="案卷评查意见", subject=f"{round_name} {unit.name} 评查意见", blocks=tuple(blocks),
                  footer=status_footer(f"{round_name} · {unit.name}", final, publication))


@dataclass(frozen=True)
class RoundFacts:
    """What the round report says about the round itself, beyond its results."""

    name: str
    period: tuple[date | None, date | None]
    reviewers: int
    expert_per_file: int
    cross_per_file: int
    recheck_threshold: Decimal


def _rules_text(facts: RoundFacts, rules: RoundRules) -> str:
    weights = rules.weights
    return "\n".join((
        f"每件案卷由 {facts.expert_per_file} 名专家和 {facts.cross_per_file} 名（组）交叉评审人员分别评分；交叉评审人员不评本地区案卷，"
        "评审人员声明回避的单位不予分配。",
        f"案卷得分：专家评审平均分×{fmt(weights.expert)} + 交叉评审平均分×{fmt(weights.cross)}（只有一类评审时以该类为准）。",
        "每个得分均四舍五入保留两位小数，并以印出的上一级得分计算下一级：平均分保留两位后加权，单位得分以保留两位的案卷得分计算，"
        "故表中每个得分都可由其上一级得分复算。",
        VETO_POLICY_TEXT[rules.veto_policy] + "；评审人员认定实体评查不通过的，由评审组裁定。",
        "评分项不适用于本案卷的，不计分，得分按适用项折算为百分制。",
        f"同一案卷评分相差超过 {fmt(facts.recheck_threshold)} 分的，经复核确定。",
        "认定造假的案卷计 0 分，其所计入单位的案卷质量指标为 0。",
        "评查期间内因行政复议纠正行政处罚的单位，案卷质量指标为 0" + ("，所属设区市亦为 0。" if rules.reconsideration_reaches_city else "。"),
        "经秘书处确认不符合报送要求的案卷计 0 分。",
        f"等次：{fmt(rules.grades.excellent)} 分以上为优秀，{fmt(rules.grades.passing)} 分以上为合格，其余为不合格。",
        "县级单位得分为本单位 7 份案卷的平均分；设区市得分为 22 份案卷（本级 8 份、所辖 2 个县级单位各 7 份）的平均分；"
        "缺报的案卷按 0 分计入，经秘书处准予缺报的按实报件数计算；排名在同一层级内进行。",
    ))


def round_report(facts: RoundFacts, rubric: Rubric, scored: list[ScoredSheet], results: RoundResults,
                 publication: Publication | None = None) -> Report:
    """The one report for the leadership meeting: the round at a glance, how it was scored, the
    rankings, every case file, the typical problems and the reviewers' leniency."""
    start, end = facts.period
    cities = sum(1 for u in results.units if u.level is UnitLevel.CITY)
    status = ("最终结果" + (f"（{publication.issuer}，{publication.date_text}发布）" if publication else "（待发布）")
              if results.final else PROVISIONAL_MARK)
    blocks: list[Block] = [
        *status_blocks(results.final, publication),
        Fields((
            ("评查活动", facts.name),
            ("案卷形成期间", f"{start.isoformat() if start else '—'} 至 {end.isoformat() if end else '—'}"),
            ("参评单位", f"{len(results.units)} 个（设区市 {cities} 个，县级 {len(results.units) - cities} 个）"),
            ("参评案卷", f"{len(results.cases)} 件"),
            ("评审人员", f"{facts.reviewers} 人（组）"),
            ("已签名评分表", f"{len(scored)} 份"),
            ("结果状态", status),
        )),
        Heading("一、评查方式与计分规则"),
        Text(_rules_text(facts, results.rules)),
        Heading("二、参评单位得分与排名"),
        *ranking_blocks(results),
        Heading("三、各案卷得分"),
        case_table(results),
        Heading("四、典型问题"),
        *problems_blocks(rubric, scored, top=15),
        Heading("五、评审尺度"),
        *leniency_blocks(results),
    ]
    if not results.final:
        pending = [f"{c.code}：{q}" for c in results.cases for q in c.pending]
        blocks += [Heading("六、待决事项"), Text("\n".join(pending), emphasis=True)]
    return Report(title="案卷评查结果报告", subject=f"{facts.name} 评查结果报告", blocks=tuple(blocks),
                  footer=status_footer(facts.name, results.final, publication))
