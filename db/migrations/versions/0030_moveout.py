"""撤租: the move-outs (CZ…) and their lines

Revision ID: 0030_moveout
Revises: 0029_merge_reno_movein_lease
Create Date: 2026-12-08 01:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0030_moveout"
down_revision = "0029_merge_reno_movein_lease"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "moveout",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("room_code", sa.String(length=30), nullable=False),
        sa.Column("lease_id", sa.Integer(), nullable=False),
        sa.Column("tenant_name", sa.String(length=50), nullable=False),
        sa.Column("owner_name", sa.String(length=50), nullable=False),
        sa.Column("applicant", sa.String(length=50), nullable=False),
        sa.Column("applicant_role", sa.String(length=12), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("applied_on", sa.Date(), nullable=False),
        sa.Column("planned_date", sa.Date(), nullable=False),
        sa.Column("actual_date", sa.Date(), nullable=True),
        sa.Column("consent_kind", sa.String(length=16), nullable=False),
        sa.Column("consent_at", sa.DateTime(), nullable=True),
        sa.Column("consent_by", sa.String(length=50), nullable=False),
        sa.Column("inspector", sa.String(length=50), nullable=False),
        sa.Column("inspected_at", sa.DateTime(), nullable=True),
        sa.Column("cards_issued", sa.Integer(), nullable=False),
        sa.Column("cards_returned", sa.Integer(), nullable=True),
        sa.Column("keys_returned", sa.Integer(), nullable=True),
        sa.Column("passes_returned", sa.Integer(), nullable=True),
        sa.Column("missing_note", sa.String(length=200), nullable=False),
        sa.Column("settled_at", sa.DateTime(), nullable=True),
        sa.Column("release_slip_no", sa.String(length=30), nullable=False),
        sa.Column("deposit_held", sa.Integer(), nullable=False),
        sa.Column("deducted", sa.Integer(), nullable=False),
        sa.Column("refunded", sa.Integer(), nullable=False),
        sa.Column("refunded_at", sa.DateTime(), nullable=True),
        sa.Column("refund_no", sa.String(length=30), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_moveout_room_id_room")),
        sa.ForeignKeyConstraint(["lease_id"], ["lease.id"], name=op.f("fk_moveout_lease_id_lease")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moveout")),
        sa.UniqueConstraint("number", name=op.f("uq_moveout_number")),
    )
    op.create_index("ix_moveout_room", "moveout", ["room_id", "status"], unique=False)
    op.create_index("ix_moveout_state", "moveout", ["status", "id"], unique=False)
    op.create_index(op.f("ix_moveout_status"), "moveout", ["status"], unique=False)
    op.create_table(
        "moveout_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("moveout_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("location", sa.String(length=30), nullable=False),
        sa.Column("item", sa.String(length=200), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["moveout_id"], ["moveout.id"], name=op.f("fk_moveout_line_moveout_id_moveout")),
        sa.ForeignKeyConstraint(["bill_id"], ["fee_bill.id"], name=op.f("fk_moveout_line_bill_id_fee_bill")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_moveout_line")),
    )
    op.create_index("ix_moveout_line_case", "moveout_line", ["moveout_id", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_moveout_line_case", table_name="moveout_line")
    op.drop_table("moveout_line")
    op.drop_index(op.f("ix_moveout_status"), table_name="moveout")
    op.drop_index("ix_moveout_state", table_name="moveout")
    op.drop_index("ix_moveout_room", table_name="moveout")
    op.drop_table("moveout")
