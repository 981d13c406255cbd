"""Intake's eligibility proposals, from the wording real documents use."""

from datetime import date

from reviewer_app.core.eligibility import NO_PLATFORM_RECORD, dates_in, eligibility_warnings, issue_date
from reviewer_app.core.vocabulary import CaseType, DocumentType

PERIOD = (date(2016, 9, 1), date(2016, 11, 30))
DECISION = ("南环罚字〔2016〕37号 … 如不服本决定，可在收到本决定书之日起六十日内申请行政复议。"
            "当事人于2016年8月3日受到检查。  南屏市环境保护局  二〇一六年十月二十五日")


def test_dates_are_read_in_both_the_arabic_and_the_official_chinese_form():
    assert dates_in(DECISION) == [date(2016, 8, 3), date(2016, 10, 25)]
    assert issue_date("2016 年 9 月 1 日立案，二○一六年十一月三十日") == date(2016, 11, 30)
    assert issue_date("二〇一六年十二月一日") == date(2016, 12, 1)
    assert issue_date("二〇一六年二月三十日 与 2016年13月1日") is None  # no such days
    assert issue_date("无日期") is None


def test_a_file_inside_the_period_with_its_platform_record_raises_nothing():
    documents = {DocumentType.INSPECTION_RECORD: "移动执法系统 记录编号 YD20160001", DocumentType.PENALTY_DECISION: DECISION}
    assert eligibility_warnings(CaseType.PENALTY, documents, True, PERIOD) == []


def test_each_proposal_names_what_intake_found():
    late = {DocumentType.INSPECTION_RECORD: "…", DocumentType.PENALTY_DECISION: "东湖市环境保护局 二〇一六年十二月五日"}
    assert eligibility_warnings(CaseType.PENALTY, late, True, PERIOD) == [
        "行政处罚决定书落款日期 2016-12-05 不在报送期间（2016-09-01 至 2016-11-30）内"]
    assert eligibility_warnings(CaseType.PENALTY, late, False, PERIOD)[0] == NO_PLATFORM_RECORD
    # an audit file is dated by its 稽查意见书, which this one lacks; its on-site record too
    assert eligibility_warnings(CaseType.INSPECTION_AUDIT, {DocumentType.AUDIT_REPORT: ""}, None, PERIOD) == [
        "缺少现场检查（勘察）笔录（应由移动执法平台录入产生）",
        "缺少稽查意见书（现场监督检查稽查案卷据此认定报送期间）"]
    # a daily-penalty file without its own decision is dated by the order to correct
    order = {DocumentType.INSPECTION_RECORD: "", DocumentType.ORDER_TO_CORRECT: "2016年8月30日"}
    assert "责令改正违法行为决定书落款日期 2016-08-30" in eligibility_warnings(CaseType.DAILY_PENALTY, order, None, PERIOD)[0]


def test_a_scan_without_text_proves_nothing_either_way():
    scanned = {DocumentType.INSPECTION_RECORD: "", DocumentType.TRANSFER_LETTER: ""}
    assert eligibility_warnings(CaseType.CRIME_TRANSFER, scanned, None, PERIOD) == []
    assert eligibility_warnings(CaseType.CRIME_TRANSFER, scanned, None, (None, None)) == []
