"""mark the file as a round database (SQLite's application id) and give it an identity its
backups keep, so a restore takes only a backup of this round; an issued package's file name
and hash

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07 18:30:00
"""

import uuid

from alembic import op
import sqlalchemy as sa

from reviewer_app.store.recognition import APPLICATION_ID
from reviewer_app.store.types import UtcDateTime, utc_now

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table(
        'database_identity',
        sa.Column('database_id', sa.String(length=32), nullable=False),
        sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('database_id'),
    )
    op.bulk_insert(identity, [{'database_id': uuid.uuid4().hex, 'created_at': utc_now()}])
    op.execute(f'PRAGMA application_id = {APPLICATION_ID}')
    op.add_column('issued_packages', sa.Column('file_name', sa.String(length=200), nullable=False, server_default=''))
    op.add_column('issued_packages', sa.Column('sha256', sa.String(length=64), nullable=False, server_default=''))


def downgrade() -> None:
    op.execute('ALTER TABLE issued_packages DROP COLUMN sha256')
    op.execute('ALTER TABLE issued_packages DROP COLUMN file_name')
    op.execute('PRAGMA application_id = 0')
    op.drop_table('database_identity')
