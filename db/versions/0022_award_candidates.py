"""先进个人 candidates: the secretariat's checks, votes and cases, the candidate's case file and
story (as given and anonymised), and the round's settings

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 22:00:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0022'
down_revision = '0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('rounds', sa.Column('individual_rules', sa.Text(), nullable=False, server_default=''))
    op.create_table(
        'award_candidates',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('round_id', sa.Integer(), sa.ForeignKey('rounds.id', ondelete='CASCADE'), nullable=False),
        sa.Column('unit_id', sa.Integer(), sa.ForeignKey('units.id'), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('alias', sa.String(length=20), nullable=False),
        sa.Column('certificate_number', sa.String(length=60), nullable=False),
        sa.Column('certificate_supplied', sa.Boolean(), nullable=False),
        sa.Column('conditions_met', sa.Boolean(), nullable=False),
        sa.Column('conditions_note', sa.Text(), nullable=False),
        sa.Column('cases', sa.Integer(), nullable=False),
        sa.Column('votes', sa.Integer(), nullable=False),
        sa.Column('case_code', sa.String(length=20), nullable=False),
        sa.Column('report_upheld', sa.Boolean(), nullable=False),
        sa.Column('report_reason', sa.Text(), nullable=False),
        sa.Column('story_file', sa.String(length=260), nullable=False),
        sa.Column('story', sa.Text(), nullable=False),
        sa.Column('story_anonymised', sa.Text(), nullable=False),
        sa.Column('story_findings', sa.Text(), nullable=False),
        sa.UniqueConstraint('round_id', 'alias'),
    )
    op.create_index('ix_award_candidates_round_id', 'award_candidates', ['round_id'])


def downgrade() -> None:
    op.drop_index('ix_award_candidates_round_id', 'award_candidates')
    op.drop_table('award_candidates')
    op.execute('ALTER TABLE rounds DROP COLUMN individual_rules')
