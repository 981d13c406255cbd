"""Work on many documents at once: one long-lived worker process per core, each document with a
time limit. A document that hangs a worker or crashes it is reported by name and the worker
replaced; the others go on. Workers are spawned, so they share nothing with a GUI process (and
never import Qt); what a worker keeps between documents (an OCR engine) is warmed once."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import sys
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Callable, Hashable

from reviewer_app.pdf.reading import PdfProblem, trial_and_first_page

TIME_LIMIT_S = 120.0  # a 300-page scan takes a few seconds; far longer means pdfium is stuck
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class Outcome:
    result: Any = None
    problem: str | None = None


@dataclass(frozen=True)
class Task:
    key: Hashable  # what the caller knows the document by
    label: str  # what progress shows
    payload: Any  # what the work function receives (picklable)
    time_limit: float = TIME_LIMIT_S


M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h


def _keep_freed_pages() -> None:
    """A page rendering is a block of a megabyte or more; glibc gives such a block back to the
    system when it is freed and faults it in again for the next page, which cost a fifth of
    the time a page is surveyed. A worker keeps up to 128 MB of freed memory instead."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL("libc.so.6")
    except OSError:  # not glibc (musl): its allocator has no such setting
        return
    libc.mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024)
    libc.mallopt(M_TRIM_THRESHOLD, 128 * 1024 * 1024)


def _serve(connection: Connection, work: Callable[[Any], Any]) -> None:
    _keep_freed_pages()
    while (payload := connection.recv()) is not None:
        try:
            outcome = Outcome(work(payload))
        except PdfProblem as problem:
            outcome = Outcome(None, str(problem))
        except Exception as error:  # noqa: BLE001 - any surprise is this document's refusal
            outcome = Outcome(None, f"无法处理（{type(error).__name__}：{str(error)[:200]}）")
        connection.send(outcome)


class _Worker:
    def __init__(self, context, work: Callable[[Any], Any]) -> None:  # noqa: ANN001
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, work), daemon=True)
        self.process.start()
        child.close()
        self.task: Task | None = None
        self.started = 0.0

    def give(self, task: Task) -> None:
        self.task, self.started = task, time.monotonic()
        self.connection.send(task.payload)

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


class Cancelled(Exception):
    """The person pressed 取消; what finished before is kept."""


def run_in_workers(tasks: list[Task], work: Callable[[Any], Any], progress: Progress | None = None,
                   workers: int | None = None, on_outcome: Callable[[Task, Outcome], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> dict[Hashable, Outcome]:
    """work(payload) for every task in worker processes; each outcome is handed to on_outcome as
    it arrives (so a caller can save it: a crash or cancel loses only the documents in hand).
    Raises Cancelled when cancelled() turns true."""
    tasks = list({t.key: t for t in tasks}.values())  # the loop ends when every key has its outcome
    outcomes: dict[Hashable, Outcome] = {}
    if not tasks:
        return outcomes
    context = multiprocessing.get_context("spawn")
    count = max(1, min(workers or os.cpu_count() or 1, len(tasks)))
    pool = [_Worker(context, work) for _ in range(count)]
    pending = deque(tasks)

    def finish(task: Task, outcome: Outcome) -> None:
        outcomes[task.key] = outcome
        if on_outcome:
            on_outcome(task, outcome)
        if progress:
            progress(len(outcomes), len(tasks), task.label)

    def replace(worker: _Worker) -> None:
        worker.stop(kill=True)
        pool[pool.index(worker)] = _Worker(context, work)

    def feed(worker: _Worker) -> None:
        if pending and not (cancelled and cancelled()):
            task = pending.popleft()
            try:
                worker.give(task)
            except OSError:  # it died between documents: replace it, try again
                pending.appendleft(task)
                worker.task = None
                replace(worker)

    try:
        while len(outcomes) < len(tasks):
            if cancelled and cancelled():
                raise Cancelled()
            for worker in list(pool):
                if worker.task is None:
                    feed(worker)
            busy = [w for w in pool if w.task is not None]
            for connection in wait([w.connection for w in busy], timeout=0.5):
                worker = next(w for w in busy if w.connection is connection)
                task, worker.task = worker.task, None
                try:
                    outcome = worker.connection.recv()
                except (EOFError, OSError):  # pdfium crashed the process on this document
                    outcome = Outcome(None, "处理此文件时程序崩溃，文件可能已损坏或含有恶意内容")
                    replace(worker)
                else:
                    feed(worker)  # its next document first: saving this outcome must not keep it idle
                finish(task, outcome)
            now = time.monotonic()
            for worker in [w for w in pool if w.task is not None and now - w.started > w.task.time_limit]:
                task, worker.task = worker.task, None
                finish(task, Outcome(None, f"处理超过 {task.time_limit:.0f} 秒仍未完成，文件可能已损坏"))
                replace(worker)
    finally:
        for worker in pool:
            worker.stop(kill=worker.task is not None)
    return outcomes


@dataclass(frozen=True)
class Trial:
    pages: int | None
    problem: str | None = None
    first_page: str = ""  # its text layer, read by the trial anyway


def try_documents(paths: list[Path], progress: Progress | None = None, time_limit: float = TIME_LIMIT_S,
                  workers: int | None = None,
                  check: Callable[[Path], int | tuple[int, str]] = trial_and_first_page) -> dict[Path, Trial]:
    """Each document's trial: its page count and first page's text, or why it is refused."""
    tasks = [Task(path, path.name, path, time_limit) for path in dict.fromkeys(paths)]
    outcomes = run_in_workers(tasks, check, progress, workers)
    trials = {}
    for path, outcome in outcomes.items():
        pages, first_page = outcome.result if isinstance(outcome.result, tuple) else (outcome.result, "")
        trials[path] = Trial(pages, outcome.problem, first_page or "")
    return trials
