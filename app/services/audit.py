"""The audit trail: one row per create/update/delete/sign-in/print, chained by SHA-256.

Changes to entities marked ``__audited__`` are recorded automatically from the session's flush, in the
same transaction as the change, so no service can forget it. Each row's hash covers its content and the
previous row's hash; :func:`verify` walks the chain and names the first row that breaks it. An unkeyed
chain alone cannot show that its last rows were deleted or that it was recomputed from some row on, so its
head (row count and last hash) is also kept outside the table, in every backup's manifest and on the
printed 交接班记录, and :func:`verify` checks those anchors (truncated / rewritten).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, func, insert, inspect, select, text
from sqlalchemy.orm import Session, UOWTransaction

from app.domain.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services.base import Actor, now
from db.engine import WRITE_LOCK, Database
from db.models import AuditLog, Base

AUDIT_FIELDS = ("at", "staff_id", "username", "action", "entity", "entity_id", "before", "after")


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _digest(prev_hash: str, row: dict[str, Any]) -> str:
    payload = json.dumps([prev_hash] + [_plain(row[f]) for f in AUDIT_FIELDS], ensure_ascii=False,
                         separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _dumps(data: dict[str, Any] | None) -> str:
    if not data:
        return ""
    return json.dumps({k: _plain(v) for k, v in data.items()}, ensure_ascii=False, sort_keys=True)


def write_row(session: Session, actor: Actor | None, action: str, entity: str = "",
              entity_id: Any = "", before: dict | None = None, after: dict | None = None) -> None:
    """Append one chained audit row inside the session's transaction."""
    conn = session.connection()
    if conn.dialect.name == "postgresql":  # serialise the chain between desks (taken first by db.write())
        conn.execute(text(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})"))
    prev = conn.execute(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)).scalar() or ""
    row = {
        "at": now(), "staff_id": actor.staff_id if actor else None,
        "username": actor.username if actor else "", "action": action, "entity": entity,
        "entity_id": str(entity_id), "before": _dumps(before), "after": _dumps(after),
    }
    conn.execute(insert(AuditLog).values(**row, prev_hash=prev, hash=_digest(prev, row)))


def record(session: Session, action: str, entity: str = "", entity_id: Any = "",
           before: dict | None = None, after: dict | None = None) -> None:
    """An explicit audit row (sign-in, print, export …) by the session's actor."""
    write_row(session, session.info.get("actor"), action, entity, entity_id, before, after)


def _columns(obj: Base) -> list[str]:
    excluded = set(getattr(obj, "__audit_exclude__", ()))
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in excluded]


def _snapshot(obj: Base, *, old: bool) -> dict[str, Any]:
    state = inspect(obj)
    data = {}
    for key in _columns(obj):
        hist = state.attrs[key].history
        if old and hist.deleted:
            data[key] = hist.deleted[0]
        elif hist.added and not old:
            data[key] = hist.added[0]
        else:
            data[key] = state.attrs[key].loaded_value if key in state.dict else None
    return data


def _identity(obj: Base) -> str:
    """The primary key (in after_flush a new object has its key but not yet its identity)."""
    state = inspect(obj)
    ident = state.identity or state.mapper.primary_key_from_instance(obj)
    return "/".join(str(i) for i in ident)


@dataclass
class _Pending:
    action: str
    obj: Base
    before: dict | None
    after: dict | None


@event.listens_for(Session, "before_flush")
def _collect(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    pending = session.info.setdefault("audit_pending", [])
    for obj in session.new:
        if getattr(obj, "__audited__", False):
            pending.append(_Pending("create", obj, None, None))
    for obj in session.dirty:
        if getattr(obj, "__audited__", False) and session.is_modified(obj, include_collections=False):
            before, after = _snapshot(obj, old=True), _snapshot(obj, old=False)
            changed = {k for k in before if before[k] != after[k] and k not in ("updated_at", "version")}
            if changed:
                pending.append(_Pending("update", obj, {k: before[k] for k in changed},
                                        {k: after[k] for k in changed}))
    for obj in session.deleted:
        if getattr(obj, "__audited__", False):
            pending.append(_Pending("delete", obj, _snapshot(obj, old=True), None))


@event.listens_for(Session, "after_flush")
def _write(session: Session, _ctx: UOWTransaction) -> None:
    pending: list[_Pending] = session.info.pop("audit_pending", [])
    actor = session.info.get("actor")
    for p in pending:
        after = p.after
        if p.action == "create":
            after = {k: getattr(p.obj, k) for k in _columns(p.obj)}
        write_row(session, actor, p.action, p.obj.__tablename__, _identity(p.obj), p.before, after)


@dataclass(frozen=True)
class Anchor:
    """An audit head recorded outside the table: ``rows`` rows, the last one hashed ``hash``.

    Backup manifests record one each (``made_at`` is when); the 交接班记录 prints one, which
    ``frontdesk audit verify --anchor ROWS:HASH`` checks (a prefix of 12 or more hex digits is enough).
    """

    rows: int
    hash: str
    source: str = ""
    made_at: datetime | None = None


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    broken_id: int | None = None
    #: "" (ok), "broken" (a row does not match its hash or link), "rewritten" (an anchor's row differs),
    #: "truncated" (fewer rows than an anchor recorded)
    problem: str = ""
    anchor: Anchor | None = None

    def describe(self) -> str:
        anchor = self.anchor              # set whenever the problem is "truncated" or "rewritten"
        if self.problem == "truncated" and anchor is not None:
            return str(T("Audit", "truncated: {source} recorded {n} rows, the table has {m}").format(
                source=anchor.source, n=anchor.rows, m=self.rows))
        if self.problem == "rewritten" and anchor is not None:
            return str(T("Audit", "rewritten: row {n} (id {id}) differs from what {source} recorded").format(
                n=anchor.rows, id=self.broken_id, source=anchor.source))
        if self.problem:
            return str(T("Audit", "broken at row {id} ({n} rows before it are intact)").format(
                id=self.broken_id, n=self.rows))
        return f"ok ({self.rows} rows)"


def head(session: Session) -> tuple[int, str]:
    """The chain's head now: how many rows, and the last row's hash (for the 交接班记录 and manifests)."""
    rows = session.scalar(select(func.count()).select_from(AuditLog)) or 0
    last = session.scalar(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(1)) or ""
    return rows, last


def anchor_text(session: Session) -> str:
    """The head as printed on the 交接班记录: ``ROWS:`` and the first 16 hex digits of the last hash."""
    rows, digest = head(session)
    return f"{rows}:{digest[:16]}"


def parse_anchor(text_: str) -> Anchor:
    """``ROWS:HASH`` as printed on the 交接班记录 (the hash may be shortened to 12+ hex digits)."""
    rows, _, digest = text_.strip().partition(":")
    digest = digest.strip().lower().replace(" ", "")
    if not rows.strip().isdigit() or len(digest) < 12 or any(c not in "0123456789abcdef" for c in digest):
        raise ValidationError(T("Audit", "An anchor is ROWS:HASH as printed on the shift handover sheet, "
                                         "for example 1234:3f2a9c0d1e7b"))
    return Anchor(int(rows), digest, str(T("Audit", "the anchor {a}").format(a=text_.strip())))


def anchors_for(db: Database) -> list[Anchor]:
    """The heads recorded in the manifests of the database's backups (none for a server database)."""
    if db.path is None:
        return []
    from app import config
    from db import backup as backups
    out = []
    for m in backups.manifests(db.path, config.backup_dir(db.path)):
        try:
            out.append(Anchor(int(m["audit_rows"]), str(m["audit_head"]),
                              str(T("Audit", "the backup {file}").format(file=m.get("file", ""))),
                              datetime.fromisoformat(m["made_at"])))
        except (KeyError, TypeError, ValueError):
            continue
    return [a for a in out if a.rows > 0]


def verify(db: Database, anchors: Sequence[Anchor] = ()) -> ChainReport:
    """Walk the chain in id order; report the first row whose hash or link does not match, then check the
    anchors: each anchored row must still have its hash, and the table at least as many rows.

    A restore legitimately replaces the chain with an older one (and writes a ``restore`` row): anchors
    made before the latest restore are not held against the restored chain.
    """
    prev, count = "", 0
    at_row: dict[int, tuple[int, str]] = {}
    wanted = {a.rows for a in anchors}
    last_restore: datetime | None = None
    with db.read() as s:
        cols = [getattr(AuditLog, f) for f in AUDIT_FIELDS]
        result = s.execute(select(AuditLog.id, AuditLog.prev_hash, AuditLog.hash, *cols)
                           .order_by(AuditLog.id)).yield_per(5000)
        for r in result:
            row = dict(zip(AUDIT_FIELDS, r[3:], strict=True))
            if r.prev_hash != prev or _digest(prev, row) != r.hash:
                return ChainReport(False, count, r.id, "broken")
            prev, count = r.hash, count + 1
            if count in wanted:
                at_row[count] = (r.id, r.hash)
            if row["action"] == "restore":
                last_restore = row["at"]
    for a in sorted(anchors, key=lambda a: a.rows):
        if last_restore is not None and a.made_at is not None and a.made_at <= last_restore:
            continue
        if a.rows > count:
            return ChainReport(False, count, None, "truncated", a)
        row_id, digest = at_row[a.rows]
        if not digest.startswith(a.hash):
            return ChainReport(False, count, row_id, "rewritten", a)
    return ChainReport(True, count)
