"""零星入住: the move-in record, its joint-inspection lines and the developer's handover list

Revision ID: 0028_movein
Revises: 0027_merge_vacancy_visit_search
Create Date: 2026-12-07 21:10:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0028_movein"
down_revision = "0027_merge_vacancy_visit_search"
branch_labels = None
depends_on = None


def _stamps() -> list:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    ]


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sa.String(length=length), nullable=False)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "move_in",
        sa.Column("id", sa.Integer(), nullable=False),
        _text("number", 30), _text("status", 20),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        _text("void_reason", 200),
        sa.Column("room_id", sa.Integer(), nullable=False),
        _text("room_code", 30), _text("owner_name", 30), _text("id_type", 12), _text("id_number", 30),
        _text("phone", 20), _text("agent_name", 30), _text("agent_id_number", 30), _text("notice_no", 30),
        _flag("doc_notice"), _flag("doc_id"), _flag("doc_contract"), _flag("doc_authorisation"),
        _flag("developer_match"),
        sa.Column("inspected_on", sa.Date(), nullable=True),
        _text("inspectors", 60),
        sa.Column("meter_water", sa.Integer(), nullable=True),
        sa.Column("meter_power", sa.Integer(), nullable=True),
        sa.Column("meter_gas", sa.Integer(), nullable=True),
        sa.Column("defects", sa.Integer(), nullable=False),
        _flag("owner_signed"), _text("slip_numbers", 300), _text("hold_reason", 200),
        _flag("agr_service"), _flag("agr_rules"), _flag("agr_renovation"), _flag("agr_parking"),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("handover_date", sa.Date(), nullable=True),
        sa.Column("fee_start_date", sa.Date(), nullable=True),
        sa.Column("prepay_months", sa.Integer(), nullable=False),
        _text("receipt_no", 30),
        sa.Column("fees_total", sa.Integer(), nullable=True),
        sa.Column("paid_at", sa.DateTime(), nullable=True),
        sa.Column("keys_count", sa.Integer(), nullable=False),
        _text("key_slots", 200),
        sa.Column("keys_handed_at", sa.DateTime(), nullable=True),
        sa.Column("cards_count", sa.Integer(), nullable=False),
        _text("card_nos", 200), _text("docs_handed", 100), _text("occupancy", 20), _text("received_by", 30),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        _text("vehicles", 100),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_move_in_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_move_in")),
        sa.UniqueConstraint("number", name=op.f("uq_move_in_number")),
    )
    op.create_index("ix_move_in_room", "move_in", ["room_id", "status"], unique=False)
    op.create_index("ix_move_in_state", "move_in", ["status", "id"], unique=False)
    op.create_index("ix_move_in_done", "move_in", ["completed_at"], unique=False)

    op.create_table(
        "move_in_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("move_in_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        _text("item", 20), _flag("ok"), _text("note", 200), _text("slip_no", 30),
        sa.ForeignKeyConstraint(["move_in_id"], ["move_in.id"], name=op.f("fk_move_in_check_move_in_id_move_in")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_move_in_check")),
    )
    op.create_index("ix_move_in_check_case", "move_in_check", ["move_in_id", "seq"], unique=False)

    op.create_table(
        "move_in_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        _text("room_code", 30), _text("buyer_name", 50), _text("id_number", 30), _text("phone", 20),
        _text("contract_no", 40), _text("source", 200),
        *_stamps(),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_move_in_list_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_move_in_list")),
    )
    op.create_index("ix_move_in_list_room", "move_in_list", ["room_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_move_in_list_room", table_name="move_in_list")
    op.drop_table("move_in_list")
    op.drop_index("ix_move_in_check_case", table_name="move_in_check")
    op.drop_table("move_in_check")
    for name in ("ix_move_in_done", "ix_move_in_state", "ix_move_in_room"):
        op.drop_index(name, table_name="move_in")
    op.drop_table("move_in")
