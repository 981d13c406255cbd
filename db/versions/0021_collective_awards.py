"""先进集体 selection: each unit's statistics from outside the review, the counties their cities
recommend, the order among candidates still tied, and the round's settings

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 21:45:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0021'
down_revision = '0020'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('rounds', sa.Column('collective_rules', sa.Text(), nullable=False, server_default=''))
    op.add_column('rounds', sa.Column('province_statistics', sa.Text(), nullable=False, server_default=''))
    op.add_column('units', sa.Column('recommended_for_award', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.add_column('units', sa.Column('award_tie_order', sa.Integer(), nullable=True))
    op.add_column('units', sa.Column('award_tie_reason', sa.Text(), nullable=False, server_default=''))
    op.create_table(
        'unit_statistics',
        sa.Column('unit_id', sa.Integer(), sa.ForeignKey('units.id', ondelete='CASCADE'), primary_key=True),
        sa.Column('key_enterprises', sa.Integer(), nullable=False),
        sa.Column('cases', sa.Integer(), nullable=False),
        sa.Column('fines', sa.String(length=24), nullable=False),
        *[sa.Column(name, sa.Integer(), nullable=False) for name in (
            'seizures', 'production_limits', 'daily_penalties', 'crime_transfers', 'detention_transfers',
            'votes', 'articles_national', 'articles_provincial')],
        *[sa.Column(name, sa.String(length=24), nullable=True) for name in ('pm10_previous', 'pm10', 'pm25_previous', 'pm25')],
        sa.Column('sections_fallen', sa.Integer(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table('unit_statistics')
    for column in ('award_tie_reason', 'award_tie_order', 'recommended_for_award'):
        op.execute(f'ALTER TABLE units DROP COLUMN {column}')
    for column in ('province_statistics', 'collective_rules'):
        op.execute(f'ALTER TABLE rounds DROP COLUMN {column}')
