"""merge: the vacancy key link and the visitor register's search keys

Revision ID: 0027_merge_vacancy_visit_search
Revises: 0026_vacancy_key, 0026_visit_search_key
Create Date: 2026-12-07 20:10:00
"""

revision = "0027_merge_vacancy_visit_search"
down_revision = ("0026_vacancy_key", "0026_visit_search_key")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
