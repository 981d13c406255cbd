"""预审提示汇总: every lead the pre-check found on the round's case files, by unit, with the
documents and pages it cites and what the file's reviewers found it to be. It names no reviewer
(the answers are counted), so a unit's part can be sent to the unit with its findings."""

from __future__ import annotations

from collections import Counter, defaultdict

from reviewer_app.documents.layout import Heading, Report, Table, Text
from reviewer_app.store.precheck import VERDICTS, StoredLead

HEADER = ("案卷编号", "规则", "预审提示", "依据", "所在文书和页码", "评审人员核实")


def answers_text(lead: StoredLead) -> str:
    counted = Counter(lead.verdicts.values())
    return "；".join(f"{VERDICTS[v]} {counted[v]} 人" for v in VERDICTS if counted[v]) or "尚未核实"


def lead_row(lead: StoredLead) -> tuple[str, ...]:
    pages = "；".join(f"{e['document']} 第{e['page']}页" for e in lead.evidence)
    return (lead.case_code, lead.rule, lead.message, lead.source, pages, answers_text(lead))


def precheck_report(round_name: str, leads: list[StoredLead]) -> Report:
    by_unit: dict[str, list[StoredLead]] = defaultdict(list)
    for lead in leads:
        by_unit[lead.unit].append(lead)
    answered = sum(1 for lead in leads if lead.verdicts)
    blocks = [
        Text(f"评查活动：{round_name}"),
        Text(f"预审由程序读取案卷文书的文字，按规则库检查日期顺序、法定期限、罚款金额、当事人和引用条款等，"
             f"共提示 {len(leads)} 条，涉及 {len({lead.case_code for lead in leads})} 件案卷，{answered} 条已有评审人员核实。"
             f"预审提示只是供评审人员核实的线索，不直接扣分；是否扣分以评审人员签名的评分表为准。"),
    ]
    for unit in sorted(by_unit):
        blocks.append(Heading(unit or "（未分单位）"))
        blocks.append(Table(HEADER, tuple(lead_row(lead) for lead in by_unit[unit]), (1.0, 1.7, 3.4, 2.1, 2.0, 1.1),
                            highlight=frozenset(n for n, lead in enumerate(by_unit[unit]) if "confirmed" in lead.verdicts.values())))
    return Report(title="预审提示汇总", subject=round_name, blocks=tuple(blocks), footer=f"{round_name} · 预审提示汇总")
