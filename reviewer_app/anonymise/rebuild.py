"""Producing the shipped copy of a document (run in a worker process, one document per call).

Every page is rebuilt, never copied: a fresh page holding the rendered image with the accepted
boxes burned in, and an invisible text layer (as a searchable scan has) made only from the
characters that survive: the original text layer's outside every box, or OCR's on a scan.
Nothing else of the original file (annotations, forms, metadata, outlines, attachments, page
labels, private data, unused objects, scripts) has a way into the copy."""

from __future__ import annotations

import hashlib
import io
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reviewer_app.anonymise import ocr
from reviewer_app.anonymise.box import Box
from reviewer_app.documents.fonts import register_cjk_font
from reviewer_app.pdf.reading import PageChar, open_pdf, page_chars, render_page

SHIP_DPI = 150  # at 200 % zoom a reviewer still reads 5-point print
JPEG_QUALITY = 60
COLOUR_SHARE = 0.0005  # pages with less colour than this are shipped in grey (a third the size)
# Part of each copy's basis: a change here makes every copy again.
GREY_LEVELS = 16  # typed pages: 16 greys keep anti-aliased print smooth and compress to a third
rl_config.useA85 = 0  # binary streams: ASCII85 makes every page image a quarter larger
REBUILD_VERSION = f"rebuilt-3/{SHIP_DPI}dpi/q{JPEG_QUALITY}/g{GREY_LEVELS}"


@dataclass(frozen=True)
class RebuildRequest:
    source: str
    target: str
    boxes: dict[int, list[Box]] = field(default_factory=dict)  # 1-based page -> accepted boxes
    ocr_pages: dict[int, bytes] = field(default_factory=dict)  # scanned page -> ocr.pack(...)
    # Accepted seals: their red ink is taken out and what was printed under it (a date, a
    # signature) stays; a seal with too little red to separate (a photocopy) is boxed.
    seals: dict[int, list[Box]] = field(default_factory=dict)


@dataclass(frozen=True)
class Rebuilt:
    sha256: str
    size: int
    pages: int


def _page_image(page, boxes: list[Box], seals: list[Box] = ()) -> Image.Image:  # noqa: ANN001, B006
    image = render_page(page, SHIP_DPI)
    scale, height = SHIP_DPI / 72, page.get_height()

    def pixels(box: Box) -> tuple[int, int, int, int]:  # PDF's origin is bottom-left; the image's is top-left
        return (max(0, int(box.left * scale)), max(0, int((height - box.top) * scale)),
                min(image.width, int(box.right * scale) + 1), min(image.height, int((height - box.bottom) * scale) + 1))

    black = list(boxes)
    for seal in seals:
        if not _lift_red_ink(image, pixels(seal)):
            black.append(seal)
    draw = ImageDraw.Draw(image)
    for box in black:
        left, top, right, bottom = pixels(box)
        if right > left and bottom > top:  # a box wholly off the page covers nothing
            draw.rectangle([left, top, right, bottom], fill="black")
    small = np.asarray(image.reduce(4), dtype=np.int16)
    spread = np.abs(small[..., 0] - small[..., 1]) + np.abs(small[..., 0] - small[..., 2])
    return image if (spread > 60).mean() > COLOUR_SHARE else image.convert("L")


SEAL_RED_SHARE = 0.02  # less red than this in a seal's box: nothing to separate, it is boxed


def _lift_red_ink(image: Image.Image, area: tuple[int, int, int, int]) -> bool:
    """The seal's red ink turned to the paper's colour, everything darker left as printed: the
    date under a seal (骑年盖月) and a signature stay readable, the body's name in the seal goes.
    False when the area holds too little red to be a red seal."""
    from reviewer_app.anonymise.seals import red_mask

    left, top, right, bottom = area
    if right <= left or bottom <= top:
        return True
    region = np.asarray(image.crop(area).convert("RGB")).copy()
    red = red_mask(region)
    if red.mean() < SEAL_RED_SHARE:
        return False
    # A red pixel over black print is dark: red_mask leaves it out, so the print survives. What
    # is left of the ink is its faint pink fringe, lightened with the rest.
    wide = region.astype(np.int16)
    fringe = (wide[..., 0] - wide[..., 1] > 12) & (wide[..., 0] - wide[..., 2] > 8) & (wide[..., 0] > 170)
    paper = np.median(region[~(red | fringe)].reshape(-1, 3), axis=0) if (~(red | fringe)).any() else np.array([255, 255, 255])
    region[red | fringe] = paper.astype(np.uint8)
    image.paste(Image.fromarray(region), (left, top))
    return True


def _encoded(image: Image.Image) -> ImageReader:
    """The smaller of two encodings: JPEG (photographs, scans) or, for grey pages, the image in
    16 greys stored losslessly (typed print: smaller than JPEG and without its smudges)."""
    jpeg = io.BytesIO()
    image.save(jpeg, format="JPEG", quality=JPEG_QUALITY, optimize=True)
    if image.mode == "L":
        step = 256 // GREY_LEVELS
        levels = image.point(lambda v: min(255, (v // step) * step + step // 2) if v < 256 - step else 255)
        if len(zlib.compress(levels.tobytes(), 6)) < len(jpeg.getvalue()):
            return ImageReader(levels)  # reportlab stores it Flate-compressed
    return ImageReader(io.BytesIO(jpeg.getvalue()))


def _runs(chars: list[PageChar], boxes: list[Box]) -> list[list[PageChar]]:
    """Surviving characters in runs that share a line and follow each other."""
    runs: list[list[PageChar]] = []
    current: list[PageChar] = []
    for char in chars:
        hidden = not char.has_box or char.text.isspace() or any(b.covers(char.left, char.bottom, char.right, char.top) for b in boxes)
        if current and (hidden or not _follows(current[-1], char)):
            runs.append(current)
            current = []
        if not hidden:
            current.append(char)
    if current:
        runs.append(current)
    return runs


def _follows(last: PageChar, char: PageChar) -> bool:
    height = last.top - last.bottom
    middle = (char.bottom + char.top) / 2
    return last.bottom <= middle <= last.top and last.left <= char.left <= last.right + height


def _write_text(canvas: Canvas, font: str, runs: list[list[PageChar]]) -> None:
    text = canvas.beginText()
    text.setTextRenderMode(3)  # invisible: found by search and copy, never drawn
    for run in runs:
        string = "".join(c.text for c in run)
        size = max(1.0, sorted(c.top - c.bottom for c in run)[len(run) // 2])
        width = run[-1].right - run[0].left
        natural = stringWidth(string, font, size) or 1.0
        text.setFont(font, size)
        text.setHorizScale(max(10.0, min(1000.0, 100 * width / natural)))
        text.setTextOrigin(run[0].left, min(c.bottom for c in run) + 0.12 * size)
        text.textOut(string)
    canvas.drawText(text)


def rebuild_document(request: RebuildRequest) -> Rebuilt:
    font = register_cjk_font()
    target = Path(request.target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    document = open_pdf(Path(request.source))
    try:
        canvas = Canvas(str(partial), invariant=True, pageCompression=1)
        for blank in (canvas.setProducer, canvas.setCreator, canvas.setTitle, canvas.setAuthor, canvas.setSubject):
            blank("")  # reportlab always writes an Info dictionary: with nothing in it
        for index in range(len(document)):
            number = index + 1
            page = document[index]
            width, height = page.get_size()
            boxes = request.boxes.get(number, [])
            canvas.setPageSize((width, height))
            canvas.drawImage(_encoded(_page_image(page, boxes, request.seals.get(number, []))), 0, 0, width, height)
            if number in request.ocr_pages:
                chars = ocr.page_text(ocr.unpack(request.ocr_pages[number]))[1]
            else:
                chars = page_chars(page)
            _write_text(canvas, font, _runs(chars, boxes))
            canvas.showPage()
        pages = len(document)
        canvas.save()
    finally:
        document.close()
    os.replace(partial, target)  # a crash leaves the earlier copy, never half of one
    data = target.read_bytes()
    return Rebuilt(hashlib.sha256(data).hexdigest(), len(data), pages)
