"""预审: the pre-check over the round's case files, and its leads (secretariat)."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from reviewer_app.cli.common import round_database, round_session


def _precheck(args: argparse.Namespace) -> int:
    if args.action == "run":
        from pathlib import Path

        from reviewer_app.precheck.run import run_precheck

        with round_database(args.db) as database:
            report = run_precheck(database, Path(args.db).resolve().parent, workers=args.workers)
        print(f"预审完成：读取 {report.checked} 件案卷（{report.unchanged} 件文书和规则未变，未重读），提示 {report.leads} 条")
        for problem in report.problems:
            print(f"  无法读取：{problem}")
        return 1 if report.problems else 0
    from reviewer_app.store.precheck import stored_leads

    with round_session(args.db, writer=False) as (session, round_record):
        leads = stored_leads(session, round_record)
    if args.json:
        print(json.dumps([asdict(lead) for lead in leads], ensure_ascii=False, indent=2))
        return 0
    for lead in leads:
        where = "；".join(f"{e['document']} 第{e['page']}页：{e['quote']}" for e in lead.evidence)
        print(f"{lead.case_code}\t{lead.unit}\t{lead.rule}\t{lead.message}\t（{lead.source}；评分项 {'、'.join(lead.items)}）\t{where}")
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    precheck = verbs.add_parser("precheck", help="预审：读取案卷文书，按规则库提示日期、期限、金额、当事人等问题，供评审人员核实（秘书处）")
    precheck.add_argument("action", choices=("run", "list"), help="run：对文书或规则有变化的案卷预审；list：列出预审提示")
    precheck.add_argument("--db", required=True)
    precheck.add_argument("--workers", type=int, help="run：并行进程数（默认全部核）")
    precheck.add_argument("--json", action="store_true", help="list：以 JSON 输出")
    precheck.set_defaults(run=_precheck)
