"""钥匙管理: the key cabinet, key loans and stock-takes

Revision ID: 0007_keys
Revises: 0006_desk_day
Create Date: 2026-11-28 08:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0007_keys"
down_revision = "0006_desk_day"
branch_labels = None
depends_on = None


def _stamps() -> list[sa.Column]:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "key_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_no", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("category", sa.String(length=12), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("room_code", sa.String(length=30), nullable=False),
        sa.Column("location", sa.String(length=60), nullable=False),
        sa.Column("description", sa.String(length=100), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("missing_count", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("entrust_no", sa.String(length=30), nullable=False),
        sa.Column("entrusted_at", sa.DateTime(), nullable=True),
        sa.Column("entrusted_by", sa.String(length=30), nullable=False),
        sa.Column("entrusted_person_id", sa.Integer(), nullable=True),
        sa.Column("entrust_reason", sa.String(length=200), nullable=False),
        sa.Column("pickup_rule", sa.String(length=200), nullable=False),
        sa.Column("received_by", sa.Integer(), nullable=True),
        sa.Column("label_printed", sa.Boolean(), nullable=False),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_key_item_room_id_room")),
        sa.ForeignKeyConstraint(["entrusted_person_id"], ["person.id"],
                                name=op.f("fk_key_item_entrusted_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_item")),
    )
    op.create_index("ix_key_item_slot", "key_item", ["key_no", "status"], unique=False)
    op.create_index("ix_key_item_room", "key_item", ["room_id", "id"], unique=False)
    op.create_index("ix_key_item_state", "key_item", ["status", "key_no"], unique=False)

    op.create_table(
        "key_loan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("key_no", sa.String(length=20), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("room_code", sa.String(length=60), nullable=False),
        sa.Column("borrower_name", sa.String(length=30), nullable=False),
        sa.Column("borrower_type", sa.String(length=12), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("id_type", sa.String(length=12), nullable=False),
        sa.Column("id_number", sa.String(length=30), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("purpose", sa.String(length=12), nullable=False),
        sa.Column("purpose_text", sa.String(length=200), nullable=False),
        sa.Column("authorisation", sa.String(length=12), nullable=False),
        sa.Column("authoriser", sa.String(length=30), nullable=False),
        sa.Column("emergency", sa.Boolean(), nullable=False),
        sa.Column("approved_by", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column("owner_notified_at", sa.DateTime(), nullable=True),
        sa.Column("owner_notified", sa.String(length=100), nullable=False),
        sa.Column("lent_at", sa.DateTime(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("count_out", sa.Integer(), nullable=False),
        sa.Column("count_in", sa.Integer(), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("returned_by", sa.String(length=30), nullable=False),
        sa.Column("received_by", sa.Integer(), nullable=True),
        sa.Column("extensions", sa.Integer(), nullable=False),
        sa.Column("extension_reason", sa.String(length=200), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["key_id"], ["key_item.id"], name=op.f("fk_key_loan_key_id_key_item")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_key_loan_room_id_room")),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_key_loan_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_loan")),
        sa.UniqueConstraint("number", name=op.f("uq_key_loan_number")),
    )
    op.create_index("ix_key_loan_due", "key_loan", ["status", "due_at", "id"], unique=False)
    op.create_index("ix_key_loan_key", "key_loan", ["key_id", "lent_at"], unique=False)
    op.create_index("ix_key_loan_room", "key_loan", ["room_id", "lent_at"], unique=False)
    op.create_index("ix_key_loan_lent", "key_loan", ["lent_at", "id"], unique=False)

    op.create_table(
        "key_stocktake",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("keys_counted", sa.Integer(), nullable=False),
        sa.Column("discrepancies", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_stocktake")),
    )
    op.create_index("ix_key_stocktake_at", "key_stocktake", ["taken_at"], unique=False)

    op.create_table(
        "key_stocktake_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stocktake_id", sa.Integer(), nullable=False),
        sa.Column("key_id", sa.Integer(), nullable=False),
        sa.Column("key_no", sa.String(length=20), nullable=False),
        sa.Column("expected_state", sa.String(length=20), nullable=False),
        sa.Column("expected_count", sa.Integer(), nullable=False),
        sa.Column("found_count", sa.Integer(), nullable=False),
        sa.Column("result", sa.String(length=12), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(["stocktake_id"], ["key_stocktake.id"],
                                name=op.f("fk_key_stocktake_line_stocktake_id_key_stocktake")),
        sa.ForeignKeyConstraint(["key_id"], ["key_item.id"], name=op.f("fk_key_stocktake_line_key_id_key_item")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_key_stocktake_line")),
    )
    op.create_index("ix_key_stocktake_line_take", "key_stocktake_line", ["stocktake_id", "key_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_table("key_stocktake_line")
    op.drop_table("key_stocktake")
    op.drop_table("key_loan")
    op.drop_table("key_item")
