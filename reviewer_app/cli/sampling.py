"""Random samples of case files: draw one (reproducibly, by its seed), list it, review it only."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation

from reviewer_app.cli.common import UserError, round_session


def _sample(args: argparse.Namespace) -> int:
    from reviewer_app.core.sampling import SampleError
    from reviewer_app.store.sampling import current_sample, draw_sample, set_review_sample_only

    with round_session(args.db, writer=args.action != "list") as (session, round_record):
        try:
            if args.action == "draw":
                if args.seed is None:
                    raise UserError("请用 --seed 指定随机种子（记录在案，同一种子抽出的案卷相同）")
                fraction = _fraction(args.fraction) if args.fraction else None
                sample = draw_sample(session, round_record, args.seed, size=args.size, fraction=fraction,
                                     stratify=args.stratify or "", drawn_by=args.by)
            elif args.action in ("review-only", "review-all"):
                set_review_sample_only(session, round_record, args.action == "review-only")
                print("已设为只评抽中的案卷（自动分配和结果只计这些案卷）" if args.action == "review-only" else "已设为评全部登记的案卷")
                return 0
            else:
                sample = current_sample(session, round_record)
                if sample is None:
                    print("还没有抽取案卷")
                    return 0
        except SampleError as error:
            raise UserError(str(error)) from None
        print(sample.description + ("；本活动只评抽中的案卷" if round_record.review_sample_only else ""))
        for code in sample.codes:
            print(code)
    return 0


def _fraction(text: str) -> Decimal:
    try:
        return Decimal(text.rstrip("%")) / (100 if text.endswith("%") else 1)
    except InvalidOperation:
        raise UserError(f"“{text}”不是比例，请写成 0.2 或 20%") from None


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    sample = verbs.add_parser("sample", help="随机抽取案卷：按记录在案的种子抽取（可按单位或类型分层），可设为只评抽中的案卷（秘书处）")
    sample.add_argument("action", choices=("draw", "list", "review-only", "review-all"),
                        help="draw：抽取；list：列出当前抽中的案卷；review-only：只评抽中的案卷；review-all：评全部案卷")
    sample.add_argument("--db", required=True)
    sample.add_argument("--seed", type=int, help="draw：随机种子（同一种子、同一批案卷，抽出的相同）")
    sample.add_argument("--size", type=int, help="draw：抽取件数")
    sample.add_argument("--fraction", help="draw：抽取比例，如 0.2 或 20%%")
    sample.add_argument("--stratify", choices=("unit", "case_type", "unit_and_type"),
                        help="draw：按参评单位、案卷类型或两者分层，各层按案卷数比例抽取")
    sample.add_argument("--by", default="秘书处", help="draw：抽取人（记录在案）")
    sample.set_defaults(run=_sample)
