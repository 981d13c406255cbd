"""Secretariat documents: case summary sheets, unit ranking, completion report."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from reviewer_app.core.consolidation import FINAL, CaseResult, RoundResults, in_rank_order
from reviewer_app.core.findings import ScoredSheet, item_findings, most_frequent
from reviewer_app.core.points import fmt
from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import total_sheet
from reviewer_app.core.vocabulary import Falsification, FalsificationDecision, SheetStatus, VetoPolicy
from reviewer_app.documents.layout import Block, Fields, Heading, Picture, Report, Table, Text
from reviewer_app.documents.pictures import bar_chart_png
from reviewer_app.store.report_views import AssignmentStatus, CaseFileView, SheetView

PROVISIONAL_MARK = "初步结果"  # on every page of a report while any question is open


@dataclass(frozen=True)
class Publication:
    """Who issues the round's final results, and on what day: printed on every final report."""

    issuer: str
    issued_on: date

    @property
    def date_text(self) -> str:
        return f"{self.issued_on.year}年{self.issued_on.month}月{self.issued_on.day}日"

    @property
    def line(self) -> str:
        return f"{self.issuer}　{self.date_text}"


def status_blocks(final: bool, publication: Publication | None) -> tuple[Text, ...]:
    """Under a report's title: the provisional warning, or who issued the final results and when."""
    if not final:
        return (Text(f"{PROVISIONAL_MARK}：尚有待决事项，得分和排名可能变化。", emphasis=True),)
    if publication is None:
        return (Text("各项结果均已确定，尚待秘书处发布（发布后报告载明发布单位和日期）。"),)
    return (Text(f"最终结果　发布单位：{publication.issuer}　发布日期：{publication.date_text}"),)


def status_footer(base: str, final: bool, publication: Publication | None) -> str:
    if not final:
        return f"{base} · {PROVISIONAL_MARK}"
    return f"{base} · {publication.line}" if publication else base

DECISION_TEXT = {
    FalsificationDecision.NONE: "无造假报告或尚未处理",
    FalsificationDecision.CONFIRMED: "秘书处认定造假：本案卷计 0 分，所计入单位案卷质量指标为 0",
    FalsificationDecision.REJECTED: "秘书处经核实不予认定",
}


def case_summary_report(
    round_name: str,
    case: CaseResult,
    case_file: CaseFileView,
    sheets: list[SheetView],
    rubric: Rubric,
    policy: VetoPolicy,
    recheck_notes: tuple[str, ...] = (),
    publication: Publication | None = None,
) -> Report:
    rows, highlight = [], set()
    for view in sheets:
        total = total_sheet(rubric, view.sheet)
        reported = view.sheet.falsification
        if total.veto_failed or reported not in (None, Falsification.NONE):
            highlight.add(len(rows))
        rows.append((
            view.track.label,
            view.reviewer,
            f"第{view.sheet.revision}版",
            "已签名" if view.sheet.status is SheetStatus.SIGNED else "草稿",
            fmt(total.score(policy)),
            "不通过" if total.veto_failed else "通过",
            reported.label if reported else "未判断",
        ))
    blocks = [
        Fields((
            ("评查活动", round_name),
            ("案卷编号", case.code),
            ("案卷类型", case.case_type.label),
            ("参评单位", case_file.unit),
        )),
        Heading("一、各评审人员评分"),
        Table(("评审类别", "评审人员", "版本", "状态", "本表得分", "实体评查", "造假报告"), tuple(rows), (2, 3, 1.2, 1.4, 1.5, 1.5, 1.6), numeric=frozenset({4}), highlight=frozenset(highlight)),
        Text("案卷得分只计已签名的评分表。"),
        Heading("二、案卷得分"),
        Fields((
            ("专家评审平均分", fmt(case.expert_score) or "—"),
            ("交叉评审平均分", fmt(case.cross_score) or "—"),
            ("计分规则", case.rule),
            *((("按评分表的加权", case.weighting),) if case.weighting and case.weighting != case.rule else ()),
            ("案卷得分", fmt(case.final_score) or "—"),
            ("等次", case.grade or "—"),
            ("符合报送要求", "是" if case.eligible else f"否（{case_file.eligibility_reason or '经秘书处确认'}，计 0 分）"),
            ("否决项裁定", veto_text(case)),
            ("结果状态", "最终结果" if case.status == "final" else "初步结果：" + "；".join(case.pending)),
        )),
        Heading("三、造假认定"),
        Text(DECISION_TEXT[case_file.falsification_decision], emphasis=case.falsified),
    ]
    if case_file.decision_reason:
        blocks.append(Text(f"认定理由：{case_file.decision_reason}"))
    blocks.append(Heading("四、复核记录"))
    blocks.append(Text("\n".join(recheck_notes) if recheck_notes else "无"))
    blocks += [Heading("五、评查意见"), *case_findings_blocks(case, case_file, sheets, rubric)]
    final = case.status == FINAL
    return Report(title="案卷评分汇总表", subject=f"{case.code} 汇总", blocks=(*status_blocks(final, publication), *blocks),
                  footer=status_footer(f"{round_name} · {case.code}", final, publication))


def case_findings_blocks(case: CaseResult, case_file: CaseFileView, sheets: list[SheetView], rubric: Rubric) -> list[Text]:
    """The file's findings in words: the panel's ruling and why, each reviewer's overall
    opinion, and the problems that cost points (most often cited first)."""
    lines = []
    if case.vetoed_sheets and case_file.veto_reason:
        lines.append(f"否决项裁定（{case.veto_ruling.label}）：{case_file.veto_reason}")
    if not case.eligible and case_file.eligibility_reason:
        lines.append(f"报送要求：{case_file.eligibility_reason}")
    lines += [f"{view.reviewer}（{view.track.label}）：{view.sheet.comment}" for view in sheets if view.sheet.comment.strip()]
    problems = most_frequent(item_findings(rubric, [ScoredSheet(v.case_code, case_file.unit, v.reviewer, v.sheet) for v in sheets]))
    found = [Text("\n".join(lines))] if lines else []
    if problems:
        found.append(Text("主要扣分问题：\n" + "\n".join(
            f"{f.item_id} {f.text}：{f.times} 份评分表扣分，合计 {fmt(f.points)} 分（{'；'.join(f.examples())}）" for f in problems)))
    return found or [Text("各评审人员均未扣分，也未填写评审意见。")]


def veto_text(case: CaseResult) -> str:
    if not case.vetoed_sheets:
        return "无评审人员认定否决项不通过"
    return f"{case.vetoed_sheets} 份评分表认定否决项不通过；评审组裁定：{case.veto_ruling.label}"


def ranking_blocks(results: RoundResults) -> list[Block]:
    """The units' scores and ranks (cities first, each level in rank order) with their chart."""
    units = in_rank_order(results.units)
    ranking = Table(
        ("排名", "参评单位", "层级", "案卷数", "案卷平均分", "案卷质量指标", "指标为零原因", "提示"),
        tuple(
            (str(u.rank or "—"), u.name, u.level.label, str(u.case_count), fmt(u.score) or "—", fmt(u.indicator) or "—",
             "；".join(u.zero_reasons), "；".join(u.warnings))
            for u in units
        ),
        (1, 3.2, 1.6, 1, 1.4, 1.4, 3, 3),
        numeric=frozenset({3, 4, 5}),
        highlight=frozenset(n for n, u in enumerate(units) if u.zero_reasons),
    )
    chart = bar_chart_png([u.name for u in units], [u.indicator for u in units])
    return [ranking, Picture(chart, 165, "图：各参评单位案卷质量指标（认定造假或行政复议纠正的单位为 0）")]


def case_table(results: RoundResults) -> Table:
    """Every case file's scores, unit by unit in rank order, with why a score is what it is."""
    by_unit: dict[str, list[CaseResult]] = defaultdict(list)
    for case in results.cases:
        by_unit[case.unit].append(case)
    ordered = [c for u in in_rank_order(results.units) for c in sorted(by_unit[u.name], key=lambda c: c.code)]
    case_rows = tuple(
        (c.unit, c.code, c.case_type.label, fmt(c.expert_score) or "—", fmt(c.cross_score) or "—", fmt(c.final_score) or "—",
         c.grade or "—", "；".join(c.reasons))
        for c in ordered
    )
    return Table(("参评单位", "案卷编号", "案卷类型", "专家评审", "交叉评审", "案卷得分", "等次", "说明"), case_rows,
                 (2.6, 1.4, 2.2, 1.2, 1.2, 1.2, 0.9, 2.6), numeric=frozenset({3, 4, 5}),
                 highlight=frozenset(n for n, c in enumerate(ordered) if c.reasons))


def unit_ranking_report(round_name: str, results: RoundResults, publication: Publication | None = None) -> Report:
    return Report(
        title="参评单位案卷质量得分与排名",
        subject=f"{round_name} 单位排名",
        blocks=(
            Text(f"评查活动：{round_name}　　计分规则：{results.rules.weights.describe()}"),
            *status_blocks(results.final, publication),
            Heading("一、单位得分与排名"),
            *ranking_blocks(results),
            Heading("二、各案卷得分"),
            case_table(results),
        ),
        footer=status_footer(round_name, results.final, publication),
    )


STATUS_TEXT = {None: "未开始", SheetStatus.DRAFT: "评分中", SheetStatus.SIGNED: "已签名"}


def completion_report(round_name: str, statuses: list[AssignmentStatus]) -> Report:
    by_reviewer: dict[str, list[AssignmentStatus]] = defaultdict(list)
    for status in statuses:
        by_reviewer[status.reviewer].append(status)
    rows, highlight = [], set()
    for n, (reviewer, items) in enumerate(by_reviewer.items()):
        signed = [s for s in items if s.status is SheetStatus.SIGNED]
        missing = [f"{s.case_code}（{STATUS_TEXT[s.status]}）" for s in items if s.status is not SheetStatus.SIGNED]
        if missing:
            highlight.add(n)
        rows.append((reviewer, items[0].track.label, str(len(items)), str(len(signed)), str(len(items) - len(signed)), "；".join(missing) or "全部完成"))
    total_signed = sum(1 for s in statuses if s.status is SheetStatus.SIGNED)
    return Report(
        title="评查完成情况",
        subject=f"{round_name} 完成情况",
        blocks=(
            Text(f"评查活动：{round_name}"),
            Text(f"共分配评分任务 {len(statuses)} 项，已签名 {total_signed} 项，未完成 {len(statuses) - total_signed} 项。", emphasis=True),
            Table(("评审人员", "评审类别", "分配案卷", "已签名", "未完成", "未完成的案卷"), tuple(rows), (2.5, 1.6, 1.2, 1.2, 1.2, 6), numeric=frozenset({2, 3, 4}), highlight=frozenset(highlight)),
        ),
        footer=round_name,
    )
