"""The reviewer's edits: each committed at once, a signed sheet locked, revisions kept."""

from decimal import Decimal as D

import pytest
from helpers import unscored

from reviewer_app.core.canonical import canonical_json, sheet_document
from reviewer_app.core.score_sheet import Deduction, ItemMark, PageRef
from reviewer_app.core.vocabulary import Falsification
from reviewer_app.exchange.keys import KeyPair
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import round_rubric
from reviewer_app.store.schema import AssignmentRecord, SheetRecord
from reviewer_app.store.scoring import (
    FalsificationAnswer,
    SheetIncomplete,
    SheetLocked,
    SignerMark,
    current_sheet,
    load_sheet,
    missing_answers,
    put_falsification,
    put_mark,
    put_veto,
    revise_sheet,
    sign_sheet,
)


@pytest.fixture
def draft(demo_round):
    """A demo assignment whose sheets are removed, so it starts unscored."""
    _, [assignment_id] = unscored(demo_round / "secretariat.db", "周明远", first_only=True)
    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        sheet_id = current_sheet(session, assignment_id).id
    yield database, assignment_id, sheet_id
    database.close()


def reopen(database):
    return Database(database.path)


def test_each_edit_is_committed_at_once(draft):
    database, assignment_id, sheet_id = draft
    with database.session() as session:
        put_mark(session, sheet_id, ItemMark("F1", deductions=[Deduction(D(2), "未写明案件来源", "F1a", PageRef(1, 1))]))
    with database.session() as session:
        put_veto(session, sheet_id, "V1", True)
    again = reopen(database)
    with again.session() as session:
        sheet = load_sheet(session, sheet_id)
        assert sheet.marks["F1"].deductions[0].points == D(2)
        assert sheet.veto == {"V1": True}
    again.close()


def test_putting_back_the_old_answer_undoes(draft):
    database, _, sheet_id = draft
    with database.session() as session:
        put_mark(session, sheet_id, ItemMark("F1", no_deduction=True))
    with database.session() as session:
        put_mark(session, sheet_id, ItemMark("F1"))  # unanswered: the mark disappears
        put_veto(session, sheet_id, "V1", None)
    with database.session() as session:
        sheet = load_sheet(session, sheet_id)
    assert "F1" not in sheet.marks and sheet.veto == {}


def complete(session, sheet_id):
    record = session.get(SheetRecord, sheet_id)
    rubric = round_rubric(record.assignment.case_file.round)
    sheet = load_sheet(session, sheet_id)
    for item in rubric.items_for(sheet.case_type):
        put_mark(session, sheet_id, ItemMark(item.id, no_deduction=True))
    for veto in rubric.veto_items_for(sheet.case_type):
        put_veto(session, sheet_id, veto.id, True)


def test_signing_refuses_an_incomplete_sheet_and_lists_what_is_missing(draft):
    database, _, sheet_id = draft
    with database.session() as session:
        with pytest.raises(SheetIncomplete) as error:
            sign_sheet(session, sheet_id, [SignerMark("周明远", b"png")])
        assert any(m.kind == "falsification" for m in error.value.missing)
        complete(session, sheet_id)
        put_falsification(session, sheet_id, FalsificationAnswer(Falsification.SUSPECTED, ""))
        assert [m.kind for m in missing_answers(session, sheet_id)] == ["falsification"]
        put_falsification(session, sheet_id, FalsificationAnswer(Falsification.SUSPECTED, "日期矛盾", (PageRef(1, 2),)))
        assert missing_answers(session, sheet_id) == []


def test_sign_locks_revise_keeps_the_old_revision(draft):
    database, assignment_id, sheet_id = draft
    keys = KeyPair.generate()
    with database.session() as session:
        complete(session, sheet_id)
        put_falsification(session, sheet_id, FalsificationAnswer(Falsification.NONE))
        record = session.get(SheetRecord, sheet_id)
        document = sheet_document(load_sheet(session, sheet_id), round_id="1", case_code=record.assignment.case_file.code,
                                  reviewer="周明远", document_keys={d.id: d.exchange_sha256 for d in record.assignment.case_file.documents})
        signature = keys.sign(canonical_json(document))
        sign_sheet(session, sheet_id, [SignerMark("周明远", b"png", signature, keys.public.fingerprint)])
    with database.session() as session:
        with pytest.raises(SheetLocked):
            put_mark(session, sheet_id, ItemMark("F1", no_deduction=True))
    with database.session() as session:
        stored = session.get(SheetRecord, sheet_id).signatures[0]
        assert keys.public.verify(stored.signature, canonical_json(document))
        assert stored.signed_at.tzinfo is not None
        with pytest.raises(ValueError):
            revise_sheet(session, sheet_id, "  ")
        new = revise_sheet(session, sheet_id, "F1 扣分有误")
        new_id = new.id
    with database.session() as session:
        revisions = session.get(AssignmentRecord, assignment_id).sheets
        assert [(r.revision, r.status) for r in revisions] == [(1, "signed"), (2, "draft")]
        assert revisions[1].revise_reason == "F1 扣分有误"
        assert load_sheet(session, new_id).marks == load_sheet(session, sheet_id).marks
        put_mark(session, new_id, ItemMark("F1", deductions=[Deduction(D(1), "缺日期")]))
        assert load_sheet(session, sheet_id).marks["F1"].no_deduction  # the signed one is untouched


def test_team_sheet_needs_every_member(demo_round):
    _, [assignment_id] = unscored(demo_round / "secretariat.db", "北塘市交叉评审组", first_only=True)
    database = Database(demo_round / "secretariat.db")
    with database.session() as session:
        sheet_id = current_sheet(session, assignment_id).id
        complete(session, sheet_id)
        put_falsification(session, sheet_id, FalsificationAnswer(Falsification.NONE))
        with pytest.raises(SheetIncomplete, match="孙倩 尚未签名"):
            sign_sheet(session, sheet_id, [SignerMark("赵立新", b"png")])
        sign_sheet(session, sheet_id, [SignerMark("赵立新", b"png"), SignerMark("孙倩", b"png")])
    database.close()
