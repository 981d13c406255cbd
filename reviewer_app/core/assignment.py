"""Who scores which case file: enough reviewers per track, never one's own region, even loads."""

from __future__ import annotations

import random
from dataclasses import dataclass

from reviewer_app.core.vocabulary import Track


@dataclass(frozen=True)
class Candidate:
    key: str
    track: Track
    region: str


@dataclass(frozen=True)
class FileToAssign:
    key: str
    region: str  # the region of the unit that submitted it (a city and its counties share one)


class AssignmentError(ValueError):
    pass


def conflicts(reviewer: Candidate, case_file: FileToAssign) -> bool:
    """A cross reviewer must never score a file from their own region."""
    return reviewer.track is Track.CROSS and reviewer.region == case_file.region


def assign(
    files: list[FileToAssign],
    reviewers: list[Candidate],
    per_file: dict[Track, int],
    seed: int = 0,
) -> list[tuple[str, str]]:
    """(reviewer key, file key) pairs. Greedy least-loaded choice in a seeded random order,
    which keeps each track's loads within one of each other when no region rule bites."""
    rng = random.Random(seed)
    order = list(files)
    rng.shuffle(order)
    tie_break = {r.key: rng.random() for r in reviewers}
    load = {r.key: 0 for r in reviewers}
    pairs = []
    for case_file in order:
        for track, wanted in per_file.items():
            eligible = [r for r in reviewers if r.track is track and not conflicts(r, case_file)]
            if len(eligible) < wanted:
                raise AssignmentError(
                    f"案卷 {case_file.key}：{track.label}可分配的评审人员只有 {len(eligible)} 名，需要 {wanted} 名"
                )
            chosen = sorted(eligible, key=lambda r: (load[r.key], tie_break[r.key]))[:wanted]
            for reviewer in chosen:
                load[reviewer.key] += 1
                pairs.append((reviewer.key, case_file.key))
    return sorted(pairs)
