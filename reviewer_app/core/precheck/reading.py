"""What the pre-check reads from a document's text: its dates, the times of an interview, the
officers' certificate numbers, fines (in figures and in 大写), credit codes and the articles cited.
Each finding keeps the page and the words it was read from, so that a lead quotes its evidence.

Text comes from the text layer or OCR, so it is folded first (NFKC: full-width digits and
punctuation; spaces dropped), and dates in Chinese numerals (二〇一六年五月十日) are read with cn2an."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import cn2an

from reviewer_app.core.vocabulary import DocumentType


@dataclass(frozen=True)
class Quote:
    page: int  # 1-based
    text: str


@dataclass(frozen=True)
class Dated:
    day: date
    quote: Quote
    label: str = ""  # the words before the date on its line: 立案日期, 送达时间, …


@dataclass(frozen=True)
class Fine:
    amount: Decimal
    quote: Quote
    capital: Decimal | None = None  # the 大写 amount written beside it, when there is one


@dataclass(frozen=True)
class Span:
    """A time written with its day: when a record was made, from its start to its end (if given)."""

    start: datetime
    end: datetime | None
    quote: Quote


@dataclass
class DocumentFacts:
    doc_type: DocumentType
    title: str
    dates: list[Dated] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)  # "2016年5月10日9时30分至10时45分"
    certificates: list[Quote] = field(default_factory=list)
    fines: list[Fine] = field(default_factory=list)
    credit_codes: list[tuple[str, Quote]] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    text: str = ""

    def labelled(self, *labels: str) -> Dated | None:
        """The first date whose label names one of these (立案日期, 送达时间, …)."""
        return next((d for d in self.dates if any(label in d.label for label in labels)), None)

    @property
    def signed_on(self) -> Dated | None:
        """The document's own date: a labelled one for the kinds that label it; else the first
        date written where a document is signed (alone on its line, or after the issuing body's
        name); else the last date on it. Pages appended to a document (photo notes, lists) carry
        dates of their own, so the last date is the weakest guess."""
        labels = OWN_DATE_LABELS.get(self.doc_type, ())
        labelled = self.labelled(*labels) if labels else None
        signed = next((d for d in self.dates if SIGNATURE_LINE.fullmatch(d.label)), None)
        return labelled or signed or (self.dates[-1] if self.dates else None)


OWN_DATE_LABELS = {
    DocumentType.FILING_APPROVAL: ("立案日期", "立案时间"),
    DocumentType.SERVICE_RECEIPT: ("送达时间", "送达日期", "签收日期", "收件日期", "收到日期"),
    DocumentType.INTERVIEW_RECORD: ("询问时间", "时间"),
    DocumentType.INSPECTION_RECORD: ("检查时间", "勘察时间", "时间"),
    DocumentType.REINSPECTION_RECORD: ("复查时间", "检查时间", "时间"),
    DocumentType.HEARING_RECORD: ("听证时间", "时间"),
}

# What stands before a date where a document is signed: nothing, or the issuing body (and its seal).
SIGNATURE_LINE = re.compile(r"|.{0,30}(?:局|厅|委员会|政府|院|大队|支队|分局|办公室)\s*(?:[（(]\s*(?:盖章|印章|公章)\s*[)）])?\s*|(?:日期|落款日期)[:：]?")
_DIGITS = r"[0-9〇零○Ｏ一二三四五六七八九十]"
DATE = re.compile(rf"((?:19|20)\d\d|[一二][〇零○Ｏ九][〇零○Ｏ一二三四五六七八九]{{2}})\s*[年.\-/]\s*({_DIGITS}{{1,3}})\s*[月.\-/]\s*({_DIGITS}{{1,3}})\s*日?")
CLOCK = re.compile(r"(\d{1,2})\s*[时:：点]\s*(\d{1,2})\s*分?")
CERTIFICATE = re.compile(r"(?:执法证|证件|执法证件)(?:号|号码|编号)?[:：]?\s*([A-Z0-9]{6,20}(?:[、，,\s]+[A-Z0-9]{6,20})*)")
CREDIT_CODE = re.compile(r"(?<![0-9A-Z])([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10})(?![0-9A-Z])")
AMOUNT = re.compile(r"(?:罚款|处以|共计|合计|人民币)[^。；\n]{0,12}?(?:人民币)?\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)\s*(万)?\s*元")
CAPITAL = re.compile(r"([零壹贰叁肆伍陆柒捌玖拾佰仟万亿]+)元(?:整|[零壹贰叁肆伍陆柒捌玖]角)?")
ARTICLE = re.compile(r"(《[^》]{2,40}》)\s*((?:第[〇零一二三四五六七八九十百]+条(?:第[一二三四五六七八九十]+款)?(?:第[（(][一二三四五六七八九十]+[)）]项)?[、和及]?)+)")


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace("\u3000", " ").replace("\r\n", "\n").replace("\r", "\n")


def _number(token: str) -> int:
    if token.isdigit():
        return int(token)
    token = token.replace("○", "〇").replace("Ｏ", "〇")
    if len(token) == 4 and "十" not in token:
        return int(cn2an.cn2an(token, "direct"))
    return int(cn2an.cn2an(token, "smart"))


def dates_in(text: str, page: int) -> list[Dated]:
    found = []
    for match in DATE.finditer(text):
        try:
            day = date(_number(match.group(1)), _number(match.group(2)), _number(match.group(3)))
        except (ValueError, KeyError):
            continue  # not a date after all (a number series, a misread)
        line_start = text.rfind("\n", 0, match.start()) + 1
        label = text[line_start:match.start()].strip()[-12:]
        end = text.find("\n", match.end())
        found.append(Dated(day, Quote(page, text[line_start:end if end >= 0 else len(text)].strip()[:120]), label))
    return found


def spans_in(text: str, page: int) -> list[Span]:
    found = []
    for match in DATE.finditer(text):
        clock = CLOCK.match(text, match.end()) or CLOCK.match(text, match.end() + 1)
        if clock is None:
            continue
        try:
            day = date(_number(match.group(1)), _number(match.group(2)), _number(match.group(3)))
            start = datetime(day.year, day.month, day.day, int(clock.group(1)), int(clock.group(2)))
        except (ValueError, KeyError):
            continue
        end = None
        until = re.match(r"\s*(?:至|到|-|—|~)\s*", text[clock.end():])
        if until:
            rest = clock.end() + until.end()
            later_day = DATE.match(text, rest)
            if later_day:
                rest = later_day.end()
            finish = CLOCK.match(text, rest) or CLOCK.match(text, rest + 1)
            if finish:
                try:
                    end = start.replace(hour=int(finish.group(1)), minute=int(finish.group(2)))
                except ValueError:
                    end = None
        found.append(Span(start, end, Quote(page, text[match.start():(finish.end() if until and finish else clock.end())][:80])))
    return found


def _capital(text: str) -> Decimal | None:
    try:
        return Decimal(int(cn2an.cn2an(text, "normal")))
    except (ValueError, KeyError):
        return None


def read_document(doc_type: DocumentType, title: str, pages: list[str]) -> DocumentFacts:
    facts = DocumentFacts(doc_type, title)
    texts = []
    for number, raw in enumerate(pages, start=1):
        text = fold(raw)
        texts.append(text)
        facts.dates += dates_in(text, number)
        facts.spans += spans_in(text, number)
        for match in CERTIFICATE.finditer(text):
            for code in re.split(r"[、，,\s]+", match.group(1)):
                if code:
                    facts.certificates.append(Quote(number, code))
        for match in AMOUNT.finditer(text):
            amount = Decimal(match.group(1).replace(",", "")) * (10000 if match.group(2) else 1)
            # the 大写 beside the figures: after them (…元（大写：伍万元整）) or before (罚款伍佰肆拾伍元整（¥545元）)
            nearby = CAPITAL.search(text, match.end(), match.end() + 40) or CAPITAL.search(text, max(0, match.start() - 40), match.end())
            facts.fines.append(Fine(amount, Quote(number, text[match.start():match.end() + 30].split("\n")[0]),
                                    _capital(nearby.group(1)) if nearby else None))
        for match in CREDIT_CODE.finditer(text):
            facts.credit_codes.append((match.group(1), Quote(number, match.group(1))))
        for match in ARTICLE.finditer(text.replace(" ", "")):
            law = match.group(1)
            for article in re.findall(r"第[〇零一二三四五六七八九十百]+条", match.group(2)):
                facts.articles.add(f"{law}{article}")
    facts.text = "\n".join(texts)
    return facts
