"""The leak check: reads a shipped file afresh, as someone trying to find the unit would, and
lists every sensitive term found in it. It shares no code with the proposals on purpose: a
mistake in how terms are found there must not hide the same leak here.

What it reads: the file name; every page's text as a PDF reader extracts it; every string,
name and decoded stream of every object pypdf can parse; the raw bytes, with every stream
found in them inflated if it is Flate-compressed, as UTF-8, UTF-16 (both byte orders) and
ASCII; and, asked to, the page images read by OCR. Everything is folded (NFKC, no
whitespace) before terms are looked for."""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pypdf
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject

from reviewer_app.anonymise.leak_classes import class_findings
from reviewer_app.pdf.reading import open_pdf

# Part of every remembered clean answer: change it whenever what the check reads changes.
LEAK_CHECK_VERSION = "3"  # 2: the raw bytes outside streams, each stream once; 3: its own class detectors
_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.DOTALL)
_HEX_STRING = re.compile(rb"<([0-9A-Fa-f\s]{4,})>")


@dataclass(frozen=True)
class Leak:
    file: str
    where: str  # "第 n 页", "文件名", "对象 12", "文件字节", "第 n 页（OCR）"
    term: str
    rule: str = ""  # a class of leak_classes when its own detectors found it, "" for a listed term
    document_id: int | None = None  # set by the round's check: which document, for a ruling

    def __str__(self) -> str:
        if self.rule:
            return f"{self.file} {self.where}：{self.rule}“{self.term}”"
        return f"{self.file} {self.where}：含“{self.term}”"


@dataclass(frozen=True)
class ScanRequest:
    path: str
    label: str
    terms: tuple[str, ...]
    use_ocr: bool = False
    classes: bool = True  # also what leak_classes finds in the page texts, list or no list


def fold(text: str) -> str:
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return "".join(text.split())  # str.split's whitespace is re's \s; three times as fast on a megabyte


def _decodings(data: bytes, wide: bool = True) -> Iterator[str]:
    """The ways text can be stored in bytes. UTF-16 only where text is expected (strings, text
    streams): read as UTF-16, a megabyte of image data spells any two-character name by chance.
    Latin-1 only where it can hold a term at all (ASCII terms: numbers); as Latin-1 every byte is
    a character, and normalising a megabyte of them is what made this check slow."""
    yield data.decode("utf-8", "ignore")
    yield data.decode("ascii", "ignore")
    if wide:
        for start in (0, 1):  # UTF-16 text can begin on either byte
            yield data[start:].decode("utf-16-be", "ignore")
            yield data[start:].decode("utf-16-le", "ignore")


def _byte_blobs(data: bytes) -> Iterator[tuple[str, bytes, bool]]:
    """(where, bytes, whether UTF-16 is worth trying): the file's bytes outside its streams; each
    stream inflated, with whatever follows its compressed end, or as it is when it does not
    inflate; and each hex string in an inflated stream. Every byte is read once: reading the
    whole file as well doubled the check's time on scans for nothing a stream's own reading misses."""
    outside, position = [], 0
    for number, match in enumerate(_STREAM.finditer(data), start=1):
        outside.append(data[position:match.start(1)])
        position = match.end(1)
        # Without the line end before "endstream", the bytes are those pypdf reads: decoded once.
        where, body = f"第 {number} 个数据流", match.group(1).rstrip(b"\r\n")
        inflater = zlib.decompressobj()
        try:
            inflated = inflater.decompress(body, 64 * 1024 * 1024)
        except zlib.error:
            yield where, body, False
            continue
        yield where, inflated, False
        if inflater.unconsumed_tail or inflater.unused_data:  # past the limit, or hidden after the end
            yield where, inflater.unconsumed_tail + inflater.unused_data, False
        for hex_string in _HEX_STRING.finditer(inflated):
            try:
                yield where, bytes.fromhex(hex_string.group(1).decode()), True
            except ValueError:
                pass
    outside.append(data[position:])
    yield "文件字节", b"\n".join(outside), False


def _decoded_once(seen: dict[bytes, bool], data: bytes, wide: bool) -> Iterator[str]:
    """_decodings(data, wide), unless the same bytes were decoded at least as widely before in
    this file: a compressed image is inflated both by the byte scan and by pypdf, and decoding
    megabytes of image data twice was most of the check's time. The same bytes give the same text."""
    if len(data) < 64 * 1024:  # hashing small blobs costs more than it saves
        yield from _decodings(data, wide)
        return
    key = hashlib.blake2b(data, digest_size=32).digest()
    if key in seen and (seen[key] or not wide):
        return
    seen[key] = wide or seen.get(key, False)
    yield from _decodings(data, wide)


def _object_texts(data: bytes, seen: dict[bytes, bool]) -> Iterator[tuple[str, str]]:
    """Every string, name and decoded stream of every object pypdf can reach by number."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        size = int(reader.trailer.get("/Size", 0))
    except Exception:  # noqa: BLE001 - the byte scan still reads this file
        return
    for number in range(1, min(size, 2_000_000)):
        try:
            obj = reader.get_object(number)
        except Exception:  # noqa: BLE001 - a free or broken entry
            continue
        yield from ((f"对象 {number}", text) for text in _strings_in(obj, 0, seen))


def _strings_in(obj, depth: int, seen: dict[bytes, bool]) -> Iterator[str]:  # noqa: ANN001
    if depth > 50 or isinstance(obj, IndirectObject):
        return
    if isinstance(obj, StreamObject):
        try:
            data = obj.get_data()
        except Exception:  # noqa: BLE001 - a filter pypdf cannot undo: the byte scan still sees it
            data = b""
        binary = obj.get("/Subtype") == "/Image" or "/Length1" in obj or obj.get("/Subtype") in ("/Type1C", "/CIDFontType0C", "/OpenType")
        yield from _decoded_once(seen, data, wide=not binary)
    if isinstance(obj, DictionaryObject):
        for key, value in obj.items():
            yield str(key)
            yield from _strings_in(value, depth + 1, seen)
    elif isinstance(obj, ArrayObject):
        for value in obj:
            yield from _strings_in(value, depth + 1, seen)
    elif isinstance(obj, NameObject):
        yield str(obj)
    elif isinstance(obj, (str, bytes)):
        yield obj if isinstance(obj, str) else obj.decode("latin-1")
        if isinstance(obj, bytes):
            yield from _decodings(obj)


def _page_texts(data: bytes) -> Iterator[tuple[str, str]]:
    document = open_pdf(data)
    try:
        for index in range(len(document)):
            yield f"第 {index + 1} 页", document[index].get_textpage().get_text_range()
    finally:
        document.close()


def _ocr_texts(data: bytes) -> Iterator[tuple[str, str]]:
    from reviewer_app.anonymise import ocr

    document = open_pdf(data)
    try:
        for index in range(len(document)):
            yield f"第 {index + 1} 页（OCR）", "\n".join(line.text for line in ocr.read_page(document[index]))
    finally:
        document.close()


def leaks_in_pdf(name: str, data: bytes, terms: list[str] | tuple[str, ...], use_ocr: bool = False,
                 classes: bool = False) -> list[Leak]:
    """Every listed term found anywhere in the file; with classes, also what leak_classes finds
    in what a reader sees (each page's text, and its OCR when use_ocr)."""
    folded = {fold(t): t for t in terms if len(fold(t)) >= 2}
    any_term = re.compile("|".join(map(re.escape, sorted(folded, key=len, reverse=True)))) if folded else None
    found: dict[tuple[str, str, str], Leak] = {}

    def look(where: str, text: str, readable: bool = False) -> None:
        if any_term is not None:
            for key in set(any_term.findall(fold(text))):
                found.setdefault((where, "", folded[key]), Leak(name, where, folded[key]))
        if classes and readable:
            for finding in class_findings(text):
                found.setdefault((where, finding.rule, finding.text), Leak(name, where, finding.text, finding.rule))

    look("文件名", name)
    for where, text in _page_texts(data):
        look(where, text, readable=True)
    if any_term is not None:
        seen: dict[bytes, bool] = {}
        for where, text in _object_texts(data, seen):
            look(where, text)
        for where, blob, wide in _byte_blobs(data):
            for text in _decoded_once(seen, blob, wide):
                look(where, text)
    if use_ocr:
        for where, text in _ocr_texts(data):
            look(where, text, readable=True)
    return list(found.values())


def scan_shipped_file(request: ScanRequest) -> list[Leak]:
    """The leaks in one shipped file (run in a worker process)."""
    return leaks_in_pdf(request.label, Path(request.path).read_bytes(), request.terms, request.use_ocr, request.classes)

