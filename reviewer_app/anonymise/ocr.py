"""Reading scanned pages offline with RapidOCR (PP-OCRv4 Chinese models inside its wheel).

A step of its own (slow: seconds a page), before proposals are made from what it read. Runs
only in worker processes (pdf/trial_pool): the engine needs about 1 GB and its OpenCV must
never meet the GUI's Qt. One engine per worker, built on first use and kept. Results are plain
data so the round database can cache them per page."""

from __future__ import annotations

import importlib.util
import json
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium

from reviewer_app.pdf.reading import PageChar, open_pdf, render_page, text_of

OCR_DPI = 200
# Part of every cache key: a new engine or resolution reads pages afresh.
OCR_VERSION = f"rapidocr-onnxruntime-1.4/PP-OCRv4/{OCR_DPI}dpi/red-dropped"
LOW_CONFIDENCE = 0.80  # a line read less surely than this (handwriting, a faint stamp) is looked at
_engine = None


def available() -> bool:
    return importlib.util.find_spec("rapidocr_onnxruntime") is not None


@dataclass(frozen=True)
class OcrLine:
    text: str
    confidence: float
    chars: tuple[PageChar, ...]  # one per character of text, in PDF points


def _engine_instance():  # noqa: ANN202
    global _engine
    if _engine is None:
        from rapidocr_onnxruntime import RapidOCR

        # One thread per engine: the pool already runs one worker per core.
        _engine = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1, text_score=0.3)
    return _engine


def read_page(page: pdfium.PdfPage) -> list[OcrLine]:
    """The page's text lines as OCR reads them. The red channel is used as the grey image, so a
    red stamp over the text turns pale and does not hide the words beneath it."""
    image = render_page(page, OCR_DPI)
    grey = np.ascontiguousarray(np.asarray(image)[:, :, 0])
    result, _ = _engine_instance()(grey, return_word_box=True)
    scale = OCR_DPI / 72
    height = page.get_height()
    lines = []
    for entry in result or []:
        corners, text, confidence = entry[0], entry[1], float(entry[2])
        if not text.strip():
            continue
        word_boxes = entry[3] if len(entry) > 3 and entry[3] and len(entry[3]) == len(text) else None
        lines.append(OcrLine(text, confidence, tuple(_chars(text, corners, word_boxes, scale, height))))
    return lines


@dataclass(frozen=True)
class ScanReading:
    path: str
    already_read: tuple[int, ...] = ()  # pages whose reading is cached


def read_scanned_pages(request: ScanReading) -> dict[int, bytes]:
    """Every page of a document without a text layer and not read before, read and packed
    (run in a worker process, one document per call)."""
    document = open_pdf(Path(request.path))
    try:
        read = {}
        for index in range(len(document)):
            if index + 1 not in request.already_read and not text_of(document[index])[0].strip():
                read[index + 1] = pack(read_page(document[index]))
        return read
    finally:
        document.close()


def _chars(text: str, corners, word_boxes, scale: float, height: float) -> list[PageChar]:  # noqa: ANN001
    """Character boxes in PDF points: the engine's own where it gives one per character, else
    the line's box shared out by width (a CJK character counts two Latin ones)."""
    def point_box(points) -> tuple[float, float, float, float]:  # noqa: ANN001
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        return min(xs) / scale, height - max(ys) / scale, max(xs) / scale, height - min(ys) / scale

    if word_boxes is not None:
        return [PageChar(ch, *point_box(box)) for ch, box in zip(text, word_boxes)]
    left, bottom, right, top = point_box(corners)
    weights = [2 if ord(ch) > 0x2E80 else 1 for ch in text]
    step = (right - left) / max(1, sum(weights))
    chars, x = [], left
    for ch, weight in zip(text, weights):
        chars.append(PageChar(ch, x, bottom, x + weight * step, top))
        x += weight * step
    return chars


def page_text(lines: list[OcrLine]) -> tuple[str, list[PageChar]]:
    """The lines as one text (a line break between lines) and its characters, index for index;
    a line break has an empty box."""
    text, chars = [], []
    for line in lines:
        if chars:
            text.append("\n")
            chars.append(PageChar("\n", 0, 0, 0, 0))
        text.append(line.text)
        chars.extend(line.chars)
    return "".join(text), chars


def pack(lines: list[OcrLine]) -> bytes:
    """Compact storage for the cache: points to a tenth, compressed."""
    data = [[line.text, round(line.confidence, 4),
             [[round(c.left, 1), round(c.bottom, 1), round(c.right, 1), round(c.top, 1)] for c in line.chars]]
            for line in lines]
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode(), 6)


def unpack(blob: bytes) -> list[OcrLine]:
    return [OcrLine(text, confidence, tuple(PageChar(ch, *box) for ch, box in zip(text, boxes)))
            for text, confidence, boxes in json.loads(zlib.decompress(blob))]
