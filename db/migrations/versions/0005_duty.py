"""duty log (值班日志 / 交接班) and work log (工作日志)

Revision ID: 0005_duty
Revises: 0001
Create Date: 2026-11-28 08:00:00

Written by hand to match db/models/duty.py (tests/db/test_store.py compares them). A branch of its own
beside the other workflows' migrations; the integration merges the heads.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_duty'
down_revision = '0001'
branch_labels = None
depends_on = None


def _record_columns() -> list[sa.Column]:
    """The columns of db.models.base.WorkflowRecord (number, status, owner, version, timestamps)."""
    return [
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=30), nullable=False),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('created_by', sa.Integer(), nullable=True),
        sa.Column('owner_staff_id', sa.Integer(), nullable=True),
        sa.Column('handler_id', sa.Integer(), nullable=True),
        sa.Column('void_reason', sa.String(length=200), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
        sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        'duty_log',
        *_record_columns(),
        sa.Column('duty_date', sa.Date(), nullable=False),
        sa.Column('shift', sa.String(length=10), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=False),
        sa.Column('carried_over', sa.Text(), nullable=False),
        sa.Column('open_items', sa.Text(), nullable=False),
        sa.Column('desk_keys', sa.String(length=200), nullable=False),
        sa.Column('petty_items', sa.String(length=500), nullable=False),
        sa.Column('mail_count', sa.Integer(), nullable=False),
        sa.Column('handed_by_id', sa.Integer(), nullable=True),
        sa.Column('handed_to_id', sa.Integer(), nullable=True),
        sa.Column('handed_at', sa.DateTime(), nullable=True),
        sa.Column('acknowledged_by_id', sa.Integer(), nullable=True),
        sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
        sa.Column('ack_note', sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(['acknowledged_by_id'], ['staff.id'],
                                name=op.f('fk_duty_log_acknowledged_by_id_staff')),
        sa.ForeignKeyConstraint(['handed_by_id'], ['staff.id'], name=op.f('fk_duty_log_handed_by_id_staff')),
        sa.ForeignKeyConstraint(['handed_to_id'], ['staff.id'], name=op.f('fk_duty_log_handed_to_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_log')),
        sa.UniqueConstraint('number', name=op.f('uq_duty_log_number')),
    )
    op.create_index('ix_duty_log_opened', 'duty_log', ['opened_at', 'id'], unique=False)
    op.create_index(op.f('ix_duty_log_status'), 'duty_log', ['status'], unique=False)

    op.create_table(
        'duty_member',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('duty_log_id', sa.Integer(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=False),
        sa.Column('joined_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['duty_log_id'], ['duty_log.id'], name=op.f('fk_duty_member_duty_log_id_duty_log')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_duty_member_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_member')),
        sa.UniqueConstraint('duty_log_id', 'staff_id', name=op.f('uq_duty_member_duty_log_id_staff_id')),
    )

    op.create_table(
        'duty_event',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('duty_log_id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=12), nullable=False),
        sa.Column('summary', sa.String(length=500), nullable=False),
        sa.Column('ref_kind', sa.String(length=20), nullable=False),
        sa.Column('ref_id', sa.Integer(), nullable=True),
        sa.Column('ref_number', sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(['duty_log_id'], ['duty_log.id'], name=op.f('fk_duty_event_duty_log_id_duty_log')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_duty_event_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_duty_event')),
    )
    op.create_index('ix_duty_event_log', 'duty_event', ['duty_log_id', 'at', 'id'], unique=False)

    op.create_table(
        'work_log',
        *_record_columns(),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('channel', sa.String(length=12), nullable=False),
        sa.Column('caller', sa.String(length=30), nullable=False),
        sa.Column('room_id', sa.Integer(), nullable=True),
        sa.Column('room_code', sa.String(length=30), nullable=False),
        sa.Column('phone', sa.String(length=30), nullable=False),
        sa.Column('category', sa.String(length=12), nullable=False),
        sa.Column('content', sa.String(length=500), nullable=False),
        sa.Column('answer', sa.String(length=500), nullable=False),
        sa.Column('transfer_to', sa.String(length=60), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
        sa.Column('duty_log_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['duty_log_id'], ['duty_log.id'], name=op.f('fk_work_log_duty_log_id_duty_log')),
        sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_work_log_room_id_room')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_work_log')),
        sa.UniqueConstraint('number', name=op.f('uq_work_log_number')),
    )
    op.create_index('ix_work_log_at', 'work_log', ['at', 'id'], unique=False)
    op.create_index(op.f('ix_work_log_status'), 'work_log', ['status'], unique=False)
    op.create_index('ix_work_log_status_at', 'work_log', ['status', 'at', 'id'], unique=False)

    op.create_table(
        'work_log_link',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entry_id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('record_id', sa.Integer(), nullable=False),
        sa.Column('number', sa.String(length=30), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('staff_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['entry_id'], ['work_log.id'], name=op.f('fk_work_log_link_entry_id_work_log')),
        sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_work_log_link_staff_id_staff')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_work_log_link')),
    )
    op.create_index('ix_work_log_link_entry', 'work_log_link', ['entry_id'], unique=False)

    op.create_table(
        'work_log_review',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('reviewed_by', sa.Integer(), nullable=False),
        sa.Column('reviewed_at', sa.DateTime(), nullable=False),
        sa.Column('total_rows', sa.Integer(), nullable=False),
        sa.Column('open_rows', sa.Integer(), nullable=False),
        sa.Column('note', sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(['reviewed_by'], ['staff.id'], name=op.f('fk_work_log_review_reviewed_by_staff')),
        sa.PrimaryKeyConstraint('day', name=op.f('pk_work_log_review')),
    )


def downgrade() -> None:
    op.drop_table('work_log_review')
    op.drop_index('ix_work_log_link_entry', table_name='work_log_link')
    op.drop_table('work_log_link')
    op.drop_index('ix_work_log_status_at', table_name='work_log')
    op.drop_index(op.f('ix_work_log_status'), table_name='work_log')
    op.drop_index('ix_work_log_at', table_name='work_log')
    op.drop_table('work_log')
    op.drop_index('ix_duty_event_log', table_name='duty_event')
    op.drop_table('duty_event')
    op.drop_table('duty_member')
    op.drop_index(op.f('ix_duty_log_status'), table_name='duty_log')
    op.drop_index('ix_duty_log_opened', table_name='duty_log')
    op.drop_table('duty_log')
