"""信息传递 (DOMAIN.md §4.9): work slips to departments and items kept at the desk for residents.

The two workflows, their fields and rules are declared in :mod:`app.domain.relay`; this module registers
them as record kinds (app.services.records does every action: permission, parsing, checks, the event and the
clocks) and adds what is their own: registering a slip or an item, the side effects of the actions, the
lists, the detail pane's rows, and the desk's hooks — home tiles, shift-handover open items,
household-card sections and the print sources ``work_slip`` (by slip number) and ``parcel_register`` (by
day ``2025-06-12`` or range ``2025-06-01~2025-06-12``).

Deadlines are clocks (app.services.clocks): a slip's ``sign`` clock from the parameters by priority, its
``reply`` clock to the time the sender required; an item's ``remind`` clock (restarted by each reminder)
and its ``return`` clock. Lists read them through the clock index; overdue is never stored.

Searching a slip's subject is a substring match over the rows the other filters leave (``LIKE``; a year
of slips is a few thousand rows); every other filter and the sort run through an index.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import CompoundSelect, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import relay as R
from app.domain.enums import Answer, IdType, LabelledEnum
from app.domain.errors import ConflictError, ValidationError
from app.domain.parameters import effective_value
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.relay import (
    PARCEL_WAITING,
    PARCELS,
    RELAY_CREATE,
    RELAY_VERIFY,
    RELAY_VIEW,
    SLIP_UNANSWERED,
    SLIPS,
    CollectorRelation,
    Condition,
    Department,
    Direction,
    ItemType,
    NotifyMethod,
    Priority,
    SlipKind,
)
from app.domain.validation import check_phone, check_text, mask_id, mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, clocks, dashboard, open_items, printing, records
from app.services import params as params_service
from app.services.base import Actor, unit_of_work
from app.services.shared import Query, StatusRow, counted, label_of, numbered, stamp
from db.engine import Database
from db.models import Room
from db.models.relay import Parcel, WorkSlip

if TYPE_CHECKING:
    from app.printing.forms.parcel_register import ParcelRegister
    from app.printing.forms.work_slip import WorkSlipForm


SLIP_KIND = "work_slip"     # the record kinds of records_changed and the work log's link
PARCEL_KIND = "parcel"
PAGE = "relay"
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
    "note": T("Relay", "Note"), "item_type": T("Relay", "Item type"), "description": T("Relay", "Description"),
    "quantity": T("Relay", "Quantity"), "courier": T("Relay", "Courier"),
    "tracking_no": T("Relay", "Tracking no."), "sender": T("Relay", "Sender"),
    "addressee": T("Relay", "Addressee"), "addressee_phone": T("Relay", "Addressee's phone"),
    "condition_note": T("Relay", "Damage"), "storage": T("Relay", "Kept at"),
}


def _label(key: str) -> str:
    return str(_L[key])


def _enum(enum_cls: type[LabelledEnum], value: Any, field: str, message: Text) -> Any:
    member = value if isinstance(value, enum_cls) else enum_cls.from_label(str(value or ""))
    if member is None:
        raise ValidationError(message, field)
    return member


def _text(values: dict, key: str, *, max_len: int, required: bool = False) -> str:
    return check_text(values.get(key), key, _label(key), max_len=max_len, required=required)


def _room_id(s: Session, code: str | None, field: str = "room") -> int | None:
    code = "".join((code or "").split()).upper()
    return records.room(s, code, field).id if code else None


def _room_codes(s: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i}
    if not wanted:
        return {}
    return dict(s.execute(select(Room.id, Room.code).where(Room.id.in_(wanted))).all())


def _day_range(date_from: date | None, date_to: date | None) -> tuple[datetime | None, datetime | None]:
    start = datetime.combine(date_from, time.min) if date_from else None
    end = datetime.combine(date_to + timedelta(days=1), time.min) if date_to else None
    if start and end and end <= start:
        raise ValidationError(T("Relay", "The end date cannot be before the start date"), "date_to")
    return start, end


def _by_number(db: Database, actor: Actor, kind: records.RecordKind, number: str,
               missing: Text) -> records.RecordView:
    """The view of the slip or item numbered ``number``; NotFound (``missing``) when there is none."""
    actor.require(RELAY_VIEW)
    with db.read() as s:
        return records.view(s, actor, kind, numbered(s, kind.model, number, missing))


def _in_period(q: Query, column: Any, date_from: date | None, date_to: date | None) -> Query:
    """``q`` kept to the rows whose ``column`` falls on the days from ``date_from`` to ``date_to`` (either open)."""
    start, end = _day_range(date_from, date_to)
    if start:
        q = q.where(column >= start)
    if end:
        q = q.where(column < end)
    return q


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


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
    """Send a work slip (state 已发出): numbered LX…, its signing and reply clocks started."""
    actor.require(RELAY_CREATE)
    at = base.now()
    values = validate_slip(data, at)
    with unit_of_work(db, actor) as s:
        room_id = _room_id(s, data.room)
        if values["source"]:
            twin = s.scalar(select(WorkSlip.number).where(WorkSlip.source == values["source"],
                                                          WorkSlip.status.in_(SLIPS.open_states)))
            if twin:
                raise ConflictError(T("Relay", "{source} already has the open work slip {number}").format(
                    source=values["source"], number=twin))
        return create_slip_in(s, actor, values, room_id, at).id


def create_slip_in(s: Session, actor: Actor, values: dict[str, Any], room_id: int | None,
                   at: datetime, link: tuple[str, int, str] | None = None) -> WorkSlip:
    """Send a slip inside an open unit of work (a patrol finding, a move-in defect sends one with it)."""
    values = dict(values)
    note = values.pop("note", "")
    values["from_person"] = values.get("from_person") or actor.name
    slip = WorkSlip(**values, room_id=room_id, from_dept=Department.SERVICE.value, sent_at=at,
                    handler_id=actor.staff_id)
    records.create_in(s, actor, SLIP_KIND, slip, note=note, when=at, link=link,
                      data={"to_dept": values["to_dept"], "required_by": values["required_by"]})
    return slip


def _sign(ctx: records.Act) -> None:
    ctx.record.signed_at = ctx.values.get("signed_at") or ctx.now


def _reply(ctx: records.Act) -> None:
    ctx.record.accepted = ctx.values["accepted"] == Answer.YES.value
    ctx.record.replied_at = ctx.now


def _verify(ctx: records.Act) -> None:
    ctx.record.verified_by, ctx.record.verified_at = ctx.actor.staff_id, ctx.now


def _after_verify(ctx: records.Act) -> None:
    """A verified repair joins the follow-up queue when it is in the sample (客户回访, §4.3)."""
    slip = ctx.record
    if slip.to_dept == Department.ENGINEERING.value or slip.kind == SlipKind.DISPATCH.value:
        from app.services import followups
        followups.sample_repair(ctx.session, ctx.actor, slip)


def _after_reply(ctx: records.Act) -> None:
    """A complaint's slip: the department's reply comes back to the complaint (投诉处理, §4.2)."""
    from app.services import complaints
    complaints.slip_replied(ctx)


def _resend(ctx: records.Act) -> None:
    dept = ctx.values["to_dept"]
    if dept == ctx.record.to_dept:
        raise ValidationError(T("Relay", "The slip was returned by this department: choose another"), "to_dept")
    ctx.record.to_dept, ctx.record.signed_by, ctx.record.signed_at = dept, "", None


def _slip_title(slip: WorkSlip) -> str:
    return slip.subject


@dataclass(frozen=True)
class SlipDetail:
    """What the slip's page and forms read beyond the kit's view."""

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
    sign_due_at: datetime | None
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


def _slip_detail(s: Session, actor: Actor, slip: WorkSlip) -> SlipDetail:
    now = base.now()
    names = records.names(s, (slip.verified_by, slip.created_by))
    sign_due = clocks.deadline(s, SLIP_KIND, slip.id, "sign")
    late_sign = slip.status == "sent" and sign_due is not None and now > sign_due
    late_reply = slip.status in SLIP_UNANSWERED and now > slip.required_by
    return SlipDetail(
        slip.kind, slip.priority, slip.from_dept, slip.from_person, slip.to_dept, slip.to_person, slip.subject,
        slip.content, _room_codes(s, [slip.room_id]).get(slip.room_id or 0, ""), slip.customer_name,
        slip.customer_phone, slip.source, slip.sent_at, sign_due, slip.required_by, slip.signed_by,
        slip.signed_at, slip.reply, slip.replied_by, slip.replied_at, slip.accepted,
        names.get(slip.verified_by or 0, ""), slip.verified_at, slip.verify_result, slip.customer_informed,
        slip.void_reason, names.get(slip.created_by or 0, ""), late_sign, late_reply)


def _slip_rows(s: Session, actor: Actor, slip: WorkSlip) -> list[tuple[Text | str, str]]:
    v = _slip_detail(s, actor, slip)
    accepted = "" if v.accepted is None else str(T("Relay", "Accepted") if v.accepted else T("Relay", "Not accepted"))
    return [
        (T("Relay", "Type"), f"{SlipKind(v.kind).label} · {Priority(v.priority).label}"),
        (T("Relay", "From"), f"{Department(v.from_dept).label} {v.from_person}".strip()),
        (T("Relay", "To"), f"{Department(v.to_dept).label} {v.to_person}".strip()),
        (T("Relay", "Room"), v.room),
        (T("Relay", "Customer"), " ".join(x for x in (v.customer_name, v.customer_phone) if x)),
        (T("Relay", "Content"), v.content),
        (T("Relay", "Sent"), _when(v.sent_at)),
        (T("Relay", "Complete by"), _when(v.required_by)),
        (T("Relay", "Signed"), f"{v.signed_by} {_when(v.signed_at)}".strip()),
        (T("Relay", "Reply"), " · ".join(x for x in (accepted, v.reply) if x)),
        (T("Relay", "Replied"), f"{v.replied_by} {_when(v.replied_at)}".strip()),
        (T("Relay", "Verified"), " · ".join(x for x in (
            v.verify_result, str(T("Relay", "customer informed")) if v.customer_informed else "",
            f"{v.verified_by} {_when(v.verified_at)}".strip()) if x)),
        (T("Relay", "Related record"), v.source),
        (T("Relay", "Void reason"), v.void_reason),
    ]


def _slip_flags(s: Session, slip: WorkSlip) -> list[Text | str]:
    now = base.now()
    urgent: list[Text | str] = [T("Relay", "urgent")] if slip.priority == Priority.URGENT.value and \
        slip.status in SLIP_UNANSWERED else []
    if slip.status == "sent" and (clocks.deadline(s, SLIP_KIND, slip.id, "sign") or now) < now:
        return [*urgent, T("Relay", "not signed for in time")]
    if slip.status in SLIP_UNANSWERED and slip.required_by < now:
        return [*urgent, T("Relay", "reply overdue")]
    return urgent


SLIP_RECORDS = records.register(records.RecordKind(
    SLIPS, WorkSlip, RELAY_VIEW, page=PAGE, title=_slip_title, rows=_slip_rows, detail=_slip_detail,
    flags=_slip_flags,
    effects={"sign": _sign, "reply": _reply, "verify": _verify, "resend": _resend},
    after={"verify": _after_verify, "reply": _after_reply},
    not_found=T("Relay", "This record no longer exists")))


@dataclass(frozen=True)
class SlipRow(StatusRow):
    WORKFLOW = SLIPS

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
    sign_due_at: datetime | None
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


def _slip_filters(q: Query, *, status: str, to_dept: str | None, date_from: date | None, date_to: date | None,
                  text: str, room_id: int | None, now: datetime) -> Query:
    if status == "open":
        q = q.where(WorkSlip.status.in_(SLIP_UNANSWERED + ("replied", "returned")))
    elif status == "unanswered":
        q = q.where(WorkSlip.status.in_(SLIP_UNANSWERED))
    elif status == "to_verify":
        q = q.where(WorkSlip.status == "replied")
    elif status == "overdue":
        q = q.where(WorkSlip.id.in_(clocks.overdue(SLIP_KIND, "sign", now).union(
            clocks.overdue(SLIP_KIND, "reply", now))))
    elif status != "all":
        SLIPS.filter_state(status)
        q = q.where(WorkSlip.status == status)
    if to_dept:
        q = q.where(WorkSlip.to_dept == to_dept)
    q = _in_period(q, WorkSlip.sent_at, date_from, date_to)
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
    now = base.now()
    q: Query = (select(WorkSlip.id, WorkSlip.number, WorkSlip.status, WorkSlip.priority, WorkSlip.kind,
                         WorkSlip.to_dept, WorkSlip.to_person, WorkSlip.subject, Room.code, WorkSlip.sent_at,
                         WorkSlip.required_by, WorkSlip.signed_at, WorkSlip.replied_at, WorkSlip.version)
                  .outerjoin(Room, Room.id == WorkSlip.room_id))
    q, sign = clocks.deadline_of(q, WorkSlip, SLIP_KIND, "sign")
    q, reply = clocks.deadline_of(q, WorkSlip, SLIP_KIND, "reply")
    q = q.add_columns(sign.deadline_at.label("sign_due"), sign.due_at.label("sign_open"),
                      reply.due_at.label("reply_open"))
    q = _slip_filters(q, status=status, to_dept=to_dept, date_from=date_from, date_to=date_to, text=text,
                      room_id=room_id, now=now)
    if after:
        q = q.where(tuple_(*SLIP_SORT) < tuple_(*after))
    q = q.order_by(WorkSlip.sent_at.desc(), WorkSlip.id.desc()).limit(limit)
    with db.read() as s:
        rows = s.execute(q).all()
    return [SlipRow(r.id, r.number, r.status, r.priority, r.kind, r.to_dept, r.to_person, r.subject, r.code or "",
                    r.sent_at, r.sign_due, r.required_by, r.signed_at, r.replied_at, r.version,
                    r.sign_open is not None and r.sign_open < now, r.reply_open is not None and r.reply_open < now,
                    (r.sent_at, r.id)) for r in rows]


def count_slips(db: Database, actor: Actor, *, status: str = "open", to_dept: str | None = None,
                date_from: date | None = None, date_to: date | None = None, text: str = "",
                room_id: int | None = None) -> int:
    actor.require(RELAY_VIEW)
    q = _slip_filters(select(func.count()).select_from(WorkSlip), status=status, to_dept=to_dept,
                      date_from=date_from, date_to=date_to, text=text, room_id=room_id, now=base.now())
    return counted(db, q)


def slip_by_number(db: Database, actor: Actor, number: str) -> records.RecordView:
    return _by_number(db, actor, SLIP_RECORDS, number, T("Relay", "There is no work slip {number}"))


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
    """Register an item received for someone (state 待通知); numbered DS…, its reminder and return clocks.

    An item left for someone else (代转) waits for the supervisor's approval unless a supervisor
    registers it. A tracking number already waiting at the desk is refused (the same parcel twice).
    """
    actor.require(RELAY_CREATE)
    values = validate_parcel(data)
    at = base.now()
    with unit_of_work(db, actor) as s:
        room_id = _room_id(s, data.room)
        if values["tracking_no"]:
            twin = s.scalar(select(Parcel.number).where(Parcel.tracking_no == values["tracking_no"],
                                                        Parcel.status.in_(PARCEL_WAITING)))
            if twin:
                raise ValidationError(T("Relay", "This tracking number is already waiting at the desk as "
                                                 "{number}").format(number=twin), "tracking_no")
        note = values.pop("note")
        needs_approval = values["direction"] == Direction.LEFT.value
        approved = needs_approval and actor.can(RELAY_VERIFY)
        parcel = Parcel(**values, room_id=room_id, received_at=at, needs_approval=needs_approval,
                        approved_by=actor.staff_id if approved else None, approved_at=at if approved else None,
                        handler_id=actor.staff_id)
        records.create_in(s, actor, PARCEL_KIND, parcel, note=note, when=at)
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


def approval_pending(parcel: Any) -> bool:
    return R.approval_pending(parcel)


def _remind(ctx: records.Act) -> None:
    ctx.record.notified_at = ctx.now
    ctx.record.reminders += 1


def _approve(ctx: records.Act) -> None:
    ctx.record.approved_by, ctx.record.approved_at = ctx.actor.staff_id, ctx.now


@dataclass(frozen=True)
class ParcelDetail:
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
    remind_due_at: datetime | None
    return_due_at: datetime | None
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


def _parcel_detail(s: Session, actor: Actor, p: Parcel) -> ParcelDetail:
    now = base.now()
    names = records.names(s, (p.created_by, p.approved_by))
    remind_at = clocks.deadline(s, PARCEL_KIND, p.id, "remind")
    return_at = clocks.deadline(s, PARCEL_KIND, p.id, "return")
    waiting = p.status in PARCEL_WAITING
    see = actor.can(PEOPLE_SEE_ID)
    return ParcelDetail(
        p.direction, p.item_type, p.description, p.quantity, p.courier, p.tracking_no, p.sender,
        _room_codes(s, [p.room_id]).get(p.room_id or 0, ""), p.addressee, p.addressee_phone, p.urgent, p.valuable,
        p.condition, p.condition_note, p.storage, p.received_at, names.get(p.created_by or 0, ""), remind_at,
        return_at, p.notified_at, p.notify_method, p.reminders, p.needs_approval,
        names.get(p.approved_by or 0, ""), p.approved_at, p.collector_name, p.collector_id_type,
        p.collector_id_number if see else mask_id(p.collector_id_number), p.collector_relation, p.collected_at,
        p.returned_at, p.void_reason, waiting and remind_at is not None and now >= remind_at,
        waiting and return_at is not None and now >= return_at, approval_pending(p))


def _parcel_rows(s: Session, actor: Actor, p: Parcel) -> list[tuple[Text | str, str]]:
    v = _parcel_detail(s, actor, p)
    flags = " · ".join(x for x in (str(T("Relay", "urgent")) if v.urgent else "",
                                   str(T("Relay", "valuable")) if v.valuable else "") if x)
    condition = label_of(Condition, v.condition) + (f": {v.condition_note}" if v.condition_note else "")
    collector = ""
    if v.collector_name:
        collector = " ".join(x for x in (v.collector_name, label_of(CollectorRelation, v.collector_relation),
                                         label_of(IdType, v.collector_id_type), v.collector_id,
                                         _when(v.collected_at)) if x)
    waiting = p.status in PARCEL_WAITING
    return [
        (T("Relay", "Kind"), label_of(Direction, v.direction)),
        (T("Relay", "Item"), f"{v.description} ×{v.quantity}"),
        (T("Relay", "Courier"), " ".join(x for x in (v.courier, v.tracking_no) if x)),
        (T("Relay", "Sender"), v.sender),
        (T("Relay", "Addressee"), " ".join(x for x in (v.addressee, v.addressee_phone) if x)),
        (T("Relay", "Room"), v.room),
        (T("Relay", "Flags"), flags),
        (T("Relay", "Condition"), condition),
        (T("Relay", "Kept at"), v.storage),
        (T("Relay", "Received"), f"{_when(v.received_at)} {v.received_by}".strip()),
        (T("Relay", "Approved"), f"{v.approved_by} {_when(v.approved_at)}".strip() if v.needs_approval else ""),
        (T("Relay", "Notified"), " ".join(x for x in (
            _when(v.notified_at), label_of(NotifyMethod, v.notify_method),
            str(T("Relay", "{n} reminders").format(n=v.reminders)) if v.reminders else "") if x)),
        (T("Relay", "Remind at"), _when(v.remind_due_at) if waiting else ""),
        (T("Relay", "Return after"), _when(v.return_due_at) if waiting else ""),
        (T("Relay", "Collected by"), collector),
        (T("Relay", "Returned"), _when(v.returned_at)),
        (T("Relay", "Void reason"), v.void_reason),
    ]


def _parcel_title(p: Parcel) -> str:
    return f"{label_of(ItemType, p.item_type)} · {p.addressee}"


def _parcel_flags(s: Session, p: Parcel) -> list[Text | str]:
    now = base.now()
    flags: list[Text | str] = [T("Relay", "waits for the supervisor's approval")] if approval_pending(p) else []
    if p.urgent and p.status == "received":          # urgent or express mail: notify at once (§4.9)
        flags.insert(0, T("Relay", "urgent"))
    if p.status in PARCEL_WAITING:
        if (clocks.deadline(s, PARCEL_KIND, p.id, "return") or now + timedelta(1)) <= now:
            flags.append(T("Relay", "due to be returned"))
        elif (clocks.deadline(s, PARCEL_KIND, p.id, "remind") or now + timedelta(1)) <= now:
            flags.append(T("Relay", "reminder due"))
    return flags


PARCEL_RECORDS = records.register(records.RecordKind(
    PARCELS, Parcel, RELAY_VIEW, page=PAGE, title=_parcel_title, rows=_parcel_rows, detail=_parcel_detail,
    flags=_parcel_flags,
    effects={"notify": stamp("notified_at"), "remind": _remind, "approve": _approve, "hand_over": stamp("collected_at"),
             "return": stamp("returned_at")},
    not_found=T("Relay", "This record no longer exists")))


@dataclass(frozen=True)
class ParcelRow(StatusRow):
    WORKFLOW = PARCELS

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


def _parcel_filters(q: Query, *, status: str, item_type: str | None, date_from: date | None,
                    date_to: date | None, text: str, room_id: int | None, now: datetime) -> Query:
    if status == "waiting":
        q = q.where(Parcel.status.in_(PARCEL_WAITING))
    elif status == "to_notify":
        q = q.where(Parcel.status == "received")
    elif status == "remind":
        q = q.where(Parcel.id.in_(clocks.overdue(PARCEL_KIND, "remind", now + timedelta(seconds=1))))
    elif status == "to_return":
        q = q.where(Parcel.id.in_(clocks.overdue(PARCEL_KIND, "return", now + timedelta(seconds=1))))
    elif status == "approval":
        q = q.where(Parcel.status == "received", Parcel.needs_approval.is_(True),
                    Parcel.approved_by.is_(None))
    elif status != "all":
        PARCELS.filter_state(status)
        q = q.where(Parcel.status == status)
    if item_type:
        q = q.where(Parcel.item_type == item_type)
    q = _in_period(q, Parcel.received_at, date_from, date_to)
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
    now = base.now()
    see = actor.can(PEOPLE_SEE_ID)
    q: Query = (select(Parcel.id, Parcel.number, Parcel.status, Parcel.direction, Parcel.item_type,
                         Parcel.description, Parcel.quantity, Parcel.courier, Parcel.tracking_no, Parcel.addressee,
                         Parcel.addressee_phone, Room.code, Parcel.storage, Parcel.urgent, Parcel.valuable,
                         Parcel.received_at, Parcel.notified_at, Parcel.reminders, Parcel.collector_name,
                         Parcel.collector_id_number, Parcel.collected_at, Parcel.version, Parcel.needs_approval,
                         Parcel.approved_by)
                  .outerjoin(Room, Room.id == Parcel.room_id))
    q, remind = clocks.deadline_of(q, Parcel, PARCEL_KIND, "remind")
    q, back = clocks.deadline_of(q, Parcel, PARCEL_KIND, "return")
    q = q.add_columns(remind.due_at.label("remind_at"), back.due_at.label("return_at"))
    q = _parcel_filters(q, status=status, item_type=item_type, date_from=date_from, date_to=date_to,
                        text=text, room_id=room_id, now=now)
    if after:
        q = q.where(tuple_(*PARCEL_SORT) < tuple_(*after))
    q = q.order_by(Parcel.received_at.desc(), Parcel.id.desc()).limit(limit)
    with db.read() as s:
        rows = s.execute(q).all()
    return [ParcelRow(
        r.id, r.number, r.status, r.direction, r.item_type, r.description, r.quantity, r.courier,
        r.tracking_no, r.addressee, r.addressee_phone if see else mask_phone(r.addressee_phone),
        r.code or "", r.storage, r.urgent, r.valuable, r.received_at, r.notified_at, r.reminders,
        r.collector_name, r.collector_id_number if see else mask_id(r.collector_id_number),
        r.collected_at, r.version, r.remind_at is not None and r.remind_at <= now,
        r.return_at is not None and r.return_at <= now,
        r.status == "received" and bool(r.needs_approval) and r.approved_by is None,
        (r.received_at, r.id)) for r in rows]


def count_parcels(db: Database, actor: Actor, *, status: str = "waiting", item_type: str | None = None,
                  date_from: date | None = None, date_to: date | None = None, text: str = "",
                  room_id: int | None = None) -> int:
    actor.require(RELAY_VIEW)
    q = _parcel_filters(select(func.count()).select_from(Parcel), status=status, item_type=item_type,
                        date_from=date_from, date_to=date_to, text=text, room_id=room_id, now=base.now())
    return counted(db, q)


def parcel_by_number(db: Database, actor: Actor, number: str) -> records.RecordView:
    return _by_number(db, actor, PARCEL_RECORDS, number, T("Relay", "There is no item {number}"))


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

# ============================================================================================ KPIs

@dataclass(frozen=True)
class RelayKpis:
    """§4.9 KPIs of the slips sent and the items received in a date range (void ones aside)."""

    sent_by_dept: dict[str, int]       # slips sent per department
    signed_on_time: int
    sign_due: int                      # signed, or past the signing limit unsigned
    replied_on_time: int
    reply_due: int                     # replied, or past the required time unanswered
    pending_over_limit: int            # items waiting at the desk longer than parcel.reminder_hours (now)
    collected: int
    avg_collection_hours: float | None

    @property
    def sent(self) -> int:
        return sum(self.sent_by_dept.values())

    @property
    def sign_rate(self) -> float | None:
        return self.signed_on_time / self.sign_due if self.sign_due else None

    @property
    def reply_rate(self) -> float | None:
        return self.replied_on_time / self.reply_due if self.reply_due else None


def kpis(db: Database, actor: Actor, date_from: date, date_to: date) -> RelayKpis:
    """Slips sent per department, on-time signing and reply (工作联系单按时回复率), items pending longer than
    the reminder time, and the average time to collection (§4.9)."""
    actor.require(RELAY_VIEW)
    now = base.now()
    with db.read() as s:
        q: Query = select(WorkSlip.to_dept, WorkSlip.signed_at, WorkSlip.replied_at, WorkSlip.required_by)
        q, sign = clocks.deadline_of(q, WorkSlip, SLIP_KIND, "sign")
        q = _in_period(q.add_columns(sign.deadline_at.label("sign_by")).where(WorkSlip.status != "void"),
                       WorkSlip.sent_at, date_from, date_to)
        slips = s.execute(q.limit(20000)).all()
        hours = effective_value("parcel.reminder_hours", params_service.load(s))
        pending = s.scalar(select(func.count()).select_from(Parcel).where(
            Parcel.status.in_(PARCEL_WAITING), Parcel.received_at < now - timedelta(hours=hours))) or 0
        collected = s.execute(_in_period(select(Parcel.received_at, Parcel.collected_at).where(
            Parcel.status == "collected", Parcel.collected_at.is_not(None)), Parcel.collected_at, date_from,
            date_to).limit(20000)).all()
    by_dept: dict[str, int] = {}
    signed_ok = sign_due = replied_ok = reply_due = 0
    for r in slips:
        by_dept[r.to_dept] = by_dept.get(r.to_dept, 0) + 1
        if r.signed_at is not None or (r.sign_by is not None and r.sign_by < now):
            sign_due += 1
            signed_ok += r.signed_at is not None and (r.sign_by is None or r.signed_at <= r.sign_by)
        if r.replied_at is not None or r.required_by < now:
            reply_due += 1
            replied_ok += r.replied_at is not None and r.replied_at <= r.required_by
    waits = [(row.collected_at - row.received_at).total_seconds() / 3600 for row in collected]
    return RelayKpis(by_dept, signed_ok, sign_due, replied_ok, reply_due, pending, len(waits),
                     sum(waits) / len(waits) if waits else None)


def _slip_line(number: str, dept: str, subject: str, room: str) -> str:
    return " ".join(x for x in (number, str(Department(dept).label) if dept in Department._value2member_map_
                                else dept, room, subject) if x)


MSG_URGENT = T("Relay", "Urgent: {title}")


def _late_slips(now: datetime) -> CompoundSelect[*tuple[Any, ...]]:
    return clocks.overdue(SLIP_KIND, "sign", now).union(clocks.overdue(SLIP_KIND, "reply", now))


def _home_tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    late = WorkSlip.id.in_(_late_slips(now))
    overdue = s.execute(select(WorkSlip.number, WorkSlip.to_dept, WorkSlip.subject).where(late)
                        .order_by(WorkSlip.required_by).limit(5)).all()
    n_overdue = s.scalar(select(func.count()).select_from(WorkSlip).where(late)) or 0
    n_open = s.scalar(select(func.count()).select_from(WorkSlip)
                      .where(WorkSlip.status.in_(SLIP_UNANSWERED))) or 0
    n_verify = s.scalar(select(func.count()).select_from(WorkSlip).where(WorkSlip.status == "replied")) or 0
    n_urgent = s.scalar(select(func.count()).select_from(WorkSlip).where(
        WorkSlip.status == "sent", WorkSlip.priority == Priority.URGENT.value)) or 0
    detail = str(T("Relay", "{open} awaiting a reply · {verify} to verify").format(open=n_open, verify=n_verify))
    if n_urgent:
        detail += " · " + str(T("Relay", "{n} urgent not signed for yet").format(n=n_urgent))
    slips = dashboard.Tile(
        T("Relay", "Work slips overdue"), str(n_overdue), detail,
        PAGE, "alert" if n_overdue or n_urgent else "normal",
        [_slip_line(r.number, r.to_dept, r.subject, "") for r in overdue])
    waiting = Parcel.status.in_(PARCEL_WAITING)
    soon = now + timedelta(seconds=1)
    n_waiting = s.scalar(select(func.count()).select_from(Parcel).where(waiting)) or 0
    n_notify = s.scalar(select(func.count()).select_from(Parcel).where(Parcel.status == "received")) or 0
    n_remind = s.scalar(select(func.count()).select_from(clocks.overdue(PARCEL_KIND, "remind", soon).subquery())) or 0
    n_return = s.scalar(select(func.count()).select_from(clocks.overdue(PARCEL_KIND, "return", soon).subquery())) or 0
    n_urgent_items = s.scalar(select(func.count()).select_from(Parcel).where(
        Parcel.status == "received", Parcel.urgent.is_(True))) or 0
    level = "alert" if n_return or n_urgent_items else "attention" if n_remind or n_notify else "normal"
    detail = str(T("Relay", "{notify} to notify · {remind} to remind · {back} to return").format(
        notify=n_notify, remind=n_remind, back=n_return))
    if n_urgent_items:
        detail += " · " + str(T("Relay", "{n} urgent: notify now").format(n=n_urgent_items))
    parcels = dashboard.Tile(T("Relay", "Parcels waiting"), str(n_waiting), detail, PAGE, level)
    return [slips, parcels]


def _more(group: Text, n: int) -> open_items.OpenItem:
    return open_items.OpenItem(group, str(T("Relay", "… and {n} more").format(n=n)), "", "relay")


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    items: list[open_items.OpenItem] = []
    group = T("Relay", "Work slips not answered")
    unanswered = WorkSlip.status.in_(SLIP_UNANSWERED)
    q: Query = (select(WorkSlip.id, WorkSlip.number, WorkSlip.status, WorkSlip.to_dept, WorkSlip.subject,
                         WorkSlip.required_by, WorkSlip.priority, Room.code)
                .outerjoin(Room, Room.id == WorkSlip.room_id))
    q, sign = clocks.deadline_of(q, WorkSlip, SLIP_KIND, "sign")
    rows = s.execute(q.add_columns(sign.due_at.label("sign_open")).where(unanswered)
                     .order_by(WorkSlip.required_by, WorkSlip.id).limit(HANDOVER_LIMIT)).all()
    for r in rows:
        late_sign = r.sign_open is not None and r.sign_open < now
        late_reply = r.required_by < now
        due = str(T("Relay", "reply by {time}").format(time=r.required_by.strftime("%m-%d %H:%M")))
        if late_reply:
            due = str(T("Relay", "reply overdue since {time}").format(
                time=r.required_by.strftime("%m-%d %H:%M")))
        elif late_sign:
            due = str(T("Relay", "not signed for in time"))
        title = f"{_slip_line('', r.to_dept, r.subject, r.code or '')}, {due}"
        urgent = r.priority == Priority.URGENT.value and r.status == "sent"
        if urgent:
            title = str(MSG_URGENT.format(title=title))
        items.append(open_items.OpenItem(group, title, r.number, PAGE, r.id,
                                         "alert" if late_sign or late_reply or urgent else "normal"))
    more = (s.scalar(select(func.count()).select_from(WorkSlip).where(unanswered)) or 0) - len(rows)
    if more > 0:
        items.append(_more(group, more))
    group = T("Relay", "Parcels waiting")
    waiting = Parcel.status.in_(PARCEL_WAITING)
    parcels: Query = (select(Parcel.id, Parcel.number, Parcel.status, Parcel.item_type, Parcel.addressee,
                              Parcel.courier, Parcel.storage, Parcel.received_at, Parcel.urgent, Room.code)
                       .outerjoin(Room, Room.id == Parcel.room_id))
    q, remind = clocks.deadline_of(parcels, Parcel, PARCEL_KIND, "remind")
    q, back = clocks.deadline_of(q, Parcel, PARCEL_KIND, "return")
    rows = s.execute(q.add_columns(remind.due_at.label("remind_at"), back.due_at.label("return_at"))
                     .where(waiting).order_by(Parcel.received_at, Parcel.id).limit(HANDOVER_LIMIT)).all()
    for r in rows:
        reminder = r.remind_at is not None and r.remind_at <= now
        due_back = r.return_at is not None and r.return_at <= now
        what = label_of(ItemType, r.item_type)
        title = " ".join(x for x in (r.addressee, r.code or "", what, r.courier,
                                     str(T("Relay", "since {time}").format(
                                         time=r.received_at.strftime("%m-%d %H:%M"))),
                                     f"@{r.storage}" if r.storage else "") if x)
        urgent = bool(r.urgent) and r.status == "received"      # urgent or express: notify at once
        if urgent:
            title = str(MSG_URGENT.format(title=title))
        items.append(open_items.OpenItem(group, title, r.number, PAGE, r.id,
                                         "alert" if due_back or urgent else "attention" if reminder else "normal"))
    more = (s.scalar(select(func.count()).select_from(Parcel).where(waiting)) or 0) - len(rows)
    if more > 0:
        items.append(_more(group, more))
    return items


def _card_parcels(s: Session, actor: Actor, room: Room) -> card_sections.CardSection:
    rows = s.execute(select(Parcel.number, Parcel.item_type, Parcel.addressee, Parcel.courier,
                            Parcel.received_at, Parcel.status)
                     .where(Parcel.room_id == room.id, Parcel.status.in_(PARCEL_WAITING))
                     .order_by(Parcel.received_at).limit(50)).all()
    return card_sections.CardSection(
        T("Relay", "Parcels waiting"),
        [T("Relay", "No."), T("Relay", "Item type"), T("Relay", "Addressee"), T("Relay", "Courier"),
         T("Relay", "Received"), T("Relay", "Status")],
        [[r.number, str(ItemType(r.item_type).label), r.addressee, r.courier,
          r.received_at.strftime("%Y-%m-%d %H:%M"), str(PARCELS.state(r.status).label)] for r in rows])


def _card_slips(s: Session, actor: Actor, room: Room) -> card_sections.CardSection:
    rows = s.execute(select(WorkSlip.number, WorkSlip.to_dept, WorkSlip.subject, WorkSlip.required_by,
                            WorkSlip.status)
                     .where(WorkSlip.room_id == room.id, WorkSlip.status.in_(SLIPS.open_states))
                     .order_by(WorkSlip.sent_at).limit(50)).all()
    return card_sections.CardSection(
        T("Relay", "Open work slips"),
        [T("Relay", "No."), T("Relay", "Department"), T("Relay", "Subject"), T("Relay", "Complete by"),
         T("Relay", "Status")],
        [[r.number, str(Department(r.to_dept).label), r.subject, r.required_by.strftime("%Y-%m-%d %H:%M"),
          str(SLIPS.state(r.status).label)] for r in rows])


# ============================================================================================ print sources

def _print_slip(session: Session, actor: Actor, number: str) -> tuple[WorkSlipForm, bool]:
    """工作联系单 by its number (一式两联: 存根联, 回执联)."""
    actor.require(RELAY_VIEW)
    from app.printing.forms.work_slip import WorkSlipForm  # reportlab: lazily

    slip = numbered(session, WorkSlip, number, T("Relay", "There is no work slip {number}"))
    names = records.names(session, [slip.verified_by])
    return WorkSlipForm(
        number=slip.number, kind=SlipKind.printed(slip.kind), priority=Priority.printed(slip.priority),
        from_dept=Department.printed(slip.from_dept), from_person=slip.from_person,
        to_dept=Department.printed(slip.to_dept), to_person=slip.to_person, subject=slip.subject,
        content=slip.content, room=_room_codes(session, [slip.room_id]).get(slip.room_id or 0, ""),
        customer=" ".join(x for x in (slip.customer_name, slip.customer_phone) if x), source=slip.source,
        sent_at=slip.sent_at, sign_due_at=clocks.deadline(session, SLIP_KIND, slip.id, "sign"),
        required_by=slip.required_by,
        signed_by=slip.signed_by, signed_at=slip.signed_at, reply=slip.reply, replied_by=slip.replied_by,
        replied_at=slip.replied_at,
        accepted="" if slip.accepted is None else ("接受" if slip.accepted else "不接受"),
        verify_result=slip.verify_result, verified_by=names.get(slip.verified_by or 0, ""),
        verified_at=slip.verified_at,
        customer_informed="已告知客户" if slip.customer_informed else "",
        status=SLIPS.state(slip.status).printed), slip.status == "void"


def _print_register(session: Session, actor: Actor, number: str) -> tuple[ParcelRegister, bool]:
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
    names = records.names(session, (p.created_by for p, _ in rows))
    lines = []
    for p, code in rows:
        item = ItemType.printed(p.item_type) + (f"×{p.quantity}" if p.quantity != 1 else "")
        if p.description:
            item += f" {p.description}"
        flags = "".join(x for x in ("急" if p.urgent else "", "贵重" if p.valuable else "",
                                    "破损" if p.condition == Condition.DAMAGED.value else "") if x)
        note = "；".join(x for x in (
            Direction.printed(p.direction) if p.direction != Direction.INCOMING.value else "",
            flags, f"存放：{p.storage}" if p.storage else "", p.void_reason) if x)
        lines.append(RegisterLine(
            number=p.number, received_at=p.received_at, item=item,
            courier=" ".join(x for x in (p.courier or p.sender, p.tracking_no) if x), addressee=p.addressee,
            room=code or "", received_by=names.get(p.created_by or 0, ""),
            notified=(f"{p.notified_at:%m-%d %H:%M} {NotifyMethod.printed(p.notify_method)}".strip()
                      if p.notified_at else ""),
            collector=p.collector_name, collector_id=mask_id(p.collector_id_number),
            collected_at=p.collected_at or p.returned_at,
            status=PARCELS.state(p.status).printed, note=note))
    return ParcelRegister(first=first, last=last, lines=lines, printed_by=actor.name,
                          printed_at=base.now()), False


# ============================================================================================ registration

dashboard.register("relay", RELAY_VIEW, _home_tiles)
open_items.register("relay", RELAY_VIEW, _open_items)
card_sections.register("relay_parcels", _card_parcels, RELAY_VIEW)
card_sections.register("relay_slips", _card_slips, RELAY_VIEW)
printing.register_source("work_slip", _print_slip)
printing.register_source("parcel_register", _print_register)

__all__ = [
    "SLIP_KIND", "PARCEL_KIND", "SlipInput", "ParcelInput", "SlipRow", "ParcelRow", "SlipDetail", "ParcelDetail",
    "create_slip", "create_slip_in", "list_slips", "count_slips", "slip_by_number", "receive_parcel",
    "list_parcels", "count_parcels", "parcel_by_number", "approval_pending", "room_people",
    "parse_register_range", "register_key", "validate_slip", "validate_parcel",
]
