"""the leak check remembers each shipped file it found clean, for the terms it looked for

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 18:00:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('leak_checked', sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('leak_checked')
