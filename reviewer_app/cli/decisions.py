"""The panel's and the secretariat's decisions on case files and units."""

from __future__ import annotations

import argparse

from reviewer_app.cli.common import (
    UserError,
    iso_date,
    case_decision,
    round_session,
)


def _veto(args: argparse.Namespace) -> int:
    from reviewer_app.store.decisions import rule_on_veto, veto_cases

    with round_session(args.db, writer=args.action != "list") as (session, round_record):
        if args.action == "list":
            for case in veto_cases(session, round_record):
                print(f"{case.case_code}\t{case.ruling.label}\t{'；'.join(case.failed)}\t{case.reason}")
        else:
            if not args.case:
                raise UserError("请用 --case 指定案卷编号")
            rule_on_veto(session, round_record, args.case, args.action == "stands", args.reason or "")
            print(f"已记录：{args.case} {'否决成立' if args.action == 'stands' else '否决不予支持'}")
    return 0


def _reconsideration(args: argparse.Namespace) -> int:
    from reviewer_app.store.decisions import set_reconsideration

    with round_session(args.db, writer=args.action != "list") as (session, round_record):
        if args.action == "list":
            for unit in round_record.units:
                if unit.corrected_on_reconsideration:
                    print(f"{unit.name}\t{unit.reconsideration_note or '（未填文号）'}\t"
                          f"{unit.reconsideration_date or '（未填决定日期）'}")
            return 0
        if not args.unit:
            raise UserError("请用 --unit 指定参评单位")
        if args.action == "set" and not (args.reference or "").strip():
            raise UserError("请用 --reference 填写行政复议决定文号")
        if args.action == "set" and not args.date:
            raise UserError("请用 --date 填写行政复议决定的日期（YYYY-MM-DD）：只有评查期间内的决定使指标为 0")
        set_reconsideration(session, round_record, args.unit, args.reference if args.action == "set" else None,
                            decided_on=args.date)
        print(f"已记录：{args.unit} {'行政复议纠正（' + args.reference + '）' if args.action == 'set' else '撤销行政复议纠正记录'}")
    return 0


def _declare(args: argparse.Namespace) -> int:
    from reviewer_app.store.assignments import declare_conflict

    with round_session(args.db) as (session, round_record):
        still = declare_conflict(session, round_record, args.reviewer, args.unit, withdrawn=args.withdraw)
    print(f"已记录：{args.reviewer} {'撤回' if args.withdraw else '声明'}回避 {args.unit}")
    for conflict in still:
        print(f"提示：{conflict}（已有的分配请在评分进度页或 assign remove 调整）")
    return 0


def _eligibility(args: argparse.Namespace) -> int:
    from reviewer_app.store.decisions import decide_eligibility, eligibility_cases

    with round_session(args.db, writer=args.action != "list") as (session, round_record):
        if args.action == "list":
            for case in eligibility_cases(session, round_record):
                print(f"{case.case_code}\t{case.unit}\t{case.title}\t{'；'.join(case.warnings)}\t{case.decision}\t{case.reason}")
            return 0
        if not args.case:
            raise UserError("请用 --case 指定案卷编号")
        decide_eligibility(session, round_record, args.case, args.action == "confirm", args.reason or "")
        print(f"已记录：{args.case} {'确认不符合报送要求' if args.action == 'confirm' else '排除提示，按评分计入'}")
    return 0


def _falsification(args: argparse.Namespace) -> int:
    from reviewer_app.store.decisions import decide_falsification, falsification_reports

    with round_session(args.db) as (session, round_record):
        if args.action == "list":
            for r in falsification_reports(session, round_record):
                print(f"{r.case_code}\t{r.reviewer}\t{r.status.label}\t{r.description}\t{'；'.join(r.evidence)}\t{r.decision.value}")
        else:
            if not args.case:
                raise UserError("请用 --case 指定案卷编号")
            decide_falsification(session, round_record, args.case, args.action == "confirm", args.reason or "")
            print(f"已记录：{args.case} {'认定造假' if args.action == 'confirm' else '不予认定'}")
    return 0


def _recheck(args: argparse.Namespace) -> int:
    from reviewer_app.store.decisions import parse_accepted_score, record_recheck, spreads
    from reviewer_app.store.rounds import round_rubric

    with round_session(args.db) as (session, round_record):
        if args.action == "list":
            for spread in spreads(session, round_record):
                if spread.flagged or spread.decisions or args.all:
                    flag = "需复核" if spread.flagged else ""
                    print(f"{spread.case_code}\t相差 {spread.spread}\t{flag}\t{'；'.join(spread.decisions)}")
        else:
            if not args.case:
                raise UserError("请用 --case 指定案卷编号")
            score = parse_accepted_score(args.score, round_rubric(round_record).max_points)
            record_recheck(session, round_record, args.case, args.decision or "", args.reason or "", actor=args.by,
                           accepted_score=score)
            print(f"已记录 {args.case} 的复核决定" + (f"，认定得分 {score}" if score is not None else ""))
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    case_decision(verbs, "veto", "否决项裁定：列出有评审人员认定否决项不通过的案卷，裁定否决成立或不予支持（评审组）",
                  ("stands", "not-upheld"), _veto)

    reconsideration = verbs.add_parser("reconsideration", help="行政复议纠正：记录某单位的行政处罚被复议纠正"
                                       "（决定日期在评查期间内的，其案卷质量指标为 0；是否波及所属设区市由评查活动设定）")
    reconsideration.add_argument("action", choices=("list", "set", "clear"))
    reconsideration.add_argument("--db", required=True)
    reconsideration.add_argument("--unit", help="参评单位名称")
    reconsideration.add_argument("--reference", help="行政复议决定文号（set 时必填）")
    reconsideration.add_argument("--date", type=iso_date, help="行政复议决定日期 YYYY-MM-DD（set 时必填）")
    reconsideration.set_defaults(run=_reconsideration)

    declare = verbs.add_parser("declare-conflict", help="评审人员声明与某参评单位存在利害关系，自动分配时回避（专家和交叉评审均适用）")
    declare.add_argument("--db", required=True)
    declare.add_argument("--reviewer", required=True, help="评审人员姓名或评审组名称")
    declare.add_argument("--unit", required=True, help="参评单位名称")
    declare.add_argument("--withdraw", action="store_true", help="撤回此声明")
    declare.set_defaults(run=_declare)

    case_decision(verbs, "eligibility", "报送要求：列出入库提示，确认案卷不符合报送要求（计 0 分）或排除提示",
                  ("confirm", "dismiss"), _eligibility)

    case_decision(verbs, "falsification", "造假报告：列出、认定或不予认定（秘书处）", ("confirm", "reject"), _falsification)

    recheck = verbs.add_parser("recheck", help="复核：列出评分差距过大的案卷，记录复核决定（秘书处；组长可复核任一案卷）")
    recheck.add_argument("action", choices=("list", "decide"))
    recheck.add_argument("--db", required=True)
    recheck.add_argument("--case")
    recheck.add_argument("--decision")
    recheck.add_argument("--reason")
    recheck.add_argument("--score", help="复核认定的案卷得分（不填则按各评分表计算）")
    recheck.add_argument("--by", default="秘书处", help="复核人，如“评审组组长 张三”（组长可复核任一案卷，不限于分差过大的）")
    recheck.add_argument("--all", action="store_true", help="list：列出全部案卷，不只是分差过大或已复核的")
    recheck.set_defaults(run=_recheck)
