"""A reviewer's doubt about the submission rules (报送要求) and the measures a file may not have
taken: raised on the sheet, signed, and turned into a question for the secretariat, never points."""

from decimal import Decimal as D

import pytest

from reviewer_app.core.canonical import canonical_json, fingerprint, sheet_document, sheet_from_document
from reviewer_app.core.consolidation import CaseFileFacts, RoundRules, SheetScore, score_case
from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import ItemMark, PageRef, ScoreSheet, missing_for_signing, presumed_marks
from reviewer_app.core.sheet_validation import sheet_problems
from reviewer_app.core.vocabulary import CaseType, DocumentType, EligibilityDecision, Falsification, Track

KEYS = {7: "a" * 64}


@pytest.fixture(scope="module")
def rubric():
    return load_preset("national_2012")


def signed_ready(rubric) -> ScoreSheet:
    sheet = ScoreSheet(CaseType.PENALTY, falsification=Falsification.NONE)
    for item in rubric.items_for(CaseType.PENALTY):
        sheet.marks[item.id] = ItemMark(item.id, no_deduction=True)
    sheet.veto = {v.id: True for v in rubric.veto_items_for(CaseType.PENALTY)}
    return sheet


def document(sheet):
    return sheet_document(sheet, round_id="R", case_code="AJ-1", reviewer="周明远", document_keys=KEYS)


def test_a_sheet_without_a_concern_keeps_the_fingerprint_it_was_signed_with(rubric):
    sheet = signed_ready(rubric)
    plain = document(sheet)
    assert "submission_concern" not in plain and "submission_evidence" not in plain
    before = fingerprint(plain)
    sheet.submission_concern = "现场监察笔录非移动执法平台生成"
    sheet.submission_evidence = [PageRef(7, 2)]
    raised = document(sheet)
    assert fingerprint(raised) != before  # the concern is signed
    assert raised["submission_evidence"] == [{"document": "a" * 64, "page": 2}]
    back = sheet_from_document(raised, {"a" * 64: 7})
    assert (back.submission_concern, back.submission_evidence) == (sheet.submission_concern, [PageRef(7, 2)])
    assert canonical_json(document(back)) == canonical_json(raised)


def test_cited_pages_need_the_concern_written_and_the_text_is_bounded(rubric):
    sheet = signed_ready(rubric)
    assert missing_for_signing(rubric, sheet) == []
    sheet.submission_evidence = [PageRef(7, 1)]
    [missing] = missing_for_signing(rubric, sheet)
    assert missing.kind == "submission"
    sheet.submission_concern = "笔录非平台生成"
    assert missing_for_signing(rubric, sheet) == []
    sheet.submission_concern = "长" * 5001
    problems = sheet_problems(rubric, sheet, case_type=CaseType.PENALTY, pages={7: 3}, signed=True)
    assert any("不符合报送要求" in p.message or "不符合报送要求" in p.field for p in problems)
    sheet.submission_concern = "笔录非平台生成"
    sheet.submission_evidence = [PageRef(7, 9)]  # the document has 3 pages
    assert any("报送要求证据" in p.field for p in sheet_problems(rubric, sheet, case_type=CaseType.PENALTY, pages={7: 3}, signed=True))


def test_a_concern_is_a_question_for_the_secretariat_not_points():
    case = CaseFileFacts("AJ-1", "青溪县环境保护局", CaseType.PENALTY, assigned=2)
    flagged = [SheetScore("AJ-1", "周明远", Track.EXPERT, D("92"), submission_concern="现场监察笔录非移动执法平台生成"),
               SheetScore("AJ-1", "王立", Track.CROSS, D("90"))]
    result = score_case(case, flagged, RoundRules())
    assert result.final_score == D("91.00")  # the sheets' points stand until the secretariat decides
    assert result.pending == ("是否符合报送要求待确认（评审人员周明远提出：现场监察笔录非移动执法平台生成）",)
    confirmed = score_case(CaseFileFacts("AJ-1", "青溪县环境保护局", CaseType.PENALTY, assigned=2,
                                         eligibility=EligibilityDecision.CONFIRMED), flagged, RoundRules())
    assert confirmed.final_score == D("0.00") and confirmed.rule == "不符合报送要求，计 0 分" and confirmed.pending == ()
    dismissed = score_case(CaseFileFacts("AJ-1", "青溪县环境保护局", CaseType.PENALTY, assigned=2,
                                         eligibility=EligibilityDecision.DISMISSED), flagged, RoundRules())
    assert dismissed.final_score == D("91.00") and dismissed.pending == ()
    # a round that does not enforce the submission rules asks nothing
    assert score_case(case, flagged, RoundRules(enforce_eligibility=False)).pending == ()


def test_the_platform_rule_is_no_longer_a_deduction(rubric):
    texts = [d.text for i in rubric.items_for(CaseType.INSPECTION_AUDIT) for d in i.deductions]
    assert not any("移动执法平台" in t for t in texts)
    assert not any("移动执法平台" in i.text for t in CaseType for i in rubric.items_for(t))


def test_measures_the_file_did_not_take_start_not_applicable(rubric):
    # A penalty file with an evidence-preservation notice and no seizure, no hearing.
    held = {DocumentType.FILING_APPROVAL, DocumentType.EVIDENCE_PRESERVATION, DocumentType.PENALTY_DECISION}
    presumed = {m.item_id for m in presumed_marks(rubric, CaseType.PENALTY, held)}
    assert presumed == {"P3", "N2", "N3"}  # seizure, hearing notice, hearing record
    assert all(m.not_applicable for m in presumed_marks(rubric, CaseType.PENALTY, held))
    # a file holding them all starts with nothing presumed
    every = held | {DocumentType.SEIZURE_DECISION, DocumentType.HEARING_NOTICE, DocumentType.HEARING_RECORD}
    assert presumed_marks(rubric, CaseType.PENALTY, every) == []
    # transfers take none of these measures: nothing to presume
    assert presumed_marks(rubric, CaseType.CRIME_TRANSFER, set()) == []
