"""客户回访 (DOMAIN.md §4.3): the one queue of follow-ups and what its actions do.

The queue is fed by :func:`plan_in`, which every workflow calls in its own transaction: a resolved complaint
(always, within ``followup.complaint_days``), a repair slip verified and closed (sampled at
``followup.repair_rate``: app.domain.complaints.sampled), later move-ins and finished renovations; and by
:func:`plan_visits` for routine household visits and satisfaction surveys of a building or the estate.

Recording a follow-up moves its source on in the same transaction: a satisfied complaint is followed up, an
unsatisfied one reopened; an unsatisfied follow-up of anything else opens a new complaint. Giving a
follow-up up (the supervisor, after ``followup.max_attempts`` failed attempts) closes its complaint without
one. An on-site follow-up needs the resident's signature or a photo.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, NamedTuple

from sqlalchemy import and_, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import complaints as C
from app.domain.complaints import (
    COMPLAINT_KIND,
    COMPLAINT_VIEW,
    FOLLOWUP_DO,
    FOLLOWUP_KIND,
    FOLLOWUP_REVIEW,
    FOLLOWUPS,
    FollowUpType,
    Method,
    Satisfaction,
)
from app.domain.errors import ConflictError, ValidationError
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import format_phone, mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, dashboard, open_items, params, printing, records
from app.services import workflow as wf
from app.services.base import Actor, unit_of_work
from app.services.complaints import phone_shown, read_rows
from db.engine import Database
from db.models import Person, Room, RoomPerson
from db.models.complaint import Complaint, FollowUp

PAGE = "followups"
MAX_OPEN_ITEMS = 50
FILTERS = ("planned", "due_today", "overdue", "to_review", "all")


# ============================================================================================ planning

def plan_in(s: Session, actor: Actor, ftype: str, *, interviewee: str, phone: str = "", room_id: int | None = None,
            room_code: str = "", due_on: date, topic: str = "",
            source: tuple[str, int, str] | None = None) -> FollowUp:
    """Put a follow-up in the queue inside an open unit of work (the hook other workflows call)."""
    kind, ident, number = source or ("", None, "")
    followup = FollowUp(ftype=ftype, interviewee=interviewee[:30], phone=phone, room_id=room_id,
                        room_code=room_code, due_on=due_on, topic=topic[:200], source_kind=kind, source_id=ident,
                        source_number=number)
    records.create_in(s, actor, FOLLOWUP_KIND, followup, data={"due_at": _end_of(due_on)},
                      link=(kind, ident, "followup") if kind and ident else None)
    return followup


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time(23, 59))


def _build(s: Session, actor: Actor, values: dict[str, Any]) -> FollowUp:
    """A follow-up planned by hand (the new-record dialog)."""
    room = records.room(s, values["room"], "room") if values.get("room") else None
    if values["due_on"] < base.now().date():
        raise ValidationError(T("FollowUps", "A follow-up cannot be planned in the past"), "due_on")
    return plan_in(s, actor, values["ftype"], interviewee=values["interviewee"], phone=values.get("phone") or "",
                   room_id=room.id if room else None, room_code=room.code if room else "", due_on=values["due_on"],
                   topic=values.get("topic") or "")


def plan_visits(db: Database, actor: Actor, ftype: str, due_on: date, *, building_id: int | None = None,
                topic: str = "") -> int:
    """Routine household visits or a satisfaction survey: one follow-up per occupied household (its primary
    owner) of a building or the estate, created in bulk; returns how many were planned."""
    actor.require(FOLLOWUP_REVIEW)
    if ftype not in (FollowUpType.ROUTINE.value, FollowUpType.SURVEY.value):
        raise ValidationError(T("FollowUps", "Plan routine visits or satisfaction surveys in bulk"), "ftype")
    from db.models import Unit
    q = (select(Room.id, Room.code, Person.name, Person.mobile).join(RoomPerson, RoomPerson.room_id == Room.id)
         .join(Person, Person.id == RoomPerson.person_id)
         .where(RoomPerson.role == "owner", RoomPerson.is_primary.is_(True), RoomPerson.end_date.is_(None)))
    if building_id:
        q = q.join(Unit, Unit.id == Room.unit_id).where(Unit.building_id == building_id)
    with unit_of_work(db, actor) as s:
        rows = s.execute(q.order_by(Room.id)).all()
        batch = [FollowUp(ftype=ftype, interviewee=name[:30], phone=mobile or "", room_id=rid, room_code=code,
                          due_on=due_on, topic=topic[:200]) for rid, code, name, mobile in rows]
        wf.create_many(s, actor, FOLLOWUPS, batch, data={"due_at": _end_of(due_on)})
        return len(batch)


def sample_repair(s: Session, actor: Actor, slip: Any) -> FollowUp | None:
    """A verified repair slip joins the queue when it is in the sample (``followup.repair_rate``)."""
    values = params.load(s)
    if not C.sampled(slip.number, values["followup.repair_rate"]) or not (slip.customer_name or slip.room_id):
        return None
    room_code = s.scalar(select(Room.code).where(Room.id == slip.room_id)) if slip.room_id else ""
    return plan_in(s, actor, FollowUpType.REPAIR.value, interviewee=slip.customer_name or room_code or "",
                   phone=slip.customer_phone, room_id=slip.room_id, room_code=room_code or "",
                   due_on=base.now().date() + timedelta(days=values["followup.complaint_days"]),
                   topic=slip.subject, source=("work_slip", slip.id, slip.number))


# ============================================================================================ effects

def _attempt(ctx: records.Act) -> None:
    ctx.record.attempts += 1


def _check_record(ctx: records.Act) -> None:
    f: FollowUp = ctx.record
    if ctx.values["method"] == Method.VISIT.value and not ctx.values.get("signed"):
        raise ValidationError(T("FollowUps", "An on-site follow-up needs the resident's signature or a photo"),
                              "signed")
    when = ctx.values.get("effective_at") or ctx.now
    if f.source_kind == COMPLAINT_KIND and f.source_id:
        resolved = ctx.session.scalar(select(Complaint.resolved_at).where(Complaint.id == f.source_id))
        if resolved is not None and when < resolved:
            raise ValidationError(T("FollowUps", "The follow-up cannot be before the complaint was resolved "
                                                 "({at})").format(at=f"{resolved:%Y-%m-%d %H:%M}"), "effective_at")


def _record(ctx: records.Act) -> None:
    f: FollowUp = ctx.record
    f.visited_at, f.visitor_id = ctx.values.get("effective_at") or ctx.now, ctx.actor.staff_id


def _after_record(ctx: records.Act) -> None:
    """The source moves on: a complaint is followed up or reopened; anything else unsatisfied opens one."""
    f: FollowUp = ctx.record
    satisfied = f.satisfaction in C.SATISFIED
    complaint = ctx.session.get(Complaint, f.source_id) if f.source_kind == COMPLAINT_KIND and f.source_id else None
    if complaint is not None and complaint.status == "resolved":
        complaint.satisfaction, complaint.followup_state = f.satisfaction, "done"
        if satisfied:
            ctx.act(COMPLAINT_KIND, complaint, "visit", {"note": f.feedback[:200]})
        else:
            ctx.act(COMPLAINT_KIND, complaint, "reopen", {"note": f.feedback[:200]})
    elif not satisfied:
        from app.services import complaints
        opened = complaints.create_from_followup(ctx.session, ctx.actor, f, f.feedback)
        ctx.data["complaint"] = opened.number


def _check_give_up(ctx: records.Act) -> None:
    allowed = params.load(ctx.session)["followup.max_attempts"]
    if ctx.record.attempts < allowed:
        raise ConflictError(T("FollowUps", "Try at least {n} times before giving up ({done} so far)").format(
            n=allowed, done=ctx.record.attempts))


def _after_give_up(ctx: records.Act) -> None:
    f: FollowUp = ctx.record
    complaint = ctx.session.get(Complaint, f.source_id) if f.source_kind == COMPLAINT_KIND and f.source_id else None
    if complaint is not None and complaint.status == "resolved":
        complaint.followup_state = "unreachable"
        ctx.act(COMPLAINT_KIND, complaint, "close_unreachable", {"note": ctx.values.get("note", "")})


def _review(ctx: records.Act) -> None:
    ctx.record.reviewed_by, ctx.record.reviewed_at = ctx.actor.staff_id, ctx.now


# ============================================================================================ reading

def _label(enum_cls: Any, code: str | None) -> str:
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code or ""


def _when(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value else ""


def _title(f: FollowUp) -> str:
    return f"{_label(FollowUpType, f.ftype)} · {f.interviewee} {f.room_code}".strip()


def _flags(s: Session, f: FollowUp) -> list[Text | str]:
    if f.status == "planned" and f.due_on < base.now().date():
        return [T("FollowUps", "overdue")]
    if f.satisfaction == Satisfaction.UNSATISFIED.value:
        return [T("FollowUps", "not satisfied")]
    return []


def _rows(s: Session, actor: Actor, f: FollowUp) -> list[tuple[Text | str, str]]:
    phone = format_phone(f.phone) if actor.can(PEOPLE_SEE_ID) else mask_phone(f.phone)
    names = records.names(s, [f.visitor_id, f.reviewed_by])
    return [
        (T("FollowUps", "Type"), _label(FollowUpType, f.ftype)),
        (T("FollowUps", "Source"), f.source_number),
        (T("FollowUps", "Interviewee"), " ".join(x for x in (f.interviewee, phone, f.room_code) if x)),
        (T("FollowUps", "What about"), f.topic),
        (T("FollowUps", "Follow up by"), f.due_on.isoformat()),
        (T("FollowUps", "Failed attempts"), str(f.attempts) if f.attempts else ""),
        (T("FollowUps", "Followed up"), " ".join(x for x in (_when(f.visited_at), _label(Method, f.method),
                                                             names.get(f.visitor_id or 0, "")) if x)),
        (T("FollowUps", "Feedback"), f.feedback),
        (T("FollowUps", "Satisfaction"), _label(Satisfaction, f.satisfaction) if f.satisfaction else ""),
        (T("FollowUps", "Problems found"), f.problems),
        (T("FollowUps", "Action taken"), f.action_taken),
        (T("FollowUps", "Supervisor's opinion"), " ".join(x for x in (f.opinion, names.get(f.reviewed_by or 0, ""))
                                                          if x)),
        (T("FollowUps", "Void reason"), f.void_reason),
    ]


RECORDS = records.register(records.RecordKind(
    FOLLOWUPS, FollowUp, COMPLAINT_VIEW, page=PAGE, create_permission=FOLLOWUP_DO, create=_build, title=_title,
    flags=_flags, rows=_rows, guards={"record": _check_record, "give_up": _check_give_up},
    effects={"attempt": _attempt, "record": _record, "review": _review},
    after={"record": _after_record, "give_up": _after_give_up},
    not_found=T("FollowUps", "This follow-up no longer exists")))


class FollowUpRow(NamedTuple):
    """One line of the queue (a named tuple: a page of 200 is built in a fraction of a millisecond)."""

    id: int
    number: str
    status: str
    ftype: str
    interviewee: str
    phone: str
    room: str
    due_on: date
    attempts: int
    satisfaction: str
    source: str
    overdue: bool

    @property
    def sort_key(self) -> tuple[date, int]:
        return (self.due_on, self.id)

    @property
    def tone(self) -> str:
        return FOLLOWUPS.state(self.status).shown_tone

    @property
    def status_label(self) -> str:
        return str(FOLLOWUPS.state(self.status).label)


def _filters(q: Any, *, status: str, ftype: str | None, text: str, today: date,
             date_from: date | None = None, date_to: date | None = None) -> Any:
    if status == "planned":
        q = q.where(FollowUp.status == "planned")
    elif status == "due_today":
        q = q.where(FollowUp.status == "planned", FollowUp.due_on == today)
    elif status == "overdue":
        q = q.where(FollowUp.status == "planned", FollowUp.due_on < today)
    elif status == "to_review":
        q = q.where(FollowUp.status == "done")
    elif status != "all":
        FOLLOWUPS.filter_state(status)
        q = q.where(FollowUp.status == status)
    if ftype:
        q = q.where(FollowUp.ftype == ftype)
    if date_from:
        q = q.where(FollowUp.due_on >= date_from)
    if date_to:
        q = q.where(FollowUp.due_on <= date_to)
    t = (text or "").strip()
    if t:
        upper = t.upper()
        q = q.where(or_(and_(FollowUp.number >= upper, FollowUp.number < upper + "\U0010ffff"),
                        and_(FollowUp.interviewee >= t, FollowUp.interviewee < t + "\U0010ffff"),
                        and_(FollowUp.room_code >= upper, FollowUp.room_code < upper + "\U0010ffff"),
                        FollowUp.source_number == upper))
    return q


#: the queue's columns, in FollowUpRow's order (phone shown, overdue computed)
_COLUMNS = (FollowUp.id, FollowUp.number, FollowUp.status, FollowUp.ftype, FollowUp.interviewee, FollowUp.phone,
            FollowUp.room_code, FollowUp.due_on, FollowUp.attempts, FollowUp.satisfaction, FollowUp.source_number)


def list_followups(db: Database, actor: Actor, *, status: str = "planned", ftype: str | None = None,
                   text: str = "", date_from: date | None = None, date_to: date | None = None,
                   after: tuple | None = None, limit: int = 200) -> list[FollowUpRow]:
    """Follow-ups by due date, oldest first (the queue), keyset-paged; the columns of the list only
    (``ix_followup_state`` gives them in order: no sort, no entity loaded)."""
    actor.require(COMPLAINT_VIEW)
    today = base.now().date()
    q = _filters(select(*_COLUMNS), status=status, ftype=ftype, text=text, today=today, date_from=date_from,
                 date_to=date_to)
    if after:
        q = q.where(tuple_(FollowUp.due_on, FollowUp.id) > tuple_(*after))
    rows = read_rows(db, q.order_by(FollowUp.due_on, FollowUp.id).limit(limit), {})
    shown, make = phone_shown(actor), tuple.__new__
    return [make(FollowUpRow, (i, number, state, ftype_, who, shown(phone), room, due, attempts, satisfaction,
                               source, state == "planned" and due < today))
            for i, number, state, ftype_, who, phone, room, due, attempts, satisfaction, source in rows]


def count_followups(db: Database, actor: Actor, *, status: str = "planned", ftype: str | None = None,
                    text: str = "", date_from: date | None = None, date_to: date | None = None) -> int:
    actor.require(COMPLAINT_VIEW)
    q = _filters(select(func.count()).select_from(FollowUp), status=status, ftype=ftype, text=text,
                 today=base.now().date(), date_from=date_from, date_to=date_to)
    with db.read() as s:
        return int(s.scalar(q) or 0)


# ============================================================================================ the desk's hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    due = s.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.status == "planned",
                                                                     FollowUp.due_on == today)) or 0
    late = s.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.status == "planned",
                                                                      FollowUp.due_on < today)) or 0
    review = s.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.status == "done")) or 0
    return [dashboard.Tile(T("FollowUps", "Follow-ups due today"), str(due),
                           str(T("FollowUps", "{late} overdue · {review} to review").format(late=late, review=review)),
                           PAGE, "alert" if late else ("attention" if due else "normal"))]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    rows = s.execute(select(FollowUp.id, FollowUp.number, FollowUp.ftype, FollowUp.interviewee, FollowUp.room_code,
                            FollowUp.due_on).where(FollowUp.status == "planned", FollowUp.due_on <= now.date())
                     .order_by(FollowUp.due_on, FollowUp.id).limit(MAX_OPEN_ITEMS)).all()
    group = T("FollowUps", "Follow-ups due")
    return [open_items.OpenItem(group, f"{_label(FollowUpType, r.ftype)} {r.interviewee} {r.room_code} "
                                       f"{r.due_on:%m-%d}", r.number, PAGE, r.id,
                                "alert" if r.due_on < now.date() else "normal") for r in rows]


def _card(s: Session, actor: Actor, room: Any) -> Any:
    if not actor.can(COMPLAINT_VIEW):
        return None
    rows = s.execute(select(FollowUp.number, FollowUp.due_on, FollowUp.ftype, FollowUp.status, FollowUp.satisfaction)
                     .where(FollowUp.room_id == room.id).order_by(FollowUp.due_on.desc()).limit(10)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("FollowUps", "Follow-ups"),
        [T("FollowUps", "No."), T("FollowUps", "Due"), T("FollowUps", "Type"), T("FollowUps", "Status"),
         T("FollowUps", "Satisfaction")],
        [[r.number, r.due_on.isoformat(), _label(FollowUpType, r.ftype), str(FOLLOWUPS.state(r.status).label),
          _label(Satisfaction, r.satisfaction) if r.satisfaction else ""] for r in rows])


dashboard.register("followups", COMPLAINT_VIEW, _tiles)
open_items.register("followups", COMPLAINT_VIEW, _open_items)
card_sections.register("followups", _card)


# ============================================================================================ KPIs and forms

@dataclass(frozen=True)
class FollowUpKpis:
    """§4.3 per type for follow-ups due in [first, last]: planned, done, done in time, satisfied."""

    by_type: dict[str, tuple[int, int, int, int]]

    def rate(self, ftype: str) -> float | None:
        planned, done, _in_time, _sat = self.by_type.get(ftype, (0, 0, 0, 0))
        return done / planned if planned else None

    def satisfaction(self) -> float | None:
        done = sum(v[1] for v in self.by_type.values())
        return sum(v[3] for v in self.by_type.values()) / done if done else None


def kpis(db: Database, actor: Actor, first: date, last: date) -> FollowUpKpis:
    actor.require(COMPLAINT_VIEW)
    counts: dict[str, list[int]] = {}
    with db.read() as s:
        rows = s.execute(select(FollowUp.ftype, FollowUp.status, FollowUp.visited_at, FollowUp.due_on,
                                FollowUp.satisfaction)
                         .where(FollowUp.due_on >= first, FollowUp.due_on <= last, FollowUp.status != "void"))
        for ftype, status, visited, due, satisfaction in rows:
            c = counts.setdefault(ftype, [0, 0, 0, 0])
            c[0] += 1
            if status in ("done", "reviewed"):
                c[1] += 1
                c[2] += bool(visited and visited.date() <= due)
                c[3] += satisfaction in C.SATISFIED
    return FollowUpKpis({t: (c[0], c[1], c[2], c[3]) for t, c in counts.items()})


def _form(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """回访记录表 of one follow-up, by number (HF…), or of a month (``2025-06``) as a register."""
    actor.require(COMPLAINT_VIEW)
    from app.printing.forms.followup_record import FollowUpLine, FollowUpRecord
    from app.services.complaints import parse_register_key
    text = (number or "").strip().upper()
    if text.startswith("HF"):
        rows = session.scalars(select(FollowUp).where(FollowUp.number == text)).all()
        if not rows:
            from app.domain.errors import NotFound
            raise NotFound(T("FollowUps", "There is no follow-up {number}").format(number=number))
        first = last = None
    else:
        first, last = parse_register_key(text)
        rows = session.scalars(select(FollowUp).where(FollowUp.due_on >= first, FollowUp.due_on <= last,
                                                      FollowUp.status.in_(("done", "reviewed")))
                               .order_by(FollowUp.due_on, FollowUp.id).limit(5000)).all()
    names = records.names(session, [f.visitor_id for f in rows])
    lines = [FollowUpLine(f.number, f.visited_at, f.source_number, f.room_code, f.interviewee,
                          Method.printed(f.method) if f.method else "", f.topic, f.feedback,
                          Satisfaction.printed(f.satisfaction) if f.satisfaction else "",
                          names.get(f.visitor_id or 0, ""), f.opinion, FOLLOWUPS.state(f.status).printed)
             for f in rows]
    voided = len(rows) == 1 and rows[0].status == "void" and first is None
    return FollowUpRecord(number=text, first=first, last=last, lines=lines, printed_by=actor.name,
                          printed_at=base.now()), voided


printing.register_source("followup_record", _form)
