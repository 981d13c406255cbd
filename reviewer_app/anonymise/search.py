"""Finding sensitive terms in a PDF's text layer, with where they are on the page."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reviewer_app.pdf.reading import open_pdf


@dataclass(frozen=True)
class Box:
    """A rectangle on a page in PDF points, origin bottom-left (as PDF and pdfium use)."""

    left: float
    bottom: float
    right: float
    top: float

    def grown(self, margin: float) -> Box:
        return Box(self.left - margin, self.bottom - margin, self.right + margin, self.top + margin)


@dataclass(frozen=True)
class Proposal:
    page: int  # 1-based
    box: Box
    term: str


@dataclass(frozen=True)
class SearchResult:
    proposals: list[Proposal]
    pages_without_text: list[int]  # 1-based: scans, to be reviewed by eye
    page_count: int


def search_terms(path: Path, terms: list[str]) -> SearchResult:
    document = open_pdf(path)
    proposals: list[Proposal] = []
    without_text: list[int] = []
    page_count = len(document)
    try:
        for index in range(page_count):
            page = document[index]
            text = page.get_textpage()
            if not text.get_text_range().strip():
                without_text.append(index + 1)
                continue
            for term in terms:
                search = text.search(term, match_case=True, match_whole_word=False)
                while (found := search.get_next()) is not None:
                    start, count = found
                    boxes = [text.get_charbox(i) for i in range(start, start + count)]
                    left = min(b[0] for b in boxes)
                    bottom = min(b[1] for b in boxes)
                    right = max(b[2] for b in boxes)
                    top = max(b[3] for b in boxes)
                    proposals.append(Proposal(index + 1, Box(left, bottom, right, top).grown(1.5), term))
    finally:
        document.close()
    return SearchResult(proposals, without_text, page_count)
