"""Checks of what a return carries beside the sheet itself: times and signature images."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from typing import Any, Mapping

from PIL import Image, UnidentifiedImageError

from reviewer_app.core.canonical import sheet_from_document
from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import ScoreSheet
from reviewer_app.core.sheet_validation import sheet_problems
from reviewer_app.core.vocabulary import CaseType

MAX_SIGNATURE_BYTES = 1024 * 1024
MAX_SIGNATURE_SIDE = 4000
# Laptops in a closed review room are not synchronised; a clock a few hours fast is not an attack.
CLOCK_TOLERANCE = timedelta(days=1)


def aware_time(text: str, now: datetime | None = None) -> datetime | str:
    """The time, or why it cannot be a signing time."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return f"不是有效的时间（{text[:40]}）"
    if moment.tzinfo is None:
        return f"缺少时区（{text[:40]}）"
    if moment > (now or datetime.now(timezone.utc)) + CLOCK_TOLERANCE:
        return f"晚于当前时间（{text[:40]}）"
    return moment


def signature_image_problem(data: bytes) -> str | None:
    """Why the bytes are not a signature image the reports can print, or None."""
    if len(data) > MAX_SIGNATURE_BYTES:
        return f"签名图片过大（{len(data)} 字节，最多 {MAX_SIGNATURE_BYTES}）"
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != "PNG":
                return f"签名图片不是 PNG（{image.format}）"
            if max(image.size) > MAX_SIGNATURE_SIDE:
                return f"签名图片尺寸过大（{image.size[0]}×{image.size[1]}）"
            image.load()  # decodes every row: a truncated or corrupt stream fails here
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        return f"签名图片无法解码（{type(error).__name__}）"
    return None


class SheetRefused(ValueError):
    """A sheet whose content breaks the round's rules; the message names the field."""


def checked_sheet(document: dict[str, Any], documents: Mapping[str, int], pages: Mapping[int, int],
                  rubric: Rubric, case_type: CaseType) -> ScoreSheet:
    """The signed sheet a return's (schema-valid) document describes, checked against the
    round's rubric and the case file: `documents` maps document hashes to local ids, `pages`
    local ids to page counts."""
    try:
        sheet = sheet_from_document(document, documents)
    except KeyError as missing:
        raise SheetRefused(f"引用了本案卷中没有的文书（{str(missing)[:14]}…）") from None
    except ValueError as error:
        raise SheetRefused(f"格式错误：{error}") from None
    problems = sheet_problems(rubric, sheet, case_type=case_type, pages=pages, signed=True)
    if problems:
        more = f"（另有 {len(problems) - 1} 处问题）" if len(problems) > 1 else ""
        raise SheetRefused(f"{problems[0]}{more}")
    return sheet
