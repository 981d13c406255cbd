"""先进个人评选 (seed 004, 附2): the candidates' list and its template, each candidate's story
(counted, anonymised, refused over 3,000 字), the outcome of a report, the round's settings,
and the selection."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reviewer_app.cli.common import UserError, round_session


def _candidates(args: argparse.Namespace) -> int:
    from dataclasses import replace
    from decimal import Decimal, InvalidOperation

    from reviewer_app.anonymise.story_import import import_story
    from reviewer_app.core.points import fmt
    from reviewer_app.store.candidates import (
        decide_report, import_candidates, individual_rules, individual_selection, set_individual_rules,
        write_candidate_template,
    )
    from reviewer_app.store.results_json import individual_document

    writer = args.action not in ("list", "template")
    with round_session(args.db, writer=writer) as (session, round_record):
        if args.action == "template":
            if not args.out:
                raise UserError("请用 --out 指定模板文件（.xlsx）")
            write_candidate_template(Path(args.out))
            print(f"已写出候选人名单模板：{args.out}")
        elif args.action == "import":
            if not args.file:
                raise UserError("请用 --file 指定候选人名单（.xlsx）")
            print(f"已导入 {import_candidates(session, round_record, Path(args.file))} 名候选人（原有名单和事迹已替换）")
        elif args.action == "story":
            if not (args.name and args.file):
                raise UserError("请用 --name 指定候选人、--file 指定个人事迹材料（.docx 或 .txt）")
            replaced = import_story(session, round_record, args.name, Path(args.file), Path(args.db).resolve().parent,
                                    args.other or [])
            print(f"已导入 {args.name} 的个人事迹（匿名处理，替换 {len(replaced)} 处）：")
            for line in replaced:
                print(f"  {line}")
        elif args.action == "panel":
            from reviewer_app.store.stories import assign_story_panel

            added = assign_story_panel(session, round_record, args.member)
            print(f"个人事迹已分配给评审小组（新增 {added} 项）；请为评审小组成员生成评审包")
        elif args.action == "case-file":
            from reviewer_app.store.intake import set_unit_file

            if not args.case:
                raise UserError("请用 --case 指定案卷编号")
            set_unit_file(session, round_record, args.case, args.counted)
            print(f"{args.case}：{'计入所在单位的报送案卷' if args.counted else '仅作先进个人候选人的案卷，不计入所在单位的构成和平均分'}")
        elif args.action in ("uphold", "dismiss"):
            if not (args.name and args.reason):
                raise UserError("请用 --name 指定候选人、--reason 写明核查结论")
            decide_report(session, round_record, args.name, args.action == "uphold", args.reason)
            print(f"已记录：{args.name} 的举报{'经查属实，移出候选名单' if args.action == 'uphold' else '经查不属实'}")
        elif args.action == "rules":
            rules = individual_rules(round_record)
            if args.points:
                try:
                    cases, quality, votes, story = (Decimal(v) for v in args.points.replace("，", ",").split(","))
                except (ValueError, InvalidOperation):
                    raise UserError(f"--points {args.points}：应为四个数（案件数量、案卷质量、调查投票、个人事迹），如 20,20,30,30") from None
                rules = replace(rules, cases_points=cases, quality_points=quality, votes_points=votes, story_points=story)
            if args.quota is not None:
                rules = replace(rules, quota=args.quota)
            set_individual_rules(session, round_record, rules)
            print(rules.describe())
        else:
            selection = individual_selection(session, round_record)
            if args.json:
                print(json.dumps(individual_document(selection), ensure_ascii=False, indent=2))
                return 0
            print(selection.rules.describe())
            for c in selection.candidates:
                figures = "\t".join(fmt(v) or "—" for v in (c.cases, c.quality, c.votes, c.story, c.total))
                print(f"{c.rank or '—'}\t{c.name}\t{c.unit}\t{figures}\t{'拟推荐' if c.proposed else ''}\t{'；'.join((*c.vetoed, *c.pending))}")
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    candidates = verbs.add_parser("candidates", help="先进个人评选：候选人名单、个人事迹（匿名处理）、举报核查、评选规则、评选结果（秘书处）")
    candidates.add_argument("action", choices=("list", "template", "import", "story", "panel", "case-file", "uphold", "dismiss", "rules"),
                            help="template/import：候选人名单；story：导入个人事迹（3000 字以内，匿名处理）；"
                                 "panel：个人事迹分配给评审小组（专家）；case-file：候选人案卷不计入单位（--counted 撤销）；uphold/dismiss：举报经查属实（移出）或不属实；rules：分值和名额；list：评选结果")
    candidates.add_argument("--db", required=True)
    candidates.add_argument("--out", help="template：模板文件 .xlsx")
    candidates.add_argument("--file", help="import：候选人名单 .xlsx；story：个人事迹 .docx 或 .txt")
    candidates.add_argument("--name", help="候选人姓名")
    candidates.add_argument("--other", action="append", help="story：事迹中需要隐去的其他人名（可重复）")
    candidates.add_argument("--member", action="append", help="panel：评审小组成员（专家，可重复；默认全部专家）")
    candidates.add_argument("--case", help="case-file：案卷编号")
    candidates.add_argument("--counted", action="store_true", help="case-file：计入所在单位的报送案卷（撤销“仅作候选人案卷”）")
    candidates.add_argument("--reason", help="uphold/dismiss：核查结论和依据")
    candidates.add_argument("--points", help="rules：案件数量、案卷质量、调查投票、个人事迹的分值，如 20,20,30,30")
    candidates.add_argument("--quota", type=int, help="rules：名额（默认 20）")
    candidates.add_argument("--json", action="store_true", help="list：以 JSON 输出（与 results --json 的 awards.individual 相同）")
    candidates.set_defaults(run=_candidates)
