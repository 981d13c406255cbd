"""The CJK TrueType font shipped in resources/, registered once with reportlab.

reportlab's built-in CID fonts are not embedded, so a viewer without Chinese fonts
would show blanks; a registered TrueType font is embedded as a subset.
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from reviewer_app.resources import CJK_FONT

CJK_FONT_NAME = "WenQuanYiMicroHei"
SUBSETS_KEPT = 64  # each a TrueType font of up to 256 glyphs, ~100 KB


class _RepeatingFace(TTFontFace):
    """A face that remembers the subsets it has made. Documents written one after another
    (a round's score sheets) embed the same subsets again and again, and making one copies
    the font's multi-megabyte glyph table and walks its glyphs in Python."""

    def makeSubset(self, subset: list[int]) -> bytes:  # noqa: N802
        made: OrderedDict[tuple[int, ...], bytes] = self.__dict__.setdefault("_made_subsets", OrderedDict())
        key = tuple(subset)
        if key in made:
            made.move_to_end(key)
            return made[key]
        made[key] = stream = super().makeSubset(subset)
        if len(made) > SUBSETS_KEPT:
            made.popitem(last=False)
        return stream

    def get_table(self, tag: str) -> bytes:
        # Read-only tables, copied out of the font file at every call otherwise.
        tables: dict[str, bytes] = self.__dict__.setdefault("_tables", {})
        if tag not in tables:
            tables[tag] = super().get_table(tag)
        return tables[tag]


@cache
def register_cjk_font() -> str:
    font = TTFont(CJK_FONT_NAME, str(CJK_FONT), subfontIndex=0)
    # reportlab builds its own face; this one adds only memory, so switching its class is safe.
    font.face.__class__ = _RepeatingFace
    pdfmetrics.registerFont(font)
    return CJK_FONT_NAME
