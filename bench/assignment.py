"""Automatic assignment of a large provincial round: 300 case files from 12 regions, 15 experts
and 24 cross reviewers, two of each per file; time, and how even the cross loads came out."""

from __future__ import annotations

import random
import time

from bench.common import report
from reviewer_app.core.assignment import Candidate, FileToAssign, assign
from reviewer_app.core.vocabulary import Track


def main() -> None:
    rng = random.Random(1)
    regions = [f"地区{n}" for n in range(12)]
    files = [FileToAssign(f"AJ-{n:04d}", rng.choice(regions)) for n in range(300)]
    reviewers = ([Candidate(f"专家{n}", Track.EXPERT, "省城") for n in range(15)]
                 + [Candidate(f"交叉{n}", Track.CROSS, regions[n % 12]) for n in range(24)])
    start = time.perf_counter()
    pairs = assign(files, reviewers, {Track.EXPERT: 2, Track.CROSS: 2}, seed=7)
    elapsed = time.perf_counter() - start
    report("assignment.seconds_300_files_39_reviewers", elapsed, "s")
    for track in Track:
        loads = [sum(1 for r, _ in pairs if r == c.key) for c in reviewers if c.track is track]
        report(f"assignment.{track.value}_load_spread", max(loads) - min(loads), "files")


if __name__ == "__main__":
    main()
