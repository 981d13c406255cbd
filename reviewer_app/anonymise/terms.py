"""The round's sensitive terms: what must not reach a reviewer."""

from __future__ import annotations

import re
from typing import Iterable

# Suffixes of unit names; what is left is the place name, itself sensitive.
UNIT_SUFFIXES = ("生态环境局", "环境保护局", "环保局", "环境监察支队", "环境监察大队", "分局")


def place_of(unit_name: str) -> str | None:
    for suffix in UNIT_SUFFIXES:
        if unit_name.endswith(suffix) and len(unit_name) > len(suffix):
            return unit_name[: -len(suffix)]
    return None


def expand(terms: Iterable[str]) -> list[str]:
    """The terms, their place names, and the place names without 市/县/区 (“青溪县” → “青溪”),
    longest first so overlapping matches redact the longer one."""
    found: set[str] = set()
    for term in terms:
        term = term.strip()
        if len(term) < 2:
            continue
        found.add(term)
        place = place_of(term)
        for name in filter(None, (place, term)):
            short = re.sub(r"(市|县|区|旗)$", "", name)
            if len(short) >= 2 and short != name:
                found.add(short)
            if place:
                found.add(place)
    return sorted(found, key=lambda t: (-len(t), t))
