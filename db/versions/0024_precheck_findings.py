"""The pre-check's leads per case file, and the basis each file was last checked on

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-08 01:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0024'
down_revision = '0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('case_files', sa.Column('precheck_basis', sa.String(length=64), nullable=False, server_default=''))
    op.add_column('case_files', sa.Column('precheck_spans', sa.Text(), nullable=False, server_default=''))
    op.create_table(
        'precheck_findings',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('case_file_id', sa.Integer(), sa.ForeignKey('case_files.id', ondelete='CASCADE'), nullable=False),
        sa.Column('rule', sa.String(length=40), nullable=False),
        sa.Column('message', sa.Text(), nullable=False),
        sa.Column('items', sa.String(length=200), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('evidence', sa.Text(), nullable=False),
        sa.Column('across', sa.Boolean(), nullable=False, server_default=sa.text('0')),
        # in a reviewer's copy: the secretariat's id of the lead, and the reviewer's 已核实/不成立
        sa.Column('origin_id', sa.Integer(), nullable=True),
        sa.Column('verdict', sa.String(length=12), nullable=False, server_default=''),
        # at the secretariat: each reviewer's verdict, JSON {reviewer: confirmed|dismissed}
        sa.Column('verdicts', sa.Text(), nullable=False, server_default=''),
    )
    op.create_index('ix_precheck_findings_case_file_id', 'precheck_findings', ['case_file_id'])


def downgrade() -> None:
    op.drop_index('ix_precheck_findings_case_file_id', 'precheck_findings')
    op.drop_table('precheck_findings')
    op.execute('ALTER TABLE case_files DROP COLUMN precheck_basis')
    op.execute('ALTER TABLE case_files DROP COLUMN precheck_spans')
