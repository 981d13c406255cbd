"""units a reviewer declared a conflict of interest with

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:55:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('reviewers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('declared_conflicts', sa.Text(), server_default='', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('reviewers', schema=None) as batch_op:
        batch_op.drop_column('declared_conflicts')
