"""merge the property workflows (keys, vacant units, common-area patrol) into one head

Revision ID: 0010_property
Revises: 0007_keys, 0008_vacancy, 0009_patrol
"""

revision = "0010_property"
down_revision = ("0007_keys", "0008_vacancy", "0009_patrol")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
