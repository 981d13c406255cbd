"""the notice's fixed denominators: a unit's decision on files it did not submit, the counties a
city's score takes; a reconsideration decision's date; whether a county's correction reaches
its city (on for rounds from before, which did so)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 19:20:00
"""

from alembic import op
import sqlalchemy as sa

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN: a batch rebuild would drop the units table, which the case
    # files' foreign keys refuse once a round has any.
    op.add_column('units', sa.Column('reconsideration_date', sa.Date(), nullable=True))
    op.add_column('units', sa.Column('gap_decision', sa.String(length=10), nullable=False, server_default='none'))
    op.add_column('units', sa.Column('gap_reason', sa.Text(), nullable=False, server_default=''))
    op.add_column('units', sa.Column('counted_in_city', sa.Boolean(), nullable=False, server_default=sa.text('0')))
    op.add_column('rounds', sa.Column('reconsideration_reaches_city', sa.Boolean(), nullable=False,
                                      server_default=sa.text('1')))


def downgrade() -> None:
    # SQLite's own DROP COLUMN (3.35+), for the same reason.
    for column in ('counted_in_city', 'gap_reason', 'gap_decision', 'reconsideration_date'):
        op.execute(f'ALTER TABLE units DROP COLUMN {column}')
    op.execute('ALTER TABLE rounds DROP COLUMN reconsideration_reaches_city')
