"""投诉处理 (DOMAIN.md §4.2): registering a complaint, what its actions do besides changing its state, its lists,
the detail pane, the desk's hooks, the printed 投诉处理单 and 业主投诉登记表, and the KPIs of §4.2.

The workflow, its fields and rules are declared in :mod:`app.domain.complaints`; every action goes through
app.services.records (permission, parsing, the engine's checks, the event, the three clocks). What is its
own is here:

* registering checks the apology and may give the initial reply at once (one transaction);
* dispatching may send a work slip to the department in the same transaction (a repair goes as a 派工单);
* resolving plans the complaint's follow-up (app.services.followups) in the same transaction, within
  ``followup.complaint_days``; the follow-up's result moves the complaint on (followed up, or reopened);
* reopening counts, and the ``complaint.repeat_reopens``-th reopening flags a repeat complaint.

Lists read ``ix_complaint_state`` / ``ix_complaint_received``; overdue and escalated complaints come from the
clock index (app.services.clocks).
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    DateTime,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from app.domain import complaints as C
from app.domain.complaints import (
    COMPLAINT_HANDLE,
    COMPLAINT_KIND,
    COMPLAINT_VIEW,
    COMPLAINTS,
    Category,
    Channel,
    ComplainantRole,
    ComplaintType,
    EscalationLevel,
    Urgency,
    Validity,
)
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.relay import Department, Priority, SlipKind
from app.domain.validation import format_phone, mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text, chinese
from app.services import base, card_sections, clocks, dashboard, open_items, params, printing, records
from app.services.base import Actor, unit_of_work
from db.engine import Database
from db.errors import translated
from db.models import RecordClock
from db.models.complaint import Complaint

PAGE = "complaints"
SLIP_SUBJECT = T("Complaints", "Complaint")
MAX_OPEN_ITEMS = 50
RECENT_ON_CARD = 10
#: the statuses a list can filter by, besides the states
FILTERS = ("open", "reply_due", "overdue", "escalated", "waiting", "to_close", "today", "all")


# ============================================================================================ registering

def register_complaint(db: Database, actor: Actor, raw: Mapping[str, Any]) -> int:
    """登记投诉: a new complaint from the form's input (the record fields, optionally the initial reply and the
    number of the record it came from, ``source``); returns its id."""
    actor.require(COMPLAINT_HANDLE)
    values, reply = _parse(raw)
    source = str(raw.get("source") or "").strip()[:40]
    with unit_of_work(db, actor) as s:
        complaint = _build(s, actor, values, source=source)
        if reply:
            records.act_in(s, actor, COMPLAINT_KIND, complaint, "reply", reply)
        return int(complaint.id)


def _parse(raw: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The record fields of the registration screen (the apology checked) and the initial reply, if any."""
    now = base.now()
    values: dict[str, Any] = {}
    for spec in COMPLAINTS.create_fields:
        values[spec.key] = spec.parse(raw.get(spec.key), now=now, values=values)
    C.check_apology(values["apologised"])
    return values, {k: raw.get(k) for k in ("initial_reply", "reply_by", "promised_at") if raw.get(k)}


#: the records a complaint is made from (转为投诉): a work-log row, a visit at the desk, a work slip
CONVERTIBLE = ("work_log", "visit", "work_slip")
_CHANNELS = {"phone": Channel.PHONE.value, "visit": Channel.VISIT.value, "letter": Channel.LETTER.value,
             "wechat": Channel.ONLINE.value}


def _source(s: Session, kind: str, record_id: Any) -> Any:
    if kind not in CONVERTIBLE:
        raise ValidationError(T("Complaints", "A complaint is made from a work-log row, a visit or a work slip"),
                              "source")
    return records.load(s, kind, record_id)


def prefill_from(db: Database, actor: Actor, kind: str, record_id: int) -> dict[str, Any]:
    """What the registration screen is filled in with when a record is turned into a complaint: who, how
    to call back, the room, what happened, the channel; and ``source`` = (kind, id)."""
    actor.require(COMPLAINT_HANDLE)
    with db.read() as s:
        r = _source(s, kind, record_id)
        if kind == "work_log":
            values = {"complainant": r.caller, "phone": r.phone, "room": r.room_code, "content": r.content,
                      "channel": _CHANNELS.get(r.channel, Channel.OTHER.value)}
        elif kind == "visit":
            values = {"complainant": r.visitor_name, "phone": r.phone, "room": r.room_code,
                      "content": r.remarks or r.outcome, "channel": Channel.VISIT.value}
        else:
            from db.models import Room
            room = s.scalar(select(Room.code).where(Room.id == r.room_id)) if r.room_id else ""
            values = {"complainant": r.customer_name, "phone": r.customer_phone, "room": room or "",
                      "content": "：".join(x for x in (r.subject, r.content) if x), "channel": Channel.PHONE.value}
    return {"values": {k: v for k, v in values.items() if v}, "source": (kind, int(record_id)),
            "number": r.number}


def convert_to_complaint(db: Database, actor: Actor, kind: str, record_id: int, raw: Mapping[str, Any]) -> int:
    """转为投诉: register a complaint (as :func:`register_complaint`) made from a work-log row, a visit or a
    work slip, in one transaction: the two are linked both ways (a record link, shown on both details, and
    the complaint's related-record number), and a visit still being served at the desk is marked turned
    into it. The work-log row's own link (and its transfer) is made by the work log's conversion hook."""
    actor.require(COMPLAINT_HANDLE)
    values, reply = _parse(raw)
    with unit_of_work(db, actor) as s:
        source = _source(s, kind, record_id)
        if source.status == "void":
            raise ConflictError(T("Complaints", "{number} is void: it cannot become a complaint").format(
                number=source.number))
        complaint = _build(s, actor, values, source=source.number, link=(kind, source.id, "complaint"))
        if reply:
            records.act_in(s, actor, COMPLAINT_KIND, complaint, "reply", reply)
        if kind == "visit" and source.status == "serving":
            records.act_in(s, actor, kind, source, "convert", {"linked_record": complaint.number,
                                                                "note": chinese(SLIP_SUBJECT)})
        return int(complaint.id)


def _build(s: Session, actor: Actor, values: Mapping[str, Any], source: str = "",
           link: tuple[str, int, str] | None = None) -> Complaint:
    room = records.room(s, values["room"], "room") if values.get("room") else None
    complaint = Complaint(
        received_at=base.now(), channel=values["channel"], complainant=values["complainant"],
        phone=values["phone"], room_id=room.id if room else None, room_code=room.code if room else "",
        role=values.get("role") or ComplainantRole.OTHER.value, ctype=values["ctype"], category=values["category"],
        urgency=values["urgency"], major=bool(values.get("major")), content=values["content"],
        demand=values.get("demand") or "", apologised=True, source=source, handler_id=actor.staff_id)
    records.create_in(s, actor, COMPLAINT_KIND, complaint, link=link,
                      data={"urgency": complaint.urgency, "category": complaint.category})
    return complaint


def _build_from_form(s: Session, actor: Actor, values: dict[str, Any]) -> Complaint:
    C.check_apology(values["apologised"])
    return _build(s, actor, values)


def create_from_followup(s: Session, actor: Actor, followup: Any, feedback: str) -> Complaint:
    """An unsatisfied follow-up of something that was not a complaint opens a new complaint (same transaction)."""
    values = {"channel": Channel.OTHER.value, "complainant": followup.interviewee, "phone": followup.phone,
              "room": followup.room_code, "role": ComplainantRole.OWNER.value,
              "ctype": ComplaintType.COMPLAINT.value, "category": Category.SERVICE.value,
              "urgency": Urgency.GENERAL.value, "content": feedback}
    return _build(s, actor, values, source=followup.number, link=("followup", followup.id, "complaint"))


# ============================================================================================ effects

def _reply(ctx: records.Act) -> None:
    ctx.record.replied_at = ctx.values.get("effective_at") or ctx.now


def _dispatch(ctx: records.Act) -> None:
    if not ctx.values.get("send_slip"):
        return
    from app.services import relay
    c: Complaint = ctx.record
    due = clocks.deadline(ctx.session, COMPLAINT_KIND, c.id, "resolve") or ctx.now + timedelta(days=1)
    repair = c.category == Category.FACILITIES.value
    values = {"kind": (SlipKind.DISPATCH if repair else SlipKind.SLIP).value,
              "priority": (Priority.URGENT if c.urgency == Urgency.URGENT.value else Priority.NORMAL).value,
              "to_dept": ctx.values["dept"], "to_person": ctx.values.get("assignee") or "",
              "subject": f"{chinese(SLIP_SUBJECT)} {c.number}"[:60],
              "content": c.content[:250], "customer_name": c.complainant, "customer_phone": c.phone,
              "source": c.number, "required_by": max(due, ctx.now + timedelta(minutes=30)), "note": ""}
    slip = relay.create_slip_in(ctx.session, ctx.actor, values, c.room_id, ctx.now,
                                link=(COMPLAINT_KIND, c.id, "slip"))
    c.slip_number = slip.number
    ctx.data["slip"] = slip.number


def slip_replied(ctx: records.Act) -> None:
    """The department's reply to a complaint's work slip comes back (relay calls this in the reply's
    transaction): a progress entry on the complaint with the reply, which the result is then written from
    (:func:`department_reply`). Skipped when the slip's complaint is no longer being handled, or the one
    recording the reply may not handle complaints."""
    slip = ctx.record
    if not slip.source or not ctx.actor.can(COMPLAINT_HANDLE):
        return
    c = ctx.session.scalar(select(Complaint).where(Complaint.number == slip.source,
                                                   Complaint.slip_number == slip.number))
    if c is not None and c.status in ("dispatched", "waiting"):
        ctx.act(COMPLAINT_KIND, c, "progress", {"note": f"{slip.number} {slip.replied_by}：{slip.reply}"[:500]})


def department_reply(db: Database, actor: Actor, complaint_id: int) -> str:
    """The reply of the department to the complaint's work slip ("" if none yet): the result's first draft."""
    actor.require(COMPLAINT_VIEW)
    from db.models.relay import WorkSlip
    with db.read() as s:
        number = s.scalar(select(Complaint.slip_number).where(Complaint.id == complaint_id))
        if not number:
            return ""
        return s.scalar(select(WorkSlip.reply).where(WorkSlip.number == number)) or ""


def _report(ctx: records.Act) -> None:
    ctx.record.reports += 1


def _escalate(ctx: records.Act) -> None:
    ctx.record.escalations += 1


def _resolve(ctx: records.Act) -> None:
    c: Complaint = ctx.record
    c.resolved_at, c.resolved_by = ctx.values.get("effective_at") or ctx.now, ctx.actor.staff_id


def _plan_followup(ctx: records.Act) -> None:
    from app.services import followups
    c: Complaint = ctx.record
    values = params.load(ctx.session)
    if not C.sampled(c.number, values["followup.complaint_rate"]):
        return
    due = (c.resolved_at or ctx.now).date() + timedelta(days=values["followup.complaint_days"])
    followups.plan_in(ctx.session, ctx.actor, C.FollowUpType.COMPLAINT.value, interviewee=c.complainant,
                      phone=c.phone, room_id=c.room_id, room_code=c.room_code, due_on=due,
                      topic=c.content[:200], source=(COMPLAINT_KIND, c.id, c.number))
    c.followup_state = "planned"


def _reopen(ctx: records.Act) -> None:
    c: Complaint = ctx.record
    c.reopens += 1
    c.repeat = C.is_repeat(c.reopens, params.load(ctx.session)["complaint.repeat_reopens"])
    c.resolved_at = None
    c.followup_state = ""


def _explain(ctx: records.Act) -> None:
    ctx.record.validity = Validity.INVALID.value


# ============================================================================================ reading

def _label(enum_cls: Any, code: str | None) -> str:
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code or ""


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _phone(actor: Actor, phone: str) -> str:
    return format_phone(phone) if actor.can(PEOPLE_SEE_ID) else mask_phone(phone)


def _title(c: Complaint) -> str:
    return f"{_label(Category, c.category)} · {c.complainant} {c.room_code}".strip()


def _flags(s: Session, c: Complaint) -> list[Text | str]:
    flags: list[Text | str] = []
    if c.major:
        flags.append(T("Complaints", "major"))
    if c.repeat:
        flags.append(T("Complaints", "repeat complaint"))
    if c.urgency == Urgency.URGENT.value:
        flags.append(T("Complaints", "urgent"))
    return flags


def _rows(s: Session, actor: Actor, c: Complaint) -> list[tuple[Text | str, str]]:
    return [
        (T("Complaints", "Received"), f"{_when(c.received_at)} · {_label(Channel, c.channel)}"),
        (T("Complaints", "Complainant"), " ".join(x for x in (c.complainant, _label(ComplainantRole, c.role),
                                                              _phone(actor, c.phone)) if x)),
        (T("Complaints", "Room"), c.room_code),
        (T("Complaints", "Type"), " · ".join(x for x in (_label(ComplaintType, c.ctype), _label(Category, c.category),
                                                         _label(Urgency, c.urgency)) if x)),
        (T("Complaints", "Validity"), _label(Validity, c.validity)),
        (T("Complaints", "What happened"), c.content),
        (T("Complaints", "What the complainant asks for"), c.demand),
        (T("Complaints", "Initial reply"), " · ".join(x for x in (c.initial_reply, c.reply_by,
                                                                  _when(c.promised_at)) if x)),
        (T("Complaints", "Responsible department"), " ".join(x for x in (
            _label(Department, c.dept) if c.dept else "", c.assignee, c.slip_number) if x)),
        (T("Complaints", "Escalated to"), _label(EscalationLevel, c.escalated_to) if c.escalated_to else ""),
        (T("Complaints", "Progress reports"), str(c.reports) if c.reports else ""),
        (T("Complaints", "Result"), c.result),
        (T("Complaints", "Resolved"), _when(c.resolved_at)),
        (T("Complaints", "Reopened"), str(c.reopens) if c.reopens else ""),
        (T("Complaints", "Satisfaction"), _label(C.Satisfaction, c.satisfaction) if c.satisfaction else ""),
        (T("Complaints", "Related record"), c.source),
        (T("Complaints", "Void reason"), c.void_reason),
    ]


RECORDS = records.register(records.RecordKind(
    COMPLAINTS, Complaint, COMPLAINT_VIEW, page=PAGE, create_permission=COMPLAINT_HANDLE, create=_build_from_form,
    title=_title, flags=_flags, rows=_rows,
    effects={"reply": _reply, "dispatch": _dispatch, "report": _report, "escalate": _escalate,
             "resolve": _resolve, "reopen": _reopen, "explain": _explain},
    after={"resolve": _plan_followup}, not_found=T("Complaints", "This complaint no longer exists")))


class ComplaintRow(NamedTuple):
    """One line of the list (a named tuple: a page of 200 is built in a fraction of a millisecond)."""

    id: int
    number: str
    status: str
    received_at: datetime
    complainant: str
    phone: str
    room: str
    category: str
    urgency: str
    dept: str
    deadline: datetime | None      # of the resolution
    level: int                     # escalation points passed by the resolution clock
    overdue: bool
    repeat: bool
    major: bool

    @property
    def sort_key(self) -> tuple[datetime, int]:
        return (self.received_at, self.id)

    @property
    def tone(self) -> str:
        return COMPLAINTS.state(self.status).shown_tone

    @property
    def status_label(self) -> str:
        return str(COMPLAINTS.state(self.status).label)


def phone_shown(actor: Actor) -> Callable[[str], str]:
    """How this actor sees stored phones in a list: grouped (``138 1234 5678``) with people.see_id, masked
    (``138****5678``) without. A canonical mobile is cut directly (what format_phone/mask_phone give it);
    anything else goes through them."""
    if actor.can(PEOPLE_SEE_ID):
        def grouped(p: str) -> str:
            return f"{p[:3]} {p[3:7]} {p[7:]}" if len(p) == 11 and p[0] == "1" and p.isdigit() else format_phone(p)
        return grouped

    def masked(p: str) -> str:
        return f"{p[:3]}****{p[7:]}" if len(p) == 11 and p[0] == "1" and p.isdigit() else mask_phone(p)
    return masked


def _codes(codes: Any) -> list[Any]:
    """State codes (the workflow's constants) written into the SQL: a list statement has no parameter list
    to expand on each call."""
    return [literal_column(f"'{code}'") for code in codes if code.isidentifier()]


def _passed(clock: str, now: Any, point: int = clocks.DEADLINE) -> Select[int]:
    """Ids of the complaints whose ``clock`` runs and has passed ``point`` at ``now`` (a value or a bind
    parameter): app.services.clocks.overdue, on ``ix_record_clock_due``."""
    return select(RecordClock.record_id).where(RecordClock.kind == COMPLAINT_KIND, RecordClock.clock == clock,
                                               RecordClock.point == point, RecordClock.due_at < now)


def _filters(q: Any, *, status: str, category: Any, dept: Any, date_from: Any, date_to: Any, text: Any,
             phone: Any, room_id: Any, now: Any, today: Any) -> Any:
    """``q`` narrowed by a list's filters; each value is a literal or a bind parameter (a falsy one is left out)."""
    if status == "open":
        q = q.where(Complaint.status.in_(_codes(COMPLAINTS.open_states)))
    elif status == "reply_due":
        q = q.where(Complaint.status == "registered")
    elif status == "today":   # the supervisor's evening check of the day's complaints
        q = q.where(Complaint.received_at >= today)
    elif status == "overdue":
        q = q.where(Complaint.id.in_(_passed("resolve", now).union_all(_passed("reply", now))))
    elif status == "escalated":
        q = q.where(or_(Complaint.id.in_(_passed("resolve", now, 2 * clocks.DEADLINE)),
                        and_(Complaint.escalated_to != "", Complaint.status.in_(C.OPEN_HANDLING))))
    elif status == "to_close":
        q = q.where(Complaint.status.in_(("visited", "explained")))
    elif status != "all":
        COMPLAINTS.filter_state(status)
        q = q.where(Complaint.status == status)
    if category is not None:
        q = q.where(Complaint.category == category)
    if dept is not None:
        q = q.where(Complaint.dept == dept)
    if date_from is not None:
        q = q.where(Complaint.received_at >= date_from)
    if date_to is not None:
        q = q.where(Complaint.received_at < date_to)
    if room_id is not None:
        q = q.where(Complaint.room_id == room_id)
    if text is not None:
        t, upper, t_end, upper_end = text
        conditions = [and_(Complaint.number >= upper, Complaint.number < upper_end),
                      and_(Complaint.complainant >= t, Complaint.complainant < t_end),
                      and_(Complaint.room_code >= upper, Complaint.room_code < upper_end)]
        if phone is not None:
            conditions.append(Complaint.phone == phone)
        q = q.where(or_(*conditions))
    return q


def _filter_values(status: str, category: str | None, dept: str | None, date_from: date | None,
                   date_to: date | None, text: str, room_id: int | None, now: datetime) -> dict[str, Any]:
    """The values of a list's filters, by bind parameter name; a filter not given is absent."""
    values: dict[str, Any] = {"now": now}
    if status == "today":
        values["today"] = datetime.combine(now.date(), time())
    if category:
        values["category"] = category
    if dept:
        values["dept"] = dept
    if date_from:
        values["date_from"] = datetime.combine(date_from, time())
    if date_to:
        values["date_to"] = datetime.combine(date_to + timedelta(days=1), time())
    if room_id:
        values["room_id"] = room_id
    t = (text or "").strip()
    if t:
        upper = t.upper()
        values.update(t=t, upper=upper, t_end=t + "\U0010ffff", upper_end=upper + "\U0010ffff")
        digits = "".join(ch for ch in t if ch.isdigit())
        if len(digits) >= 7 and digits == t.replace("-", "").replace(" ", ""):
            values["phone"] = digits
    return values


_TEXT = ("t", "upper", "t_end", "upper_end")


def _bound(status: str, present: frozenset[str]) -> dict[str, Any]:
    """The filter arguments of :func:`_filters` for one shape: a bind parameter for each value present."""
    def p(name: str, kind: Any = String) -> Any:
        return bindparam(name, type_=kind()) if name in present else None
    return dict(status=status, category=p("category"), dept=p("dept"), date_from=p("date_from", DateTime),
                date_to=p("date_to", DateTime), room_id=p("room_id", Integer), phone=p("phone"),
                now=bindparam("now", type_=DateTime()), today=p("today", DateTime),
                text=tuple(bindparam(n, type_=String()) for n in _TEXT) if "t" in present else None)


def _before() -> Any:
    return tuple_(Complaint.received_at, Complaint.id) < tuple_(bindparam("after_at", type_=DateTime()),
                                                                 bindparam("after_id", type_=Integer()))


_SHOWN = (Complaint.id, Complaint.number, Complaint.status, Complaint.received_at, Complaint.complainant,
          Complaint.phone, Complaint.room_code, Complaint.category, Complaint.urgency, Complaint.dept)


def _late_statement(present: frozenset[str], paged: bool) -> Any:
    """The late complaints from ``ix_record_clock_due``: those whose resolution is late, with that clock's
    deadline and manager point, then those whose only the initial reply is late; each complaint row is read
    once (the two parts never overlap)."""
    filters, now = _bound("all", present), bindparam("now", type_=DateTime())
    late, manager = aliased(RecordClock, name="late"), aliased(RecordClock, name="manager")
    resolve_late = (
        select(*_SHOWN, late.deadline_at.label("deadline"),
               case((manager.record_id.isnot(None), 2), else_=1).label("level"), Complaint.repeat, Complaint.major)
        .select_from(late).join(Complaint, Complaint.id == late.record_id)
        .outerjoin(manager, and_(manager.kind == COMPLAINT_KIND, manager.record_id == Complaint.id,
                                 manager.clock == "resolve", manager.point == 2 * clocks.DEADLINE,
                                 manager.due_at < now))
        .where(late.kind == COMPLAINT_KIND, late.clock == "resolve", late.point == clocks.DEADLINE,
               late.due_at < now))
    reply, deadline = aliased(RecordClock, name="reply"), aliased(RecordClock, name="deadline")
    reply_late = (
        select(*_SHOWN, deadline.deadline_at, literal_column("0"), Complaint.repeat, Complaint.major)
        .select_from(reply).join(Complaint, Complaint.id == reply.record_id)
        .outerjoin(deadline, and_(deadline.kind == COMPLAINT_KIND, deadline.record_id == Complaint.id,
                                  deadline.clock == "resolve", deadline.point == clocks.DEADLINE))
        .where(reply.kind == COMPLAINT_KIND, reply.clock == "reply", reply.point == clocks.DEADLINE,
               reply.due_at < now, or_(deadline.due_at.is_(None), deadline.due_at >= now)))
    parts = [_filters(q, **filters) for q in (resolve_late, reply_late)]
    if paged:
        parts = [q.where(_before()) for q in parts]
    # newest first, by position (received_at is the 4th column, id the 1st): what a compound SELECT orders by
    return union_all(*parts).order_by(literal_column("4").desc(), literal_column("1").desc()).limit(bindparam("limit"))


@functools.lru_cache(maxsize=64)
def _page_statement(status: str, present: frozenset[str], paged: bool) -> Any:
    """The list's one SELECT for a shape of filters, built once (its values are bind parameters).

    The page's ids are chosen first on ``ix_complaint_state`` / ``ix_complaint_received`` (a covering index
    for the open states: no table row is read for a complaint off the page); only the page's rows are then
    read, with the resolution clock's deadline and, for a late one, its manager escalation point. The late
    list starts from the clock index instead (:func:`_late_statement`)."""
    if status == "overdue":
        return _late_statement(present, paged)
    page = _filters(select(Complaint.id, Complaint.received_at), **_bound(status, present))
    if paged:
        page = page.where(_before())
    p = page.order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(bindparam("limit")).subquery("p")
    deadline, manager = aliased(RecordClock, name="deadline"), aliased(RecordClock, name="manager")
    now: Any = bindparam("now", type_=DateTime())
    level = case((manager.record_id.isnot(None), 2), (deadline.due_at < now, 1), else_=0)
    return (select(Complaint.id, Complaint.number, Complaint.status, Complaint.received_at, Complaint.complainant,
                   Complaint.phone, Complaint.room_code, Complaint.category, Complaint.urgency, Complaint.dept,
                   deadline.deadline_at, level, Complaint.repeat, Complaint.major)
            .select_from(p).join(Complaint, Complaint.id == p.c.id)
            .outerjoin(deadline, and_(deadline.kind == COMPLAINT_KIND, deadline.record_id == p.c.id,
                                      deadline.clock == "resolve", deadline.point == clocks.DEADLINE))
            .outerjoin(manager, and_(deadline.due_at < now, manager.kind == COMPLAINT_KIND,
                                     manager.record_id == p.c.id, manager.clock == "resolve",
                                     manager.point == 2 * clocks.DEADLINE, manager.due_at < now)))


def list_complaints(db: Database, actor: Actor, *, status: str = "open", category: str | None = None,
                    dept: str | None = None, date_from: date | None = None, date_to: date | None = None,
                    text: str = "", room_id: int | None = None, after: tuple | None = None,
                    limit: int = 200) -> list[ComplaintRow]:
    """Complaints newest first, keyset-paged (``after`` = the last row's sort_key)."""
    actor.require(COMPLAINT_VIEW)
    now = base.now()
    values = _filter_values(status, category, dept, date_from, date_to, text, room_id, now)
    q = _page_statement(status, frozenset(values), after is not None)
    values["limit"] = limit
    if after:
        values["after_at"], values["after_id"] = after
    rows = read_rows(db, q, values)
    rows.sort(key=_newest_first, reverse=True)
    shown, make = phone_shown(actor), tuple.__new__
    return [make(ComplaintRow, (i, number, state, at, who, shown(phone), room, category, urgency, dept_, due, level,
                                level > 0, repeat, major))
            for i, number, state, at, who, phone, room, category, urgency, dept_, due, level, repeat, major in rows]


def read_rows(db: Database, q: Any, values: Mapping[str, Any]) -> list[Any]:
    """The rows of a list's Core SELECT in one read transaction: a connection, no ORM session (a list of
    plain columns gains nothing from one, and it is a fifth of a page's time)."""
    with translated(db.describe()), db.engine.connect() as conn:
        return list(conn.execute(q, values).all())


def _newest_first(row: Any) -> tuple[datetime, int]:
    return (row[3], row[0])


def count_complaints(db: Database, actor: Actor, *, status: str = "open", category: str | None = None,
                     dept: str | None = None, date_from: date | None = None, date_to: date | None = None,
                     text: str = "", room_id: int | None = None) -> int:
    actor.require(COMPLAINT_VIEW)
    values = _filter_values(status, category, dept, date_from, date_to, text, room_id, base.now())
    q = _filters(select(func.count()).select_from(Complaint), **_bound(status, frozenset(values)))
    with translated(db.describe()), db.engine.connect() as conn:
        return int(conn.execute(q, values).scalar() or 0)


def open_for(db: Database, actor: Actor, *, room: str = "", phone: str = "") -> list[str]:
    """Numbers of the open complaints of a room or a phone: a caller with one is flagged where a new
    complaint or a work-log row names that room or phone."""
    if not actor.can(COMPLAINT_VIEW) or not (room or phone):
        return []
    digits = "".join(ch for ch in phone if ch.isdigit())
    conditions = []
    if room:
        conditions.append(Complaint.room_code == "".join(room.split()).upper())
    if len(digits) >= 7:
        conditions.append(Complaint.phone == digits)
    if not conditions:
        return []
    with db.read() as s:
        return list(s.scalars(select(Complaint.number).where(or_(*conditions),
                                                             Complaint.status.in_(COMPLAINTS.open_states))
                              .order_by(Complaint.id.desc()).limit(5)))


def complaint_by_number(db: Database, actor: Actor, number: str) -> int:
    actor.require(COMPLAINT_VIEW)
    with db.read() as s:
        found = s.scalar(select(Complaint.id).where(Complaint.number == (number or "").strip().upper()))
    if found is None:
        raise NotFound(T("Complaints", "There is no complaint {number}").format(number=number))
    return int(found)


# ============================================================================================ the desk's hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    soon = now + timedelta(hours=4)
    n_open = s.scalar(select(func.count()).select_from(Complaint).where(
        Complaint.status.in_(C.OPEN_HANDLING))) or 0
    overdue_ids = clocks.overdue(COMPLAINT_KIND, "resolve", now).union(clocks.overdue(COMPLAINT_KIND, "reply", now))
    n_over = s.scalar(select(func.count()).select_from(overdue_ids.subquery())) or 0
    n_near = s.scalar(select(func.count()).select_from(
        clocks.due_between(COMPLAINT_KIND, "resolve", now, soon).union(
            clocks.due_between(COMPLAINT_KIND, "reply", now, soon)).subquery())) or 0
    n_esc = s.scalar(select(func.count()).select_from(
        clocks.escalated(COMPLAINT_KIND, "resolve", now, 2).subquery())) or 0
    rows = s.execute(select(Complaint.number, Complaint.complainant, Complaint.room_code, Complaint.category)
                     .where(Complaint.id.in_(overdue_ids)).order_by(Complaint.received_at).limit(5)).all()
    detail = str(T("Complaints", "{over} overdue · {near} due within 4 h · {esc} escalated to the manager").format(
        over=n_over, near=n_near, esc=n_esc))
    return [dashboard.Tile(T("Complaints", "Complaints open"), str(n_open), detail, PAGE,
                           "alert" if n_over else ("attention" if n_near else "normal"),
                           [f"{r.number} {_label(Category, r.category)} {r.complainant} {r.room_code}".strip()
                            for r in rows])]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    q: Any = select(Complaint.id, Complaint.number, Complaint.status, Complaint.complainant, Complaint.room_code,
               Complaint.category)
    q, resolve = clocks.deadline_of(q, Complaint, COMPLAINT_KIND, "resolve")
    rows = s.execute(q.add_columns(resolve.due_at.label("due"), resolve.deadline_at.label("deadline"))
                     .where(Complaint.status.in_(C.OPEN_HANDLING))
                     .order_by(resolve.deadline_at, Complaint.id).limit(MAX_OPEN_ITEMS)).all()
    group = T("Complaints", "Complaints open")
    items = []
    for r in rows:
        due = r.deadline.strftime("%m-%d %H:%M") if r.deadline else "—"
        late = r.due is not None and r.due < now
        title = str(T("Complaints", "{category} {who} {room}, {state}, resolve by {due}").format(
            category=_label(Category, r.category), who=r.complainant, room=r.room_code,
            state=COMPLAINTS.state(r.status).label, due=due))
        items.append(open_items.OpenItem(group, title, r.number, PAGE, r.id, "alert" if late else "normal"))
    return items


def _card(s: Session, actor: Actor, room: Any) -> card_sections.CardSection | None:
    if not actor.can(COMPLAINT_VIEW):
        return None
    rows = s.execute(select(Complaint.number, Complaint.received_at, Complaint.category, Complaint.complainant,
                            Complaint.status).where(Complaint.room_id == room.id)
                     .order_by(Complaint.received_at.desc()).limit(RECENT_ON_CARD)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("Complaints", "Complaints"),
        [T("Complaints", "No."), T("Complaints", "Received"), T("Complaints", "Category"),
         T("Complaints", "Complainant"), T("Complaints", "Status")],
        [[r.number, f"{r.received_at:%Y-%m-%d}", _label(Category, r.category), r.complainant,
          str(COMPLAINTS.state(r.status).label)] for r in rows])


dashboard.register("complaints", COMPLAINT_VIEW, _tiles)
open_items.register("complaints", COMPLAINT_VIEW, _open_items)
card_sections.register("complaints", _card)


# ============================================================================================ KPIs

@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def __str__(self) -> str:
        return "—" if self.value is None else f"{self.value:.1%} ({self.numerator}/{self.denominator})"


@dataclass(frozen=True)
class ComplaintKpis:
    """The §4.2 figures of complaints received in [first, last] (resolution figures: resolved in it)."""

    received: int
    by_category: dict[str, int]
    by_dept: dict[str, int]
    valid: Ratio                 # 有效投诉率: valid ÷ classified
    on_time: Ratio               # 投诉处理及时率: resolved within the deadline ÷ resolved
    reply_on_time: Ratio         # 初复及时率
    closed_rate: Ratio           # 办结率: resolved ÷ received
    followed_up: Ratio           # 投诉回访率: followed up ÷ resolved
    satisfied: Ratio             # 满意率: satisfied or fairly ÷ followed up
    repeat: Ratio                # 重复投诉率
    escalated: int
    average_hours: float | None  # average time from receipt to resolution
    by_building: dict[str, int] = field(default_factory=dict)   # by building no. (complaints with a room)


def kpis(db: Database, actor: Actor, first: date, last: date) -> ComplaintKpis:
    from db.models import RecordClock
    actor.require(COMPLAINT_VIEW)
    start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
    received = and_(Complaint.received_at >= start, Complaint.received_at < end)
    resolved = and_(Complaint.resolved_at >= start, Complaint.resolved_at < end)
    with db.read() as s:
        def count(*where: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(Complaint).where(*where)) or 0)

        def late(clock: str, *where: Any) -> int:
            return int(s.scalar(select(func.count()).select_from(Complaint).join(RecordClock, and_(
                RecordClock.kind == COMPLAINT_KIND, RecordClock.record_id == Complaint.id,
                RecordClock.clock == clock, RecordClock.point == clocks.DEADLINE)).where(
                    RecordClock.late.is_(True), *where)) or 0)

        n = count(received)
        by_category = dict(s.execute(select(Complaint.category, func.count()).where(received)
                                     .group_by(Complaint.category)).all())
        by_dept = dict(s.execute(select(Complaint.dept, func.count()).where(received, Complaint.dept != "")
                                 .group_by(Complaint.dept)).all())
        from db.models import Building, Room, Unit
        by_building = dict(s.execute(
            select(Building.building_no, func.count()).select_from(Complaint)
            .join(Room, Room.id == Complaint.room_id).join(Unit, Unit.id == Room.unit_id)
            .join(Building, Building.id == Unit.building_id).where(received).group_by(Building.building_no)).all())
        classified = count(received, Complaint.validity != Validity.PENDING.value)
        valid = count(received, Complaint.validity == Validity.VALID.value)
        n_resolved = count(resolved)
        replied = count(received, Complaint.replied_at.isnot(None))
        followed = count(resolved, Complaint.followup_state == "done")
        satisfied = count(resolved, Complaint.followup_state == "done", Complaint.satisfaction.in_(C.SATISFIED))
        durations = s.execute(select(Complaint.received_at, Complaint.resolved_at).where(resolved)).all()
        hours = [(b - a).total_seconds() / 3600 for a, b in durations if a and b]
        return ComplaintKpis(
            n, {str(k): int(v) for k, v in by_category.items()}, {str(k): int(v) for k, v in by_dept.items()},
            Ratio(valid, classified), Ratio(n_resolved - late("resolve", resolved), n_resolved),
            Ratio(replied - late("reply", received, Complaint.replied_at.isnot(None)), replied),
            Ratio(count(received, Complaint.resolved_at.isnot(None)), n), Ratio(followed, n_resolved),
            Ratio(satisfied, followed), Ratio(count(received, Complaint.repeat.is_(True)), n),
            count(received, Complaint.escalations > 0) + late("resolve", received),
            sum(hours) / len(hours) if hours else None, {str(k): int(v) for k, v in by_building.items()})


# ============================================================================================ forms

def _slip(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """投诉处理单 (一式两联) of one complaint, by number."""
    actor.require(COMPLAINT_VIEW)
    from app.printing.forms.complaint_slip import ComplaintSlip
    c = session.scalar(select(Complaint).where(Complaint.number == (number or "").strip().upper()))
    if c is None:
        raise NotFound(T("Complaints", "There is no complaint {number}").format(number=number))
    from db.models.complaint import FollowUp
    followup = session.scalar(select(FollowUp).where(FollowUp.source_kind == COMPLAINT_KIND,
                                                     FollowUp.source_id == c.id).order_by(FollowUp.id.desc()))
    names = records.names(session, [c.resolved_by, c.created_by, followup.visitor_id if followup else None])
    return ComplaintSlip(
        number=c.number, received_at=c.received_at, channel=Channel.printed(c.channel), complainant=c.complainant,
        phone=mask_phone(c.phone) if not actor.can(PEOPLE_SEE_ID) else format_phone(c.phone), room=c.room_code,
        role=ComplainantRole.printed(c.role), ctype=ComplaintType.printed(c.ctype),
        category=Category.printed(c.category), urgency=Urgency.printed(c.urgency) + ("（重大）" if c.major else ""),
        validity=Validity.printed(c.validity), content=c.content, demand=c.demand,
        initial_reply=" ".join(x for x in (c.initial_reply, c.reply_by,
                                           f"{c.promised_at:%Y-%m-%d %H:%M}前" if c.promised_at else "") if x),
        dept=Department.printed(c.dept) if c.dept else "", assignee=c.assignee,
        required_by=clocks.deadline(session, COMPLAINT_KIND, c.id, "resolve"), result=c.result,
        resolved_at=c.resolved_at, handler=names.get(c.resolved_by or 0, ""),
        registered_by=names.get(c.created_by or 0, ""),
        followup=(followup.feedback if followup else ""),
        satisfaction=C.Satisfaction.printed(followup.satisfaction) if followup and followup.satisfaction else "",
        visitor=names.get(followup.visitor_id or 0, "") if followup else "",
        status=COMPLAINTS.state(c.status).printed), c.status == "void"


def parse_register_key(text: str) -> tuple[date, date]:
    """``2025-06-12`` (a day) or ``2025-06`` (a month)."""
    text = (text or "").strip()
    try:
        if len(text) == 7:
            first = date.fromisoformat(text + "-01")
            last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            return first, last
        day = date.fromisoformat(text)
        return day, day
    except ValueError:
        raise ValidationError(T("Complaints", "Give a day such as 2025-06-12 or a month such as 2025-06"),
                              "number") from None


def _register(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """业主投诉登记表 of a day or a month."""
    actor.require(COMPLAINT_VIEW)
    from app.printing.forms.complaint_register import ComplaintRegister, RegisterLine
    first, last = parse_register_key(number)
    start, end = datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
    rows = session.scalars(select(Complaint).where(Complaint.received_at >= start, Complaint.received_at < end)
                           .order_by(Complaint.received_at, Complaint.id).limit(5001)).all()
    if len(rows) > 5000:
        raise ValidationError(T("Complaints", "More than 5000 complaints: print one day or a shorter month"),
                              "number")
    lines = [RegisterLine(c.number, c.received_at, c.complainant, c.room_code, mask_phone(c.phone),
                          Category.printed(c.category), c.content, Department.printed(c.dept) if c.dept else "",
                          c.result, COMPLAINTS.state(c.status).printed,
                          C.Satisfaction.printed(c.satisfaction) if c.satisfaction else "") for c in rows]
    return ComplaintRegister(first=first, last=last, lines=lines, printed_by=actor.name,
                             printed_at=base.now()), False


printing.register_source("complaint_slip", _slip)
printing.register_source("complaint_register", _register)
