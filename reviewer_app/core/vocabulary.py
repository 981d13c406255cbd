"""The review's fixed vocabulary: case types, document types, levels, tracks, states."""

from __future__ import annotations

from enum import StrEnum


class CaseType(StrEnum):
    PENALTY = "penalty"
    DAILY_PENALTY = "daily_penalty"
    DETENTION_TRANSFER = "detention_transfer"
    CRIME_TRANSFER = "crime_transfer"
    COURT_ENFORCEMENT = "court_enforcement"
    INSPECTION_AUDIT = "inspection_audit"
    # Not a case file: a 先进个人 candidate's story (seed 004, 附2 二(三)), scored by the panel on
    # the workbench like one so that it is signed, returned and revised the same way. It never
    # counts in a unit's files, composition or means.
    PERSONAL_STORY = "personal_story"

    @property
    def label(self) -> str:
        return CASE_TYPE_LABELS[self]

    @property
    def is_story(self) -> bool:
        return self is CaseType.PERSONAL_STORY


CASE_TYPE_LABELS = {
    CaseType.PENALTY: "行政处罚",
    CaseType.DAILY_PENALTY: "按日连续处罚",
    CaseType.DETENTION_TRANSFER: "移送行政拘留",
    CaseType.CRIME_TRANSFER: "涉嫌环境污染犯罪移送",
    CaseType.COURT_ENFORCEMENT: "申请法院强制执行",
    CaseType.INSPECTION_AUDIT: "现场监督检查稽查",
    CaseType.PERSONAL_STORY: "个人事迹",
}
# The types a unit submits and the notice counts (报送案卷); stories are not among them.
CASE_FILE_TYPES = tuple(t for t in CaseType if not t.is_story)


class DocumentType(StrEnum):
    FILING_APPROVAL = "filing_approval"
    INTERVIEW_RECORD = "interview_record"
    INSPECTION_RECORD = "inspection_record"
    EVIDENCE_PRESERVATION = "evidence_preservation"
    SEIZURE_DECISION = "seizure_decision"
    ORDER_TO_CORRECT = "order_to_correct"
    REINSPECTION_RECORD = "reinspection_record"
    PRIOR_NOTICE = "prior_notice"
    HEARING_NOTICE = "hearing_notice"
    HEARING_RECORD = "hearing_record"
    PENALTY_DECISION = "penalty_decision"
    DAILY_PENALTY_DECISION = "daily_penalty_decision"
    SERVICE_RECEIPT = "service_receipt"
    ENFORCEMENT_REMINDER = "enforcement_reminder"
    ENFORCEMENT_APPLICATION = "enforcement_application"
    COURT_RULING = "court_ruling"
    TRANSFER_LETTER = "transfer_letter"
    EVIDENCE_LIST = "evidence_list"
    TRANSFER_RECEIPT = "transfer_receipt"
    AUDIT_REPORT = "audit_report"
    AUDIT_OPINION = "audit_opinion"
    RECTIFICATION_NOTICE = "rectification_notice"
    CLOSING_APPROVAL = "closing_approval"
    PERSONAL_STORY = "personal_story"
    OTHER = "other"

    @property
    def label(self) -> str:
        return DOCUMENT_TYPE_LABELS[self]


DOCUMENT_TYPE_LABELS = {
    DocumentType.FILING_APPROVAL: "立案审批表",
    DocumentType.INTERVIEW_RECORD: "调查询问笔录",
    DocumentType.INSPECTION_RECORD: "现场检查（勘察）笔录",
    DocumentType.EVIDENCE_PRESERVATION: "证据先行登记保存通知书",
    DocumentType.SEIZURE_DECISION: "查封（扣押）决定书",
    DocumentType.ORDER_TO_CORRECT: "责令改正违法行为决定书",
    DocumentType.REINSPECTION_RECORD: "复查笔录",
    DocumentType.PRIOR_NOTICE: "行政处罚事先（听证）告知书",
    DocumentType.HEARING_NOTICE: "听证通知书",
    DocumentType.HEARING_RECORD: "听证笔录",
    DocumentType.PENALTY_DECISION: "行政处罚决定书",
    DocumentType.DAILY_PENALTY_DECISION: "按日连续处罚决定书",
    DocumentType.SERVICE_RECEIPT: "送达回证",
    DocumentType.ENFORCEMENT_REMINDER: "履行行政处罚决定催告书",
    DocumentType.ENFORCEMENT_APPLICATION: "强制执行申请书",
    DocumentType.COURT_RULING: "法院受理通知书或裁定书",
    DocumentType.TRANSFER_LETTER: "案件移送函",
    DocumentType.EVIDENCE_LIST: "移送证据材料清单",
    DocumentType.TRANSFER_RECEIPT: "移送案件接收回执",
    DocumentType.AUDIT_REPORT: "稽查报告",
    DocumentType.AUDIT_OPINION: "稽查意见书",
    DocumentType.RECTIFICATION_NOTICE: "整改督办通知书",
    DocumentType.CLOSING_APPROVAL: "结案审批表",
    DocumentType.PERSONAL_STORY: "个人事迹材料",
    DocumentType.OTHER: "其他材料",
}


class UnitLevel(StrEnum):
    CITY = "city"
    COUNTY = "county"

    @property
    def label(self) -> str:
        return {"city": "设区市", "county": "县（市、区）"}[self.value]


class Track(StrEnum):
    EXPERT = "expert"
    CROSS = "cross"

    @property
    def label(self) -> str:
        return {"expert": "专家评审", "cross": "交叉评审"}[self.value]


class Falsification(StrEnum):
    """What a reviewer reports about a case file."""

    NONE = "none"
    SUSPECTED = "suspected"
    FOUND = "found"

    @property
    def label(self) -> str:
        return {"none": "无", "suspected": "疑似造假", "found": "认定造假"}[self.value]


class FalsificationDecision(StrEnum):
    """What the secretariat decides about a reviewer's falsification report."""

    NONE = "none"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"


class EligibilityDecision(StrEnum):
    """The secretariat's decision on an intake warning that a file may not meet the submission rules."""

    NONE = "none"
    CONFIRMED = "confirmed"  # the file does not meet them: it scores 0
    DISMISSED = "dismissed"  # the warning was wrong: the file counts as scored


class GapDecision(StrEnum):
    """The secretariat's decision on a unit that submitted fewer files than the notice requires."""

    NONE = "none"
    ZERO = "zero"  # each missing file counts 0 in the mean (the notice's fixed denominator)
    EXCUSED = "excused"  # the gap is excused with a reason: the mean is over the files submitted

    @property
    def label(self) -> str:
        return {"none": "待决定", "zero": "缺报计 0 分", "excused": "准予缺报"}[self.value]


class VetoRuling(StrEnum):
    """The panel's ruling on a case file where a reviewer failed a substantive (veto) item."""

    NONE = "none"
    STANDS = "stands"
    NOT_UPHELD = "not_upheld"

    @property
    def label(self) -> str:
        return {"none": "待裁定", "stands": "否决成立", "not_upheld": "否决不予支持"}[self.value]


class SheetStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class VetoPolicy(StrEnum):
    """What a failed substantive (veto) item does to the case file's score."""

    ZERO = "zero"
    MARK_ONLY = "mark_only"
