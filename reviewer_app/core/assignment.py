"""Who scores which case file: enough reviewers per track, never one's own region, even loads."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reviewer_app.core.vocabulary import Track

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True)
class Candidate:
    key: str
    track: Track
    region: str
    avoid: frozenset[str] = frozenset()  # units the reviewer has declared a conflict of interest with


@dataclass(frozen=True)
class FileToAssign:
    key: str
    region: str  # the region of the unit that submitted it (a city and its counties share one)
    unit: str = ""


class AssignmentError(ValueError):
    pass


def conflicts(reviewer: Candidate, case_file: FileToAssign) -> bool:
    """No reviewer, expert or cross, scores a file from their own region, nor from a unit they
    declared a conflict with."""
    return reviewer.region == case_file.region or (bool(case_file.unit) and case_file.unit in reviewer.avoid)


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
    """Files of one region are interchangeable (who may score a file depends only on its region),
    so the flow runs between groups of regions the same reviewers may score and the reviewers,
    and the files are dealt out afterwards.

    A minimum-cost flow decides how many of each group's files each reviewer scores: a group
    sends `wanted` units per file; a reviewer takes at most one unit per file of a group; a
    reviewer's k-th file costs more than the (k-1)-th (convex), so the cheapest flow spreads the
    load as evenly as the region rule permits (the least sum of squared loads is even whenever an
    even assignment exists). Small seeded costs on the group-reviewer arcs choose among equally
    even assignments; one step of load cost is larger than all of them together. The graph has
    groups × reviewers arcs at most, whatever the number of files.

    Dealing: within a group, each reviewer's share is a run of consecutive slots dealt round the
    group's (shuffled) files; a run is never longer than the number of files, so no file gets a
    reviewer twice, and every file gets exactly `wanted`."""
    # Files are interchangeable within a region, except from a unit somebody declared a conflict with.
    declared = {unit for r in reviewers for unit in r.avoid}
    by_place: dict[str, list[FileToAssign]] = {}
    for case_file in files:
        place = f"{case_file.region}\0{case_file.unit}" if case_file.unit in declared else case_file.region
        by_place.setdefault(place, []).append(case_file)
    # Places the same reviewers may score are one group: for experts, who have no region among
    # the units', every file is one group, and the graph has one arc per expert, not one per
    # region and expert (five times provincial: 11.7 → 7.8 s).
    groups: dict[tuple[str, ...], list[FileToAssign]] = {}
    for place, members in sorted(by_place.items()):
        allowed = tuple(r.key for r in reviewers if not conflicts(r, members[0]))
        groups.setdefault(allowed, []).extend(members)
    by_region = {str(n): members for n, members in enumerate(groups.values())}
    demand = wanted * len(files)
    noise = 100
    step = noise * len(by_region) * len(reviewers) + 1
    arcs = {(str(n), key): rng.randrange(noise) for n, allowed in enumerate(groups) for key in allowed}
    eligible = dict.fromkeys((r.key for r in reviewers), 0)
    for group, key in arcs:
        eligible[key] += len(by_region[group])
    ceiling = -(-demand // max(1, len(reviewers))) + 1
    import networkx as nx  # here, not at the top: the windows that never assign open without it

    while True:
        try:
            flow = nx.min_cost_flow(_load_graph(by_region, reviewers, arcs, eligible, wanted, step, ceiling))
            break
        except nx.NetworkXUnfeasible:
            if ceiling >= max(eligible.values(), default=0):
                raise
            ceiling *= 2
    pairs = []
    for region, members in sorted(by_region.items()):
        dealt = list(members)
        rng.shuffle(dealt)
        shares = [(node[1], arcs[0]) for node, arcs in sorted(flow[("region", region)].items()) if arcs[0]]
        rng.shuffle(shares)
        slot = 0
        for reviewer_key, units in shares:
            for _ in range(units):
                pairs.append((reviewer_key, dealt[slot % len(dealt)].key))
                slot += 1
    return pairs


def _load_graph(by_region: dict[str, list[FileToAssign]], reviewers: list[Candidate], arcs: dict[tuple[str, str], int],
                eligible: dict[str, int], wanted: int, step: int, ceiling: int) -> nx.MultiDiGraph:
    """The flow network with each reviewer's load arcs stopping at `ceiling`. The feasible load
    vectors form a polymatroid base, on which the least sum of squares is also the least maximum:
    a ceiling that admits any assignment admits the optimum, so the answer is the one every arc
    would give, from a graph a few arcs per reviewer wide."""
    import networkx as nx

    demand = wanted * sum(len(m) for m in by_region.values())
    # A multigraph: a reviewer's load arcs run in parallel to the sink. With a node per unit of load
    # instead, five times provincial had 30 times the nodes, and the simplex took three times as long.
    graph = nx.MultiDiGraph()
    graph.add_node("source", demand=-demand)
    graph.add_node("sink", demand=demand)
    for region, members in sorted(by_region.items()):
        graph.add_edge("source", ("region", region), capacity=wanted * len(members), weight=0)
    for (region, key), weight in arcs.items():
        graph.add_edge(("region", region), ("reviewer", key), capacity=len(by_region[region]), weight=weight)
    for reviewer in reviewers:
        for k in range(min(ceiling, eligible[reviewer.key])):  # the k-th file costs more than the one before
            graph.add_edge(("reviewer", reviewer.key), "sink", capacity=1, weight=(2 * k + 1) * step)
    return graph
