"""A blind-review corpus from published documents: each of the 30 published enforcement documents
in tests/anonymise/real_corpus/published.yaml (decisions, orders, court rulings, a transfer letter,
with their parties, codes and addresses as issued) completed into a whole case file with records
written from the 2016 templates (filing approval, on-site record, interview record, service
receipt) that name the same party, people and address. Every third case file's decision and
receipt are scans; every receipt and decision carries a red seal over its date (骑年盖月). File
names are as secretaries receive them (扫描件001.pdf, IMG_…, a 文号, ASCII parentheses).

The truth: every occurrence of every listed sensitive string, by class, and each file's type.

    python -m bench.real_corpus   prints recall per class, the share of other text boxed,
                                  document-type accuracy and pages per second, out of the box
"""

from __future__ import annotations

import io
import random
import re
import tempfile
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from PIL import Image, ImageChops, ImageDraw, ImageFont
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reviewer_app.resources import CJK_FONT

PUBLISHED = Path(__file__).resolve().parents[1] / "tests" / "anonymise" / "real_corpus" / "published.yaml"
CLASSES = ("unit", "party", "person", "address", "place", "code")
A4 = (595.3, 841.9)
LINE_CHARS = 34
OFFICERS = [("冯立新", "14060221007"), ("孔德明", "14060221015"), ("蒋春燕", "32011516003"), ("程国庆", "32011516011"),
            ("韦志刚", "45070219021"), ("苗晓静", "41018213006"), ("欧阳建华", "43060112009"), ("闫文博", "41092316002")]


@dataclass
class CorpusDocument:
    file_name: str
    doc_type: str
    lines: list[str]
    scanned: bool = False
    sealed: bool = False
    seal_text: str = ""


@dataclass
class CorpusCase:
    key: str
    unit: str  # the enforcing body, as the roster names it
    documents: list[CorpusDocument] = field(default_factory=list)
    truth: dict[str, list[str]] = field(default_factory=dict)


def _first(truth: dict[str, list[str]], kind: str, default: str = "") -> str:
    return (truth.get(kind) or [default])[0]


def _body_of(entry: dict) -> str:
    bodies = [u for u in entry["truth"].get("unit", []) if re.search(r"(局|分局)$", u) and "**" not in u]
    return "".join(bodies[0].split()) if bodies else entry["source"].split()[0]


def _doc_number(entry: dict) -> str:
    return next((u for u in entry["truth"].get("unit", []) if u.endswith("号") and "行" not in u[-6:]), "")


def load_cases() -> list[CorpusCase]:
    entries = yaml.safe_load(PUBLISHED.read_text(encoding="utf-8"))
    cases = []
    for number, entry in enumerate(entries):
        rng = random.Random(number)
        truth = {kind: list(entry["truth"].get(kind, [])) for kind in CLASSES}
        party = _first(truth, "party") or _first(truth, "person", "（未载明）")
        person = _first(truth, "person", "")
        address = _first(truth, "address", "")
        (officer1, cert1), (officer2, cert2) = rng.sample(OFFICERS, 2)
        truth["person"] += [officer1, officer2]
        truth["code"] += [cert1, cert2]
        body = _body_of(entry)
        number_text = _doc_number(entry)
        month = rng.randint(9, 11)
        scanned = number % 3 == 2
        filing = CorpusDocument(rng.choice(["01立案审批表.pdf", "立案审批表.pdf", f"扫描件{number:03d}.pdf"]), "filing_approval", [
            "立案审批表",
            "案件来源：日常监督检查",
            f"当事人：{party}",
            *([f"法定代表人：{person}"] if person else []),
            *([f"地址：{address}"] if address else []),
            f"承办人：{officer1}、{officer2}",
            "案情简介：经现场检查，发现当事人涉嫌环境违法行为，建议立案调查。",
            f"审批意见：同意立案。  2016年{month}月2日",
        ])
        inspection = CorpusDocument(rng.choice(["现场检查（勘察）笔录.pdf", "现场勘验笔录.pdf", f"IMG_2016{month:02d}0{rng.randint(3, 9)}_0931{number:02d}.pdf"]),
                                    "inspection_record", [
            "现场检查（勘察）笔录",
            f"检查时间：2016年{month}月3日9时10分至10时25分",
            *([f"检查地点：{address}"] if address else []),
            f"被检查单位：{party}",
            *([f"现场负责人：{person}"] if person else []),
            f"执法人员：{officer1}（执法证号：{cert1}）、{officer2}（执法证号：{cert2}）",
            f"记录人：{officer2}",
            "我们是环境执法人员，已出示执法证件。现依法进行现场检查，请予配合。",
            "检查情况：生产设备正在运行，污染防治设施未运行，废水经厂区东侧排口直接外排。",
            "本笔录经被检查人核对无误。",
        ])
        interview = CorpusDocument(rng.choice(["调查询问笔录.pdf", "询问笔录(1).pdf", "03调查询问笔录.pdf"]), "interview_record", [
            "调查询问笔录",
            f"询问时间：2016年{month}月3日10时40分至11时30分",
            f"被询问人：{person or officer2}",
            f"询问人：{officer1}  记录人：{officer2}",
            "问：我们是环境执法人员，现依法向你调查了解情况，你是否申请回避？",
            "答：不申请回避。",
            "问：请说明你单位的名称和你的职务。",
            f"答：{party}，我是负责人。",
            "问：废水为什么不经处理直接排放？",
            "答：处理设施坏了，还没来得及修。",
        ])
        published_name = rng.choice([f"{number_text}.pdf" if number_text else "决定书.pdf", "行政处罚决定书.pdf", f"扫描件{number + 100:03d}.pdf"])
        published = CorpusDocument(published_name, entry["type"], entry["text"].strip().splitlines() + [body, f"2016年{month + 1}月8日"],
                                   scanned=scanned, sealed=True, seal_text=body)
        receipt = CorpusDocument(rng.choice(["送达回证.pdf", "送达回证(1).pdf", f"IMG_2016{month + 1:02d}12_1522{number:02d}.pdf"]), "service_receipt", [
            "送达回证",
            f"送达文书：{number_text or '行政处罚决定书'}",
            f"受送达人：{party}",
            *([f"送达地点：{address}"] if address else []),
            f"送达人：{officer1}、{officer2}",
            "送达方式：直接送达",
            f"受送达人签收：{person or party}  2016年{month + 1}月9日",
            body,
            f"2016年{month + 1}月9日",
        ], scanned=scanned, sealed=True, seal_text=body)
        truth["unit"] = list(dict.fromkeys(truth["unit"] + [body]))
        cases.append(CorpusCase(entry["id"], body, [filing, inspection, interview, published, receipt], truth))
    return cases


def _wrapped(lines: list[str]) -> list[str]:
    out = []
    for line in lines:
        while len(line) > LINE_CHARS:
            out.append(line[:LINE_CHARS])
            line = line[LINE_CHARS:]
        out.append(line)
    return out


def _seal(text: str, size: int) -> Image.Image:
    """A red seal: ring, star and the body's name inside, on white (to multiply over the page)."""
    image = Image.new("RGB", (size, size), "white")
    draw = ImageDraw.Draw(image)
    red = (214, 32, 38)
    draw.ellipse((4, 4, size - 4, size - 4), outline=red, width=max(3, size // 40))
    draw.regular_polygon((size / 2, size * 0.45, size * 0.12), 5, fill=red)
    font = ImageFont.truetype(str(CJK_FONT), max(10, size // (len(text) + 2)))
    width = draw.textlength(text, font=font)
    draw.text(((size - width) / 2, size * 0.66), text, fill=red, font=font)
    return image


def _typed_pdf(document: CorpusDocument, path: Path) -> int:
    from reviewer_app.documents.fonts import register_cjk_font

    font = register_cjk_font()
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    lines = _wrapped(document.lines)
    per_page = 34
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    for page_lines in pages:
        y = 780
        for index, line in enumerate(page_lines):
            canvas.setFont(font, 16 if index == 0 and page_lines is pages[0] else 12)
            # the issuing body and the date close the document on the right, under the seal
            closing = document.sealed and page_lines is pages[-1] and index >= len(page_lines) - 2
            canvas.drawString(340 if closing else 60, y, line)
            y -= 21
        if document.sealed and page_lines is pages[-1]:
            seal = _seal(document.seal_text, 300)
            mask = Image.eval(seal.convert("L"), lambda v: 255 - v)  # the ink, as an alpha mask
            rgba = seal.convert("RGBA")
            rgba.putalpha(mask)
            buffer = io.BytesIO()
            rgba.save(buffer, format="PNG")
            canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 345, y + 21 - 40, 110, 110, mask="auto")
        canvas.showPage()
    canvas.save()
    return len(pages)


def _scan_pdf(master: Path, path: Path, seal_text: str) -> None:
    """The typed pages printed, sealed in ink over the date and scanned: grey paper, a slight
    tilt, JPEG; no text layer."""
    from reviewer_app.pdf.reading import open_pdf, render_page

    document = open_pdf(master)
    canvas = Canvas(str(path), pagesize=A4, invariant=True)
    try:
        for index in range(len(document)):
            image = render_page(document[index], 150).convert("RGB")
            paper = Image.new("RGB", image.size, (244, 242, 236))
            image = ImageChops.multiply(image, paper)
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=80)
            canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, *A4)
            canvas.showPage()
    finally:
        document.close()
    canvas.save()


def write_corpus(folder: Path) -> list[CorpusCase]:
    """The corpus as intake takes it (<unit>/<case file>/<documents>), and beside each scan its
    typed master under masters/ (the same pages with a text layer: where each string stands)."""
    cases = load_cases()
    for case in cases:
        case_dir = folder / "cases" / case.unit / f"{case.key}"
        case_dir.mkdir(parents=True, exist_ok=True)
        seen: set[str] = set()
        for document in case.documents:
            name = document.file_name
            while name in seen:
                name = "副本-" + name
            seen.add(name)
            document.file_name = name
            if document.scanned:
                master = folder / "masters" / case.key / name
                master.parent.mkdir(parents=True, exist_ok=True)
                _typed_pdf(document, master)
                _scan_pdf(master, case_dir / name, document.seal_text)
            else:
                _typed_pdf(document, case_dir / name)
    return cases


def typed_only(cases: list[CorpusCase]) -> list[CorpusCase]:
    """The corpus without its scans (what can be measured without OCR)."""
    return [CorpusCase(c.key, c.unit, [d for d in c.documents if not d.scanned], c.truth) for c in cases]


def master_of(folder: Path, case: CorpusCase, document: CorpusDocument) -> Path:
    master = folder / "masters" / case.key / document.file_name
    return master if master.exists() else folder / "cases" / case.unit / case.key / document.file_name


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


@dataclass
class Coverage:
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    total: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))
    other_chars: int = 0
    other_boxed: int = 0
    missed: list[str] = field(default_factory=list)

    def recall(self, kind: str) -> float:
        return self.found[kind] / self.total[kind] if self.total[kind] else 1.0


def measure(folder: Path, cases: list[CorpusCase], boxes: dict[tuple[str, str], dict[int, list]]) -> Coverage:
    """How much of the truth the boxes cover, read on each document's typed master: an occurrence
    counts as hidden when every one of its characters lies under a box; the characters of no
    occurrence that lie under a box are the facts a reviewer lost."""
    from reviewer_app.pdf.reading import open_pdf, text_of, char_box

    coverage = Coverage()
    for case in cases:
        strings = sorted(((fold(s), kind) for kind in CLASSES for s in case.truth.get(kind, []) if fold(s)),
                         key=lambda item: -len(item[0]))
        for document in case.documents:
            pdf = open_pdf(master_of(folder, case, document))
            try:
                for index in range(len(pdf)):
                    page_boxes = boxes.get((case.key, document.file_name), {}).get(index + 1, [])
                    text, textpage = text_of(pdf[index])
                    chars = [char_box(textpage, i) for i in range(len(text))]
                    textpage.close()
                    visible = [i for i, c in enumerate(text) if not c.isspace()]
                    folded = "".join(unicodedata.normalize("NFKC", text[i]) for i in visible)
                    sensitive: set[int] = set()
                    for string, kind in strings:
                        for match in re.finditer(re.escape(string), folded):
                            span = [visible[i] for i in range(match.start(), match.end())]
                            if set(span) <= sensitive:
                                continue  # inside a longer string already counted
                            sensitive |= set(span)
                            coverage.total[kind] += 1
                            hidden = all(any(b.covers(chars[i].left, chars[i].bottom, chars[i].right, chars[i].top)
                                             for b in page_boxes) for i in span)
                            coverage.found[kind] += hidden
                            if not hidden:
                                coverage.missed.append(f"{case.key}/{document.file_name}: {kind} {string}")
                    for i in visible:
                        if i in sensitive or not chars[i].has_box:
                            continue
                        coverage.other_chars += 1
                        c = chars[i]
                        coverage.other_boxed += any(b.covers(c.left, c.bottom, c.right, c.top) for b in page_boxes)
            finally:
                pdf.close()
    return coverage


def survey_corpus(folder: Path, cases: list[CorpusCase], terms: tuple[str, ...] = (), use_ocr: bool = True,
                  first_pages: dict[tuple[str, str], str] | None = None, detect: bool = True) -> tuple[dict[tuple[str, str], dict[int, list]], int, float]:
    """Every case file surveyed as the product does it (its documents together, scans read by
    OCR first when use_ocr): the proposed boxes per document and page, the pages, the seconds."""
    from reviewer_app.anonymise import ocr
    from reviewer_app.anonymise.survey import SEAL_RULE, CaseFileSurveyRequest, SurveyRequest, survey_case_file

    boxes: dict[tuple[str, str], dict[int, list]] = {}
    pages = 0
    started = time.perf_counter()
    for case in cases:
        requests = []
        for document in case.documents:
            path = folder / "cases" / case.unit / case.key / document.file_name
            cached = ocr.read_scanned_pages(ocr.ScanReading(str(path))) if document.scanned and use_ocr else {}
            if cached and first_pages is not None and 1 in cached:
                first_pages[(case.key, document.file_name)] = ocr.page_text(ocr.unpack(cached[1]))[0]
            requests.append(((case.key, document.file_name), SurveyRequest(str(path), terms, cached, detect)))
        surveys = survey_case_file(CaseFileSurveyRequest(tuple(requests)))
        for key, survey in surveys.items():
            pages += survey.pages
            for proposal in survey.proposals:
                if proposal.rule != SEAL_RULE:  # a seal's red is lifted, what lies under it stays
                    boxes.setdefault(key, {}).setdefault(proposal.page, []).append(proposal.box)
    return boxes, pages, time.perf_counter() - started


def document_type_accuracy(folder: Path, cases: list[CorpusCase],
                           first_pages: dict[tuple[str, str], str]) -> tuple[float, list[str]]:
    """Types as intake gives them (title on page 1, else the file name), scans typed again from
    what OCR read on their first page, as the round's OCR step does."""
    from reviewer_app.core.document_typing import type_of_document
    from reviewer_app.pdf.reading import trial_and_first_page

    right, wrong = 0, []
    for case in cases:
        for document in case.documents:
            _, first_page = trial_and_first_page(folder / "cases" / case.unit / case.key / document.file_name)
            found = type_of_document(first_page, document.file_name)
            scanned = first_pages.get((case.key, document.file_name))
            if scanned is not None and not found.basis.startswith(("标题", "文号")):
                found = type_of_document(scanned, document.file_name)
            if found.doc_type.value == document.doc_type:
                right += 1
            else:
                wrong.append(f"{case.key}/{document.file_name}: {found.doc_type.value} ≠ {document.doc_type}")
    total = sum(len(c.documents) for c in cases)
    return right / total, wrong


def anonymised_round(folder: Path, cases: list[CorpusCase], detect: bool):  # noqa: ANN201 - (Database, round folder)
    """The typed part of the corpus taken in as a secretary would (roster, intake, proposals all
    accepted, shipped copies made), with the detectors on or, as before them, off."""
    import shutil

    from reviewer_app.anonymise import round_anonymisation as anonymisation
    from reviewer_app.anonymise.places import places_in
    from reviewer_app.core.rubric import load_preset
    from reviewer_app.store.database import Database
    from reviewer_app.store.intake import intake_folder
    from reviewer_app.store.roster import add_unit
    from reviewer_app.store.rounds import create_round, only_round

    source = folder / f"typed-{detect}"
    for case in cases:
        for document in case.documents:
            if not document.scanned:
                target = source / case.unit / case.key / document.file_name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(folder / "cases" / case.unit / case.key / document.file_name, target)
    round_folder = folder / f"round-{detect}"
    round_folder.mkdir()
    database = Database(round_folder / "round.db")
    with database.session() as session:
        round_record = create_round(session, name="公开文书", year=2016, rubric=load_preset("national_2012"))
        for unit in sorted({c.unit for c in cases}):
            add_unit(session, round_record, unit, "city", "", (places_in(unit) or [unit])[0])
        intake_folder(session, round_record, source, round_folder)
    anonymisation.propose_redactions(database, round_folder, detect=detect)
    with database.session() as session:
        anonymisation.accept_all_proposals(session, only_round(session))
    anonymisation.produce_shipped_copies(database, round_folder)
    return database, round_folder


def leak_findings(folder: Path, cases: list[CorpusCase], detect: bool) -> list:
    """What the leak check finds in the typed part of the corpus anonymised with all proposals
    accepted: with the detectors (detect=True), or as proposals stood before them."""
    from reviewer_app.anonymise import round_anonymisation as anonymisation
    from reviewer_app.store.rounds import only_round

    database, round_folder = anonymised_round(folder, cases, detect)
    try:
        with database.session() as session:
            return anonymisation.leak_check(session, only_round(session), round_folder)
    finally:
        database.close()


def main() -> None:
    from bench.common import report

    folder = Path(tempfile.mkdtemp(prefix="bench-real-corpus-"))
    cases = write_corpus(folder)
    first_pages: dict[tuple[str, str], str] = {}
    boxes, pages, seconds = survey_corpus(folder, cases, first_pages=first_pages)
    coverage = measure(folder, cases, boxes)
    names = {"unit": "unit_identifying", "party": "parties", "person": "persons", "address": "addresses",
             "place": "places", "code": "codes"}
    for kind in CLASSES:
        report(f"anonymise.real.recall_{names[kind]}", 100 * coverage.recall(kind),
               f"% ({coverage.found[kind]} of {coverage.total[kind]})")
    report("anonymise.real.other_text_boxed", 100 * coverage.other_boxed / max(1, coverage.other_chars),
           f"% ({coverage.other_boxed} of {coverage.other_chars} characters)")
    accuracy, wrong = document_type_accuracy(folder, cases, first_pages)
    report("anonymise.real.document_types_right", 100 * accuracy, f"% of {sum(len(c.documents) for c in cases)}")
    report("anonymise.real.survey_pages_per_s", pages / seconds, f"pages/s (one core, OCR of {sum(d.scanned for c in cases for d in c.documents)} scans included)")
    _, typed_pages, typed_seconds = survey_corpus(folder, typed_only(cases), use_ocr=False)
    report("anonymise.real.survey_typed_pages_per_s", typed_pages / typed_seconds, "pages/s (one core, typed pages, case files together)")
    for detect, name in ((False, "terms_only"), (True, "with_detectors")):
        found = leak_findings(folder, cases, detect)
        report(f"anonymise.real.leak_check_findings_{name}", len(found), "findings (typed pages, every proposal accepted)")
    for line in coverage.missed[:40] + wrong[:20]:
        print("  missed:", line)


if __name__ == "__main__":
    main()
