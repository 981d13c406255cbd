"""Synthetic enforcement documents as PDFs: typed pages with a text layer, and scanned-style
image pages without one (as real case files mix both)."""

from __future__ import annotations

import io
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from reviewer_app.anonymise.box import Box
from reviewer_app.core.vocabulary import CaseType, DocumentType
from reviewer_app.demo.cast import VIOLATIONS, DemoUnit
from reviewer_app.documents.fonts import register_cjk_font
from reviewer_app.resources import CJK_FONT

PAGE_W, PAGE_H = A4
MARGIN = 56


@dataclass(frozen=True)
class DemoCase:
    """Everything the documents of one synthetic case file mention."""

    unit: DemoUnit
    case_type: CaseType
    number: int
    company: str
    legal_rep: str
    opened: date
    mobile_platform: bool
    fine: int
    copied_record: bool = False  # made on the platform, but filed as a photocopy with the number added by hand

    @property
    def violation(self) -> str:
        return VIOLATIONS[self.case_type][0]

    @property
    def legal_basis(self) -> str:
        return VIOLATIONS[self.case_type][1]

    @property
    def company_full(self) -> str:
        return f"{self.unit.place}{self.company}"

    @property
    def file_number(self) -> str:
        prefix = self.unit.place[:2]
        return f"{prefix}环罚〔2016〕{self.number}号"

    @property
    def title(self) -> str:
        return f"{self.company_full}{self.violation}案"

    def day(self, offset: int) -> str:
        d = self.opened + timedelta(days=offset)
        return f"{d.year}年{d.month}月{d.day}日"


DOCUMENTS_BY_TYPE: dict[CaseType, tuple[DocumentType, ...]] = {
    CaseType.PENALTY: (
        DocumentType.FILING_APPROVAL, DocumentType.INSPECTION_RECORD, DocumentType.INTERVIEW_RECORD,
        DocumentType.EVIDENCE_PRESERVATION, DocumentType.ORDER_TO_CORRECT, DocumentType.PRIOR_NOTICE,
        DocumentType.HEARING_NOTICE, DocumentType.HEARING_RECORD, DocumentType.PENALTY_DECISION, DocumentType.SERVICE_RECEIPT,
        DocumentType.CLOSING_APPROVAL,
    ),
    CaseType.DAILY_PENALTY: (
        DocumentType.FILING_APPROVAL, DocumentType.INSPECTION_RECORD, DocumentType.INTERVIEW_RECORD,
        DocumentType.ORDER_TO_CORRECT, DocumentType.REINSPECTION_RECORD, DocumentType.PRIOR_NOTICE,
        DocumentType.DAILY_PENALTY_DECISION, DocumentType.SERVICE_RECEIPT, DocumentType.CLOSING_APPROVAL,
    ),
    CaseType.DETENTION_TRANSFER: (
        DocumentType.FILING_APPROVAL, DocumentType.INSPECTION_RECORD, DocumentType.INTERVIEW_RECORD,
        DocumentType.TRANSFER_LETTER, DocumentType.EVIDENCE_LIST, DocumentType.SERVICE_RECEIPT,
        DocumentType.TRANSFER_RECEIPT, DocumentType.CLOSING_APPROVAL,
    ),
    CaseType.CRIME_TRANSFER: (
        DocumentType.FILING_APPROVAL, DocumentType.INSPECTION_RECORD, DocumentType.INTERVIEW_RECORD,
        DocumentType.TRANSFER_LETTER, DocumentType.EVIDENCE_LIST, DocumentType.SERVICE_RECEIPT,
        DocumentType.TRANSFER_RECEIPT, DocumentType.CLOSING_APPROVAL,
    ),
    CaseType.COURT_ENFORCEMENT: (
        DocumentType.FILING_APPROVAL, DocumentType.INSPECTION_RECORD, DocumentType.INTERVIEW_RECORD,
        DocumentType.PENALTY_DECISION, DocumentType.SERVICE_RECEIPT, DocumentType.ENFORCEMENT_REMINDER,
        DocumentType.ENFORCEMENT_APPLICATION, DocumentType.COURT_RULING, DocumentType.CLOSING_APPROVAL,
    ),
    CaseType.INSPECTION_AUDIT: (
        DocumentType.INSPECTION_RECORD, DocumentType.AUDIT_REPORT, DocumentType.AUDIT_OPINION,
        DocumentType.RECTIFICATION_NOTICE, DocumentType.REINSPECTION_RECORD,
    ),
}

# Documents that arrive signed by hand and are scanned in: their pages carry no text layer.
SCANNED = {DocumentType.SERVICE_RECEIPT, DocumentType.HEARING_RECORD, DocumentType.EVIDENCE_LIST}


def _fields(case: DemoCase, doc: DocumentType) -> list[str]:
    u, o = case.unit, case.unit.officers
    party = [
        f"当事人：{case.company_full}",
        f"法定代表人：{case.legal_rep}",
        f"地址：{u.place}经济开发区{case.number + 3}号",
    ]
    officers = f"执法人员：{o[0]}（执法证号 3201{case.number:04d}）、{o[1]}（执法证号 3202{case.number:04d}）"
    if doc is DocumentType.FILING_APPROVAL:
        return [
            f"案件来源：{'群众举报' if case.number % 2 else '日常监督检查'}",
            *party,
            f"案由：涉嫌{case.violation}",
            f"承办人意见：建议立案调查。承办人：{o[0]}、{o[1]}",
            f"负责人审批意见：同意立案。{u.head}",
            f"立案日期：{case.day(0)}",
        ]
    if doc is DocumentType.INSPECTION_RECORD:
        if case.copied_record:
            made = "平台打印件的复印件，编号手写补注 FY2016"
        else:
            made = "移动执法平台生成，记录编号 YD2016" if case.mobile_platform else "纸质笔录手工填写，编号 SG2016"
        return [
            f"检查时间：{case.day(-2)} 09时15分至11时40分",
            f"检查地点：{case.company_full}厂区",
            officers,
            "执法人员出示执法证件，表明身份，告知当事人有申请回避的权利。",
            *party,
            f"现场情况：检查发现该单位{case.violation}，现场拍摄照片 12 张，采集水样 2 份。",
            f"笔录制作方式：{made}{case.number:04d}",
            f"被检查人签字：{case.legal_rep}    执法人员签字：{o[0]}、{o[1]}",
        ]
    if doc is DocumentType.INTERVIEW_RECORD:
        return [
            f"询问时间：{case.day(1)} 14时05分至15时32分",
            f"询问地点：{u.name}第三会议室",
            f"被询问人：{case.legal_rep}，职务：法定代表人",
            f"询问人：{o[0]}    记录人：{o[1]}",
            "问：我们是" + u.name + "的执法人员，现依法向你调查了解情况，你是否申请回避？",
            "答：不申请回避。",
            f"问：请说明企业{case.violation}的情况。",
            "答：因处理设施故障未及时检修，导致排放不达标，我们认识到了错误。",
            "以上笔录我已看过，与我说的一致。被询问人签名：" + case.legal_rep,
        ]
    if doc in (DocumentType.PENALTY_DECISION, DocumentType.DAILY_PENALTY_DECISION):
        return [
            f"文号：{case.file_number}",
            *party,
            f"经查，你单位存在{case.violation}的违法行为。",
            "以上事实有现场检查笔录、调查询问笔录、监测报告、现场照片等证据为证。",
            f"依据{case.legal_basis}的规定，决定对你单位处以罚款人民币 {case.fine:,} 元。",
            "如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或六个月内提起行政诉讼。",
            f"{u.name}    {case.day(30)}",
        ]
    if doc is DocumentType.TRANSFER_LETTER:
        return [
            f"{u.place}公安局：",
            f"{case.company_full}涉嫌{case.violation}，依据{case.legal_basis}，现将案件移送你局处理。",
            f"直接责任人员：{case.legal_rep}",
            "附件：移送证据材料清单一份。",
            f"抄送：{u.place}人民检察院",
            f"{u.name}    {case.day(12)}",
        ]
    if doc is DocumentType.SERVICE_RECEIPT:
        return [
            f"送达文书：{case.file_number}",
            f"受送达人：{case.company_full}",
            f"送达地点：{u.place}经济开发区{case.number + 3}号",
            "送达方式：直接送达",
            f"受送达人签收：{case.legal_rep}    {case.day(31)}",
            f"送达人：{o[0]}、{o[1]}",
        ]
    body = {
        DocumentType.EVIDENCE_PRESERVATION: f"因证据可能灭失，经负责人{u.head}批准，对{case.company_full}的生产台账予以先行登记保存。",
        DocumentType.ORDER_TO_CORRECT: f"你单位{case.violation}，责令你单位于{case.day(20)}前改正违法行为，逾期不改正的，将依法按日连续处罚。",
        DocumentType.REINSPECTION_RECORD: f"{case.day(22)}复查发现{case.company_full}仍在{case.violation}，违法行为持续。",
        DocumentType.PRIOR_NOTICE: f"{case.company_full}：你单位{case.violation}，拟依据{case.legal_basis}处以罚款 {case.fine:,} 元。你单位有权在收到本告知书之日起三日内提出陈述、申辩，或申请听证。",
        DocumentType.HEARING_RECORD: f"听证主持人：{u.officers[-1]}；当事人委托代理人出席。当事人对违法事实无异议，请求从轻处罚。",
        DocumentType.EVIDENCE_LIST: "1. 现场检查笔录 2 页；2. 调查询问笔录 3 页；3. 监测报告 1 份；4. 现场照片 12 张；5. 营业执照复印件 1 页。",
        DocumentType.ENFORCEMENT_REMINDER: f"{case.company_full}：{case.file_number}处罚决定书已依法送达，你单位逾期未履行，请于十日内缴纳罚款 {case.fine:,} 元。",
        DocumentType.ENFORCEMENT_APPLICATION: f"申请人：{u.name}，负责人：{u.head}。被申请人：{case.company_full}。请求依法强制执行{case.file_number}处罚决定书确定的罚款 {case.fine:,} 元。",
        DocumentType.HEARING_NOTICE: f"{case.company_full}：你单位申请听证，定于{case.day(20)}上午九时在{u.name}听证室举行，主持人{u.officers[-1]}。",
        DocumentType.TRANSFER_RECEIPT: f"{u.place}公安局受案回执：{u.name}移送的{case.company_full}涉嫌{case.violation}一案，我局已于{case.day(13)}接收。",
        DocumentType.COURT_RULING: f"{u.place}人民法院受理案件通知书：{u.name}申请强制执行{case.file_number}处罚决定书一案，本院已立案受理。",
        # 稽查 is a higher agency checking a lower agency's enforcement, not a company.
        DocumentType.AUDIT_REPORT: f"稽查组于{case.day(3)}对{u.place}下辖区县环境保护局的执法工作开展稽查，调阅执法案卷 20 卷及排污单位监管台账，现场核查{case.company_full}，发现该单位{case.violation}而被稽查部门未依法立案查处。",
        DocumentType.AUDIT_OPINION: f"被稽查部门：{u.place}下辖区县环境保护局。经稽查，你局对{case.company_full}{case.violation}应当查处而未查处。稽查意见：一、依法立案查处；二、限期整改执法工作并书面报告。文号：{case.file_number}",
        DocumentType.RECTIFICATION_NOTICE: f"{u.place}下辖区县环境保护局：请于{case.day(25)}前完成对稽查发现问题的整改并书面报告。",
        DocumentType.CLOSING_APPROVAL: f"案件已执行完毕，承办人{u.officers[0]}申请结案。负责人审批意见：同意结案。{u.head}    {case.day(60)}",
    }[doc]
    # An audit's papers are addressed to the audited agency; a receipt or ruling is the other body's.
    addressed = doc not in (DocumentType.AUDIT_REPORT, DocumentType.AUDIT_OPINION, DocumentType.RECTIFICATION_NOTICE,
                            DocumentType.TRANSFER_RECEIPT, DocumentType.COURT_RULING)
    return [*(party if addressed else []), body, f"{u.name}    {case.day(5)}"]


def _filler(rng: random.Random, case: DemoCase) -> list[str]:
    """Continuation pages: photos, attachments, records that make a document several pages long."""
    return [
        f"附页：{case.company_full}现场照片说明（第 {rng.randint(1, 12)} 张）",
        f"照片拍摄时间：{case.day(-2)}，拍摄人：{case.unit.officers[0]}",
        "拍摄内容：排放口、处理设施运行情况、生产台账。",
    ]


@cache
def _pil_font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(CJK_FONT), size, index=0)


SCAN_W, SCAN_H = 827, 1169  # A4 at 100 dpi


def scan_layout(lines: list[str]) -> list[tuple[str, str, Box]]:
    """Where a scanned page's text lines fall, in PDF points (what a person reviewing the scan
    sees; the demo's simulated secretariat uses it to draw its boxes by hand): for every
    printed chunk, (its whole line, the chunk, its box)."""
    scale = PAGE_W / SCAN_W
    placed, y = [], 160
    for line in lines:
        for chunk in [line[i : i + 30] for i in range(0, len(line), 30)]:
            placed.append((line, chunk, Box(80 * scale - 6, PAGE_H - (y + 30) * scale - 6, (80 + 21 * len(chunk)) * scale + 8, PAGE_H - y * scale + 6)))
            y += 34
    return placed


def _scanned_page(lines: list[str], title: str, rng: random.Random) -> Image.Image:
    """A grey, slightly skewed page image, as a scanner would produce (100 dpi keeps it small)."""
    page = Image.new("L", (SCAN_W, SCAN_H), 250)
    draw = ImageDraw.Draw(page)
    draw.text((SCAN_W // 2, 90), title, font=_pil_font(30), fill=20, anchor="mm")
    scale = PAGE_W / SCAN_W
    for _, chunk, box in scan_layout(lines):
        draw.text((80, (PAGE_H - box.top + 6) / scale), chunk, font=_pil_font(20), fill=30)
    width, height = SCAN_W, SCAN_H
    page = page.rotate(rng.uniform(-0.8, 0.8), fillcolor=235, resample=Image.Resampling.BILINEAR)
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height))  # seeded, unlike effect_noise
    return Image.blend(page, noise, 0.05).filter(ImageFilter.SMOOTH)


def _typed_page(canvas: Canvas, font: str, title: str, lines: list[str], page: int, pages: int) -> None:
    canvas.setFont(font, 18)
    canvas.drawCentredString(PAGE_W / 2, PAGE_H - MARGIN - 10, title)
    y = PAGE_H - MARGIN - 50
    canvas.setFont(font, 11.5)
    for line in lines:
        for wrapped in simpleSplit(line, font, 11.5, PAGE_W - 2 * MARGIN):
            canvas.drawString(MARGIN, y, wrapped)
            y -= 20
        y -= 4
    canvas.setFont(font, 9)
    canvas.drawCentredString(PAGE_W / 2, MARGIN / 2, f"第 {page} 页 共 {pages} 页")


def write_document(path: Path, case: DemoCase, doc: DocumentType, rng: random.Random) -> tuple[int, dict[int, list[tuple[str, str, Box]]]]:
    """Write one document as a PDF; returns its page count and the text lines of its scanned pages."""
    scans: dict[int, list[tuple[str, str, Box]]] = {}
    font = register_cjk_font()
    pages = 1 + rng.randint(0, 2)
    title = doc.label
    canvas = Canvas(str(path), pagesize=A4, invariant=True, initialFontName=font)
    canvas.setTitle(f"{title} - {case.title}")
    canvas.setAuthor(case.unit.name)
    for page in range(1, pages + 1):
        lines = _fields(case, doc) if page == 1 else _filler(rng, case)
        if doc in SCANNED or (page > 1 and rng.random() < 0.3):
            image = _scanned_page(lines, title, rng)
            scans[page] = scan_layout(lines)
            buffer = io.BytesIO()
            image.save(buffer, format="JPEG", quality=55)
            canvas.drawImage(ImageReader(io.BytesIO(buffer.getvalue())), 0, 0, PAGE_W, PAGE_H)
        else:
            _typed_page(canvas, font, title, lines, page, pages)
        canvas.showPage()
    canvas.save()
    return pages, scans
