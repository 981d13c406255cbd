"""Deterministic, varied score sheets as the demo reviewers might have filled them in."""

from __future__ import annotations

import random
from decimal import Decimal

from reviewer_app.core.rubric import Rubric
from reviewer_app.core.score_sheet import Deduction, ItemMark, PageRef, ScoreSheet
from reviewer_app.core.vocabulary import CaseType, DocumentType, Falsification, SheetStatus
from reviewer_app.demo.cast import DemoReviewer

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
        if item.presumed_not_applicable(set(documents)):
            # no hearing asked for, no seizure made: the reviewer confirms the presumed 不适用
            sheet.marks[item.id] = ItemMark(item.id, not_applicable=True)
            continue
        ref = None
        if item.document_type in documents:
            doc_id, pages = documents[item.document_type]
            ref = PageRef(doc_id, rng.randint(1, pages))
        if item.deductions and rng.random() < deduct_chance:
            preset = rng.choice(item.deductions)
            mark.deductions.append(Deduction(preset.points, preset.text, preset.id, ref))
            others = [p for p in item.deductions if p is not preset]
            if others and rng.random() < 0.15:
                # a second fault under the same item, in the reviewer's own words (no preset), a
                # fault of that item's kind: a reason from elsewhere would reach the typical-problems
                # report under the wrong item
                points = Decimal(rng.choice(("0.5", "1", "1.5")))
                mark.deductions.append(Deduction(points, rng.choice(others).text, None, ref))
        else:
            mark.no_deduction = True
        sheet.marks[item.id] = mark
    sheet.veto = {v.id: True for v in rubric.veto_items_for(case_type)}
    return sheet
