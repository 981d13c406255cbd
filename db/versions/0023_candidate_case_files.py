"""A 先进个人 candidate's case file its unit did not submit among its own: scored, never in the
unit's composition or mean

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-08 00:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0023'
down_revision = '0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('case_files', sa.Column('unit_file', sa.Boolean(), nullable=False, server_default=sa.text('1')))


def downgrade() -> None:
    op.execute('ALTER TABLE case_files DROP COLUMN unit_file')
