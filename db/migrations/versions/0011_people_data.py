"""real-world people data: phones in one stored form; calendar days know whether they are official

* Every stored phone becomes the canonical form of app.domain.phones: the digits as dialled inside China
  (``0755-28881234`` → ``075528881234``; an extension follows a hyphen: ``075528881234-808``). Mobiles
  were stored that way already. Values that are not a landline of the old form are left as they are.
* ``calendar_day.source``: ``official`` for days seeded from the ``chinesecalendar`` package, ``manual``
  for the supervisor's own entries, which updates never touch. Existing rows were typed by hand.

The search index (pinyin of surnames, parts of phone numbers) and the official holiday schedule are
refreshed by the services right after this upgrade (app.services.store.AFTER_UPGRADE), not here, so this
file depends on nothing but its own SQL.

Revision ID: 0011_people_data
Revises: 0010_property
Create Date: 2026-12-07 05:00:00
"""
import re

from alembic import op
import sqlalchemy as sa


revision = "0011_people_data"
down_revision = "0010_property"
branch_labels = None
depends_on = None

PHONE_COLUMNS = {
    "person": ("id", ("mobile", "other_phone")),
    "staff": ("id", ("phone",)),
    "visit": ("id", ("phone",)),
    "visit_watch": ("id", ("phone",)),
    "work_slip": ("id", ("customer_phone",)),
    "parcel": ("id", ("addressee_phone",)),
    "key_loan": ("id", ("phone",)),
    "work_log": ("id", ("phone",)),
    "notice": ("id", ("contact_phone",)),
}
_OLD_LANDLINE = re.compile(r"(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?")


def canonical(value: str) -> str:
    match = _OLD_LANDLINE.fullmatch(re.sub(r"\s", "", value or ""))
    if not match:
        return value
    return match.group(1) + match.group(2) + (f"-{match.group(3)}" if match.group(3) else "")


def upgrade() -> None:
    conn = op.get_bind()
    tables = set(sa.inspect(conn).get_table_names())
    for table, (key, columns) in PHONE_COLUMNS.items():
        if table not in tables:
            continue
        for column in columns:
            rows = conn.execute(sa.text(f"SELECT {key}, {column} FROM {table} WHERE {column} LIKE '0%'"))
            changes = [{"k": k, "v": canonical(v)} for k, v in rows if canonical(v) != v]
            if changes:
                conn.execute(sa.text(f"UPDATE {table} SET {column} = :v WHERE {key} = :k"), changes)
    with op.batch_alter_table("calendar_day") as batch:
        batch.add_column(sa.Column("source", sa.String(length=8), nullable=False, server_default="manual"))


def downgrade() -> None:
    with op.batch_alter_table("calendar_day") as batch:
        batch.drop_column("source")
