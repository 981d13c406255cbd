"""What kind of document a file is, read the way a secretary reads it: the title on its first
page (or a document number's kind: 罚决字 is a decision, 责改字 an order), the file name only when
the page says nothing (扫描件001.pdf and IMG_2015….pdf say nothing either)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reviewer_app.core.vocabulary import DOCUMENT_TYPE_LABELS, DocumentType

# Other ways documents title themselves, checked after the labels (longest first).
SYNONYMS = {
    "按日连续处罚": DocumentType.DAILY_PENALTY_DECISION, "按日计罚": DocumentType.DAILY_PENALTY_DECISION,
    "询问笔录": DocumentType.INTERVIEW_RECORD, "检查笔录": DocumentType.INSPECTION_RECORD,
    "勘察笔录": DocumentType.INSPECTION_RECORD, "勘验笔录": DocumentType.INSPECTION_RECORD,
    "勘查笔录": DocumentType.INSPECTION_RECORD, "现场监察记录": DocumentType.INSPECTION_RECORD,
    "现场检查记录": DocumentType.INSPECTION_RECORD, "责令改正": DocumentType.ORDER_TO_CORRECT,
    "责令限期改正": DocumentType.ORDER_TO_CORRECT, "听证告知书": DocumentType.PRIOR_NOTICE,
    "告知书": DocumentType.PRIOR_NOTICE, "听证通知": DocumentType.HEARING_NOTICE,
    "处罚决定": DocumentType.PENALTY_DECISION, "移送": DocumentType.TRANSFER_LETTER,
    "催告": DocumentType.ENFORCEMENT_REMINDER, "强制执行申请": DocumentType.ENFORCEMENT_APPLICATION,
    "送达回证": DocumentType.SERVICE_RECEIPT, "送达回执": DocumentType.SERVICE_RECEIPT,
    "结案": DocumentType.CLOSING_APPROVAL, "立案": DocumentType.FILING_APPROVAL,
    "稽查意见": DocumentType.AUDIT_OPINION, "查封": DocumentType.SEIZURE_DECISION,
    "扣押": DocumentType.SEIZURE_DECISION, "接收回执": DocumentType.TRANSFER_RECEIPT,
    "受案回执": DocumentType.TRANSFER_RECEIPT, "受理通知书": DocumentType.COURT_RULING,
}
# A document number says its kind: 岳环罚决字〔2021〕136号 is a decision, 豫0923环责改字… an order.
NUMBER_KINDS = (
    (r"按日", DocumentType.DAILY_PENALTY_DECISION), (r"责改|改字|违改|限改", DocumentType.ORDER_TO_CORRECT),
    (r"罚告|告字|先告|听告", DocumentType.PRIOR_NOTICE), (r"移送|移字", DocumentType.TRANSFER_LETTER),
    (r"罚决|罚字|罚〔|罚\[|罚\(|罚$", DocumentType.PENALTY_DECISION),
)
_NUMBER = re.compile(r"([\u4e00-\u9fff0-9()]{1,14})[〔\[【(](?:19|20)\d{2}[〕\]】)]第?\d{1,6}号")
# A court's paper is not the bureau's own: its acceptance notice or ruling is the court's document
# of an enforcement application (CE4), whatever decision it names.
COURT_TITLES = re.compile(r"法院.*(?:通知书|裁定书|判决书|调解书|决定书)|受理(?:案件)?通知书|裁定书|判决书|调解书|决定书（\d{4}）")
TITLE_LINES = 8
TITLE_LENGTH = 30  # a title is a short line; a sentence that mentions a document is not one


@dataclass(frozen=True)
class DocumentTyping:
    doc_type: DocumentType
    basis: str  # what decided it, as 案卷登记 shows it


def _plain(text: str) -> str:
    """NFKC, no whitespace, no brackets: 现场检查(勘察)笔录 and 现场检查（勘察） 笔录 are one title."""
    return re.sub(r"[\s()（）\[\]【】]", "", unicodedata.normalize("NFKC", text))


_LABELS = sorted(((_plain(label), doc_type) for doc_type, label in DOCUMENT_TYPE_LABELS.items()
                  if doc_type is not DocumentType.OTHER), key=lambda item: -len(item[0]))
_SYNONYMS = sorted(((_plain(word), doc_type) for word, doc_type in SYNONYMS.items()), key=lambda item: -len(item[0]))


def type_named_in(text: str) -> DocumentType | None:
    plain = _plain(text)
    for words in (_LABELS, _SYNONYMS):
        for word, doc_type in words:
            if word in plain:
                return doc_type
    return None


def number_kind(text: str) -> DocumentType | None:
    match = _NUMBER.search(unicodedata.normalize("NFKC", "".join(text.split())))
    if match:
        for pattern, doc_type in NUMBER_KINDS:
            if re.search(pattern, match.group(1)):
                return doc_type
    return None


def type_of_document(first_page: str, file_name: str) -> DocumentTyping:
    lines = [line.strip() for line in first_page.splitlines() if line.strip()][:TITLE_LINES]
    for line in lines:
        if COURT_TITLES.search(_plain(line)):
            return DocumentTyping(DocumentType.COURT_RULING, f"标题：{_plain(line)[:30]}（法院文书）")
    for line in lines:
        if len(_plain(line)) <= TITLE_LENGTH and (doc_type := type_named_in(line)):
            return DocumentTyping(doc_type, f"标题：{_plain(line)}")
    for line in lines:
        if doc_type := number_kind(line):
            return DocumentTyping(doc_type, f"文号：{_plain(line)[:30]}")
    stem = file_name.rsplit(".", 1)[0]
    if doc_type := type_named_in(stem) or number_kind(stem):
        return DocumentTyping(doc_type, "文件名")
    return DocumentTyping(DocumentType.OTHER, "未识别（标题和文件名都未说明）")
