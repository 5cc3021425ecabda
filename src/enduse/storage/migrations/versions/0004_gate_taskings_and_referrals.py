"""gate: taskings and referrals

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-25 14:40:21.514687
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | Sequence[str] | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('gate_taskings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('licence_id', sa.Integer(), nullable=False),
    sa.Column('operator', sa.String(length=200), nullable=False),
    sa.Column('request', sa.JSON(), nullable=False),
    sa.Column('request_digest', sa.String(length=71), nullable=False),
    sa.Column('target_pseudonym', sa.String(length=64), nullable=False),
    sa.Column('registry_match', sa.String(length=32), nullable=True),
    sa.Column('capabilities', sa.JSON(), nullable=False),
    sa.Column('legal_valid_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('certificate', sa.String(length=64), nullable=False),
    sa.Column('active_targets', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=8), nullable=False),
    sa.Column('outcome', sa.String(length=8), nullable=False),
    sa.Column('clauses', sa.JSON(), nullable=False),
    sa.Column('reasons', sa.JSON(), nullable=False),
    sa.Column('token_id', sa.String(length=64), nullable=True),
    sa.Column('token_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('log_index', sa.BigInteger(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['licence_id'], ['licences.id'], name=op.f('fk_gate_taskings_licence_id_licences')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gate_taskings')),
    sa.UniqueConstraint('token_id', name=op.f('uq_gate_taskings_token_id'))
    )
    with op.batch_alter_table('gate_taskings', schema=None) as batch_op:
        batch_op.create_index('ix_gate_taskings_active', ['licence_id', 'outcome', 'legal_valid_until'], unique=False)
        batch_op.create_index(batch_op.f('ix_gate_taskings_licence_id'), ['licence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gate_taskings_target_pseudonym'), ['target_pseudonym'], unique=False)

    op.create_table('gate_referrals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('tasking_id', sa.Integer(), nullable=False),
    sa.Column('licence_id', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('reviewer', sa.String(length=200), nullable=True),
    sa.Column('decision', sa.String(length=8), nullable=True),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('resolved_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('log_index', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['tasking_id'], ['gate_taskings.id'], name=op.f('fk_gate_referrals_tasking_id_gate_taskings')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_gate_referrals')),
    sa.UniqueConstraint('tasking_id', name=op.f('uq_gate_referrals_tasking_id'))
    )
    with op.batch_alter_table('gate_referrals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_gate_referrals_licence_id'), ['licence_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_gate_referrals_state'), ['state'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('gate_referrals', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gate_referrals_state'))
        batch_op.drop_index(batch_op.f('ix_gate_referrals_licence_id'))

    op.drop_table('gate_referrals')
    with op.batch_alter_table('gate_taskings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_gate_taskings_target_pseudonym'))
        batch_op.drop_index(batch_op.f('ix_gate_taskings_licence_id'))
        batch_op.drop_index('ix_gate_taskings_active')

    op.drop_table('gate_taskings')
