"""Finding sensitive text the way real documents write it: compatibility code points (⼀ for 一,
full-width digits), headings spaced out character by character, names broken over two lines,
and numbers that identify people (ID, telephone, credit code, licence plate) whatever the list
says. One regular expression per round runs once over each page's text."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

_SPACE = re.compile(r"\s+")

# Rules that find identifying numbers without a list; the name is what a proposal says found it.
PATTERNS: dict[str, str] = {
    "身份证号": r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![0-9A-Za-z])",
    "统一社会信用代码": r"(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])",
    "手机号码": r"(?<!\d)(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?!\d)",
    "固定电话": r"(?<![\d-])(?:\(0\d{2,3}\)|0\d{2,3}-)\s?\d{7,8}(?:-\d{1,4})?(?!\d)",
    "车牌号": r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z][·•]?[A-HJ-NP-Z0-9]{4,5}[A-HJ-NP-Z0-9挂学警](?![0-9A-Za-z])",
}
_PATTERN_GROUPS = {f"p{i}": name for i, name in enumerate(PATTERNS)}


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in "WF"


def _wrapped_word(before: str, after: str, space: str) -> bool:
    """A number or code broken at a line's end (4107…\n…0012): in a Chinese document a line break
    between two digits, Latin letters or mask stars is the layout's, not a space between words."""
    def part(character: str) -> bool:  # a digit, a Latin letter or a mask (510902****\n****8198)
        return (character.isalnum() and character.isascii()) or character in "*＊×"

    return ("\n" in space or "\r" in space) and part(before) and part(after)


def normalise_term(term: str) -> str:
    """A term as it is matched: NFKC, no whitespace at all."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", term))


@dataclass(frozen=True)
class NormalisedText:
    """Page text after NFKC, with whitespace next to a CJK character dropped and other
    whitespace runs made one space; remembers where each character came from."""

    text: str
    _starts: tuple[int, ...]  # index in text where each copied run starts
    _origins: tuple[int, ...]  # index in the NFKC text of that run's first character
    _nfkc_origin: tuple[int, ...] | None  # NFKC text index -> source index, when NFKC changed it

    def source_index(self, index: int) -> int:
        run = bisect_right(self._starts, index) - 1
        nfkc_index = self._origins[run] + index - self._starts[run]
        return self._nfkc_origin[nfkc_index] if self._nfkc_origin is not None else nfkc_index


def normalise(source: str, keep_lines: bool = False) -> NormalisedText:
    """With keep_lines, a whitespace run holding a line break becomes one line break (where a
    labelled field ends), beside CJK characters too."""
    if unicodedata.is_normalized("NFKC", source):
        base, origin = source, None
    else:
        pieces, mapping = [], []
        for index, character in enumerate(source):
            folded = unicodedata.normalize("NFKC", character)
            pieces.append(folded)
            mapping.extend([index] * len(folded))
        base, origin = "".join(pieces), tuple(mapping)
    out: list[str] = []
    starts: list[int] = []
    origins: list[int] = []
    length = position = 0

    def copy(start: int, end: int) -> None:
        nonlocal length
        if end > start:
            starts.append(length)
            origins.append(start)
            out.append(base[start:end])
            length += end - start

    for space in _SPACE.finditer(base):
        copy(position, space.start())
        before = base[space.start() - 1] if space.start() else ""
        after = base[space.end()] if space.end() < len(base) else ""
        if keep_lines and before and after and ("\n" in space.group() or "\r" in space.group()):
            copy(space.start(), space.start() + 1)
            out[-1] = "\n"
        elif before and after and not (_wide(before) or _wide(after)) and not _wrapped_word(before, after, space.group()):
            copy(space.start(), space.start() + 1)
            out[-1] = " "
        position = space.end()
    copy(position, len(base))
    return NormalisedText("".join(out), tuple(starts), tuple(origins), origin)


@dataclass(frozen=True)
class Found:
    rule: str  # "敏感词" or a pattern's name
    term: str  # the listed term, or the text the pattern matched
    indices: tuple[int, ...]  # source character indices, in reading order


class TermMatcher:
    """The round's terms (longest first, so the longer of two overlapping names wins) as one
    regular expression, the patterns as another (together they would lose the literal-prefix
    scan that makes the term expression fast)."""

    TERM_RULE = "敏感词"

    def __init__(self, terms: Iterable[str], patterns: bool = True, rule: str = TERM_RULE) -> None:
        self._rule = rule
        self._terms: dict[str, str] = {}
        for term in terms:
            key = normalise_term(term)
            if len(key) >= 2:
                self._terms.setdefault(key, term)
        self._expressions = []
        if self._terms:
            ordered = sorted(self._terms, key=lambda t: (-len(t), t))
            self._expressions.append(re.compile("(?P<term>" + "|".join(map(re.escape, ordered)) + ")"))
        if patterns:
            self._expressions.append(re.compile("|".join(
                f"(?P<{group}>{PATTERNS[name]})" for group, name in _PATTERN_GROUPS.items())))

    def find(self, source: str) -> list[Found]:
        if not self._expressions or not source:
            return []
        normalised = normalise(source)
        found = []
        for expression in self._expressions:
            for match in expression.finditer(normalised.text):
                group = match.lastgroup or "term"
                if group == "term":
                    rule, term = self._rule, self._terms[match.group()]
                else:
                    rule, term = _PATTERN_GROUPS[group], match.group()
                indices = sorted({normalised.source_index(i) for i in range(match.start(), match.end())
                                  if not normalised.text[i].isspace()})
                found.append(Found(rule, term, tuple(indices)))
        return found
