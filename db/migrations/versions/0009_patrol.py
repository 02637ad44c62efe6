"""公共区域巡查: routes, checkpoints, patrols, checkpoint results and findings

Revision ID: 0009_patrol
Revises: 0006_desk_day
Create Date: 2026-11-28 07:45:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0009_patrol"
down_revision = "0006_desk_day"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("patrol_route",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("area", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_route")),
        sa.UniqueConstraint("name", name=op.f("uq_patrol_route_name"))
    )
    op.create_index("ix_patrol_route_list", "patrol_route", ["active", "sort_order", "id"], unique=False)
    op.create_table("patrol",
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("patrol_date", sa.Date(), nullable=False),
        sa.Column("shift", sa.String(length=12), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=True),
        sa.Column("route_name", sa.String(length=40), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=True),
        sa.Column("inspector_name", sa.String(length=30), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.Column("points_total", sa.Integer(), nullable=False),
        sa.Column("points_checked", sa.Integer(), nullable=False),
        sa.Column("points_abnormal", sa.Integer(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["route_id"], ["patrol_route.id"], name=op.f("fk_patrol_route_id_patrol_route")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol")),
        sa.UniqueConstraint("number", name=op.f("uq_patrol_number"))
    )
    op.create_index("ix_patrol_day", "patrol", ["patrol_date", "id"], unique=False)
    op.create_index("ix_patrol_state", "patrol", ["status", "patrol_date", "id"], unique=False)
    op.create_table("patrol_checkpoint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("items", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["route_id"], ["patrol_route.id"],
                                name=op.f("fk_patrol_checkpoint_route_id_patrol_route")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_checkpoint"))
    )
    op.create_index("ix_patrol_checkpoint_route", "patrol_checkpoint", ["route_id", "active", "seq", "id"],
                    unique=False)
    op.create_table("patrol_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patrol_id", sa.Integer(), nullable=False),
        sa.Column("checkpoint_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("point_name", sa.String(length=40), nullable=False),
        sa.Column("result", sa.String(length=10), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("photo", sa.String(length=260), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("issue_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["checkpoint_id"], ["patrol_checkpoint.id"],
                                name=op.f("fk_patrol_check_checkpoint_id_patrol_checkpoint")),
        sa.ForeignKeyConstraint(["patrol_id"], ["patrol.id"], name=op.f("fk_patrol_check_patrol_id_patrol")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_check"))
    )
    op.create_index("ix_patrol_check_point", "patrol_check", ["patrol_id", "checkpoint_id"], unique=True)
    op.create_table("patrol_issue",
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("patrol_id", sa.Integer(), nullable=True),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("category", sa.String(length=12), nullable=False),
        sa.Column("severity", sa.String(length=10), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("photo", sa.String(length=260), nullable=False),
        sa.Column("handled_on_site", sa.Boolean(), nullable=False),
        sa.Column("dept", sa.String(length=20), nullable=False),
        sa.Column("relay_slip_no", sa.String(length=30), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("original_due_at", sa.DateTime(), nullable=False),
        sa.Column("requested_due_at", sa.DateTime(), nullable=True),
        sa.Column("extension_reason", sa.String(length=200), nullable=False),
        sa.Column("extension_approved_by", sa.Integer(), nullable=True),
        sa.Column("fixed_at", sa.DateTime(), nullable=True),
        sa.Column("fix_note", sa.String(length=200), nullable=False),
        sa.Column("fix_photo", sa.String(length=260), nullable=False),
        sa.Column("verified_by", sa.Integer(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=30), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("owner_staff_id", sa.Integer(), nullable=True),
        sa.Column("handler_id", sa.Integer(), nullable=True),
        sa.Column("void_reason", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["patrol_id"], ["patrol.id"], name=op.f("fk_patrol_issue_patrol_id_patrol")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrol_issue")),
        sa.UniqueConstraint("number", name=op.f("uq_patrol_issue_number"))
    )
    op.create_index("ix_patrol_issue_due", "patrol_issue", ["status", "due_at", "id"], unique=False)
    op.create_index("ix_patrol_issue_found", "patrol_issue", ["found_at", "id"], unique=False)
    op.create_index("ix_patrol_issue_location", "patrol_issue", ["location", "found_at"], unique=False)
    op.create_index("ix_patrol_issue_patrol", "patrol_issue", ["patrol_id"], unique=False)


def downgrade() -> None:
    op.drop_table("patrol_issue")
    op.drop_table("patrol_check")
    op.drop_table("patrol_checkpoint")
    op.drop_table("patrol")
    op.drop_table("patrol_route")
