"""Surveying one document for what must be hidden (run in a worker process, one document per
call): every page's text, from its text layer or, on a scan, from what OCR read earlier
(round_anonymisation.read_scanned_pages), matched against the terms and patterns; every page
looked at for red seals; pages a person should look at listed with the reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium

from reviewer_app.anonymise import ocr
from reviewer_app.anonymise.detectors import FIELD, SAME_CASE, carried_terms, identify
from reviewer_app.anonymise.matching import PATTERNS, Found, TermMatcher
from reviewer_app.anonymise.box import Box
from reviewer_app.anonymise.seals import SEAL_DPI, find_seals
from reviewer_app.pdf.reading import PageChar, PdfProblem, char_box, open_pdf, prints_only_grey, render_pixels, text_of

TEXT_MARGIN = 1.5  # points around a typed string
OCR_MARGIN = 4.0  # points around a string read by OCR: its boxes are estimates
SEAL_MARGIN = 6.0
SEAL_RULE = "印章"

# Why a page is offered for a look (stored with the page, shown in the review).
SCAN_UNREAD = "扫描页，未做文字识别"
SCAN_EMPTY = "扫描页，未识别出文字"
SCAN_UNSURE = "扫描页，部分文字识别置信度低"
SEAL_FOUND = "有印章"


@dataclass(frozen=True)
class Proposal:
    page: int  # 1-based
    box: Box
    term: str
    rule: str  # 敏感词, 身份证号, …, 印章; "（OCR）" added when found on a scan


@dataclass(frozen=True)
class SurveyRequest:
    path: str
    terms: tuple[str, ...]
    cached_ocr: dict[int, bytes] = field(default_factory=dict)  # page -> ocr.pack(...)
    detect: bool = True  # the detectors of what identifies, beside the term list


@dataclass
class DocumentSurvey:
    pages: int
    proposals: list[Proposal] = field(default_factory=list)
    flags: dict[int, list[str]] = field(default_factory=dict)  # page -> reasons to look
    scanned: list[int] = field(default_factory=list)
    carried: set[str] = field(default_factory=set)  # parties, persons, addresses: for the case file's others
    problem: str | None = None  # why this document could not be surveyed (the case file's others were)
    texts: dict[int, str] = field(default_factory=dict, repr=False)  # page -> text, for the case file's second look


@dataclass(frozen=True)
class CaseFileSurveyRequest:
    """A case file's documents, surveyed together: what one reveals is looked for in all."""

    documents: tuple[tuple[int, SurveyRequest], ...]  # (document key, request)


@lru_cache(maxsize=2)
def _matcher(terms: tuple[str, ...]) -> TermMatcher:
    return TermMatcher(terms)


_NAMING_FIRST = {TermMatcher.TERM_RULE, *PATTERNS}


def merged(found: list[Found]) -> list[Found]:
    """Findings whose characters overlap become one, named by the largest of them: the reviewer
    decides once about 汨罗市恒锋新材料有限公司, not about it, its place and its addressee line."""
    groups: list[list[Found]] = []
    reach = -1
    for item in sorted((f for f in found if f.indices), key=lambda f: (f.indices[0], -len(f.indices))):
        if groups and item.indices[0] <= reach:
            groups[-1].append(item)
        else:
            groups.append([item])
        reach = max(reach, item.indices[-1]) if len(groups[-1]) > 1 else item.indices[-1]
    result = []
    for group in groups:
        # a listed term or a number's own pattern names it, else the largest finding
        largest = max(group, key=lambda f: (f.rule in _NAMING_FIRST, len(f.indices), not f.rule.startswith(FIELD)))
        indices = tuple(sorted({i for f in group for i in f.indices}))
        result.append(Found(largest.rule, largest.term, indices))
    return result


def _findings(text: str, matcher: TermMatcher, detect: bool) -> tuple[list[Found], set[str]]:
    """What to box on a page, and what of it the case file's other documents must hide too."""
    found = matcher.find(text)
    carried: set[str] = set()
    if detect:
        identified = identify(text)
        found += [Found(item.rule, item.text, item.indices) for item in identified]
        carried = carried_terms(identified)
    return merged(found), carried


def survey_case_file(request: CaseFileSurveyRequest) -> dict[int, DocumentSurvey]:
    """Every document surveyed, then each looked through again for what the others revealed
    (a party named in the decision, unlabelled in the interview record)."""
    surveys = {}
    for key, document in request.documents:
        try:
            surveys[key] = survey_document(document)
        except PdfProblem as problem:  # one broken document does not stop its case file
            surveys[key] = DocumentSurvey(0, problem=str(problem))
    carried = sorted(set().union(*(s.carried for s in surveys.values())))
    if carried:
        matcher = TermMatcher(carried, patterns=False, rule=SAME_CASE)
        for key, document in request.documents:
            if surveys[key].problem is None:
                _add_carried(document, surveys[key], matcher)
    for survey in surveys.values():
        survey.texts.clear()  # read again from the file by nobody: no need to send it back
    return surveys


def _add_carried(request: SurveyRequest, survey: DocumentSurvey, matcher: TermMatcher) -> None:
    """Boxes for the case file's carried terms that this document's own proposals do not cover.
    The file is opened again only when a page's text (kept from the first look) holds one."""
    pages = [number for number, text in survey.texts.items() if matcher.find(text)]
    if not pages:
        return
    document = open_pdf(Path(request.path))
    try:
        for number in pages:
            index = number - 1
            if number in survey.scanned:
                text, chars = ocr.page_text(ocr.unpack(request.cached_ocr[number]))
                boxes = [box for found in matcher.find(text)
                         for box in line_boxes([chars[i] for i in found.indices], OCR_MARGIN)]
                rule = f"{SAME_CASE}（OCR）"
            else:
                page = document[index]
                text, textpage = text_of(page)
                try:
                    boxes = [box for found in matcher.find(text)
                             for box in line_boxes([char_box(textpage, i) for i in found.indices], TEXT_MARGIN)]
                finally:
                    textpage.close()
                    page.close()
                rule = SAME_CASE
            own = [p.box for p in survey.proposals if p.page == number]
            for box in boxes:  # a carried name only partly under a box of the page's own is boxed whole
                if not any(o.covers(box.left + 2, box.bottom + 2, box.right - 2, box.top - 2) and
                           o.left <= box.left + 2 and box.right - 2 <= o.right for o in own):
                    survey.proposals.append(Proposal(number, box, "", rule))
    finally:
        document.close()


def line_boxes(chars: list[PageChar], margin: float) -> list[Box]:
    """One box per line the characters sit on (a name broken over two lines gets two boxes,
    not one box over both lines' whole width)."""
    boxes: list[Box] = []
    group: list[PageChar] = []

    def close() -> None:
        if group:
            boxes.append(Box(min(c.left for c in group), min(c.bottom for c in group),
                             max(c.right for c in group), max(c.top for c in group)).grown(margin))

    for char in (c for c in chars if c.has_box):
        if group:
            last = group[-1]
            middle = (char.bottom + char.top) / 2
            same_line = last.bottom - 1 <= middle <= last.top + 1 and char.left >= last.left - 1
            if not same_line:
                close()
                group = []
        group.append(char)
    close()
    return boxes


def survey_document(request: SurveyRequest) -> DocumentSurvey:
    matcher = _matcher(request.terms)
    document = open_pdf(Path(request.path))
    try:
        survey = DocumentSurvey(len(document))
        for index in range(len(document)):
            page = document[index]
            try:
                _survey_page(request, survey, index + 1, page, matcher)
            finally:
                page.close()  # closed now, not at the document's end: a long document holds fewer pages
        return survey
    finally:
        document.close()


def _survey_page(request: SurveyRequest, survey: DocumentSurvey, number: int, page: pdfium.PdfPage,
                 matcher: TermMatcher) -> None:
    text, textpage = text_of(page)
    try:
        if text.strip():
            survey.texts[number] = text
            found, carried = _findings(text, matcher, request.detect)
            survey.carried |= carried
            for item in found:
                chars = [char_box(textpage, i) for i in item.indices]
                survey.proposals += [Proposal(number, box, item.term, item.rule)
                                     for box in line_boxes(chars, TEXT_MARGIN)]
        else:
            survey.scanned.append(number)
            _survey_scan(request, survey, number, matcher)
    finally:
        textpage.close()
    if prints_only_grey(page):  # a typed page in black ink: no red to look for, nothing to render
        return
    for left, top, right, bottom in find_seals(render_pixels(page, SEAL_DPI), SEAL_DPI):
        scale, height = SEAL_DPI / 72, page.get_height()
        box = Box(left / scale, height - bottom / scale, right / scale, height - top / scale).grown(SEAL_MARGIN)
        survey.proposals.append(Proposal(number, box, "", SEAL_RULE))
        survey.flags.setdefault(number, []).append(SEAL_FOUND)


def _survey_scan(request: SurveyRequest, survey: DocumentSurvey, number: int, matcher: TermMatcher) -> None:
    if number not in request.cached_ocr:
        survey.flags.setdefault(number, []).append(SCAN_UNREAD)
        return
    lines = ocr.unpack(request.cached_ocr[number])
    if not lines:
        survey.flags.setdefault(number, []).append(SCAN_EMPTY)
        return
    if min(line.confidence for line in lines) < ocr.LOW_CONFIDENCE:
        survey.flags.setdefault(number, []).append(SCAN_UNSURE)
    text, chars = ocr.page_text(lines)
    survey.texts[number] = text
    found, carried = _findings(text, matcher, request.detect)
    survey.carried |= carried
    for item in found:
        survey.proposals += [Proposal(number, box, item.term, f"{item.rule}（OCR）")
                             for box in line_boxes([chars[i] for i in item.indices], OCR_MARGIN)]
