"""release: the goods-release slip (物品放行条) and its item lines

Revision ID: 0030_release
Revises: 0029_merge_reno_movein_lease
Create Date: 2026-12-08 01:00:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0030_release"
down_revision = "0029_merge_reno_movein_lease"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('release_slip',
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('purpose', sa.String(length=12), nullable=False),
    sa.Column('applicant', sa.String(length=30), nullable=False),
    sa.Column('applicant_type', sa.String(length=12), nullable=False),
    sa.Column('id_number', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('authorisation', sa.String(length=12), nullable=False),
    sa.Column('confirm_owner', sa.String(length=30), nullable=False),
    sa.Column('confirm_at', sa.DateTime(), nullable=True),
    sa.Column('vehicle', sa.String(length=12), nullable=False),
    sa.Column('exit_date', sa.Date(), nullable=False),
    sa.Column('valid_until', sa.Date(), nullable=False),
    sa.Column('permit_no', sa.String(length=30), nullable=False),
    sa.Column('remarks', sa.String(length=200), nullable=False),
    sa.Column('reviewed_by', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
    sa.Column('checked_by', sa.Integer(), nullable=True),
    sa.Column('exit_at', sa.DateTime(), nullable=True),
    sa.Column('carrier_id', sa.String(length=20), nullable=False),
    sa.Column('mismatch', sa.String(length=200), nullable=False),
    sa.Column('returned_at', sa.DateTime(), nullable=True),
    sa.Column('reconciled_week', sa.Date(), nullable=True),
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
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_release_slip_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_slip')),
    sa.UniqueConstraint('number', name=op.f('uq_release_slip_number'))
    )
    op.create_index('ix_release_exit', 'release_slip', ['status', 'exit_at'], unique=False)
    op.create_index('ix_release_room', 'release_slip', ['room_id', 'id'], unique=False)
    op.create_index(op.f('ix_release_slip_status'), 'release_slip', ['status'], unique=False)
    op.create_index('ix_release_state', 'release_slip', ['status', 'id'], unique=False)
    op.create_table('release_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slip_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit', sa.String(length=6), nullable=False),
    sa.Column('remark', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['slip_id'], ['release_slip.id'], name=op.f('fk_release_item_slip_id_release_slip')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_release_item'))
    )
    op.create_index('ix_release_item_slip', 'release_item', ['slip_id', 'seq'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_release_item_slip', table_name='release_item')
    op.drop_table('release_item')
    op.drop_index('ix_release_state', table_name='release_slip')
    op.drop_index(op.f('ix_release_slip_status'), table_name='release_slip')
    op.drop_index('ix_release_room', table_name='release_slip')
    op.drop_index('ix_release_exit', table_name='release_slip')
    op.drop_table('release_slip')
