"""what decided each document's type (its first page's title, a document number, the file name)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 17:10:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('type_basis', sa.String(length=200), nullable=False, server_default='文件名'))


def downgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('type_basis')
