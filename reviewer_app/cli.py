"""The command line over the same core functions the windows use."""

from __future__ import annotations

import argparse
from contextlib import contextmanager
import json
import sys
from pathlib import Path

from reviewer_app import __version__


def _results(args: argparse.Namespace) -> int:
    from reviewer_app.store.results import round_results
    from reviewer_app.store.results_json import results_document

    if args.xlsx:
        from reviewer_app.documents.results_workbook import export_results_workbook

        with _database(args.db, writer=False) as database:
            path = export_results_workbook(database, Path(args.xlsx))
        print(f"已导出 Excel：{path}")
        return 0
    with _round_session(args.db, writer=False) as (session, round_record):
        document = results_document(round_record.name, round_results(session, round_record), round_record.issuing_body,
                                    round_record.issued_on)
    if args.json:
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for unit in document["units"]:
            print(f"{unit['rank'] or '-':>3}  {unit['name']}  {unit['indicator']}")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from datetime import date, datetime

    from reviewer_app.documents.text import CHINA
    from reviewer_app.store.results import round_results
    from reviewer_app.store.rounds import PublicationRefused, publish_results

    try:
        issued_on = date.fromisoformat(args.date) if args.date else datetime.now(CHINA).date()
    except ValueError:
        raise UserError(f"日期“{args.date}”的写法不对，应为 2016-12-20 这样的格式") from None
    with _round_session(args.db) as (session, round_record):
        results = round_results(session, round_record)
        open_questions = [f"{c.code}：{q}" for c in results.cases for q in c.pending]
        try:
            publish_results(session, round_record, args.issuer, issued_on, open_questions)
        except PublicationRefused as refusal:
            raise UserError(str(refusal)) from None
    print(f"已记录：{args.issuer.strip()} 于 {issued_on.isoformat()} 发布最终结果；此后导出的报告载明发布单位和日期")
    return 0


def _withdraw_publication(args: argparse.Namespace) -> int:
    from reviewer_app.store.rounds import PublicationRefused, withdraw_publication

    with _round_session(args.db) as (session, round_record):
        try:
            withdraw_publication(session, round_record, args.reason)
        except PublicationRefused as refusal:
            raise UserError(str(refusal)) from None
    print("已撤销发布：结果可以再更改；改好后请重新发布")
    return 0


def _demo(args: argparse.Namespace) -> int:
    from reviewer_app.demo.build import build_demo

    path = build_demo(Path(args.out))
    print(f"演示评查活动已生成：{path}")
    return 0


def _sheets_export(args: argparse.Namespace) -> int:
    from reviewer_app.documents.export import KINDS, export_round

    with _database(args.db, writer=False) as database:
        kinds = tuple(args.kind) if args.kind else KINDS
        paths = export_round(database, Path(args.out), args.format, kinds)
    print(f"已导出 {len(paths)} 个文件到 {args.out}")
    return 0


def _keys_create(args: argparse.Namespace) -> int:
    import time

    from reviewer_app.exchange.cli_support import passphrase
    from reviewer_app.exchange.keys import create_key_file, kdf_description, passphrase_warning
    from reviewer_app.user_dirs import key_file

    path = Path(args.key) if args.key else key_file()
    if path.exists():
        print(f"密钥文件已存在，不会覆盖：{path}", file=sys.stderr)
        return 2
    secret = passphrase()
    if warning := passphrase_warning(secret):
        print(f"提醒：{warning}", file=sys.stderr)
    started = time.perf_counter()
    keys = create_key_file(path, secret)
    print(f"已创建密钥：{path}\n指纹：{keys.public.short_fingerprint}\n"
          f"口令保护：{kdf_description()}，本机每猜一次口令约需 {time.perf_counter() - started:.1f} 秒")
    return 0


def _keys_show(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.keys import public_keys_of
    from reviewer_app.user_dirs import key_file

    path = Path(args.key) if args.key else key_file()
    keys = public_keys_of(path)
    print(f"密钥文件：{path}\n指纹：{keys.short_fingerprint}\n完整指纹：{keys.fingerprint}")
    return 0


def _enrol_export(args: argparse.Namespace) -> int:
    from reviewer_app.core.vocabulary import Track
    from reviewer_app.exchange.atomic import atomic_write
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.enrolment import Enrolment, enrolment_bytes

    keys = load_keys(args.key)
    enrolment = Enrolment(args.name, Track(args.track), args.region, tuple(args.member or ()), keys.public)
    atomic_write(Path(args.out), enrolment_bytes(enrolment, keys))
    print(f"已导出登记文件：{args.out}（指纹 {keys.public.short_fingerprint}）")
    return 0


def _enrol_import(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.enrolment import import_enrolment

    with _database(args.db) as database:
        with database.session() as session:
            reviewer = import_enrolment(session, Path(args.file))
            print(f"已登记评审人员：{reviewer.name}")
    return 0


def _package_build(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.packages import build_packages

    keys = load_keys(args.key)
    with _database(args.db) as database:
        chosen = None
        if args.reviewer:
            from reviewer_app.store.rounds import only_round

            with database.session() as session:
                known = {r.name: r.id for r in only_round(session).reviewers}
            unknown = [name for name in args.reviewer if name not in known]
            if unknown:
                raise UserError(f"名单中没有评审人员“{unknown[0]}”")
            chosen = {known[name] for name in args.reviewer}
        paths = build_packages(database, Path(args.out), keys, reviewer_ids=chosen)
    for path in paths:
        print(f"已生成评审包：{path}")
    return 0


def _package_open(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.packages import open_package, package_folder
    from reviewer_app.user_dirs import data_dir

    keys = load_keys(args.key)
    folder = Path(args.into) if args.into else package_folder(data_dir() / "rounds", Path(args.file))
    db_path = open_package(Path(args.file), keys, folder, [t.keys for t in _trusted_secretariats()])
    print(f"评审包已校验并载入：{db_path}")
    return 0


def _returns_export(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.returns import export_return

    keys = load_keys(args.key)
    with _database(args.db, writer=False) as database:
        path = export_return(database, Path(args.out), keys, [t.keys for t in _trusted_secretariats()])
    print(f"已导出并校验回传文件：{path}")
    return 0


def _returns_import(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.returns import Outcome, import_returns

    keys = load_keys(args.key)
    with _database(args.db) as database:
        paths = [p for name in args.files for p in (sorted(Path(name).glob("*.rvwret")) if Path(name).is_dir() else [Path(name)])]
        results = import_returns(database, paths, keys)
    for result in results:
        print(f"{result.outcome.label}\t{result.path.name}\t{result.reviewer}\t{result.message}")
    return 0 if all(r.outcome is not Outcome.REFUSED for r in results) else 1


def _trusted_secretariats() -> list:  # noqa: ANN201 - list[TrustedSecretariat]
    from reviewer_app.exchange.trust import TrustError, trusted_secretariats
    from reviewer_app.user_dirs import data_dir

    try:
        return trusted_secretariats(data_dir())
    except TrustError as error:
        raise UserError(str(error)) from None


def _keys_export_public(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.trust import fingerprint_words, public_key_file

    keys = load_keys(args.key)
    out = Path(args.out)
    out.write_bytes(public_key_file(args.name, keys.public))
    print(f"已导出公钥文件：{out}")
    print(f"请把下面的指纹印在会议材料上，评审人员导入公钥时要逐字核对：\n{fingerprint_words(keys.public)}")
    return 0


def _trust(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.trust import TrustError, fingerprint_words, read_public_key_file, trust_secretariat
    from reviewer_app.user_dirs import data_dir

    if args.action == "list":
        for entry in _trusted_secretariats():
            print(f"{entry.name}\t{fingerprint_words(entry.keys)}\t确认于 {entry.pinned_at}")
        return 0
    if not (args.file and args.fingerprint):
        raise UserError("请用 --file 秘书处公钥文件 --fingerprint 书面指纹（逐字照抄会议材料上的指纹）")
    try:
        name, keys = read_public_key_file(Path(args.file))
        entry = trust_secretariat(data_dir(), name, keys, args.fingerprint)
    except TrustError as error:
        raise UserError(str(error)) from None
    print(f"已确认并信任秘书处“{entry.name}”：{fingerprint_words(entry.keys)}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.verify import describe

    keys = load_keys(args.key)
    valid, lines = describe(Path(args.file), keys, _trusted_secretariats())
    print("\n".join(lines))
    return 0 if valid else 1


@contextmanager
def _round_session(path: str, writer: bool = True):  # noqa: ANN202
    """(session, round) on a round database; the database is closed however the command ends."""
    from reviewer_app.store.rounds import only_round

    with _database(path, writer) as database, (database.session() if writer else database.snapshot()) as session:
        yield session, only_round(session)


@contextmanager
def _database(path: str, writer: bool = True):  # noqa: ANN202
    """An existing round database, closed however the command ends. A command that writes
    holds the same single-writer lock as the windows (a reader needs none: SQLite's WAL lets
    it read beside the writer)."""
    from reviewer_app.store.database import Database, DatabaseProblem, is_writable, wait_for_write_access
    from reviewer_app.store.recognition import recognise_round_database
    from reviewer_app.store.writer_lock import WriterLock

    if not path:
        raise UserError("请用 --db 指定评查数据库")
    if not Path(path).is_file():
        raise UserError(f"找不到数据库文件：{path}")
    recognise_round_database(Path(path))  # before a lock file is made beside a foreign one
    read_only = not is_writable(Path(path))
    if read_only and writer:
        raise DatabaseProblem(f"评查数据库“{Path(path).name}”位于只读位置（光盘、写保护的 U 盘或无权限的文件夹），"
                              "此命令需要修改它；请先复制到本机硬盘。查看结果和导出报告不受影响。")
    lock = WriterLock(Path(path), f"命令行 reviewer-app {' '.join(sys.argv[1:3])}").acquire() if writer else None
    try:
        if writer:
            wait_for_write_access(Path(path), lambda: print("评查数据库正被其他程序占用，正在等待它释放……", file=sys.stderr))
        database = Database(path, read_only=read_only)
        try:
            yield database
        finally:
            database.close()
    finally:
        if lock is not None:
            lock.release()


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


def _backup_list(args: argparse.Namespace) -> int:
    from reviewer_app.store.backup import list_backups

    with _database(args.db, writer=False):
        pass  # only checks that it is a round database
    backups = list_backups(Path(args.db))
    for path in backups:
        print(path)
    if not backups:
        print("没有备份")
    return 0


def _backup_restore(args: argparse.Namespace) -> int:
    from reviewer_app.store.backup import restore_backup
    from reviewer_app.store.writer_lock import WriterLock

    with WriterLock(Path(args.db), "命令行 reviewer-app backup restore"):
        safety = restore_backup(Path(args.backup), Path(args.db))
    print(f"已从 {args.backup} 恢复；恢复前的状态另存为 {safety}")
    return 0


def _veto(args: argparse.Namespace) -> int:
    from reviewer_app.store.decisions import rule_on_veto, veto_cases

    with _round_session(args.db, writer=args.action != "list") as (session, round_record):
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

    with _round_session(args.db, writer=args.action != "list") as (session, round_record):
        if args.action == "list":
            for unit in round_record.units:
                if unit.corrected_on_reconsideration:
                    print(f"{unit.name}\t{unit.reconsideration_note or '（未填文号）'}")
            return 0
        if not args.unit:
            raise UserError("请用 --unit 指定参评单位")
        if args.action == "set" and not (args.reference or "").strip():
            raise UserError("请用 --reference 填写行政复议决定文号")
        set_reconsideration(session, round_record, args.unit, args.reference if args.action == "set" else None)
        print(f"已记录：{args.unit} {'行政复议纠正（' + args.reference + '）' if args.action == 'set' else '撤销行政复议纠正记录'}")
    return 0


def _declare(args: argparse.Namespace) -> int:
    from reviewer_app.store.assignments import declare_conflict

    with _round_session(args.db) as (session, round_record):
        still = declare_conflict(session, round_record, args.reviewer, args.unit, withdrawn=args.withdraw)
    print(f"已记录：{args.reviewer} {'撤回' if args.withdraw else '声明'}回避 {args.unit}")
    for conflict in still:
        print(f"提示：{conflict}（已有的分配请在评分进度页或 assign remove 调整）")
    return 0


def _eligibility(args: argparse.Namespace) -> int:
    from reviewer_app.store.decisions import decide_eligibility, eligibility_cases

    with _round_session(args.db, writer=args.action != "list") as (session, round_record):
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

    with _round_session(args.db) as (session, round_record):
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

    with _round_session(args.db) as (session, round_record):
        if args.action == "list":
            for spread in spreads(session, round_record):
                if spread.flagged or spread.decisions:
                    flag = "需复核" if spread.flagged else ""
                    print(f"{spread.case_code}\t相差 {spread.spread}\t{flag}\t{'；'.join(spread.decisions)}")
        else:
            if not args.case:
                raise UserError("请用 --case 指定案卷编号")
            score = parse_accepted_score(args.score, round_rubric(round_record).max_points)
            record_recheck(session, round_record, args.case, args.decision or "", args.reason or "", accepted_score=score)
            print(f"已记录 {args.case} 的复核决定" + (f"，认定得分 {score}" if score is not None else ""))
    return 0


def _progress_printer():  # noqa: ANN202
    """Progress of long work on the terminal (standard error, so output stays clean): a line
    rewritten in place on a terminal, a line every tenth of the work otherwise."""
    shown = {"tenth": -1}

    def report(done: int, total: int, what: str) -> None:
        if sys.stderr.isatty():
            print(f"\r{done}/{total} {what[:60]:<60}", end="" if done < total else "\n", file=sys.stderr, flush=True)
        elif total and (tenth := done * 10 // total) != shown["tenth"]:
            shown["tenth"] = tenth
            print(f"{done}/{total}", file=sys.stderr, flush=True)

    return report


def _anonymise(args: argparse.Namespace) -> int:
    from reviewer_app.anonymise import round_anonymisation as anonymisation
    from reviewer_app.store.rounds import only_round

    folder = Path(args.db).resolve().parent
    with _database(args.db) as database:  # check too: it remembers what it found clean
        if args.action == "ocr":
            try:
                read = anonymisation.read_scanned_pages(database, folder, _progress_printer())
            except RuntimeError as error:
                raise UserError(str(error)) from None
            for problem in read.problems:
                print(f"未能识别：{problem}")
            print(f"本次识别扫描页 {read.pages} 页（此前已识别的不再重做）；请再运行 anonymise propose 按识别结果提出遮盖建议")
            return 1 if read.problems else 0
        if args.action == "propose":
            report = anonymisation.propose_redactions(database, folder, _progress_printer())
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
            produced = anonymisation.produce_shipped_copies(database, folder, _progress_printer())
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
            leaks = (anonymisation.leak_check(session, round_record, folder, _progress_printer(), use_ocr=args.ocr)
                     if args.action in ("produce", "check") else [])
    for leak in leaks:
        print(f"泄密：{leak}")
    if args.action == "check" and not leaks:
        print("泄密检查通过")
    return 1 if leaks else 0


def _round_create(args: argparse.Namespace) -> int:
    from reviewer_app.core.rubric import load_preset, load_rubric
    from reviewer_app.store.database import Database
    from reviewer_app.store.rounds import create_round
    from reviewer_app.store.writer_lock import WriterLock

    if Path(args.db).exists():
        raise UserError(f"数据库已存在，不会覆盖：{args.db}")
    rubric = load_rubric(Path(args.rubric)) if args.rubric else load_preset("national_2012")
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    with WriterLock(Path(args.db), "命令行 reviewer-app round create"):
        database = Database(args.db)
        with database.session() as session:
            create_round(session, name=args.name, year=args.year, rubric=rubric)
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
    with _round_session(args.db) as (session, round_record):
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
    with _round_session(args.db) as (session, round_record):
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
    with _round_session(args.db) as (session, round_record):
        units, reviewers = import_roster(session, round_record, Path(args.file), kind)
    print(f"已导入 {units} 个参评单位、{reviewers} 名评审人员")
    return 0


def _intake(args: argparse.Namespace) -> int:
    from reviewer_app.store.intake import intake_folder

    with _round_session(args.db) as (session, round_record):
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

    with _round_session(args.db) as (session, round_record):
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


def _gui(args: argparse.Namespace) -> int:
    from reviewer_app.gui.app import run

    return run(db=Path(args.db) if args.db else None, reviewer=getattr(args, "reviewer", None),
               demo=getattr(args, "demo", False) or (getattr(args, "reviewer", None) is not None and not args.db))


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="reviewer-app", description="环境执法案卷评查（离线）")
    root.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    root.add_argument("--db", help="打开的评查数据库（不指定时显示开始页）")
    root.add_argument("--demo", action="store_true", help="直接打开内置演示评查活动")
    root.add_argument("--self-test", action="store_true", help="自检：生成演示评查活动、渲染 PDF、写出评分表，全部成功才返回 0")
    root.set_defaults(run=_gui)
    verbs = root.add_subparsers(title="commands")

    demo = verbs.add_parser("demo", help="生成演示评查活动")
    demo.add_argument("--out", required=True, help="输出文件夹")
    demo.set_defaults(run=_demo)

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
    export.add_argument("--kind", action="append", choices=("sheets", "cases", "units", "completion", "findings", "report"),
                        help="只导出这些种类（可重复；默认全部）：评分表、案卷汇总表、单位排名、完成情况、"
                             "典型问题分析与各单位评查意见、评查结果报告")
    export.set_defaults(run=_sheets_export)

    def keyed(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--key", help="密钥文件（默认：本机密钥）；口令从终端或环境变量 REVIEWER_APP_PASSPHRASE 读取")
        return parser

    keys = verbs.add_parser("keys", help="本机签名和加密密钥").add_subparsers(title="commands", required=True)
    keyed(keys.add_parser("create", help="新建本机密钥")).set_defaults(run=_keys_create)
    keyed(keys.add_parser("show", help="显示密钥指纹")).set_defaults(run=_keys_show)
    export_public = keyed(keys.add_parser("export-public", help="导出秘书处公钥文件，供评审人员确认（秘书处）"))
    export_public.add_argument("--out", required=True)
    export_public.add_argument("--name", default="秘书处", help="秘书处名称，评审人员导入时看到")
    export_public.set_defaults(run=_keys_export_public)
    trust = verbs.add_parser("trust", help="本机信任的秘书处：导入其公钥并核对书面指纹（评审人员）")
    trust.add_argument("action", choices=("add", "list"))
    trust.add_argument("--file", help="add：秘书处公钥文件")
    trust.add_argument("--fingerprint", help="add：会议材料上印的指纹，逐字照抄")
    trust.set_defaults(run=_trust)

    enrol = verbs.add_parser("enrol", help="评审人员登记").add_subparsers(title="commands", required=True)
    enrol_export = keyed(enrol.add_parser("export", help="导出本机的登记文件（评审人员）"))
    enrol_export.add_argument("--name", required=True)
    enrol_export.add_argument("--track", choices=("expert", "cross"), required=True)
    enrol_export.add_argument("--region", required=True)
    enrol_export.add_argument("--member", action="append", help="评审组成员（可重复）")
    enrol_export.add_argument("--out", required=True)
    enrol_export.set_defaults(run=_enrol_export)
    enrol_import = enrol.add_parser("import", help="导入评审人员的登记文件（秘书处）")
    enrol_import.add_argument("--db", required=True)
    enrol_import.add_argument("file")
    enrol_import.set_defaults(run=_enrol_import)

    package = verbs.add_parser("package", help="评审包").add_subparsers(title="commands", required=True)
    build = keyed(package.add_parser("build", help="为每位评审人员生成评审包（秘书处）"))
    build.add_argument("--db", required=True)
    build.add_argument("--out", required=True)
    build.add_argument("--reviewer", action="append", help="只为此评审人员生成（可重复；如补发丢失的评审包）")
    build.set_defaults(run=_package_build)
    open_ = keyed(package.add_parser("open", help="校验并载入评审包（评审人员）"))
    open_.add_argument("file")
    open_.add_argument("--into", help="载入到的文件夹（默认：用户数据目录）")
    open_.set_defaults(run=_package_open)

    returns = verbs.add_parser("returns", help="评分回传文件").add_subparsers(title="commands", required=True)
    export_ = keyed(returns.add_parser("export", help="导出已签名评分表（评审人员）"))
    export_.add_argument("--db", required=True)
    export_.add_argument("--out", required=True)
    export_.set_defaults(run=_returns_export)
    import_ = keyed(returns.add_parser("import", help="导入回传文件（秘书处）"))
    import_.add_argument("--db", required=True)
    import_.add_argument("files", nargs="+", help="回传文件或包含回传文件的文件夹")
    import_.set_defaults(run=_returns_import)

    backup = verbs.add_parser("backup", help="数据库备份").add_subparsers(title="commands", required=True)
    backup_list = backup.add_parser("list", help="列出备份（最新在前）")
    backup_list.add_argument("--db", required=True)
    backup_list.set_defaults(run=_backup_list)
    backup_restore = backup.add_parser("restore", help="用备份恢复数据库（恢复前自动再备份一次）")
    backup_restore.add_argument("--db", required=True)
    backup_restore.add_argument("backup")
    backup_restore.set_defaults(run=_backup_restore)

    round_ = verbs.add_parser("round", help="评查活动").add_subparsers(title="commands", required=True)
    create = round_.add_parser("create", help="新建评查活动数据库（秘书处）")
    create.add_argument("--db", required=True)
    create.add_argument("--name", required=True)
    create.add_argument("--year", type=int, required=True)
    create.add_argument("--rubric", help="评分细则文件（YAML；默认：2012 指南结构预设）")
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

    case_decision(verbs, "veto", "否决项裁定：列出有评审人员认定否决项不通过的案卷，裁定否决成立或不予支持（评审组）",
                  ("stands", "not-upheld"), _veto)

    reconsideration = verbs.add_parser("reconsideration", help="行政复议纠正：记录某单位的行政处罚被复议纠正（其案卷质量指标及所属设区市的指标为 0）")
    reconsideration.add_argument("action", choices=("list", "set", "clear"))
    reconsideration.add_argument("--db", required=True)
    reconsideration.add_argument("--unit", help="参评单位名称")
    reconsideration.add_argument("--reference", help="行政复议决定文号（set 时必填）")
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

    recheck = verbs.add_parser("recheck", help="评分差距过大的案卷：列出、记录复核决定（秘书处）")
    recheck.add_argument("action", choices=("list", "decide"))
    recheck.add_argument("--db", required=True)
    recheck.add_argument("--case")
    recheck.add_argument("--decision")
    recheck.add_argument("--reason")
    recheck.add_argument("--score", help="复核认定的案卷得分（不填则按各评分表计算）")
    recheck.set_defaults(run=_recheck)

    verify = keyed(verbs.add_parser("verify", help="校验评审包或回传文件"))
    verify.add_argument("file")
    verify.set_defaults(run=_verify)
    return root


def case_decision(verbs, name: str, help: str, decisions: tuple[str, ...], run) -> None:  # noqa: ANN001, A002
    """A verb that lists the case files awaiting a decision, or records one with its reason."""
    verb = verbs.add_parser(name, help=help)
    verb.add_argument("action", choices=("list", *decisions))
    verb.add_argument("--db", required=True)
    verb.add_argument("--case", help="案卷编号")
    verb.add_argument("--reason", help="理由（记录决定时必填）")
    verb.set_defaults(run=run)


# Errors the user can act on: printed as one line, no traceback. Named, not imported: a module
# that raised one is loaded already, and importing them all cost `results --json` 0.4 s.
USER_ERRORS = (("reviewer_app.core.rubric", "RubricError"), ("reviewer_app.exchange.errors", "ExchangeError"),
               ("reviewer_app.exchange.keys", "WrongPassphrase"), ("reviewer_app.exchange.keys", "KeyFileError"),
               ("reviewer_app.store.decisions", "DecisionError"), ("reviewer_app.store.roster", "RosterError"),
               ("reviewer_app.store.intake", "IntakeError"), ("reviewer_app.core.assignment", "AssignmentError"),
               ("reviewer_app.documents.results_workbook", "WorkbookError"),
               ("reviewer_app.store.writer_lock", "DatabaseInUse"), ("reviewer_app.store.problems", "DatabaseProblem"))


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
