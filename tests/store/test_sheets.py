from datetime import datetime, timedelta, timezone
from decimal import Decimal as D

import pytest
from sqlalchemy.exc import IntegrityError

from reviewer_app.core.rubric import load_preset
from reviewer_app.core.score_sheet import Deduction, ItemMark, PageRef, ScoreSheet
from reviewer_app.core.vocabulary import CaseType, Falsification, SheetStatus
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import create_round, only_round, round_rubric
from reviewer_app.store.schema import (
    AssignmentRecord,
    CaseFileRecord,
    DocumentRecord,
    ReviewerRecord,
    SheetRecord,
    UnitRecord,
)
from reviewer_app.store.sheets import latest_signed_sheet, read_sheet, write_sheet


@pytest.fixture
def database(tmp_path):
    db = Database(tmp_path / "s.db")
    with db.session() as session:
        round_record = create_round(session, name="测试", year=2016, rubric=load_preset("national_2012"))
        unit = UnitRecord(round=round_record, name="甲县", level="county", region="甲市")
        case = CaseFileRecord(round=round_record, unit=unit, code="AJ-TEST", case_type="penalty")
        doc = DocumentRecord(case_file=case, position=1, doc_type="filing_approval", title="立案审批表", path="a.pdf", pages=2, sha256="0" * 64)
        reviewer = ReviewerRecord(round=round_record, name="张三", track="expert", region="省城")
        session.add_all([unit, case, doc, reviewer, AssignmentRecord(reviewer=reviewer, case_file=case)])
    yield db
    db.close()


def test_sheet_round_trip_keeps_decimals_refs_and_answers(database):
    sheet = ScoreSheet(case_type=CaseType.PENALTY, falsification=Falsification.SUSPECTED)
    sheet.falsification_description = "笔录时间冲突"
    sheet.falsification_evidence = [PageRef(1, 2)]
    sheet.marks["F1"] = ItemMark("F1", deductions=[Deduction(D("0.25"), "缺日期", "F1c", PageRef(1, 1)), Deduction(D("1.1"), "自定义")])
    sheet.marks["F2"] = ItemMark("F2", no_deduction=True)
    sheet.veto = {"V1": True, "V2": False}
    with database.session() as session:
        assignment = session.get(AssignmentRecord, 1)
        record = SheetRecord(assignment=assignment)
        session.add(record)
        session.flush()
        write_sheet(session, record, sheet)
    with database.session() as session:
        again = read_sheet(session.get(SheetRecord, 1))
    assert again == sheet
    assert again.marks["F1"].deductions[1].points == D("1.1")


def test_times_come_back_timezone_aware(database):
    beijing = timezone(timedelta(hours=8))
    with database.session() as session:
        record = SheetRecord(assignment=session.get(AssignmentRecord, 1), signed_at=datetime(2016, 12, 6, 9, 30, tzinfo=beijing))
        session.add(record)
    with database.session() as session:
        signed = session.get(SheetRecord, 1).signed_at
    assert signed.tzinfo is not None
    assert signed == datetime(2016, 12, 6, 1, 30, tzinfo=timezone.utc)


def test_naive_times_are_refused(database):
    with pytest.raises(Exception, match="naive"):
        with database.session() as session:
            session.add(SheetRecord(assignment=session.get(AssignmentRecord, 1), signed_at=datetime(2016, 1, 1)))


def test_latest_signed_revision_and_unique_revisions(database):
    with database.session() as session:
        assignment = session.get(AssignmentRecord, 1)
        session.add_all([
            SheetRecord(assignment=assignment, revision=1, status=SheetStatus.SIGNED.value),
            SheetRecord(assignment=assignment, revision=2, status=SheetStatus.DRAFT.value),
        ])
    with database.session() as session:
        assert latest_signed_sheet(session.get(AssignmentRecord, 1)).revision == 1
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(SheetRecord(assignment=session.get(AssignmentRecord, 1), revision=2))


def test_foreign_keys_are_enforced(database):
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(AssignmentRecord(reviewer_id=999, case_file_id=999))


def test_round_rubric_comes_back_from_the_round(database):
    with database.session() as session:
        assert round_rubric(only_round(session)).to_dict() == load_preset("national_2012").to_dict()
