"""a shipped copy's size and modification time as written, so an unchanged round's produce does
not read every copy again to check it

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 21:30:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('documents', sa.Column('package_stamp', sa.String(length=60), nullable=False, server_default=''))


def downgrade() -> None:
    op.execute('ALTER TABLE documents DROP COLUMN package_stamp')
