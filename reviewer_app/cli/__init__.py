"""The command line over the same core functions the windows use: one module per verb group,
each declaring its own subcommands (add_verbs)."""

from __future__ import annotations

import argparse
import sys

from reviewer_app import __version__
from reviewer_app.cli import (
    anonymise, app, awards, backup, candidates, composition, decisions, exchange, precheck, results, sampling, setup,
)
from reviewer_app.cli.common import UserError

VERB_GROUPS = (app, results, exchange, backup, setup, sampling, anonymise, decisions, composition, awards, candidates, precheck)


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="reviewer-app", description="环境执法案卷评查（离线）")
    root.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    root.add_argument("--db", help="打开的评查数据库（不指定时显示开始页）")
    root.add_argument("--demo", action="store_true", help="直接打开内置演示评查活动")
    root.add_argument("--self-test", action="store_true", help="自检：生成演示评查活动、渲染 PDF、写出评分表，全部成功才返回 0")
    root.set_defaults(run=app.run_gui)
    verbs = root.add_subparsers(title="commands")
    for group in VERB_GROUPS:
        group.add_verbs(verbs)
    return root


USER_ERRORS = (("reviewer_app.core.rubric", "RubricError"), ("reviewer_app.exchange.errors", "ExchangeError"),
               ("reviewer_app.exchange.keys", "WrongPassphrase"), ("reviewer_app.exchange.keys", "KeyFileError"),
               ("reviewer_app.store.decisions", "DecisionError"), ("reviewer_app.store.spreadsheets", "SpreadsheetError"),
               ("reviewer_app.store.intake", "IntakeError"), ("reviewer_app.core.assignment", "AssignmentError"),
               ("reviewer_app.documents.results_workbook", "WorkbookError"),
               ("reviewer_app.store.writer_lock", "DatabaseInUse"), ("reviewer_app.store.problems", "DatabaseProblem"),
               ("reviewer_app.store.awards", "AwardError"), ("reviewer_app.store.candidates", "CandidateError"))


def _user_errors() -> tuple[type[BaseException], ...]:
    return (UserError, FileNotFoundError,
            *(getattr(sys.modules[module], name) for module, name in USER_ERRORS if module in sys.modules))


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if getattr(args, "self_test", False):
        from reviewer_app.self_test import run_self_test

        return run_self_test()
    try:
        return args.run(args)
    except Exception as error:
        if not isinstance(error, _user_errors()):
            raise
        print(f"错误：{error}", file=sys.stderr)
        return 2
