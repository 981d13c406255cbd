"""the panel's ruling on a failed veto item

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 10:20:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.add_column(sa.Column('veto_ruling', sa.String(length=20), server_default='none', nullable=False))
        batch_op.add_column(sa.Column('veto_ruling_reason', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('case_files', schema=None) as batch_op:
        batch_op.drop_column('veto_ruling_reason')
        batch_op.drop_column('veto_ruling')
