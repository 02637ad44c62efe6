"""merge the parallel branches: fees (0020) and the daily sign-off (0023)

Revision ID: 0024_merge_fees_signoff
Revises: 0020_fees, 0023_day_signoff
Create Date: 2026-12-07 15:15:00
"""

revision = "0024_merge_fees_signoff"
down_revision = ("0020_fees", "0023_day_signoff")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
