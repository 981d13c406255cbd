"""Producing the shipped copy of a document: pages with boxes burned into images (nothing
recoverable under a box), other pages copied as they are, metadata removed."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
from PIL import ImageDraw
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reviewer_app.anonymise.search import Box

RESOLUTION = 120  # dots per inch of burned pages: readable on screen, small enough to ship


def _burned_page(document: pdfium.PdfDocument, index: int, boxes: list[Box]) -> bytes:
    page = document[index]
    width, height = page.get_size()
    scale = RESOLUTION / 72
    image = page.render(scale=scale, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
    draw = ImageDraw.Draw(image)
    for box in boxes:
        # PDF's origin is bottom-left; the image's is top-left.
        draw.rectangle([box.left * scale, (height - box.top) * scale, box.right * scale, (height - box.bottom) * scale], fill="black")
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=70)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(width, height), invariant=True)
    canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, width, height)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def redact_document(source: Path, boxes: dict[int, list[Box]], target: Path) -> None:
    """boxes: 1-based page number -> boxes to burn in."""
    rendered = pdfium.PdfDocument(str(source))
    reader = pypdf.PdfReader(str(source))
    writer = pypdf.PdfWriter()
    try:
        for index, page in enumerate(reader.pages):
            if boxes.get(index + 1):
                burned = pypdf.PdfReader(io.BytesIO(_burned_page(rendered, index, boxes[index + 1])))
                writer.add_page(burned.pages[0])
            else:
                writer.add_page(page)
    finally:
        rendered.close()
    writer.metadata = None  # no Info dictionary, no XMP: titles and authors name the unit
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target, "wb") as handle:
        writer.write(handle)
