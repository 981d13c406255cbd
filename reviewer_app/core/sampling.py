"""Drawing case files at random for review (as 包头 drew 50 files from all its units): the same
seed always draws the same files, whatever order they were registered in; a stratified draw
takes from each unit (or case type) in proportion to its files."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


class SampleError(ValueError):
    pass


@dataclass(frozen=True)
class Candidate:
    code: str
    unit: str
    case_type: str


STRATA = {"unit": lambda c: (c.unit,), "case_type": lambda c: (c.case_type,), "unit_and_type": lambda c: (c.unit, c.case_type)}


def sample_size(total: int, size: int | None = None, fraction: Decimal | None = None) -> int:
    """How many to draw: a number, or a fraction of the files (rounded half up, at least one)."""
    if (size is None) == (fraction is None):
        raise SampleError("请指定抽取件数或比例中的一项")
    if fraction is not None:
        if not 0 < fraction <= 1:
            raise SampleError("抽取比例应大于 0、不超过 1")
        size = max(1, int((fraction * total).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    if not 1 <= size <= total:
        raise SampleError(f"抽取件数应在 1 到 {total} 之间")
    return size


def _shares(groups: dict[tuple, list[Candidate]], size: int, total: int) -> dict[tuple, int]:
    """Each stratum's share of the draw, proportional to its files (largest remainder; ties to
    the larger stratum, then by name, so the split never depends on chance)."""
    exact = {key: Decimal(size * len(members)) / total for key, members in groups.items()}
    shares = {key: int(value) for key, value in exact.items()}
    leftover = size - sum(shares.values())
    order = sorted(groups, key=lambda key: (-(exact[key] - shares[key]), -len(groups[key]), key))
    for key in order[:leftover]:
        shares[key] += 1
    return shares


def draw(candidates: list[Candidate], seed: int, size: int, stratify: str | None = None) -> list[str]:
    """The codes drawn, sorted. Each stratum is shuffled by its own generator, seeded from the
    seed and the stratum, over its codes in sorted order."""
    if stratify is not None and stratify not in STRATA:
        raise SampleError(f"未知的分层方式“{stratify}”")
    key_of = STRATA[stratify] if stratify else (lambda c: ())
    groups: dict[tuple, list[Candidate]] = {}
    for candidate in candidates:
        groups.setdefault(key_of(candidate), []).append(candidate)
    chosen: list[str] = []
    for key, share in _shares(groups, size, len(candidates)).items():
        codes = sorted(c.code for c in groups[key])
        digest = hashlib.sha256(f"{seed}\0{'|'.join(key)}".encode()).digest()
        chosen += random.Random(int.from_bytes(digest[:8], "big")).sample(codes, share)
    return sorted(chosen)
