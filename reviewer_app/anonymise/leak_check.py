"""The leak check: extract every text run and metadata field from what would be shipped and
list every sensitive term found, with where."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdf

from reviewer_app.pdf.reading import page_text


@dataclass(frozen=True)
class Leak:
    file: str
    where: str  # "第 n 页", "文件名", "文档信息 /Title", "XMP"
    term: str

    def __str__(self) -> str:
        return f"{self.file} {self.where}：含“{self.term}”"


def leaks_in_pdf(name: str, data: bytes, terms: list[str]) -> list[Leak]:
    found = [Leak(name, "文件名", t) for t in terms if t in name]
    for number, text in enumerate(page_text(data), start=1):
        found += [Leak(name, f"第 {number} 页", t) for t in terms if t in text]
    reader = pypdf.PdfReader(io.BytesIO(data))
    for key, value in (reader.metadata or {}).items():
        found += [Leak(name, f"文档信息 {key}", t) for t in terms if t in str(value)]
    xmp = reader.trailer["/Root"].get("/Metadata")
    if xmp is not None:
        raw = xmp.get_object().get_data().decode("utf-8", "replace")
        found += [Leak(name, "XMP", t) for t in terms if t in raw]
    return found


def leaks_in_text(name: str, text: str, terms: list[str]) -> list[Leak]:
    return [Leak(name, "内容", t) for t in terms if t in text]
