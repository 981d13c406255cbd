"""Open a review database: SQLite with WAL and foreign keys, migrated to head on open."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reviewer_app.resources import migrations_path
from reviewer_app.store.problems import DatabaseProblem
from reviewer_app.store.recognition import is_writable, recognise_round_database

if TYPE_CHECKING:
    from alembic.config import Config

BUSY_TIMEOUT_S = 15  # another program (a database browser, a backup tool) holding a write lock


def wait_for_write_access(path: Path, on_wait, timeout: float = BUSY_TIMEOUT_S) -> None:  # noqa: ANN001
    """Return once no other program holds SQLite's write lock on the database; on_wait() is
    called once if we have to wait (to say so), DatabaseProblem if it is still held."""
    import sqlite3

    for attempt, wait in enumerate((0.2, timeout)):
        connection = sqlite3.connect(path, timeout=wait, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                return  # not a lock: opening the database proper will explain it
            if attempt == 0:
                on_wait()
        finally:
            connection.close()
    raise DatabaseProblem(f"评查数据库“{path.name}”正被其他程序占用（已等待 {timeout:.0f} 秒）；请关闭正在使用它的程序后重试。没有作任何改动。")


def free_megabytes(folder: Path) -> float:
    return shutil.disk_usage(folder).free / 1024**2


def explain(error: DBAPIError, path: Path | None) -> str:
    """SQLite's complaint in the user's terms, with what to do about it."""
    text = str(error.orig).lower()
    name = f"“{path.name}”" if path else ""
    free = free_megabytes(path.parent) if path else float("inf")
    # SQLite says "disk I/O error" when it cannot even create its journal on a full disk
    if "full" in text or ("disk i/o" in text and free < 1):
        size = path.stat().st_size / 1024**2 if path and path.exists() else 0
        return (f"磁盘空间不足（磁盘已满）：评查数据库{name}所在磁盘只剩 {free:.1f} MB，至少需要 {size + 20:.0f} MB 可用空间；"
                "请清理磁盘后重试。这次的改动未写入，已保存的数据没有丢失。")
    if "locked" in text or "busy" in text:
        return (f"评查数据库{name}正被其他程序占用（已等待 {BUSY_TIMEOUT_S} 秒）；"
                "请关闭正在使用它的程序后重试。这次的改动未写入。")
    if "readonly" in text or "read-only" in text:
        return f"评查数据库{name}位于只读位置（光盘、写保护的 U 盘或无权限的文件夹）：只能查看和导出；如需修改，请先复制到本机硬盘。"
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return f"评查数据库{name}已损坏：请用“文件 › 从备份恢复”或命令 backup restore 恢复最近的备份。"
    return f"评查数据库{name}无法访问：{error.orig}"


def database_url(path_or_url: str | Path) -> str:
    text = str(path_or_url)
    return text if "://" in text else f"sqlite:///{Path(text).resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # The file's schema is not trusted to call functions with side effects (a crafted default,
    # index or check); triggers and views are refused outright in recognition.py.
    cursor.execute("PRAGMA trusted_schema=OFF")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL with NORMAL stays consistent after a crash; only the last commit may be lost on power loss.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def head_revision() -> str:
    """The newest migration's revision, read from the file names (db/versions/NNNN_what.py, one
    line of revisions: tests/store/test_migrations.py holds both to alembic's own reading).
    Opening a database at head then needs no alembic, which costs a fifth of a second to load."""
    return max(path.name[:4] for path in (migrations_path() / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))


def stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not connection.execute(text("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'")).first():
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    config = alembic_config(str(engine.url))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _trouble(error: DBAPIError) -> bool:
    """Trouble with the file or the disk (locked, full, read-only, damaged), not a bug in a
    query or a broken constraint: those keep their own exception."""
    return isinstance(error, OperationalError) or type(error) is DatabaseError


def _read_only_url(path: Path) -> str:
    # immutable: no -shm/-wal files can be made on read-only media, and nobody writes there
    immutable = "" if is_writable(path) else "&immutable=1"
    return f"sqlite:///file:{quote(str(path.resolve()))}?mode=ro{immutable}&uri=true"


def _read_only_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    dbapi_connection.execute("PRAGMA trusted_schema=OFF")
    dbapi_connection.execute("PRAGMA query_only=ON")


class Database:
    """An open review database. `session()` hands out short sessions that commit on success.

    `read_only` opens it for viewing and reports without writing a byte (read-only media);
    such a database must already be at the current schema."""

    def __init__(self, path_or_url: str | Path, *, upgrade: bool = True, read_only: bool = False) -> None:
        self.read_only = read_only
        self._path = None if "://" in str(path_or_url) else Path(path_or_url).resolve()
        if self._path is not None:
            recognise_round_database(self._path)
        self.url = _read_only_url(self._path) if read_only and self._path else database_url(path_or_url)
        self.engine = create_engine(self.url, connect_args={"timeout": BUSY_TIMEOUT_S} if "sqlite" in self.url else {})
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _read_only_pragmas if read_only else _sqlite_pragmas)
        try:
            if read_only:
                self._check_current_schema()
            elif upgrade and (self.engine.dialect.name != "sqlite" or stored_revision(self.engine) != head_revision()):
                migrate(self.engine)
        except (OperationalError, DatabaseError) as error:
            self.engine.dispose()
            if not _trouble(error):
                raise
            raise DatabaseProblem(explain(error, self._path)) from error
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def round_folder(self) -> Path:
        """Where the round's files live: beside its database (originals, shipped copies, stories)."""
        if self.path is None:
            raise ValueError("数据库不是本机文件，没有评查活动文件夹")
        return self.path.parent

    def _check_current_schema(self) -> None:
        if stored_revision(self.engine) != head_revision():
            raise DatabaseProblem(f"评查数据库“{self._path.name}”来自旧版本，需要升级，但它位于只读位置；请先复制到本机硬盘再打开。")

    @property
    def path(self) -> Path | None:
        if self._path is None and self.engine.dialect.name == "sqlite" and self.engine.url.database:
            return Path(self.engine.url.database)
        return self._path

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                with session.begin():
                    yield session
        except (OperationalError, DatabaseError) as error:
            if not _trouble(error):
                raise
            raise DatabaseProblem(explain(error, self._path)) from error

    @contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A session that reads one state of the round from its first query to its end: an
        import committing meanwhile is seen whole or not at all (the driver otherwise runs each
        read on its own, each seeing the newest commit)."""
        with self.session() as session:
            if self.engine.dialect.name == "sqlite":
                session.connection().exec_driver_sql("BEGIN")
            yield session

    def close(self) -> None:
        self.engine.dispose()
