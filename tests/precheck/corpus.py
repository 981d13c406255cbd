"""A labelled pre-check corpus made by code: clean case files (penalty, daily penalty, court
enforcement; with and without a hearing; dated 2015 to 2025, so both the 1996 and the 2021 行政处罚法
apply) and the same files with one seeded defect each, one kind per rule and several kinds per
rule, in several phrasings and layouts (labels, spacing, full-width digits, dates in Chinese
numerals, figures with 万). Each file knows the rule its defect should trigger (None: clean).

The dates of a clean file are laid out with the law's periods (working days after 2021-07-15,
by the official calendar), with a margin, so a clean file is clean whichever way a period is read."""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

import cn2an

from reviewer_app.core.precheck.calendar import add_months, period_end
from reviewer_app.core.precheck.rules import CaseDocument
from reviewer_app.core.vocabulary import DocumentType as T

NEW_LAW = date(2021, 7, 15)
PARTIES = [("临江市宏达化工有限公司", "91320100MA1R2K3L4X"), ("青溪县绿源养殖专业合作社", "93320125MA1NX8QW0B"),
           ("云台县金石建材厂", "92320130MA1P6YT52K"), ("东湖市永盛印染有限公司", "91320500MA1MEKH3XQ")]
OFFICERS = [("冯立新", "32010221007"), ("孔德明", "32010221015"), ("蒋春燕", "32011516003"), ("程国庆", "32011516011")]
LAWS = [("《中华人民共和国大气污染防治法》", "第一百零八条", "第四十五条"),
        ("《中华人民共和国水污染防治法》", "第八十三条", "第三十九条"),
        ("《中华人民共和国固体废物污染环境防治法》", "第一百零二条", "第二十条")]
CAPITAL_DIGITS = "零壹贰叁肆伍陆柒捌玖"


@dataclass(frozen=True)
class LabelledFile:
    name: str
    documents: tuple[CaseDocument, ...]
    expected: str | None  # the rule the seeded defect should trigger; None for a clean file

    @property
    def pages(self) -> int:
        return sum(len(d.pages) for d in self.documents)


def capital(amount: int) -> str:
    """An amount in 大写 as a finance office writes it (伍万贰仟元整)."""
    return cn2an.an2cn(amount, "rmb").replace("元整", "元整")


def written(day: date, rng: random.Random, signature: bool = False) -> str:
    style = rng.randrange(4 if signature else 3)
    if style == 0:
        return f"{day.year}年{day.month}月{day.day}日"
    if style == 1:
        return f"{day.year} 年 {day.month} 月 {day.day} 日"
    if style == 2:
        return f"{day.year}年{day.month:02d}月{day.day:02d}日".translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    digits = "〇一二三四五六七八九"
    return "".join(digits[int(c)] for c in str(day.year)) + f"年{cn2an.an2cn(day.month)}月{cn2an.an2cn(day.day)}日"


def _officers_line(rng: random.Random, count: int = 2, team: tuple = ()) -> str:
    chosen = list(team[:count]) if team else rng.sample(OFFICERS, count)
    names, numbers = "、".join(n for n, _ in chosen), "、".join(c for _, c in chosen)
    return rng.choice([f"执法人员：{names}　执法证号：{numbers}", f"检查人：{names}\n执法证件号码：{numbers}",
                       f"执法人员：{names}（执法证编号：{numbers}）"])


@dataclass
class Plan:
    """A penalty file's facts, varied by a seed: what the documents say."""

    party: str
    code: str
    law: tuple[str, str, str]
    fine: int
    filing: date
    inspection: date
    interview: date
    notice: date
    hearing_notice: date | None
    hearing: date | None
    decision: date
    served: date | None
    closing: date
    notice_fine: int | None = None
    decision_code: str | None = None
    decision_article: str | None = None
    interview_times: tuple[str, str | None] = ("9时30分", "10时45分")
    certificates: int = 2
    capital_fine: int | None = None
    receipt_dated: bool = True
    team: tuple = ()  # the officers who make the file's records


def plan(rng: random.Random, hearing: bool = False) -> Plan:
    filing = date(2015, 3, 1) + timedelta(days=rng.randrange(0, 3800))
    inspection = filing - timedelta(days=rng.randrange(0, 4))  # the inspection is often the case's source
    interview = filing + timedelta(days=rng.randrange(1, 6))
    notice = interview + timedelta(days=rng.randrange(5, 20))
    hearing_notice = held = None
    if hearing:  # seven working days are at least seven calendar days: right under either law
        hearing_notice = notice + timedelta(days=rng.randrange(4, 8))
        held = period_end(hearing_notice, 7, True) + timedelta(days=rng.randrange(1, 5))
        decision = held + timedelta(days=rng.randrange(3, 12))
    else:
        decision = period_end(notice, 5, True) + timedelta(days=rng.randrange(1, 15))
    served = decision + timedelta(days=rng.randrange(0, 4))
    party, code = rng.choice(PARTIES)
    return Plan(party, code, rng.choice(LAWS), rng.choice([20000, 50000, 85000, 100000, 120000, 200000]),
                filing, inspection, interview, notice, hearing_notice, held, decision, served,
                served + timedelta(days=rng.randrange(10, 40)), team=tuple(rng.sample(OFFICERS, 2)))


def penalty_documents(p: Plan, rng: random.Random) -> list[CaseDocument]:
    law, violated_article, duty_article = p.law
    notice_fine = p.notice_fine if p.notice_fine is not None else p.fine
    written_fine = lambda amount: rng.choice([f"{amount}元", f"{amount:,}元", f"{amount / 10000:g}万元"])  # noqa: E731
    period = 3 if p.notice < NEW_LAW else 5
    docs = [
        CaseDocument(T.FILING_APPROVAL, "立案审批表", [
            f"立案审批表\n案件来源：现场检查\n当事人：{p.party}\n统一社会信用代码：{p.code}\n"
            f"案由：涉嫌违反{law}{duty_article}\n{rng.choice(['立案日期', '立案时间'])}：{written(p.filing, rng)}\n负责人意见：同意立案"]),
        CaseDocument(T.INSPECTION_RECORD, "现场检查（勘察）笔录", [
            f"现场检查（勘察）笔录\n检查时间：{written(p.inspection, rng)}9时00分至10时30分\n被检查单位：{p.party}\n"
            + _officers_line(rng, p.certificates, p.team) + "\n检查情况：废气处理设施未运行。\n被检查人签名：　　"]),
        CaseDocument(T.INTERVIEW_RECORD, "调查询问笔录", [
            f"调查询问笔录\n询问时间：{written(p.interview, rng)}{p.interview_times[0]}"
            + (f"至{p.interview_times[1]}" if p.interview_times[1] else "") + "\n询问地点：本局询问室\n"
            + _officers_line(rng, 2, p.team) + f"\n被询问人：王某　职务：厂长\n问：你单位{p.party}的生产情况？\n答：正常生产。"]),
        CaseDocument(T.PRIOR_NOTICE, "行政处罚事先（听证）告知书", [
            f"行政处罚事先（听证）告知书\n{p.party}：\n经查，你单位违反了{law}{duty_article}的规定。依据{law}{violated_article}的规定，"
            f"我局拟对你单位处以罚款人民币{written_fine(notice_fine)}（大写：{capital(notice_fine)}）。\n"
            f"你单位可在收到本告知书之日起{period}日内向我局提出陈述、申辩或者要求听证。\n临江市环境保护局\n{written(p.notice, rng, True)}"]),
    ]
    if p.hearing_notice and p.hearing:
        docs += [
            CaseDocument(T.HEARING_NOTICE, "听证通知书", [
                f"听证通知书\n{p.party}：\n根据你单位的申请，我局定于{written(p.hearing, rng)}9时在本局会议室举行听证。\n"
                f"临江市环境保护局\n{written(p.hearing_notice, rng, True)}"]),
            CaseDocument(T.HEARING_RECORD, "听证笔录", [
                f"听证笔录\n听证时间：{written(p.hearing, rng)}9时00分至11时10分\n听证主持人：孔德明\n当事人：{p.party}"]),
        ]
    decided_fine = p.capital_fine if p.capital_fine is not None else p.fine
    docs += [
        CaseDocument(T.PENALTY_DECISION, "行政处罚决定书", [
            f"行政处罚决定书\n{p.party}\n统一社会信用代码：{p.decision_code or p.code}\n"
            f"一、环境违法事实和证据\n我局于{written(p.inspection, rng)}对你单位进行现场检查，发现你单位废气处理设施未运行。"
            f"我局于{written(p.notice, rng)}告知你单位拟作出的处罚决定。\n"
            f"你单位的上述行为违反了{law}{p.decision_article or duty_article}的规定。\n二、行政处罚的依据、种类\n"
            f"依据{law}{violated_article}的规定，我局决定对你单位处以罚款人民币{written_fine(p.fine)}（大写：{capital(decided_fine)}）。",
            f"三、申请行政复议或者提起行政诉讼的途径和期限\n如不服本决定，可在收到本决定书之日起六十日内申请行政复议，也可以在六个月内提起行政诉讼。\n"
            f"临江市环境保护局\n{written(p.decision, rng, True)}"]),
    ]
    if p.served is not None:
        when = f"{rng.choice(['送达时间', '签收日期'])}：{written(p.served, rng)}" if p.receipt_dated else "送达时间：　　年　月　日"
        docs.append(CaseDocument(T.SERVICE_RECEIPT, "送达回证", [
            f"送达回证\n送达文书：行政处罚决定书\n受送达人：{p.party}\n{when}\n送达方式：直接送达\n受送达人签名：王某"]))
    docs.append(CaseDocument(T.CLOSING_APPROVAL, "结案审批表", [f"结案审批表\n当事人：{p.party}\n结案日期：{written(p.closing, rng)}"]))
    return docs


def penalty_defects(p: Plan, rng: random.Random) -> list[tuple[str, Plan]]:
    """One plan per seeded defect: (rule, plan)."""
    working = p.decision >= NEW_LAW
    out = [
        ("PC-ORDER", replace(p, notice=p.interview - timedelta(days=rng.randrange(1, 4)), interview=p.interview)),
        *([] if p.hearing else [("PC-HEARING-REQUEST", replace(p, decision=p.notice + timedelta(days=1), served=p.notice + timedelta(days=2)))]),
        ("PC-DECISION-LIMIT", replace(p, decision=add_months(p.filing, 4) + timedelta(days=rng.randrange(1, 40)),
                                      served=None, closing=add_months(p.filing, 7))),
        ("PC-SERVICE", replace(p, served=period_end(p.decision, 7, working) + timedelta(days=rng.randrange(2, 15)))),
        ("PC-SERVICE", replace(p, receipt_dated=False)),
        ("PC-SERVICE", replace(p, served=None)),
        ("PC-OFFICERS", replace(p, certificates=1)),
        ("PC-INTERVIEW-TIME", replace(p, interview_times=("14时20分", "13时50分"))),
        ("PC-INTERVIEW-TIME", replace(p, interview_times=("9时30分", None))),
        ("PC-FINE", replace(p, notice_fine=p.fine // 2)),
        ("PC-FINE", replace(p, capital_fine=p.fine + 10000)),
        ("PC-PARTY", replace(p, decision_code=next(c for _, c in PARTIES if c != p.code))),
        ("PC-ARTICLES", replace(p, decision_article="第一百二十条")),
        # the same two officers interviewing from 9:30 while their inspection ran 9:00 to 10:30
        ("PC-OVERLAP", replace(p, interview=p.inspection, interview_times=(rng.choice(["9时30分", "10时05分"]), "11时20分"))),
    ]
    fixed = []
    for rule, seeded in out:
        if rule == "PC-DECISION-LIMIT":  # served in time after the late decision, or the service rule fires too
            seeded = replace(seeded, served=seeded.decision + timedelta(days=1))
        if rule == "PC-ORDER":  # the notice before the interview; the period before the decision still kept
            seeded = replace(seeded, notice=seeded.interview - timedelta(days=2))
        fixed.append((rule, seeded))
    return fixed


def hearing_defect(p: Plan, rng: random.Random) -> Plan:
    return replace(p, hearing_notice=p.hearing - timedelta(days=rng.randrange(2, 5)))


def daily_documents(rng: random.Random, defect: str | None = None) -> list[CaseDocument]:
    start = date(2015, 3, 1) + timedelta(days=rng.randrange(0, 3700))
    party, code = rng.choice(PARTIES)
    served = start + timedelta(days=rng.randrange(0, 3))
    recheck = served + timedelta(days=rng.randrange(5, 29))
    if defect == "late":
        recheck = served + timedelta(days=rng.randrange(32, 50))
    days = (recheck - served).days + (3 if defect == "days" else 0)
    fine = rng.choice([50000, 100000, 200000])
    total = fine * days + (fine if defect == "total" else 0)
    decision_day = recheck + timedelta(days=rng.randrange(15, 30))
    return [
        CaseDocument(T.ORDER_TO_CORRECT, "责令改正违法行为决定书", [
            f"责令改正违法行为决定书\n{party}：\n责令你单位立即停止超标排放大气污染物。拒不改正的，将依法按日连续处罚。\n临江市环境保护局\n{written(start, rng, True)}"]),
        CaseDocument(T.SERVICE_RECEIPT, "送达回证", [
            f"送达回证\n送达文书：责令改正违法行为决定书\n受送达人：{party}\n送达时间：{written(served, rng)}"]),
        CaseDocument(T.REINSPECTION_RECORD, "复查笔录", [
            f"复查笔录\n复查时间：{written(recheck, rng)}10时00分至11时00分\n" + _officers_line(rng) + "\n复查情况：仍在超标排放。"]),
        CaseDocument(T.DAILY_PENALTY_DECISION, "按日连续处罚决定书", [
            f"按日连续处罚决定书\n{party}\n统一社会信用代码：{code}\n原处罚决定书对你单位罚款{fine}元。"
            f"我局于{written(recheck, rng)}复查发现你单位拒不改正。计罚日数为{days}日，罚款总额{total}元（大写：{capital(total)}）。\n"
            f"临江市环境保护局\n{written(decision_day, rng, True)}"]),
    ]


def court_documents(rng: random.Random, defect: str | None = None) -> list[CaseDocument]:
    decision = date(2015, 3, 1) + timedelta(days=rng.randrange(0, 3600))
    party, code = rng.choice(PARTIES)
    served = decision + timedelta(days=rng.randrange(0, 3))
    appeal_ends = add_months(served, 6)
    reminder = appeal_ends + timedelta(days=rng.randrange(1, 20))
    application = reminder + timedelta(days=rng.randrange(12, 40))
    if defect == "early":
        application = reminder + timedelta(days=rng.randrange(2, 9))
    if defect == "premature":  # before the party's time to sue ran out
        reminder = served + timedelta(days=rng.randrange(20, 60))
        application = reminder + timedelta(days=rng.randrange(12, 30))
    if defect == "late":
        application = add_months(appeal_ends, 3) + timedelta(days=rng.randrange(5, 60))
        reminder = application - timedelta(days=20)
    fine = rng.choice([30000, 80000])
    return [
        CaseDocument(T.PENALTY_DECISION, "行政处罚决定书", [
            f"行政处罚决定书\n{party}\n统一社会信用代码：{code}\n我局决定对你单位处以罚款人民币{fine}元（大写：{capital(fine)}）。\n"
            f"临江市环境保护局\n{written(decision, rng, True)}"]),
        CaseDocument(T.SERVICE_RECEIPT, "送达回证", [
            f"送达回证\n送达文书：行政处罚决定书\n受送达人：{party}\n送达时间：{written(served, rng)}"]),
        CaseDocument(T.ENFORCEMENT_REMINDER, "履行行政处罚决定催告书", [
            f"履行行政处罚决定催告书\n{party}：\n你单位至今未履行罚款{fine}元的决定，请于收到本催告书之日起十日内履行。\n临江市环境保护局\n{written(reminder, rng, True)}"]),
        CaseDocument(T.ENFORCEMENT_APPLICATION, "强制执行申请书", [
            f"强制执行申请书\n申请人：临江市环境保护局\n被申请人：{party}\n请求事项：强制执行罚款{fine}元。\n临江市环境保护局\n{written(application, rng, True)}"]),
    ]


def corpus(seed: int = 2016, clean_files: int = 60) -> list[LabelledFile]:
    rng = random.Random(seed)
    files: list[LabelledFile] = []
    for n in range(clean_files):
        hearing = n % 4 == 3
        p = plan(rng, hearing)
        files.append(LabelledFile(f"clean-penalty-{n}", tuple(penalty_documents(p, rng)), None))
        for m, (rule, seeded) in enumerate(penalty_defects(p, rng)):
            files.append(LabelledFile(f"{rule}-{n}-{m}", tuple(penalty_documents(seeded, rng)), rule))
        if hearing:
            files.append(LabelledFile(f"PC-HEARING-NOTICE-{n}", tuple(penalty_documents(hearing_defect(p, rng), rng)), "PC-HEARING-NOTICE"))
        if n % 3 == 0:
            files.append(LabelledFile(f"clean-daily-{n}", tuple(daily_documents(rng)), None))
            for defect in ("late", "days", "total"):
                files.append(LabelledFile(f"PC-DAILY-{defect}-{n}", tuple(daily_documents(rng, defect)), "PC-DAILY"))
            files.append(LabelledFile(f"clean-court-{n}", tuple(court_documents(rng)), None))
            for defect in ("early", "late", "premature"):
                files.append(LabelledFile(f"PC-COURT-{defect}-{n}", tuple(court_documents(rng, defect)), "PC-COURT"))
    return files
