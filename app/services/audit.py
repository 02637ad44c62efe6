"""The audit trail: one row per create/update/delete/sign-in/print, chained by SHA-256.

Changes to entities marked ``__audited__`` are recorded automatically from the session's flush, in the
same transaction as the change, so no service can forget it. Each row's hash covers its content and the
previous row's hash; :func:`verify` walks the chain and names the first row that breaks it.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, inspect, insert, select, text
from sqlalchemy.orm import Session

from app.services.base import Actor, now
from db.engine import Database
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
    if conn.dialect.name == "postgresql":  # serialise the chain between desks
        conn.execute(text("SELECT pg_advisory_xact_lock(7411)"))
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
def _collect(session: Session, _ctx, _instances) -> None:
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
def _write(session: Session, _ctx) -> None:
    pending: list[_Pending] = session.info.pop("audit_pending", [])
    actor = session.info.get("actor")
    for p in pending:
        after = p.after
        if p.action == "create":
            after = {k: getattr(p.obj, k) for k in _columns(p.obj)}
        write_row(session, actor, p.action, p.obj.__tablename__, _identity(p.obj), p.before, after)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    rows: int
    broken_id: int | None = None


def verify(db: Database) -> ChainReport:
    """Walk the chain in id order; report the first row whose hash or link does not match."""
    prev, count = "", 0
    with db.read() as s:
        cols = [getattr(AuditLog, f) for f in AUDIT_FIELDS]
        result = s.execute(select(AuditLog.id, AuditLog.prev_hash, AuditLog.hash, *cols)
                           .order_by(AuditLog.id)).yield_per(5000)
        for r in result:
            row = dict(zip(AUDIT_FIELDS, r[3:]))
            if r.prev_hash != prev or _digest(prev, row) != r.hash:
                return ChainReport(False, count, r.id)
            prev, count = r.hash, count + 1
    return ChainReport(True, count)
