"""items marked 不适用 on a sheet, intake's eligibility warnings and what it took for a
platform record, the scores a re-check
accepts, and who issues the round's final results and when

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 15:10:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('item_marks', schema=None) as batch_op:
        batch_op.add_column(sa.Column('not_applicable', sa.Boolean(), server_default='0', nullable=False))
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.add_column(sa.Column('eligibility_warnings', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('platform_evidence', sa.String(length=200), server_default='', nullable=False))
    # Earlier intakes knew one warning only: no mobile-platform record recognised.
    op.execute("UPDATE case_files SET eligibility_warnings = '未识别出移动执法平台记录' WHERE mobile_platform = 0")
    with op.batch_alter_table('recheck_decisions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('accepted_score', sa.String(length=24), nullable=True))
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('issuing_body', sa.String(length=200), server_default='', nullable=False))
        batch_op.add_column(sa.Column('issued_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_column('issued_on')
        batch_op.drop_column('issuing_body')
    with op.batch_alter_table('recheck_decisions', schema=None) as batch_op:
        batch_op.drop_column('accepted_score')
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.drop_column('platform_evidence')
        batch_op.drop_column('eligibility_warnings')
    with op.batch_alter_table('item_marks', schema=None) as batch_op:
        batch_op.drop_column('not_applicable')
