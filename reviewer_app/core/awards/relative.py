"""Scores measured against the best: "最多者得满分；其他……每低 1%，减 X 分" (seed 004, 附1 and 附2)."""

from __future__ import annotations

from decimal import Decimal

from reviewer_app.core.points import ZERO, clamp, round2

HUNDRED = Decimal(100)


def short_of_top_score(value: int, top: int, full: Decimal, cost_per_percent: Decimal) -> Decimal:
    """Full marks for the top; every 1 % short of it costs `cost_per_percent` points, taken in
    proportion (87.5 % of the top is 12.5 % short), never below 0. With nobody above 0 there
    is no one to fall short of: full marks."""
    if top <= 0:
        return round2(full)
    shortfall = Decimal(top - value) / Decimal(top) * HUNDRED
    return round2(clamp(full - shortfall * cost_per_percent, ZERO, full))
