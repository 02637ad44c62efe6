"""Reading the audit trail (设置 → 审计日志): filtered, keyset-paged, newest first; and the chain check.

Paging is by key, never OFFSET: the caller passes the id of the last row it has (``before_id``) and gets the
next ``limit`` older rows. Which index answers depends on the filters (only the indexes of
db/models/system.py exist: ``at``, ``(entity, entity_id)``, ``(staff_id, at)``):

* with a date range or a user, rows come in ``(at, id)`` order, so ``ix_audit_log_at`` or
  ``ix_audit_log_staff`` hands them over already sorted (ordering those by id would sort every matching
  row first: 140–160 ms per page on a million rows instead of ~1 ms);
* otherwise in id order, a backward walk of the primary key (or of ``ix_audit_log_entity`` for one record).

Audit ids are given out in time order under the write lock, so both orders are "newest first"; they could
only differ after someone set the computer's clock back. An action or free-text filter has no index and walks
the table from the newest row until a page is full (a rare action in a million rows: ~0.2 s); combine it
with a date range to bound the walk.
"""
from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cached_property
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain.enums import (
    DeliveryState,
    Gender,
    IdType,
    LabelledEnum,
    OccupancyState,
    PersonType,
    RoomRole,
    RoomType,
)
from app.domain.permissions import AUDIT_VIEW
from app.i18n import QT_TRANSLATE_NOOP, Text
from app.services import audit, privacy
from app.services.base import Actor
from db.engine import Database
from db.models import AuditLog, Base, Staff

T = QT_TRANSLATE_NOOP

#: labels of the actions the services write (anything else shows its code)
ACTION_LABELS: dict[str, Text] = {
    "create": T("AuditAction", "Created"),
    "update": T("AuditAction", "Changed"),
    "delete": T("AuditAction", "Deleted"),
    "sign_in": T("AuditAction", "Signed in"),
    "sign_in_failed": T("AuditAction", "Failed sign-in"),
    "sign_out": T("AuditAction", "Signed out"),
    "change_password": T("AuditAction", "Changed own password"),
    "reset_password": T("AuditAction", "Reset a password"),
    "set_permissions": T("AuditAction", "Changed role permissions"),
    "setup": T("AuditAction", "Set up the database"),
    "backup": T("AuditAction", "Backed up"),
    "restore": T("AuditAction", "Restored a backup"),
    "print": T("AuditAction", "Printed"),
    "reprint": T("AuditAction", "Reprinted"),
    "export": T("AuditAction", "Exported"),
    "import": T("AuditAction", "Imported"),
    "demo_load": T("AuditAction", "Loaded the demo estate"),
    "calendar_update": T("AuditAction", "Updated the official holiday schedule"),
    "import_roster": T("AuditAction", "Imported the owner roster"),
    "import_readings": T("AuditAction", "Imported meter readings"),
    "view_card": T("AuditAction", "Viewed a household card"),
    "reveal_card": T("AuditAction", "Showed full ID and phone numbers"),
    "leave_before_takeover": T("AuditAction", "Signed out before the takeover"),
}

#: filters of several actions at once: the supervisor's report of who read which household card
ACTION_GROUPS: dict[str, tuple[str, ...]] = {"card_views": ("view_card", "reveal_card")}
GROUP_LABELS: dict[str, Text] = {"card_views": T("AuditAction", "Household card views (all)")}

#: labels of the record kinds (table names and the pseudo-entities of explicit rows)
ENTITY_LABELS: dict[str, Text] = {
    "staff": T("AuditEntity", "Staff account"),
    "role": T("AuditEntity", "Role"),
    "role_permission": T("AuditEntity", "Role permission"),
    "parameter": T("AuditEntity", "Parameter"),
    "calendar_day": T("AuditEntity", "Calendar day"),
    "database": T("AuditEntity", "Database"),
    "estate": T("AuditEntity", "Estate"),
    "building": T("AuditEntity", "Building"),
    "unit": T("AuditEntity", "Unit"),
    "room": T("AuditEntity", "Room"),
    "person": T("AuditEntity", "Person"),
    "room_person": T("AuditEntity", "Person in a room"),
    "household_card": T("AuditEntity", "Household card"),
    "list_report": T("AuditEntity", "List report"),
    "work_log_review": T("AuditEntity", "Work log check"),
    "work_log_link": T("AuditEntity", "Work log conversion"),
    "duty_event": T("AuditEntity", "Duty log event"),
    "duty_member": T("AuditEntity", "Staff on duty"),
    "attachment": T("AuditEntity", "Attachment"),
    "patrol_route": T("AuditEntity", "Patrol route"),
    "patrol_checkpoint": T("AuditEntity", "Patrol checkpoint"),
    "patrol_check": T("AuditEntity", "Patrol check"),
    "key_stocktake": T("AuditEntity", "Key stock-take"),
    "key_stocktake_line": T("AuditEntity", "Key stock-take line"),
    "notice_posting": T("AuditEntity", "Notice posting"),
    "notice_scope": T("AuditEntity", "Notice scope"),
    "vacant_check": T("AuditEntity", "Vacant-unit check item"),
    "vacant_storm": T("AuditEntity", "Storm re-inspection"),
    "visit_watch": T("AuditEntity", "Visitor watch list"),
    "record_link": T("AuditEntity", "Record link"),
}

#: the estate registry's fields with the labels its editors declare (app/ui/dialogs/registry.py), and the
#: enumerations of its choice fields
_REGISTRY_FIELDS: dict[str, dict[str, Text]] = {
    "building": {"building_no": T("Registry", "Building no."), "name": T("Registry", "Building name"),
                 "floors": T("Registry", "Floors"), "has_lift": T("Registry", "Lift")},
    "unit": {"unit_no": T("Registry", "Unit no."), "floors": T("Registry", "Floors"),
             "has_lift": T("Registry", "Lift")},
    "room": {"room_no": T("Registry", "Room no."), "floor": T("Registry", "Floor"),
             "area": T("Registry", "Built-up area (m²)"), "inner_area": T("Registry", "Inner area (m²)"),
             "layout": T("Registry", "Layout"), "room_type": T("Registry", "Room type"),
             "delivery_state": T("Registry", "Delivery"), "occupancy_state": T("Registry", "Occupancy"),
             "notes": T("Registry", "Notes"), "code": T("Registry", "Room")},
    "person": {"name": T("Registry", "Name"), "gender": T("Registry", "Gender"), "mobile": T("Registry", "Phone"),
               "other_phone": T("Registry", "Other phone"), "id_type": T("Registry", "Document type"),
               "id_number": T("Registry", "Document no."), "work_unit": T("Registry", "Work unit"),
               "address": T("Registry", "Address"), "notes": T("Registry", "Notes")},
    "room_person": {"role": T("Registry", "Role in the room"), "is_primary": T("Registry", "Primary contact"),
                    "notes": T("Registry", "Notes"), "start_date": T("Registry", "Since")},
}
_REGISTRY_CHOICES: dict[tuple[str, str], type[LabelledEnum]] = {
    ("room", "room_type"): RoomType, ("room", "delivery_state"): DeliveryState,
    ("room", "occupancy_state"): OccupancyState, ("person", "gender"): Gender, ("person", "id_type"): IdType,
    ("person", "person_type"): PersonType, ("room_person", "role"): RoomRole,
}
#: the columns every workflow record has, and the keys of the explicit rows (a print, an export …)
_COMMON_FIELDS: dict[str, Text] = {
    "status": T("AuditField", "Status"), "number": T("AuditField", "No."), "room_code": T("AuditField", "Room"),
    "void_reason": T("AuditField", "Reason"), "reason": T("AuditField", "Reason"),
    "copy": T("AuditField", "Copy"), "reprint": T("AuditField", "Reprint no."), "file": T("AuditField", "File"),
    "rows": T("AuditField", "Rows"), "filter": T("AuditField", "Filter"), "to": T("AuditField", "To"),
    "masked": T("AuditField", "Numbers masked"),
    "created_by": T("AuditField", "Registered by (staff no.)"), "handler_id": T("AuditField", "Handler (staff no.)"),
    "owner_staff_id": T("AuditField", "First contact (staff no.)"), "staff_id": T("AuditField", "Staff no."),
    "room_id": T("AuditField", "Room (no. in the database)"),
}
#: a row's own bookkeeping, which the row's time and record already say: not listed among its values
_BOOKKEEPING = frozenset({"id", "version", "created_at", "updated_at"})
_ISO_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$")

_EMPTY = "—"
_SUMMARY_MAX = 160


def action_label(code: str) -> str:
    label = ACTION_LABELS.get(code) or GROUP_LABELS.get(code)
    return str(label) if label else code


def _kinds_by_table() -> dict[str, Any]:
    from app.services import records
    return {rk.model.__tablename__: rk for rk in records.KINDS.values()}


def _form_title(code: str) -> str:
    """The title of a printed form (an explicit print row's record is the form's code)."""
    try:
        from app.printing.registry import get_form
        return get_form(code).title
    except Exception:  # noqa: BLE001 - not a form (or reportlab missing): the code is shown
        return ""


def entity_label(code: str) -> str:
    """What a row's record is, in the user's language: a workflow's name, a registry table's, a form's."""
    label = ENTITY_LABELS.get(code)
    if label:
        return str(label)
    rk = _kinds_by_table().get(code)
    if rk is not None:
        return str(rk.workflow.label)
    return _form_title(code) or code


def field_label(entity: str, key: str) -> str:
    """A before/after value's name: the label its workflow or editor declares (else the column's name)."""
    rk = _kinds_by_table().get(entity)
    if rk is not None:
        spec = _spec(rk, key)
        if spec is not None:
            return str(rk.workflow.fields.get(spec.key, spec.label))
        if key in rk.workflow.fields and key not in _COMMON_FIELDS:
            return str(rk.workflow.fields[key])
    label = _REGISTRY_FIELDS.get(entity, {}).get(key) or _COMMON_FIELDS.get(key)
    return str(label) if label else key


def _spec(rk: Any, key: str) -> Any:
    specs = rk.workflow.specs
    if key in specs:
        return specs[key]
    return next((f for f in specs.values() if f.column == key), None)


def field_value(entity: str, key: str, value: Any) -> str:
    """A before/after value as a person reads it: a state's or a choice's label, a time without its ``T``."""
    if isinstance(value, str) and value:
        rk = _kinds_by_table().get(entity)
        if rk is not None:
            if key == "status":
                return str(rk.workflow.state_label(value))
            spec = _spec(rk, key)
            if spec is not None and spec.kind == "choice":
                return str(spec.choice_label(value))
        enum = _REGISTRY_CHOICES.get((entity, key))
        if enum is not None:
            return next((str(m.label) for m in enum if m.value == value), value)
        match = _ISO_TIME.match(value)
        if match:
            return f"{match.group(1)} {match.group(2)}"
    return show_value(value)


def actions() -> list[str]:
    """The action codes to offer in the filter (a group of several first)."""
    return [*GROUP_LABELS, *ACTION_LABELS]


def entities() -> list[str]:
    """The entity codes to offer in the filter: the labelled ones and every audited table."""
    codes = list(ENTITY_LABELS)
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__audited__", False) and cls.__tablename__ not in codes:
            codes.append(cls.__tablename__)
    return codes


def _loads(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {"": text}
    return data if isinstance(data, dict) else {"": data}


def show_value(value: Any) -> str:
    """A stored before/after value as a person reads it."""
    if value is None or value == "":
        return _EMPTY
    if isinstance(value, bool):
        return str(T("AuditLog", "yes") if value else T("AuditLog", "no"))
    if isinstance(value, (list, tuple)):
        return ", ".join(show_value(v) for v in value) or _EMPTY
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    staff_id: int | None
    username: str
    action: str
    entity: str
    entity_id: str
    before_text: str
    after_text: str

    @property
    def sort_key(self) -> int:
        return self.id

    @property
    def action_label(self) -> str:
        return action_label(self.action)

    @property
    def entity_label(self) -> str:
        return entity_label(self.entity)

    @cached_property
    def before(self) -> dict[str, Any]:
        return _loads(self.before_text)

    @cached_property
    def after(self) -> dict[str, Any]:
        return _loads(self.after_text)

    def changes(self) -> list[tuple[str, str, str]]:
        """``(field, before, after)`` for every field the row mentions, as readable text."""
        keys = list(self.before) + [k for k in self.after if k not in self.before]
        return [(k, show_value(self.before.get(k)) if k in self.before else "",
                 show_value(self.after.get(k)) if k in self.after else "") for k in keys]

    def labelled_changes(self) -> list[tuple[str, str, str]]:
        """``(label, before, after)``: :meth:`changes` in the user's words (field labels, states, choices)."""
        keys = [k for k in list(self.before) + [k for k in self.after if k not in self.before]
                if k not in _BOOKKEEPING]
        return [(field_label(self.entity, k) if k else "",
                 field_value(self.entity, k, self.before.get(k)) if k in self.before else "",
                 field_value(self.entity, k, self.after.get(k)) if k in self.after else "") for k in keys]

    def summary(self) -> str:
        """One line for the list: ``field: old → new; …`` for a change, ``field: value; …`` otherwise, with
        the fields' labels and the values as the record's pages show them."""
        parts = []
        for key, old, new in self.labelled_changes():
            name = f"{key}: " if key else ""
            if old and new:
                parts.append(f"{name}{old} → {new}")
            else:
                parts.append(f"{name}{old or new}")
        text = "; ".join(parts)
        return text if len(text) <= _SUMMARY_MAX else text[:_SUMMARY_MAX - 1] + "…"


_COLUMNS = (AuditLog.id, AuditLog.at, AuditLog.staff_id, AuditLog.username, AuditLog.action,
            AuditLog.entity, AuditLog.entity_id, AuditLog.before, AuditLog.after)


def _start(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime.combine(value, time())


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def query(db: Database, actor: Actor, *, since: date | datetime | None = None,
          until: date | datetime | None = None, username: str | None = None, action: str | None = None,
          entity: str | None = None, entity_id: str | None = None, text: str | None = None,
          before_id: int | None = None, limit: int = 200) -> list[AuditRow]:
    """Audit rows, newest first, older than ``before_id`` (the last row of the previous page).

    ``since`` is inclusive; ``until`` as a date includes that whole day, as a datetime it is exclusive.
    ``username`` is who acted; ``entity``/``entity_id`` which record; ``text`` matches a record id or user
    name exactly, or any part of the before/after values. ID and phone numbers in the values are masked for
    a role without people.see_id (app.services.privacy), and ``text`` finds a row for such a role only
    through what it shows: a full ID number typed into the search finds nothing.
    """
    actor.require(AUDIT_VIEW)
    conditions = []
    by_time = False
    if since is not None:
        conditions.append(AuditLog.at >= _start(since))
        by_time = True
    if until is not None:
        end = until if isinstance(until, datetime) else datetime.combine(until + timedelta(days=1), time())
        conditions.append(AuditLog.at < end)
        by_time = True
    if entity:
        conditions.append(AuditLog.entity == entity)
    if entity_id:
        conditions.append(AuditLog.entity_id == str(entity_id).strip())
    if action in ACTION_GROUPS:
        conditions.append(AuditLog.action.in_(ACTION_GROUPS[action]))
    elif action:
        conditions.append(AuditLog.action == action)
    text = (text or "").strip()
    if text:
        pattern = _like(text)
        conditions.append(or_(AuditLog.entity_id == text, AuditLog.username == text.lower(),
                              AuditLog.before.like(pattern, escape="\\"),
                              AuditLog.after.like(pattern, escape="\\")))
    limit = max(1, min(int(limit), 1000))
    masked = not privacy.sees_all(actor)
    with db.read() as s:
        username = (username or "").strip()
        if username:
            staff_id = s.scalar(select(Staff.id).where(func.lower(Staff.username) == username.lower()))
            if staff_id is not None:
                conditions.append(AuditLog.staff_id == staff_id)
            else:  # the system, or a name typed at a failed sign-in: no account behind it
                conditions.append(and_(AuditLog.staff_id.is_(None), AuditLog.username == username))
            by_time = True
        order = (AuditLog.at.desc(), AuditLog.id.desc()) if by_time else (AuditLog.id.desc(),)
        rows: list[AuditRow] = []
        while True:
            page = [*conditions, *_older_than(s, before_id, by_time)]
            found = s.execute(select(*_COLUMNS).where(*page).order_by(*order).limit(limit)).all()
            for r in found:
                row = _row(actor, r)
                if not (masked and text) or _shows(row, text):
                    rows.append(row)
            if len(rows) >= limit or len(found) < limit:
                return rows[:limit]
            before_id = found[-1].id          # rows matched only through a hidden value: read on


def _older_than(s: Session, before_id: int | None, by_time: bool) -> list[ColumnElement[bool]]:
    if before_id is None:
        return []
    if by_time:
        before_at = s.scalar(select(AuditLog.at).where(AuditLog.id == before_id))
        if before_at is not None:
            return [tuple_(AuditLog.at, AuditLog.id) < tuple_(before_at, before_id)]
    return [AuditLog.id < before_id]


def _row(actor: Actor, r: Sequence[Any]) -> AuditRow:
    """A stored row as this actor may read it (the one masking rule: app.services.privacy)."""
    row = AuditRow(*r)
    if privacy.sees_all(actor):
        return row
    return dataclasses.replace(row, before_text=privacy.redact_json(actor, row.before_text),
                               after_text=privacy.redact_json(actor, row.after_text))


def _shows(row: AuditRow, text: str) -> bool:
    return (row.entity_id == text or row.username == text.lower() or text.lower() in row.before_text.lower()
            or text.lower() in row.after_text.lower())


def get(db: Database, actor: Actor, row_id: int) -> AuditRow | None:
    actor.require(AUDIT_VIEW)
    with db.read() as s:
        r = s.execute(select(*_COLUMNS).where(AuditLog.id == row_id)).first()
        return _row(actor, r) if r else None


def usernames(db: Database, actor: Actor) -> list[tuple[str, str]]:
    """``(username, name)`` of every account, for the user filter."""
    actor.require(AUDIT_VIEW)
    with db.read() as s:
        return [(u, n) for u, n in s.execute(select(Staff.username, Staff.name).order_by(Staff.username))]


def verify_chain(db: Database, actor: Actor) -> audit.ChainReport:
    """Walk the hash chain (:func:`app.services.audit.verify`); names the first row that was altered."""
    actor.require(AUDIT_VIEW)
    return audit.verify(db)
