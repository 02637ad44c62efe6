"""vacancy: the unit's key is the cabinet's key record (key_item), not free text

A unit whose free-text key names the slot of a key in the cabinet register is linked to that key (the key
of the unit's own room first, then the newest); any other text stays as it was typed, readable as before.

Revision ID: 0026_vacancy_key
Revises: 0025_room_code_index
Create Date: 2026-12-07 17:30:00
"""
import sqlalchemy as sa
from alembic import op

revision = "0026_vacancy_key"
down_revision = "0025_room_code_index"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # not a batch copy: vacant_inspection rows refer to vacant_unit, and SQLite adds a referencing column
        op.execute("ALTER TABLE vacant_unit ADD COLUMN key_id INTEGER REFERENCES key_item (id)")
    else:
        op.add_column("vacant_unit", sa.Column("key_id", sa.Integer(), nullable=True))
        op.create_foreign_key("fk_vacant_unit_key_id_key_item", "vacant_unit", "key_item", ["key_id"], ["id"])
    op.create_index("ix_vacant_unit_key", "vacant_unit", ["key_id"])
    slot = "k.key_no = UPPER(TRIM(vacant_unit.key_ref)) AND k.status <> 'void'"
    op.execute(
        f"UPDATE vacant_unit SET key_id = COALESCE("
        f"(SELECT MAX(k.id) FROM key_item k WHERE {slot} AND k.room_id = vacant_unit.room_id), "
        f"(SELECT MAX(k.id) FROM key_item k WHERE {slot})) WHERE TRIM(vacant_unit.key_ref) <> ''")


def downgrade() -> None:
    op.drop_index("ix_vacant_unit_key", table_name="vacant_unit")
    if op.get_bind().dialect.name == "sqlite":   # a referencing column cannot be dropped in place
        with op.batch_alter_table("vacant_unit") as batch:
            batch.drop_column("key_id")
    else:
        op.drop_constraint("fk_vacant_unit_key_id_key_item", "vacant_unit", type_="foreignkey")
        op.drop_column("vacant_unit", "key_id")
