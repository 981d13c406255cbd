"""The command line over the same core functions the windows use."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reviewer_app import __version__


def _results(args: argparse.Namespace) -> int:
    from reviewer_app.store.database import Database
    from reviewer_app.store.results import round_results
    from reviewer_app.store.rounds import only_round
    from reviewer_app.store.results_json import results_document

    if not Path(args.db).is_file():
        print(f"找不到数据库文件：{args.db}", file=sys.stderr)
        return 2
    database = Database(args.db)
    with database.session() as session:
        round_record = only_round(session)
        document = results_document(round_record.name, round_results(session, round_record))
    database.close()
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for unit in document["units"]:
            print(f"{unit['rank'] or '-':>3}  {unit['name']}  {unit['indicator']}")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from reviewer_app.demo.build import build_demo

    path = build_demo(Path(args.out))
    print(f"演示评查活动已生成：{path}")
    return 0


def _sheets_export(args: argparse.Namespace) -> int:
    from reviewer_app.documents.export import KINDS, export_round
    from reviewer_app.store.database import Database

    if not Path(args.db).is_file():
        print(f"找不到数据库文件：{args.db}", file=sys.stderr)
        return 2
    database = Database(args.db)
    kinds = tuple(args.kind) if args.kind else KINDS
    paths = export_round(database, Path(args.out), args.format, kinds)
    database.close()
    print(f"已导出 {len(paths)} 个文件到 {args.out}")
    return 0


def _gui(args: argparse.Namespace) -> int:
    from reviewer_app.gui.app import run

    return run(db=Path(args.db) if args.db else None, reviewer=getattr(args, "reviewer", None))


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="reviewer-app", description="环境执法案卷评查（离线）")
    root.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    root.add_argument("--db", help="打开的数据库（默认：内置演示评查活动）")
    root.set_defaults(run=_gui)
    verbs = root.add_subparsers(title="commands")

    demo = verbs.add_parser("demo", help="生成演示评查活动")
    demo.add_argument("--out", required=True, help="输出文件夹")
    demo.set_defaults(run=_demo)

    results = verbs.add_parser("results", help="汇总结果")
    results.add_argument("--db", required=True)
    results.add_argument("--json", action="store_true", help="以 JSON 输出")
    results.set_defaults(run=_results)

    workbench = verbs.add_parser("workbench", help="以评审人员身份打开评审工作台")
    workbench.add_argument("--db", help="评查数据库（默认：演示评查活动）")
    workbench.add_argument("--reviewer", required=True, help="评审人员姓名或评审组名称")
    workbench.set_defaults(run=_gui)

    sheets = verbs.add_parser("sheets", help="评分表和报告")
    sheet_verbs = sheets.add_subparsers(title="commands", required=True)
    export = sheet_verbs.add_parser("export", help="批量导出评分表、案卷汇总表、单位排名和完成情况")
    export.add_argument("--db", required=True)
    export.add_argument("--format", choices=("pdf", "docx"), required=True)
    export.add_argument("--out", required=True, help="输出文件夹")
    export.add_argument("--kind", action="append", choices=("sheets", "cases", "units", "completion"),
                        help="只导出这些种类（可重复；默认全部）")
    export.set_defaults(run=_sheets_export)
    return root


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)
