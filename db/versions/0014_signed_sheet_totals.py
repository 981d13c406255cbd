"""each signed sheet keeps its total, so results add up a column instead of every mark

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 23:00:00

Sheets signed before this revision get their totals here, by the core's rule (total_sheet) and
the round's own rubric. The rows are read with plain SQL as the tables stand at this revision,
so later changes to the models cannot break this step.
"""

import json
from decimal import Decimal

from alembic import op
import sqlalchemy as sa

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('score_sheets', schema=None) as batch_op:
        batch_op.add_column(sa.Column('total_points', sa.String(length=24), nullable=True))
        batch_op.add_column(sa.Column('veto_failed', sa.Boolean(), nullable=True))
    _total_signed_sheets(op.get_bind())


def _total_signed_sheets(connection: sa.Connection) -> None:
    from reviewer_app.core.points import round2
    from reviewer_app.core.rubric import rubric_from_dict
    from reviewer_app.core.score_sheet import Deduction, ItemMark, ScoreSheet, total_sheet
    from reviewer_app.core.vocabulary import CaseType

    signed = "SELECT id FROM score_sheets WHERE status = 'signed'"
    sheets = {}
    rubrics = {}
    for sheet_id, case_type, round_id, rubric_json in connection.execute(sa.text(
            "SELECT s.id, c.case_type, r.id, r.rubric_json FROM score_sheets s "
            "JOIN assignments a ON a.id = s.assignment_id JOIN case_files c ON c.id = a.case_file_id "
            "JOIN rounds r ON r.id = c.round_id WHERE s.status = 'signed'")):
        if round_id not in rubrics:
            rubrics[round_id] = rubric_from_dict(json.loads(rubric_json), f"round {round_id}")
        sheets[sheet_id] = (rubrics[round_id], ScoreSheet(CaseType(case_type)))
    if not sheets:
        return
    marks = {}
    for mark_id, sheet_id, item_id, no_deduction, skipped in connection.execute(sa.text(
            f"SELECT id, sheet_id, item_id, no_deduction, not_applicable FROM item_marks WHERE sheet_id IN ({signed})")):
        marks[mark_id] = sheets[sheet_id][1].marks[item_id] = ItemMark(item_id, bool(no_deduction),
                                                                       not_applicable=bool(skipped))
    for mark_id, points in connection.execute(sa.text(
            f"SELECT d.mark_id, d.points FROM deductions d JOIN item_marks m ON m.id = d.mark_id "
            f"WHERE m.sheet_id IN ({signed})")):
        marks[mark_id].deductions.append(Deduction(Decimal(points), ""))
    for sheet_id, item_id, passed in connection.execute(sa.text(
            f"SELECT sheet_id, item_id, passed FROM veto_answers WHERE sheet_id IN ({signed})")):
        sheets[sheet_id][1].veto[item_id] = bool(passed)
    totals = []
    for sheet_id, (rubric, sheet) in sheets.items():
        total = total_sheet(rubric, sheet)
        totals.append({"id": sheet_id, "points": str(round2(total.points)), "failed": total.veto_failed})
    connection.execute(sa.text("UPDATE score_sheets SET total_points = :points, veto_failed = :failed WHERE id = :id"),
                       totals)


def downgrade() -> None:
    with op.batch_alter_table('score_sheets', schema=None) as batch_op:
        batch_op.drop_column('veto_failed')
        batch_op.drop_column('total_points')
