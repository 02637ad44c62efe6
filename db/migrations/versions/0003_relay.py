"""relay: work slips (工作联系单) and parcels kept for residents (代收代转)

Revision ID: 0003_relay
Revises: 0001
Create Date: 2026-11-28 12:00:00

Written by hand to match db/models/relay.py (tests/db/test_store.py compares them). One of the parallel
workflow branches that start from the foundation; the lead merges the heads.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_relay'
down_revision = '0001'
branch_labels = None
depends_on = None


def _record_columns() -> list:
    """The columns of db.models.base.WorkflowRecord (number, status, owners, version, timestamps)."""
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=30), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.Column('owner_staff_id', sa.Integer(), nullable=True),
        sa.Column('handler_id', sa.Integer(), nullable=True),
        sa.Column('void_reason', sa.String(length=200), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'),
                  nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'work_slip',
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('priority', sa.String(length=10), nullable=False),
        sa.Column('from_dept', sa.String(length=20), nullable=False),
        sa.Column('from_person', sa.String(length=30), nullable=False),
        sa.Column('to_dept', sa.String(length=20), nullable=False),
        sa.Column('to_person', sa.String(length=30), nullable=False),
        sa.Column('subject', sa.String(length=60), nullable=False),
        sa.Column('content', sa.Text(), nullable=False),
        sa.Column('room_id', sa.Integer(), nullable=True),
        sa.Column('customer_name', sa.String(length=50), nullable=False),
        sa.Column('customer_phone', sa.String(length=20), nullable=False),
        sa.Column('source', sa.String(length=40), nullable=False),
        sa.Column('sent_at', sa.DateTime(), nullable=False),
        sa.Column('required_by', sa.DateTime(), nullable=False),
        sa.Column('sign_due_at', sa.DateTime(), nullable=False),
        sa.Column('signed_by', sa.String(length=30), nullable=False),
        sa.Column('signed_at', sa.DateTime(), nullable=True),
        sa.Column('reply', sa.Text(), nullable=False),
        sa.Column('replied_by', sa.String(length=30), nullable=False),
        sa.Column('replied_at', sa.DateTime(), nullable=True),
        sa.Column('accepted', sa.Boolean(), nullable=True),
        sa.Column('verified_by', sa.Integer(), nullable=True),
        sa.Column('verified_at', sa.DateTime(), nullable=True),
        sa.Column('verify_result', sa.Text(), nullable=False),
        sa.Column('customer_informed', sa.Boolean(), nullable=False),
        *_record_columns(),
        sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_work_slip_room_id_room')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_work_slip')),
        sa.UniqueConstraint('number', name=op.f('uq_work_slip_number')),
    )
    with op.batch_alter_table('work_slip', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_work_slip_status'), ['status'], unique=False)
        batch_op.create_index('ix_work_slip_sent', ['sent_at', 'id'], unique=False)
        batch_op.create_index('ix_work_slip_status_sent', ['status', 'sent_at', 'id'], unique=False)
        batch_op.create_index('ix_work_slip_dept_sent', ['to_dept', 'sent_at', 'id'], unique=False)
        batch_op.create_index('ix_work_slip_room', ['room_id', 'status'], unique=False)
        batch_op.create_index('ix_work_slip_sign_due', ['sign_due_at'], unique=False)
        batch_op.create_index('ix_work_slip_required_by', ['required_by'], unique=False)
        batch_op.create_index('ix_work_slip_source', ['source'], unique=False)

    op.create_table(
        'parcel',
        sa.Column('direction', sa.String(length=10), nullable=False),
        sa.Column('item_type', sa.String(length=12), nullable=False),
        sa.Column('description', sa.String(length=100), nullable=False),
        sa.Column('quantity', sa.Integer(), nullable=False),
        sa.Column('courier', sa.String(length=30), nullable=False),
        sa.Column('tracking_no', sa.String(length=40), nullable=False),
        sa.Column('sender', sa.String(length=50), nullable=False),
        sa.Column('room_id', sa.Integer(), nullable=True),
        sa.Column('addressee', sa.String(length=50), nullable=False),
        sa.Column('addressee_phone', sa.String(length=20), nullable=False),
        sa.Column('phone_tail', sa.String(length=4), nullable=False),
        sa.Column('urgent', sa.Boolean(), nullable=False),
        sa.Column('valuable', sa.Boolean(), nullable=False),
        sa.Column('condition', sa.String(length=10), nullable=False),
        sa.Column('condition_note', sa.String(length=200), nullable=False),
        sa.Column('storage', sa.String(length=30), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.Column('remind_due_at', sa.DateTime(), nullable=False),
        sa.Column('return_due_at', sa.DateTime(), nullable=False),
        sa.Column('notified_at', sa.DateTime(), nullable=True),
        sa.Column('notify_method', sa.String(length=12), nullable=False),
        sa.Column('reminders', sa.Integer(), nullable=False),
        sa.Column('needs_approval', sa.Boolean(), nullable=False),
        sa.Column('approved_by', sa.Integer(), nullable=True),
        sa.Column('approved_at', sa.DateTime(), nullable=True),
        sa.Column('collector_name', sa.String(length=50), nullable=False),
        sa.Column('collector_id_type', sa.String(length=12), nullable=False),
        sa.Column('collector_id_number', sa.String(length=30), nullable=False),
        sa.Column('collector_relation', sa.String(length=12), nullable=False),
        sa.Column('signature_confirmed', sa.Boolean(), nullable=False),
        sa.Column('collected_at', sa.DateTime(), nullable=True),
        sa.Column('returned_at', sa.DateTime(), nullable=True),
        *_record_columns(),
        sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_parcel_room_id_room')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_parcel')),
        sa.UniqueConstraint('number', name=op.f('uq_parcel_number')),
    )
    with op.batch_alter_table('parcel', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parcel_status'), ['status'], unique=False)
        batch_op.create_index('ix_parcel_received', ['received_at', 'id'], unique=False)
        batch_op.create_index('ix_parcel_status_received', ['status', 'received_at', 'id'], unique=False)
        batch_op.create_index('ix_parcel_room', ['room_id', 'status'], unique=False)
        batch_op.create_index('ix_parcel_tracking', ['tracking_no'], unique=False)
        batch_op.create_index('ix_parcel_addressee', ['addressee'], unique=False)
        batch_op.create_index('ix_parcel_phone_tail', ['phone_tail'], unique=False)
        batch_op.create_index('ix_parcel_remind_due', ['remind_due_at'], unique=False)
        batch_op.create_index('ix_parcel_return_due', ['return_due_at'], unique=False)


def downgrade() -> None:
    op.drop_table('parcel')
    op.drop_table('work_slip')
