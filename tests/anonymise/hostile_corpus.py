"""Case-file documents made to leak: every place a unit's name has been found hiding in real
PDFs, written by code. Each place is named in PLACES so a failing test says which one leaked."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PIL import Image, ImageDraw, ImageFont
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)
from reportlab.lib.colors import white
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from reviewer_app.documents.fonts import register_cjk_font
from reviewer_app.resources import CJK_FONT

UNIT = "青溪县环境保护局"
PARTY = "一川化工有限公司"  # the party: a term the secretariat adds to the list
ID_NUMBER = "330102198001011234"
MOBILE = "13812345678"
LANDLINE = "0571-88886666"
SEARCHABLE_TYPED = "责令改正"  # words that must stay searchable on the shipped typed page
SEARCHABLE_SCANNED = "现场检查"  # and on the shipped scan

PLACES = (
    "text annotation", "FreeText annotation", "form field value and tooltip", "page XMP", "piece info",
    "unused XObject", "spaced heading", "line-broken name", "Kangxi radicals", "white text",
    "seal image on a text page", "scanned page", "document info, XMP, outline, attachment, page label, JavaScript",
)


def seal_image(size: int = 240) -> Image.Image:
    """A red round seal with the unit's name round its rim, as a PNG would carry it."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    red = (220, 30, 30, 255)
    draw.ellipse((6, 6, size - 6, size - 6), outline=red, width=10)
    font = ImageFont.truetype(str(CJK_FONT), size // 9)
    draw.text((size * 0.16, size * 0.42), UNIT, fill=red, font=font)
    draw.regular_polygon((size / 2, size * 0.3, size * 0.1), 5, fill=red)
    return image


def _typed_pages(path: Path) -> None:
    font = register_cjk_font()
    canvas = Canvas(str(path), pagesize=(595, 842))
    canvas.setFont(font, 18)
    canvas.drawString(150, 780, " ".join(UNIT))  # spaced heading: 青 溪 县 …
    canvas.setFont(font, 12)
    canvas.drawString(72, 740, "行政处罚决定书  " + SEARCHABLE_TYPED + "违法行为")
    canvas.drawString(72, 700, "经查，当事人超标排放水污染物，案件由" + UNIT[:5])  # broken over two lines
    canvas.drawString(72, 684, UNIT[5:] + "负责调查。")
    canvas.drawString(72, 664, f"当事人身份证号：{ID_NUMBER}  联系电话：{MOBILE}、{LANDLINE}")
    canvas.setFillColor(white)
    canvas.drawString(72, 640, UNIT + "（白色文字）")
    canvas.setFillColor("black")
    buffer = io.BytesIO()
    seal_image().save(buffer, format="PNG")
    canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 380, 480, 120, 120, mask="auto")
    canvas.drawString(72, 460, "（此页有印章）")
    canvas.showPage()
    canvas.setFont(font, 12)
    canvas.drawString(72, 760, "第二页：罚款缴纳说明。")
    canvas.showPage()
    canvas.save()


def _scan_page(path: Path) -> None:
    """A 200 dpi greyish scan with the unit, an ID number and a telephone number, and a red seal."""
    dpi = 200
    image = Image.new("RGB", (int(8.27 * dpi), int(11.69 * dpi)), (247, 246, 242))
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(str(CJK_FONT), 44)
    lines = [f"{UNIT}{SEARCHABLE_SCANNED}笔录", f"被检查人身份证号：{ID_NUMBER}", f"联系电话：{MOBILE}",
             "检查情况：废水处理设施未正常运行。"]
    for n, line in enumerate(lines):
        draw.text((170, 220 + n * 110), line, fill=(25, 25, 25), font=font)
    seal = seal_image(380)
    image.paste(seal, (1100, 1500), seal)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=85)
    canvas = Canvas(str(path), pagesize=(595.3, 841.9))
    canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, 595.3, 841.9)
    canvas.showPage()
    canvas.save()


def _hide_everywhere(path: Path) -> None:
    """The places a viewer does not show but a reader of the file finds, on the second page: one
    with nothing sensitive in sight, that a redaction tool finds no reason to touch."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(path)))
    page = writer.pages[1]
    note = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Text"),
                             NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (500, 780, 520, 800)]),
                             NameObject("/Contents"): TextStringObject(f"批注：{UNIT}"),
                             NameObject("/T"): TextStringObject(UNIT)})
    free = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/FreeText"),
                             NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 100, 300, 130)]),
                             NameObject("/Contents"): TextStringObject(f"文本框：{UNIT}"),
                             NameObject("/DA"): TextStringObject("/Helv 10 Tf 0 g")})
    field = DictionaryObject({NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Widget"),
                              NameObject("/FT"): NameObject("/Tx"), NameObject("/T"): TextStringObject("unit"),
                              NameObject("/TU"): TextStringObject(f"填写{UNIT}"), NameObject("/V"): TextStringObject(UNIT),
                              NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 60, 300, 80)])})
    annotations = ArrayObject([writer._add_object(a) for a in (note, free, field)])
    page[NameObject("/Annots")] = annotations
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({NameObject("/Fields"): ArrayObject([annotations[2]])})
    xmp = DecodedStreamObject()
    xmp.set_data(f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:title>{UNIT}</dc:title></x:xmpmeta>'.encode())
    xmp.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
    page[NameObject("/Metadata")] = writer._add_object(xmp)
    page[NameObject("/PieceInfo")] = DictionaryObject({NameObject("/Illustrator"): DictionaryObject({
        NameObject("/Private"): TextStringObject(f"{UNIT} 私有数据"), NameObject("/LastModified"): TextStringObject("D:2016")})})
    unused = DecodedStreamObject()
    unused.set_data(f"BT /F1 12 Tf 72 72 Td ({UNIT}) Tj ET".encode("utf-16-be"))
    unused.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                   NameObject("/BBox"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(100), NumberObject(100)])})
    resources = page["/Resources"].get_object()
    xobjects = resources.get("/XObject", DictionaryObject()).get_object() if "/XObject" in resources else DictionaryObject()
    xobjects[NameObject("/Unused")] = writer._add_object(unused)
    resources[NameObject("/XObject")] = xobjects
    writer.add_metadata({"/Title": f"{UNIT}行政处罚决定书", "/Author": UNIT})
    writer.add_outline_item(title=f"{UNIT}决定书", page_number=0)
    writer.add_attachment(f"{UNIT}.txt", UNIT.encode())
    writer.set_page_label(0, 1, prefix=UNIT[:3])
    writer._root_object[NameObject("/OpenAction")] = DictionaryObject({
        NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject(f"app.alert('{UNIT}');")})
    with open(path, "wb") as handle:
        writer.write(handle)


def _kangxi_page(path: Path) -> None:
    """A page whose font maps the glyph of 一 to the Kangxi radical ⼀ (U+2F00), as some public
    PDFs do: it looks like 一 and extracts as ⼀."""
    font = register_cjk_font()
    canvas = Canvas(str(path), pagesize=(595, 842), pageCompression=0)
    canvas.setFont(font, 12)
    canvas.drawString(72, 760, "送达回证")
    canvas.drawString(72, 730, "受送达人：" + PARTY)
    canvas.showPage()
    canvas.save()
    data = path.read_bytes()
    assert data.count(b"<4E00>") == 1  # the ToUnicode entry of 一
    path.write_bytes(data.replace(b"<4E00>", b"<2F00>"))


def write_corpus(case_folder: Path) -> dict[str, Path]:
    """Three documents in one case folder: a typed decision hiding the unit everywhere, a scan,
    and a page whose text uses Kangxi radicals."""
    case_folder.mkdir(parents=True, exist_ok=True)
    typed = case_folder / "01-行政处罚决定书.pdf"
    _typed_pages(typed)
    _hide_everywhere(typed)
    scanned = case_folder / "02-现场检查笔录.pdf"
    _scan_page(scanned)
    kangxi = case_folder / "03-送达回证.pdf"
    _kangxi_page(kangxi)
    return {"typed": typed, "scanned": scanned, "kangxi": kangxi}
