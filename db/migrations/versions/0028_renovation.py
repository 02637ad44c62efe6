"""renovation: the case (房屋装修申报), its workers and passes, the fees it links, its deductions

Revision ID: 0028_renovation
Revises: 0027_merge_vacancy_visit_search
Create Date: 2026-12-07 21:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0028_renovation"
down_revision = "0027_merge_vacancy_visit_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('renovation',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('applicant', sa.String(length=30), nullable=False),
    sa.Column('applicant_role', sa.String(length=12), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('reno_type', sa.String(length=12), nullable=False),
    sa.Column('items', sa.String(length=200), nullable=False),
    sa.Column('special', sa.String(length=100), nullable=False),
    sa.Column('planned_start', sa.Date(), nullable=False),
    sa.Column('planned_end', sa.Date(), nullable=False),
    sa.Column('fire_person', sa.String(length=30), nullable=False),
    sa.Column('company', sa.String(length=60), nullable=False),
    sa.Column('licence_no', sa.String(length=30), nullable=False),
    sa.Column('head_name', sa.String(length=30), nullable=False),
    sa.Column('head_phone', sa.String(length=20), nullable=False),
    sa.Column('head_id', sa.String(length=20), nullable=False),
    sa.Column('remarks', sa.Text(), nullable=False),
    sa.Column('eng_by', sa.Integer(), nullable=True),
    sa.Column('eng_at', sa.DateTime(), nullable=True),
    sa.Column('mgr_by', sa.Integer(), nullable=True),
    sa.Column('mgr_at', sa.DateTime(), nullable=True),
    sa.Column('agreement_signed_on', sa.Date(), nullable=True),
    sa.Column('permit_no', sa.String(length=30), nullable=False),
    sa.Column('permit_issued_at', sa.DateTime(), nullable=True),
    sa.Column('valid_until', sa.Date(), nullable=True),
    sa.Column('extensions', sa.Integer(), nullable=False),
    sa.Column('prior_occupancy', sa.String(length=20), nullable=False),
    sa.Column('completion_applied_at', sa.DateTime(), nullable=True),
    sa.Column('initial_passed_on', sa.Date(), nullable=True),
    sa.Column('passes_collected', sa.Boolean(), nullable=False),
    sa.Column('rechecked_on', sa.Date(), nullable=True),
    sa.Column('refunded_at', sa.DateTime(), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=30), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('owner_staff_id', sa.Integer(), nullable=True),
    sa.Column('handler_id', sa.Integer(), nullable=True),
    sa.Column('void_reason', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('CURRENT_TIMESTAMP'), nullable=False),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_renovation_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renovation')),
    sa.UniqueConstraint('number', name=op.f('uq_renovation_number'))
    )
    op.create_index('ix_renovation_permit', 'renovation', ['permit_no'], unique=False)
    op.create_index('ix_renovation_room', 'renovation', ['room_id', 'status'], unique=False)
    op.create_index('ix_renovation_state', 'renovation', ['status', 'id'], unique=False)
    op.create_index(op.f('ix_renovation_status'), 'renovation', ['status'], unique=False)
    op.create_table('renovation_deduction',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('renovation_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['renovation_id'], ['renovation.id'], name=op.f('fk_renovation_deduction_renovation_id_renovation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renovation_deduction'))
    )
    op.create_index('ix_renovation_deduction_case', 'renovation_deduction', ['renovation_id', 'id'], unique=False)
    op.create_table('renovation_worker',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('renovation_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=30), nullable=False),
    sa.Column('id_number', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('pass_no', sa.String(length=40), nullable=False),
    sa.Column('pass_valid_until', sa.Date(), nullable=True),
    sa.Column('pass_issue', sa.Integer(), nullable=False),
    sa.Column('pass_deposit', sa.Integer(), nullable=False),
    sa.Column('returned', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['renovation_id'], ['renovation.id'], name=op.f('fk_renovation_worker_renovation_id_renovation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renovation_worker'))
    )
    op.create_index('ix_renovation_worker_case', 'renovation_worker', ['renovation_id', 'seq'], unique=False)
    op.create_table('renovation_fee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('renovation_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('amount', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=30), nullable=False),
    sa.Column('deposit_id', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['deposit_id'], ['fee_deposit.id'], name=op.f('fk_renovation_fee_deposit_id_fee_deposit')),
    sa.ForeignKeyConstraint(['renovation_id'], ['renovation.id'], name=op.f('fk_renovation_fee_renovation_id_renovation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_renovation_fee'))
    )
    op.create_index('ix_renovation_fee_case', 'renovation_fee', ['renovation_id', 'kind'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_renovation_fee_case', table_name='renovation_fee')
    op.drop_table('renovation_fee')
    op.drop_index('ix_renovation_worker_case', table_name='renovation_worker')
    op.drop_table('renovation_worker')
    op.drop_index('ix_renovation_deduction_case', table_name='renovation_deduction')
    op.drop_table('renovation_deduction')
    op.drop_index(op.f('ix_renovation_status'), table_name='renovation')
    op.drop_index('ix_renovation_state', table_name='renovation')
    op.drop_index('ix_renovation_room', table_name='renovation')
    op.drop_index('ix_renovation_permit', table_name='renovation')
    op.drop_table('renovation')
