"""Keys, trust, enrolment, review packages, returns and their verification."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reviewer_app.cli.common import (
    UserError,
    keyed,
    round_database,
    trusted_secretariats,
)


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

    with round_database(args.db) as database:
        with database.session() as session:
            reviewer = import_enrolment(session, Path(args.file))
            print(f"已登记评审人员：{reviewer.name}")
    return 0


def _package_build(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.packages import build_packages

    keys = load_keys(args.key)
    with round_database(args.db) as database:
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
    db_path = open_package(Path(args.file), keys, folder, [t.keys for t in trusted_secretariats()])
    print(f"评审包已校验并载入：{db_path}")
    return 0


def _returns_export(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.returns import export_return

    keys = load_keys(args.key)
    with round_database(args.db, writer=False) as database:
        path = export_return(database, Path(args.out), keys, [t.keys for t in trusted_secretariats()])
    print(f"已导出并校验回传文件：{path}")
    return 0


def _returns_import(args: argparse.Namespace) -> int:
    from reviewer_app.exchange.cli_support import load_keys
    from reviewer_app.exchange.returns import Outcome, import_returns

    keys = load_keys(args.key)
    with round_database(args.db) as database:
        paths = [p for name in args.files for p in (sorted(Path(name).glob("*.rvwret")) if Path(name).is_dir() else [Path(name)])]
        results = import_returns(database, paths, keys)
    for result in results:
        print(f"{result.outcome.label}\t{result.path.name}\t{result.reviewer}\t{result.message}")
    return 0 if all(r.outcome is not Outcome.REFUSED for r in results) else 1


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
        for entry in trusted_secretariats():
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
    valid, lines = describe(Path(args.file), keys, trusted_secretariats())
    print("\n".join(lines))
    return 0 if valid else 1


def add_verbs(verbs) -> None:  # noqa: ANN001 - argparse's subparsers action
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
    verify = keyed(verbs.add_parser("verify", help="校验评审包或回传文件"))
    verify.add_argument("file")
    verify.set_defaults(run=_verify)
