"""merge: renovation, move-in and leases

Revision ID: 0029_merge_reno_movein_lease
Revises: 0028_renovation, 0028_movein, 0028_lease
Create Date: 2026-12-07 22:45:00
"""

revision = "0029_merge_reno_movein_lease"
down_revision = ("0028_renovation", "0028_movein", "0028_lease")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
