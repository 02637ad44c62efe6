"""keys on the record kit: a loan's due time moves into record_clock

The due time of every key loan becomes the loan's ``due`` clock (``record_clock``): running for a loan still
out, stopped when it was returned, lost or voided (the time of that event), so the overdue and due lists read
the clock index like every other workflow's; ``key_loan.due_at`` and its index go, and the list by state gets
an index in its own order (status, lent_at). Clock rows the record kit already wrote are left as they are.

Revision ID: 0015_keys_kit
Revises: 0014_complaints
Create Date: 2026-12-08 09:00:00
"""
from datetime import datetime

from alembic import op
import sqlalchemy as sa


revision = "0015_keys_kit"
down_revision = "0014_complaints"
branch_labels = None
depends_on = None

CLOCK = sa.table("record_clock", *(sa.column(c) for c in (
    "kind", "record_id", "clock", "point", "unit", "started_at", "running_since", "paused_at", "stopped_at",
    "spent_s", "budget_s", "due_at", "deadline_at", "late")))
ENDED = ("returned", "lost", "void")


def _dt(value):
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _clock(loan_id, lent, due, stopped):
    """The loan's clock: from lending to its due time, running, or stopped at ``stopped``."""
    lent, due, stopped = _dt(lent), _dt(due), _dt(stopped)
    budget = max(int((due - lent).total_seconds()), 0)
    spent = max(int((stopped - lent).total_seconds()), 0) if stopped else 0
    return {"kind": "key_loan", "record_id": loan_id, "clock": "due", "point": 100, "unit": "calendar",
            "started_at": lent, "running_since": None if stopped else lent, "paused_at": None,
            "stopped_at": stopped, "spent_s": spent, "budget_s": budget, "due_at": None if stopped else due,
            "deadline_at": due, "late": bool(stopped and spent > budget)}


def upgrade() -> None:
    bind = op.get_bind()
    ended = dict(bind.execute(sa.text(
        "SELECT record_id, MAX(at) FROM workflow_event WHERE kind = 'key_loan' AND to_state IN "
        "('returned', 'lost', 'void') GROUP BY record_id")).all())
    have = set(bind.execute(sa.text("SELECT record_id FROM record_clock WHERE kind = 'key_loan' AND clock = 'due' "
                                    "AND point = 100")).scalars())
    rows = []
    for loan_id, status, lent, due, returned, updated in bind.execute(sa.text(
            "SELECT id, status, lent_at, due_at, returned_at, updated_at FROM key_loan ORDER BY id")):
        if loan_id in have:
            continue
        stopped = (ended.get(loan_id) or returned or updated) if status in ENDED else None
        rows.append(_clock(loan_id, lent, due, stopped))
    for start in range(0, len(rows), 500):
        op.bulk_insert(CLOCK, rows[start:start + 500])
    with op.batch_alter_table("key_loan") as batch:
        batch.drop_index("ix_key_loan_due")
        batch.drop_column("due_at")
        batch.create_index("ix_key_loan_state", ["status", "lent_at", "id"])


def downgrade() -> None:
    with op.batch_alter_table("key_loan") as batch:
        batch.drop_index("ix_key_loan_state")
        batch.add_column(sa.Column("due_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE key_loan SET due_at = COALESCE((SELECT deadline_at FROM record_clock WHERE "
               "record_clock.kind = 'key_loan' AND record_clock.record_id = key_loan.id AND record_clock.clock = 'due' "
               "AND record_clock.point = 100), lent_at)")
    with op.batch_alter_table("key_loan") as batch:
        batch.alter_column("due_at", existing_type=sa.DateTime(), nullable=False)
        batch.create_index("ix_key_loan_due", ["status", "due_at", "id"])
    op.execute("DELETE FROM record_clock WHERE kind = 'key_loan'")
