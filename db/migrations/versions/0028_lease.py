"""房屋租赁: the owners' leases (ZL…)

Revision ID: 0028_lease
Revises: 0027_merge_vacancy_visit_search
Create Date: 2026-12-07 21:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0028_lease"
down_revision = "0027_merge_vacancy_visit_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "lease",
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("room_code", sa.String(length=30), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("owner_name", sa.String(length=50), nullable=False),
        sa.Column("tenant_person_id", sa.Integer(), nullable=True),
        sa.Column("tenant_type", sa.String(length=12), nullable=False),
        sa.Column("tenant_name", sa.String(length=50), nullable=False),
        sa.Column("id_type", sa.String(length=12), nullable=False),
        sa.Column("id_number", sa.String(length=30), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("co_residents", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("rent", sa.Integer(), nullable=True),
        sa.Column("fee_payer", sa.String(length=12), nullable=False),
        sa.Column("deposits", sa.String(length=100), nullable=False),
        sa.Column("access_cards", sa.String(length=200), nullable=False),
        sa.Column("police_reminded_at", sa.DateTime(), nullable=True),
        sa.Column("prior_occupancy", sa.String(length=20), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
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
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_lease_room_id_room")),
        sa.ForeignKeyConstraint(["owner_person_id"], ["person.id"], name=op.f("fk_lease_owner_person_id_person")),
        sa.ForeignKeyConstraint(["tenant_person_id"], ["person.id"], name=op.f("fk_lease_tenant_person_id_person")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lease")),
        sa.UniqueConstraint("number", name=op.f("uq_lease_number")),
    )
    op.create_index("ix_lease_room", "lease", ["room_id", "status"], unique=False)
    op.create_index("ix_lease_state_end", "lease", ["status", "end_date", "id"], unique=False)
    op.create_index(op.f("ix_lease_status"), "lease", ["status"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_lease_status"), table_name="lease")
    op.drop_index("ix_lease_state_end", table_name="lease")
    op.drop_index("ix_lease_room", table_name="lease")
    op.drop_table("lease")
