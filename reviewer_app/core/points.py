"""Points are Decimal everywhere; shown values are rounded half-up to 2 places."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

ZERO = Decimal("0")
CENT = Decimal("0.01")


def round2(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt(value: Decimal | None) -> str | None:
    """Two-decimal text for reports and JSON; None stays None (not yet scored)."""
    return None if value is None else str(round2(value))


def mean(values: Iterable[Decimal]) -> Decimal | None:
    values = list(values)
    if not values:
        return None
    return sum(values, ZERO) / len(values)


def clamp(value: Decimal, low: Decimal, high: Decimal) -> Decimal:
    return max(low, min(high, value))
