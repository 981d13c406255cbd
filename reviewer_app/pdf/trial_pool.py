"""Trying many documents at once: one long-lived worker process per core, each file with a time
limit. A file that hangs a worker or crashes it is refused by name and the worker replaced; the
other files go on. Workers are spawned, so they share nothing with a GUI process."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Callable

from reviewer_app.pdf.reading import PdfProblem, trial

TIME_LIMIT_S = 120.0  # a 300-page scan takes a few seconds; far longer means pdfium is stuck
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Trial:
    pages: int | None
    problem: str | None = None


def _serve(connection: Connection, check: Callable[[Path], int]) -> None:
    while (path := connection.recv()) is not None:
        try:
            result = Trial(check(Path(path)))
        except PdfProblem as problem:
            result = Trial(None, str(problem))
        except Exception as error:  # noqa: BLE001 - any surprise is this file's refusal
            result = Trial(None, f"无法读取（{type(error).__name__}）")
        connection.send(result)


class _Worker:
    def __init__(self, context, check: Callable[[Path], int]) -> None:  # noqa: ANN001
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, check), daemon=True)
        self.process.start()
        child.close()
        self.path: Path | None = None
        self.started = 0.0

    def give(self, path: Path) -> None:
        self.path, self.started = path, time.monotonic()
        self.connection.send(str(path))

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        else:
            try:
                self.connection.send(None)
            except OSError:
                pass
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
        self.connection.close()


def try_documents(paths: list[Path], progress: Progress | None = None, time_limit: float = TIME_LIMIT_S,
                  workers: int | None = None, check: Callable[[Path], int] = trial) -> dict[Path, Trial]:
    """Each document's trial: its page count, or why it is refused."""
    paths = list(dict.fromkeys(paths))  # the loop ends when every distinct path has its result
    results: dict[Path, Trial] = {}
    if not paths:
        return results
    context = multiprocessing.get_context("spawn")
    count = max(1, min(workers or os.cpu_count() or 1, len(paths)))
    pool = [_Worker(context, check) for _ in range(count)]
    pending = deque(paths)

    def finish(path: Path, result: Trial) -> None:
        results[path] = result
        if progress:
            progress(len(results), len(paths), path.name)

    try:
        while len(results) < len(paths):
            for n, worker in enumerate(pool):
                if worker.path is None and pending:
                    try:
                        worker.give(pending.popleft())
                    except OSError:  # it died between files: replace it, try again
                        pending.appendleft(worker.path)
                        worker.stop(kill=True)
                        pool[n] = _Worker(context, check)
            busy = [w for w in pool if w.path is not None]
            for connection in wait([w.connection for w in busy], timeout=0.5):
                worker = next(w for w in busy if w.connection is connection)
                try:
                    finish(worker.path, worker.connection.recv())
                    worker.path = None
                except (EOFError, OSError):  # pdfium crashed the process on this file
                    finish(worker.path, Trial(None, "读取此文件时程序崩溃，文件可能已损坏或含有恶意内容"))
                    pool[pool.index(worker)] = _replace(worker, context, check)
            now = time.monotonic()
            for worker in [w for w in pool if w.path is not None and now - w.started > time_limit]:
                finish(worker.path, Trial(None, f"读取超过 {time_limit:.0f} 秒仍未完成，文件可能已损坏"))
                pool[pool.index(worker)] = _replace(worker, context, check)
    finally:
        for worker in pool:
            worker.stop(kill=worker.path is not None)
    return results


def _replace(worker: _Worker, context, check: Callable[[Path], int]) -> _Worker:  # noqa: ANN001
    worker.stop(kill=True)
    return _Worker(context, check)
