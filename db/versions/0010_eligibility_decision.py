"""the secretariat's decision on a file's eligibility

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 11:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.add_column(sa.Column('eligibility_decision', sa.String(length=20), server_default='none', nullable=False))
        batch_op.add_column(sa.Column('eligibility_reason', sa.Text(), server_default='', nullable=False))
    # Rounds made before this version zeroed a file on the intake warning alone: keep their results.
    op.execute("UPDATE case_files SET eligibility_decision = 'confirmed', "
               "eligibility_reason = '升级前按入库提示自动认定' WHERE mobile_platform = 0")


def downgrade() -> None:
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.drop_column('eligibility_reason')
        batch_op.drop_column('eligibility_decision')
