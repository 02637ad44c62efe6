"""visits and vacant units on the record kit: the host's and the rectification deadlines move into
record_clock, the inspection photos into the attachment tables

* a visitor's ``host_reply`` clock (from ``contact_started_at``, or the arrival, for ``visit.host_reply_minutes``)
  and an inspection's ``rectify`` clock (to the end of its ``rectify_deadline``) become ``record_clock`` rows
  (rows the kit already wrote are kept, those it wrote for business at the desk dropped);
  ``visit.contact_started_at`` and
  ``vacant_inspection.rectify_deadline`` go;
* each checklist line's photo (``vacant_check.photo``, a file path) is read into ``attachment_blob`` (one row per
  content, by SHA-256) and ``attachment`` (role ``photo_<item>`` of its inspection); a path whose file is gone
  becomes an attachment with ``missing_path`` (shown in red on the inspection, and logged here), never
  dropped; the column goes.

Revision ID: 0018_visits_vacancy_kit
Revises: 0017_duty_worklog_kit
Create Date: 2026-12-07 12:00:00
"""
import hashlib
import logging
import mimetypes
from datetime import date, datetime, time, timedelta
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision = "0018_visits_vacancy_kit"
down_revision = "0017_duty_worklog_kit"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

CLOCK = sa.table("record_clock", *(sa.column(c) for c in (
    "kind", "record_id", "clock", "point", "unit", "started_at", "running_since", "paused_at", "stopped_at",
    "spent_s", "budget_s", "due_at", "deadline_at", "late")))
BLOB = sa.table("attachment_blob", sa.column("sha256"), sa.column("size"), sa.column("mime"), sa.column("width"),
                sa.column("height"), sa.column("data", sa.LargeBinary()), sa.column("thumb", sa.LargeBinary()))
ATTACHMENT = sa.table("attachment", *(sa.column(c) for c in (
    "kind", "record_id", "event_id", "role", "blob_id", "name", "missing_path", "created_by")))
#: the host's answer waits so long unless the parameter says otherwise (app.domain.parameters)
HOST_REPLY_MINUTES = 10
ASKING = ("registered", "contacting")


def _dt(value):
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def _row(kind, record_id, clock, started, deadline, stopped):
    """A clock row: running (``stopped`` None) or stopped at ``stopped``, with its deadline."""
    started, deadline, stopped = _dt(started), _dt(deadline), _dt(stopped)
    budget = max(int((deadline - started).total_seconds()), 0)
    spent = max(int((stopped - started).total_seconds()), 0) if stopped else 0
    return {"kind": kind, "record_id": record_id, "clock": clock, "point": 100, "unit": "calendar",
            "started_at": started, "running_since": None if stopped else started, "paused_at": None,
            "stopped_at": stopped, "spent_s": spent, "budget_s": budget,
            "due_at": None if stopped else deadline, "deadline_at": deadline,
            "late": bool(stopped and stopped > deadline)}


def _host_clocks(bind) -> list[dict]:
    stored = bind.execute(sa.text("SELECT value FROM parameter WHERE key = 'visit.host_reply_minutes'")).scalar()
    minutes = int(stored) if stored and str(stored).strip().isdigit() else HOST_REPLY_MINUTES
    rows = []
    for vid, status, arrival, started, answered, updated in bind.execute(sa.text(
            "SELECT id, status, arrival_at, contact_started_at, host_contact_at, updated_at FROM visit "
            "WHERE category = 'visitor'")):
        start = _dt(started) or _dt(arrival)
        stopped = None if status in ASKING else (_dt(answered) or _dt(updated) or start)
        rows.append(_row("visit", vid, "host_reply", start, start + timedelta(minutes=minutes),
                         max(stopped, start) if stopped else None))
    return rows


def _rectify_clocks(bind) -> list[dict]:
    rows = []
    for iid, status, inspected, deadline, reviewed, rectified, closed, updated in bind.execute(sa.text(
            "SELECT id, status, inspected_on, rectify_deadline, reviewed_at, rectified_at, closed_at, updated_at "
            "FROM vacant_inspection WHERE rectify_deadline IS NOT NULL")):
        due = datetime.combine(_day(deadline), time(23, 59, 59))
        start = _dt(reviewed) or datetime.combine(_day(inspected), time())
        stopped = None if status == "issues" else (_dt(rectified) or _dt(closed) or _dt(updated) or start)
        rows.append(_row("vacant_inspection", iid, "rectify", start, due, max(stopped, start) if stopped else None))
    return rows


def _blob_id(bind, content: bytes, name: str) -> int:
    digest = hashlib.sha256(content).hexdigest()
    found = bind.execute(sa.text("SELECT id FROM attachment_blob WHERE sha256 = :d"), {"d": digest}).scalar()
    if found is not None:
        return found
    bind.execute(BLOB.insert().values(sha256=digest, size=len(content), width=0, height=0, data=content, thumb=None,
                                      mime=mimetypes.guess_type(name)[0] or "application/octet-stream"))
    return bind.execute(sa.text("SELECT id FROM attachment_blob WHERE sha256 = :d"), {"d": digest}).scalar()


def _photos(bind) -> None:
    """Every checklist photo into the attachment tables; a missing file is kept as its path and logged."""
    for item, path, inspection_id, created_by in bind.execute(sa.text(
            "SELECT c.item, c.photo, c.inspection_id, i.created_by FROM vacant_check c "
            "JOIN vacant_inspection i ON i.id = c.inspection_id WHERE c.photo <> '' ORDER BY c.id")).all():
        file = Path(path)
        row = {"kind": "vacant_inspection", "record_id": inspection_id, "event_id": None, "role": f"photo_{item}",
               "name": file.name[:200] or path[:200], "created_by": created_by, "blob_id": None, "missing_path": ""}
        try:
            content = file.read_bytes()
        except OSError:
            log.warning("inspection %s: the photo %s is missing; kept as its path", inspection_id, path)
            row["missing_path"] = path[:500]
        else:
            row["blob_id"] = _blob_id(bind, content, file.name)
        bind.execute(ATTACHMENT.insert().values(**row))


def upgrade() -> None:
    bind = op.get_bind()
    # the kit wrote a host clock for every visit; business at the desk has no host to wait for
    op.execute("DELETE FROM record_clock WHERE kind = 'visit' AND clock = 'host_reply' AND record_id IN "
               "(SELECT id FROM visit WHERE category = 'service')")
    rows = _host_clocks(bind) + _rectify_clocks(bind)
    have = set(bind.execute(sa.text("SELECT kind, record_id, clock, point FROM record_clock "
                                    "WHERE kind IN ('visit', 'vacant_inspection')")).all())
    rows = [r for r in rows if (r["kind"], r["record_id"], r["clock"], r["point"]) not in have]
    for start in range(0, len(rows), 500):
        op.bulk_insert(CLOCK, rows[start:start + 500])
    _photos(bind)
    for table, column in (("visit", "contact_started_at"), ("vacant_inspection", "rectify_deadline"),
                          ("vacant_check", "photo")):
        _drop(bind, table, column)


def _drop(bind, table: str, column: str) -> None:
    """Drop an unindexed column in place: SQLite's own DROP COLUMN (3.35+) leaves the table where it is, so the
    rows other tables point at stay (a rebuilt vacant_inspection would break vacant_check's keys)."""
    if bind.dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    else:
        op.drop_column(table, column)


def downgrade() -> None:
    with op.batch_alter_table("vacant_check") as batch:
        batch.add_column(sa.Column("photo", sa.String(length=260), nullable=False, server_default=""))
    with op.batch_alter_table("vacant_inspection") as batch:
        batch.add_column(sa.Column("rectify_deadline", sa.Date(), nullable=True))
    with op.batch_alter_table("visit") as batch:
        batch.add_column(sa.Column("contact_started_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE visit SET contact_started_at = (SELECT started_at FROM record_clock WHERE "
               "record_clock.kind = 'visit' AND record_clock.record_id = visit.id AND "
               "record_clock.clock = 'host_reply' AND record_clock.point = 100)")
    op.execute("UPDATE vacant_inspection SET rectify_deadline = (SELECT date(deadline_at) FROM record_clock WHERE "
               "record_clock.kind = 'vacant_inspection' AND record_clock.record_id = vacant_inspection.id AND "
               "record_clock.clock = 'rectify' AND record_clock.point = 100)")
    op.execute("UPDATE vacant_check SET photo = COALESCE((SELECT COALESCE(NULLIF(a.missing_path, ''), a.name) "
               "FROM attachment a WHERE a.kind = 'vacant_inspection' AND a.record_id = vacant_check.inspection_id "
               "AND a.role = 'photo_' || vacant_check.item ORDER BY a.id LIMIT 1), '')")
    op.execute("DELETE FROM record_clock WHERE (kind = 'visit' AND clock = 'host_reply') OR "
               "(kind = 'vacant_inspection' AND clock = 'rectify')")
