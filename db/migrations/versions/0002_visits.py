"""来访接待: the visitor register and the watchlist

Revision ID: 0002_visits
Revises: 0001
Create Date: 2026-11-28 07:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0002_visits"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=10), nullable=False),
        sa.Column("arrival_at", sa.DateTime(), nullable=False),
        sa.Column("visitor_name", sa.String(length=30), nullable=False),
        sa.Column("id_type", sa.String(length=12), nullable=False),
        sa.Column("id_number", sa.String(length=30), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("phone_tail", sa.String(length=4), nullable=False),
        sa.Column("unit_or_address", sa.String(length=100), nullable=False),
        sa.Column("companions", sa.Integer(), nullable=False),
        sa.Column("plate", sa.String(length=12), nullable=False),
        sa.Column("purpose", sa.String(length=20), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=True),
        sa.Column("room_code", sa.String(length=30), nullable=False),
        sa.Column("host_name", sa.String(length=30), nullable=False),
        sa.Column("items_carried", sa.String(length=200), nullable=False),
        sa.Column("contact_started_at", sa.DateTime(), nullable=True),
        sa.Column("host_contact_method", sa.String(length=12), nullable=False),
        sa.Column("host_result", sa.String(length=12), nullable=False),
        sa.Column("host_contact_at", sa.DateTime(), nullable=True),
        sa.Column("pass_no", sa.String(length=20), nullable=False),
        sa.Column("admitted_at", sa.DateTime(), nullable=True),
        sa.Column("departure_at", sa.DateTime(), nullable=True),
        sa.Column("pass_returned", sa.Boolean(), nullable=False),
        sa.Column("handled_at", sa.DateTime(), nullable=True),
        sa.Column("linked_record", sa.String(length=40), nullable=False),
        sa.Column("outcome", sa.String(length=200), nullable=False),
        sa.Column("watch_note", sa.String(length=200), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_visit_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit")),
        sa.UniqueConstraint("number", name=op.f("uq_visit_number")),
    )
    op.create_index("ix_visit_arrival", "visit", ["arrival_at", "id"], unique=False)
    op.create_index("ix_visit_state", "visit", ["status", "arrival_at", "id", "category", "purpose"],
                    unique=False)
    op.create_index("ix_visit_category", "visit", ["category", "arrival_at", "id", "handled_at"], unique=False)
    op.create_index("ix_visit_purpose", "visit", ["purpose", "arrival_at"], unique=False)
    op.create_index("ix_visit_room", "visit", ["room_code", "arrival_at", "id"], unique=False)
    op.create_index("ix_visit_room_id", "visit", ["room_id", "arrival_at"], unique=False)
    op.create_index("ix_visit_name", "visit", ["visitor_name", "arrival_at", "id"], unique=False)
    op.create_index("ix_visit_phone", "visit", ["phone", "arrival_at", "id"], unique=False)
    op.create_index("ix_visit_tail", "visit", ["phone_tail", "arrival_at", "id"], unique=False)
    op.create_index("ix_visit_doc", "visit", ["id_number", "arrival_at", "id"], unique=False)

    op.create_table(
        "visit_watch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("id_type", sa.String(length=12), nullable=False),
        sa.Column("id_number", sa.String(length=30), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("added_by", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_visit_watch")),
    )
    op.create_index("ix_visit_watch_doc", "visit_watch", ["id_number"], unique=False)
    op.create_index("ix_visit_watch_phone", "visit_watch", ["phone"], unique=False)
    op.create_index("ix_visit_watch_name", "visit_watch", ["name"], unique=False)
    op.create_index("ix_visit_watch_list", "visit_watch", ["active", "name", "id"], unique=False)


def downgrade() -> None:
    op.drop_table("visit_watch")
    op.drop_table("visit")
