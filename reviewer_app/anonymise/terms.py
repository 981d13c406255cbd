"""The round's sensitive terms: what must not reach a reviewer."""

from __future__ import annotations

import re
from typing import Iterable

from reviewer_app.anonymise.places import PlacesUnavailable, places_in

# Suffixes of unit names; what is left is the place name, itself sensitive.
UNIT_SUFFIXES = ("生态环境局", "环境保护局", "环保局", "环境监察支队", "环境监察大队", "分局")


def place_of(unit_name: str) -> str | None:
    for suffix in UNIT_SUFFIXES:
        if unit_name.endswith(suffix) and len(unit_name) > len(suffix):
            return unit_name[: -len(suffix)]
    return None


def area_of_branch(unit_name: str) -> str | None:
    """A branch's own county or district: 郑州市生态环境局荥阳分局 → 荥阳, the place its
    documents name most, which the city's name does not contain."""
    match = re.search(r"(?:局|厅)([\u4e00-\u9fff]{2,6}?)(?:生态环境)?分局$", unit_name)
    return match.group(1) if match else None


def expand(terms: Iterable[str]) -> list[str]:
    """The terms, their place names (a branch's area, and every division named inside a unit's
    name), and the place names without 市/县/区 (“青溪县” → “青溪”), longest first so
    overlapping matches redact the longer one."""
    found: set[str] = set()
    for term in terms:
        term = term.strip()
        if len(term) < 2:
            continue
        found.add(term)
        for inner in filter(None, (area_of_branch(term), *_divisions_in(term))):
            found.add(inner)
            short = re.sub(r"(市|县|区|旗)$", "", inner)
            if len(short) >= 2:
                found.add(short)
        place = place_of(term)
        for name in filter(None, (place, term)):
            short = re.sub(r"(市|县|区|旗)$", "", name)
            if len(short) >= 2 and short != name:
                found.add(short)
            if place:
                found.add(place)
    return sorted(found, key=lambda t: (-len(t), t))


def _divisions_in(name: str) -> list[str]:
    try:
        return places_in(name)
    except PlacesUnavailable:  # without the division table the listed names still stand
        return []
