"""The CJK TrueType font shipped in resources/, registered once with reportlab.

reportlab's built-in CID fonts are not embedded, so a viewer without Chinese fonts
would show blanks; a registered TrueType font is embedded as a subset.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from reviewer_app.resources import CJK_FONT

CJK_FONT_NAME = "WenQuanYiMicroHei"


@cache
def register_cjk_font() -> str:
    pdfmetrics.registerFont(TTFont(CJK_FONT_NAME, str(CJK_FONT), subfontIndex=0))
    return CJK_FONT_NAME
