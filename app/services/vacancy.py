"""空置房管理 — the vacant-unit register and its inspections (DOMAIN.md §4.5): register a unit, take it off,
inspect it with the checklist, the supervisor's opinion, follow-up work slips, re-checks, storm batches,
the due list, the monthly statistics (空置房月统计表), and the desk's hooks (home tile, open items, card).

Every state change goes through the workflow engine (app.domain.vacancy UNIT and INSPECTION) in one unit
of work with its event and audit rows; refusals name their field so the form keeps what was typed.

**The room's vacancy flag.** ``Room.vacancy_flag`` belongs to this workflow: :func:`register_unit` sets it,
:func:`remove_unit` clears it. A workflow that changes a room's occupancy (move-in, lease, renovation,
handover) calls :func:`leave_register` inside its own unit of work, so the room leaves the register in the
same transaction as the change that moved it.

**Speed.** The due list is one range of ``ix_vacant_unit_due`` (active, last inspected on or before the
cutoff, never-inspected first); lists are keyset-paged; the monthly statistics read a month's inspections
by ``ix_vacant_inspection_date`` and the units by ``ix_vacant_unit_since``.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import vacancy as VC
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.parameters import effective_value
from app.domain.vacancy import (INSPECTION, BuildingStat, ChangeLine, MonthlyStats, UnitLine, UNIT, VACANCY_INSPECT, VACANCY_MANAGE, VACANCY_REVIEW, VACANCY_VIEW,
                                CheckItem, FindingRoute, Holder, RemovalReason, VacancyType)
from app.domain.validation import check_text
from app.domain.workflow import Transition
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, dashboard, open_items, printing
from app.services import records
from app.services import params as params_service
from app.services import workflow as wf
from app.services.base import STALE, Actor, unit_of_work
from db.engine import Database
from db.models import Building, Room, RoomPerson, Staff, Unit
from db.models.vacancy import VacantCheck, VacantInspection, VacantStorm, VacantUnit

__all__ = [
    "UnitInput", "validate_unit", "register_unit", "remove_unit", "leave_register", "CheckInput",
    "InspectionInput", "validate_inspection", "record_inspection", "act", "send_follow_up_slip",
    "declare_storm", "current_storm", "StormStatus", "UnitFilter", "UnitRow", "list_units", "count_due",
    "UnitDetail", "get_unit", "InspectionFilter", "InspectionRow", "list_inspections", "InspectionDetail",
    "get_inspection", "MonthlyStats", "monthly_stats", "monthly_to_excel", "EventRow", "Action",
    "UNIT_STATUS_GROUPS", "INSPECTION_STATUS_GROUPS", "default_checks",
]

PAGE = "vacancy"
MAX_OPEN_ITEMS = 100
RECENT_ON_CARD = 5
_HIGH = "\U0010ffff"

_LABELS: dict[str, Text] = {
    "room": T("Vacancy", "Room"),
    "vacancy_type": T("Vacancy", "Vacancy type"),
    "since": T("Vacancy", "Vacant since"),
    "holder": T("Vacancy", "Held by"),
    "key_ref": T("Vacancy", "Key"),
    "meter_water": T("Vacancy", "Water meter"),
    "meter_power": T("Vacancy", "Electricity meter"),
    "meter_gas": T("Vacancy", "Gas meter"),
    "fee_arrangement": T("Vacancy", "Fee arrangement"),
    "remarks": T("Vacancy", "Remarks"),
    "action_taken": T("Vacancy", "Action taken"),
    "note": T("Vacancy", "Note"),
    "opinion": T("Vacancy", "Supervisor's opinion"),
    "rectify_requirement": T("Vacancy", "Rectification required"),
    "reason": T("Vacancy", "Reason"),
    "content": T("Vacancy", "Work to do"),
}


def _label(key: str) -> str:
    return str(_LABELS[key])


def _today() -> date:
    return base.now().date()


# =========================================================================================== the register

@dataclass
class UnitInput:
    """A unit put on the register, as typed."""

    room: str = ""                      # room code 3-2-1502
    vacancy_type: str = VacancyType.UNSOLD.value
    since: date | None = None
    holder: str = Holder.DEVELOPER.value
    key_ref: str = ""
    meter_water: str = ""
    meter_power: str = ""
    meter_gas: str = ""
    fee_arrangement: str = ""
    remarks: str = ""


_METER_RE = re.compile(r"\d{1,9}(\.\d{1,2})?")


def _meter(value: str, key: str) -> str:
    text = (value or "").strip()
    if text and not _METER_RE.fullmatch(text):
        raise ValidationError(T("Vacancy", "A meter reading is a number such as 1234.5"), key)
    return text


def validate_unit(data: UnitInput, today: date) -> dict[str, Any]:
    """The typed values of a registration, or the ValidationError of the first bad field."""
    code = re.sub(r"\s", "", data.room or "").upper()
    if not code:
        raise ValidationError(T("Vacancy", "Give the room (such as 3-2-1502)"), "room")
    vtype = VacancyType.from_label(data.vacancy_type)
    if vtype is None:
        raise ValidationError(T("Vacancy", "Choose the vacancy type"), "vacancy_type")
    holder = Holder.from_label(data.holder)
    if holder is None:
        raise ValidationError(T("Vacancy", "Choose who holds the unit"), "holder")
    return {
        "room_code": code, "vacancy_type": vtype.value, "since": VC.check_since(data.since, today),
        "holder": holder.value,
        "key_ref": check_text(data.key_ref, "key_ref", _label("key_ref"), max_len=40, required=False),
        "meter_water": _meter(data.meter_water, "meter_water"),
        "meter_power": _meter(data.meter_power, "meter_power"),
        "meter_gas": _meter(data.meter_gas, "meter_gas"),
        "fee_arrangement": check_text(data.fee_arrangement, "fee_arrangement", _label("fee_arrangement"),
                                      max_len=100, required=False),
        "remarks": check_text(data.remarks, "remarks", _label("remarks"), max_len=500, required=False),
    }


def _active_entry(s: Session, room_id: int) -> VacantUnit | None:
    return s.scalar(select(VacantUnit).where(VacantUnit.room_id == room_id, VacantUnit.status == "active")
                    .limit(1))


def register_unit(db: Database, actor: Actor, data: UnitInput) -> int:
    """Put a room on the register (numbered KD…, state 空置中); sets the room's vacancy flag."""
    actor.require(VACANCY_MANAGE)
    values = validate_unit(data, _today())
    with unit_of_work(db, actor) as s:
        room = s.scalar(select(Room).where(Room.code == values["room_code"]))
        if room is None:
            raise ValidationError(T("Vacancy", "There is no room {code} in this estate").format(
                code=values["room_code"]), "room")
        twin = _active_entry(s, room.id)
        if twin is not None:
            raise ConflictError(T("Vacancy", "{code} is already on the register ({number})").format(
                code=room.code, number=twin.number))
        tenants = s.scalar(select(func.count()).select_from(RoomPerson).where(
            RoomPerson.room_id == room.id, RoomPerson.role == "tenant", RoomPerson.end_date.is_(None))) or 0
        VC.check_registrable(VacancyType(values["vacancy_type"]), room.delivery_state, room.occupancy_state,
                             tenants)
        unit = VacantUnit(**values, room_id=room.id)
        wf.create(s, actor, UNIT, unit, data={"room": room.code,
                                              "type": VC.ZH_TYPES[values["vacancy_type"]]})
        room.vacancy_flag = True
        return unit.id


def _get_unit(s: Session, unit_id: int, version: int | None = None) -> VacantUnit:
    unit = s.get(VacantUnit, unit_id)
    if unit is None:
        raise NotFound(T("Vacancy", "This vacant-unit entry no longer exists"))
    if version is not None and unit.version != version:
        raise ConflictError(STALE)
    return unit


def _take_off(s: Session, actor: Actor, unit: VacantUnit, reason: RemovalReason, note: str) -> None:
    fields = {"removal_reason": reason.value}
    if note:
        fields["note"] = note
    wf.transition(s, actor, UNIT, unit, "remove", fields)
    unit.removed_on = _today()
    unit.removal_reason = reason.value
    room = s.get(Room, unit.room_id)
    if room is not None and _active_entry(s, room.id) is None:
        room.vacancy_flag = False


def remove_unit(db: Database, actor: Actor, unit_id: int, reason: str, note: str = "", *,
                version: int | None = None) -> int:
    """Take a unit off the register with the reason (已交付/已入住/已出租/装修/登记错误); clears the flag."""
    actor.require(VACANCY_MANAGE)
    why = RemovalReason.from_label(reason or "")
    note = check_text(note, "note", _label("note"), max_len=200, required=False)
    with unit_of_work(db, actor) as s:
        unit = _get_unit(s, unit_id, version)
        if why is None:   # the engine names the missing field
            UNIT.check(unit.status, "remove", actor.permissions, {"removal_reason": ""})
        _take_off(s, actor, unit, why, note)
        return unit.id


def leave_register(session: Session, actor: Actor, room_id: int, reason: RemovalReason | str,
                   note: str = "") -> str | None:
    """For the workflows that change a room's occupancy (move-in, lease, renovation, handover): take the
    room off the register in the caller's unit of work. Returns the entry's number, ``None`` if the room
    was not on the register. The caller's own permission is what allowed the change, so it is enough."""
    unit = _active_entry(session, room_id)
    if unit is None:
        return None
    why = reason if isinstance(reason, RemovalReason) else RemovalReason(reason)
    acting = dataclasses.replace(actor, permissions=frozenset(actor.permissions | {VACANCY_MANAGE}))
    _take_off(session, acting, unit, why, note)
    return unit.number


# =========================================================================================== inspections

@dataclass
class CheckInput:
    item: str
    ok: bool = True
    note: str = ""
    route: str = ""
    photo: str = ""


def default_checks() -> list[CheckInput]:
    """The §4.5 checklist, every line OK (what the form starts with)."""
    return [CheckInput(item.value) for item in CheckItem]


@dataclass
class InspectionInput:
    unit_id: int
    inspected_on: date | None = None
    checks: Sequence[CheckInput] = field(default_factory=default_checks)
    aired: bool = False
    cleaned: bool = False
    locked_up: bool = True
    action_taken: str = ""
    remarks: str = ""
    storm: bool = False                 # part of the current storm re-inspection batch


def validate_inspection(data: InspectionInput, today: date) -> dict[str, Any]:
    """The typed values of an inspection, or the first refusal: the whole checklist answered once, every
    异常 described (§4.5 Validation), the date not in the future."""
    day = VC.check_inspection_date(data.inspected_on, today)
    seen: dict[str, CheckInput] = {}
    for c in data.checks:
        item = CheckItem.from_label(c.item)
        if item is None:
            raise ValidationError(T("Vacancy", "Unknown checklist item {item}").format(item=c.item), "checks")
        if item.value in seen:
            raise ValidationError(T("Vacancy", "“{item}” is answered twice").format(item=item.label), "checks")
        seen[item.value] = c
    missing = [str(i.label) for i in CheckItem if i.value not in seen]
    if missing:
        raise ValidationError(T("Vacancy", "Answer every checklist item: {items}").format(
            items="; ".join(missing)), "checks")
    lines = []
    for seq, item in enumerate(CheckItem, 1):
        c = seen[item.value]
        note = check_text(c.note, f"check_{item.value}", str(item.label), max_len=200, required=False)
        route = ""
        if not c.ok:
            if not note:
                raise ValidationError(T("Vacancy", "Describe what is wrong: {item}").format(item=item.label),
                                      f"check_{item.value}")
            r = FindingRoute.from_label(c.route or FindingRoute.ENGINEERING.value)
            if r is None:
                raise ValidationError(T("Vacancy", "Choose where the finding goes"), f"check_{item.value}")
            route = r.value
        photo = (c.photo or "").strip()
        if len(photo) > 260:
            raise ValidationError(T("Vacancy", "The photo's path is too long"), f"check_{item.value}")
        lines.append({"seq": seq, "item": item.value, "ok": bool(c.ok), "note": note, "route": route,
                      "photo": photo})
    return {
        "inspected_on": day, "checks": lines, "aired": bool(data.aired), "cleaned": bool(data.cleaned),
        "locked_up": bool(data.locked_up),
        "action_taken": check_text(data.action_taken, "action_taken", _label("action_taken"), max_len=300,
                                   required=False),
        "remarks": check_text(data.remarks, "remarks", _label("remarks"), max_len=500, required=False),
    }


def record_inspection(db: Database, actor: Actor, data: InspectionInput) -> int:
    """Record an inspection (numbered KZ…). With an anomaly it moves on to 有异常待处理 at once; a clean one
    is closed at once. The unit's last inspection date moves on; returns the inspection's id."""
    actor.require(VACANCY_INSPECT)
    values = validate_inspection(data, _today())
    with unit_of_work(db, actor) as s:
        unit = _get_unit(s, data.unit_id)
        if unit.status != "active":
            raise ConflictError(T("Vacancy", "{code} is no longer on the register: it cannot be inspected")
                                .format(code=unit.room_code))
        VC.check_inspection_date(values["inspected_on"], _today(), unit.since)
        if not values["locked_up"]:
            raise ValidationError(T("Vacancy", "Close the valves and lock up before leaving"),
                                  "locked_up")
        storm_id = None
        if data.storm:
            storm = _open_storm(s)
            if storm is None:
                raise ConflictError(T("Vacancy", "There is no storm re-inspection batch open"))
            storm_id = storm.id
        checks = values.pop("checks")
        anomalies = sum(not c["ok"] for c in checks)
        inspection = VacantInspection(**values, unit_id=unit.id, room_id=unit.room_id, room_code=unit.room_code,
                                      inspector_id=actor.staff_id, anomalies=anomalies, storm_id=storm_id,
                                      handler_id=actor.staff_id)
        wf.create(s, actor, INSPECTION, inspection, data={"anomalies": anomalies} if anomalies else None)
        for c in checks:
            s.add(VacantCheck(inspection_id=inspection.id, **c))
        if anomalies:
            wf.transition(s, actor, INSPECTION, inspection, "report_issues",
                          {"note": "; ".join(f"{VC.ZH_CHECK_ITEMS[c['item']]}：{c['note']}"
                                             for c in checks if not c["ok"])[:200]})
        else:
            wf.transition(s, actor, INSPECTION, inspection, "close", {})
            inspection.closed_at = base.now()
        if unit.last_inspected_on is None or values["inspected_on"] > unit.last_inspected_on:
            unit.last_inspected_on = values["inspected_on"]
        return inspection.id


def _get_inspection(s: Session, inspection_id: int, version: int | None = None) -> VacantInspection:
    inspection = s.get(VacantInspection, inspection_id)
    if inspection is None:
        raise NotFound(T("Vacancy", "This inspection no longer exists"))
    if version is not None and inspection.version != version:
        raise ConflictError(STALE)
    return inspection


def _date(value: Any, key: str) -> date | None:
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise ValidationError(T("Vacancy", "Give a date such as 2025-06-12"), key) from None


def check_action_values(action: str, values: Mapping[str, Any], today: date) -> dict[str, Any]:
    """The fields of an action, checked and typed; the engine then checks the required ones are there."""
    fields: dict[str, Any] = {}
    note = check_text(str(values.get("note") or ""), "note", _label("note"), max_len=200, required=False)
    if note:
        fields["note"] = note
    if action == "review":
        fields["opinion"] = check_text(str(values.get("opinion") or ""), "opinion", _label("opinion"),
                                       max_len=500, required=False)
        fields["rectify_requirement"] = check_text(str(values.get("rectify_requirement") or ""),
                                                   "rectify_requirement", _label("rectify_requirement"),
                                                   max_len=300, required=False)
        deadline = _date(values.get("rectify_deadline"), "rectify_deadline")
        recheck = _date(values.get("recheck_on"), "recheck_on")
        for key, day in (("rectify_deadline", deadline), ("recheck_on", recheck)):
            if day is not None and day < today:
                raise ValidationError(T("Vacancy", "This date cannot be in the past"), key)
        if deadline and recheck and recheck < deadline:
            raise ValidationError(T("Vacancy", "The re-check cannot be before the rectification deadline"),
                                  "recheck_on")
        fields["rectify_deadline"], fields["recheck_on"] = deadline, recheck
    if action == "send_slip":
        fields["slip_no"] = str(values.get("slip_no") or "").strip().upper()
    if action == "void":
        fields["reason"] = check_text(str(values.get("reason") or values.get("note") or ""), "reason",
                                      _label("reason"), max_len=200, required=False)
    return fields


def act(db: Database, actor: Actor, inspection_id: int, action: str, values: Mapping[str, Any] | None = None,
        *, version: int | None = None) -> int:
    """Apply ``action`` to an inspection with the values entered; a stale ``version`` writes nothing."""
    try:
        transition = INSPECTION.transition(action)
    except KeyError:
        raise NotFound(T("Vacancy", "There is no action “{action}” for inspections").format(
            action=action)) from None
    if action in VC.SERVICE_ONLY:
        raise ConflictError(T("Vacancy", "“{action}” is recorded with the inspection itself").format(
            action=transition.label))
    actor.require(transition.permission)
    fields = check_action_values(action, dict(values or {}), _today())
    with unit_of_work(db, actor) as s:
        inspection = _get_inspection(s, inspection_id, version)
        _apply(inspection, action, fields, actor)
        wf.transition(s, actor, INSPECTION, inspection, action, fields)
        return inspection.id


def _apply(inspection: VacantInspection, action: str, fields: Mapping[str, Any], actor: Actor) -> None:
    """What an action records on the inspection besides its status (the event keeps the rest)."""
    INSPECTION.check(inspection.status, action, actor.permissions, fields)
    at = base.now()
    if action == "review":
        inspection.opinion = fields["opinion"]
        inspection.rectify_requirement = fields.get("rectify_requirement", "")
        inspection.rectify_deadline = fields.get("rectify_deadline")
        inspection.recheck_on = fields.get("recheck_on")
        inspection.reviewed_by, inspection.reviewed_at = actor.staff_id, at
    elif action == "send_slip":
        numbers = [n for n in inspection.slip_numbers.split(",") if n]
        if fields["slip_no"] not in numbers:
            numbers.append(fields["slip_no"])
        inspection.slip_numbers = ",".join(numbers)[:200]
    elif action == "rectify":
        inspection.rectified_at = at
    elif action == "close":
        inspection.closed_at = at


def send_follow_up_slip(db: Database, actor: Actor, inspection_id: int, *, to_dept: str, content: str,
                        required_date: date | None, version: int | None = None) -> str:
    """A follow-up work slip (工作联系单) for an inspection's findings, through the relay workflow; its
    number is added to the inspection (``send_slip``). Returns the slip's number."""
    from app.services import relay
    actor.require(VACANCY_INSPECT)
    with db.read() as s:
        inspection = _get_inspection(s, inspection_id, version)
        INSPECTION.check(inspection.status, "send_slip", actor.permissions, {"slip_no": "-"})
        number, room_code = inspection.number, inspection.room_code
    content = check_text(content, "content", _label("content"), max_len=500)
    slip_id = relay.create_slip(db, actor, relay.SlipInput(
        to_dept=to_dept, subject=str(T("Vacancy", "Vacant unit {code}: findings of {number}")).format(
            code=room_code, number=number)[:60],
        content=content, required_date=required_date, room=room_code, source=number))
    slip_no = records.get(db, actor, relay.SLIP_KIND, slip_id).number
    act(db, actor, inspection_id, "send_slip", {"slip_no": slip_no})
    return slip_no


# =========================================================================================== storms

def _open_storm(s: Session) -> VacantStorm | None:
    return s.scalar(select(VacantStorm).where(VacantStorm.closed.is_(False))
                    .order_by(VacantStorm.declared_at.desc()).limit(1))


def declare_storm(db: Database, actor: Actor, note: str) -> int:
    """Open a storm re-inspection batch (台风/暴雨后复查): every active unit is due within the parameter's
    hours. An earlier open batch is closed by the new one."""
    actor.require(VACANCY_INSPECT)
    note = check_text(note, "note", _label("note"), max_len=200)
    with unit_of_work(db, actor) as s:
        for old in s.scalars(select(VacantStorm).where(VacantStorm.closed.is_(False))):
            old.closed = True
        storm = VacantStorm(declared_at=base.now(), note=note, declared_by=actor.staff_id, closed=False)
        s.add(storm)
        s.flush()
        return storm.id


@dataclass(frozen=True)
class StormStatus:
    id: int
    declared_at: datetime
    note: str
    due_at: datetime
    units: int
    done: int

    @property
    def left(self) -> int:
        return self.units - self.done


def current_storm(db: Database, actor: Actor) -> StormStatus | None:
    """The open storm batch and how far it is: active units, and those inspected since it was declared."""
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        storm = _open_storm(s)
        if storm is None:
            return None
        return _storm_status(s, storm)


def _storm_status(s: Session, storm: VacantStorm) -> StormStatus:
    hours = effective_value("vacant.storm_check_hours", params_service.load(s))
    units = s.scalar(select(func.count()).select_from(VacantUnit).where(VacantUnit.status == "active")) or 0
    done = s.scalar(select(func.count(func.distinct(VacantInspection.unit_id))).where(
        VacantInspection.storm_id == storm.id, VacantInspection.status != "void")) or 0
    return StormStatus(storm.id, storm.declared_at, storm.note, VC.storm_due(storm.declared_at, hours),
                       units, done)


def close_storm(db: Database, actor: Actor, storm_id: int) -> None:
    actor.require(VACANCY_INSPECT)
    with unit_of_work(db, actor) as s:
        storm = s.get(VacantStorm, storm_id)
        if storm is None or storm.closed:
            raise ConflictError(T("Vacancy", "This storm batch is already closed"))
        storm.closed = True


# =========================================================================================== reading

@dataclass(frozen=True)
class EventRow:
    at: datetime
    who: str
    action: str
    from_state: str
    to_state: str
    note: str
    data: dict


def _staff_names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


def _events(s: Session, workflow, record_id: int) -> list[EventRow]:
    events = wf.events(s, workflow, record_id)
    names = _staff_names(s, [e.user_id for e in events])
    out = []
    for e in events:
        if e.action == "create":
            label = T("Vacancy", "Registered") if workflow is UNIT else T("Vacancy", "Inspected")
        else:
            label = workflow.transition(e.action).label
        out.append(EventRow(e.at, names.get(e.user_id, ""), str(label),
                            str(VC.state_label(workflow, e.from_state)) if e.from_state else "",
                            str(VC.state_label(workflow, e.to_state)), e.note, dict(e.data)))
    return out


@dataclass(frozen=True)
class Action:
    name: str
    label: str


def _params(s: Session) -> tuple[int, dict]:
    params = params_service.load(s)
    return effective_value("vacant.inspection_days", params), params


# ------------------------------------------------------------------------------------------- units

UNIT_STATUS_GROUPS: dict[str, Text] = {
    "active": T("Vacancy", "On the register"),
    "due": T("Vacancy", "Inspection due"),
    "never": T("Vacancy", "Never inspected"),
    "removed": T("Vacancy", "Off the register"),
    "": T("Vacancy", "All entries"),
}


@dataclass(frozen=True)
class UnitFilter:
    status: str = "active"              # a key of UNIT_STATUS_GROUPS
    room: str = ""                      # a code or its beginning (3-, 3-2-)
    vacancy_type: str = ""


@dataclass(frozen=True)
class UnitRow:
    id: int
    number: str
    room_code: str
    vacancy_type: str
    since: date
    holder: str
    key_ref: str
    status: str
    last_inspected_on: date | None
    next_due: date | None
    due: bool
    removed_on: date | None
    removal_reason: str
    sort_key: tuple

    @property
    def status_label(self) -> str:
        return str(VC.state_label(UNIT, self.status))

    @property
    def type_label(self) -> str:
        return str(VacancyType(self.vacancy_type).label)


def _unit_conditions(f: UnitFilter, cutoff: date) -> list:
    conds: list = []
    due = or_(VacantUnit.last_inspected_on.is_(None), VacantUnit.last_inspected_on <= cutoff)
    if f.status == "active":
        conds.append(VacantUnit.status == "active")
    elif f.status == "due":
        conds += [VacantUnit.status == "active", due]
    elif f.status == "never":
        conds += [VacantUnit.status == "active", VacantUnit.last_inspected_on.is_(None)]
    elif f.status == "removed":
        conds.append(VacantUnit.status == "removed")
    elif f.status:
        raise ValidationError(T("Vacancy", "Unknown status filter {status}").format(status=f.status), "status")
    room = re.sub(r"\s", "", f.room or "").upper()
    if room:
        conds += [VacantUnit.room_code >= room, VacantUnit.room_code < room + _HIGH]
    if f.vacancy_type:
        conds.append(VacantUnit.vacancy_type == f.vacancy_type)
    return conds


def list_units(db: Database, actor: Actor, f: UnitFilter | None = None, *, after: tuple | None = None,
               limit: int = 200) -> list[UnitRow]:
    """One page of the register by room code (``after`` = the last row's ``sort_key``)."""
    actor.require(VACANCY_VIEW)
    f = f or UnitFilter()
    today = _today()
    with db.read() as s:
        days, _ = _params(s)
        cutoff = VC.due_cutoff(today, days)
        q = select(VacantUnit).where(*_unit_conditions(f, cutoff))
        if after is not None:
            q = q.where(tuple_(VacantUnit.room_code, VacantUnit.id) > tuple_(*after))
        units = s.scalars(q.order_by(VacantUnit.room_code, VacantUnit.id).limit(limit)).all()
        return [_unit_row(u, days, cutoff) for u in units]


def _unit_row(u: VacantUnit, days: int, cutoff: date) -> UnitRow:
    active = u.status == "active"
    due = active and (u.last_inspected_on is None or u.last_inspected_on <= cutoff)
    return UnitRow(u.id, u.number, u.room_code, u.vacancy_type, u.since, u.holder, u.key_ref, u.status,
                   u.last_inspected_on, VC.next_due(u.last_inspected_on, u.since, days) if active else None,
                   due, u.removed_on, u.removal_reason, (u.room_code, u.id))


def count_due(db: Database, actor: Actor) -> tuple[int, int]:
    """(units due for inspection, active units)."""
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        return _count_due(s)


def _count_due(s: Session) -> tuple[int, int]:
    days, _ = _params(s)
    cutoff = VC.due_cutoff(_today(), days)
    due = s.scalar(select(func.count()).select_from(VacantUnit).where(
        *_unit_conditions(UnitFilter("due"), cutoff))) or 0
    active = s.scalar(select(func.count()).select_from(VacantUnit).where(VacantUnit.status == "active")) or 0
    return due, active


@dataclass(frozen=True)
class UnitDetail:
    id: int
    number: str
    version: int
    status: str
    room_id: int
    room_code: str
    vacancy_type: str
    since: date
    holder: str
    key_ref: str
    meter_water: str
    meter_power: str
    meter_gas: str
    fee_arrangement: str
    remarks: str
    last_inspected_on: date | None
    next_due: date | None
    due: bool
    removed_on: date | None
    removal_reason: str
    registered_by: str
    events: list[EventRow]
    inspections: list[InspectionRow]
    can_remove: bool
    can_inspect: bool

    @property
    def status_label(self) -> str:
        return str(VC.state_label(UNIT, self.status))


def get_unit(db: Database, actor: Actor, unit_id: int) -> UnitDetail:
    """One entry with its events, its inspections (newest first) and what this user may do."""
    actor.require(VACANCY_VIEW)
    today = _today()
    with db.read() as s:
        u = _get_unit(s, unit_id)
        days, _ = _params(s)
        row = _unit_row(u, days, VC.due_cutoff(today, days))
        events = _events(s, UNIT, u.id)
        names = _staff_names(s, [u.created_by])
        inspections = _inspection_rows(s, select(VacantInspection).where(VacantInspection.unit_id == u.id)
                                       .order_by(VacantInspection.inspected_on.desc(),
                                                 VacantInspection.id.desc()).limit(50))
    active = u.status == "active"
    return UnitDetail(u.id, u.number, u.version, u.status, u.room_id, u.room_code, u.vacancy_type, u.since,
                      u.holder, u.key_ref, u.meter_water, u.meter_power, u.meter_gas, u.fee_arrangement,
                      u.remarks, u.last_inspected_on, row.next_due, row.due, u.removed_on, u.removal_reason,
                      names.get(u.created_by, ""), events, inspections,
                      active and actor.can(VACANCY_MANAGE), active and actor.can(VACANCY_INSPECT))


# ------------------------------------------------------------------------------------------- inspections

INSPECTION_STATUS_GROUPS: dict[str, Text] = {
    "": T("Vacancy", "All inspections"),
    "open": T("Vacancy", "Open"),
    "issues": T("Vacancy", "Anomalies to handle"),
    "recheck_due": T("Vacancy", "Re-check due"),
    "rectified": T("Vacancy", "Rectified"),
    "closed": T("Vacancy", "Closed"),
    "void": T("Vacancy", "Void"),
}


@dataclass(frozen=True)
class InspectionFilter:
    date_from: date | None = None
    date_to: date | None = None
    status: str = ""
    room: str = ""


@dataclass(frozen=True)
class InspectionRow:
    id: int
    number: str
    inspected_on: date
    room_code: str
    inspector: str
    anomalies: int
    storm: bool
    status: str
    rectify_deadline: date | None
    recheck_on: date | None
    slip_numbers: str
    overdue: bool
    sort_key: tuple

    @property
    def status_label(self) -> str:
        return str(VC.state_label(INSPECTION, self.status))


def _inspection_rows(s: Session, q) -> list[InspectionRow]:
    today = _today()
    rows = s.execute(q.add_columns(Staff.name).outerjoin(Staff, Staff.id == VacantInspection.inspector_id)).all()
    out = []
    for i, who in rows:
        overdue = i.status == "issues" and i.rectify_deadline is not None and i.rectify_deadline < today
        out.append(InspectionRow(i.id, i.number, i.inspected_on, i.room_code, who or "", i.anomalies,
                                 i.storm_id is not None, i.status, i.rectify_deadline, i.recheck_on,
                                 i.slip_numbers, overdue, (i.inspected_on, i.id)))
    return out


def list_inspections(db: Database, actor: Actor, f: InspectionFilter | None = None, *,
                     after: tuple | None = None, limit: int = 200) -> list[InspectionRow]:
    """One page of inspections, newest first (``after`` = the last row's ``sort_key``)."""
    actor.require(VACANCY_VIEW)
    f = f or InspectionFilter()
    conds: list = []
    if f.date_from:
        conds.append(VacantInspection.inspected_on >= f.date_from)
    if f.date_to:
        conds.append(VacantInspection.inspected_on <= f.date_to)
    if f.status == "open":
        conds.append(VacantInspection.status.in_(VC.OPEN_INSPECTION_STATES))
    elif f.status == "recheck_due":
        conds += [VacantInspection.status == "issues", VacantInspection.recheck_on <= _today()]
    elif f.status:
        if f.status not in {st.name for st in INSPECTION.states}:
            raise ValidationError(T("Vacancy", "Unknown status filter {status}").format(status=f.status),
                                  "status")
        conds.append(VacantInspection.status == f.status)
    room = re.sub(r"\s", "", f.room or "").upper()
    if room:
        conds += [VacantInspection.room_code >= room, VacantInspection.room_code < room + _HIGH]
    q = select(VacantInspection).where(*conds)
    if after is not None:
        q = q.where(tuple_(VacantInspection.inspected_on, VacantInspection.id) < tuple_(*after))
    q = q.order_by(VacantInspection.inspected_on.desc(), VacantInspection.id.desc()).limit(limit)
    with db.read() as s:
        return _inspection_rows(s, q)


@dataclass(frozen=True)
class CheckRow:
    item: str
    label: str
    zh: str
    ok: bool
    note: str
    route: str
    photo: str


@dataclass(frozen=True)
class InspectionDetail:
    id: int
    number: str
    version: int
    status: str
    unit_id: int
    room_id: int
    room_code: str
    inspected_on: date
    inspector: str
    storm: bool
    aired: bool
    cleaned: bool
    locked_up: bool
    anomalies: int
    action_taken: str
    opinion: str
    rectify_requirement: str
    rectify_deadline: date | None
    recheck_on: date | None
    reviewer: str
    reviewed_at: datetime | None
    slip_numbers: list[str]
    rectified_at: datetime | None
    closed_at: datetime | None
    remarks: str
    void_reason: str
    checks: list[CheckRow]
    events: list[EventRow]
    actions: list[Transition]

    @property
    def status_label(self) -> str:
        return str(VC.state_label(INSPECTION, self.status))


def get_inspection(db: Database, actor: Actor, inspection_id: int) -> InspectionDetail:
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        i = _get_inspection(s, inspection_id)
        return _inspection_detail(s, actor, i)


def _inspection_detail(s: Session, actor: Actor, i: VacantInspection) -> InspectionDetail:
    checks = s.scalars(select(VacantCheck).where(VacantCheck.inspection_id == i.id)
                       .order_by(VacantCheck.seq)).all()
    names = _staff_names(s, [i.inspector_id, i.reviewed_by])
    rows = [CheckRow(c.item, str(CheckItem(c.item).label), VC.ZH_CHECK_ITEMS.get(c.item, c.item), c.ok, c.note,
                     c.route, c.photo) for c in checks]
    return InspectionDetail(
        i.id, i.number, i.version, i.status, i.unit_id, i.room_id, i.room_code, i.inspected_on,
        names.get(i.inspector_id, ""), i.storm_id is not None, i.aired, i.cleaned, i.locked_up, i.anomalies,
        i.action_taken, i.opinion, i.rectify_requirement, i.rectify_deadline, i.recheck_on,
        names.get(i.reviewed_by, ""), i.reviewed_at, [n for n in i.slip_numbers.split(",") if n],
        i.rectified_at, i.closed_at, i.remarks, i.void_reason, rows, _events(s, INSPECTION, i.id),
        VC.inspection_actions(i.status, actor.permissions))


# =========================================================================================== monthly statistics

def monthly_stats(db: Database, actor: Actor, year: int, month: int) -> MonthlyStats:
    """空置房月统计表 of a month: per building the rooms, the units vacant at the month's end by type, those
    added and removed in the month, inspected (coverage), anomalies found and fixed; the list of units
    and the changes. An entry removed as a mistake counts nowhere."""
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        return _monthly(s, year, month)


def _monthly(s: Session, year: int, month: int) -> MonthlyStats:
    first, nxt = VC.month_bounds(year, month)
    building_of = (select(Room.id, Building.building_no).join(Unit, Unit.id == Room.unit_id)
                   .join(Building, Building.id == Unit.building_id))
    rooms_per = dict(s.execute(select(Building.building_no, func.count(Room.id))
                               .join(Unit, Unit.building_id == Building.id).join(Room, Room.unit_id == Unit.id)
                               .group_by(Building.building_no)).all())
    real = VacantUnit.removal_reason != RemovalReason.MISTAKE.value
    units = s.scalars(select(VacantUnit).where(VacantUnit.since < nxt, real,
                                               or_(VacantUnit.removed_on.is_(None), VacantUnit.removed_on >= first))
                      ).all()
    room_building = dict(s.execute(building_of.where(Room.id.in_({u.room_id for u in units} or {-1}))).all())
    month_inspections = s.execute(select(VacantInspection.unit_id, VacantInspection.anomalies,
                                         VacantInspection.status, VacantInspection.inspected_on,
                                         VacantInspection.rectified_at)
                                  .where(VacantInspection.inspected_on >= first, VacantInspection.inspected_on < nxt,
                                         VacantInspection.status != "void")).all()
    per_unit: dict[int, list] = defaultdict(list)
    for row in month_inspections:
        per_unit[row.unit_id].append(row)
    stats: dict[str, dict[str, Any]] = {}

    def slot(b: str) -> dict[str, Any]:
        return stats.setdefault(b, {"vacant": 0, "by_type": defaultdict(int), "added": 0, "removed": 0,
                                    "inspected": 0, "anomalies": 0, "fixed": 0})
    lines, changes = [], []
    fix_days = []
    for u in units:
        b = room_building.get(u.room_id, "")
        st = slot(b)
        at_end = u.removed_on is None or u.removed_on >= nxt
        rows = per_unit.get(u.id, [])
        if at_end:
            st["vacant"] += 1
            st["by_type"][u.vacancy_type] += 1
            last = max((r.inspected_on for r in rows), default=None)
            lines.append(UnitLine(b, u.room_code, u.vacancy_type, u.since, u.holder, len(rows),
                                  last or (u.last_inspected_on if u.last_inspected_on and u.last_inspected_on < nxt
                                           else None), sum(r.anomalies for r in rows)))
        if u.since >= first:
            st["added"] += 1
            changes.append(ChangeLine(u.room_code, "added", u.since, u.vacancy_type))
        if u.removed_on is not None and first <= u.removed_on < nxt:
            st["removed"] += 1
            changes.append(ChangeLine(u.room_code, "removed", u.removed_on, u.removal_reason))
        if rows:
            st["inspected"] += 1
            st["anomalies"] += sum(r.anomalies for r in rows)
            for r in rows:
                if r.anomalies and r.status in ("rectified", "closed"):
                    st["fixed"] += 1
                    if r.rectified_at is not None:
                        fix_days.append((r.rectified_at.date() - r.inspected_on).days)
    buildings = [BuildingStat(b, rooms_per.get(b, 0), v["vacant"], dict(v["by_type"]), v["added"], v["removed"],
                              v["inspected"], v["anomalies"], v["fixed"])
                 for b, v in sorted(stats.items(), key=lambda kv: _natural(kv[0]))]
    lines.sort(key=lambda line: _natural(line.room_code))
    changes.sort(key=lambda c: (c.on, c.room_code))
    return MonthlyStats(year, month, buildings, lines, changes,
                        sum(fix_days) / len(fix_days) if fix_days else None)


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text or ""))


def monthly_to_excel(db: Database, actor: Actor, year: int, month: int, path) -> int:
    """空置房月统计表 as an Excel sheet (the per-building table, then the list of units); returns the rows."""
    actor.require(VACANCY_VIEW)
    stats = monthly_stats(db, actor, year, month)
    from app.printing.forms.vacancy_monthly import building_rows, unit_rows
    header = ["楼栋", "总套数", "空置套数", "空置率", "一类", "二类", "三类", "本月新增", "本月移出",
              "本月巡检", "巡检覆盖率", "异常", "已整改"]
    rows: list[list[object]] = [list(r) for r in building_rows(stats)]
    rows.append([""] * len(header))
    rows.append(["房号", "空置类型", "登记日期", "持有人", "本月巡检次数", "最近巡检", "异常", "", "", "", "", "",
                 ""])
    rows += [list(r) + [""] * (len(header) - len(r)) for r in unit_rows(stats)]
    title = f"空置房月统计表 {year}年{month:02d}月"
    count = printing.list_to_excel(path, title, header, rows)
    printing.record_list_output(db, actor, title, count, to="excel", details={"file": str(path)})
    return count


# =========================================================================================== desk hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    due, active = _count_due(s)
    days, _ = _params(s)
    cutoff = VC.due_cutoff(today, days)
    rows = s.execute(select(VacantUnit.room_code, VacantUnit.last_inspected_on)
                     .where(*_unit_conditions(UnitFilter("due"), cutoff))
                     .order_by(VacantUnit.last_inspected_on, VacantUnit.id).limit(5)).all()
    issues = s.scalar(select(func.count()).select_from(VacantInspection)
                      .where(VacantInspection.status == "issues")) or 0
    detail = str(T("Vacancy", "{n} vacant units · {i} with anomalies to handle").format(n=active, i=issues))
    storm = _open_storm(s)
    level = "attention" if due else "normal"
    if storm is not None:
        st = _storm_status(s, storm)
        detail += " · " + str(T("Vacancy", "storm re-inspection: {left} left by {at}").format(
            left=st.left, at=f"{st.due_at:%m-%d %H:%M}"))
        if st.left and base.now() > st.due_at:
            level = "alert"
    items = [str(T("Vacancy", "{room}: last inspected {when}").format(
        room=code, when=last.isoformat() if last else str(T("Vacancy", "never")))) for code, last in rows]
    return [dashboard.Tile(T("Vacancy", "Vacant-unit inspections due"), str(due), detail, PAGE, level, items)]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    today = now.date()
    items = []
    group = T("Vacancy", "Vacant-unit anomalies")
    for i in s.scalars(select(VacantInspection).where(VacantInspection.status == "issues")
                       .order_by(VacantInspection.inspected_on, VacantInspection.id).limit(MAX_OPEN_ITEMS)):
        late = i.rectify_deadline is not None and i.rectify_deadline < today
        title = str(T("Vacancy", "{room}: {n} anomalies found {day}").format(
            room=i.room_code, n=i.anomalies, day=i.inspected_on.isoformat()))
        if i.rectify_deadline:
            title += " · " + str(T("Vacancy", "fix by {day}").format(day=i.rectify_deadline.isoformat()))
        items.append(open_items.OpenItem(group, title, i.number, PAGE, i.id, "alert" if late else "attention"))
    days, _ = _params(s)
    overdue_cutoff = VC.due_cutoff(today, days * 2)   # a whole round missed
    group = T("Vacancy", "Vacant units not inspected")
    for u in s.scalars(select(VacantUnit).where(
            VacantUnit.status == "active",
            or_(and_(VacantUnit.last_inspected_on.is_(None), VacantUnit.since <= VC.due_cutoff(today, days)),
                VacantUnit.last_inspected_on <= overdue_cutoff))
            .order_by(VacantUnit.last_inspected_on, VacantUnit.id).limit(MAX_OPEN_ITEMS)):
        when = u.last_inspected_on.isoformat() if u.last_inspected_on else str(T("Vacancy", "never"))
        items.append(open_items.OpenItem(group, str(T("Vacancy", "{room}: last inspected {when}").format(
            room=u.room_code, when=when)), u.number, PAGE, None, "alert"))
    return items


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    if not actor.can(VACANCY_VIEW):
        return None
    entries = s.scalars(select(VacantUnit).where(VacantUnit.room_id == room.id)
                        .order_by(VacantUnit.since.desc(), VacantUnit.id.desc()).limit(3)).all()
    if not entries:
        return None
    rows = []
    for u in entries:
        state = str(VC.state_label(UNIT, u.status))
        if u.removal_reason:
            state += f" ({RemovalReason(u.removal_reason).label})"
        rows.append([u.number, str(VacancyType(u.vacancy_type).label), u.since.isoformat(), state,
                     u.last_inspected_on.isoformat() if u.last_inspected_on else ""])
    for i in s.scalars(select(VacantInspection).where(VacantInspection.room_id == room.id)
                       .order_by(VacantInspection.inspected_on.desc()).limit(RECENT_ON_CARD)):
        rows.append([i.number, str(T("Vacancy", "Inspection: {n} anomalies").format(n=i.anomalies)),
                     i.inspected_on.isoformat(), str(VC.state_label(INSPECTION, i.status)), ""])
    return card_sections.CardSection(
        T("Vacancy", "Vacant-unit register"),
        [T("Vacancy", "No."), T("Vacancy", "Type"), T("Vacancy", "Date"), T("Vacancy", "Status"),
         T("Vacancy", "Last inspected")], rows)


# =========================================================================================== forms

def _monthly_form(session: Session, actor: Actor, number: str):
    """空置房月统计表 of a month (number: 2025-06)."""
    actor.require(VACANCY_VIEW)
    from app.printing.forms.vacancy_monthly import VacancyMonthly
    try:
        year, month = VC.parse_month(number)
    except ValidationError as exc:
        raise NotFound(str(exc)) from None
    stats = _monthly(session, year, month)
    return VacancyMonthly(stats=stats, printed_by=actor.name, printed_at=base.now()), False


def _inspection_form(session: Session, actor: Actor, number: str):
    """空置房巡检表 of one inspection, by number."""
    actor.require(VACANCY_VIEW)
    from app.printing.forms.vacancy_inspection import InspectionSheet
    i = session.scalar(select(VacantInspection).where(VacantInspection.number == number.strip().upper()))
    if i is None:
        raise NotFound(T("Vacancy", "There is no inspection {number}").format(number=number))
    d = _inspection_detail(session, actor, i)
    unit = session.get(VacantUnit, i.unit_id)
    return InspectionSheet(
        number=d.number, room_code=d.room_code, vacancy_type=unit.vacancy_type if unit else "",
        inspected_on=d.inspected_on, inspector=d.inspector, storm=d.storm,
        checks=[(c.zh, c.ok, c.note, c.photo) for c in d.checks], aired=d.aired, cleaned=d.cleaned,
        locked_up=d.locked_up, action_taken=d.action_taken, slips="、".join(d.slip_numbers),
        opinion=d.opinion, rectify_requirement=d.rectify_requirement, rectify_deadline=d.rectify_deadline,
        recheck_on=d.recheck_on, reviewer=d.reviewer, remarks=d.remarks, status=d.status), d.status == "void"


dashboard.register("vacancy", VACANCY_VIEW, _tiles)
open_items.register("vacancy", VACANCY_VIEW, _open_items)
card_sections.register("vacancy", _card_section)
printing.register_source("vacancy_monthly", _monthly_form)
printing.register_source("vacant_inspection", _inspection_form)

# the review permission is referenced by the page; keep the import visible to linters
_ = VACANCY_REVIEW
