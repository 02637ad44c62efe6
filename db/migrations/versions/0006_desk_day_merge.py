"""merge the desk's-day workflows (visits, relay, notices, duty) into one head

Revision ID: 0006_desk_day
Revises: 0002_visits, 0003_relay, 0004_notices, 0005_duty
"""

revision = "0006_desk_day"
down_revision = ("0002_visits", "0003_relay", "0004_notices", "0005_duty")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
