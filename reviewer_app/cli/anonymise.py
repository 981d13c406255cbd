"""Anonymisation: terms, OCR, proposals, shipped copies, the leak check."""

from __future__ import annotations

import argparse
from pathlib import Path

from reviewer_app.cli.common import (
    UserError,
    progress_printer,
    round_database,
)


def _anonymise(args: argparse.Namespace) -> int:
    from reviewer_app.anonymise import round_anonymisation as anonymisation
    from reviewer_app.store.rounds import only_round

    folder = Path(args.db).resolve().parent
    with round_database(args.db) as database:  # check too: it remembers what it found clean
        if args.action == "ocr":
            try:
                read = anonymisation.read_scanned_pages(database, folder, progress_printer())
            except RuntimeError as error:
                raise UserError(str(error)) from None
            for problem in read.problems:
                print(f"未能识别：{problem}")
            print(f"本次识别扫描页 {read.pages} 页（此前已识别的不再重做）；请再运行 anonymise propose 按识别结果提出遮盖建议")
            return 1 if read.problems else 0
        if args.action == "propose":
            report = anonymisation.propose_redactions(database, folder, progress_printer())
            for problem in report.problems:
                print(f"未能检索：{problem}")
            print(f"建议遮盖 {report.proposals} 处；待人工查看 {report.pages_to_look} 页")
            return 1 if report.problems else 0
        if args.action == "produce":
            with database.session() as session:
                state = anonymisation.readiness(session, only_round(session))
            if not state.ready:
                raise UserError(f"还有 {state.open_proposals} 处建议未处理、{state.pages_to_review} 页待人工查看"
                                "（anonymise pages 列出，anonymise looked 记录）")
            produced = anonymisation.produce_shipped_copies(database, folder, progress_printer())
            for problem in produced.problems:
                print(f"未能生成：{problem}")
            print(f"已生成 {produced.produced} 份脱敏件（{produced.unchanged} 份无变化未重做）")
            if produced.problems:
                return 1
        with database.session() as session:
            round_record = only_round(session)
            if args.action == "terms":
                anonymisation.prefill_terms(session, round_record)
                anonymisation.add_terms(session, round_record, [(t, "manual") for t in args.term or []])
                for term in args.remove or []:
                    try:
                        anonymisation.remove_term(session, round_record, term)
                    except (LookupError, ValueError) as error:
                        raise UserError(str(error)) from None
                print("\n".join(anonymisation.round_terms(session, round_record)))
            elif args.action == "accept-all":
                print(f"已接受 {anonymisation.accept_all_proposals(session, round_record)} 处建议")
            elif args.action == "pages":
                for document, page in anonymisation.pages_to_look(session, round_record):
                    print(f"{document.case_file.code}\t{document.position:02d}\t第 {page.page} 页\t{page.reason}\t{document.title}")
            elif args.action == "looked":
                if not (args.case and args.document and args.page):
                    raise UserError("请用 --case 案卷编号 --document 文书序号 --page 页码 指明看过的页面")
                try:
                    done = anonymisation.mark_looked_at(session, round_record, args.case, args.document, args.page)
                except LookupError as error:
                    raise UserError(str(error)) from None
                print(f"已记录人工查看：{args.case} {args.document:02d} 第 {'、'.join(map(str, done)) or '（无待查看页）'} 页")
            elif args.action == "allow":
                if not (args.case and args.document and args.rule and args.text and args.reason):
                    raise UserError("请用 --case 案卷编号 --document 文书序号 --rule 识别规则 --text 被发现的文字 --reason 理由 "
                                    "指明哪一处经核实不能识别单位或个人（check 的输出列出规则和文字）")
                try:
                    document = anonymisation.document_at(session, round_record, args.case, args.document)
                    anonymisation.rule_not_identifying(session, round_record, document.id, args.rule, args.text, args.reason)
                except (LookupError, ValueError) as error:
                    raise UserError(str(error)) from None
                print(f"已记录：{args.case} {args.document:02d} {args.rule}“{args.text}”经核实不能识别单位或个人")
            leaks = (anonymisation.leak_check(session, round_record, folder, progress_printer(), use_ocr=args.ocr)
                     if args.action in ("produce", "check") else [])
    for leak in leaks:
        print(f"泄密：{leak}")
    if args.action == "check" and not leaks:
        print("泄密检查通过")
    return 1 if leaks else 0


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
    anonymise = verbs.add_parser("anonymise", help="匿名化：敏感词、建议遮盖、生成脱敏件、泄密检查（秘书处）")
    anonymise.add_argument("action", choices=("terms", "ocr", "propose", "accept-all", "pages", "looked", "produce", "check", "allow"),
                           help="ocr：识别扫描页文字（较慢，可中断后继续）；propose：按敏感词、号码规则、文号地名人名等识别规则和印章提出遮盖建议；allow：裁定泄密检查的某处发现不能识别单位或个人")
    anonymise.add_argument("--db", required=True)
    anonymise.add_argument("--ocr", action="store_true", help="check：脱敏件的页面图像也做文字识别后检查（较慢）")
    anonymise.add_argument("--case", help="looked、allow：案卷编号")
    anonymise.add_argument("--document", type=int, help="looked、allow：文书序号（anonymise pages 第二列）")
    anonymise.add_argument("--rule", help="allow：泄密检查报告的识别规则（如 行政区划、文号）")
    anonymise.add_argument("--text", help="allow：泄密检查报告的文字")
    anonymise.add_argument("--reason", help="allow：为什么这一处不能识别单位或个人")
    anonymise.add_argument("--page", type=int, action="append", help="looked：看过的页码（可重复）")
    anonymise.add_argument("--term", action="append", help="加入敏感词（可重复；用于 terms）")
    anonymise.add_argument("--remove", action="append", help="删除手工加入的敏感词（可重复；用于 terms）")
    anonymise.set_defaults(run=_anonymise)
