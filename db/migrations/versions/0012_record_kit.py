"""record kit: running clocks, attachments, links between records, effective time of events

Revision ID: 0012_record_kit
Revises: 0011_people_data
Create Date: 2026-12-07 06:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0012_record_kit"
down_revision = "0011_people_data"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("record_clock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("clock", sa.String(length=20), nullable=False),
        sa.Column("point", sa.Integer(), nullable=False),
        sa.Column("unit", sa.String(length=10), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("running_since", sa.DateTime(), nullable=True),
        sa.Column("paused_at", sa.DateTime(), nullable=True),
        sa.Column("stopped_at", sa.DateTime(), nullable=True),
        sa.Column("spent_s", sa.Integer(), nullable=False),
        sa.Column("budget_s", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=True),
        sa.Column("deadline_at", sa.DateTime(), nullable=True),
        sa.Column("late", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_clock")),
        sa.UniqueConstraint("kind", "record_id", "clock", "point", name=op.f("uq_record_clock_kind_record_id_clock_point")),
    )
    op.create_index("ix_record_clock_due", "record_clock", ["kind", "clock", "point", "due_at"], unique=False)
    op.create_table("attachment_blob",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime", sa.String(length=80), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumb", sa.LargeBinary(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_blob")),
        sa.UniqueConstraint("sha256", name=op.f("uq_attachment_blob_sha256")),
    )
    op.create_table("attachment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=30), nullable=False),
        sa.Column("blob_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("missing_path", sa.String(length=500), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.ForeignKeyConstraint(["blob_id"], ["attachment_blob.id"],
                                name=op.f("fk_attachment_blob_id_attachment_blob")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    op.create_index("ix_attachment_record", "attachment", ["kind", "record_id", "id"], unique=False)
    op.create_table("record_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("from_kind", sa.String(length=20), nullable=False),
        sa.Column("from_id", sa.Integer(), nullable=False),
        sa.Column("to_kind", sa.String(length=20), nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=False),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_link")),
    )
    op.create_index("ix_record_link_from", "record_link", ["from_kind", "from_id"], unique=False)
    op.create_index("ix_record_link_to", "record_link", ["to_kind", "to_id"], unique=False)
    with op.batch_alter_table("workflow_event") as batch:
        batch.add_column(sa.Column("recorded_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workflow_event") as batch:
        batch.drop_column("recorded_at")
    op.drop_table("record_link")
    op.drop_table("attachment")
    op.drop_table("attachment_blob")
    op.drop_table("record_clock")
