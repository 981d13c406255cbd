"""Setting a round up: create it, its rubric, roster, intake, corrections, assignment."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
import sys
from pathlib import Path

from reviewer_app.cli.common import UserError, iso_date, round_session
from reviewer_app.core.consolidation import CombinationRule


def _round_create(args: argparse.Namespace) -> int:
    from reviewer_app.core.consolidation import RoundRules
    from reviewer_app.core.rubric import load_preset, load_rubric
    from reviewer_app.core.vocabulary import VetoPolicy
    from reviewer_app.store.database import Database
    from reviewer_app.store.rounds import create_round
    from reviewer_app.store.writer_lock import WriterLock

    if Path(args.db).exists():
        raise UserError(f"数据库已存在，不会覆盖：{args.db}")
    rubric = load_rubric(Path(args.rubric)) if args.rubric else load_preset("national_2012")
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    rules = RoundRules(weights=args.weights, veto_policy=VetoPolicy(args.veto_policy),
                       recheck_threshold=args.recheck_threshold,
                       reconsideration_reaches_city=args.reconsideration_reaches_city)
    with WriterLock(Path(args.db), "命令行 reviewer-app round create"):
        database = Database(args.db)
        with database.session() as session:
            create_round(session, name=args.name, year=args.year, rubric=rubric, period=args.period, rules=rules)
        database.close()
    print(f"已建立评查活动“{args.name}”：{args.db}")
    return 0


def _round_rubric(args: argparse.Namespace) -> int:
    """The round's rubric out to YAML for editing, or an edited one back (until scoring starts)."""
    import yaml

    from reviewer_app.core.rubric import load_rubric
    from reviewer_app.store.rounds import round_rubric, set_round_rubric

    if bool(args.export) == bool(args.replace):
        raise UserError("请用 --export 文件 或 --replace 文件 之一")
    with round_session(args.db) as (session, round_record):
        if args.export:
            Path(args.export).write_text(yaml.safe_dump(round_rubric(round_record).to_dict(), allow_unicode=True, sort_keys=False),
                                         encoding="utf-8")
            print(f"已写出评分细则：{args.export}")
        else:
            set_round_rubric(session, round_record, load_rubric(Path(args.replace)))
            print(f"已更换评分细则：{args.replace}")
    return 0


def _correct(args: argparse.Namespace) -> int:
    from reviewer_app.core.vocabulary import CaseType, DocumentType
    from reviewer_app.store.intake import correct_case_type, correct_document_type

    kind = CaseType if args.document is None else DocumentType
    if args.type not in {t.value for t in kind}:
        raise UserError(f"“{args.type}”不是{'案卷' if kind is CaseType else '文书'}类型；可用：{'、'.join(t.value for t in kind)}")
    with round_session(args.db) as (session, round_record):
        case = next((c for c in round_record.case_files if c.code == args.case), None)
        if case is None:
            raise UserError(f"没有编号为 {args.case} 的案卷")
        if kind is CaseType:
            correct_case_type(session, round_record, args.case, CaseType(args.type))
            print(f"{args.case} 的案卷类型：{CaseType(args.type).label}")
        else:
            document = next((d for d in case.documents if d.position == args.document), None)
            if document is None:
                raise UserError(f"案卷 {args.case} 没有第 {args.document} 份文书")
            correct_document_type(session, round_record, document.id, DocumentType(args.type))
            print(f"{args.case} 第 {args.document} 份文书的类型：{DocumentType(args.type).label}")
    return 0


def _roster(args: argparse.Namespace) -> int:
    from reviewer_app.store.roster import REVIEWER_SHEET, UNIT_SHEET, import_roster, write_template

    if args.action == "template":
        write_template(Path(args.file))
        print(f"已写出模板：{args.file}")
        return 0
    kind = {"units": UNIT_SHEET, "reviewers": REVIEWER_SHEET}.get(args.kind or "")
    with round_session(args.db) as (session, round_record):
        units, reviewers = import_roster(session, round_record, Path(args.file), kind)
    print(f"已导入 {units} 个参评单位、{reviewers} 名评审人员")
    return 0


def _intake(args: argparse.Namespace) -> int:
    from reviewer_app.store.intake import intake_folder

    with round_session(args.db) as (session, round_record):
        report = intake_folder(session, round_record, Path(args.folder), Path(args.db).resolve().parent,
                               lambda done, total, name: print(f"\r检查文书 {done}/{total}", end="", file=sys.stderr))
    print(file=sys.stderr)
    print(f"已登记 {report.case_files} 件案卷、{report.documents} 份文书")
    for refused in report.refused:
        print(f"未登记：{refused}")
    for warning in report.warnings:
        print(f"提示：{warning}")
    return 1 if report.refused else 0


def _assign(args: argparse.Namespace) -> int:
    from reviewer_app.store.assignments import assign_round, assignment_conflicts, set_assignment

    with round_session(args.db) as (session, round_record):
        if args.action == "auto":
            for name, count in assign_round(session, round_record, seed=args.seed).items():
                print(f"{name}\t{count} 件")
            found = assignment_conflicts(round_record)
        else:
            if not (args.reviewer and args.case):
                raise UserError("请用 --reviewer 和 --case 指明评审人员和案卷")
            found = set_assignment(session, round_record, args.reviewer, args.case, args.action == "add")
            print(f"已{'分配' if args.action == 'add' else '取消'}：{args.case} → {args.reviewer}")
    for conflict in found:
        print(conflict, file=sys.stderr)
    return 0


def weights(text: str) -> CombinationRule:
    try:
        expert, cross = (Decimal(part) for part in text.split(","))
    except (ValueError, ArithmeticError):
        raise argparse.ArgumentTypeError(f"“{text}”不是两个权重，请写成 0.5,0.5") from None
    if expert < 0 or cross < 0 or expert + cross <= 0:
        raise argparse.ArgumentTypeError("权重不能为负，且不能都为 0")
    return CombinationRule(expert, cross)


def points(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except ArithmeticError:
        raise argparse.ArgumentTypeError(f"“{text}”不是分数") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError("分数应在 0 到 100 之间")
    return value


def period(text: str) -> tuple[date, date]:
    start, _, end = text.partition(":")
    first, last = iso_date(start), iso_date(end)
    if last < first:
        raise argparse.ArgumentTypeError("评查期间的结束日期早于开始日期")
    return first, last


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    round_ = verbs.add_parser("round", help="评查活动").add_subparsers(title="commands", required=True)
    create = round_.add_parser("create", help="新建评查活动数据库（秘书处）")
    create.add_argument("--db", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--year", type=int, required=True)
    create.add_argument("--rubric", help="评分细则文件（YAML；默认：2012 指南结构预设）")
    create.add_argument("--weights", type=weights, default="0.5,0.5", help="专家评审和交叉评审的权重，如 0.6,0.4（默认 0.5,0.5）")
    create.add_argument("--veto-policy", choices=("zero", "mark_only"), default="zero",
                        help="否决成立时：zero 案卷计 0 分（默认）；mark_only 保留分数、评为不合格")
    create.add_argument("--recheck-threshold", type=points, default=Decimal("15"), help="评分差距超过此分数须复核（默认 15）")
    create.add_argument("--period", type=period, help="评查期间 YYYY-MM-DD:YYYY-MM-DD（报送要求和行政复议纠正按此判断）")
    create.add_argument("--reconsideration-reaches-city", action="store_true",
                        help="县级单位的行政复议纠正也使所属设区市的指标为 0（通知只写明该单位；默认不波及）")
    create.set_defaults(run=_round_create)
    rubric = round_.add_parser("rubric", help="导出评分细则（YAML）以便修改，或换成修改后的（评分开始前）")
    rubric.add_argument("--db", required=True)
    rubric.add_argument("--export", help="写出到的 YAML 文件")
    rubric.add_argument("--replace", help="换成这个 YAML 文件中的评分细则")
    rubric.set_defaults(run=_round_rubric)

    correct = verbs.add_parser("correct", help="更正按名称推断的案卷类型或文书类型（评分开始前）")
    correct.add_argument("--db", required=True)
    correct.add_argument("--case", required=True, help="案卷编号")
    correct.add_argument("--document", type=int, help="第几份文书（不填则更正案卷类型）")
    correct.add_argument("--type", required=True, help="案卷类型（如 penalty）或文书类型（如 filing_approval）")
    correct.set_defaults(run=_correct)

    roster = verbs.add_parser("roster", help="参评单位和评审人员名单（Excel/CSV）")
    roster.add_argument("action", choices=("template", "import"))
    roster.add_argument("file", help="模板输出文件，或要导入的 .xlsx/.csv")
    roster.add_argument("--db", help="导入时必填")
    roster.add_argument("--kind", choices=("units", "reviewers"), help="CSV 文件是哪一种名单")
    roster.set_defaults(run=_roster)

    intake = verbs.add_parser("intake", help="从“单位/案卷/文书”文件夹登记案卷（秘书处）")
    intake.add_argument("folder")
    intake.add_argument("--db", required=True)
    intake.set_defaults(run=_intake)

    assign_ = verbs.add_parser("assign", help="分配评审任务：auto 自动分配（交叉评审回避本地区）；add/remove 手工调整（冲突会提示）")
    assign_.add_argument("action", choices=("auto", "add", "remove"))
    assign_.add_argument("--db", required=True)
    assign_.add_argument("--reviewer")
    assign_.add_argument("--case")
    assign_.add_argument("--seed", type=int, default=0, help="随机种子：同一种子结果相同")
    assign_.set_defaults(run=_assign)
