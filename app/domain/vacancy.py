"""空置房管理 — vacant-unit management (DOMAIN.md §4.5): permissions, codes, the two declared workflows and
their pure rules.

Two records, two workflows on the one engine:

* a **vacant unit** (空置登记, numbered KD…): a room on the register with its vacancy type (1 交付未售,
  2 已售未交付/未入住, 3 已入住未装修未使用), ``active`` until it leaves the register (``remove``, with the
  reason: handed over, moved in, leased, renovation, or registered by mistake). The room's
  ``vacancy_flag`` follows it (set by app.services.vacancy, never by hand);
* an **inspection** (空置房巡检, numbered KZ…): one visit to one unit with the §4.5 checklist. It is
  ``registered``; with an anomaly it moves on to ``issues`` (有异常待处理) in the same transaction; the
  supervisor writes the 负责人意见 (``review``), follow-up work slips are sent (``send_slip``), the next
  round re-checks (``recheck_failed`` keeps it open, ``rectify`` records 已整改/复检合格), and ``close`` ends it.
  A clean inspection is closed in the same transaction it is recorded in.

Due inspections are derived: a unit is due when it has never been inspected or its last inspection is
``vacant.inspection_days`` old (never stored as a status). A storm (台风/暴雨) opens a re-inspection batch:
every active unit not inspected since it is due within ``vacant.storm_check_hours``.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.domain.enums import DeliveryState, LabelledEnum, OccupancyState, StaffRole
from app.domain.errors import ValidationError
from app.domain.permissions import declare
from app.domain.workflow import State, Transition, Workflow, register
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

    UNSOLD = ("1", T("Enum", "Handed over to management, unsold"))
    NOT_DELIVERED = ("2", T("Enum", "Sold, not handed over or moved into"))
    UNUSED = ("3", T("Enum", "Moved into, not renovated or used"))


class Holder(LabelledEnum):
    DEVELOPER = ("developer", T("Enum", "Developer"))
    OWNER = ("owner", T("Enum", "Owner"))


class RemovalReason(LabelledEnum):
    """Why a unit leaves the register (§4.5 step 10)."""

    DELIVERED = ("delivered", T("Enum", "Handed over"))
    MOVED_IN = ("moved_in", T("Enum", "Moved in"))
    LEASED = ("leased", T("Enum", "Leased"))
    RENOVATION = ("renovation", T("Enum", "Renovation started"))
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


#: the checklist as printed (Chinese, whatever the UI language)
ZH_CHECK_ITEMS: dict[str, str] = {
    "doors_windows": "门窗关闭完好",
    "meters_valves": "水、电、燃气表及总阀关闭",
    "sockets": "插座、开关干燥",
    "water": "无渗水、进水",
    "ceilings": "天花、墙面无滴漏、渗水、脱落",
    "contents": "室内物品无变动",
    "intrusion": "无闯入、留宿迹象",
}
ZH_TYPES = {"1": "交付未售", "2": "已售未交付/未入住", "3": "已入住未装修"}
ZH_REMOVAL = {"delivered": "已交付", "moved_in": "已入住", "leased": "已出租", "renovation": "装修",
              "mistake": "登记错误"}
ZH_HOLDER = {"developer": "开发商", "owner": "业主"}


class FindingRoute(LabelledEnum):
    """Where an anomaly goes (§4.5 step 5)."""

    ENGINEERING = ("engineering", T("Enum", "Engineering (construction defects, to the developer)"))
    ENVIRONMENT = ("environment", T("Enum", "Service centre (cleaning and greenery)"))
    SECURITY = ("security", T("Enum", "Security"))


# ------------------------------------------------------------------------------------------ workflows

UNIT_FIELDS: dict[str, Text] = {
    "removal_reason": T("Field", "Reason for leaving the register"),
}

UNIT_STATES = [
    State("active", T("State", "Vacant")),
    State("removed", T("State", "Off the register"), terminal=True),
]

UNIT_TRANSITIONS = [
    Transition("remove", "active", "removed", label=T("Action", "Take off the register"),
               permission=VACANCY_MANAGE, requires=("removal_reason",)),
]

UNIT = register(Workflow(UNIT_KIND, label=T("Workflow", "Vacant-unit register"), doc_type=UNIT_DOC_TYPE,
                         states=UNIT_STATES, initial="active", transitions=UNIT_TRANSITIONS,
                         fields=UNIT_FIELDS))

INSPECTION_FIELDS: dict[str, Text] = {
    "opinion": T("Field", "Supervisor's opinion"),
    "slip_no": T("Field", "Work slip no."),
}

INSPECTION_STATES = [
    State("registered", T("State", "Recorded")),
    State("issues", T("State", "Anomalies to handle")),
    State("rectified", T("State", "Rectified, re-check passed")),
    State("closed", T("State", "Closed"), terminal=True),
    State("void", T("State", "Void"), terminal=True),
]

INSPECTION_TRANSITIONS = [
    # the service does this one when an inspection with an anomaly is recorded
    Transition("report_issues", "registered", "issues", label=T("Action", "Anomalies found"),
               permission=VACANCY_INSPECT),
    Transition("review", "issues", "issues", label=T("Action", "Supervisor's opinion"),
               permission=VACANCY_REVIEW, requires=("opinion",)),
    Transition("send_slip", "issues", "issues", label=T("Action", "Send a work slip"),
               permission=VACANCY_INSPECT, requires=("slip_no",)),
    Transition("recheck_failed", "issues", "issues", label=T("Action", "Re-check: not yet fixed"),
               permission=VACANCY_INSPECT, needs_note=True),
    Transition("rectify", "issues", "rectified", label=T("Action", "Re-check passed"),
               permission=VACANCY_INSPECT, needs_note=True),
    Transition("close", ("registered", "rectified"), "closed", label=T("Action", "Close"),
               permission=VACANCY_INSPECT),
    Transition("void", "*", "void", label=T("Action", "Void"), permission=VACANCY_REVIEW,
               requires=("reason",)),
]

INSPECTION = register(Workflow(INSPECTION_KIND, label=T("Workflow", "Vacant-unit inspection"),
                               doc_type=INSPECTION_DOC_TYPE, states=INSPECTION_STATES, initial="registered",
                               transitions=INSPECTION_TRANSITIONS, fields=INSPECTION_FIELDS))

#: actions the page offers as buttons (``report_issues`` is the service's, ``send_slip`` has its own button)
SERVICE_ONLY = frozenset({"report_issues"})
OPEN_INSPECTION_STATES = INSPECTION.open_states


def inspection_actions(state: str, permissions: Iterable[str]) -> list[Transition]:
    """The buttons of an inspection: the engine's allowed actions, less the ones the service takes."""
    return [t for t in INSPECTION.allowed_actions(state, permissions) if t.name not in SERVICE_ONLY]


def state_label(workflow: Workflow, state: str) -> Text | str:
    try:
        return workflow.state(state).label
    except KeyError:
        return state


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


def due_cutoff(today: date, inspection_days: int) -> date:
    """A unit last inspected on or before this day is due (never inspected: due at once)."""
    return today - timedelta(days=inspection_days)


def next_due(last_inspected: date | None, since: date, inspection_days: int) -> date:
    """When a unit's next routine inspection is due: at registration, then every ``inspection_days``."""
    return since if last_inspected is None else last_inspected + timedelta(days=inspection_days)


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

    @property
    def rate(self) -> float | None:
        return self.vacant / self.rooms if self.rooms else None

    @property
    def coverage(self) -> float | None:
        return self.inspected / self.vacant if self.vacant else None


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
        return BuildingStat("", *(sum(getattr(b, f) for b in self.buildings) for f in ("rooms", "vacant")),
                            dict(by_type),
                            *(sum(getattr(b, f) for b in self.buildings)
                              for f in ("added", "removed", "inspected", "anomalies", "fixed")))
