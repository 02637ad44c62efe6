"""merge: move-out, goods release and site supervision

Revision ID: 0031_merge_moveout_release_site
Revises: 0030_moveout, 0030_release, 0030_site
Create Date: 2026-12-08 02:10:00
"""

revision = "0031_merge_moveout_release_site"
down_revision = ("0030_moveout", "0030_release", "0030_site")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
