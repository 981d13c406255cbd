"""先进集体评选 (seed 004, 附1): the statistics template and its import, counties recommended by
their cities, the order among candidates still tied, the round's settings, and the list."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from reviewer_app.cli.common import UserError, round_session


def _points(text: str) -> tuple[Decimal, ...]:
    try:
        values = tuple(Decimal(v) for v in text.replace("，", ",").split(","))
    except InvalidOperation:
        raise UserError(f"--points {text}：应为五个数，如 40,10,10,10,30") from None
    if len(values) != 5:
        raise UserError(f"--points {text}：应为五个数（案卷质量、案件数量、罚款金额、重大案件数量、满意度），如 40,10,10,10,30")
    return values


def _quotas(text: str) -> tuple[int, int]:
    try:
        city, county = (int(v) for v in text.replace("，", ",").split(","))
    except ValueError:
        raise UserError(f"--quotas {text}：应为两个整数（市级、县级），如 5,10") from None
    return city, county


def _awards(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from reviewer_app.core.awards.collective import BaselineReading
    from reviewer_app.documents.awards_report import COLLECTIVE_HEADER, collective_rows
    from reviewer_app.store.awards import (
        collective_rules, collective_selection, import_statistics, order_tie, recommend, set_collective_rules,
        write_statistics_template,
    )
    from reviewer_app.store.results_json import collective_document

    writer = args.action not in ("list", "template")
    with round_session(args.db, writer=writer) as (session, round_record):
        if args.action == "template":
            if not args.out:
                raise UserError("请用 --out 指定模板文件（.xlsx）")
            write_statistics_template(Path(args.out), round_record)
            print(f"已写出统计数据模板：{args.out}（每个参评单位一行，“全省”行可选）")
        elif args.action == "import":
            if not args.file:
                raise UserError("请用 --file 指定统计数据表（.xlsx）")
            count = import_statistics(session, round_record, Path(args.file))
            print(f"已导入 {count} 个单位的统计数据（原有数据已替换）")
        elif args.action in ("recommend", "unrecommend"):
            if not args.unit:
                raise UserError("请用 --unit 指定县级单位")
            recommend(session, round_record, args.unit, args.action == "recommend")
            print(f"已记录：{args.unit}{'列为' if args.action == 'recommend' else '不再列为'}县级先进集体候选")
        elif args.action == "order":
            if not args.unit:
                raise UserError("请用 --unit 指定参评单位")
            order_tie(session, round_record, args.unit, args.order, args.reason or "")
            print(f"已记录：{args.unit} 并列顺序 {args.order if args.order is not None else '取消'}")
        elif args.action == "rules":
            rules = collective_rules(round_record)
            if args.points:
                quality, cases, fines, major, satisfaction = _points(args.points)
                rules = replace(rules, quality_points=quality, cases_points=cases, fines_points=fines, major_points=major,
                                satisfaction_points=satisfaction)
            if args.reading:
                rules = replace(rules, reading=BaselineReading(args.reading))
            if args.quotas:
                city, county = _quotas(args.quotas)
                rules = replace(rules, city_quota=city, county_quota=county)
            set_collective_rules(session, round_record, rules)
            print(rules.describe())
        else:
            selection = collective_selection(session, round_record)
            if args.json:
                print(json.dumps(collective_document(selection), ensure_ascii=False, indent=2))
                return 0
            print(selection.rules.describe())
            print("\t".join(COLLECTIVE_HEADER))
            for row in collective_rows(selection):
                print("\t".join("" if v is None else str(v) for v in row))
            for line in selection.pending:
                print(f"待决：{line}")
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    awards = verbs.add_parser("awards", help="先进集体评选：统计数据模板和导入、县级候选推荐、并列顺序、评选规则、评选结果（秘书处）")
    awards.add_argument("action", choices=("list", "template", "import", "recommend", "unrecommend", "order", "rules"),
                        help="template：写出统计数据模板；import：导入统计数据（全部替换）；recommend/unrecommend：设区市推荐的县级候选；"
                             "order：文章数也相同的并列单位的先后（--order 1 在前，不给则取消）；rules：分值、分指标计分方式、名额；list：评选结果")
    awards.add_argument("--db", required=True)
    awards.add_argument("--out", help="template：模板文件 .xlsx")
    awards.add_argument("--file", help="import：统计数据表 .xlsx")
    awards.add_argument("--unit", help="参评单位名称")
    awards.add_argument("--order", type=int, help="order：顺序（1 在前）")
    awards.add_argument("--reason", help="order：理由（必填）")
    awards.add_argument("--points", help="rules：案卷质量、案件数量、罚款金额、重大案件数量、满意度的分值，如 40,10,10,10,30")
    awards.add_argument("--reading", choices=("line", "linear"),
                        help="rules：line（默认）达到基准值 50% 得满分、低于得 0 分；linear 150% 以上满分、50% 以下 0 分、其间按比例")
    awards.add_argument("--quotas", help="rules：市级、县级名额，如 5,10")
    awards.add_argument("--json", action="store_true", help="list：以 JSON 输出（与 results --json 的 awards.collective 相同）")
    awards.set_defaults(run=_awards)
