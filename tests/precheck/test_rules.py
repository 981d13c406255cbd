"""The pre-check's rules, each on a small file written out by hand with its dates, and each
expectation computed by hand (the calendar's holidays named). A rule whose check is removed fails
its test here; the labelled corpus (corpus.py) measures them at scale in bench/precheck.py."""

from datetime import date
from pathlib import Path

import pytest
import yaml
from corpus import corpus

from reviewer_app.core.precheck.calendar import add_months, days_between, is_working_day, period_end
from reviewer_app.core.precheck.rule_base import RuleBaseError, read_rule_base, rule_base
from reviewer_app.core.precheck.rules import CHECKS, CaseDocument, precheck_case_file
from reviewer_app.core.vocabulary import DocumentType as T

PARTY = "临江市宏达化工有限公司"


def doc(doc_type, *pages):
    return CaseDocument(doc_type, doc_type.label, list(pages))


def penalty_file(filing="2016年5月9日", interview="2016年5月10日9时30分至10时45分", notice="2016年5月20日",
                 decision="2016年6月6日", served="2016年6月8日", notice_fine="罚款人民币5万元（大写：伍万元整）",
                 decision_fine="罚款人民币5万元（大写：伍万元整）", certificates="32010221007、32010221015",
                 code_in_decision="91320100MA1R2K3L4X", article_in_decision="第一百零八条", extra=()):
    return [
        doc(T.FILING_APPROVAL, f"立案审批表\n当事人：{PARTY}\n统一社会信用代码：91320100MA1R2K3L4X\n立案日期：{filing}"),
        doc(T.INSPECTION_RECORD, f"现场检查（勘察）笔录\n检查时间：{filing}9时00分至10时00分\n执法人员：冯立新、孔德明　执法证号：{certificates}"),
        doc(T.INTERVIEW_RECORD, f"调查询问笔录\n询问时间：{interview}\n执法人员：冯立新、孔德明　执法证号：32010221007、32010221015"),
        doc(T.PRIOR_NOTICE, f"行政处罚事先（听证）告知书\n{PARTY}：\n你单位违反了《中华人民共和国大气污染防治法》第一百零八条的规定，"
                            f"依据《中华人民共和国大气污染防治法》第一百零八条，拟对你单位处以{notice_fine}。\n临江市环境保护局\n{notice}"),
        doc(T.PENALTY_DECISION, f"行政处罚决定书\n{PARTY}\n统一社会信用代码：{code_in_decision}\n"
                                f"你单位违反了《中华人民共和国大气污染防治法》{article_in_decision}的规定，决定处以{decision_fine}。\n临江市环境保护局\n{decision}"),
        doc(T.SERVICE_RECEIPT, f"送达回证\n送达文书：行政处罚决定书\n受送达人：{PARTY}\n送达时间：{served}"),
        *extra,
    ]


def rules_found(documents):
    return [f.rule for f in precheck_case_file(documents)]


def test_a_clean_file_has_no_finding():
    assert precheck_case_file(penalty_file()) == []


def test_every_rule_of_the_base_has_its_check_and_a_source_per_period():
    base = rule_base()
    assert set(base.rules) == set(CHECKS)
    for rule in base.rules.values():
        assert rule.items and all(v.article for v in rule.versions)


def test_a_malformed_rule_base_is_refused_with_its_name(tmp_path):
    data = yaml.safe_load(Path(read_rule_base.__defaults__[0]).read_text(encoding="utf-8"))
    data["rules"][0]["versions"][0]["law"] = "无此法"
    broken = tmp_path / "rules.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleBaseError, match="rules.yaml.*PC-ORDER.*无此法"):
        read_rule_base(broken)


def test_working_days_follow_the_official_calendar_across_a_holiday():
    # 2023: 中秋 and 国庆 from 29 September to 6 October; Saturday 7 and Sunday 8 October worked.
    assert not is_working_day(date(2023, 10, 2)) and is_working_day(date(2023, 10, 7))
    # five working days after Wednesday 27 September: 28 Sep, 7, 8, 9, 10 October
    assert period_end(date(2023, 9, 27), 5, True) == date(2023, 10, 10)
    assert days_between(date(2023, 9, 27), date(2023, 10, 10), True) == 5
    # calendar days: three days from 12 July 2021 end on Thursday 15 July
    assert period_end(date(2021, 7, 12), 3, False) == date(2021, 7, 15)
    assert add_months(date(2015, 11, 30), 3) == date(2016, 2, 29)


def test_the_hearing_request_period_is_three_days_before_the_2021_law_and_five_working_days_after():
    # 1996 law: told on 12 July 2021, three days end on 15 July; a decision on 16 July waited.
    assert "PC-HEARING-REQUEST" not in rules_found(penalty_file(
        filing="2021年7月1日", interview="2021年7月2日9时00分至10时00分", notice="2021年7月12日", decision="2021年7月16日",
        served="2021年7月17日"))
    # 2021 law: told on Monday 19 July, five working days end on Monday 26 July; 23 July is too soon
    found = precheck_case_file(penalty_file(
        filing="2021年7月8日", interview="2021年7月9日9时00分至10时00分", notice="2021年7月19日", decision="2021年7月23日",
        served="2021年7月23日"))
    [lead] = [f for f in found if f.rule == "PC-HEARING-REQUEST"]
    assert "5 个工作日内（至 2021年7月26日）" in lead.message and "第六十四条" in lead.source
    assert [e.document for e in lead.evidence] == ["行政处罚事先（听证）告知书", "行政处罚决定书"]
    # across the 2023 National Day holiday: told 27 September, the period runs to 10 October
    late_enough = penalty_file(filing="2023年9月15日", interview="2023年9月18日9时00分至10时00分", notice="2023年9月27日",
                               decision="2023年10月11日", served="2023年10月12日")
    assert "PC-HEARING-REQUEST" not in rules_found(late_enough)
    too_soon = penalty_file(filing="2023年9月15日", interview="2023年9月18日9时00分至10时00分", notice="2023年9月27日",
                            decision="2023年10月9日", served="2023年10月9日")
    assert "PC-HEARING-REQUEST" in rules_found(too_soon)


def test_dates_out_of_procedural_order_are_named_with_both_documents():
    [lead] = precheck_case_file(penalty_file(notice="2016年5月8日"))  # told before the filing, inspection and interview
    assert lead.rule == "PC-ORDER" and lead.message == (
        "行政处罚事先（听证）告知书的日期（2016年5月8日）早于应在其前的立案审批表（2016年5月9日）、"
        "现场检查（勘察）笔录（2016年5月9日）、调查询问笔录（2016年5月10日）")
    assert [e.document for e in lead.evidence][0] == "行政处罚事先（听证）告知书" and len(lead.evidence) == 4
    assert lead.evidence[0].quote.text == "2016年5月8日"
    late = precheck_case_file(penalty_file(decision="2016年5月19日", served="2016年5月20日"))  # decided before telling
    assert [f.rule for f in late] == ["PC-ORDER", "PC-HEARING-REQUEST"]  # and so before the hearing period ran out
    assert late[0].message.startswith("行政处罚决定书的日期（2016年5月19日）早于应在其前的行政处罚事先（听证）告知书")


def test_the_decision_limit_counts_from_the_filing_unless_extended():
    late = penalty_file(decision="2016年8月10日", served="2016年8月11日")  # filed 9 May: three months end 9 August
    assert rules_found(late) == ["PC-DECISION-LIMIT"]
    extended = penalty_file(decision="2016年8月10日", served="2016年8月11日",
                            extra=[doc(T.OTHER, "延长办案期限审批表\n经批准，办案期限延长三十日。")])
    assert "PC-DECISION-LIMIT" not in rules_found(extended)
    # 2021 law: ninety days from 1 September 2021 end on 30 November
    assert "PC-DECISION-LIMIT" in rules_found(penalty_file(
        filing="2021年9月1日", interview="2021年9月2日9时00分至10时00分", notice="2021年11月15日", decision="2021年12月1日",
        served="2021年12月2日"))


def test_service_within_seven_days_and_a_dated_receipt():
    assert rules_found(penalty_file(served="2016年6月14日")) == ["PC-SERVICE"]  # 6 June + 7 = 13 June
    assert rules_found(penalty_file(served="2016年6月13日")) == []
    undated = penalty_file(served="　　年　月　日")
    assert [f.message for f in precheck_case_file(undated)] == ["送达回证未注明送达日期"]
    # 2021 law: seven working days from Thursday 30 September 2021 run past the National Day week to 12 October
    assert "PC-SERVICE" not in rules_found(penalty_file(
        filing="2021年8月20日", interview="2021年8月23日9时00分至10时00分", notice="2021年9月1日", decision="2021年9月30日",
        served="2021年10月12日"))


def test_two_officers_with_certificates_and_an_interview_with_its_times():
    assert rules_found(penalty_file(certificates="32010221007")) == ["PC-OFFICERS"]
    assert rules_found(penalty_file(interview="2016年5月10日14时20分至13时50分")) == ["PC-INTERVIEW-TIME"]
    assert rules_found(penalty_file(interview="2016年5月10日9时30分")) == ["PC-INTERVIEW-TIME"]


def test_fines_agree_between_notice_and_decision_and_with_their_capitals():
    assert rules_found(penalty_file(decision_fine="罚款人民币8万元（大写：捌万元整）")) == ["PC-FINE"]  # more than told
    assert rules_found(penalty_file(decision_fine="罚款人民币3万元（大写：叁万元整）")) == ["PC-FINE"]  # less, no reason
    reduced = penalty_file(decision_fine="罚款人民币3万元（大写：叁万元整）。经复核，采纳你单位的陈述申辩意见，予以从轻处罚")
    assert rules_found(reduced) == []
    [lead] = precheck_case_file(penalty_file(decision_fine="罚款人民币50000元（大写：伍仟元整）"))
    assert lead.message == "行政处罚决定书的罚款金额 50,000 元与大写金额 5,000 元不符"


def test_one_party_and_the_same_articles_throughout():
    assert rules_found(penalty_file(code_in_decision="93320125MA1NX8QW0B")) == ["PC-PARTY"]
    [lead] = precheck_case_file(penalty_file(article_in_decision="第九十九条"))
    assert lead.rule == "PC-ARTICLES" and "决定书引用而告知书未引用：《中华人民共和国大气污染防治法》第九十九条" in lead.message


def test_one_officer_in_two_records_at_once_within_a_file():
    # the inspection on 9 May 9:00–10:00 and, by the same two officers, an interview from 9:30
    [lead] = precheck_case_file(penalty_file(interview="2016年5月9日9时30分至10时45分"))
    assert lead.rule == "PC-OVERLAP" and lead.message == (
        "执法人员冯立新、孔德明同时出现在现场检查（勘察）笔录（2016年05月09日 09:00—10:00）和"
        "调查询问笔录（2016年05月09日 09:30—10:45），时间重叠，请核实笔录是否如实制作")
    assert "第三十七条" in lead.source  # 1996 law: a 2016 file
    assert rules_found(penalty_file(interview="2016年5月9日10时00分至10时45分")) == []  # one after the other


def test_hearing_notice_seven_days_ahead():
    def with_hearing(sent, held):
        return penalty_file(decision="2016年6月20日", served="2016年6月21日", extra=[
            doc(T.HEARING_NOTICE, f"听证通知书\n定于{held}9时举行听证。\n临江市环境保护局\n{sent}"),
            doc(T.HEARING_RECORD, f"听证笔录\n听证时间：{held}9时00分至10时00分")])
    assert rules_found(with_hearing("2016年6月1日", "2016年6月8日")) == []  # seven days
    assert rules_found(with_hearing("2016年6月3日", "2016年6月8日")) == ["PC-HEARING-NOTICE"]


def test_daily_penalty_days_and_total():
    def daily(recheck, days, total):
        return [doc(T.ORDER_TO_CORRECT, "责令改正违法行为决定书\n临江市环境保护局\n2016年3月1日"),
                doc(T.SERVICE_RECEIPT, "送达回证\n送达文书：责令改正违法行为决定书\n送达时间：2016年3月2日"),
                doc(T.REINSPECTION_RECORD, f"复查笔录\n复查时间：{recheck}10时00分至11时00分\n执法证号：32010221007、32010221015"),
                doc(T.DAILY_PENALTY_DECISION, f"按日连续处罚决定书\n原处罚决定书对你单位罚款100000元。计罚日数为{days}日，罚款总额{total}元。\n2016年4月20日")]
    assert rules_found(daily("2016年3月20日", 18, 1800000)) == []  # 3 to 20 March: 18 days
    assert rules_found(daily("2016年3月20日", 19, 1900000)) == ["PC-DAILY"]
    assert rules_found(daily("2016年3月20日", 18, 1900000)) == ["PC-DAILY"]
    assert rules_found(daily("2016年4月5日", 34, 3400000)) == ["PC-DAILY"]  # re-inspected after 30 days


def test_court_enforcement_after_the_reminder_and_within_three_months():
    def court(reminder, application):
        return [doc(T.PENALTY_DECISION, "行政处罚决定书\n罚款人民币3万元（大写：叁万元整）\n2016年1月10日"),
                doc(T.SERVICE_RECEIPT, "送达回证\n送达文书：行政处罚决定书\n送达时间：2016年1月12日"),
                doc(T.ENFORCEMENT_REMINDER, f"履行行政处罚决定催告书\n{reminder}"),
                doc(T.ENFORCEMENT_APPLICATION, f"强制执行申请书\n{application}")]
    assert rules_found(court("2016年7月20日", "2016年8月5日")) == []
    assert rules_found(court("2016年7月20日", "2016年7月25日")) == ["PC-COURT"]  # five days after the reminder
    assert rules_found(court("2016年10月1日", "2016年10月20日")) == ["PC-COURT"]  # appeal ended 12 July: to 12 October
    [early] = precheck_case_file(court("2016年5月1日", "2016年5月20日"))  # the party could still sue until 12 July
    assert early.message == "决定书 2016年1月12日 送达，起诉期限至 2016年7月12日 才届满，2016年5月20日 即申请强制执行"


def test_the_labelled_corpus_is_labelled_as_its_rules_read_it():
    """Every seeded defect of a small corpus is found, and no clean file has a finding (the
    figures at scale: bench/precheck.py)."""
    files = corpus(seed=7, clean_files=8)
    for labelled in files:
        found = {f.rule for f in precheck_case_file(labelled.documents)}
        assert (labelled.expected in found) if labelled.expected else not found, (labelled.name, found)
