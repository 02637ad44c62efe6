"""duty log and work log on the record kit: a work-log row's result deadline becomes a clock

A row without a result was flagged once its desk day was over (the night shift's start), worked out from its
time on every read. The work log's ``result`` clock now holds that deadline in ``record_clock``, so lists,
the handover and the home tiles ask the clock index. This backfills the clock of every row: running to the
end of its desk day while it is open, stopped when it got its result (late if after that). Rows that have a
clock already (the kit may have written some) are left as they are. No column is dropped: the duty and work
logs never stored a due time.

Revision ID: 0017_duty_worklog_kit
Revises: 0016_notices_patrol_kit
Create Date: 2026-12-08 09:00:00
"""
from datetime import datetime, time

from alembic import op
import sqlalchemy as sa


revision = "0017_duty_worklog_kit"
down_revision = "0016_notices_patrol_kit"
branch_labels = None
depends_on = None

KIND, CLOCK_NAME = "work_log", "result"
#: typed, so the times are written as the models write them (SQLite compares them as text)
CLOCK = sa.table("record_clock", *(sa.column(c) for c in ("kind", "record_id", "clock", "point", "unit", "spent_s",
                                                          "budget_s", "late")),
                 *(sa.column(c, sa.DateTime()) for c in ("started_at", "running_since", "paused_at", "stopped_at",
                                                         "due_at", "deadline_at")))


def _dt(value):
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _day_end(bind) -> time:
    """The night shift's start (``duty.night_shift_start``) as the desk set it, else its default."""
    value = bind.execute(sa.text("SELECT value FROM parameter WHERE key = 'duty.night_shift_start'")).scalar()
    try:
        hour, minute = str(value).strip().split(":")[:2]
        return time(int(hour), int(minute))
    except (AttributeError, ValueError):
        return time(17, 30)


def _row(record_id, at, started, result_at, day_end: time):
    """The clock of one row: started when it was logged, due at the end of its desk day (at once if logged
    after it), stopped when it got its result (``result_at``; None while open)."""
    started, at, stopped = _dt(started), _dt(at), _dt(result_at)
    due = max(datetime.combine(at.date(), day_end), at, started)
    spent = max(int((stopped - started).total_seconds()), 0) if stopped else 0
    return {"kind": KIND, "record_id": record_id, "clock": CLOCK_NAME, "point": 100, "unit": "calendar",
            "started_at": started, "running_since": None if stopped else started, "paused_at": None,
            "stopped_at": stopped, "spent_s": spent, "budget_s": int((due - started).total_seconds()),
            "due_at": None if stopped else due, "deadline_at": due, "late": bool(stopped and stopped > due)}


def upgrade() -> None:
    bind = op.get_bind()
    day_end = _day_end(bind)
    have = set(bind.execute(sa.text("SELECT record_id FROM record_clock WHERE kind = :k AND clock = :c"),
                            {"k": KIND, "c": CLOCK_NAME}).scalars())
    logged = dict(bind.execute(sa.text("SELECT record_id, MIN(at) FROM workflow_event WHERE kind = :k AND "
                                       "action = 'create' GROUP BY record_id"), {"k": KIND}).all())
    results = dict(bind.execute(sa.text("SELECT record_id, MIN(at) FROM workflow_event WHERE kind = :k AND "
                                        "from_state = 'open' AND to_state <> 'open' GROUP BY record_id"),
                                {"k": KIND}).all())
    rows = []
    for rid, status, at, created, updated in bind.execute(sa.text(
            "SELECT id, status, at, created_at, updated_at FROM work_log ORDER BY id")).all():
        if rid in have:
            continue
        started = logged.get(rid) or created or at
        result_at = None if status == "open" else (results.get(rid) or updated or started)
        rows.append(_row(rid, at, started, result_at, day_end))
    for start in range(0, len(rows), 500):
        op.bulk_insert(CLOCK, rows[start:start + 500])


def downgrade() -> None:
    op.execute(f"DELETE FROM record_clock WHERE kind = '{KIND}' AND clock = '{CLOCK_NAME}'")
