"""空置房管理: the vacant-unit register, inspections with their checklist, storm re-inspection batches

Revision ID: 0008_vacancy
Revises: 0006_desk_day
Create Date: 2026-11-28 08:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0008_vacancy"
down_revision = "0006_desk_day"
branch_labels = None
depends_on = None


def _record_columns() -> list:
    """The WorkflowRecord skeleton (status is declared per table)."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
    ]


def _stamps() -> list:
    return [
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "vacant_storm",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("declared_by", sa.Integer(), nullable=True),
        sa.Column("closed", sa.Boolean(), nullable=False),
        *_stamps(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacant_storm")),
    )
    op.create_index("ix_vacant_storm_declared", "vacant_storm", ["declared_at"], unique=False)

    op.create_table(
        "vacant_unit",
        *_record_columns(),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("room_code", sa.String(length=30), nullable=False),
        sa.Column("vacancy_type", sa.String(length=2), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("holder", sa.String(length=12), nullable=False),
        sa.Column("key_ref", sa.String(length=40), nullable=False),
        sa.Column("meter_water", sa.String(length=20), nullable=False),
        sa.Column("meter_power", sa.String(length=20), nullable=False),
        sa.Column("meter_gas", sa.String(length=20), nullable=False),
        sa.Column("fee_arrangement", sa.String(length=100), nullable=False),
        sa.Column("last_inspected_on", sa.Date(), nullable=True),
        sa.Column("removed_on", sa.Date(), nullable=True),
        sa.Column("removal_reason", sa.String(length=12), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_vacant_unit_room_id_room")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacant_unit")),
        sa.UniqueConstraint("number", name=op.f("uq_vacant_unit_number")),
    )
    op.create_index("ix_vacant_unit_due", "vacant_unit", ["status", "last_inspected_on", "id"], unique=False)
    op.create_index("ix_vacant_unit_code", "vacant_unit", ["room_code", "id"], unique=False)
    op.create_index("ix_vacant_unit_room", "vacant_unit", ["room_id", "status"], unique=False)
    op.create_index("ix_vacant_unit_since", "vacant_unit", ["since", "removed_on"], unique=False)

    op.create_table(
        "vacant_inspection",
        *_record_columns(),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("room_code", sa.String(length=30), nullable=False),
        sa.Column("inspected_on", sa.Date(), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=True),
        sa.Column("storm_id", sa.Integer(), nullable=True),
        sa.Column("aired", sa.Boolean(), nullable=False),
        sa.Column("cleaned", sa.Boolean(), nullable=False),
        sa.Column("locked_up", sa.Boolean(), nullable=False),
        sa.Column("anomalies", sa.Integer(), nullable=False),
        sa.Column("action_taken", sa.String(length=300), nullable=False),
        sa.Column("opinion", sa.String(length=500), nullable=False),
        sa.Column("rectify_requirement", sa.String(length=300), nullable=False),
        sa.Column("rectify_deadline", sa.Date(), nullable=True),
        sa.Column("recheck_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.Integer(), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        sa.Column("slip_numbers", sa.String(length=200), nullable=False),
        sa.Column("rectified_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(["unit_id"], ["vacant_unit.id"],
                                name=op.f("fk_vacant_inspection_unit_id_vacant_unit")),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], name=op.f("fk_vacant_inspection_room_id_room")),
        sa.ForeignKeyConstraint(["inspector_id"], ["staff.id"],
                                name=op.f("fk_vacant_inspection_inspector_id_staff")),
        sa.ForeignKeyConstraint(["storm_id"], ["vacant_storm.id"],
                                name=op.f("fk_vacant_inspection_storm_id_vacant_storm")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacant_inspection")),
        sa.UniqueConstraint("number", name=op.f("uq_vacant_inspection_number")),
    )
    op.create_index("ix_vacant_inspection_date", "vacant_inspection", ["inspected_on", "id"], unique=False)
    op.create_index("ix_vacant_inspection_unit", "vacant_inspection", ["unit_id", "inspected_on"], unique=False)
    op.create_index("ix_vacant_inspection_state", "vacant_inspection", ["status", "inspected_on", "id"],
                    unique=False)
    op.create_index("ix_vacant_inspection_storm", "vacant_inspection", ["storm_id", "unit_id"], unique=False)

    op.create_table(
        "vacant_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("item", sa.String(length=20), nullable=False),
        sa.Column("ok", sa.Boolean(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("route", sa.String(length=12), nullable=False),
        sa.Column("photo", sa.String(length=260), nullable=False),
        sa.ForeignKeyConstraint(["inspection_id"], ["vacant_inspection.id"],
                                name=op.f("fk_vacant_check_inspection_id_vacant_inspection")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vacant_check")),
    )
    op.create_index("ix_vacant_check_inspection", "vacant_check", ["inspection_id", "seq"], unique=False)


def downgrade() -> None:
    op.drop_table("vacant_check")
    op.drop_table("vacant_inspection")
    op.drop_table("vacant_unit")
    op.drop_table("vacant_storm")
