"""The seal search renders a page only when something on it could be red: typed pages in black
ink are the bulk of a round, and rendering them was most of the survey's time."""

import io
import math

import pytest
from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reviewer_app.anonymise.survey import SEAL_RULE, SurveyRequest, survey_document
from reviewer_app.documents.fonts import register_cjk_font
from reviewer_app.pdf.reading import open_pdf, prints_only_grey


def _typed_page(path, draw=None):
    """A typed page in black ink with grey table lines, and whatever `draw` adds."""
    canvas = Canvas(str(path))
    canvas.setFont(register_cjk_font(), 12)
    canvas.drawString(72, 760, "行政处罚决定书")
    canvas.setStrokeGray(0.5)
    canvas.rect(72, 600, 400, 120)
    if draw:
        draw(canvas)
    canvas.save()
    return path


def _vector_seal(canvas):
    """A seal drawn as vector paths and text, as some e-documents carry one: a red ring, a star,
    and the issuing body's name round the rim."""
    canvas.saveState()
    canvas.setStrokeColorRGB(0.85, 0.1, 0.1)
    canvas.setFillColorRGB(0.85, 0.1, 0.1)
    canvas.setLineWidth(2.5)
    cx, cy, r = 380, 300, 21 * mm
    canvas.circle(cx, cy, r)
    canvas.setFont(register_cjk_font(), 11)
    for n, char in enumerate("青溪县环境保护局专用章"):
        angle = math.radians(200 - n * 22)
        canvas.drawCentredString(cx + 0.72 * r * math.cos(angle), cy + 0.72 * r * math.sin(angle) - 4, char)
    star = canvas.beginPath()
    for k in range(10):
        radius = 9 if k % 2 == 0 else 4
        angle = math.radians(90 + 36 * k)
        point = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        star.moveTo(*point) if k == 0 else star.lineTo(*point)
    star.close()
    canvas.drawPath(star, stroke=0, fill=1)
    canvas.restoreState()


def _picture(canvas):
    buffer = io.BytesIO()
    Image.new("L", (40, 40), 128).save(buffer, format="PNG")
    buffer.seek(0)
    canvas.drawImage(ImageReader(buffer), 72, 400, 40, 40)


def _blue_heading(canvas):
    canvas.setFillColorRGB(0.1, 0.2, 0.8)
    canvas.setFont(register_cjk_font(), 14)
    canvas.drawString(72, 720, "附件")


def _link(canvas):
    canvas.linkURL("https://example.gov.cn", (72, 500, 200, 520))


@pytest.mark.parametrize(("draw", "grey"), [
    (None, True),
    (_vector_seal, False),
    (_picture, False),
    (_blue_heading, False),
    (_link, False),  # an annotation: what it shows is not among the page's objects
])
def test_only_a_page_in_black_and_grey_ink_counts_as_grey(tmp_path, draw, grey):
    document = open_pdf(_typed_page(tmp_path / "page.pdf", draw))
    try:
        assert prints_only_grey(document[0]) is grey
    finally:
        document.close()


def test_a_seal_drawn_in_vector_ink_on_a_typed_page_is_still_proposed(tmp_path):
    sealed = survey_document(SurveyRequest(str(_typed_page(tmp_path / "sealed.pdf", _vector_seal)), ()))
    plain = survey_document(SurveyRequest(str(_typed_page(tmp_path / "plain.pdf")), ()))
    seals = [p for p in sealed.proposals if p.rule == SEAL_RULE]
    assert len(seals) == 1 and seals[0].page == 1
    box = seals[0].box  # round the ring drawn at (380, 300), 21 mm across its radius
    assert box.left < 380 - 21 * mm < box.left + 12 and box.right - 12 < 380 + 21 * mm < box.right
    assert not plain.proposals and not plain.flags
