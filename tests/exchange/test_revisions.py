"""A newer revision supersedes an older one at the secretariat; never the reverse."""

from sqlalchemy import select

from helpers import demo_secretariat
from reviewer_app.exchange.returns import Outcome, export_return, import_returns
from reviewer_app.store.database import Database
from reviewer_app.store.rounds import only_round
from reviewer_app.store.schema import AssignmentRecord, CaseFileRecord, ReviewerRecord
from helpers import table_rows, withdraw_publication_of
from reviewer_app.store.scoring import SignerMark, canonical_sheet, put_mark, revise_sheet, sign_sheet


REVIEWER = "周明远"


def test_newer_supersedes_older_is_refused(demo_round, demo_keys, tmp_path):
    withdraw_publication_of(demo_round / "secretariat.db")
    keys = demo_keys[REVIEWER]
    laptop = Database(demo_round / "reviewers" / REVIEWER / "reviewer.db")
    with laptop.session() as session:
        assignment = only_round(session).reviewers[0].assignments[0]
        code = assignment.case_file.code
        signed = assignment.sheets[-1]
        revised = revise_sheet(session, signed.id, "F1 扣分理由不充分")
        item = next(iter(revised.marks))
        from reviewer_app.core.score_sheet import ItemMark

        put_mark(session, revised.id, ItemMark(item.item_id, no_deduction=True))
        signature = keys.sign(canonical_sheet(session, revised.id))
        sign_sheet(session, revised.id, [SignerMark(REVIEWER, signed.signatures[0].image_png, signature, keys.public.fingerprint)])
    newer = export_return(laptop, tmp_path / "newer.rvwret", keys, [demo_secretariat(demo_round)])
    laptop.close()
    older = demo_round / "returns" / f"评分回传_{REVIEWER}.rvwret"

    secretariat = Database(demo_round / "secretariat.db")
    with secretariat.session() as session:  # this sheet never reached the secretariat before
        assignment = session.scalar(
            select(AssignmentRecord).join(ReviewerRecord).join(CaseFileRecord)
            .where(ReviewerRecord.name == REVIEWER, CaseFileRecord.code == code))
        for sheet in list(assignment.sheets):
            session.delete(sheet)
        assignment_id = assignment.id
    [result] = import_returns(secretariat, [newer], demo_keys["秘书处"])
    assert result.outcome is Outcome.ACCEPTED and result.sheets_added == 1
    with secretariat.session() as session:
        sheets = session.get(AssignmentRecord, assignment_id).sheets
        assert [(s.revision, s.status, s.revise_reason) for s in sheets] == [(2, "signed", "F1 扣分理由不充分")]

    before = table_rows(demo_round / "secretariat.db")
    [result] = import_returns(secretariat, [older], demo_keys["秘书处"])
    assert result.outcome is Outcome.REFUSED
    assert code in result.message and "第1版" in result.message and "第2版旧" in result.message
    assert table_rows(demo_round / "secretariat.db") == before
    secretariat.close()
