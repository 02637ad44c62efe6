"""信息传递 (DOMAIN.md §4.9): work slips to departments and items kept at the desk for residents.

The rules and the two workflows are declared in :mod:`app.domain.relay`; this module stores them. Inputs
arrive as the text the user typed (``SlipInput``, ``ParcelInput``, the ``values`` of an action); every
rule is checked here again, whatever the UI checked, and a refusal names its field so the form keeps
its text. An action is checked against the declaration (state, role, required fields) before its values
are validated, so a record that another desk moved on says so first.

Registered on import (the store imports this module through app.services.catalog): the workflows (by
the domain module), home tiles, shift-handover open items, household-card sections and the print
sources ``work_slip`` (by slip number) and ``parcel_register`` (by day ``2025-06-12`` or range
``2025-06-01~2025-06-12``).

Due times: a slip's signing deadline is computed from the ``sign`` clock when it is sent (and again when
it is sent on to another department); a parcel's reminder and return times from the ``remind`` and
``return`` clocks when it is received (the reminder again after each reminder). They are stored, so that
lists filter on them through indexes; overdue is derived from them at read time.

Searching a slip's subject is a substring match over the rows the other filters leave (``LIKE``; a year
of slips is a few thousand rows); every other filter and the sort run through an index.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import relay as R
from app.domain.enums import IdType
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.relay import (PARCEL_WAITING, PARCELS, RELAY_CREATE, RELAY_VERIFY, RELAY_VIEW,
                              SLIP_UNANSWERED, SLIPS, CollectorRelation, Condition, Department, Direction,
                              ItemType, NotifyMethod, Priority, SlipKind)
from app.domain.validation import check_phone, check_text, mask_id, mask_phone
from app.domain.workflow import Transition, Workflow
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, card_sections, dashboard, open_items, printing
from app.services import workflow as wf
from app.services.base import STALE, Actor, unit_of_work
from db.engine import Database
from db.models import Room, Staff
from db.models.relay import Parcel, WorkSlip

SLIP_KIND = "work_slip"     # the record kinds of records_changed and the work log's link
PARCEL_KIND = "parcel"
#: longest range of days one printed register covers, and most rows it prints
REGISTER_MAX_DAYS = 31
REGISTER_MAX_ROWS = 5000
#: most open items listed per group in the shift handover (the rest are counted)
HANDOVER_LIMIT = 50

_L = {
    "kind": T("Relay", "Type"), "priority": T("Relay", "Priority"), "to_dept": T("Relay", "Department"),
    "to_person": T("Relay", "Recipient"), "subject": T("Relay", "Subject"), "content": T("Relay", "Content"),
    "room": T("Relay", "Room"), "customer_name": T("Relay", "Customer"),
    "customer_phone": T("Relay", "Customer's phone"), "required_date": T("Relay", "Complete by (date)"),
    "required_time": T("Relay", "Complete by (time)"), "source": T("Relay", "Related record"),
    "signed_by": T("Relay", "Signed by"), "signed_at": T("Relay", "Signed at"), "reply": T("Relay", "Reply"),
    "replied_by": T("Relay", "Replied by"), "verify_result": T("Relay", "Verification result"),
    "note": T("Relay", "Note"), "reason": T("Relay", "Reason"),
    "item_type": T("Relay", "Item type"), "description": T("Relay", "Description"),
    "quantity": T("Relay", "Quantity"), "courier": T("Relay", "Courier"),
    "tracking_no": T("Relay", "Tracking no."), "sender": T("Relay", "Sender"),
    "addressee": T("Relay", "Addressee"), "addressee_phone": T("Relay", "Addressee's phone"),
    "condition_note": T("Relay", "Damage"), "storage": T("Relay", "Kept at"),
}


def _label(key: str) -> str:
    return str(_L[key])


def _now() -> datetime:
    return base.now()


# ============================================================================================ shared

def _room_id(s: Session, code: str | None, field: str = "room") -> int | None:
    """The room of a typed room code (``3-2-1502``), None when left empty; an unknown code is refused."""
    text = (code or "").strip()
    if not text:
        return None
    room_id = s.scalar(select(Room.id).where(Room.code == text))
    if room_id is None:
        raise ValidationError(T("Relay", "There is no room {code}: pick one from the list").format(
            code=text), field)
    return room_id


def _room_codes(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(Room.id, Room.code).where(Room.id.in_(wanted))).all())


def _staff_names(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(wanted))).all())


def _enum(enum_cls, value: Any, field: str, message) -> Any:
    member = value if isinstance(value, enum_cls) else enum_cls.from_label(str(value or ""))
    if member is None:
        raise ValidationError(message, field)
    return member


def _text(values: dict, key: str, *, max_len: int, required: bool = False) -> str:
    return check_text(values.get(key), key, _label(key), max_len=max_len, required=required)


def _bool(value: Any) -> bool | None:
    """A yes/no answer as typed: True, False, or None when not answered."""
    if isinstance(value, bool) or value is None:
        return value
    text = str(value).strip().lower()
    if text in ("yes", "y", "true", "1", "是", "接受"):
        return True
    if text in ("no", "n", "false", "0", "否", "不接受"):
        return False
    return None


def _params_and_calendar(s: Session):
    from app.services import calendar as calendar_service
    from app.services import params
    return params.load(s), calendar_service.load_calendar(s)


def _get(s: Session, model, record_id: int, version: int | None = None):
    record = s.get(model, record_id)
    if record is None:
        raise NotFound(T("Relay", "This record no longer exists"))
    if version is not None and record.version != version:
        raise ConflictError(STALE)
    return record


@dataclass(frozen=True)
class EventRow:
    at: datetime
    who: str
    action: str          # the action's label
    state: str           # the state it led to (label)
    note: str
    details: str


@dataclass(frozen=True)
class Action:
    name: str
    label: str
    needs_note: bool


def _events(s: Session, workflow: Workflow, record_id: int) -> list[EventRow]:
    events = wf.events(s, workflow, record_id)
    names = _staff_names(s, (e.user_id for e in events))
    rows = []
    for e in events:
        action = (str(T("Relay", "Registered")) if e.action == "create"
                  else str(workflow.transition(e.action).label))
        details = "; ".join(f"{workflow.fields[k]}: {_show(v)}" for k, v in e.data.items()
                            if k in workflow.fields and v not in (None, ""))
        rows.append(EventRow(e.at, names.get(e.user_id, ""), action, str(workflow.state(e.to_state).label),
                             e.note, details))
    return rows


def _show(value: Any) -> str:
    if isinstance(value, bool):
        return str(T("Relay", "yes")) if value else str(T("Relay", "no"))
    return str(value)


def _actions(transitions: Iterable[Transition]) -> list[Action]:
    return [Action(t.name, str(t.label), t.needs_note) for t in transitions]


def _day_range(date_from: date | None, date_to: date | None):
    start = datetime.combine(date_from, time.min) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time.min) if date_to else None
    if start and end and end <= start:
        raise ValidationError(T("Relay", "The end date cannot be before the start date"), "date_to")
    return start, end


# ============================================================================================ work slips

@dataclass
class SlipInput:
    """A new work slip as typed in the form."""

    to_dept: str
    subject: str
    content: str
    required_date: date | None
    required_time: str = "17:30"
    priority: str = Priority.NORMAL.value
    kind: str = SlipKind.SLIP.value
    to_person: str = ""
    room: str = ""
    customer_name: str = ""
    customer_phone: str = ""
    source: str = ""
    from_person: str = ""
    note: str = ""


def validate_slip(data: SlipInput, now: datetime) -> dict[str, Any]:
    """The typed values of a new slip (room code still as text), or the first refusal."""
    values: dict[str, Any] = {
        "kind": _enum(SlipKind, data.kind, "kind", T("Relay", "Choose the type of slip")).value,
        "priority": _enum(Priority, data.priority, "priority", T("Relay", "Choose the priority")).value,
    }
    dept = Department.from_label(data.to_dept or "")
    if dept is None or dept not in R.TARGET_DEPARTMENTS:
        raise ValidationError(T("Relay", "Choose the department the slip goes to"), "to_dept")
    values["to_dept"] = dept.value
    v = vars(data)
    values["to_person"] = _text(v, "to_person", max_len=R.NAME_MAX)
    values["subject"] = _text(v, "subject", max_len=R.SUBJECT_MAX, required=True)
    values["content"] = _text(v, "content", max_len=R.CONTENT_MAX, required=True)
    values["customer_name"] = _text(v, "customer_name", max_len=50)
    values["customer_phone"] = check_phone(data.customer_phone, "customer_phone")
    values["source"] = _text(v, "source", max_len=40)
    values["note"] = _text(v, "note", max_len=R.NOTE_MAX)
    if data.required_date is None:
        raise ValidationError(T("Validation", "{field} is required").format(
            field=_label("required_date")), "required_date")
    at = R.parse_clock_time(data.required_time, "required_time", _label("required_time"))
    values["required_by"] = R.check_required_by(datetime.combine(data.required_date, at), now,
                                                "required_date")
    values["from_person"] = check_text(data.from_person, "from_person", str(T("Relay", "Sender")),
                                       max_len=R.NAME_MAX, required=False)
    return values


def create_slip(db: Database, actor: Actor, data: SlipInput) -> int:
    """Send a work slip (state 已发出): numbered LX…, its signing deadline from the parameters."""
    actor.require(RELAY_CREATE)
    at = _now()
    values = validate_slip(data, at)
    with unit_of_work(db, actor) as s:
        room_id = _room_id(s, data.room)
        if values["source"]:
            twin = s.scalar(select(WorkSlip.number).where(WorkSlip.source == values["source"],
                                                          WorkSlip.status.in_(SLIPS.open_states)))
            if twin:
                raise ConflictError(T("Relay", "{source} already has the open work slip {number}").format(
                    source=values["source"], number=twin))
        note = values.pop("note")
        values["from_person"] = values["from_person"] or actor.name
        params, calendar = _params_and_calendar(s)
        sign_due = SLIPS.due_at("sign", at, params, calendar, {"priority": values["priority"]})
        slip = WorkSlip(**values, room_id=room_id, from_dept=Department.SERVICE.value, sent_at=at,
                        sign_due_at=sign_due, handler_id=actor.staff_id)
        wf.create(s, actor, SLIPS, slip, note=note, when=at,
                  data={"to_dept": R.zh(Department, values["to_dept"])})
        return slip.id


def _slip_values(action: str, values: dict, slip: WorkSlip, now: datetime) -> dict[str, Any]:
    """The engine's view of an action's values: stripped text, yes/no answers, None when not given."""
    fields: dict[str, Any] = {"note": (values.get("note") or "").strip()}
    if action == "sign":
        fields["signed_by"] = (values.get("signed_by") or "").strip()
    elif action == "reply":
        fields["reply"] = (values.get("reply") or "").strip()
        fields["replied_by"] = (values.get("replied_by") or "").strip()
        fields["accepted"] = _bool(values.get("accepted"))
    elif action == "verify":
        fields["verify_result"] = (values.get("verify_result") or "").strip()
        fields["customer_informed"] = bool(_bool(values.get("customer_informed")))
    elif action in ("return", "void"):
        fields["reason"] = (values.get("reason") or "").strip()
    elif action == "resend":
        dept = Department.from_label(values.get("to_dept") or "")
        fields["to_dept"] = dept.value if dept else ""
        fields["to_person"] = (values.get("to_person") or "").strip()
    return fields


def _check_slip_values(action: str, fields: dict, values: dict, slip: WorkSlip, now: datetime) -> dict:
    """Formats and ranges, after the engine accepted the action; returns what to store."""
    check_text(fields["note"], "note", _label("note"), max_len=R.NOTE_MAX, required=False)
    store: dict[str, Any] = {}
    if action == "sign":
        store["signed_by"] = check_text(fields["signed_by"], "signed_by", _label("signed_by"),
                                        max_len=R.NAME_MAX)
        typed = (values.get("signed_at") or "").strip()
        moment = R.parse_moment(typed, "signed_at", _label("signed_at"), now.date()) if typed else now
        # typed to the minute: the minute the slip was sent counts as after sending
        store["signed_at"] = R.check_moment_between(moment, slip.sent_at.replace(second=0), now,
                                                    "signed_at", _label("signed_at"))
    elif action == "reply":
        store["reply"] = check_text(fields["reply"], "reply", _label("reply"), max_len=R.REPLY_MAX)
        store["replied_by"] = check_text(fields["replied_by"], "replied_by", _label("replied_by"),
                                         max_len=R.NAME_MAX)
        store["accepted"] = fields["accepted"]
        store["replied_at"] = now
    elif action == "verify":
        store["verify_result"] = check_text(fields["verify_result"], "verify_result",
                                            _label("verify_result"), max_len=R.REPLY_MAX)
        store["customer_informed"] = fields["customer_informed"]
    elif action in ("return", "void"):
        check_text(fields["reason"], "reason", _label("reason"), max_len=200)
    elif action == "resend":
        if fields["to_dept"] not in {d.value for d in R.TARGET_DEPARTMENTS}:
            raise ValidationError(T("Relay", "Choose the department the slip goes to"), "to_dept")
        if fields["to_dept"] == slip.to_dept:
            raise ValidationError(T("Relay", "The slip was returned by this department: choose another"),
                                  "to_dept")
        store["to_dept"] = fields["to_dept"]
        store["to_person"] = check_text(fields["to_person"], "to_person", _label("to_person"),
                                        max_len=R.NAME_MAX, required=False)
    return store


def act_on_slip(db: Database, actor: Actor, slip_id: int, action: str, values: dict[str, Any] | None = None,
                *, version: int | None = None) -> int:
    """Do ``action`` (sign, progress, reply, verify, redo, return, resend, void) on a slip.

    ``values`` are the action's fields as typed; ``version`` the version the user saw (a stale one is a
    ConflictError: another desk changed the slip first).
    """
    actor.require(SLIPS.transition(action).permission)
    values = dict(values or {})
    with unit_of_work(db, actor) as s:
        slip = _get(s, WorkSlip, slip_id, version)
        at = _now()
        fields = _slip_values(action, values, slip, at)
        SLIPS.check(slip.status, action, actor.permissions, fields)
        store = _check_slip_values(action, fields, values, slip, at)
        if action == "verify":
            store.update(verified_by=actor.staff_id, verified_at=at)
        if action == "resend":
            params, calendar = _params_and_calendar(s)
            store.update(sign_due_at=SLIPS.due_at("sign", at, params, calendar, {"priority": slip.priority}),
                         signed_by="", signed_at=None)
        event_fields = dict(fields)
        if action == "sign":
            event_fields["signed_at"] = store["signed_at"].strftime("%Y-%m-%d %H:%M")
        if action == "resend":
            event_fields["to_dept"] = R.zh(Department, fields["to_dept"])
        for key, value in store.items():   # before the transition's flush: one audit row per action
            setattr(slip, key, value)
        slip.handler_id = actor.staff_id
        wf.transition(s, actor, SLIPS, slip, action, event_fields, version=version)
        return slip.id


@dataclass(frozen=True)
class SlipRow:
    id: int
    number: str
    status: str
    priority: str
    kind: str
    to_dept: str
    to_person: str
    subject: str
    room: str
    sent_at: datetime
    sign_due_at: datetime
    required_by: datetime
    signed_at: datetime | None
    replied_at: datetime | None
    version: int
    late_sign: bool
    late_reply: bool
    sort_key: tuple

    @property
    def overdue(self) -> bool:
        return self.late_sign or self.late_reply


SLIP_SORT = (WorkSlip.sent_at, WorkSlip.id)
#: status filters of the slip list besides the states themselves
SLIP_FILTERS = ("open", "unanswered", "overdue", "to_verify", "all")


def _known_state(workflow, status: str) -> None:
    """A list filtered by a state the workflow does not have is refused, not a KeyError."""
    if status not in {st.name for st in workflow.states}:
        raise ValidationError(T("Relay", "Choose a status from the list"), "status")


def _slip_filters(q, *, status: str, to_dept: str | None, date_from: date | None, date_to: date | None,
                  text: str, room_id: int | None, now: datetime):
    if status == "open":
        q = q.where(WorkSlip.status.in_(SLIPS.open_states))
    elif status == "unanswered":
        q = q.where(WorkSlip.status.in_(SLIP_UNANSWERED))
    elif status == "to_verify":
        q = q.where(WorkSlip.status == "replied")
    elif status == "overdue":
        q = q.where(or_(and_(WorkSlip.status == "sent", WorkSlip.sign_due_at < now),
                        and_(WorkSlip.status.in_(SLIP_UNANSWERED), WorkSlip.required_by < now)))
    elif status != "all":
        _known_state(SLIPS, status)
        q = q.where(WorkSlip.status == status)
    if to_dept:
        q = q.where(WorkSlip.to_dept == to_dept)
    start, end = _day_range(date_from, date_to)
    if start:
        q = q.where(WorkSlip.sent_at >= start)
    if end:
        q = q.where(WorkSlip.sent_at < end)
    if room_id:
        q = q.where(WorkSlip.room_id == room_id)
    t = (text or "").strip()
    if t:
        upper = t.upper()
        escaped = t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        q = q.where(or_(and_(WorkSlip.number >= upper, WorkSlip.number < upper + "\U0010ffff"),
                        WorkSlip.subject.like(f"%{escaped}%", escape="\\"),
                        and_(WorkSlip.customer_name >= t, WorkSlip.customer_name < t + "\U0010ffff")))
    return q


def list_slips(db: Database, actor: Actor, *, status: str = "open", to_dept: str | None = None,
               date_from: date | None = None, date_to: date | None = None, text: str = "",
               room_id: int | None = None, after: tuple | None = None, limit: int = 200) -> list[SlipRow]:
    """One page of slips, newest first, keyset-paged (``after`` = last row's sort_key)."""
    actor.require(RELAY_VIEW)
    now = _now()
    q = (select(WorkSlip.id, WorkSlip.number, WorkSlip.status, WorkSlip.priority, WorkSlip.kind,
                WorkSlip.to_dept, WorkSlip.to_person, WorkSlip.subject, Room.code, WorkSlip.sent_at,
                WorkSlip.sign_due_at, WorkSlip.required_by, WorkSlip.signed_at, WorkSlip.replied_at,
                WorkSlip.version)
         .outerjoin(Room, Room.id == WorkSlip.room_id))
    q = _slip_filters(q, status=status, to_dept=to_dept, date_from=date_from, date_to=date_to, text=text,
                      room_id=room_id, now=now)
    if after:
        q = q.where(tuple_(*SLIP_SORT) < tuple_(*after))
    q = q.order_by(WorkSlip.sent_at.desc(), WorkSlip.id.desc()).limit(limit)
    with db.read() as s:
        rows = s.execute(q).all()
    out = []
    for r in rows:
        late_sign, late_reply = R.slip_overdue(r.status, r.sign_due_at, r.required_by, now)
        out.append(SlipRow(r.id, r.number, r.status, r.priority, r.kind, r.to_dept, r.to_person, r.subject,
                           r.code or "", r.sent_at, r.sign_due_at, r.required_by, r.signed_at,
                           r.replied_at, r.version, late_sign, late_reply, (r.sent_at, r.id)))
    return out


def count_slips(db: Database, actor: Actor, *, status: str = "open", to_dept: str | None = None,
                date_from: date | None = None, date_to: date | None = None, text: str = "",
                room_id: int | None = None) -> int:
    actor.require(RELAY_VIEW)
    q = _slip_filters(select(func.count()).select_from(WorkSlip), status=status, to_dept=to_dept,
                      date_from=date_from, date_to=date_to, text=text, room_id=room_id, now=_now())
    with db.read() as s:
        return s.scalar(q) or 0


@dataclass(frozen=True)
class SlipView:
    """Everything the detail pane shows about one slip."""

    id: int
    number: str
    status: str
    version: int
    kind: str
    priority: str
    from_dept: str
    from_person: str
    to_dept: str
    to_person: str
    subject: str
    content: str
    room: str
    customer_name: str
    customer_phone: str
    source: str
    sent_at: datetime
    sign_due_at: datetime
    required_by: datetime
    signed_by: str
    signed_at: datetime | None
    reply: str
    replied_by: str
    replied_at: datetime | None
    accepted: bool | None
    verified_by: str
    verified_at: datetime | None
    verify_result: str
    customer_informed: bool
    void_reason: str
    created_by: str
    late_sign: bool
    late_reply: bool
    events: list[EventRow] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


def get_slip(db: Database, actor: Actor, slip_id: int) -> SlipView:
    actor.require(RELAY_VIEW)
    with db.read() as s:
        slip = _get(s, WorkSlip, slip_id)
        return _slip_view(s, actor, slip)


def slip_by_number(db: Database, actor: Actor, number: str) -> SlipView:
    actor.require(RELAY_VIEW)
    with db.read() as s:
        slip = s.scalar(select(WorkSlip).where(WorkSlip.number == (number or "").strip().upper()))
        if slip is None:
            raise NotFound(T("Relay", "There is no work slip {number}").format(number=number))
        return _slip_view(s, actor, slip)


def _slip_view(s: Session, actor: Actor, slip: WorkSlip) -> SlipView:
    now = _now()
    names = _staff_names(s, (slip.verified_by, slip.created_by))
    late_sign, late_reply = R.slip_overdue(slip.status, slip.sign_due_at, slip.required_by, now)
    return SlipView(
        slip.id, slip.number, slip.status, slip.version, slip.kind, slip.priority, slip.from_dept,
        slip.from_person, slip.to_dept, slip.to_person, slip.subject, slip.content,
        _room_codes(s, [slip.room_id]).get(slip.room_id, ""), slip.customer_name, slip.customer_phone,
        slip.source, slip.sent_at, slip.sign_due_at, slip.required_by, slip.signed_by, slip.signed_at,
        slip.reply, slip.replied_by, slip.replied_at, slip.accepted, names.get(slip.verified_by, ""),
        slip.verified_at, slip.verify_result, slip.customer_informed, slip.void_reason,
        names.get(slip.created_by, ""), late_sign, late_reply, _events(s, SLIPS, slip.id),
        _actions(wf.allowed_actions(SLIPS, slip, actor)))


# ============================================================================================ parcels

@dataclass
class ParcelInput:
    """An item received at the desk, as typed in the form."""

    addressee: str
    item_type: str = ItemType.PARCEL.value
    description: str = ""
    quantity: str | int = 1
    direction: str = Direction.INCOMING.value
    courier: str = ""
    tracking_no: str = ""
    sender: str = ""
    room: str = ""
    addressee_phone: str = ""
    urgent: bool = False
    valuable: bool = False
    condition: str = Condition.INTACT.value
    condition_note: str = ""
    storage: str = ""
    note: str = ""


def validate_parcel(data: ParcelInput) -> dict[str, Any]:
    """The typed values of a received item (room code still as text), or the first refusal."""
    v = vars(data)
    direction = _enum(Direction, data.direction, "direction", T("Relay", "Choose received or left"))
    values: dict[str, Any] = {
        "direction": direction.value,
        "item_type": _enum(ItemType, data.item_type, "item_type", T("Relay", "Choose the item type")).value,
        "description": _text(v, "description", max_len=100, required=True),
        "quantity": R.check_quantity(data.quantity),
        "courier": _text(v, "courier", max_len=30),
        "tracking_no": R.check_tracking_no(data.tracking_no),
        "sender": _text(v, "sender", max_len=50, required=direction is Direction.LEFT),
        "addressee": _text(v, "addressee", max_len=50, required=True),
        "addressee_phone": check_phone(data.addressee_phone, "addressee_phone"),
        "urgent": bool(data.urgent),
        "valuable": bool(data.valuable),
        "storage": _text(v, "storage", max_len=30),
        "note": _text(v, "note", max_len=R.NOTE_MAX),
    }
    condition = _enum(Condition, data.condition, "condition", T("Relay", "Choose the condition"))
    values["condition"] = condition.value
    values["condition_note"] = check_text(
        data.condition_note, "condition_note", _label("condition_note"), max_len=200,
        required=condition is Condition.DAMAGED)
    digits = "".join(ch for ch in values["addressee_phone"] if ch.isdigit())
    values["phone_tail"] = digits[-4:]
    return values


def receive_parcel(db: Database, actor: Actor, data: ParcelInput) -> int:
    """Register an item received for someone (state 待通知); numbered DS…, reminder and return times set.

    An item left for someone else (代转) waits for the supervisor's approval unless a supervisor
    registers it. A tracking number already waiting at the desk is refused (the same parcel twice).
    """
    actor.require(RELAY_CREATE)
    values = validate_parcel(data)
    at = _now()
    with unit_of_work(db, actor) as s:
        room_id = _room_id(s, data.room)
        if values["tracking_no"]:
            twin = s.scalar(select(Parcel.number).where(Parcel.tracking_no == values["tracking_no"],
                                                        Parcel.status.in_(PARCEL_WAITING)))
            if twin:
                raise ValidationError(T("Relay", "This tracking number is already waiting at the desk as "
                                                 "{number}").format(number=twin), "tracking_no")
        note = values.pop("note")
        params, calendar = _params_and_calendar(s)
        needs_approval = values["direction"] == Direction.LEFT.value
        approved = needs_approval and actor.can(RELAY_VERIFY)
        parcel = Parcel(**values, room_id=room_id, received_at=at,
                        remind_due_at=PARCELS.due_at("remind", at, params, calendar),
                        return_due_at=PARCELS.due_at("return", at, params, calendar),
                        needs_approval=needs_approval,
                        approved_by=actor.staff_id if approved else None,
                        approved_at=at if approved else None,
                        handler_id=actor.staff_id)
        wf.create(s, actor, PARCELS, parcel, note=note, when=at)
        return parcel.id


def room_people(db: Database, actor: Actor, room_code: str) -> list[str]:
    """Names of the people living in a room now (owners first): the addressees an item is likely for.

    Empty when the room is unknown or the user may not see the registry."""
    from app.domain.enums import RoomRole
    from app.domain.permissions import REGISTRY_VIEW
    from db.models import Person, RoomPerson

    actor.require(RELAY_VIEW)
    if not actor.can(REGISTRY_VIEW) or not (room_code or "").strip():
        return []
    order = {r.value: i for i, r in enumerate(RoomRole)}
    with db.read() as s:
        rows = s.execute(select(Person.name, RoomPerson.role, RoomPerson.is_primary)
                         .join(RoomPerson, RoomPerson.person_id == Person.id)
                         .join(Room, Room.id == RoomPerson.room_id)
                         .where(Room.code == room_code.strip(), RoomPerson.end_date.is_(None))).all()
    rows = sorted(rows, key=lambda r: (order.get(r.role, 99), not r.is_primary, r.name))
    return list(dict.fromkeys(r.name for r in rows if r.role != RoomRole.EMERGENCY.value))


def approval_pending(parcel) -> bool:
    return bool(parcel.needs_approval) and parcel.approved_by is None


#: actions that wait for the supervisor's approval of an item left for someone else
_NEED_APPROVAL = frozenset({"notify", "remind", "hand_over"})


def parcel_actions(actor: Actor, parcel) -> list[Transition]:
    """The declared actions the user may take, less those the approval guard refuses now."""
    pending = approval_pending(parcel)
    return [t for t in wf.allowed_actions(PARCELS, parcel, actor)
            if not (t.name == "approve" and not pending) and not (t.name in _NEED_APPROVAL and pending)]


def _parcel_values(action: str, values: dict) -> dict[str, Any]:
    fields: dict[str, Any] = {"note": (values.get("note") or "").strip()}
    if action in ("notify", "remind"):
        method = NotifyMethod.from_label(values.get("method") or "")
        fields["method"] = method.value if method else ""
    elif action == "hand_over":
        fields["collector_name"] = (values.get("collector_name") or "").strip()
        id_type = IdType.from_label(values.get("collector_id_type") or IdType.RESIDENT.value)
        fields["collector_id_type"] = id_type.value if id_type else ""
        fields["collector_id_number"] = (values.get("collector_id_number") or "").strip()
        relation = CollectorRelation.from_label(values.get("relation") or "")
        fields["relation"] = relation.value if relation else ""
        fields["signature"] = bool(_bool(values.get("signature")))
    elif action in ("return", "void"):
        fields["reason"] = (values.get("reason") or "").strip()
    return fields


def act_on_parcel(db: Database, actor: Actor, parcel_id: int, action: str,
                  values: dict[str, Any] | None = None, *, version: int | None = None) -> int:
    """Do ``action`` (notify, remind, approve, hand_over, return, void) on a kept item.

    Handing over needs the collector's name, a valid document number (a resident ID by its check digit)
    and the collector's signature; an item handed over (or returned, or void) cannot be handed over again.
    """
    actor.require(PARCELS.transition(action).permission)
    values = dict(values or {})
    with unit_of_work(db, actor) as s:
        parcel = _get(s, Parcel, parcel_id, version)
        at = _now()
        fields = _parcel_values(action, values)
        PARCELS.check(parcel.status, action, actor.permissions, fields)
        if action == "approve" and not approval_pending(parcel):
            raise ConflictError(T("Relay", "This item needs no approval, or is approved already"))
        if action in _NEED_APPROVAL and approval_pending(parcel):
            raise ConflictError(T("Relay", "An item left for someone else needs the supervisor's approval "
                                           "first"))
        check_text(fields["note"], "note", _label("note"), max_len=R.NOTE_MAX, required=False)
        store: dict[str, Any] = {}
        if action in ("notify", "remind"):
            store.update(notify_method=fields["method"], notified_at=at)
            if action == "remind":
                params, calendar = _params_and_calendar(s)
                store.update(reminders=parcel.reminders + 1,
                             remind_due_at=PARCELS.due_at("remind", at, params, calendar))
        elif action == "approve":
            store.update(approved_by=actor.staff_id, approved_at=at)
        elif action == "hand_over":
            name, id_type, number = R.check_collector(fields["collector_name"], fields["collector_id_type"],
                                                      fields["collector_id_number"], fields["signature"])
            store.update(collector_name=name, collector_id_type=id_type, collector_id_number=number,
                         collector_relation=fields["relation"], signature_confirmed=True, collected_at=at)
            fields["collector_id_number"] = mask_id(number)   # the event log keeps the masked number
        elif action in ("return", "void"):
            check_text(fields["reason"], "reason", _label("reason"), max_len=200)
            if action == "return":
                store["returned_at"] = at
        for key, value in store.items():   # before the transition's flush: one audit row per action
            setattr(parcel, key, value)
        parcel.handler_id = actor.staff_id
        wf.transition(s, actor, PARCELS, parcel, action, fields, version=version)
        return parcel.id


@dataclass(frozen=True)
class ParcelRow:
    id: int
    number: str
    status: str
    direction: str
    item_type: str
    description: str
    quantity: int
    courier: str
    tracking_no: str
    addressee: str
    phone: str               # masked unless the user may see phone numbers
    room: str
    storage: str
    urgent: bool
    valuable: bool
    received_at: datetime
    notified_at: datetime | None
    reminders: int
    collector_name: str
    collector_id: str        # masked unless the user may see ID numbers
    collected_at: datetime | None
    version: int
    remind_due: bool
    return_due: bool
    approval_pending: bool
    sort_key: tuple


PARCEL_SORT = (Parcel.received_at, Parcel.id)
PARCEL_FILTERS = ("waiting", "to_notify", "remind", "to_return", "approval", "all")


def _parcel_filters(q, *, status: str, item_type: str | None, date_from: date | None, date_to: date | None,
                    text: str, room_id: int | None, now: datetime):
    if status == "waiting":
        q = q.where(Parcel.status.in_(PARCEL_WAITING))
    elif status == "to_notify":
        q = q.where(Parcel.status == "received")
    elif status == "remind":
        q = q.where(Parcel.status.in_(PARCEL_WAITING), Parcel.remind_due_at <= now)
    elif status == "to_return":
        q = q.where(Parcel.status.in_(PARCEL_WAITING), Parcel.return_due_at <= now)
    elif status == "approval":
        q = q.where(Parcel.status == "received", Parcel.needs_approval.is_(True),
                    Parcel.approved_by.is_(None))
    elif status != "all":
        _known_state(PARCELS, status)
        q = q.where(Parcel.status == status)
    if item_type:
        q = q.where(Parcel.item_type == item_type)
    start, end = _day_range(date_from, date_to)
    if start:
        q = q.where(Parcel.received_at >= start)
    if end:
        q = q.where(Parcel.received_at < end)
    if room_id:
        q = q.where(Parcel.room_id == room_id)
    t = (text or "").strip()
    if t:
        upper, lower = t.upper(), t.lower()
        conditions = [and_(Parcel.number >= upper, Parcel.number < upper + "\U0010ffff"),
                      and_(Parcel.tracking_no >= upper, Parcel.tracking_no < upper + "\U0010ffff"),
                      and_(Parcel.addressee >= t, Parcel.addressee < t + "\U0010ffff")]
        if "-" in t:   # a room code (3-2-15…): the rooms it starts
            conditions.append(Parcel.room_id.in_(select(Room.id).where(
                Room.code >= lower, Room.code < lower + "\U0010ffff")))
        if t.isdigit() and len(t) == 4:
            conditions.append(Parcel.phone_tail == t)
        q = q.where(or_(*conditions))
    return q


def list_parcels(db: Database, actor: Actor, *, status: str = "waiting", item_type: str | None = None,
                 date_from: date | None = None, date_to: date | None = None, text: str = "",
                 room_id: int | None = None, after: tuple | None = None,
                 limit: int = 200) -> list[ParcelRow]:
    """One page of kept items, newest first, keyset-paged; phones and IDs masked unless the role may see."""
    actor.require(RELAY_VIEW)
    now = _now()
    see = actor.can(PEOPLE_SEE_ID)
    q = (select(Parcel.id, Parcel.number, Parcel.status, Parcel.direction, Parcel.item_type,
                Parcel.description, Parcel.quantity, Parcel.courier, Parcel.tracking_no, Parcel.addressee,
                Parcel.addressee_phone, Room.code, Parcel.storage, Parcel.urgent, Parcel.valuable,
                Parcel.received_at, Parcel.notified_at, Parcel.reminders, Parcel.collector_name,
                Parcel.collector_id_number, Parcel.collected_at, Parcel.version, Parcel.remind_due_at,
                Parcel.return_due_at, Parcel.needs_approval, Parcel.approved_by)
         .outerjoin(Room, Room.id == Parcel.room_id))
    q = _parcel_filters(q, status=status, item_type=item_type, date_from=date_from, date_to=date_to,
                        text=text, room_id=room_id, now=now)
    if after:
        q = q.where(tuple_(*PARCEL_SORT) < tuple_(*after))
    q = q.order_by(Parcel.received_at.desc(), Parcel.id.desc()).limit(limit)
    with db.read() as s:
        rows = s.execute(q).all()
    out = []
    for r in rows:
        remind, back = R.parcel_due(r.status, r.remind_due_at, r.return_due_at, now)
        out.append(ParcelRow(
            r.id, r.number, r.status, r.direction, r.item_type, r.description, r.quantity, r.courier,
            r.tracking_no, r.addressee, r.addressee_phone if see else mask_phone(r.addressee_phone),
            r.code or "", r.storage, r.urgent, r.valuable, r.received_at, r.notified_at, r.reminders,
            r.collector_name, r.collector_id_number if see else mask_id(r.collector_id_number),
            r.collected_at, r.version, remind, back,
            r.status == "received" and bool(r.needs_approval) and r.approved_by is None,
            (r.received_at, r.id)))
    return out


def count_parcels(db: Database, actor: Actor, *, status: str = "waiting", item_type: str | None = None,
                  date_from: date | None = None, date_to: date | None = None, text: str = "",
                  room_id: int | None = None) -> int:
    actor.require(RELAY_VIEW)
    q = _parcel_filters(select(func.count()).select_from(Parcel), status=status, item_type=item_type,
                        date_from=date_from, date_to=date_to, text=text, room_id=room_id, now=_now())
    with db.read() as s:
        return s.scalar(q) or 0


@dataclass(frozen=True)
class ParcelView:
    id: int
    number: str
    status: str
    version: int
    direction: str
    item_type: str
    description: str
    quantity: int
    courier: str
    tracking_no: str
    sender: str
    room: str
    addressee: str
    addressee_phone: str     # in full: the desk calls the addressee
    urgent: bool
    valuable: bool
    condition: str
    condition_note: str
    storage: str
    received_at: datetime
    received_by: str
    remind_due_at: datetime
    return_due_at: datetime
    notified_at: datetime | None
    notify_method: str
    reminders: int
    needs_approval: bool
    approved_by: str
    approved_at: datetime | None
    collector_name: str
    collector_id_type: str
    collector_id: str        # masked unless the user may see ID numbers
    collector_relation: str
    collected_at: datetime | None
    returned_at: datetime | None
    void_reason: str
    remind_due: bool
    return_due: bool
    approval_pending: bool
    events: list[EventRow] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)


def get_parcel(db: Database, actor: Actor, parcel_id: int) -> ParcelView:
    actor.require(RELAY_VIEW)
    with db.read() as s:
        return _parcel_view(s, actor, _get(s, Parcel, parcel_id))


def parcel_by_number(db: Database, actor: Actor, number: str) -> ParcelView:
    actor.require(RELAY_VIEW)
    with db.read() as s:
        parcel = s.scalar(select(Parcel).where(Parcel.number == (number or "").strip().upper()))
        if parcel is None:
            raise NotFound(T("Relay", "There is no item {number}").format(number=number))
        return _parcel_view(s, actor, parcel)


def _parcel_view(s: Session, actor: Actor, p: Parcel) -> ParcelView:
    now = _now()
    names = _staff_names(s, (p.created_by, p.approved_by))
    remind, back = R.parcel_due(p.status, p.remind_due_at, p.return_due_at, now)
    see = actor.can(PEOPLE_SEE_ID)
    return ParcelView(
        p.id, p.number, p.status, p.version, p.direction, p.item_type, p.description, p.quantity, p.courier,
        p.tracking_no, p.sender, _room_codes(s, [p.room_id]).get(p.room_id, ""), p.addressee,
        p.addressee_phone, p.urgent, p.valuable, p.condition, p.condition_note, p.storage, p.received_at,
        names.get(p.created_by, ""), p.remind_due_at, p.return_due_at, p.notified_at, p.notify_method,
        p.reminders, p.needs_approval, names.get(p.approved_by, ""), p.approved_at, p.collector_name,
        p.collector_id_type, p.collector_id_number if see else mask_id(p.collector_id_number),
        p.collector_relation, p.collected_at, p.returned_at, p.void_reason, remind, back,
        approval_pending(p), _events(s, PARCELS, p.id), _actions(parcel_actions(actor, p)))


# ============================================================================================ register

def parse_register_range(text: str) -> tuple[date, date]:
    """``2025-06-12`` (one day) or ``2025-06-01~2025-06-12`` (a range of at most 31 days)."""
    parts = [p.strip() for p in (text or "").replace("至", "~").split("~")]
    try:
        days = [date.fromisoformat(p) for p in parts if p]
    except ValueError:
        days = []
    if len(days) not in (1, 2) or len(days) != len(parts):
        raise ValidationError(T("Relay", "Give a day such as 2025-06-12 or a range such as "
                                         "2025-06-01~2025-06-12"), "number")
    first, last = days[0], days[-1]
    if last < first:
        raise ValidationError(T("Relay", "The end date cannot be before the start date"), "number")
    if (last - first).days >= REGISTER_MAX_DAYS:
        raise ValidationError(T("Relay", "A register covers at most {n} days").format(n=REGISTER_MAX_DAYS),
                              "number")
    return first, last


def register_key(first: date, last: date) -> str:
    """The "number" a register of these days prints and is counted under (reprints)."""
    return first.isoformat() if first == last else f"{first.isoformat()}~{last.isoformat()}"


# ======================================================================================= extension points

def _slip_line(number: str, dept: str, subject: str, room: str) -> str:
    return " ".join(x for x in (number, str(Department(dept).label) if dept in Department._value2member_map_
                                else dept, room, subject) if x)


def _home_tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = _now()
    late = or_(and_(WorkSlip.status == "sent", WorkSlip.sign_due_at < now),
               and_(WorkSlip.status.in_(SLIP_UNANSWERED), WorkSlip.required_by < now))
    overdue = s.execute(select(WorkSlip.number, WorkSlip.to_dept, WorkSlip.subject).where(late)
                        .order_by(WorkSlip.required_by).limit(5)).all()
    n_overdue = s.scalar(select(func.count()).select_from(WorkSlip).where(late)) or 0
    n_open = s.scalar(select(func.count()).select_from(WorkSlip)
                      .where(WorkSlip.status.in_(SLIP_UNANSWERED))) or 0
    n_verify = s.scalar(select(func.count()).select_from(WorkSlip).where(WorkSlip.status == "replied")) or 0
    slips = dashboard.Tile(
        T("Relay", "Work slips overdue"), str(n_overdue),
        str(T("Relay", "{open} awaiting a reply · {verify} to verify").format(open=n_open, verify=n_verify)),
        "relay", "alert" if n_overdue else "normal",
        [_slip_line(r.number, r.to_dept, r.subject, "") for r in overdue])
    waiting = Parcel.status.in_(PARCEL_WAITING)
    n_waiting = s.scalar(select(func.count()).select_from(Parcel).where(waiting)) or 0
    n_notify = s.scalar(select(func.count()).select_from(Parcel).where(Parcel.status == "received")) or 0
    n_remind = s.scalar(select(func.count()).select_from(Parcel)
                        .where(waiting, Parcel.remind_due_at <= now)) or 0
    n_return = s.scalar(select(func.count()).select_from(Parcel)
                        .where(waiting, Parcel.return_due_at <= now)) or 0
    level = "alert" if n_return else "attention" if n_remind or n_notify else "normal"
    parcels = dashboard.Tile(
        T("Relay", "Parcels waiting"), str(n_waiting),
        str(T("Relay", "{notify} to notify · {remind} to remind · {back} to return").format(
            notify=n_notify, remind=n_remind, back=n_return)), "relay", level)
    return [slips, parcels]


def _more(group, n: int) -> open_items.OpenItem:
    return open_items.OpenItem(group, str(T("Relay", "… and {n} more").format(n=n)), "", "relay")


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    items: list[open_items.OpenItem] = []
    group = T("Relay", "Work slips not answered")
    unanswered = WorkSlip.status.in_(SLIP_UNANSWERED)
    rows = s.execute(select(WorkSlip.id, WorkSlip.number, WorkSlip.status, WorkSlip.to_dept,
                            WorkSlip.subject, WorkSlip.sign_due_at, WorkSlip.required_by, Room.code)
                     .outerjoin(Room, Room.id == WorkSlip.room_id).where(unanswered)
                     .order_by(WorkSlip.required_by, WorkSlip.id).limit(HANDOVER_LIMIT)).all()
    for r in rows:
        late_sign, late_reply = R.slip_overdue(r.status, r.sign_due_at, r.required_by, now)
        due = str(T("Relay", "reply by {time}").format(time=r.required_by.strftime("%m-%d %H:%M")))
        if late_reply:
            due = str(T("Relay", "reply overdue since {time}").format(
                time=r.required_by.strftime("%m-%d %H:%M")))
        elif late_sign:
            due = str(T("Relay", "not signed for in time"))
        title = f"{_slip_line('', r.to_dept, r.subject, r.code or '')}, {due}"
        items.append(open_items.OpenItem(group, title, r.number, "relay", r.id,
                                         "alert" if late_sign or late_reply else "normal"))
    more = (s.scalar(select(func.count()).select_from(WorkSlip).where(unanswered)) or 0) - len(rows)
    if more > 0:
        items.append(_more(group, more))
    group = T("Relay", "Parcels waiting")
    waiting = Parcel.status.in_(PARCEL_WAITING)
    rows = s.execute(select(Parcel.id, Parcel.number, Parcel.status, Parcel.item_type, Parcel.addressee,
                            Parcel.courier, Parcel.storage, Parcel.received_at, Parcel.remind_due_at,
                            Parcel.return_due_at, Room.code)
                     .outerjoin(Room, Room.id == Parcel.room_id).where(waiting)
                     .order_by(Parcel.received_at, Parcel.id).limit(HANDOVER_LIMIT)).all()
    for r in rows:
        remind, back = R.parcel_due(r.status, r.remind_due_at, r.return_due_at, now)
        what = str(ItemType(r.item_type).label) if r.item_type in ItemType._value2member_map_ else r.item_type
        title = " ".join(x for x in (r.addressee, r.code or "", what, r.courier,
                                     str(T("Relay", "since {time}").format(
                                         time=r.received_at.strftime("%m-%d %H:%M"))),
                                     f"@{r.storage}" if r.storage else "") if x)
        items.append(open_items.OpenItem(group, title, r.number, "relay", r.id,
                                         "alert" if back else "attention" if remind else "normal"))
    more = (s.scalar(select(func.count()).select_from(Parcel).where(waiting)) or 0) - len(rows)
    if more > 0:
        items.append(_more(group, more))
    return items


def _card_parcels(s: Session, actor: Actor, room) -> card_sections.CardSection | None:
    if not actor.can(RELAY_VIEW):
        return None
    rows = s.execute(select(Parcel.number, Parcel.item_type, Parcel.addressee, Parcel.courier,
                            Parcel.received_at, Parcel.status)
                     .where(Parcel.room_id == room.id, Parcel.status.in_(PARCEL_WAITING))
                     .order_by(Parcel.received_at).limit(50)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("Relay", "Parcels waiting"),
        [T("Relay", "No."), T("Relay", "Item type"), T("Relay", "Addressee"), T("Relay", "Courier"),
         T("Relay", "Received"), T("Relay", "Status")],
        [[r.number, str(ItemType(r.item_type).label), r.addressee, r.courier,
          r.received_at.strftime("%Y-%m-%d %H:%M"), str(PARCELS.state(r.status).label)] for r in rows])


def _card_slips(s: Session, actor: Actor, room) -> card_sections.CardSection | None:
    if not actor.can(RELAY_VIEW):
        return None
    rows = s.execute(select(WorkSlip.number, WorkSlip.to_dept, WorkSlip.subject, WorkSlip.required_by,
                            WorkSlip.status)
                     .where(WorkSlip.room_id == room.id, WorkSlip.status.in_(SLIPS.open_states))
                     .order_by(WorkSlip.sent_at).limit(50)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("Relay", "Open work slips"),
        [T("Relay", "No."), T("Relay", "Department"), T("Relay", "Subject"), T("Relay", "Complete by"),
         T("Relay", "Status")],
        [[r.number, str(Department(r.to_dept).label), r.subject, r.required_by.strftime("%Y-%m-%d %H:%M"),
          str(SLIPS.state(r.status).label)] for r in rows])


# ============================================================================================ print sources

def _print_slip(session: Session, actor: Actor, number: str):
    """工作联系单 by its number (一式两联: 存根联, 回执联)."""
    actor.require(RELAY_VIEW)
    from app.printing.forms.work_slip import WorkSlipForm   # reportlab: lazily

    slip = session.scalar(select(WorkSlip).where(WorkSlip.number == number.strip().upper()))
    if slip is None:
        raise NotFound(T("Relay", "There is no work slip {number}").format(number=number))
    names = _staff_names(session, [slip.verified_by])
    return WorkSlipForm(
        number=slip.number, kind=R.zh(SlipKind, slip.kind), priority=R.zh(Priority, slip.priority),
        from_dept=R.zh(Department, slip.from_dept), from_person=slip.from_person,
        to_dept=R.zh(Department, slip.to_dept), to_person=slip.to_person, subject=slip.subject,
        content=slip.content, room=_room_codes(session, [slip.room_id]).get(slip.room_id, ""),
        customer=" ".join(x for x in (slip.customer_name, slip.customer_phone) if x), source=slip.source,
        sent_at=slip.sent_at, sign_due_at=slip.sign_due_at, required_by=slip.required_by,
        signed_by=slip.signed_by, signed_at=slip.signed_at, reply=slip.reply, replied_by=slip.replied_by,
        replied_at=slip.replied_at,
        accepted="" if slip.accepted is None else ("接受" if slip.accepted else "不接受"),
        verify_result=slip.verify_result, verified_by=names.get(slip.verified_by, ""),
        verified_at=slip.verified_at,
        customer_informed="已告知客户" if slip.customer_informed else "",
        status=_SLIP_STATUS_ZH.get(slip.status, slip.status)), slip.status == "void"


_SLIP_STATUS_ZH = {"sent": "已发出", "signed": "已签收", "processing": "处理中", "replied": "已回复",
                   "returned": "已退回", "closed": "已确认关闭", "void": "作废"}
_PARCEL_STATUS_ZH = {"received": "待通知", "notified": "已通知", "collected": "已领取",
                     "returned": "已退回", "void": "作废"}


def _print_register(session: Session, actor: Actor, number: str):
    """物品收发登记表 of a day or a range of days; collectors' IDs always print masked."""
    actor.require(RELAY_VIEW)
    from app.printing.forms.parcel_register import ParcelRegister, RegisterLine

    first, last = parse_register_range(number)
    start, end = _day_range(first, last)
    q = (select(Parcel, Room.code).outerjoin(Room, Room.id == Parcel.room_id)
         .where(Parcel.received_at >= start, Parcel.received_at < end)
         .order_by(Parcel.received_at, Parcel.id).limit(REGISTER_MAX_ROWS + 1))
    rows = session.execute(q).all()
    if len(rows) > REGISTER_MAX_ROWS:
        raise ValidationError(T("Relay", "More than {n} items in these days: print a shorter range").format(
            n=REGISTER_MAX_ROWS), "number")
    names = _staff_names(session, (p.created_by for p, _ in rows))
    lines = []
    for p, code in rows:
        item = R.zh(ItemType, p.item_type) + (f"×{p.quantity}" if p.quantity != 1 else "")
        if p.description:
            item += f" {p.description}"
        flags = "".join(x for x in ("急" if p.urgent else "", "贵重" if p.valuable else "",
                                    "破损" if p.condition == Condition.DAMAGED.value else "") if x)
        note = "；".join(x for x in (
            R.zh(Direction, p.direction) if p.direction != Direction.INCOMING.value else "",
            flags, f"存放：{p.storage}" if p.storage else "", p.void_reason) if x)
        lines.append(RegisterLine(
            number=p.number, received_at=p.received_at, item=item,
            courier=" ".join(x for x in (p.courier or p.sender, p.tracking_no) if x), addressee=p.addressee,
            room=code or "", received_by=names.get(p.created_by, ""),
            notified=(f"{p.notified_at:%m-%d %H:%M} {R.zh(NotifyMethod, p.notify_method)}".strip()
                      if p.notified_at else ""),
            collector=p.collector_name, collector_id=mask_id(p.collector_id_number),
            collected_at=p.collected_at or p.returned_at,
            status=_PARCEL_STATUS_ZH.get(p.status, p.status), note=note))
    return ParcelRegister(first=first, last=last, lines=lines, printed_by=actor.name,
                          printed_at=_now()), False


# ============================================================================================ registration

dashboard.register("relay", RELAY_VIEW, _home_tiles)
open_items.register("relay", RELAY_VIEW, _open_items)
card_sections.register("relay_parcels", _card_parcels)
card_sections.register("relay_slips", _card_slips)
printing.register_source("work_slip", _print_slip)
printing.register_source("parcel_register", _print_register)

__all__ = [
    "SLIP_KIND", "PARCEL_KIND", "SlipInput", "ParcelInput", "SlipRow", "ParcelRow", "SlipView", "ParcelView",
    "EventRow", "Action", "create_slip", "act_on_slip", "list_slips", "count_slips", "get_slip",
    "slip_by_number", "receive_parcel", "act_on_parcel", "list_parcels", "count_parcels", "get_parcel",
    "parcel_by_number", "parcel_actions", "approval_pending", "room_people", "parse_register_range",
    "register_key", "validate_slip", "validate_parcel",
]
