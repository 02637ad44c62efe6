"""空置房管理 — vacant-unit management (DOMAIN.md §4.5): permissions, codes, fields, the two declared workflows
and their pure rules.

Two records, two workflows on the one engine:

* a **vacant unit** (空置登记, numbered KD…): a room on the register with its vacancy type (1 交付未售,
  2 已售未交付/未入住, 3 已入住未装修未使用), ``active`` until it leaves the register (``remove``, with the
  reason: handed over, moved in, leased, renovation, or registered by mistake). Each inspection is an event of
  the unit too (the hidden ``inspect``). The room's ``vacancy_flag`` follows it (set by app.services.vacancy,
  never by hand);
* an **inspection** (空置房巡检, numbered KZ…): one visit to one unit with the §4.5 checklist (each line OK or
  an anomaly, what was found, a photo). It is ``registered``; with an anomaly it moves on to ``issues``
  (有异常待处理) in the same transaction (the hidden ``report_issues``); the supervisor writes the 负责人意见
  (``review``, whose rectification deadline is the inspection's ``rectify`` clock), follow-up work slips are
  sent (``send_slip``, the slip made in the same transaction), the next round re-checks (``recheck_failed``
  keeps it open, ``rectify`` records 已整改/复检合格), and ``close`` ends it. A clean inspection is closed in
  the same transaction it is recorded in.

Due inspections are derived: a unit is due when it has never been inspected or its last inspection is
``vacant.inspection_days`` old (never stored as a status). A storm (台风/暴雨) opens a re-inspection batch:
every active unit not inspected since it is due within ``vacant.storm_check_hours``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from app.domain.enums import DeliveryState, LabelledEnum, OccupancyState, StaffRole
from app.domain.errors import ValidationError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.permissions import declare
from app.domain.relay import CONTENT_MAX, TO_DEPT
from app.domain.workflow import Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Vacant units")
VACANCY_VIEW = declare("vacancy.view", T("Permission", "View the vacant-unit register and inspections"),
                       _GROUP, S, ST, R, C)
VACANCY_INSPECT = declare("vacancy.inspect", T("Permission", "Record vacant-unit inspections"), _GROUP, S, ST)
VACANCY_REVIEW = declare("vacancy.review", T("Permission", "Review vacant-unit inspections (负责人意见)"),
                         _GROUP, S)
VACANCY_MANAGE = declare("vacancy.manage", T("Permission", "Put units on and off the vacant-unit register"),
                         _GROUP, S, ST, C)

UNIT_KIND = "vacant_unit"
INSPECTION_KIND = "vacant_inspection"
UNIT_DOC_TYPE = "KD"
INSPECTION_DOC_TYPE = "KZ"


# ------------------------------------------------------------------------------------------ codes

class VacancyType(LabelledEnum):
    """The three kinds of vacant unit (§4.5 Definition)."""

    UNSOLD = ("1", T("Enum", "Handed over to management, unsold"), "交付未售")
    NOT_DELIVERED = ("2", T("Enum", "Sold, not handed over or moved into"), "已售未交付/未入住")
    UNUSED = ("3", T("Enum", "Moved into, not renovated or used"), "已入住未装修")


class Holder(LabelledEnum):
    DEVELOPER = ("developer", T("Enum", "Developer"))
    OWNER = ("owner", T("Enum", "Owner"))


class RemovalReason(LabelledEnum):
    """Why a unit leaves the register (§4.5 step 10)."""

    DELIVERED = ("delivered", T("Enum", "Handed over"))
    MOVED_IN = ("moved_in", T("Enum", "Moved in"))
    LEASED = ("leased", T("Enum", "Leased"))
    RENOVATION = ("renovation", T("Enum", "Renovation started"), "装修")
    MISTAKE = ("mistake", T("Enum", "Registered by mistake"))


class CheckItem(LabelledEnum):
    """The inspection checklist of §4.5 step 2, in the order of the paper form."""

    DOORS_WINDOWS = ("doors_windows", T("Enum", "Doors and windows closed and intact"))
    METERS_VALVES = ("meters_valves", T("Enum", "Water, power and gas meters and main valves off"))
    SOCKETS = ("sockets", T("Enum", "Sockets and switches dry"))
    WATER = ("water", T("Enum", "No water ingress"))
    CEILINGS = ("ceilings", T("Enum", "Ceilings and walls without drips, leaks or falling plaster"))
    CONTENTS = ("contents", T("Enum", "Contents unchanged"))
    INTRUSION = ("intrusion", T("Enum", "No signs of intrusion or anyone sleeping there"))


class CheckResult(LabelledEnum):
    """The answer of a checklist line."""

    OK = ("ok", T("Vacancy", "OK"), "正常")
    ANOMALY = ("anomaly", T("Vacancy", "Anomaly"), "异常")


class FindingRoute(LabelledEnum):
    """Where an anomaly goes (§4.5 step 5)."""

    ENGINEERING = ("engineering", T("Enum", "Engineering (construction defects, to the developer)"))
    ENVIRONMENT = ("environment", T("Enum", "Service centre (cleaning and greenery)"))
    SECURITY = ("security", T("Enum", "Security"))


_METER_RE = re.compile(r"\d{1,9}(\.\d{1,2})?")


MSG_NO_KEY = T("Vacancy", "No key in slot {slot} is in the cabinet register: choose the slot of the room's key, "
                          "or tick “Take this key into the cabinet”")
MSG_KEY_OF_OTHER_ROOM = T("Vacancy", "Slot {slot} holds the key of {room}, not of {code}")
MSG_OWNER_KEY = T("Vacancy", "An owner's key is taken into the cabinet on the keys page, with the owner's "
                             "entrustment (业主托管钥匙委托书)")


def check_meter(value: str, field: str) -> str:
    if not _METER_RE.fullmatch(value):
        raise ValidationError(T("Vacancy", "A meter reading is a number such as 1234.5"), field)
    return value


def _meter(key: str, label: Text) -> FieldSpec:
    return FieldSpec(key, label, max_len=12, check=lambda value, _: check_meter(value, key))


# ------------------------------------------------------------------------------------------ fields

ROOM = FieldSpec("room", T("Vacancy", "Room"), "room", required=True, column="room_code",
                 placeholder=T("Vacancy", "3-2-1502"))
VACANCY_TYPE = FieldSpec("vacancy_type", T("Vacancy", "Vacancy type"), "choice", choices=VacancyType, required=True,
                         default=VacancyType.UNSOLD.value)
SINCE = FieldSpec("since", T("Vacancy", "Vacant since"), "date", required=True, default=date.today)
HOLDER = FieldSpec("holder", T("Vacancy", "Held by"), "choice", choices=Holder, required=True,
                   default=Holder.DEVELOPER.value)
KEY_REF = FieldSpec("key_ref", T("Vacancy", "Key"), max_len=40, check=lambda v, _: v.strip().upper(),
                    placeholder=T("Vacancy", "Cabinet slot of the room's key (钥匙管理)"))
#: the key is not in the cabinet register yet: take the developer's key in with the unit (its slot as typed)
REGISTER_KEY = FieldSpec("register_key", T("Vacancy", "Take this key into the cabinet"), "bool")
METERS = (_meter("meter_water", T("Vacancy", "Water meter")), _meter("meter_power", T("Vacancy", "Electricity meter")),
          _meter("meter_gas", T("Vacancy", "Gas meter")))
FEE = FieldSpec("fee_arrangement", T("Vacancy", "Fee arrangement"), max_len=100, wide=True,
                placeholder=T("Vacancy", "Developer pays / owner discount and period"))
REMARKS = FieldSpec("remarks", T("Vacancy", "Remarks"), "multiline", wide=True)
#: a unit put on the register, in the order of its form
UNIT_FIELDS = (ROOM, VACANCY_TYPE, SINCE, HOLDER, KEY_REF, REGISTER_KEY, *METERS, FEE, REMARKS)

REMOVAL = FieldSpec("reason", T("Field", "Reason for leaving the register"), "choice", choices=RemovalReason,
                    required=True, column="removal_reason")
REMOVAL_NOTE = FieldSpec("note", T("Vacancy", "Note"), max_len=200,
                         placeholder=T("Vacancy", "Record number, such as RZ…"))

INSPECTED_ON = FieldSpec("inspected_on", T("Vacancy", "Inspection date"), "date", required=True, default=date.today)
STORM = FieldSpec("storm", T("Vacancy", "Storm re-inspection"), "bool")


def _is_anomaly(key: str) -> Callable[[Mapping[str, Any]], bool]:
    """A line's finding is required while its answer is 异常 (§4.5 Validation)."""
    return lambda values: values.get(key) == CheckResult.ANOMALY.value


def line_fields(item: LabelledEnum) -> tuple[FieldSpec, FieldSpec, FieldSpec]:
    """A checklist line: OK or an anomaly, what was found (needed for an anomaly), a photo (the move-in's
    joint inspection asks its own items the same way)."""
    return (FieldSpec(f"ok_{item.value}", item.label, "choice", choices=CheckResult, required=True,
                      default=CheckResult.OK.value),
            FieldSpec(f"check_{item.value}", T("Vacancy", "Finding"), max_len=200,
                      required_when=_is_anomaly(f"ok_{item.value}")),
            FieldSpec(f"photo_{item.value}", T("Vacancy", "Photo"), "attachment"))


LINES = {item: line_fields(item) for item in CheckItem}
AIRED = FieldSpec("aired", T("Vacancy", "Aired"), "bool", default=True)
CLEANED = FieldSpec("cleaned", T("Vacancy", "Cleaned"), "bool")
LOCKED_UP = FieldSpec("locked_up", T("Vacancy", "Valves closed and locked up"), "bool", default=True)
ROUTE = FieldSpec("route", T("Vacancy", "Anomalies go to"), "choice", choices=FindingRoute, required=True,
                  default=FindingRoute.ENGINEERING.value)
ACTION_TAKEN = FieldSpec("action_taken", T("Vacancy", "Action taken"), max_len=300, wide=True)
INSPECTION_REMARKS = FieldSpec("remarks", T("Vacancy", "Remarks"), "multiline", wide=True)
#: an inspection as its form asks it: the date, the checklist line by line, what was done on leaving
INSPECTION_FORM = (INSPECTED_ON, STORM, *(spec for item in CheckItem for spec in LINES[item]), AIRED, CLEANED,
                   LOCKED_UP, ROUTE, ACTION_TAKEN, INSPECTION_REMARKS)

OPINION = FieldSpec("opinion", T("Vacancy", "Supervisor's opinion"), "multiline", required=True, column="opinion")
RECTIFY_REQUIREMENT = FieldSpec("rectify_requirement", T("Vacancy", "Rectification required"), max_len=300,
                                column="rectify_requirement")
RECTIFY_DEADLINE = FieldSpec("rectify_deadline", T("Vacancy", "Rectify by"), "date")
RECHECK_ON = FieldSpec("recheck_on", T("Vacancy", "Re-check on"), "date", column="recheck_on")
NOTE = FieldSpec("note", T("Vacancy", "Note"), "multiline", max_len=200, wide=True)
NOTE_REQUIRED = FieldSpec("note", T("Vacancy", "Note"), "multiline", max_len=200, wide=True, required=True)
SLIP_CONTENT = FieldSpec("content", T("Vacancy", "Work to do"), "multiline", required=True, max_len=CONTENT_MAX,
                         wide=True)
REQUIRED_DATE = FieldSpec("required_date", T("Vacancy", "Required by"), "date", required=True)
STORM_NOTE = FieldSpec("note", T("Vacancy", "Weather"), required=True, max_len=200,
                       placeholder=T("Vacancy", "Typhoon, heavy rain …"))
#: the follow-up work slips of an inspection, as the timeline names the one an action sent
SLIP_NO = FieldSpec("slip_no", T("Field", "Work slip no."), column="slip_numbers")


# ------------------------------------------------------------------------------------------ workflows

UNIT_STATES = [
    State("active", T("State", "Vacant")),
    State("removed", T("State", "Off the register"), terminal=True),
]

UNIT = register(Workflow(
    UNIT_KIND, label=T("Workflow", "Vacant-unit register"), doc_type=UNIT_DOC_TYPE, states=UNIT_STATES,
    initial="active", fields=UNIT_FIELDS, created_label=T("Vacancy", "Registered"),
    transitions=[
        Transition("remove", "active", "removed", label=T("Action", "Take off the register"),
                   permission=VACANCY_MANAGE, fields=(REMOVAL, REMOVAL_NOTE)),
        # each inspection, done by the service as it records one
        Transition("inspect", "active", "active", label=T("Vacancy", "Inspected"), permission=VACANCY_INSPECT,
                   hidden=True),
    ]))

INSPECTION_STATES = [
    State("registered", T("State", "Recorded")),
    State("issues", T("State", "Anomalies to handle"), tone="attention"),
    State("rectified", T("State", "Rectified, re-check passed")),
    State("closed", T("State", "Closed"), terminal=True, print_label="已关闭"),
    State("void", T("State", "Void"), terminal=True),
]
MSG_WITH_INSPECTION = T("Vacancy", "“{action}” is recorded with the inspection itself")
_FOUND = T("Action", "Anomalies found")

INSPECTION = register(Workflow(
    INSPECTION_KIND, label=T("Workflow", "Vacant-unit inspection"), doc_type=INSPECTION_DOC_TYPE,
    states=INSPECTION_STATES, initial="registered", fields=(SLIP_NO,), created_label=T("Vacancy", "Inspected"),
    transitions=[
        # the service does this one when an inspection with an anomaly is recorded
        Transition("report_issues", "registered", "issues", label=_FOUND, permission=VACANCY_INSPECT, hidden=True,
                   scope=lambda i: None if i.status == "registered" else MSG_WITH_INSPECTION.format(action=_FOUND)),
        Transition("review", "issues", "issues", label=T("Action", "Supervisor's opinion"), permission=VACANCY_REVIEW,
                   fields=(OPINION, RECTIFY_REQUIREMENT, RECTIFY_DEADLINE, RECHECK_ON), note=False),
        Transition("send_slip", "issues", "issues", label=T("Action", "Send a work slip"), permission=VACANCY_INSPECT,
                   fields=(TO_DEPT, SLIP_CONTENT, REQUIRED_DATE), note=False),
        Transition("recheck_failed", "issues", "issues", label=T("Action", "Re-check: not yet fixed"),
                   permission=VACANCY_INSPECT, fields=(NOTE_REQUIRED,), needs_note=True),
        Transition("rectify", "issues", "rectified", label=T("Action", "Re-check passed"),
                   permission=VACANCY_INSPECT, fields=(NOTE_REQUIRED,), needs_note=True),
        Transition("close", ("registered", "rectified"), "closed", label=T("Action", "Close"),
                   permission=VACANCY_INSPECT, fields=(NOTE,)),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=VACANCY_REVIEW, fields=(VOID_REASON,),
                   note=False),
    ],
    clocks=[Clock("rectify", label=T("Clock", "Rectification"), start_on="issues",
                  stop_on=("rectified", "closed", "void"), param=None, due_field="rectify_deadline")]))

OPEN_INSPECTION_STATES = INSPECTION.open_states


# ------------------------------------------------------------------------------------------ rules

MSG_TYPE_DELIVERY: dict[VacancyType, Text] = {
    VacancyType.UNSOLD: T("Vacancy", "Type 1 is for units the developer has not sold; this room is {state}"),
    VacancyType.NOT_DELIVERED: T("Vacancy", "Type 2 is for sold units; this room is {state}"),
    VacancyType.UNUSED: T("Vacancy", "Type 3 is for units handed over to the owner; this room is {state}"),
}
_TYPE_DELIVERY = {
    VacancyType.UNSOLD: {DeliveryState.UNSOLD.value},
    VacancyType.NOT_DELIVERED: {DeliveryState.SOLD.value, DeliveryState.DELIVERED.value},
    VacancyType.UNUSED: {DeliveryState.DELIVERED.value},
}


def check_registrable(vacancy_type: VacancyType, delivery_state: str, occupancy_state: str,
                      active_tenants: int = 0) -> None:
    """A room may go on the register only when nobody lives in it, rents it or renovates it (§4.5
    Validation), and its delivery state fits the vacancy type."""
    if active_tenants or occupancy_state == OccupancyState.RENTED.value:
        raise ValidationError(T("Vacancy", "The room has an active lease: it cannot be registered as vacant"),
                              "room")
    if occupancy_state == OccupancyState.OWNER_OCCUPIED.value:
        raise ValidationError(T("Vacancy", "Someone lives in the room: it cannot be registered as vacant"),
                              "room")
    if occupancy_state == OccupancyState.RENOVATING.value:
        raise ValidationError(T("Vacancy", "The room is being renovated: it cannot be registered as vacant"),
                              "room")
    if delivery_state not in _TYPE_DELIVERY[vacancy_type]:
        try:
            shown = str(DeliveryState(delivery_state).label)
        except ValueError:
            shown = delivery_state
        raise ValidationError(MSG_TYPE_DELIVERY[vacancy_type].format(state=shown), "vacancy_type")


def check_inspection_date(day: date | None, today: date, since: date | None = None) -> date:
    """An inspection date: given, not in the future (§4.5 Validation), not before the unit was registered."""
    if day is None:
        raise ValidationError(T("Vacancy", "Give the inspection date"), "inspected_on")
    if day > today:
        raise ValidationError(T("Vacancy", "The inspection date cannot be in the future"), "inspected_on")
    if since is not None and day < since:
        raise ValidationError(T("Vacancy", "The inspection date cannot be before the unit was registered "
                                           "({since})").format(since=since.isoformat()), "inspected_on")
    return day


def check_since(day: date | None, today: date) -> date:
    if day is None:
        raise ValidationError(T("Vacancy", "Give the date the unit became vacant"), "since")
    if day > today:
        raise ValidationError(T("Vacancy", "The vacancy date cannot be in the future"), "since")
    return day


def check_checklist(values: Mapping[str, Any]) -> list[CheckItem]:
    """Every checklist line answered, every anomaly described (§4.5 Validation); the lines found wrong."""
    missing = [str(item.label) for item in CheckItem if not values.get(f"ok_{item.value}")]
    if missing:
        raise ValidationError(T("Vacancy", "Answer every checklist item: {items}").format(items="; ".join(missing)),
                              "checks")
    wrong = [item for item in CheckItem if values[f"ok_{item.value}"] == CheckResult.ANOMALY.value]
    for item in wrong:
        if not values.get(f"check_{item.value}"):
            raise ValidationError(T("Vacancy", "Describe what is wrong: {item}").format(item=item.label),
                                  f"check_{item.value}")
    if not values.get("locked_up"):
        raise ValidationError(T("Vacancy", "Close the valves and lock up before leaving"), "locked_up")
    return wrong


def check_review(values: Mapping[str, Any], today: date) -> None:
    """The supervisor's dates: not in the past, and the re-check not before the rectification deadline."""
    deadline, recheck = values.get("rectify_deadline"), values.get("recheck_on")
    for key, day in (("rectify_deadline", deadline), ("recheck_on", recheck)):
        if day is not None and day < today:
            raise ValidationError(T("Vacancy", "This date cannot be in the past"), key)
    if deadline and recheck and recheck < deadline:
        raise ValidationError(T("Vacancy", "The re-check cannot be before the rectification deadline"),
                              "recheck_on")


def due_cutoff(today: date, inspection_days: int) -> date:
    """A unit last inspected on or before this day is due (never inspected: due at once)."""
    return today - timedelta(days=inspection_days)


def next_due(last_inspected: date | None, since: date, inspection_days: int) -> date:
    """When a unit's next routine inspection is due: at registration, then every ``inspection_days``."""
    return since if last_inspected is None else last_inspected + timedelta(days=inspection_days)


def next_chore(last_done: date | None, since: date, every_days: int) -> date:
    """When a unit is next to be aired (``vacant.airing_days``) or cleaned (``vacant.cleaning_days``): that
    many days after it was last done on an inspection, or after it entered the register; due on that day."""
    return (last_done or since) + timedelta(days=every_days)


def storm_due(declared_at: datetime, hours: int) -> datetime:
    return declared_at + timedelta(hours=hours)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """``[first, next_first)`` of a month."""
    if not 1 <= month <= 12:
        raise ValidationError(T("Vacancy", "A month is 1 to 12"), "month")
    if not 1900 <= year <= 2200:
        raise ValidationError(T("Vacancy", "Choose a year between 1900 and 2200"), "year")
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt


def parse_month(text: str) -> tuple[int, int]:
    """``2025-06`` or ``202506`` → (2025, 6)."""
    raw = (text or "").strip().replace("/", "-")
    for fmt in ("%Y-%m", "%Y%m"):
        try:
            d = datetime.strptime(raw, fmt)
            return d.year, d.month
        except ValueError:
            continue
    raise ValidationError(T("Vacancy", "“{text}” is not a month such as 2025-06").format(text=raw), "month")


# ------------------------------------------------------------------------------------------ monthly statistics

@dataclass(frozen=True)
class BuildingStat:
    building_no: str
    rooms: int
    vacant: int
    by_type: dict[str, int]
    added: int
    removed: int
    inspected: int
    anomalies: int
    fixed: int
    #: rooms handed over to their owners, and those of them vacant at the month's end (空置率, §6)
    delivered: int = 0
    vacant_delivered: int = 0
    #: units vacant at the month's end that were inspected in it (巡检覆盖率); ``inspected`` also counts
    #: units inspected and then removed during the month
    inspected_vacant: int = 0

    @property
    def rate(self) -> float | None:
        """空置率: vacant delivered rooms ÷ delivered rooms (§6: rates are over delivered units)."""
        return self.vacant_delivered / self.delivered if self.delivered else None

    @property
    def coverage(self) -> float | None:
        """巡检覆盖率: units vacant at the month's end inspected in the month ÷ those units (at most 100%)."""
        return self.inspected_vacant / self.vacant if self.vacant else None


@dataclass(frozen=True)
class UnitLine:
    building_no: str
    room_code: str
    vacancy_type: str
    since: date
    holder: str
    inspections: int
    last_inspected_on: date | None
    anomalies: int


@dataclass(frozen=True)
class ChangeLine:
    room_code: str
    change: str            # added | removed
    on: date
    reason: str            # removal reason code, or the vacancy type for an addition


@dataclass(frozen=True)
class MonthlyStats:
    year: int
    month: int
    buildings: list[BuildingStat]
    units: list[UnitLine]
    changes: list[ChangeLine]
    avg_fix_days: float | None

    @property
    def total(self) -> BuildingStat:
        by_type: dict[str, int] = defaultdict(int)
        for b in self.buildings:
            for k, v in b.by_type.items():
                by_type[k] += v
        def total(name: str) -> int:
            return sum(getattr(b, name) for b in self.buildings)

        return BuildingStat("", rooms=total("rooms"), vacant=total("vacant"), by_type=dict(by_type),
                            added=total("added"), removed=total("removed"), inspected=total("inspected"),
                            anomalies=total("anomalies"), fixed=total("fixed"), delivered=total("delivered"),
                            vacant_delivered=total("vacant_delivered"), inspected_vacant=total("inspected_vacant"))
