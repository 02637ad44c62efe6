"""information relay on the record kit: slips' and parcels' deadlines move into record_clock

The signing deadline of a slip, the reply deadline (its required completion time) and a parcel's reminder and
return times become clock rows (``record_clock``), so every workflow's overdue lists read one index; the
columns that held them go.

Revision ID: 0013_relay_clocks
Revises: 0012_record_kit
Create Date: 2026-12-07 09:00:00
"""
from datetime import datetime

from alembic import op
import sqlalchemy as sa


revision = "0013_relay_clocks"
down_revision = "0012_record_kit"
branch_labels = None
depends_on = None

CLOCK = sa.table("record_clock", *(sa.column(c) for c in (
    "kind", "record_id", "clock", "point", "unit", "started_at", "running_since", "paused_at", "stopped_at",
    "spent_s", "budget_s", "due_at", "deadline_at", "late")))


def _row(kind, record_id, clock, started, deadline, stopped):
    """A clock row: running (``stopped`` None) or stopped at ``stopped``, with its deadline."""
    started = _dt(started)
    deadline = _dt(deadline)
    stopped = _dt(stopped)
    budget = max(int((deadline - started).total_seconds()), 0)
    spent = max(int(((stopped or started) - started).total_seconds()), 0) if stopped else 0
    return {"kind": kind, "record_id": record_id, "clock": clock, "point": 100, "unit": "calendar",
            "started_at": started, "running_since": None if stopped else started, "paused_at": None,
            "stopped_at": stopped, "spent_s": spent, "budget_s": budget,
            "due_at": None if stopped else deadline, "deadline_at": deadline,
            "late": bool(stopped and stopped > deadline)}


def _dt(value):
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def upgrade() -> None:
    bind = op.get_bind()
    rows = []
    slips = bind.execute(sa.text("SELECT id, status, sent_at, sign_due_at, required_by, signed_at, replied_at, "
                                 "updated_at FROM work_slip")).all()
    for sid, status, sent, sign_due, required, signed, replied, updated in slips:
        end = _dt(updated) or _dt(sent)
        rows.append(_row("work_slip", sid, "sign", sent, sign_due,
                         None if status == "sent" else (signed or end)))
        rows.append(_row("work_slip", sid, "reply", sent, required,
                         None if status in ("sent", "signed", "processing") else (replied or end)))
    parcels = bind.execute(sa.text("SELECT id, status, received_at, remind_due_at, return_due_at, notified_at, "
                                   "collected_at, returned_at, updated_at FROM parcel")).all()
    for pid, status, received, remind, back, notified, collected, returned, updated in parcels:
        end = None if status in ("received", "notified") else (collected or returned or updated or received)
        reminded_from = notified if status == "notified" and notified and _dt(remind) > _dt(notified) else received
        rows.append(_row("parcel", pid, "remind", reminded_from, remind, end))
        rows.append(_row("parcel", pid, "return", received, back, end))
    have = set(bind.execute(sa.text("SELECT kind, record_id, clock, point FROM record_clock "
                                    "WHERE kind IN ('work_slip', 'parcel')")).all())
    rows = [r for r in rows if (r["kind"], r["record_id"], r["clock"], r["point"]) not in have]
    for start in range(0, len(rows), 500):
        op.bulk_insert(CLOCK, rows[start:start + 500])
    with op.batch_alter_table("work_slip") as batch:
        batch.drop_index("ix_work_slip_sign_due")
        batch.drop_column("sign_due_at")
    with op.batch_alter_table("parcel") as batch:
        batch.drop_index("ix_parcel_remind_due")
        batch.drop_index("ix_parcel_return_due")
        batch.drop_column("remind_due_at")
        batch.drop_column("return_due_at")


def downgrade() -> None:
    with op.batch_alter_table("parcel") as batch:
        batch.add_column(sa.Column("remind_due_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("return_due_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_parcel_remind_due", ["remind_due_at"])
        batch.create_index("ix_parcel_return_due", ["return_due_at"])
    with op.batch_alter_table("work_slip") as batch:
        batch.add_column(sa.Column("sign_due_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_work_slip_sign_due", ["sign_due_at"])
    for table, clock, column in (("work_slip", "sign", "sign_due_at"), ("parcel", "remind", "remind_due_at"),
                                 ("parcel", "return", "return_due_at")):
        op.execute(f"UPDATE {table} SET {column} = (SELECT deadline_at FROM record_clock WHERE "
                   f"record_clock.kind = '{table}' AND record_clock.record_id = {table}.id AND "
                   f"record_clock.clock = '{clock}' AND record_clock.point = 100)")
    op.execute("DELETE FROM record_clock WHERE kind IN ('work_slip', 'parcel')")
