"""Who scores which case file: enough reviewers per track, never one's own region, even loads."""

from __future__ import annotations

import random
from dataclasses import dataclass

import networkx as nx

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
    """(reviewer key, file key) pairs: each file gets `per_file[track]` reviewers of each track, no cross
    reviewer gets a file of their own region, and each track's loads are as even as the region rule
    allows (max minus min at most one whenever any assignment achieves that). Deterministic per seed."""
    rng = random.Random(seed)
    for case_file in files:
        for track, wanted in per_file.items():
            eligible = sum(1 for r in reviewers if r.track is track and not conflicts(r, case_file))
            if eligible < wanted:
                raise AssignmentError(
                    f"案卷 {case_file.key}：{track.label}可分配的评审人员只有 {eligible} 名，需要 {wanted} 名"
                )
    pairs = []
    for track, wanted in per_file.items():
        if wanted:
            pairs += _assign_track(files, [r for r in reviewers if r.track is track], wanted, rng)
    return sorted(pairs)


def _assign_track(files: list[FileToAssign], reviewers: list[Candidate], wanted: int, rng: random.Random) -> list[tuple[str, str]]:
    """A minimum-cost flow: each file sends `wanted` units to distinct eligible reviewers; a reviewer's
    k-th file costs more than the (k-1)-th (convex), so the cheapest flow spreads the load as evenly as
    the region rule permits (the least sum of squared loads is even whenever an even assignment exists).
    Small seeded costs on the file-reviewer edges choose among equally even assignments; one step of
    load cost is larger than all of them together, so they never buy unevenness."""
    graph = nx.DiGraph()
    demand = wanted * len(files)
    noise = 100
    step = noise * demand + 1
    graph.add_node("source", demand=-demand)
    graph.add_node("sink", demand=demand)
    capacity = {r.key: 0 for r in reviewers}
    for case_file in files:
        graph.add_edge("source", ("file", case_file.key), capacity=wanted, weight=0)
        for reviewer in reviewers:
            if not conflicts(reviewer, case_file):
                graph.add_edge(("file", case_file.key), ("reviewer", reviewer.key), capacity=1, weight=rng.randrange(noise))
                capacity[reviewer.key] += 1
    for reviewer in reviewers:
        # One edge per unit of load; networkx's DiGraph has no parallel edges, so each goes through its own node.
        for k in range(capacity[reviewer.key]):
            unit = ("load", reviewer.key, k)
            graph.add_edge(("reviewer", reviewer.key), unit, capacity=1, weight=(2 * k + 1) * step)
            graph.add_edge(unit, "sink", capacity=1, weight=0)
    flow = nx.min_cost_flow(graph)
    return [
        (node[1], case_file.key)
        for case_file in files
        for node, units in flow[("file", case_file.key)].items()
        if units
    ]
