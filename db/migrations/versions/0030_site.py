"""site: renovation site supervision (装修现场管理): patrols and violation notices

Revision ID: 0030_site
Revises: 0029_merge_reno_movein_lease
Create Date: 2026-12-08 00:48:05.775851
"""
from alembic import op
import sqlalchemy as sa


revision = '0030_site'
down_revision = '0029_merge_reno_movein_lease'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('site_patrol',
    sa.Column('renovation_id', sa.Integer(), nullable=False),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('inspector_id', sa.Integer(), nullable=True),
    sa.Column('patrolled_at', sa.DateTime(), nullable=False),
    sa.Column('patrolled_on', sa.Date(), nullable=False),
    sa.Column('presence', sa.String(length=12), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=True),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('violations', sa.String(length=120), nullable=False),
    sa.Column('findings', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
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
    sa.ForeignKeyConstraint(['renovation_id'], ['renovation.id'], name=op.f('fk_site_patrol_renovation_id_renovation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_patrol')),
    sa.UniqueConstraint('number', name=op.f('uq_site_patrol_number'))
    )
    with op.batch_alter_table('site_patrol', schema=None) as batch_op:
        batch_op.create_index('ix_site_patrol_case', ['renovation_id', 'patrolled_on'], unique=False)
        batch_op.create_index('ix_site_patrol_day', ['patrolled_on', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_patrol_status'), ['status'], unique=False)

    op.create_table('site_notice',
    sa.Column('patrol_id', sa.Integer(), nullable=False),
    sa.Column('renovation_id', sa.Integer(), nullable=False),
    sa.Column('room_code', sa.String(length=30), nullable=False),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('clause', sa.String(length=100), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('issued_by', sa.Integer(), nullable=True),
    sa.Column('stop_work', sa.Boolean(), nullable=False),
    sa.Column('deduction', sa.Integer(), nullable=True),
    sa.Column('receiver', sa.String(length=30), nullable=False),
    sa.Column('refused', sa.Boolean(), nullable=False),
    sa.Column('complaint_no', sa.String(length=30), nullable=False),
    sa.Column('stopped_case', sa.Boolean(), nullable=False),
    sa.Column('recheck_at', sa.DateTime(), nullable=True),
    sa.Column('recheck_result', sa.Text(), nullable=False),
    sa.Column('authority', sa.String(length=60), nullable=False),
    sa.Column('deduction_id', sa.Integer(), nullable=True),
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
    sa.ForeignKeyConstraint(['deduction_id'], ['renovation_deduction.id'], name=op.f('fk_site_notice_deduction_id_renovation_deduction')),
    sa.ForeignKeyConstraint(['patrol_id'], ['site_patrol.id'], name=op.f('fk_site_notice_patrol_id_site_patrol')),
    sa.ForeignKeyConstraint(['renovation_id'], ['renovation.id'], name=op.f('fk_site_notice_renovation_id_renovation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_notice')),
    sa.UniqueConstraint('number', name=op.f('uq_site_notice_number'))
    )
    with op.batch_alter_table('site_notice', schema=None) as batch_op:
        batch_op.create_index('ix_site_notice_case', ['renovation_id', 'status'], unique=False)
        batch_op.create_index('ix_site_notice_state', ['status', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_site_notice_status'), ['status'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('site_notice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_notice_status'))
        batch_op.drop_index('ix_site_notice_state')
        batch_op.drop_index('ix_site_notice_case')

    op.drop_table('site_notice')
    with op.batch_alter_table('site_patrol', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_site_patrol_status'))
        batch_op.drop_index('ix_site_patrol_day')
        batch_op.drop_index('ix_site_patrol_case')

    op.drop_table('site_patrol')
