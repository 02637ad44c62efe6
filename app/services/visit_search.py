"""The visitor register searched by any part of a name (梓涵 finds 张梓涵), its pinyin (zzh, zhangzihan,
曾 as zeng) or any part of a phone's digits, on an index.

``visit_search_key`` maps every key to the names and phones the register holds (each once, however many
visits carry it). A search reads the values its text is the beginning of a key of: when they are few, the
register's rows come through each value's own index (ix_visit_name, ix_visit_phone); when the text is as
common as a surname, the register is walked newest first keeping the rows of those values, which stops
after one page. Keys are written whenever a visit is stored (mapper events, whatever path stores it) and
rebuilt after an upgrade that changes their rules (app.services.store.AFTER_UPGRADE).
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, Connection, delete, event, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain import names
from app.services.search import KEY_LEN, PHONE_PART, normalise, phone_keys
from db.models.visit import Visit, VisitSearchKey

NAME, PHONE = "name", "phone"
__all__ = ["NAME", "PHONE", "PHONE_PART", "VALUE_CAP", "condition", "key_rows", "name_keys", "rebuild", "store_keys"]
#: more values than this: walk the register in time order instead of reading each value's visits
VALUE_CAP = 64
_HIGH = "\U0010ffff"
_CHUNK = 5_000


def name_keys(name: str) -> set[str]:
    """Every suffix of the name (so any part of it is a key's beginning) and its pinyin readings."""
    text = normalise(name)
    keys = {text[i:] for i in range(len(text))} | names.pinyin_keys(name or "")
    return {k[:KEY_LEN] for k in keys if k}


def key_rows(name: str, phone: str) -> list[dict[str, str]]:
    rows = [{"field": NAME, "key": k, "value": name} for k in name_keys(name)] if name else []
    if phone:
        rows += [{"field": PHONE, "key": k, "value": phone} for k in phone_keys(phone)]
    return rows


def store_keys(conn: Connection, pairs: Iterable[tuple[str, str]]) -> int:
    """Write the keys of these (name, phone) pairs, those already there left as they are."""
    rows = [row for name, phone in pairs for row in key_rows(name or "", phone or "")]
    if not rows:
        return 0
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    for i in range(0, len(rows), _CHUNK):
        conn.execute(dialect.insert(VisitSearchKey).on_conflict_do_nothing(), rows[i:i + _CHUNK])
    return len(rows)


def rebuild(s: Session) -> int:
    """Every key again from the register (after an upgrade, or a bulk load that bypassed the services)."""
    s.execute(delete(VisitSearchKey))
    conn = s.connection()
    total = 0
    for column, field in ((Visit.visitor_name, NAME), (Visit.phone, PHONE)):
        values = conn.execute(select(column).where(column != "").distinct()).scalars().all()
        total += store_keys(conn, ((v, "") if field == NAME else ("", v) for v in values))
    return total


def condition(s: Session, field: str, text: str) -> ColumnElement[bool]:
    """The register's rows whose name (``field`` = name) or phone has ``text`` in it (or as its pinyin)."""
    column = Visit.visitor_name if field == NAME else Visit.phone
    key = normalise(text) if field == NAME else text
    values = (select(VisitSearchKey.value)
              .where(VisitSearchKey.field == field, VisitSearchKey.key >= key, VisitSearchKey.key < key + _HIGH)
              .distinct())
    found = s.scalars(values.limit(VALUE_CAP + 1)).all()
    if len(found) <= VALUE_CAP:
        return column.in_(found)
    return func.coalesce(column, "").in_(values)   # coalesce keeps the planner on the arrival index


@event.listens_for(Visit, "after_insert")
def _inserted(_mapper: Any, conn: Connection, visit: Visit) -> None:
    store_keys(conn, [(visit.visitor_name or "", visit.phone or "")])


@event.listens_for(Visit, "after_update")
def _updated(_mapper: Any, conn: Connection, visit: Visit) -> None:
    from sqlalchemy import inspect
    state = inspect(visit)
    if state.attrs.visitor_name.history.has_changes() or state.attrs.phone.history.has_changes():
        store_keys(conn, [(visit.visitor_name or "", visit.phone or "")])
