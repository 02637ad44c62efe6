"""the supervisor's daily sign-off (主管日审), and the day's events read by their time

Revision ID: 0023_day_signoff
Revises: 0019_auth_stamp
Create Date: 2026-12-07 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0023_day_signoff"
down_revision = "0019_auth_stamp"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("day_signoff",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("signed_by", sa.Integer(), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("items", sa.Integer(), nullable=False),
        sa.Column("unusual", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["signed_by"], ["staff.id"], name=op.f("fk_day_signoff_signed_by_staff")),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_day_signoff")),
    )
    op.create_index("ix_workflow_event_at", "workflow_event", ["at"])


def downgrade() -> None:
    op.drop_index("ix_workflow_event_at", table_name="workflow_event")
    op.drop_table("day_signoff")
