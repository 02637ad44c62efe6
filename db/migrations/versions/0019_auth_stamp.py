"""reliability: the accounts' security stamp (revocation reaches open sessions)

Revision ID: 0019_auth_stamp
Revises: 0018_visits_vacancy_kit
Create Date: 2026-12-07 09:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = "0019_auth_stamp"
down_revision = "0018_visits_vacancy_kit"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table("auth_stamp",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("stamp", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_auth_stamp"))
    )
    op.bulk_insert(table, [{"id": 1, "stamp": 0}])


def downgrade() -> None:
    op.drop_table("auth_stamp")
