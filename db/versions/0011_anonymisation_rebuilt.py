"""rebuilt shipped pages: the rule behind each proposal, why a page is offered for a look,
the OCR cache, and what each shipped copy was made from

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 12:30:00
"""

from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('redactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rule', sa.String(length=40), server_default='', nullable=False))
    with op.batch_alter_table('pages_for_review', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.Text(), server_default='扫描页', nullable=False))
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('package_basis', sa.String(length=64), nullable=True))
    op.create_table(
        'ocr_pages',
        sa.Column('key', sa.String(length=64), primary_key=True),
        sa.Column('lines', sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('ocr_pages')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_column('package_basis')
    with op.batch_alter_table('pages_for_review', schema=None) as batch_op:
        batch_op.drop_column('reason')
    with op.batch_alter_table('redactions', schema=None) as batch_op:
        batch_op.drop_column('rule')
