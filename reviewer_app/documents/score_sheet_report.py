"""The reviewer's score sheet (评分表): what a reviewer signs for one case file."""

from __future__ import annotations

import json

from reviewer_app.core.canonical import fingerprint, sheet_document, short_fingerprint
from reviewer_app.core.points import ZERO, fmt
from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import PageRef, deducted, item_score, not_applicable, total_sheet
from reviewer_app.core.vocabulary import Falsification, SheetStatus, VetoPolicy
from reviewer_app.documents.layout import Fields, Heading, Report, Signature, Signatures, Table, Text
from reviewer_app.documents.text import VETO_POLICY_TEXT, local_date, local_time
from reviewer_app.store.report_views import SheetView


def sheet_fingerprint(view: SheetView) -> str:
    return fingerprint(
        sheet_document(
            view.sheet,
            round_id=view.round_id,
            case_code=view.case_code,
            reviewer=view.reviewer,
            document_keys=view.document_keys,
        )
    )


def _ref(view: SheetView, ref: PageRef | None) -> str:
    if ref is None or ref.document_id not in view.documents:
        return ""
    document = view.documents[ref.document_id]
    return f"{document.position:02d} {document.title} 第{ref.page}页"


def score_sheet_report(view: SheetView, rubric: Rubric, policy: VetoPolicy) -> Report:
    sheet = view.sheet
    total = total_sheet(rubric, sheet)
    full_fingerprint = sheet_fingerprint(view)
    short = short_fingerprint(full_fingerprint)
    reviewer = view.reviewer + (f"（{'、'.join(view.members)}）" if view.members else "")
    signed = sheet.status is SheetStatus.SIGNED

    header = Fields((
        ("评查活动", view.round_name),
        ("案卷编号", view.case_code),
        ("案卷类型", sheet.case_type.label),
        ("评审类别", view.track.label),
        ("评审人员", reviewer),
        ("日期", local_date(view.signed_at or view.updated_at)),
        ("版本", f"第 {sheet.revision} 版"),
        ("状态", "已签名" if signed else "草稿（未签名）"),
    ))

    veto_rows = []
    failed = set(total.failed_veto_items)
    for n, veto in enumerate(rubric.veto_items_for(sheet.case_type), start=1):
        answer = sheet.veto.get(veto.id)
        veto_rows.append((str(n), veto.text, "未判断" if answer is None else ("通过" if answer else "不通过")))
    veto_table = Table(
        ("序号", "评查内容", "结论"),
        tuple(veto_rows),
        (1, 10, 2),
        highlight=frozenset(n for n, v in enumerate(rubric.veto_items_for(sheet.case_type)) if v.id in failed),
    )

    rows = []
    for section in rubric.sections_for(sheet.case_type):
        for item in section.items:
            mark = sheet.marks.get(item.id)
            deductions = mark.deductions if mark else []
            stage = section.title + (f"\n{item.document_type.label}" if item.document_type else "")
            if not_applicable(mark):
                rows.append((stage, item.id, item.text, fmt(item.max_points), "—", "—", "不适用，不计分", ""))
                continue
            answered = mark is not None and mark.answered
            rows.append((
                stage,
                item.id,
                item.text,
                fmt(item.max_points),
                # what the item lost, never beyond its maximum (扣完为止); the reasons list every deduction
                fmt(deducted(item, mark)) if deductions else ("0.00" if answered else "未评"),
                fmt(item_score(item, mark)),
                "；".join(d.reason for d in deductions) or ("无扣分" if answered else ""),
                "；".join(r for r in (_ref(view, d.ref) for d in deductions) if r),
            ))
        applicable = sum((i.max_points for i in section.items if not not_applicable(sheet.marks.get(i.id))), ZERO)
        rows.append((section.title, "", "小计", fmt(applicable), "", fmt(total.section_points[section.id]), "", ""))
    items_table = Table(
        ("环节 / 文书", "编号", "评查项目", "满分", "扣分", "得分", "扣分理由", "文书及页码"),
        tuple(rows),
        (2, 0.8, 4.6, 1.25, 1.25, 1.25, 3, 2.4),
        numeric=frozenset({3, 4, 5}),
    )

    falsification = sheet.falsification
    blocks = [
        header,
        Heading("一、实体评查（一票否决）"),
        veto_table,
        Heading("二、卷面评查"),
        items_table,
        Heading("三、案卷造假情况"),
        Text(f"结论：{falsification.label if falsification else '未判断'}", emphasis=falsification not in (None, Falsification.NONE)),
    ]
    if falsification not in (None, Falsification.NONE):
        blocks.append(Text(f"情况说明：{sheet.falsification_description}"))
        refs = "；".join(_ref(view, r) for r in sheet.falsification_evidence)
        blocks.append(Text(f"证据位置：{refs or '未注明'}"))
    if sheet.submission_concern.strip():  # raised for the secretariat to decide, not points
        blocks.append(Text(f"报送要求：{sheet.submission_concern}（提请秘书处认定，不扣分）", emphasis=True))
        refs = "；".join(_ref(view, r) for r in sheet.submission_evidence)
        blocks.append(Text(f"证据位置：{refs or '未注明'}"))
    blocks += [
        Heading("四、评分结果"),
        Fields((
            *((("适用项", f"满分 {fmt(total.applicable_max)} 分，得 {fmt(total.earned)} 分"),
               ("卷面得分", f"{fmt(total.points)}（按适用项折算为百分制）")) if total.rescaled else
              (("卷面得分", fmt(total.points)),)),
            ("实体评查", "不通过" if total.veto_failed else "通过"),
            ("本表得分", fmt(total.score(policy))),
            ("计分规则", VETO_POLICY_TEXT[policy]),
        )),
    ]
    if sheet.comment:
        blocks.append(Text(f"评审意见：{sheet.comment}"))
    blocks.append(Heading("五、评审人员签名"))
    if view.signatures:
        blocks.append(Signatures(tuple(
            Signature(s.signer, s.png, local_time(s.signed_at) + (f"\n密钥指纹 {short_fingerprint(s.key_fingerprint)}" if s.key_fingerprint else ""))
            for s in view.signatures)))
    else:
        blocks.append(Text("本表尚未签名。"))
    blocks.append(Text(f"评分表指纹：{short}（SHA-256 {full_fingerprint}）"))

    qr = json.dumps(
        {"round": view.round_id, "case": view.case_code, "reviewer": view.reviewer, "revision": sheet.revision, "fingerprint": full_fingerprint},
        ensure_ascii=False, sort_keys=True, separators=(",", ":"),
    )
    title = "案卷评查评分表"
    # The same on every sheet of a case type: labels, headings and the rubric's own columns.
    standing_text = "".join((
        title,
        *(label for label, _ in header.pairs),
        *(block.text for block in blocks if isinstance(block, Heading)),
        *veto_table.header,
        *(row[1] for row in veto_rows),
        *items_table.header,
        *(row[0] + row[2] for row in rows),
    ))
    return Report(
        title=title,
        subject=f"{view.case_code} {view.reviewer} 第{sheet.revision}版",
        blocks=tuple(blocks),
        footer=f"{view.case_code} · {view.reviewer} · 指纹 {short}",
        qr_text=qr,
        keywords=(view.round_name, view.case_code, view.reviewer),
        standing_text=standing_text,
    )
