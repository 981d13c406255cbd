"""What every verb group shares: opening the round, the user's errors, progress lines."""

from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path


class UserError(Exception):
    """A problem the user can fix; printed without a traceback."""


@contextmanager
def round_session(path: str, writer: bool = True):  # noqa: ANN202
    """(session, round) on a round database; the database is closed however the command ends."""
    from reviewer_app.store.rounds import only_round

    with round_database(path, writer) as database, (database.session() if writer else database.snapshot()) as session:
        yield session, only_round(session)


@contextmanager
def round_database(path: str, writer: bool = True):  # noqa: ANN202
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


def progress_printer():  # noqa: ANN202
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


def trusted_secretariats() -> list:  # noqa: ANN201 - list[TrustedSecretariat]
    from reviewer_app.exchange.trust import TrustError, trusted_secretariats
    from reviewer_app.user_dirs import data_dir

    try:
        return trusted_secretariats(data_dir())
    except TrustError as error:
        raise UserError(str(error)) from None


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


def keyed(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """A verb that opens this installation's key (or the one named)."""
    parser.add_argument("--key", help="密钥文件（默认：本机密钥）；口令从终端或环境变量 REVIEWER_APP_PASSPHRASE 读取")
    return parser


def iso_date(text: str) -> date:
    """An argparse type: YYYY-MM-DD, refused in words otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是日期，请写成 YYYY-MM-DD") from None
