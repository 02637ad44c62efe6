"""notices and common-area patrol on the record kit: photos move into the database, a finding's deadline into
its fix clock

* Photos kept as file paths become attachments (``attachment_blob``/``attachment``): a posting's photo
  (``notice_posting.photo_path``, linked again by ``photo_id``), a delivery's (``notice_recipient``), a
  checkpoint's (``patrol_check.photo`` → ``photo_id``), a finding's and its fix's (``patrol_issue.photo``,
  ``fix_photo``). Each file is read once (SHA-256: the same picture is stored once); a path whose file is
  gone becomes an attachment with ``missing_path`` (listed in the migration's log), so it is reported
  rather than dropped.
* A finding's ``due_at`` (and the ``original_due_at``/``requested_due_at`` of extensions) becomes its
  ``fix`` clock in ``record_clock`` (rows the kit already wrote are kept); the request of an extension
  waiting for approval stays in its event. The columns and ``ix_patrol_issue_due`` go.

Revision ID: 0016_notices_patrol_kit
Revises: 0015_keys_kit
Create Date: 2026-12-08 09:00:00
"""
import hashlib
import logging
import mimetypes
from datetime import datetime
from pathlib import Path

from alembic import op
import sqlalchemy as sa


revision = "0016_notices_patrol_kit"
down_revision = "0015_keys_kit"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.runtime.migration")

BLOB = sa.table("attachment_blob", sa.column("id", sa.Integer), sa.column("sha256", sa.String),
                sa.column("size", sa.Integer), sa.column("mime", sa.String), sa.column("width", sa.Integer),
                sa.column("height", sa.Integer), sa.column("data", sa.LargeBinary))
ATTACHMENT = sa.table("attachment", *(sa.column(c) for c in (
    "id", "kind", "record_id", "event_id", "role", "blob_id", "name", "missing_path")))
CLOCK = sa.table("record_clock", *(sa.column(c) for c in (
    "kind", "record_id", "clock", "point", "unit", "started_at", "running_since", "paused_at", "stopped_at",
    "spent_s", "budget_s", "due_at", "deadline_at", "late")))
#: the states in which a finding still waits for its fix (its clock runs)
AWAITING_FIX = ("open", "assigned", "extension")


def _dt(value):
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _attach(bind, kind: str, record_id: int, path: str, role: str, missing: list[str]) -> int:
    """An attachment of the file at ``path`` (stored once per content), or of its missing path."""
    name = path.replace("\\", "/").rsplit("/", 1)[-1][:200]
    try:
        content = Path(path).read_bytes()
    except OSError:
        missing.append(path)
        blob_id = None
    else:
        digest = hashlib.sha256(content).hexdigest()
        blob_id = bind.execute(sa.select(BLOB.c.id).where(BLOB.c.sha256 == digest)).scalar()
        if blob_id is None:
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            blob_id = bind.execute(sa.insert(BLOB).values(sha256=digest, size=len(content), mime=mime, width=0,
                                                          height=0, data=content).returning(BLOB.c.id)).scalar_one()
    return bind.execute(sa.insert(ATTACHMENT).values(
        kind=kind, record_id=record_id, event_id=None, role=role, blob_id=blob_id, name=name,
        missing_path="" if blob_id else path[:500]).returning(ATTACHMENT.c.id)).scalar_one()


def _photos(bind, missing: list[str]) -> None:
    for pid, notice_id, path in bind.execute(sa.text(
            "SELECT id, notice_id, photo_path FROM notice_posting WHERE photo_path <> ''")).all():
        photo = _attach(bind, "notice", notice_id, path, "photo", missing)
        bind.execute(sa.text("UPDATE notice_posting SET photo_id = :a WHERE id = :i"), {"a": photo, "i": pid})
    for rid, path in bind.execute(sa.text(
            "SELECT id, photo_path FROM notice_recipient WHERE photo_path <> ''")).all():
        _attach(bind, "notice_delivery", rid, path, "photo", missing)
    for cid, patrol_id, path in bind.execute(sa.text(
            "SELECT id, patrol_id, photo FROM patrol_check WHERE photo <> ''")).all():
        photo = _attach(bind, "patrol", patrol_id, path, "photo", missing)
        bind.execute(sa.text("UPDATE patrol_check SET photo_id = :a WHERE id = :i"), {"a": photo, "i": cid})
    for iid, photo, fix_photo in bind.execute(sa.text(
            "SELECT id, photo, fix_photo FROM patrol_issue WHERE photo <> '' OR fix_photo <> ''")).all():
        for path, role in ((photo, "photo"), (fix_photo, "fix_photo")):
            if path:
                _attach(bind, "patrol_issue", iid, path, role, missing)


def _fix_clocks(bind) -> None:
    have = set(bind.execute(sa.text("SELECT record_id FROM record_clock WHERE kind = 'patrol_issue' "
                                    "AND clock = 'fix' AND point = 100")).scalars())
    rows = []
    for iid, status, found, due, fixed, updated in bind.execute(sa.text(
            "SELECT id, status, found_at, due_at, fixed_at, updated_at FROM patrol_issue")).all():
        if iid in have:
            continue
        found, due = _dt(found), _dt(due)
        stopped = None if status in AWAITING_FIX else (_dt(fixed) or _dt(updated) or found)
        rows.append({"kind": "patrol_issue", "record_id": iid, "clock": "fix", "point": 100, "unit": "calendar",
                     "started_at": found, "running_since": None if stopped else found, "paused_at": None,
                     "stopped_at": stopped, "spent_s": max(int((stopped - found).total_seconds()), 0) if stopped else 0,
                     "budget_s": max(int((due - found).total_seconds()), 0), "due_at": None if stopped else due,
                     "deadline_at": due, "late": bool(stopped and stopped > due)})
    for start in range(0, len(rows), 500):
        op.bulk_insert(CLOCK, rows[start:start + 500])


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("notice_posting") as batch:
        batch.add_column(sa.Column("photo_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("patrol_check") as batch:
        batch.add_column(sa.Column("photo_id", sa.Integer(), nullable=True))
    missing: list[str] = []
    _photos(bind, missing)
    for path in missing:
        log.warning("photo not found, kept as a missing attachment: %s", path)
    _fix_clocks(bind)
    with op.batch_alter_table("notice_posting") as batch:
        batch.drop_column("photo_path")
    with op.batch_alter_table("notice_recipient") as batch:
        batch.drop_column("photo_path")
    with op.batch_alter_table("patrol_check") as batch:
        batch.drop_column("photo")
    with op.batch_alter_table("patrol_issue") as batch:
        batch.drop_index("ix_patrol_issue_due")
        for column in ("photo", "fix_photo", "due_at", "original_due_at", "requested_due_at"):
            batch.drop_column(column)


def downgrade() -> None:
    """The columns come back with the deadlines and the photos' names (their files stay in the database)."""
    with op.batch_alter_table("patrol_issue") as batch:
        batch.add_column(sa.Column("photo", sa.String(length=260), nullable=False, server_default=""))
        batch.add_column(sa.Column("fix_photo", sa.String(length=260), nullable=False, server_default=""))
        batch.add_column(sa.Column("due_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("original_due_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("requested_due_at", sa.DateTime(), nullable=True))
        batch.create_index("ix_patrol_issue_due", ["status", "due_at", "id"])
    with op.batch_alter_table("patrol_check") as batch:
        batch.add_column(sa.Column("photo", sa.String(length=260), nullable=False, server_default=""))
    with op.batch_alter_table("notice_recipient") as batch:
        batch.add_column(sa.Column("photo_path", sa.String(length=500), nullable=False, server_default=""))
    with op.batch_alter_table("notice_posting") as batch:
        batch.add_column(sa.Column("photo_path", sa.String(length=500), nullable=False, server_default=""))
    deadline = ("(SELECT deadline_at FROM record_clock WHERE kind = 'patrol_issue' AND clock = 'fix' "
                "AND point = 100 AND record_id = patrol_issue.id)")
    op.execute(f"UPDATE patrol_issue SET due_at = {deadline}, original_due_at = {deadline}")
    op.execute("UPDATE patrol_issue SET due_at = found_at, original_due_at = found_at WHERE due_at IS NULL")
    name = ("(SELECT CASE WHEN a.missing_path <> '' THEN a.missing_path ELSE a.name END FROM attachment a "
            "WHERE {where} ORDER BY a.id LIMIT 1)")
    for table, column, where in (
            ("notice_posting", "photo_path", "a.id = notice_posting.photo_id"),
            ("notice_recipient", "photo_path", "a.kind = 'notice_delivery' AND a.record_id = notice_recipient.id"),
            ("patrol_check", "photo", "a.id = patrol_check.photo_id"),
            ("patrol_issue", "photo", "a.kind = 'patrol_issue' AND a.record_id = patrol_issue.id AND a.role = 'photo'"),
            ("patrol_issue", "fix_photo",
             "a.kind = 'patrol_issue' AND a.record_id = patrol_issue.id AND a.role = 'fix_photo'")):
        op.execute(f"UPDATE {table} SET {column} = COALESCE({name.format(where=where)}, '')")
    with op.batch_alter_table("patrol_check") as batch:
        batch.drop_column("photo_id")
    with op.batch_alter_table("notice_posting") as batch:
        batch.drop_column("photo_id")
