"""空置房管理 — the vacant-unit register and its inspections (DOMAIN.md §4.5): register a unit, inspect it with
the checklist (its photos kept as attachments), storm batches, the due list, the monthly statistics
(空置房月统计表), and the desk's hooks (home tile, open items, household card, the printed sheets).

Every action on a unit or an inspection is the record kit's (app.services.records): this module registers
both as record kinds with what is their own — the room's flag, the date a unit left the register, the
supervisor's dates, the follow-up work slip made in the same transaction as the action that sends it
(relay.create_slip_in, linked to the inspection) — and their projections and detail rows. An inspection's
rectification deadline is its ``rectify`` clock (app.services.clocks).

**The room's vacancy flag.** ``Room.vacancy_flag`` belongs to this workflow: registering a unit sets it,
taking it off clears it. A workflow that changes a room's occupancy (move-in, lease, renovation, handover)
calls :func:`leave_register` inside its own unit of work, so the room leaves the register in the same
transaction as the change that moved it.

**Speed.** The due list is one range of ``ix_vacant_unit_due`` (active, last inspected on or before the
cutoff, never-inspected first); lists are keyset-paged; the monthly statistics read a month's inspections
by ``ix_vacant_inspection_date`` and the units by ``ix_vacant_unit_since``.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import vacancy as VC
from app.domain.enums import DeliveryState
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.keys import KEY, LOAN_KIND, KeyCategory
from app.domain.parameters import effective_value
from app.domain.relay import RELAY_CREATE
from app.domain.vacancy import (
    INSPECTION,
    INSPECTION_KIND,
    UNIT,
    VACANCY_INSPECT,
    VACANCY_MANAGE,
    VACANCY_VIEW,
    BuildingStat,
    ChangeLine,
    CheckItem,
    CheckResult,
    FindingRoute,
    Holder,
    MonthlyStats,
    RemovalReason,
    UnitLine,
    VacancyType,
)
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import attachments, base, card_sections, clocks, dashboard, open_items, printing, records
from app.services import keys as keys_service
from app.services import params as params_service
from app.services.base import Actor, unit_of_work
from app.services.shared import Query, StatusRow, label_of, numbered, stamp
from db.engine import Database
from db.models import Building, Room, RoomPerson, Staff, Unit
from db.models.keys import KeyItem
from db.models.vacancy import VacantCheck, VacantInspection, VacantStorm, VacantUnit

if TYPE_CHECKING:
    from app.printing.forms.vacancy_inspection import InspectionSheet
    from app.printing.forms.vacancy_monthly import VacancyMonthly


PAGE = "vacancy"
UNIT_KIND = VC.UNIT_KIND              # the record kinds (records.get/act, records_changed)
MAX_OPEN_ITEMS = 100
RECENT_ON_CARD = 5
_HIGH = "\U0010ffff"


def _today() -> date:
    return base.now().date()


def _params(s: Session) -> tuple[int, dict]:
    params = params_service.load(s)
    return effective_value("vacant.inspection_days", params), params


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


# =========================================================================================== the register

def _active_entry(s: Session, room_id: int) -> VacantUnit | None:
    return s.scalar(select(VacantUnit).where(VacantUnit.room_id == room_id, VacantUnit.status == "active")
                    .limit(1))


def _register(s: Session, actor: Actor, values: dict[str, Any]) -> VacantUnit:
    """Put a room on the register (numbered KD…, state 空置中): a room nobody lives in, rents or renovates,
    of the vacancy type its delivery allows, not on the register already; sets the room's vacancy flag."""
    VC.check_since(values["since"], _today())
    room = records.room(s, values["room"], "room")
    twin = _active_entry(s, room.id)
    if twin is not None:
        raise ConflictError(T("Vacancy", "{code} is already on the register ({number})").format(
            code=room.code, number=twin.number))
    tenants = s.scalar(select(func.count()).select_from(RoomPerson).where(
        RoomPerson.room_id == room.id, RoomPerson.role == "tenant", RoomPerson.end_date.is_(None))) or 0
    VC.check_registrable(VacancyType(values["vacancy_type"]), room.delivery_state, room.occupancy_state,
                         tenants)
    key_id = _unit_key(s, actor, values, room)
    unit = VacantUnit(**{spec.key: values[spec.key] for spec in VC.UNIT_FIELDS
                         if spec not in (VC.ROOM, VC.REGISTER_KEY)},
                      room_id=room.id, room_code=room.code, key_id=key_id)
    records.create_in(s, actor, UNITS, unit, data={"room": room.code, "vacancy_type": unit.vacancy_type})
    room.vacancy_flag = True
    return unit


MSG_KEY_AS_TYPED = T("Vacancy", "{text} (as typed: no key of the cabinet register)")


def _unit_key(s: Session, actor: Actor, values: dict[str, Any], room: Room) -> int | None:
    """The cabinet's key of the unit (§4.5 step 1: its key is in the custody of workflow 6): the key in the slot
    typed, which must be the room's; not in the register yet, the developer's key is taken in with the unit."""
    slot = values["key_ref"]
    if not slot:
        return None
    key = s.scalar(select(KeyItem).where(KeyItem.key_no == slot, KeyItem.status.in_(KEY.open_states)).limit(1))
    if key is None:
        if not values["register_key"]:
            raise ValidationError(VC.MSG_NO_KEY.format(slot=slot), "key_ref")
        if values["holder"] != Holder.DEVELOPER.value:
            raise ValidationError(VC.MSG_OWNER_KEY, "register_key")
        key = keys_service.take_in_in(s, actor, {"key_no": slot, "category": KeyCategory.DEVELOPER.value,
                                                 "room": room.code, "description": str(VC.KEY_REF.label)})
    elif key.room_id != room.id:
        raise ValidationError(VC.MSG_KEY_OF_OTHER_ROOM.format(slot=slot, room=key.room_code or key.location,
                                                              code=room.code), "key_ref")
    return int(key.id)


def _key_text(s: Session, u: VacantUnit) -> str:
    """The unit's key as the detail shows it: its slot and whether it is in the cabinet or lent (to whom, until
    when); an older entry's text that names no key of the cabinet as typed."""
    if u.key_id is None:
        return str(MSG_KEY_AS_TYPED.format(text=u.key_ref)) if u.key_ref else ""
    key = s.get(KeyItem, u.key_id)
    if key is None:
        return u.key_ref
    text = f"{key.key_no} · {KEY.state(key.status).label}"
    loan = keys_service.open_loan_of(s, key.id) if key.status == "on_loan" else None
    if loan is not None:
        text += f" · {loan.borrower_name} {loan.number}"
    return text


def _removed(ctx: records.Act) -> None:
    ctx.record.removed_on = ctx.now.date()


def _flag_follows(ctx: records.Act) -> None:
    """The room's flag goes with its last active entry."""
    room = ctx.session.get(Room, ctx.record.room_id)
    if room is not None and _active_entry(ctx.session, room.id) is None:
        room.vacancy_flag = False


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
    records.act_in(session, acting, UNITS, unit, "remove", {"reason": why.value, "note": note})
    return unit.number


@dataclass(frozen=True)
class UnitDetail:
    """What the unit's page reads beyond the kit's view."""

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
    inspections: list[InspectionRow]


def _due(u: VacantUnit, days: int) -> tuple[date | None, bool]:
    """When the unit's next inspection is due, and whether it is due now (active units only)."""
    if u.status != "active":
        return None, False
    cutoff = VC.due_cutoff(_today(), days)
    return VC.next_due(u.last_inspected_on, u.since, days), u.last_inspected_on is None or u.last_inspected_on <= cutoff


@dataclass(frozen=True)
class Chores:
    """A unit's airing and cleaning (§4.5 step 3): when each is next due, and whether it is due today."""

    last_aired: date | None
    last_cleaned: date | None
    next_airing: date | None
    next_cleaning: date | None
    airing_due: bool
    cleaning_due: bool


def _chores(s: Session, units: Sequence[VacantUnit]) -> dict[int, Chores]:
    """Airing and cleaning of active units, from the inspections that recorded them (void ones aside)."""
    active = [u for u in units if u.status == "active"]
    if not active:
        return {}
    params = params_service.load(s)
    airing, cleaning = effective_value("vacant.airing_days", params), effective_value("vacant.cleaning_days", params)
    ids = [u.id for u in active]
    done = VacantInspection.status != "void"
    aired = dict(s.execute(select(VacantInspection.unit_id, func.max(VacantInspection.inspected_on))
                           .where(VacantInspection.unit_id.in_(ids), VacantInspection.aired, done)
                           .group_by(VacantInspection.unit_id)).all())
    cleaned = dict(s.execute(select(VacantInspection.unit_id, func.max(VacantInspection.inspected_on))
                             .where(VacantInspection.unit_id.in_(ids), VacantInspection.cleaned, done)
                             .group_by(VacantInspection.unit_id)).all())
    today = _today()
    out = {}
    for u in active:
        next_air = VC.next_chore(aired.get(u.id), u.since, airing)
        next_clean = VC.next_chore(cleaned.get(u.id), u.since, cleaning)
        out[u.id] = Chores(aired.get(u.id), cleaned.get(u.id), next_air, next_clean, next_air <= today,
                           next_clean <= today)
    return out


def chores(db: Database, actor: Actor, unit_id: int) -> Chores | None:
    """The unit's airing and cleaning schedule (None once it is off the register)."""
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        u = s.get(VacantUnit, unit_id)
        if u is None:
            raise NotFound(T("Vacancy", "This vacant-unit entry no longer exists"))
        return _chores(s, [u]).get(u.id)


def _chore_counts(s: Session) -> tuple[int, int]:
    """(active units to air, active units to clean) today."""
    units = s.scalars(select(VacantUnit).where(VacantUnit.status == "active")).all()
    found = _chores(s, units).values()
    return sum(c.airing_due for c in found), sum(c.cleaning_due for c in found)


def _unit_detail(s: Session, actor: Actor, u: VacantUnit) -> UnitDetail:
    days, _ = _params(s)
    next_due, due = _due(u, days)
    recent = _inspection_rows(s, select(VacantInspection).where(VacantInspection.unit_id == u.id)
                              .order_by(VacantInspection.inspected_on.desc(), VacantInspection.id.desc()).limit(3))
    return UnitDetail(u.room_id, u.room_code, u.vacancy_type, u.since, u.holder, u.key_ref, u.meter_water,
                      u.meter_power, u.meter_gas, u.fee_arrangement, u.remarks, u.last_inspected_on, next_due, due,
                      u.removed_on, u.removal_reason, records.names(s, [u.created_by]).get(u.created_by or 0, ""),
                      recent)


def _unit_rows(s: Session, actor: Actor, u: VacantUnit) -> list[tuple[Text | str, str]]:
    d = _unit_detail(s, actor, u)
    meters = " · ".join(f"{label} {value}" for label, value in (
        (T("Vacancy", "water"), d.meter_water), (T("Vacancy", "electricity"), d.meter_power),
        (T("Vacancy", "gas"), d.meter_gas)) if value)
    removed = f"{_d(d.removed_on)} · {label_of(RemovalReason, d.removal_reason)}" if d.removed_on else ""
    return [
        (T("Vacancy", "Vacancy type"), label_of(VacancyType, d.vacancy_type)),
        (T("Vacancy", "Vacant since"), _d(d.since)),
        (T("Vacancy", "Held by"), label_of(Holder, d.holder)),
        (T("Vacancy", "Key"), _key_text(s, u)),
        (T("Vacancy", "Meters at registration"), meters),
        (T("Vacancy", "Fee arrangement"), d.fee_arrangement),
        (T("Vacancy", "Last inspected"), _d(d.last_inspected_on) or str(T("Vacancy", "never"))),
        (T("Vacancy", "Next due"), _d(d.next_due)),
        *_chore_rows(s, u),
        (T("Vacancy", "Recent inspections"), ", ".join(f"{r.inspected_on:%m-%d} {r.status_label}"
                                                       for r in d.inspections)),
        (T("Vacancy", "Off the register"), removed),
        (T("Vacancy", "Registered by"), d.registered_by),
        (T("Vacancy", "Remarks"), d.remarks),
    ]


def _chore_rows(s: Session, u: VacantUnit) -> list[tuple[Text | str, str]]:
    c = _chores(s, [u]).get(u.id)
    if c is None:
        return []
    return [(T("Vacancy", "Next airing"), _d(c.next_airing)), (T("Vacancy", "Next cleaning"), _d(c.next_cleaning))]


def _unit_flags(s: Session, u: VacantUnit) -> list[Text | str]:
    flags: list[Text | str] = [T("Vacancy", "Inspection due")] if _due(u, _params(s)[0])[1] else []
    c = _chores(s, [u]).get(u.id)
    if c is not None and c.airing_due:
        flags.append(T("Vacancy", "Airing due"))
    if c is not None and c.cleaning_due:
        flags.append(T("Vacancy", "Cleaning due"))
    return flags


UNITS = records.register(records.RecordKind(
    UNIT, VacantUnit, VACANCY_VIEW, page=PAGE, create_permission=VACANCY_MANAGE, create=_register,
    title=lambda u: u.room_code, flags=_unit_flags, rows=_unit_rows, detail=_unit_detail,
    effects={"remove": _removed}, after={"remove": _flag_follows},
    not_found=T("Vacancy", "This vacant-unit entry no longer exists")))


# =========================================================================================== inspections

def blank_inspection(**values: Any) -> dict[str, Any]:
    """An inspection as its form starts (every line OK, aired, locked up), with ``values`` typed over it."""
    return {**{spec.key: spec.initial() for spec in VC.INSPECTION_FORM}, **values}


def parse_inspection(raw: Mapping[str, Any], now: datetime) -> tuple[dict[str, Any], list[CheckItem]]:
    """An inspection as typed, by its declared fields: the values, and the checklist lines found wrong."""
    values: dict[str, Any] = {}
    for spec in VC.INSPECTION_FORM:
        raw_value = raw.get(spec.key)
        if spec.required and spec.is_missing(raw_value):   # named by the checks below, all lines at once
            values[spec.key] = spec.empty()
            continue
        values[spec.key] = spec.parse(raw_value, now=now, values=values)
    values["route"] = values["route"] or FindingRoute.ENGINEERING.value
    VC.check_inspection_date(values["inspected_on"], now.date())
    return values, VC.check_checklist(values)


def _open_storm(s: Session) -> VacantStorm | None:
    return s.scalar(select(VacantStorm).where(VacantStorm.closed.is_(False))
                    .order_by(VacantStorm.declared_at.desc()).limit(1))


def record_inspection(db: Database, actor: Actor, unit_id: int, raw: Mapping[str, Any]) -> int:
    """Record an inspection of a unit (numbered KZ…), its photos attached line by line. With an anomaly it
    moves on to 有异常待处理 at once, a clean one is closed at once; the unit logs it and its last inspection
    date moves on, in the same transaction. Returns the inspection's id."""
    actor.require(VACANCY_INSPECT)
    values, wrong = parse_inspection(raw, base.now())
    with unit_of_work(db, actor) as s:
        unit = records.load(s, UNITS, unit_id)
        if unit.status != "active":
            raise ConflictError(T("Vacancy", "{code} is no longer on the register: it cannot be inspected")
                                .format(code=unit.room_code))
        VC.check_inspection_date(values["inspected_on"], _today(), unit.since)
        storm = _open_storm(s) if values["storm"] else None
        if values["storm"] and storm is None:
            raise ConflictError(T("Vacancy", "There is no storm re-inspection batch open"))
        inspection = VacantInspection(
            unit_id=unit.id, room_id=unit.room_id, room_code=unit.room_code, inspector_id=actor.staff_id,
            anomalies=len(wrong), storm_id=storm.id if storm else None, handler_id=actor.staff_id,
            **{k: values[k] for k in ("inspected_on", "aired", "cleaned", "locked_up", "action_taken", "remarks")})
        records.create_in(s, actor, INSPECTIONS, inspection, data={"anomalies": len(wrong)} if wrong else None)
        for seq, item in enumerate(CheckItem, 1):
            s.add(VacantCheck(inspection_id=inspection.id, seq=seq, item=item.value, ok=item not in wrong,
                              note=values[f"check_{item.value}"], route=values["route"] if item in wrong else ""))
            photos = values[f"photo_{item.value}"]
            if photos:
                attachments.add(s, actor, INSPECTION_KIND, inspection.id, photos, role=f"photo_{item.value}",
                                field=f"photo_{item.value}")
        if wrong:
            found = "; ".join(f"{item.print_label}：{values[f'check_{item.value}']}" for item in wrong)
            records.act_in(s, actor, INSPECTIONS, inspection, "report_issues", {"note": found[:200]})
        else:
            records.act_in(s, actor, INSPECTIONS, inspection, "close", {})
        loan = keys_service.open_loan_of(s, unit.key_id) if unit.key_id is not None else None
        if loan is not None:   # the inspection needed the key: it goes with the key's loan
            records.link(s, (INSPECTION_KIND, inspection.id), (LOAN_KIND, loan.id), "key_loan")
        records.act_in(s, actor, UNITS, unit, "inspect", {"note": inspection.number})
        if unit.last_inspected_on is None or values["inspected_on"] > unit.last_inspected_on:
            unit.last_inspected_on = values["inspected_on"]
        return inspection.id


def _review_dates(ctx: records.Act) -> None:
    VC.check_review(ctx.values, ctx.now.date())


def _reviewed(ctx: records.Act) -> None:
    ctx.record.reviewed_by, ctx.record.reviewed_at = ctx.actor.staff_id, ctx.now


#: the follow-up slips an inspection keeps (their numbers are kept in a 200-character column)
MAX_SLIPS = 12


def _slip_allowed(ctx: records.Act) -> None:
    """One open follow-up slip at a time (the relay desk answers it), and room to keep its number."""
    from db.models.relay import WorkSlip
    ctx.actor.require(RELAY_CREATE)
    i = ctx.record
    twin = ctx.session.scalar(select(WorkSlip.number).where(
        WorkSlip.source == i.number, WorkSlip.status.in_(records.kind_of("work_slip").workflow.open_states)))
    if twin:
        raise ConflictError(T("Relay", "{source} already has the open work slip {number}").format(
            source=i.number, number=twin))
    if len(_slips(i)) >= MAX_SLIPS:
        raise ConflictError(T("Vacancy", "This inspection already has {n} work slips: close it and inspect again")
                            .format(n=MAX_SLIPS))


def _slips(i: VacantInspection) -> list[str]:
    return [n for n in i.slip_numbers.split(",") if n]


def _send_slip(ctx: records.Act) -> None:
    """The work slip for the findings, sent in this transaction and linked to the inspection."""
    from app.services import relay
    i, v = ctx.record, ctx.values
    subject = str(T("Vacancy", "Vacant unit {code}: findings of {number}")).format(code=i.room_code, number=i.number)
    values = relay.validate_slip(relay.SlipInput(to_dept=v["to_dept"], subject=subject[:60], content=v["content"],
                                                 required_date=v["required_date"], source=i.number), ctx.now)
    slip = relay.create_slip_in(ctx.session, ctx.actor, values, i.room_id, ctx.now,
                                link=(INSPECTION_KIND, i.id, "slip"))
    i.slip_numbers = ",".join([*_slips(i), slip.number])
    ctx.data["slip_no"] = slip.number


@dataclass(frozen=True)
class CheckRow:
    item: str
    label: str
    printed: str
    ok: bool
    note: str
    route: str
    photo: str               # the names of its photos


@dataclass(frozen=True)
class InspectionDetail:
    """What the inspection's page and sheet read beyond the kit's view."""

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


def _inspection_detail(s: Session, actor: Actor, i: VacantInspection) -> InspectionDetail:
    lines = s.scalars(select(VacantCheck).where(VacantCheck.inspection_id == i.id).order_by(VacantCheck.seq)).all()
    photos: dict[str, list[str]] = defaultdict(list)
    for a in attachments.of_record(s, INSPECTION_KIND, i.id):
        photos[a.role].append(a.name)
    names = records.names(s, [i.inspector_id, i.reviewed_by])
    deadline = clocks.deadline(s, INSPECTION_KIND, i.id, "rectify")
    checks = [CheckRow(c.item, label_of(CheckItem, c.item), CheckItem.printed(c.item), c.ok, c.note, c.route,
                       "、".join(photos.get(f"photo_{c.item}", []))) for c in lines]
    return InspectionDetail(
        i.unit_id, i.room_id, i.room_code, i.inspected_on, names.get(i.inspector_id or 0, ""), i.storm_id is not None,
        i.aired, i.cleaned, i.locked_up, i.anomalies, i.action_taken, i.opinion, i.rectify_requirement,
        deadline.date() if deadline else None, i.recheck_on, names.get(i.reviewed_by or 0, ""), i.reviewed_at,
        _slips(i), i.rectified_at, i.closed_at, i.remarks, i.void_reason, checks)


def _detail_rows(s: Session, actor: Actor, i: VacantInspection) -> list[tuple[Text | str, str]]:
    d = _inspection_detail(s, actor, i)
    wrong = [c for c in d.checks if not c.ok]
    summary = (T("Vacancy", "{n} of {total} lines with an anomaly").format(n=len(wrong), total=len(d.checks))
               if wrong else T("Vacancy", "every line OK"))
    done = ", ".join(str(x) for x, on in ((T("Vacancy", "aired"), d.aired), (T("Vacancy", "cleaned"), d.cleaned),
                                          (T("Vacancy", "locked up"), d.locked_up)) if on)
    rows: list[tuple[Text | str, str]] = [
        (T("Vacancy", "Inspected"), f"{_d(d.inspected_on)} · {d.inspector}"
         + (" · " + str(T("Vacancy", "storm re-inspection")) if d.storm else "")),
        (T("Vacancy", "Checklist"), str(summary)),
    ]
    rows += [(c.label, " · ".join(x for x in (c.note, label_of(FindingRoute, c.route),
                                              str(T("Vacancy", "photo")) + " " + c.photo if c.photo else "") if x))
             for c in wrong]
    rows += [
        (T("Vacancy", "Done"), done),
        (T("Vacancy", "Action taken"), d.action_taken),
        (T("Vacancy", "Supervisor's opinion"), d.opinion + (f" ({d.reviewer})" if d.reviewer else "")),
        (T("Vacancy", "Rectification required"), d.rectify_requirement),
        (T("Vacancy", "Rectify by"), _d(d.rectify_deadline)),
        (T("Vacancy", "Re-check on"), _d(d.recheck_on)),
        (T("Vacancy", "Work slips"), ", ".join(d.slip_numbers)),
        (T("Vacancy", "Remarks"), d.remarks),
        (T("Vacancy", "Void reason"), d.void_reason),
    ]
    return rows


INSPECTIONS = records.register(records.RecordKind(
    INSPECTION, VacantInspection, VACANCY_VIEW, page=PAGE, title=lambda i: f"{i.room_code} · {_d(i.inspected_on)}",
    rows=_detail_rows, detail=_inspection_detail,
    guards={"review": _review_dates, "send_slip": _slip_allowed},
    effects={"review": _reviewed, "send_slip": _send_slip, "rectify": stamp("rectified_at"),
             "close": stamp("closed_at")},
    not_found=T("Vacancy", "This inspection no longer exists")))


# =========================================================================================== lists

#: the status chips of the register
UNIT_STATUS_GROUPS: dict[str, Text] = {
    "active": T("Vacancy", "On the register"),
    "due": T("Vacancy", "Inspection due"),
    "never": T("Vacancy", "Never inspected"),
    "removed": T("Vacancy", "Off the register"),
    "": T("Vacancy", "All entries"),
}


@dataclass(frozen=True)
class UnitRow(StatusRow):
    WORKFLOW = UNIT

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
    key_status: str = ""        # the cabinet key's state (in_cabinet, on_loan …); "" when none is linked

    @property
    def key_label(self) -> str:
        """The key as the list shows it: its slot and whether it is in the cabinet or lent."""
        if not self.key_status:
            return self.key_ref
        return f"{self.key_ref} {KEY.state(self.key_status).label}"


def _unit_conditions(cutoff: date, status: str = "active", text: str = "", vacancy_type: str | None = None) -> list:
    """``status``: a key of :data:`UNIT_STATUS_GROUPS`; ``text``: a room code or its beginning (3-, 3-2-)."""
    conds: list = []
    due = or_(VacantUnit.last_inspected_on.is_(None), VacantUnit.last_inspected_on <= cutoff)
    if status in ("active", "due", "never"):
        conds.append(VacantUnit.status == "active")
    if status == "due":
        conds.append(due)
    elif status == "never":
        conds.append(VacantUnit.last_inspected_on.is_(None))
    elif status == "removed":
        conds.append(VacantUnit.status == "removed")
    elif status not in ("", "all", "active"):
        raise ValidationError(T("Vacancy", "Unknown status filter {status}").format(status=status), "status")
    room = re.sub(r"\s", "", text or "").upper()
    if room:
        conds += [VacantUnit.room_code >= room, VacantUnit.room_code < room + _HIGH]
    if vacancy_type:
        conds.append(VacantUnit.vacancy_type == vacancy_type)
    return conds


def list_units(db: Database, actor: Actor, *, after: tuple | None = None, limit: int = 200,
               **filters: Any) -> list[UnitRow]:
    """One page of the register by room code (``after`` = the last row's ``sort_key``)."""
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        days, _ = _params(s)
        q = select(VacantUnit).where(*_unit_conditions(VC.due_cutoff(_today(), days), **filters))
        if after is not None:
            q = q.where(tuple_(VacantUnit.room_code, VacantUnit.id) > tuple_(*after))
        units = s.scalars(q.order_by(VacantUnit.room_code, VacantUnit.id).limit(limit)).all()
        linked = [u.key_id for u in units if u.key_id is not None]
        key_states = dict(s.execute(select(KeyItem.id, KeyItem.status).where(KeyItem.id.in_(linked))).all()) \
            if linked else {}
    return [UnitRow(u.id, u.number, u.room_code, u.vacancy_type, u.since, u.holder, u.key_ref, u.status,
                    u.last_inspected_on, *_due(u, days), u.removed_on, u.removal_reason, (u.room_code, u.id),
                    key_states.get(u.key_id or 0, ""))
            for u in units]


def count_units(db: Database, actor: Actor, **filters: Any) -> int:
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        days, _ = _params(s)
        return s.scalar(select(func.count()).select_from(VacantUnit).where(
            *_unit_conditions(VC.due_cutoff(_today(), days), **filters))) or 0


def count_due(db: Database, actor: Actor) -> tuple[int, int]:
    """(units due for inspection, active units)."""
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        return _count_due(s)


def _count_due(s: Session) -> tuple[int, int]:
    days, _ = _params(s)
    due = s.scalar(select(func.count()).select_from(VacantUnit).where(
        *_unit_conditions(VC.due_cutoff(_today(), days), "due"))) or 0
    active = s.scalar(select(func.count()).select_from(VacantUnit).where(VacantUnit.status == "active")) or 0
    return due, active


#: the status chips of the inspections
INSPECTION_STATUS_GROUPS: dict[str, Text] = {
    "open": T("Vacancy", "Open"),
    "issues": T("Vacancy", "Anomalies to handle"),
    "overdue": T("Vacancy", "Rectification overdue"),
    "recheck_due": T("Vacancy", "Re-check due"),
    "rectified": T("Vacancy", "Rectified"),
    "closed": T("Vacancy", "Closed"),
    "void": T("Vacancy", "Void"),
    "": T("Vacancy", "All inspections"),
}


@dataclass(frozen=True)
class InspectionRow(StatusRow):
    WORKFLOW = INSPECTION

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


def _inspection_rows(s: Session, q: Query) -> list[InspectionRow]:
    """The rows of an inspection query, with the inspector and the rectification deadline (its clock)."""
    now = base.now()
    q, fix = clocks.deadline_of(q.add_columns(Staff.name).outerjoin(Staff, Staff.id == VacantInspection.inspector_id),
                                VacantInspection, INSPECTION_KIND, "rectify")
    rows: Sequence[tuple[VacantInspection, str | None, datetime | None, datetime | None]] = s.execute(
        q.add_columns(fix.deadline_at, fix.due_at)).all()
    out = []
    for i, who, deadline, due in rows:
        out.append(InspectionRow(i.id, i.number, i.inspected_on, i.room_code, who or "", i.anomalies,
                                 i.storm_id is not None, i.status, deadline.date() if deadline else None, i.recheck_on,
                                 i.slip_numbers, due is not None and due < now, (i.inspected_on, i.id)))
    return out


def _inspection_conditions(status: str = "", text: str = "", date_from: date | None = None,
                           date_to: date | None = None) -> list:
    conds: list = []
    if date_from:
        conds.append(VacantInspection.inspected_on >= date_from)
    if date_to:
        conds.append(VacantInspection.inspected_on <= date_to)
    if status == "open":
        conds.append(VacantInspection.status.in_(VC.OPEN_INSPECTION_STATES))
    elif status == "overdue":
        conds.append(VacantInspection.id.in_(clocks.overdue(INSPECTION_KIND, "rectify", base.now())))
    elif status == "recheck_due":
        conds += [VacantInspection.status == "issues", VacantInspection.recheck_on <= _today()]
    elif status not in ("", "all"):
        if status not in {st.name for st in INSPECTION.states}:
            raise ValidationError(T("Vacancy", "Unknown status filter {status}").format(status=status), "status")
        conds.append(VacantInspection.status == status)
    room = re.sub(r"\s", "", text or "").upper()
    if room:
        conds += [VacantInspection.room_code >= room, VacantInspection.room_code < room + _HIGH]
    return conds


def list_inspections(db: Database, actor: Actor, *, after: tuple | None = None, limit: int = 200,
                     **filters: Any) -> list[InspectionRow]:
    """One page of inspections, newest first (``after`` = the last row's ``sort_key``)."""
    actor.require(VACANCY_VIEW)
    q = select(VacantInspection).where(*_inspection_conditions(**filters))
    if after is not None:
        q = q.where(tuple_(VacantInspection.inspected_on, VacantInspection.id) < tuple_(*after))
    q = q.order_by(VacantInspection.inspected_on.desc(), VacantInspection.id.desc()).limit(limit)
    with db.read() as s:
        return _inspection_rows(s, q)


def count_inspections(db: Database, actor: Actor, **filters: Any) -> int:
    actor.require(VACANCY_VIEW)
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(VacantInspection).where(
            *_inspection_conditions(**filters))) or 0


# =========================================================================================== storms

def declare_storm(db: Database, actor: Actor, note: str) -> int:
    """Open a storm re-inspection batch (台风/暴雨后复查): every active unit is due within the parameter's
    hours. An earlier open batch is closed by the new one."""
    actor.require(VACANCY_INSPECT)
    note = VC.STORM_NOTE.parse(note)
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
    delivered_per = dict(s.execute(select(Building.building_no, func.count(Room.id))
                                   .join(Unit, Unit.building_id == Building.id).join(Room, Room.unit_id == Unit.id)
                                   .where(Room.delivery_state == DeliveryState.DELIVERED.value)
                                   .group_by(Building.building_no)).all())
    real = VacantUnit.removal_reason != RemovalReason.MISTAKE.value
    units = s.scalars(select(VacantUnit).where(VacantUnit.since < nxt, real,
                                               or_(VacantUnit.removed_on.is_(None), VacantUnit.removed_on >= first))
                      ).all()
    room_ids = {u.room_id for u in units} or {-1}
    room_building = dict(s.execute(building_of.where(Room.id.in_(room_ids))).all())
    delivered_rooms = set(s.scalars(select(Room.id).where(Room.id.in_(room_ids),
                                                          Room.delivery_state == DeliveryState.DELIVERED.value)))
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
                                    "inspected": 0, "anomalies": 0, "fixed": 0, "vacant_delivered": 0,
                                    "inspected_vacant": 0})
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
            st["vacant_delivered"] += u.room_id in delivered_rooms
            st["inspected_vacant"] += bool(rows)
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
                              v["inspected"], v["anomalies"], v["fixed"], delivered_per.get(b, 0),
                              v["vacant_delivered"], v["inspected_vacant"])
                 for b, v in sorted(stats.items(), key=lambda kv: _natural(kv[0]))]
    lines.sort(key=lambda line: _natural(line.room_code))
    changes.sort(key=lambda c: (c.on, c.room_code))
    return MonthlyStats(year, month, buildings, lines, changes,
                        sum(fix_days) / len(fix_days) if fix_days else None)


def _natural(text: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text or ""))


def monthly_to_excel(db: Database, actor: Actor, year: int, month: int, path: str | Path) -> int:
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
                     .where(*_unit_conditions(cutoff, "due"))
                     .order_by(VacantUnit.last_inspected_on, VacantUnit.id).limit(5)).all()
    issues = s.scalar(select(func.count()).select_from(VacantInspection)
                      .where(VacantInspection.status == "issues")) or 0
    detail = str(T("Vacancy", "{n} vacant units · {i} with anomalies to handle").format(n=active, i=issues))
    to_air, to_clean = _chore_counts(s)
    if to_air or to_clean:
        detail += " · " + str(T("Vacancy", "{a} to air, {c} to clean").format(a=to_air, c=to_clean))
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
    q, fix = clocks.deadline_of(select(VacantInspection), VacantInspection, INSPECTION_KIND, "rectify")
    anomalies: Sequence[tuple[VacantInspection, datetime | None, datetime | None]] = s.execute(
        q.add_columns(fix.deadline_at, fix.due_at).where(VacantInspection.status == "issues")
        .order_by(VacantInspection.inspected_on, VacantInspection.id).limit(MAX_OPEN_ITEMS)).all()
    for i, deadline, due in anomalies:
        title = str(T("Vacancy", "{room}: {n} anomalies found {day}").format(
            room=i.room_code, n=i.anomalies, day=i.inspected_on.isoformat()))
        if deadline:
            title += " · " + str(T("Vacancy", "fix by {day}").format(day=deadline.date().isoformat()))
        late = due is not None and due < now
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
    entries = s.scalars(select(VacantUnit).where(VacantUnit.room_id == room.id)
                        .order_by(VacantUnit.since.desc(), VacantUnit.id.desc()).limit(3)).all()
    if not entries:
        return None
    rows = []
    for u in entries:
        state = str(UNIT.state_label(u.status))
        if u.removal_reason:
            state += f" ({RemovalReason(u.removal_reason).label})"
        rows.append([u.number, str(VacancyType(u.vacancy_type).label), u.since.isoformat(), state,
                     u.last_inspected_on.isoformat() if u.last_inspected_on else ""])
    for i in s.scalars(select(VacantInspection).where(VacantInspection.room_id == room.id)
                       .order_by(VacantInspection.inspected_on.desc()).limit(RECENT_ON_CARD)):
        rows.append([i.number, str(T("Vacancy", "Inspection: {n} anomalies").format(n=i.anomalies)),
                     i.inspected_on.isoformat(), str(INSPECTION.state_label(i.status)), ""])
    return card_sections.CardSection(
        T("Vacancy", "Vacant-unit register"),
        [T("Vacancy", "No."), T("Vacancy", "Type"), T("Vacancy", "Date"), T("Vacancy", "Status"),
         T("Vacancy", "Last inspected")], rows)


# =========================================================================================== forms

def _monthly_form(session: Session, actor: Actor, number: str) -> tuple[VacancyMonthly, bool]:
    """空置房月统计表 of a month (number: 2025-06)."""
    actor.require(VACANCY_VIEW)
    from app.printing.forms.vacancy_monthly import VacancyMonthly
    try:
        year, month = VC.parse_month(number)
    except ValidationError as exc:
        raise NotFound(str(exc)) from None
    stats = _monthly(session, year, month)
    return VacancyMonthly(stats=stats, printed_by=actor.name, printed_at=base.now()), False


def _inspection_form(session: Session, actor: Actor, number: str) -> tuple[InspectionSheet, bool]:
    """空置房巡检表 of one inspection, by number, in Chinese."""
    actor.require(VACANCY_VIEW)
    from app.printing.forms.vacancy_inspection import InspectionSheet
    i = numbered(session, VacantInspection, number, T("Vacancy", "There is no inspection {number}"))
    d = _inspection_detail(session, actor, i)
    unit = session.get(VacantUnit, i.unit_id)
    return InspectionSheet(
        number=i.number, room_code=d.room_code, vacancy_type=VacancyType.printed(unit.vacancy_type) if unit else "",
        inspected_on=d.inspected_on, inspector=d.inspector, storm=d.storm,
        checks=[(c.printed, CheckResult.printed("ok" if c.ok else "anomaly"), c.note, c.photo) for c in d.checks],
        aired=d.aired, cleaned=d.cleaned, locked_up=d.locked_up, action_taken=d.action_taken,
        slips="、".join(d.slip_numbers), opinion=d.opinion, rectify_requirement=d.rectify_requirement,
        rectify_deadline=d.rectify_deadline, recheck_on=d.recheck_on, reviewer=d.reviewer, remarks=d.remarks,
        status=INSPECTION.state(i.status).printed), i.status == "void"


dashboard.register("vacancy", VACANCY_VIEW, _tiles)
open_items.register("vacancy", VACANCY_VIEW, _open_items)
card_sections.register("vacancy", _card_section, VACANCY_VIEW)
printing.register_source("vacancy_monthly", _monthly_form)
printing.register_source("vacant_inspection", _inspection_form)
