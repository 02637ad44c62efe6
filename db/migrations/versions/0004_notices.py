"""notices: notice, notice_scope, notice_posting, notice_recipient (DOMAIN.md §4.4)

Revision ID: 0004_notices
Revises: 0001
Create Date: 2026-11-28 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_notices'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('notice',
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('issuing_dept', sa.String(length=30), nullable=False),
    sa.Column('issuer', sa.String(length=60), nullable=False),
    sa.Column('contact_phone', sa.String(length=30), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('effective_from', sa.DateTime(), nullable=False),
    sa.Column('valid_until', sa.DateTime(), nullable=False),
    sa.Column('needs_preparation', sa.Boolean(), nullable=False),
    sa.Column('individual', sa.Boolean(), nullable=False),
    sa.Column('channels', sa.String(length=60), nullable=False),
    sa.Column('approved_by', sa.Integer(), nullable=True),
    sa.Column('approved_at', sa.DateTime(), nullable=True),
    sa.Column('approval_note', sa.String(length=200), nullable=False),
    sa.Column('published_by', sa.Integer(), nullable=True),
    sa.Column('published_at', sa.DateTime(), nullable=True),
    sa.Column('removed_by', sa.Integer(), nullable=True),
    sa.Column('removed_at', sa.DateTime(), nullable=True),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
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
    sa.ForeignKeyConstraint(['corrects_id'], ['notice.id'], name=op.f('fk_notice_corrects_id_notice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice')),
    sa.UniqueConstraint('number', name=op.f('uq_notice_number'))
    )
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_corrects_id'), ['corrects_id'], unique=False)
        batch_op.create_index('ix_notice_kind', ['kind', 'id'], unique=False)
        batch_op.create_index('ix_notice_published_at', ['published_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_notice_status'), ['status'], unique=False)
        batch_op.create_index('ix_notice_status_valid', ['status', 'valid_until'], unique=False)

    op.create_table('notice_posting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('location', sa.String(length=60), nullable=False),
    sa.Column('posted_at', sa.DateTime(), nullable=False),
    sa.Column('posted_by', sa.Integer(), nullable=True),
    sa.Column('photo_path', sa.String(length=500), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_notice_posting_notice_id_notice')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_posting'))
    )
    with op.batch_alter_table('notice_posting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_posting_notice_id'), ['notice_id'], unique=False)

    op.create_table('notice_recipient',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('room_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('delivered_by', sa.Integer(), nullable=True),
    sa.Column('signed_by', sa.String(length=50), nullable=False),
    sa.Column('witness', sa.String(length=50), nullable=False),
    sa.Column('photo_path', sa.String(length=500), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_notice_recipient_notice_id_notice')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_notice_recipient_person_id_person')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_notice_recipient_room_id_room')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_recipient')),
    sa.UniqueConstraint('notice_id', 'room_id', 'name', name=op.f('uq_notice_recipient_notice_id_room_id_name'))
    )
    with op.batch_alter_table('notice_recipient', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_recipient_room_id'), ['room_id'], unique=False)

    op.create_table('notice_scope',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('notice_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.String(length=10), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=True),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('room_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_notice_scope_building_id_building')),
    sa.ForeignKeyConstraint(['notice_id'], ['notice.id'], name=op.f('fk_notice_scope_notice_id_notice')),
    sa.ForeignKeyConstraint(['room_id'], ['room.id'], name=op.f('fk_notice_scope_room_id_room')),
    sa.ForeignKeyConstraint(['unit_id'], ['unit.id'], name=op.f('fk_notice_scope_unit_id_unit')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notice_scope'))
    )
    with op.batch_alter_table('notice_scope', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_notice_scope_notice_id'), ['notice_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('notice_scope', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_scope_notice_id'))
    op.drop_table('notice_scope')
    with op.batch_alter_table('notice_recipient', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_recipient_room_id'))
    op.drop_table('notice_recipient')
    with op.batch_alter_table('notice_posting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_notice_posting_notice_id'))
    op.drop_table('notice_posting')
    with op.batch_alter_table('notice', schema=None) as batch_op:
        batch_op.drop_index('ix_notice_status_valid')
        batch_op.drop_index(batch_op.f('ix_notice_status'))
        batch_op.drop_index('ix_notice_published_at')
        batch_op.drop_index('ix_notice_kind')
        batch_op.drop_index(batch_op.f('ix_notice_corrects_id'))
    op.drop_table('notice')
