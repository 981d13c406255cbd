"""The windows and the demo round from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path


def run_gui(args: argparse.Namespace) -> int:
    from reviewer_app.gui.app import run

    return run(db=Path(args.db) if args.db else None, reviewer=getattr(args, "reviewer", None),
               demo=getattr(args, "demo", False) or (getattr(args, "reviewer", None) is not None and not args.db))


def _demo(args: argparse.Namespace) -> int:
    from reviewer_app.demo.build import build_demo

    path = build_demo(Path(args.out))
    print(f"演示评查活动已生成：{path}")
    return 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    demo = verbs.add_parser("demo", help="生成演示评查活动")
    demo.add_argument("--out", required=True, help="输出文件夹")
    demo.set_defaults(run=_demo)
    workbench = verbs.add_parser("workbench", help="以评审人员身份打开评审工作台")
    workbench.add_argument("--db", help="评查数据库（默认：演示评查活动）")
    workbench.add_argument("--reviewer", required=True, help="评审人员姓名或评审组名称")
    workbench.set_defaults(run=run_gui)
