"""speed: rooms looked up by their code alone (the (estate_id, code) key does not serve it)

Revision ID: 0025_room_code_index
Revises: 0024_merge_fees_signoff
Create Date: 2026-12-07 15:30:00
"""
from alembic import op


revision = "0025_room_code_index"
down_revision = "0024_merge_fees_signoff"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_room_code", "room", ["code"])


def downgrade() -> None:
    op.drop_index("ix_room_code", table_name="room")
