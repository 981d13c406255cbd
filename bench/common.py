"""Helpers shared by the benchmarks."""

from __future__ import annotations

import atexit
import resource
import shutil
import sys
import tempfile
import time
import zlib
from functools import cache
from pathlib import Path


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.2f} {unit}", flush=True)


def machine_reference() -> None:
    """The same fixed work every run (pure Python, then zlib): this laptop-sized VM runs up to
    half again slower at some hours than at others, so figures from two runs are compared
    after dividing by this one."""
    started = time.perf_counter()
    total = 0
    for n in range(3_000_000):
        total += n % 7
    data = bytes(range(256)) * 200_000
    for _ in range(3):
        zlib.compress(data, 6)
    report("machine.reference_work", time.perf_counter() - started, "s")


def peak_rss_mb() -> float:
    """This process's own peak. On Linux ru_maxrss also counts the parent's resident set at the
    fork before exec (a benchmark child would report at least its parent's size); VmHWM does not."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, kilobytes elsewhere


@cache
def demo_round() -> Path:
    from reviewer_app.demo.build import build_demo

    folder = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)  # each run left 200 MB behind
    build_demo(folder)
    return folder
