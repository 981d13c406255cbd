"""random samples of case files, with their seed and who drew them; a round may review only its
sample

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 20:35:00
"""

from alembic import op
import sqlalchemy as sa

from reviewer_app.store.types import UtcDateTime

revision = '0018'
down_revision = '0017'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'case_samples',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('round_id', sa.Integer(), nullable=False),
        sa.Column('seed', sa.Integer(), nullable=False),
        sa.Column('size', sa.Integer(), nullable=False),
        sa.Column('stratify', sa.String(length=20), nullable=False),
        sa.Column('drawn_by', sa.String(length=100), nullable=False),
        sa.Column('drawn_at', UtcDateTime(timezone=True), nullable=False),
        sa.Column('codes', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['round_id'], ['rounds.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_case_samples_round_id', 'case_samples', ['round_id'])
    op.add_column('rounds', sa.Column('review_sample_only', sa.Boolean(), nullable=False, server_default=sa.text('0')))


def downgrade() -> None:
    op.execute('ALTER TABLE rounds DROP COLUMN review_sample_only')
    op.drop_index('ix_case_samples_round_id', table_name='case_samples')
    op.drop_table('case_samples')
