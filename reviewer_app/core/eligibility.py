"""What intake can tell about a case file's eligibility (参评资格), as proposals for the secretariat.

The submission rules (DOMAIN.md): each file is one that issued its legal document (处罚决定书,
按日连续处罚决定书, 移送书, 强制执行申请书, 稽查意见书) within the round's period, and its on-site
record was made on the mobile enforcement platform. Intake reads the documents and proposes; only
the secretariat's confirmation makes a file ineligible.
"""

from __future__ import annotations

import re
from datetime import date

from reviewer_app.core.vocabulary import CaseType, DocumentType

# The legal document that dates each kind of file, in order of preference.
DATING_DOCUMENTS: dict[CaseType, tuple[DocumentType, ...]] = {
    CaseType.PENALTY: (DocumentType.PENALTY_DECISION,),
    CaseType.DAILY_PENALTY: (DocumentType.DAILY_PENALTY_DECISION, DocumentType.ORDER_TO_CORRECT),
    CaseType.DETENTION_TRANSFER: (DocumentType.TRANSFER_LETTER,),
    CaseType.CRIME_TRANSFER: (DocumentType.TRANSFER_LETTER,),
    CaseType.COURT_ENFORCEMENT: (DocumentType.ENFORCEMENT_APPLICATION,),
    CaseType.INSPECTION_AUDIT: (DocumentType.AUDIT_OPINION,),
}

NO_PLATFORM_RECORD = "未识别出移动执法平台记录"
# The submission rule reviewers meet most, raised on a sheet in these words (one click in the workbench).
PLATFORM_CONCERN = "现场监察笔录非移动执法平台生成"

_CHINESE_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")} | {"○": 0, "零": 0, "Ｏ": 0, "O": 0}
_ARABIC_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CHINESE_DATE = re.compile(r"([〇○零Ｏ一二三四五六七八九]{4})年([十一二三四五六七八九]{1,3})月([十一二三四五六七八九]{1,4})日")


def _chinese_number(text: str) -> int:
    """一 to 三十一, as month and day are written on decisions (十, 十一, 二十, 二十五)."""
    if "十" not in text:
        return _CHINESE_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_CHINESE_DIGITS[tens] if tens else 1) * 10 + (_CHINESE_DIGITS[units] if units else 0)


def dates_in(text: str) -> list[date]:
    """Every valid date written out in the text, in the order written: 2016年10月5日 as well
    as 二〇一六年十月五日 (the form official documents print under the seal)."""
    found: list[tuple[int, date]] = []
    for match in _ARABIC_DATE.finditer(text):
        try:
            found.append((match.start(), date(int(match[1]), int(match[2]), int(match[3]))))
        except ValueError:
            continue
    for match in _CHINESE_DATE.finditer(text):
        try:
            year = int("".join(str(_CHINESE_DIGITS[c]) for c in match[1]))
            found.append((match.start(), date(year, _chinese_number(match[2]), _chinese_number(match[3]))))
        except (KeyError, ValueError):
            continue
    return [d for _, d in sorted(found, key=lambda pair: pair[0])]


def issue_date(text: str) -> date | None:
    """A legal document's date of issue: the last date it writes, the one beside the seal."""
    found = dates_in(text)
    return found[-1] if found else None


def eligibility_warnings(case_type: CaseType, documents: dict[DocumentType, str], platform_found: bool | None,
                         period: tuple[date | None, date | None]) -> list[str]:
    """What may break the submission rules. documents: each document type the file holds, with the
    text of its first such document ("" when it has no text layer: a scan proves nothing either
    way); platform_found: whether the on-site record names the mobile platform (None: unread)."""
    warnings = []
    if DocumentType.INSPECTION_RECORD not in documents:
        warnings.append(f"缺少{DocumentType.INSPECTION_RECORD.label}（应由移动执法平台录入产生）")
    elif platform_found is False:
        warnings.append(NO_PLATFORM_RECORD)
    dating = next((d for d in DATING_DOCUMENTS[case_type] if d in documents), None)
    if dating is None:
        names = "或".join(d.label for d in DATING_DOCUMENTS[case_type])
        warnings.append(f"缺少{names}（{case_type.label}案卷据此认定报送期间）")
        return warnings
    start, end = period
    issued = issue_date(documents[dating])
    if issued is not None and ((start and issued < start) or (end and issued > end)):
        span = f"{start.isoformat() if start else '…'} 至 {end.isoformat() if end else '…'}"
        warnings.append(f"{dating.label}落款日期 {issued.isoformat()} 不在报送期间（{span}）内")
    return warnings
