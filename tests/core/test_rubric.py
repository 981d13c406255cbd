from decimal import Decimal

import pytest
import yaml

from reviewer_app.core.rubric import (
    ALL_CASE_TYPES,
    RubricError,
    load_preset,
    load_rubric,
    rubric_from_dict,
)
from reviewer_app.core.vocabulary import CaseType, DocumentType


@pytest.fixture(scope="module")
def national():
    return load_preset("national_2012")


def test_every_case_type_totals_100_with_veto_items(national):
    for case_type in ALL_CASE_TYPES:
        assert national.total_for(case_type) == Decimal(100), case_type
        assert len(national.veto_items_for(case_type)) == 4
    assert national.total_problems() == []


def test_type_specific_items(national):
    daily = {i.id for i in national.items_for(CaseType.DAILY_PENALTY)}
    assert {"DP1", "DP2"} <= daily
    assert national.item("DP2").document_type is DocumentType.REINSPECTION_RECORD
    crime = {i.id for i in national.items_for(CaseType.CRIME_TRANSFER)}
    assert {"T1", "T2", "T4"} <= crime and "T3" not in crime
    court = national.items_for(CaseType.COURT_ENFORCEMENT)
    assert {i.document_type for i in court} >= {
        DocumentType.ENFORCEMENT_REMINDER,
        DocumentType.ENFORCEMENT_APPLICATION,
    }
    # Investigation is the heaviest stage, as in the national guide.
    sections = {s.id: s for s in national.sections_for(CaseType.PENALTY)}
    assert sum(i.max_points for i in sections["filing"].items) == 8


def test_items_are_tied_to_documents(national):
    items = national.items_for(CaseType.PENALTY)
    with_document = [i for i in items if i.document_type is not None]
    assert len(with_document) >= len(items) - 3


def test_daily_penalty_decision_items_point_at_the_daily_penalty_decision(national):
    daily = national.items_for(CaseType.DAILY_PENALTY)
    about_decision = [i for i in daily if i.document_type in (DocumentType.PENALTY_DECISION, DocumentType.DAILY_PENALTY_DECISION)]
    assert {i.id for i in about_decision} == {"DP3", "DP4"}
    assert all(i.document_type is DocumentType.DAILY_PENALTY_DECISION for i in about_decision)
    # an ordinary penalty file still scores its penalty decision, and not the daily-penalty items
    penalty = {i.id for i in national.items_for(CaseType.PENALTY)}
    assert {"D1", "D2"} <= penalty and not penalty & {"DP1", "DP2", "DP3", "DP4"}


def test_inspection_audit_scores_its_audit_opinion_and_not_documents_it_does_not_have(national):
    audit = national.items_for(CaseType.INSPECTION_AUDIT)
    charged = {i.document_type for i in audit}
    # 稽查案卷 hold the audit opinion (稽查意见书), not filing, interview or closing approvals
    assert DocumentType.AUDIT_OPINION in charged
    assert not charged & {DocumentType.FILING_APPROVAL, DocumentType.INTERVIEW_RECORD, DocumentType.CLOSING_APPROVAL}
    on_opinion = sum((i.max_points for i in audit if i.document_type is DocumentType.AUDIT_OPINION), Decimal(0))
    assert on_opinion == Decimal(42)
    assert national.total_for(CaseType.INSPECTION_AUDIT) == Decimal(100)


def test_round_trip_through_dict(national):
    again = rubric_from_dict(national.to_dict())
    assert again.to_dict() == national.to_dict()


def test_blank_template_loads():
    blank = load_preset("blank")
    assert blank.sections == () and blank.total_problems() == []


def _write(tmp_path, data):
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_malformed_preset_names_file_and_field(tmp_path, national):
    data = national.to_dict()
    data["sections"][1]["items"][2]["max_points"] = "五分"
    path = _write(tmp_path, data)
    with pytest.raises(RubricError) as error:
        load_rubric(path)
    assert str(path) in str(error.value)
    assert "sections[1].items[2].max_points" in str(error.value)


def test_missing_field_is_named(tmp_path, national):
    data = national.to_dict()
    del data["sections"][0]["items"][0]["text"]
    with pytest.raises(RubricError, match=r"sections\[0\]\.items\[0\]"):
        load_rubric(_write(tmp_path, data))


def test_duplicate_ids_and_oversized_deductions_refused(national):
    data = national.to_dict()
    data["sections"][0]["items"][1]["id"] = data["sections"][0]["items"][0]["id"]
    with pytest.raises(RubricError, match="重复"):
        rubric_from_dict(data, "dup.yaml")
    data = national.to_dict()
    data["sections"][0]["items"][0]["deductions"][0]["points"] = "50"
    with pytest.raises(RubricError, match="超过该项满分"):
        rubric_from_dict(data, "big.yaml")


def test_not_yaml_is_refused(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("name: [unclosed", encoding="utf-8")
    with pytest.raises(RubricError, match="broken.yaml"):
        load_rubric(path)


def test_total_problems_reports_a_type_that_does_not_add_up(national):
    data = national.to_dict()
    data["sections"][0]["items"][0]["max_points"] = "5"  # F1 applies to every type but inspection/audit
    problems = rubric_from_dict(data).total_problems()
    assert len(problems) == 5 and "101" in problems[0]
