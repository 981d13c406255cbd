"""Results: the summary, the workbook, publication, batch export of sheets and reports."""

from __future__ import annotations

import argparse
import json
from datetime import date, datetime
from pathlib import Path

from reviewer_app.cli.common import (
    UserError,
    round_database,
    round_session,
)


def _results(args: argparse.Namespace) -> int:
    from reviewer_app.store.results import round_results
    from reviewer_app.store.results_json import results_document

    if args.xlsx:
        from reviewer_app.documents.results_workbook import export_results_workbook

        with round_database(args.db, writer=False) as database:
            path = export_results_workbook(database, Path(args.xlsx))
        print(f"已导出 Excel：{path}")
        return 0
    from reviewer_app.store.awards import collective_selection
    from reviewer_app.store.candidates import individual_selection

    with round_session(args.db, writer=False) as (session, round_record):
        results = round_results(session, round_record)
        document = results_document(round_record.name, results, round_record.issuing_body, round_record.issued_on,
                                    collective_selection(session, round_record, results),
                                    individual_selection(session, round_record, results))
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for unit in document["units"]:
            print(f"{unit['rank'] or '-':>3}  {unit['name']}  {unit['indicator']}")
    return 0


def _publish(args: argparse.Namespace) -> int:

    from reviewer_app.documents.text import CHINA
    from reviewer_app.store.awards import publication_questions
    from reviewer_app.store.rounds import PublicationRefused, publish_results

    try:
        issued_on = date.fromisoformat(args.date) if args.date else datetime.now(CHINA).date()
    except ValueError:
        raise UserError(f"日期“{args.date}”的写法不对，应为 2016-12-20 这样的格式") from None
    with round_session(args.db) as (session, round_record):
        open_questions = publication_questions(session, round_record)
        try:
            publish_results(session, round_record, args.issuer, issued_on, open_questions)
        except PublicationRefused as refusal:
            raise UserError(str(refusal)) from None
    print(f"已记录：{args.issuer.strip()} 于 {issued_on.isoformat()} 发布最终结果；此后导出的报告载明发布单位和日期")
    return 0


def _withdraw_publication(args: argparse.Namespace) -> int:
    from reviewer_app.store.rounds import PublicationRefused, withdraw_publication

    with round_session(args.db) as (session, round_record):
        try:
            withdraw_publication(session, round_record, args.reason)
        except PublicationRefused as refusal:
            raise UserError(str(refusal)) from None
    print("已撤销发布：结果可以再更改；改好后请重新发布")
    return 0


def _sheets_export(args: argparse.Namespace) -> int:
    from reviewer_app.documents.export import KINDS, export_round

    with round_database(args.db, writer=False) as database:
        kinds = tuple(args.kind) if args.kind else KINDS
        paths = export_round(database, Path(args.out), args.format, kinds)
    print(f"已导出 {len(paths)} 个文件到 {args.out}")
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    results = verbs.add_parser("results", help="汇总结果")
    results.add_argument("--db", required=True)
    results.add_argument("--json", action="store_true", help="以 JSON 输出")
    results.add_argument("--xlsx", metavar="FILE", help="导出 Excel 工作簿（单位得分与排名、案卷得分、评分明细、扣分统计、评审进度）")
    results.set_defaults(run=_results)

    publish = verbs.add_parser("publish", help="发布最终结果：记录发布单位和日期（尚有待决事项时拒绝）")
    publish.add_argument("--db", required=True)
    publish.add_argument("--issuer", required=True, help="发布单位，如：江苏省环境保护厅")
    publish.add_argument("--date", help="发布日期 YYYY-MM-DD（默认今天）")
    publish.set_defaults(run=_publish)

    withdraw = verbs.add_parser("withdraw-publication", help="撤销已发布的最终结果（须说明理由），之后方可再更改结果")
    withdraw.add_argument("--db", required=True)
    withdraw.add_argument("--reason", required=True, help="撤销理由，记入操作日志")
    withdraw.set_defaults(run=_withdraw_publication)
    sheets = verbs.add_parser("sheets", help="评分表和报告")
    sheet_verbs = sheets.add_subparsers(title="commands", required=True)
    export = sheet_verbs.add_parser("export", help="批量导出评分表、案卷汇总表、单位排名和完成情况")
    export.add_argument("--db", required=True)
    export.add_argument("--format", choices=("pdf", "docx"), required=True)
    export.add_argument("--out", required=True, help="输出文件夹")
    export.add_argument("--kind", action="append", choices=("sheets", "cases", "units", "completion", "findings", "report", "awards", "precheck"),
                        help="只导出这些种类（可重复；默认全部）：评分表、案卷汇总表、单位排名、完成情况、"
                             "典型问题分析与各单位评查意见、评查结果报告")
    export.set_defaults(run=_sheets_export)
