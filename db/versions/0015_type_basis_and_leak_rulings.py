"""what decided each document's type (its first page's title, a document number, the file name);
the leak check's findings the secretariat ruled not identifying

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 17:10:00
"""

from alembic import op
import sqlalchemy as sa

from reviewer_app.store.types import UtcDateTime

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('type_basis', sa.String(length=200), nullable=False, server_default='文件名'))
    op.create_table(
        'leak_rulings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('document_id', sa.Integer(), nullable=False),
        sa.Column('rule', sa.String(length=40), nullable=False),
        sa.Column('text', sa.String(length=300), nullable=False),
        sa.Column('reason', sa.String(length=500), nullable=False),
        sa.Column('decided_by', sa.String(length=100), nullable=False),
        sa.Column('decided_at', UtcDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('document_id', 'rule', 'text', name='uq_leak_ruling'),
    )
    op.create_index('ix_leak_rulings_document_id', 'leak_rulings', ['document_id'])


def downgrade() -> None:
    op.drop_index('ix_leak_rulings_document_id', table_name='leak_rulings')
    op.drop_table('leak_rulings')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('type_basis')
