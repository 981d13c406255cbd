"""What a unit's score is a mean over: missing files (0 each, or excused) and the counties a
city's score takes."""

from __future__ import annotations

import argparse

from reviewer_app.cli.common import UserError, round_session


def _composition(args: argparse.Namespace) -> int:
    from reviewer_app.core.vocabulary import GapDecision
    from reviewer_app.store.composition import compositions, decide_gap, name_counted_counties

    with round_session(args.db, writer=args.action != "list") as (session, round_record):
        if args.action == "list":
            for unit in compositions(round_record):
                gap = f"缺报 {unit.gap} 件：{unit.decision.label}{'（' + unit.reason + '）' if unit.reason else ''}" if unit.gap else ""
                counted = "\t计入市级得分" if unit.counted_in_city else ""
                print(f"{unit.name}\t报送 {unit.submitted}/{unit.required} 件\t{gap}{counted}")
            return 0
        if not args.unit:
            raise UserError("请用 --unit 指定参评单位（counties 时为设区市单位）")
        if args.action == "counties":
            if not args.county:
                raise UserError("请用 --county 列出计入市级得分的县级单位（两个，各写一次）")
            name_counted_counties(session, round_record, args.unit, args.county)
            print(f"已记录：{args.unit} 的得分计入 {'、'.join(args.county)} 的案卷")
            return 0
        decision = {"zero": GapDecision.ZERO, "excuse": GapDecision.EXCUSED, "undecide": GapDecision.NONE}[args.action]
        decide_gap(session, round_record, args.unit, decision, args.reason or "")
        print(f"已记录：{args.unit} {decision.label}")
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    composition = verbs.add_parser("composition", help="报送案卷数：县级按 7 件、市级按 22 件（本级 8 件 + 2 个县级单位各 7 件）计算平均分；"
                                   "缺报的按 0 分计入或准予缺报，设区市指定计入的县级单位（秘书处）")
    composition.add_argument("action", choices=("list", "zero", "excuse", "undecide", "counties"),
                             help="zero：缺报的每件按 0 分计入；excuse：准予缺报（须写理由），按实报件数计算；"
                                  "undecide：撤回决定；counties：指定计入市级得分的县级单位")
    composition.add_argument("--db", required=True)
    composition.add_argument("--unit", help="参评单位名称")
    composition.add_argument("--reason", help="理由（excuse 时必填）")
    composition.add_argument("--county", action="append", help="counties：计入市级得分的县级单位（可重复）")
    composition.set_defaults(run=_composition)
