"""投诉处理 and 客户回访: complaints and follow-ups

Revision ID: 0014_complaints
Revises: 0013_relay_clocks
Create Date: 2026-12-07 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0014_complaints"
down_revision = "0013_relay_clocks"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('complaint',
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('complainant', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('role', sa.String(length=10), nullable=False),
    sa.Column('ctype', sa.String(length=12), nullable=False),
    sa.Column('category', sa.String(length=12), nullable=False),
    sa.Column('urgency', sa.String(length=10), nullable=False),
    sa.Column('major', sa.Boolean(), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('demand', sa.Text(), nullable=False),
    sa.Column('apologised', sa.Boolean(), nullable=False),
    sa.Column('validity', sa.String(length=10), nullable=False),
    sa.Column('initial_reply', sa.Text(), nullable=False),
    sa.Column('reply_by', sa.String(length=30), nullable=False),
    sa.Column('promised_at', sa.DateTime(), nullable=True),
    sa.Column('replied_at', sa.DateTime(), nullable=True),
    sa.Column('dept', sa.String(length=20), nullable=False),
    sa.Column('assignee', sa.String(length=30), nullable=False),
    sa.Column('slip_number', sa.String(length=30), nullable=False),
    sa.Column('escalated_to', sa.String(length=12), nullable=False),
    sa.Column('escalations', sa.Integer(), nullable=False),
    sa.Column('reports', sa.Integer(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolved_by', sa.Integer(), nullable=True),
    sa.Column('reopens', sa.Integer(), nullable=False),
    sa.Column('repeat', sa.Boolean(), nullable=False),
    sa.Column('followup_state', sa.String(length=12), nullable=False),
    sa.Column('satisfaction', sa.String(length=12), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
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
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_complaint_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_complaint')),
    sa.UniqueConstraint('number', name=op.f('uq_complaint_number'))
    )
    op.create_index('ix_complaint_dept', 'complaint', ['dept', 'received_at'], unique=False)
    op.create_index('ix_complaint_phone', 'complaint', ['phone', 'status'], unique=False)
    op.create_index('ix_complaint_received', 'complaint', ['received_at', 'id'], unique=False)
    op.create_index('ix_complaint_room', 'complaint', ['room_id', 'received_at'], unique=False)
    op.create_index('ix_complaint_state', 'complaint', ['status', 'received_at', 'id'], unique=False)
    op.create_index(op.f('ix_complaint_status'), 'complaint', ['status'], unique=False)
    op.create_table('followup',
    sa.Column('ftype', sa.String(length=12), nullable=False),
    sa.Column('source_kind', sa.String(length=20), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=True),
    sa.Column('source_number', sa.String(length=30), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('interviewee', sa.String(length=30), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('visited_at', sa.DateTime(), nullable=True),
    sa.Column('visitor_id', sa.Integer(), nullable=True),
    sa.Column('feedback', sa.Text(), nullable=False),
    sa.Column('satisfaction', sa.String(length=12), nullable=False),
    sa.Column('problems', sa.Text(), nullable=False),
    sa.Column('action_taken', sa.Text(), nullable=False),
    sa.Column('opinion', sa.Text(), nullable=False),
    sa.Column('reviewed_by', sa.Integer(), nullable=True),
    sa.Column('reviewed_at', sa.DateTime(), nullable=True),
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
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_followup_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_followup')),
    sa.UniqueConstraint('number', name=op.f('uq_followup_number'))
    )
    op.create_index('ix_followup_planned', 'followup', ['due_on', 'id'], unique=False)
    op.create_index('ix_followup_room', 'followup', ['room_id', 'due_on'], unique=False)
    op.create_index('ix_followup_source', 'followup', ['source_kind', 'source_id'], unique=False)
    op.create_index('ix_followup_state', 'followup', ['status', 'due_on', 'id'], unique=False)
    op.create_index(op.f('ix_followup_status'), 'followup', ['status'], unique=False)
    op.create_index('ix_followup_type', 'followup', ['ftype', 'due_on'], unique=False)


def downgrade() -> None:
    op.drop_table("followup")
    op.drop_table("complaint")
