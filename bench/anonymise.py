"""Anonymisation costs per page, and what they add up to for a provincial round.

Pages: typed pages cut from the demo's documents, and full scanned pages made here (200 dpi
A4, about 30 lines of Chinese with names, numbers and a red seal, grey paper, JPEG), since the
demo's scans are small and sparse. The term list is a provincial one: 113 units, their place
names, 100 reviewers.

    python -m bench.anonymise

Prints:
  anonymise.ocr_page_s             seconds to OCR one scanned page, one worker (one core)
  anonymise.propose_text_pages_per_s  typed pages surveyed a second, one worker
  anonymise.propose_scan_page_s    a scanned page read by OCR and surveyed, one worker
  anonymise.produce_page_ms        a typed page rebuilt (image + text layer), one worker
  anonymise.produce_scan_page_ms   a scanned page rebuilt
  anonymise.shipped_bytes_per_page typed / scanned page in the shipped copy, and the original's
  anonymise.provincial_80k_pages_min  propose + produce for 80,000 pages (30 % scanned), all cores
"""

from __future__ import annotations

import io
import os
import random
import tempfile
import time
from pathlib import Path

import pypdf
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from bench.common import demo_round, report
from reviewer_app.anonymise.ocr import ScanReading, read_scanned_pages
from reviewer_app.anonymise.rebuild import RebuildRequest, rebuild_document
from reviewer_app.anonymise.survey import SurveyRequest, survey_document
from reviewer_app.anonymise.terms import expand
from reviewer_app.resources import CJK_FONT

PAGES = 40
SCANS = 4
WORDS = "当事人超标排放水污染物经现场检查发现其废水处理设施未正常运行责令改正并处罚款依据环境保护法有关规定执行"


def provincial_terms() -> tuple[str, ...]:
    rng = random.Random(1)
    units = [f"第{c}市生态环境局" for c in range(1, 14)] + [f"{rng.choice('东西南北')}{n}县环境保护局" for n in range(100)]
    reviewers = [f"评审员{n:03d}" for n in range(100)]
    return tuple(expand(units + reviewers))


def typed_pages(folder: Path) -> Path:
    pages = [p for pdf in sorted((demo_round() / "originals").rglob("*.pdf")) for p in pypdf.PdfReader(pdf).pages
             if p.extract_text().strip()]
    writer = pypdf.PdfWriter()
    for n in range(PAGES):
        writer.add_page(pages[(n * 7) % len(pages)])
    path = folder / "typed.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def scanned_pages(folder: Path) -> Path:
    rng = random.Random(2)
    font = ImageFont.truetype(str(CJK_FONT), 40)
    canvas = Canvas(str(folder / "scanned.pdf"), pagesize=(595.3, 841.9))
    for _ in range(SCANS):
        image = Image.new("RGB", (1654, 2339), (246, 245, 240))
        draw = ImageDraw.Draw(image)
        for line in range(30):
            text = "".join(rng.choice(WORDS) for _ in range(rng.randint(18, 30)))
            if line % 7 == 3:
                text = f"联系电话：138{rng.randrange(10**8):08d} 身份证号：33010219800101{rng.randrange(10**4):04d}"
            draw.text((150, 160 + line * 66), text, fill=(30, 30, 30), font=font)
        draw.ellipse((1100, 1700, 1480, 2080), outline=(215, 35, 35), width=12)
        buffer = io.BytesIO()
        image.rotate(0.4, fillcolor=(246, 245, 240)).save(buffer, format="JPEG", quality=75)
        canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, 595.3, 841.9)
        canvas.showPage()
    canvas.save()
    return folder / "scanned.pdf"


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-anonymise-"))
    terms = provincial_terms()
    typed, scanned = typed_pages(folder), scanned_pages(folder)
    read_scanned_pages(ScanReading(str(scanned), tuple(range(2, SCANS + 1))))  # warms the engine, once per worker
    start = time.perf_counter()
    read = read_scanned_pages(ScanReading(str(scanned)))
    ocr_page = (time.perf_counter() - start) / SCANS

    survey_document(SurveyRequest(str(typed), terms))  # warms the segmenter and the division table, once per worker
    start = time.perf_counter()
    survey_document(SurveyRequest(str(typed), terms))
    propose_text = (time.perf_counter() - start) / PAGES
    start = time.perf_counter()
    scan_survey = survey_document(SurveyRequest(str(scanned), terms, read))
    propose_scan = (time.perf_counter() - start) / SCANS + ocr_page

    boxes = {p.page: [] for p in scan_survey.proposals}
    for proposal in scan_survey.proposals:
        boxes[proposal.page].append(proposal.box)
    start = time.perf_counter()
    typed_copy = rebuild_document(RebuildRequest(str(typed), str(folder / "typed-shipped.pdf")))
    produce_text = (time.perf_counter() - start) / PAGES
    start = time.perf_counter()
    scan_copy = rebuild_document(RebuildRequest(str(scanned), str(folder / "scan-shipped.pdf"), boxes, read))
    produce_scan = (time.perf_counter() - start) / SCANS

    report("anonymise.ocr_page_s", ocr_page, "s")
    report("anonymise.propose_text_pages_per_s", 1 / propose_text, "pages/s")
    report("anonymise.propose_scan_page_s", propose_scan, "s")
    report("anonymise.produce_page_ms", produce_text * 1000, "ms")
    report("anonymise.produce_scan_page_ms", produce_scan * 1000, "ms")
    report("anonymise.shipped_bytes_per_page", typed_copy.size / PAGES / 1024, "KB (typed)")
    report("anonymise.shipped_bytes_per_page_scan", scan_copy.size / SCANS / 1024, "KB (scanned)")
    report("anonymise.original_bytes_per_page", typed.stat().st_size / PAGES / 1024, "KB (typed, as copied before)")
    report("anonymise.original_bytes_per_page_scan", scanned.stat().st_size / SCANS / 1024, "KB (scanned, as copied before)")
    cores = os.cpu_count() or 1
    seconds = (56_000 * (propose_text + produce_text) + 24_000 * (propose_scan + produce_scan)) / cores
    report("anonymise.provincial_80k_pages_min", seconds / 60, f"min ({cores} cores, 30 % scanned)")


if __name__ == "__main__":
    main()
