"""Deterministic, varied score sheets as the demo reviewers might have filled them in."""

from __future__ import annotations

import random
from decimal import Decimal

from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import Deduction, ItemMark, PageRef, ScoreSheet
from reviewer_app.core.vocabulary import CaseType, DocumentType, Falsification, SheetStatus
from reviewer_app.demo.cast import DemoReviewer

# Procedures that happen only when the party asks: a file without their document is not at fault.
ON_REQUEST = {DocumentType.HEARING_RECORD}

CUSTOM_REASONS = (
    "文书日期与送达回证日期不一致",
    "笔录个别页缺少被询问人签名",
    "法律条款引用未具体到项",
    "照片未注明拍摄时间和拍摄人",
    "卷内目录页码与实际不符",
)


def simulate_sheet(
    rubric: Rubric,
    case_type: CaseType,
    reviewer: DemoReviewer,
    quality: float,
    documents: dict[DocumentType, tuple[int, int]],
    rng: random.Random,
) -> ScoreSheet:
    """quality in [0, 1]: how well the file was made; documents: type -> (document id, pages)."""
    sheet = ScoreSheet(case_type=case_type, status=SheetStatus.SIGNED, falsification=Falsification.NONE)
    deduct_chance = min(0.9, (1.0 - quality) * reviewer.severity)
    for item in rubric.items_for(case_type):
        mark = ItemMark(item.id)
        if item.document_type in ON_REQUEST and item.document_type not in documents:
            # nobody asked for a hearing: the hearing item does not apply to this file
            sheet.marks[item.id] = ItemMark(item.id, not_applicable=True)
            continue
        ref = None
        if item.document_type in documents:
            doc_id, pages = documents[item.document_type]
            ref = PageRef(doc_id, rng.randint(1, pages))
        if item.deductions and rng.random() < deduct_chance:
            preset = rng.choice(item.deductions)
            mark.deductions.append(Deduction(preset.points, preset.text, preset.id, ref))
            if rng.random() < 0.15:
                points = Decimal(rng.choice(("0.5", "1", "1.5")))
                mark.deductions.append(Deduction(points, rng.choice(CUSTOM_REASONS), None, ref))
        else:
            mark.no_deduction = True
        sheet.marks[item.id] = mark
    sheet.veto = {v.id: True for v in rubric.veto_items_for(case_type)}
    return sheet
