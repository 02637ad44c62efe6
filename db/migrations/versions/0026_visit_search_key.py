"""speed: the visitor register's substring, pinyin and phone-part search (visit_search_key)

The keys are filled by the services after the upgrade (app.services.store.AFTER_UPGRADE: pinyin is the
application's rule, not the schema's).

Revision ID: 0026_visit_search_key
Revises: 0025_room_code_index
Create Date: 2026-12-07 17:05:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0026_visit_search_key"
down_revision = "0025_room_code_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "visit_search_key",
        sa.Column("field", sa.String(5), nullable=False),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.String(50), nullable=False),
        sa.PrimaryKeyConstraint("field", "key", "value", name=op.f("pk_visit_search_key")),
    )


def downgrade() -> None:
    op.drop_table("visit_search_key")
