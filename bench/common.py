"""Helpers shared by the benchmarks."""

from __future__ import annotations

import resource
import tempfile
from functools import cache
from pathlib import Path


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.2f} {unit}", flush=True)


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@cache
def demo_round() -> Path:
    from reviewer_app.demo.build import build_demo

    folder = Path(tempfile.mkdtemp(prefix="bench-demo-"))
    build_demo(folder)
    return folder
