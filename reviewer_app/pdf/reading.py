"""Opening case-file documents and reading their text, with failures in the user's words."""

from __future__ import annotations

import ctypes
import io
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium
from PIL import Image, UnidentifiedImageError

if TYPE_CHECKING:
    import numpy as np

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff"}
TRIAL_SCALE = 0.1  # pages rendered this small still go through every drawing operation
LARGEST_PAGE_PT = 3 * 72 / 0.0254  # 3 m a side: rendering a larger page for shipping would exhaust memory


class PdfProblem(ValueError):
    """A document no later step could use; the message says why, in the user's words."""


def open_pdf(source: Path | bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(source if isinstance(source, bytes) else str(source))
    except pdfium.PdfiumError as error:
        text = str(error).lower()
        if "password" in text:
            raise PdfProblem("PDF 已加密（需要口令才能打开）；请提供未加密的文件") from None
        if "format" in text or "file" in text:
            raise PdfProblem("不是有效的 PDF，或文件已损坏、不完整") from None
        raise PdfProblem(f"PDF 无法打开（{error}）") from None


def page_text(source: Path | bytes) -> list[str]:
    """Every page's text layer (empty for a scanned page)."""
    document = open_pdf(source)
    try:
        return [document[i].get_textpage().get_text_range() for i in range(len(document))]
    finally:
        document.close()


QR_DPI = 150  # a printed record's QR code is 15–25 mm: at 150 dpi its modules are several pixels


def qr_codes(source: Path, pages: int = 3) -> list[str]:
    """The text of every QR code found on the first pages of a document (a mobile-enforcement
    record prints its verification code there), PDF or image."""
    import cv2
    import numpy as np

    if source.suffix.lower() in IMAGE_SUFFIXES:
        with Image.open(source) as image:
            images = [image.convert("L")]
    else:
        document = open_pdf(source)
        try:
            images = [render_page(document[i], QR_DPI, grey=True) for i in range(min(pages, len(document)))]
        finally:
            document.close()
    detector = cv2.QRCodeDetectorAruco()  # reads small printed codes at 150 dpi the classic detector misses
    found = []
    for image in images:
        ok, texts, _, _ = detector.detectAndDecodeMulti(np.asarray(image))
        found += [text for text in (texts if ok else ()) if text]
    return found


@dataclass(frozen=True)
class PageChar:
    """One character of a page's text, with its box in PDF points (origin bottom-left)."""

    text: str
    left: float
    bottom: float
    right: float
    top: float

    @property
    def has_box(self) -> bool:
        return self.right > self.left and self.top > self.bottom


def text_of(page: pdfium.PdfPage) -> tuple[str, pdfium.PdfTextPage]:
    """The page's characters as one string, index for index with pdfium's character list
    (line breaks pdfium generates included), and the text page for their boxes."""
    textpage = page.get_textpage()
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: read one by one to keep indices aligned
        text = "".join(chr(pdfium.raw.FPDFText_GetUnicode(textpage, i) or 32) for i in range(count))
    return text, textpage


def char_box(textpage: pdfium.PdfTextPage, index: int) -> PageChar:
    left, bottom, right, top = textpage.get_charbox(index, loose=True)
    return PageChar(chr(pdfium.raw.FPDFText_GetUnicode(textpage, index) or 32), left, bottom, right, top)


def page_chars(page: pdfium.PdfPage) -> list[PageChar]:
    """Every character of the page's text layer with its box."""
    text, textpage = text_of(page)
    return [PageChar(ch, *textpage.get_charbox(i, loose=True)) for i, ch in enumerate(text)]


def render_page(page: pdfium.PdfPage, dpi: float, grey: bool = False) -> Image.Image:
    """The page as it prints, on white, at dpi dots per inch."""
    bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), grayscale=grey)
    try:
        return bitmap.to_pil().convert("L" if grey else "RGB")
    finally:
        bitmap.close()


GREY_CHROMA = 24  # largest spread of R, G and B still called grey; red seal ink needs 35 or more (seals.red_mask)
GREY_CHECK_MOST_OBJECTS = 400  # beyond this, looking at every object costs more than rendering the page


def prints_only_grey(page: pdfium.PdfPage) -> bool:
    """Whether everything on the page is text and lines in black, white or grey: then no pixel of
    it can be red, and a seal search need not render it. Pictures, form XObjects, shadings,
    annotations and any colour (or a colour pdfium cannot tell) count as not grey."""
    if pdfium.raw.FPDFPage_GetAnnotCount(page.raw) > 0:
        return False
    count = pdfium.raw.FPDFPage_CountObjects(page.raw)
    if count > GREY_CHECK_MOST_OBJECTS:
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for index in range(count):
        item = pdfium.raw.FPDFPage_GetObject(page.raw, index)
        if pdfium.raw.FPDFPageObj_GetType(item) not in (pdfium.raw.FPDF_PAGEOBJ_TEXT, pdfium.raw.FPDF_PAGEOBJ_PATH):
            return False
        for colour in (pdfium.raw.FPDFPageObj_GetFillColor, pdfium.raw.FPDFPageObj_GetStrokeColor):
            if not colour(item, r, g, b, a):
                return False
            if max(r.value, g.value, b.value) - min(r.value, g.value, b.value) > GREY_CHROMA:
                return False
    return True


def render_pixels(page: pdfium.PdfPage, dpi: float) -> np.ndarray:
    """The page as it prints, on white, as height × width × RGB bytes: for looking at pixels,
    without the two copies a PIL image costs (a third of the time at seal-finding size)."""
    bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), rev_byteorder=True)
    try:
        return bitmap.to_numpy().copy()
    finally:
        bitmap.close()


def trial(path: Path) -> int:
    """Do to the document what intake, redaction, the leak check and the viewer will do later,
    so that a file which would fail then is refused now: its page count, or PdfProblem."""
    return trial_and_first_page(path)[0]


LARGEST_DOCUMENT_BYTES = 512 * 1024**2  # a 300-page colour scan is about 150 MB


def regular_file_problem(path: Path, limit: int = LARGEST_DOCUMENT_BYTES) -> str | None:
    """Why a file given as a document (or a roster, with its own limit) must not even be read:
    a link (to /dev/zero, or out of the case folder), a device or a pipe, or more bytes than
    any such file has."""
    try:
        status = os.lstat(path)
    except OSError as error:
        return f"无法读取（{error.strerror}）"
    if stat.S_ISLNK(status.st_mode):
        return "是一个链接（快捷方式），不是文件本身；请放入文件本身"
    if not stat.S_ISREG(status.st_mode):
        return "不是普通文件（设备或管道）"
    if status.st_size > limit:
        return f"文件过大（{status.st_size / 1024**2:.0f} MB，上限 {limit // 1024**2} MB）"
    return None


def trial_and_first_page(path: Path) -> tuple[int, str]:
    """trial(), and the first page's text layer read on the way (intake types documents by it)."""
    if problem := regular_file_problem(path):
        raise PdfProblem(problem)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        return _image_trial(path), ""
    # Imported here: only intake's trial needs pypdf, and the windows open faster without it.
    import pypdf
    from pypdf.errors import PdfReadError, PyPdfError

    data = path.read_bytes()
    if not data:
        raise PdfProblem("文件是空的（0 字节）")
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise PdfProblem("PDF 已加密（需要口令才能打开）；请提供未加密的文件")
        copied = len(reader.pages)
        writer = pypdf.PdfWriter()
        for page in reader.pages:  # what redaction does to pages it keeps
            page.get_contents()
            writer.add_page(page)
        writer.write(io.BytesIO())
    except PdfProblem:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as error:
        raise PdfProblem(f"PDF 结构已损坏（{type(error).__name__}）") from None
    document = open_pdf(data)
    try:
        pages = len(document)
        if pages == 0:
            raise PdfProblem("PDF 没有页面")
        if pages != copied:
            raise PdfProblem(f"PDF 结构不一致（两种方式读出 {pages} 页和 {copied} 页），文件可能已损坏")
        first_page = ""
        for index in range(pages):
            page = document[index]
            width, height = page.get_size()
            if not (0 < width <= LARGEST_PAGE_PT and 0 < height <= LARGEST_PAGE_PT):
                raise PdfProblem(f"PDF 第 {index + 1} 页尺寸异常（{width / 72 * 25.4:.0f} × {height / 72 * 25.4:.0f} 毫米），无法制作脱敏件")
            text, textpage = text_of(page)  # what the search and the rebuilt text layer read
            if text:
                textpage.get_charbox(0, loose=True)
            if index == 0:
                first_page = text
            page.render(scale=TRIAL_SCALE).close()
    except pdfium.PdfiumError as error:
        raise PdfProblem(f"PDF 第 {index + 1} 页无法读取（{error}）") from None
    finally:
        document.close()
    return pages, first_page


def image_to_pdf(source: Path, target: Path) -> None:
    """A JPEG, PNG or TIFF scan as the PDF every later step reads: one page a frame, sized by the
    image's own resolution (200 dpi when it names none), the pixels as they are."""
    from PIL import ImageSequence

    with Image.open(source) as image:
        frames = [frame.convert("RGB") for frame in ImageSequence.Iterator(image)]
        dpi = float(image.info.get("dpi", (200, 200))[0] or 200)
        dpi = max(dpi, image.width / 17)  # a phone photo saying 1 or 72 dpi still makes a page, not a wall
    partial = target.with_name(target.name + ".part")
    frames[0].save(partial, "PDF", resolution=dpi, save_all=True, append_images=frames[1:])
    os.replace(partial, target)


def _image_trial(path: Path) -> int:
    try:
        with Image.open(path) as image:
            frames = getattr(image, "n_frames", 1)
            for frame in range(frames):
                image.seek(frame)
                image.load()
            return frames
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise PdfProblem(f"图片无法打开（{type(error).__name__}）") from None
