"""a reviewer's doubt that a file meets the submission rules, raised on the sheet with pages
cited, for the secretariat to decide as an eligibility proposal

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 21:20:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('score_sheets', sa.Column('submission_concern', sa.Text(), nullable=False, server_default=''))
    op.create_table(
        'submission_evidence',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('sheet_id', sa.Integer(), sa.ForeignKey('score_sheets.id', ondelete='CASCADE'), nullable=False),
        sa.Column('document_id', sa.Integer(), sa.ForeignKey('documents.id'), nullable=False),
        sa.Column('page', sa.Integer(), nullable=False),
    )
    op.create_index('ix_submission_evidence_sheet_id', 'submission_evidence', ['sheet_id'])


def downgrade() -> None:
    op.drop_index('ix_submission_evidence_sheet_id', 'submission_evidence')
    op.drop_table('submission_evidence')
    op.execute('ALTER TABLE score_sheets DROP COLUMN submission_concern')
