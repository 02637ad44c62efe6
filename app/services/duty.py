"""值班日志 / 交接班 and 工作日志 (DOMAIN.md §2.6): taking over and handing over the shift, the duty log's
events, and the work log of phone and counter requests. Rules live in :mod:`app.domain.duty`.

**Taking over.** :func:`handover_brief` tells the 交接班 dialog what the signing-in user must read: the
previous shift's duty log and the open items built from the live data (:mod:`app.services.open_items`),
and what pressing 已阅/接班 will do (``Handover.mode``):

* ``acknowledge`` — the last log was handed over: it is acknowledged (closed) and a new log opens;
* ``take_over`` — the last log is still on duty but belongs to another shift (nobody handed it over): it is
  closed as taken over without a handover, and a new log opens;
* ``join`` — a colleague already took over this shift: the user joins that log;
* ``first`` — there is no log yet: the first one opens;
* ``on_duty`` — the user is on duty already: nothing to do.

:func:`take_over` is given the ``Handover.key`` the user read and refuses (ConflictError) if the situation
changed meanwhile (another desk took over, the log was handed over twice, acknowledged twice).

**Automatic events.** Each work-log row saved while a log is on duty, and each conversion of a row into
another workflow's record, adds an event (with the linked record) to that duty log, in the same unit of
work.

Times are the estate's local wall-clock time (``base.now()``), like everywhere else.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select, tuple_
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app.domain import duty as D
from app.domain.duty import (DUTY_HANDOVER, DUTY_LOG, DUTY_VIEW, WORK_LOG, WORKLOG_REVIEW, WORKLOG_VIEW,
                             WORKLOG_WRITE, Category, Channel, DutyEventKind, Shift)
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import check_text, mask_phone, parse_decimal
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import audit, base, dashboard, open_items, printing
from app.services import workflow as wf
from app.services.base import STALE, Actor, unit_of_work
from app.services.open_items import OpenItem
from db.engine import Database
from db.models import Base, Room, RolePermission, Staff
from db.models.duty import DutyEvent, DutyLog, DutyMember, WorkLogEntry, WorkLogLink, WorkLogReview

#: PostgreSQL: two desks taking over at once queue up here (SQLite: BEGIN IMMEDIATE already does)
_TAKEOVER_LOCK = 7412
OPEN_ITEMS_LIMIT = 200

# ============================================================================================ shifts


@dataclass(frozen=True)
class ShiftSettings:
    day_start: time
    night_start: time
    early_minutes: int


def _settings(s: Session) -> ShiftSettings:
    from app.services import params
    values = params.load(s)
    return ShiftSettings(values["duty.day_shift_start"], values["duty.night_shift_start"],
                         values["duty.early_takeover_minutes"])


def _takeover_shift(s: Session, at: datetime) -> Shift:
    st = _settings(s)
    return D.takeover_shift(at, st.day_start, st.night_start, st.early_minutes)


def current_shift(db: Database, at: datetime | None = None) -> Shift:
    """The shift a user signing in at ``at`` (default now) takes over."""
    with db.read() as s:
        return _takeover_shift(s, at or base.now())


# ============================================================================================ read models


@dataclass(frozen=True)
class Member:
    staff_id: int
    name: str
    joined_at: datetime


@dataclass(frozen=True)
class SnapshotItem:
    """An open item as it was when the log was handed over."""

    group: str
    title: str
    number: str = ""
    level: str = "normal"


@dataclass(frozen=True)
class DutyLogView:
    id: int
    number: str
    status: str
    version: int
    duty_date: date
    shift: str
    opened_at: datetime
    members: tuple[Member, ...]
    carried_over: str
    open_items: tuple[SnapshotItem, ...]
    desk_keys: str
    petty_items: str
    mail_count: int
    handed_by: str
    handed_to_id: int | None
    handed_to: str
    handed_at: datetime | None
    acknowledged_by: str
    acknowledged_at: datetime | None
    ack_note: str

    @property
    def shift_kind(self) -> D.ShiftKind:
        return D.ShiftKind(self.shift)

    @property
    def status_label(self) -> str:
        return str(DUTY_LOG.state(self.status).label)

    @property
    def on_duty(self) -> str:
        return "、".join(m.name for m in self.members)

    def has_member(self, staff_id: int | None) -> bool:
        return any(m.staff_id == staff_id for m in self.members)


@dataclass(frozen=True)
class DutyLogRow:
    id: int
    number: str
    status: str
    duty_date: date
    shift: str
    opened_at: datetime
    on_duty: str
    handed_to: str
    handed_at: datetime | None
    acknowledged_by: str
    events: int
    sort_key: tuple


@dataclass(frozen=True)
class EventRow:
    id: int
    at: datetime
    kind: str
    summary: str
    ref_kind: str
    ref_id: int | None
    ref_number: str
    by: str
    sort_key: tuple

    @property
    def kind_label(self) -> str:
        try:
            return str(DutyEventKind(self.kind).label)
        except ValueError:
            return self.kind


def _names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


def _snapshot(text: str) -> tuple[SnapshotItem, ...]:
    if not text:
        return ()
    try:
        return tuple(SnapshotItem(*row) for row in json.loads(text))
    except (ValueError, TypeError):
        return ()


def _view(s: Session, log: DutyLog) -> DutyLogView:
    members = s.execute(select(DutyMember.staff_id, DutyMember.joined_at)
                        .where(DutyMember.duty_log_id == log.id).order_by(DutyMember.joined_at,
                                                                           DutyMember.id)).all()
    names = _names(s, [m.staff_id for m in members]
                   + [log.handed_by_id, log.handed_to_id, log.acknowledged_by_id])
    return DutyLogView(
        log.id, log.number, log.status, log.version, log.duty_date, log.shift, log.opened_at,
        tuple(Member(sid, names.get(sid, "?"), at) for sid, at in members), log.carried_over or "",
        _snapshot(log.open_items), log.desk_keys or "", log.petty_items or "", log.mail_count or 0,
        names.get(log.handed_by_id, ""), log.handed_to_id, names.get(log.handed_to_id, ""), log.handed_at,
        names.get(log.acknowledged_by_id, ""), log.acknowledged_at, log.ack_note or "")


def _get_log(s: Session, log_id: int) -> DutyLog:
    log = s.get(DutyLog, log_id)
    if log is None:
        raise NotFound(T("Duty", "This duty log no longer exists"))
    return log


def _open_log(s: Session) -> DutyLog | None:
    return s.scalar(select(DutyLog).where(DutyLog.status == "on_duty")
                    .order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(1))


def _is_member(s: Session, log_id: int, staff_id: int | None) -> bool:
    return staff_id is not None and s.scalar(select(DutyMember.id).where(
        DutyMember.duty_log_id == log_id, DutyMember.staff_id == staff_id)) is not None


def open_log(db: Database, actor: Actor) -> DutyLogView | None:
    """The duty log on duty now (the newest, should two desks have opened one each), or ``None``."""
    actor.require(DUTY_VIEW)
    with db.read() as s:
        log = _open_log(s)
        return _view(s, log) if log else None


def get_log(db: Database, actor: Actor, log_id: int) -> DutyLogView:
    actor.require(DUTY_VIEW)
    with db.read() as s:
        return _view(s, _get_log(s, log_id))


LOG_SORT = (DutyLog.opened_at, DutyLog.id)


def list_logs(db: Database, actor: Actor, *, after: tuple | None = None, limit: int = 200,
              day_from: date | None = None, day_to: date | None = None) -> list[DutyLogRow]:
    """The history of shifts, newest first, keyset-paged by ``(opened_at, id)``."""
    actor.require(DUTY_VIEW)
    q = select(DutyLog)
    if day_from:
        q = q.where(DutyLog.opened_at >= datetime.combine(day_from, time()))
    if day_to:
        q = q.where(DutyLog.opened_at < datetime.combine(day_to + timedelta(days=1), time()))
    if after:
        q = q.where(tuple_(*LOG_SORT) < tuple_(*after))
    q = q.order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(limit)
    with db.read() as s:
        logs = list(s.scalars(q))
        if not logs:
            return []
        ids = [lg.id for lg in logs]
        members: dict[int, list[int]] = {}
        for log_id, staff_id in s.execute(select(DutyMember.duty_log_id, DutyMember.staff_id)
                                          .where(DutyMember.duty_log_id.in_(ids))
                                          .order_by(DutyMember.joined_at, DutyMember.id)):
            members.setdefault(log_id, []).append(staff_id)
        counts = dict(s.execute(select(DutyEvent.duty_log_id, func.count()).where(
            DutyEvent.duty_log_id.in_(ids)).group_by(DutyEvent.duty_log_id)).all())
        names = _names(s, [i for m in members.values() for i in m]
                       + [lg.handed_to_id for lg in logs] + [lg.acknowledged_by_id for lg in logs])
        return [DutyLogRow(lg.id, lg.number, lg.status, lg.duty_date, lg.shift, lg.opened_at,
                           "、".join(names.get(i, "?") for i in members.get(lg.id, [])),
                           names.get(lg.handed_to_id, ""), lg.handed_at, names.get(lg.acknowledged_by_id, ""),
                           counts.get(lg.id, 0), (lg.opened_at, lg.id)) for lg in logs]


def _event_rows(s: Session, log_id: int, after: tuple | None, limit: int | None) -> list[EventRow]:
    q = select(DutyEvent).where(DutyEvent.duty_log_id == log_id)
    if after:
        q = q.where(tuple_(DutyEvent.at, DutyEvent.id) > tuple_(*after))
    q = q.order_by(DutyEvent.at, DutyEvent.id)
    if limit:
        q = q.limit(limit)
    events = list(s.scalars(q))
    names = _names(s, [e.staff_id for e in events])
    return [EventRow(e.id, e.at, e.kind, e.summary, e.ref_kind or "", e.ref_id, e.ref_number or "",
                     names.get(e.staff_id, ""), (e.at, e.id)) for e in events]


def list_events(db: Database, actor: Actor, log_id: int, *, after: tuple | None = None,
                limit: int = 200) -> list[EventRow]:
    """A duty log's events in time order, keyset-paged by ``(at, id)``."""
    actor.require(DUTY_VIEW)
    with db.read() as s:
        return _event_rows(s, log_id, after, limit)


# ============================================================================================ takeover


@dataclass(frozen=True)
class Handover:
    """What the 交接班 dialog shows and what 已阅/接班 will do (see the module docstring)."""

    mode: str
    shift: Shift
    previous: DutyLogView | None
    previous_events: tuple[EventRow, ...]
    current: DutyLogView | None
    open_items: tuple[OpenItem, ...]
    at: datetime

    @property
    def key(self) -> tuple:
        """What the user read; :func:`take_over` refuses when it no longer holds."""
        prev = (self.previous.id, self.previous.version) if self.previous else (None, None)
        return (self.mode, *prev, self.current.id if self.current else None)


def _situation(s: Session, actor: Actor, at: datetime):
    """``(mode, shift, previous log, current log)`` for the actor taking over at ``at``."""
    shift = _takeover_shift(s, at)
    current = _open_log(s)
    if current is not None:
        if _is_member(s, current.id, actor.staff_id):
            return "on_duty", shift, None, current
        if (current.duty_date, current.shift) == shift.key:
            previous = s.scalar(select(DutyLog).where(tuple_(*LOG_SORT) < tuple_(current.opened_at, current.id))
                                .order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(1))
            return "join", shift, previous, current
        return "take_over", shift, current, None
    handed = s.scalar(select(DutyLog).where(DutyLog.status == "handed_over")
                      .order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(1))
    if handed is not None:
        return "acknowledge", shift, handed, None
    last = s.scalar(select(DutyLog).order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(1))
    return "first", shift, last, None


def needs_takeover(db: Database, actor: Actor) -> bool:
    """Whether the user should take over (or join) the shift now: they may, and are not on duty."""
    if not actor.can(DUTY_HANDOVER):
        return False
    with db.read() as s:
        current = _open_log(s)
        return current is None or not _is_member(s, current.id, actor.staff_id)


def handover_brief(db: Database, actor: Actor, at: datetime | None = None) -> Handover:
    """The previous shift's duty log (with its events) and the open items, for the 交接班 dialog."""
    actor.require(DUTY_VIEW)
    at = at or base.now()
    with db.read() as s:
        mode, shift, previous, current = _situation(s, actor, at)
        prev_view = _view(s, previous) if previous is not None else None
        events = tuple(_event_rows(s, previous.id, None, None)) if previous is not None else ()
        cur_view = _view(s, current) if current is not None else None
    items = tuple(open_items.collect(db, actor, at))
    return Handover(mode, shift, prev_view, events, cur_view, items, at)


MSG_CHANGED = T("Duty", "The shift changed while you were reading it (another desk took over or handed "
                        "over). Read the handover again.")


def take_over(db: Database, actor: Actor, key: tuple, note: str = "") -> int:
    """已阅/接班: acknowledge what the user read (``Handover.key``) and go on duty; returns the log id.

    Refused when the user is on duty already, or when the situation is no longer the one they read.
    """
    actor.require(DUTY_HANDOVER)
    note = check_text(note, "note", str(T("Duty", "Note")), max_len=200, required=False)
    with unit_of_work(db, actor) as s:
        if s.connection().dialect.name == "postgresql":
            s.connection().execute(sql_text(f"SELECT pg_advisory_xact_lock({_TAKEOVER_LOCK})"))
        at = base.now()
        mode, shift, previous, current = _situation(s, actor, at)
        if mode == "on_duty":
            raise ConflictError(T("Duty", "You are on duty already ({number}).").format(number=current.number))
        found = (mode, *((previous.id, previous.version) if previous else (None, None)),
                 current.id if current else None)
        if tuple(key) != found:
            raise ConflictError(MSG_CHANGED)
        if mode == "join":
            s.add(DutyMember(duty_log_id=current.id, staff_id=actor.staff_id, joined_at=at))
            s.flush()
            return current.id
        if mode in ("acknowledge", "take_over"):
            action = "acknowledge" if mode == "acknowledge" else "take_over"
            wf.transition(s, actor, DUTY_LOG, previous, action, {"note": note}, version=key[2])
            previous.acknowledged_by_id, previous.acknowledged_at = actor.staff_id, at
            previous.ack_note = note
        log = DutyLog(duty_date=shift.day, shift=shift.kind.value, opened_at=at)
        wf.create(s, actor, DUTY_LOG, log, note=note, when=at)
        s.add(DutyMember(duty_log_id=log.id, staff_id=actor.staff_id, joined_at=at))
        s.flush()
        return log.id


# ============================================================================================ handover


@dataclass
class HandoverInput:
    """The 交班 form, as typed."""

    handed_to_id: int | str | None
    carried_over: str
    desk_keys: str = ""
    petty_items: str = ""
    mail_count: str | int = ""
    note: str = ""


@dataclass(frozen=True)
class Colleague:
    id: int
    name: str
    role: str


def colleagues(db: Database, actor: Actor) -> list[Colleague]:
    """Active staff who may take over a shift, other than the actor (the 交接对象 list)."""
    actor.require(DUTY_HANDOVER)
    roles = select(RolePermission.role).where(RolePermission.permission == DUTY_HANDOVER)
    with db.read() as s:
        rows = s.execute(select(Staff.id, Staff.name, Staff.role).where(
            Staff.active.is_(True), Staff.role.in_(roles), Staff.id != (actor.staff_id or -1))
            .order_by(Staff.name, Staff.id)).all()
    return [Colleague(*r) for r in rows]


def validate_handover(data: HandoverInput) -> dict:
    """The typed values of the 交班 form, or the ValidationError of the first bad field."""
    try:
        handed_to = int(data.handed_to_id) if data.handed_to_id not in (None, "") else None
    except (TypeError, ValueError):
        handed_to = None
    if handed_to is None:
        raise ValidationError(T("Duty", "Choose the colleague you hand over to"), "handed_to")
    mail = parse_decimal(data.mail_count, "mail_count", str(T("Duty", "Undelivered mail")), places=0,
                         maximum=Decimal(9999), required=False)
    return {
        "handed_to": handed_to,
        "carried_over": check_text(data.carried_over, "carried_over", str(T("Duty", "Items carried over")),
                                   max_len=2000),
        "desk_keys": check_text(data.desk_keys, "desk_keys", str(T("Duty", "Front-desk keys")), max_len=200,
                                required=False),
        "petty_items": check_text(data.petty_items, "petty_items", str(T("Duty", "Petty items")),
                                  max_len=500, required=False),
        "mail_count": int(mail) if mail is not None else 0,
        "note": check_text(data.note, "note", str(T("Duty", "Note")), max_len=200, required=False),
    }


def hand_over(db: Database, actor: Actor, log_id: int, data: HandoverInput, version: int | None = None) -> int:
    """交班: hand the log over to a named colleague with what is carried over; the open items of the
    moment are kept with it. Only someone on duty in the log may hand it over."""
    actor.require(DUTY_HANDOVER)
    values = validate_handover(data)
    if values["handed_to"] == actor.staff_id:
        raise ValidationError(T("Duty", "Hand over to a colleague, not to yourself"), "handed_to")
    at = base.now()
    items = open_items.collect(db, actor, at)   # read before the write lock is taken
    snapshot = json.dumps([[str(i.group), i.title, i.number, i.level] for i in items], ensure_ascii=False)
    with unit_of_work(db, actor) as s:
        log = _get_log(s, log_id)
        if version is not None and log.version != version:
            raise ConflictError(STALE)
        colleague = s.get(Staff, values["handed_to"])
        if colleague is None or not colleague.active:
            raise ValidationError(T("Duty", "Choose the colleague you hand over to"), "handed_to")
        if not s.scalar(select(RolePermission.role).where(RolePermission.role == colleague.role,
                                                          RolePermission.permission == DUTY_HANDOVER)):
            raise ValidationError(T("Duty", "{name} may not take over a shift").format(name=colleague.name),
                                  "handed_to")
        if log.status == "on_duty" and not _is_member(s, log.id, actor.staff_id):
            raise PermissionDenied(T("Duty", "Only someone on duty in this shift can hand it over"))
        wf.transition(s, actor, DUTY_LOG, log, "hand_over",
                      {"handed_to": values["handed_to"], "carried_over": values["carried_over"],
                       "note": values["note"]})
        log.handed_by_id, log.handed_to_id, log.handed_at = actor.staff_id, values["handed_to"], at
        log.carried_over, log.open_items = values["carried_over"], snapshot
        log.desk_keys, log.petty_items, log.mail_count = (values["desk_keys"], values["petty_items"],
                                                          values["mail_count"])
        s.flush()
        return log.id


def last_handover_items(db: Database, actor: Actor) -> dict:
    """The physical items of the last handover (the form starts from them: keys rarely change)."""
    actor.require(DUTY_VIEW)
    with db.read() as s:
        log = s.scalar(select(DutyLog).where(DutyLog.handed_at.is_not(None))
                       .order_by(DutyLog.handed_at.desc(), DutyLog.id.desc()).limit(1))
        if log is None:
            return {}
        return {"desk_keys": log.desk_keys, "petty_items": log.petty_items}


# ============================================================================================ events


def _add_event(s: Session, actor: Actor, kind: DutyEventKind, summary: str, at: datetime, *,
               log: DutyLog | None = None, ref_kind: str = "", ref_id: int | None = None,
               ref_number: str = "") -> DutyEvent | None:
    log = log if log is not None else _open_log(s)
    if log is None:
        return None
    event = DutyEvent(duty_log_id=log.id, at=at, staff_id=actor.staff_id, kind=kind.value,
                      summary=summary[:D.MAX_EVENT], ref_kind=ref_kind, ref_id=ref_id, ref_number=ref_number)
    s.add(event)
    return event


def add_event(db: Database, actor: Actor, summary: str, log_id: int | None = None) -> int:
    """A duty-log entry written by hand, on the log on duty (or the given one, if still on duty)."""
    actor.require(DUTY_HANDOVER)
    summary = D.check_event(summary)
    with unit_of_work(db, actor) as s:
        log = _get_log(s, log_id) if log_id is not None else _open_log(s)
        if log is None:
            raise ConflictError(T("Duty", "Nobody has taken over the shift: take it over first"))
        if log.status != "on_duty":
            raise ConflictError(T("Duty", "Duty log {number} was handed over; events go to the shift on "
                                          "duty").format(number=log.number))
        event = _add_event(s, actor, DutyEventKind.MANUAL, summary, base.now(), log=log)
        s.flush()
        return event.id


# ============================================================================================ work log


@dataclass
class EntryInput:
    """A work-log row as typed in the quick entry (``at`` blank: now; ``result`` blank: open)."""

    caller: str = ""
    content: str = ""
    channel: str = Channel.PHONE.value
    category: str = Category.ENQUIRY.value
    room: str = ""
    phone: str = ""
    answer: str = ""
    result: str = ""
    transfer_to: str = ""
    at: str | datetime = ""


def validate_entry(data: EntryInput, now: datetime, *, phone: bool = True) -> dict:
    """The typed values of a row (everything but whether its room exists), or a ValidationError.
    ``phone=False`` leaves the phone out (kept as stored)."""
    channel = D.check_channel(data.channel)
    result = (data.result or "").strip() or "open"
    if result not in ("open", *D.RESULT_ACTIONS):
        raise ValidationError(T("WorkLog", "Choose the result"), "result")
    return {
        "at": D.parse_request_time(data.at, now),
        "channel": channel.value,
        "caller": D.check_caller(data.caller),
        "room_code": D.check_room_code(data.room),
        "phone": D.check_caller_phone(data.phone, channel) if phone else None,
        "category": D.check_category(data.category).value,
        "content": D.check_content(data.content),
        "answer": D.check_answer(data.answer),
        "transfer_to": D.check_transfer_to(data.transfer_to, required=False),
        "result": result,
    }


def _room(s: Session, code: str) -> Room | None:
    if not code:
        return None
    room = s.scalar(select(Room).where(Room.code == code))
    if room is None:
        raise ValidationError(T("WorkLog", "There is no room {code}").format(code=code), "room")
    return room


def _event_summary(entry: WorkLogEntry) -> str:
    who = " ".join(x for x in (entry.caller, entry.room_code) if x)
    return f"{who}：{entry.content}"


def _give_result(s: Session, actor: Actor, entry: WorkLogEntry, result: str, values: dict,
                 at: datetime) -> None:
    action = D.RESULT_ACTIONS[result]
    fields = {"answer": values.get("answer", entry.answer), "transfer_to": values.get("transfer_to",
                                                                                      entry.transfer_to)}
    wf.transition(s, actor, WORK_LOG, entry, action, {k: fields[k] for k in
                                                       WORK_LOG.transition(action).required_fields})
    if result == "closed":
        entry.closed_at = at


def create_entry(db: Database, actor: Actor, data: EntryInput) -> int:
    """One request into the work log (and, while a shift is on duty, into its duty log)."""
    actor.require(WORKLOG_WRITE)
    at = base.now()
    values = validate_entry(data, at)
    with unit_of_work(db, actor) as s:
        room = _room(s, values["room_code"])
        log = _open_log(s)
        entry = WorkLogEntry(at=values["at"], channel=values["channel"], caller=values["caller"],
                             room_id=room.id if room else None, room_code=room.code if room else "",
                             phone=values["phone"], category=values["category"], content=values["content"],
                             answer=values["answer"], transfer_to=values["transfer_to"],
                             duty_log_id=log.id if log else None)
        wf.create(s, actor, WORK_LOG, entry, when=at)
        if values["result"] != "open":
            _give_result(s, actor, entry, values["result"], values, at)
        _add_event(s, actor, DutyEventKind.WORKLOG, _event_summary(entry), entry.at, log=log,
                   ref_kind=WORK_LOG.kind, ref_id=entry.id, ref_number=entry.number)
        s.flush()
        return entry.id


def _get_entry(s: Session, entry_id: int, version: int | None = None) -> WorkLogEntry:
    entry = s.get(WorkLogEntry, entry_id)
    if entry is None:
        raise NotFound(T("WorkLog", "This work-log row no longer exists"))
    if version is not None and entry.version != version:
        raise ConflictError(STALE)
    return entry


def update_entry(db: Database, actor: Actor, entry_id: int, data: EntryInput, version: int | None = None,
                 *, keep_phone: bool = False) -> int:
    """Correct a row's details (not its result) while it is not closed or void. ``keep_phone`` leaves the
    stored phone as it is (the editor of a user who only sees it masked)."""
    actor.require(WORKLOG_WRITE)
    values = validate_entry(data, base.now(), phone=not keep_phone)
    with unit_of_work(db, actor) as s:
        entry = _get_entry(s, entry_id, version)
        if WORK_LOG.state(entry.status).terminal:
            raise ConflictError(T("WorkLog", "Row {number} is {state} and can no longer be changed").format(
                number=entry.number, state=WORK_LOG.state(entry.status).label))
        room = _room(s, values["room_code"])
        entry.at, entry.channel, entry.caller = values["at"], values["channel"], values["caller"]
        entry.room_id, entry.room_code = (room.id, room.code) if room else (None, "")
        if values["phone"] is not None:
            entry.phone = values["phone"]
        entry.category, entry.content = values["category"], values["content"]
        entry.answer = values["answer"] or entry.answer
        entry.transfer_to = values["transfer_to"] or entry.transfer_to
        s.flush()
        return entry.id


def act(db: Database, actor: Actor, entry_id: int, action: str, fields: dict | None = None,
        version: int | None = None) -> int:
    """Give a row its result or void it: ``answer`` (answer), ``transfer`` (transfer_to), ``close``
    (answer, if the row has none yet), ``void`` (reason). The engine checks state, role and fields."""
    actor.require(WORKLOG_WRITE)
    fields = dict(fields or {})
    checked = {"note": check_text(fields.get("note"), "note", str(T("WorkLog", "Note")), max_len=200,
                                  required=False)}
    if "answer" in fields:
        checked["answer"] = D.check_answer(fields["answer"])
    if "transfer_to" in fields:
        checked["transfer_to"] = D.check_transfer_to(fields["transfer_to"], required=False)
    if "reason" in fields:
        checked["reason"] = check_text(fields["reason"], "reason", str(T("Field", "Reason")), max_len=200,
                                       required=False)
    with unit_of_work(db, actor) as s:
        entry = _get_entry(s, entry_id, version)
        given = {"answer": checked.get("answer") or entry.answer,
                 "transfer_to": checked.get("transfer_to") or entry.transfer_to,
                 "reason": checked.get("reason", ""), "note": checked["note"]}
        if action not in {t.name for t in WORK_LOG.transitions}:
            raise ValidationError(T("WorkLog", "Unknown action"))
        needed = WORK_LOG.transition(action).required_fields
        wf.transition(s, actor, WORK_LOG, entry, action, {k: v for k, v in given.items()
                                                           if k in needed or k == "note"})
        if action in ("answer", "close") and checked.get("answer"):
            entry.answer = checked["answer"]
        if action == "transfer":
            entry.transfer_to = given["transfer_to"]
        if action == "close":
            entry.closed_at = base.now()
        s.flush()
        return entry.id


def _record_number(s: Session, kind: str, record_id: int) -> str:
    """The document number of a record of another workflow, found by its table (kind = table name)."""
    for mapper in Base.registry.mappers:
        table = getattr(mapper, "local_table", None)
        if table is not None and table.name == kind and "number" in table.c and "id" in table.c:
            return s.scalar(select(table.c.number).where(table.c.id == record_id)) or ""
    return ""


def link_record(db: Database, actor: Actor, entry_id: int, kind: str, record_id: int,
                number: str = "") -> int:
    """A row was turned into another workflow's record (转为…): link it, mark the row transferred (if it
    had no result yet or only an answer), and log the conversion in the duty log on duty."""
    actor.require(WORKLOG_WRITE)
    kind = check_text(kind, "kind", "kind", max_len=20)
    with unit_of_work(db, actor) as s:
        entry = _get_entry(s, entry_id)
        if entry.status == "void":
            raise ConflictError(T("WorkLog", "Row {number} is void").format(number=entry.number))
        number = (number or _record_number(s, kind, record_id))[:30]
        at = base.now()
        s.add(WorkLogLink(entry_id=entry.id, kind=kind, record_id=record_id, number=number, at=at,
                          staff_id=actor.staff_id))
        target = number or f"{kind} #{record_id}"
        if entry.status in ("open", "answered"):
            wf.transition(s, actor, WORK_LOG, entry, "transfer", {"transfer_to": target[:D.MAX_TRANSFER]})
            entry.transfer_to = target[:D.MAX_TRANSFER]
        _add_event(s, actor, DutyEventKind.CONVERSION, f"{entry.number} → {target}：{entry.content}", at,
                   ref_kind=kind, ref_id=record_id, ref_number=number)
        s.flush()
        return entry.id


# -------------------------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class EntryRow:
    id: int
    number: str
    at: datetime
    channel: str
    caller: str
    room_code: str
    phone: str
    category: str
    content: str
    answer: str
    status: str
    transfer_to: str
    closed_at: datetime | None
    links: tuple[str, ...]
    version: int
    flagged: bool
    sort_key: tuple

    @property
    def status_label(self) -> str:
        return str(WORK_LOG.state(self.status).label)

    @property
    def result(self) -> str:
        """The result column: the status, and where the request went."""
        extra = "、".join(self.links) or self.transfer_to
        return f"{self.status_label} {extra}".strip() if self.status == "transferred" else self.status_label


@dataclass(frozen=True)
class EntryView:
    id: int
    number: str
    version: int
    at: datetime
    channel: str
    caller: str
    room_code: str
    phone: str
    phone_masked: bool
    category: str
    content: str
    answer: str
    status: str
    transfer_to: str
    closed_at: datetime | None
    created_by: str
    duty_number: str
    links: tuple[WorkLogLink, ...]
    events: tuple = ()

    @property
    def status_label(self) -> str:
        return str(WORK_LOG.state(self.status).label)


ENTRY_SORT = (WorkLogEntry.at, WorkLogEntry.id)


def _entry_filter(q, *, day_from=None, day_to=None, channel=None, category=None, open_only=False, text=""):
    if day_from:
        q = q.where(WorkLogEntry.at >= datetime.combine(day_from, time()))
    if day_to:
        q = q.where(WorkLogEntry.at < datetime.combine(day_to + timedelta(days=1), time()))
    if open_only:
        q = q.where(WorkLogEntry.status == "open")
    if channel:
        q = q.where(WorkLogEntry.channel == channel)
    if category:
        q = q.where(WorkLogEntry.category == category)
    t = (text or "").strip()
    if t:
        like = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        q = q.where(or_(WorkLogEntry.caller.like(like, escape="\\"),
                        WorkLogEntry.content.like(like, escape="\\"),
                        and_(WorkLogEntry.room_code >= t.upper(), WorkLogEntry.room_code < t.upper() + "\U0010ffff"),
                        WorkLogEntry.phone.like(like, escape="\\"),
                        WorkLogEntry.number == t.upper()))
    return q


def list_entries(db: Database, actor: Actor, *, day_from: date | None = None, day_to: date | None = None,
                 channel: str | None = None, category: str | None = None, open_only: bool = False,
                 text: str = "", after: tuple | None = None, limit: int = 200) -> list[EntryRow]:
    """One page of the work log, newest first, keyset-paged by ``(at, id)``. Phones are masked unless
    the role may see them. Void rows are listed too (struck out by the page)."""
    actor.require(WORKLOG_VIEW)
    q = _entry_filter(select(WorkLogEntry), day_from=day_from, day_to=day_to, channel=channel,
                      category=category, open_only=open_only, text=text)
    if after:
        q = q.where(tuple_(*ENTRY_SORT) < tuple_(*after))
    q = q.order_by(WorkLogEntry.at.desc(), WorkLogEntry.id.desc()).limit(limit)
    see = actor.can(PEOPLE_SEE_ID)
    now = base.now()
    with db.read() as s:
        day_end = _settings(s).night_start
        entries = list(s.scalars(q))
        links: dict[int, list[str]] = {}
        if entries:
            for entry_id, number, kind, record_id in s.execute(
                    select(WorkLogLink.entry_id, WorkLogLink.number, WorkLogLink.kind, WorkLogLink.record_id)
                    .where(WorkLogLink.entry_id.in_([e.id for e in entries])).order_by(WorkLogLink.id)):
                links.setdefault(entry_id, []).append(number or f"{kind} #{record_id}")
    return [EntryRow(e.id, e.number, e.at, e.channel, e.caller, e.room_code,
                     e.phone if see else mask_phone(e.phone), e.category, e.content, e.answer, e.status,
                     e.transfer_to, e.closed_at, tuple(links.get(e.id, ())), e.version,
                     D.is_flagged(e.status, e.at, now, day_end), (e.at, e.id)) for e in entries]


def count_entries(db: Database, actor: Actor, **filters) -> tuple[int, int]:
    """``(rows, open rows)`` of a filter of :func:`list_entries` (void rows not counted)."""
    actor.require(WORKLOG_VIEW)
    filters = {k: filters.get(k) for k in ("day_from", "day_to", "channel", "category", "text")}
    opened = func.sum(case((WorkLogEntry.status == "open", 1), else_=0))
    q = _entry_filter(select(func.count(), opened).select_from(WorkLogEntry)
                      .where(WorkLogEntry.status != "void"), **filters)
    with db.read() as s:
        total, opened = s.execute(q).one()
    return total or 0, int(opened or 0)


def get_entry(db: Database, actor: Actor, entry_id: int) -> EntryView:
    actor.require(WORKLOG_VIEW)
    with db.read() as s:
        e = _get_entry(s, entry_id)
        see = actor.can(PEOPLE_SEE_ID) or e.created_by == actor.staff_id
        links = tuple(s.scalars(select(WorkLogLink).where(WorkLogLink.entry_id == e.id)
                                .order_by(WorkLogLink.id)))
        names = _names(s, [e.created_by])
        duty_number = s.scalar(select(DutyLog.number).where(DutyLog.id == e.duty_log_id)) \
            if e.duty_log_id else ""
        events = tuple(wf.events(s, WORK_LOG, e.id))
        return EntryView(e.id, e.number, e.version, e.at, e.channel, e.caller, e.room_code,
                         e.phone if see else mask_phone(e.phone), not see, e.category, e.content, e.answer,
                         e.status, e.transfer_to, e.closed_at, names.get(e.created_by, ""),
                         duty_number or "", links, events)


def room_codes(db: Database, actor: Actor, prefix: str, limit: int = 20) -> list[str]:
    """Room codes starting with ``prefix`` (the quick entry's completer), by an indexed range."""
    actor.require(WORKLOG_VIEW)
    p = D.check_room_code(prefix)
    if not p:
        return []
    with db.read() as s:
        return list(s.scalars(select(Room.code).where(Room.code >= p, Room.code < p + "\U0010ffff")
                              .order_by(Room.code).limit(limit)))


# -------------------------------------------------------------------------------------------- the day


@dataclass(frozen=True)
class Review:
    day: date
    reviewed_by: str
    reviewed_at: datetime
    total_rows: int
    open_rows: int
    note: str


@dataclass(frozen=True)
class DaySummary:
    day: date
    total: int
    open: int
    flagged: bool          # the day's desk hours are over and rows still have no result
    review: Review | None


def day_summary(db: Database, actor: Actor, day: date) -> DaySummary:
    actor.require(WORKLOG_VIEW)
    total, opened = count_entries(db, actor, day_from=day, day_to=day)
    now = base.now()
    with db.read() as s:
        day_end = _settings(s).night_start
        row = s.get(WorkLogReview, day)
        review = None
        if row is not None:
            review = Review(row.day, _names(s, [row.reviewed_by]).get(row.reviewed_by, ""), row.reviewed_at,
                            row.total_rows, row.open_rows, row.note)
    flagged = opened > 0 and (day < now.date() or now.time() >= day_end)
    return DaySummary(day, total, opened, flagged, review)


def review_day(db: Database, actor: Actor, day: date, note: str = "") -> None:
    """The supervisor's daily check (每日检查): the day's rows are read; open ones need a note on their
    follow-up. A day is checked once."""
    actor.require(WORKLOG_REVIEW)
    note = check_text(note, "note", str(T("WorkLog", "Note")), max_len=500, required=False)
    now = base.now()
    if day > now.date():
        raise ValidationError(T("WorkLog", "A day can be checked only once it has begun"), "day")
    total, opened = count_entries(db, actor, day_from=day, day_to=day)
    if opened and not note:
        raise ValidationError(T("WorkLog", "{n} rows have no result: note how they are followed up")
                              .format(n=opened), "note")
    with unit_of_work(db, actor) as s:
        row = s.get(WorkLogReview, day)
        if row is not None:
            name = _names(s, [row.reviewed_by]).get(row.reviewed_by, "")
            raise ConflictError(T("WorkLog", "The work log of {day} was checked already by {name} at {at}")
                                .format(day=day, name=name, at=f"{row.reviewed_at:%H:%M}"))
        s.add(WorkLogReview(day=day, reviewed_by=actor.staff_id, reviewed_at=now, total_rows=total,
                            open_rows=opened, note=note))


# ============================================================================================ registrations

_OPEN_GROUP = T("OpenItems", "Work-log requests without a result")


def _open_rows(s: Session, actor: Actor, now: datetime) -> list[OpenItem]:
    day_end = _settings(s).night_start
    total = s.scalar(select(func.count()).select_from(WorkLogEntry).where(WorkLogEntry.status == "open")) or 0
    rows = s.scalars(select(WorkLogEntry).where(WorkLogEntry.status == "open")
                     .order_by(WorkLogEntry.at.desc(), WorkLogEntry.id.desc()).limit(OPEN_ITEMS_LIMIT)).all()
    items = []
    for e in reversed(rows):
        what = " ".join(x for x in (e.caller, e.room_code) if x)
        title = f"{e.at:%m-%d %H:%M} {Channel(e.channel).label} {what}：{e.content}"
        items.append(OpenItem(_OPEN_GROUP, title, e.number, "worklog", e.id,
                              "alert" if D.is_flagged(e.status, e.at, now, day_end) else "attention"))
    if total > len(rows):
        items.append(OpenItem(_OPEN_GROUP, str(T("OpenItems", "… and {n} older ones (see the work log)")
                                              .format(n=total - len(rows))), page="worklog", level="alert"))
    return items


def _worklog_tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    day_end = _settings(s).night_start
    start = datetime.combine(today, time())
    today_rows = s.execute(select(WorkLogEntry.status, func.count()).where(
        WorkLogEntry.at >= start, WorkLogEntry.at < start + timedelta(days=1))
        .group_by(WorkLogEntry.status)).all()
    counts = dict(today_rows)
    open_today = counts.get("open", 0)
    total = sum(v for k, v in counts.items() if k != "void")
    older = s.scalar(select(func.count()).select_from(WorkLogEntry).where(
        WorkLogEntry.status == "open", WorkLogEntry.at < start)) or 0
    detail = str(T("Home", "{n} requests today").format(n=total))
    if older:
        detail += " · " + str(T("Home", "{n} open from earlier days").format(n=older))
    latest = s.scalars(select(WorkLogEntry).where(WorkLogEntry.status == "open", WorkLogEntry.at >= start)
                       .order_by(WorkLogEntry.at.desc(), WorkLogEntry.id.desc()).limit(5)).all()
    level = "alert" if older or (open_today and now.time() >= day_end) else (
        "attention" if open_today else "normal")
    return [dashboard.Tile(T("Home", "Work log: open requests today"), str(open_today), detail, "worklog",
                           level, [f"{e.at:%H:%M} {e.caller} {e.room_code} {e.content}".replace("  ", " ")
                                   for e in latest])]


def _shift_tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    title = T("Home", "Shift")
    log = _open_log(s)
    if log is None:
        handed = s.scalar(select(DutyLog).where(DutyLog.status == "handed_over")
                          .order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(1))
        if handed is not None:
            name = _names(s, [handed.handed_to_id]).get(handed.handed_to_id, "")
            return [dashboard.Tile(title, str(T("Home", "Handed over")), str(T(
                "Home", "{number} handed over to {name} at {at}, awaiting takeover").format(
                    number=handed.number, name=name, at=f"{handed.handed_at:%H:%M}")), "duty", "attention")]
        return [dashboard.Tile(title, "—", str(T("Home", "Nobody has taken over the shift")), "duty",
                               "alert")]
    view = _view(s, log)
    events = s.scalar(select(func.count()).select_from(DutyEvent).where(DutyEvent.duty_log_id == log.id))
    detail = str(T("Home", "{number} · since {at} · {n} events").format(
        number=log.number, at=f"{log.opened_at:%m-%d %H:%M}", n=events))
    return [dashboard.Tile(title, f"{view.shift_kind.label}", detail, "duty", "normal",
                           [view.on_duty])]


def _handover_form(session: Session, actor: Actor, number: str):
    """交接班记录 of one duty log, by its number (ZB…)."""
    actor.require(DUTY_VIEW)
    log = session.scalar(select(DutyLog).where(DutyLog.number == number.strip().upper()))
    if log is None:
        raise NotFound(T("Duty", "There is no duty log {number}").format(number=number))
    view = _view(session, log)
    events = _event_rows(session, log.id, None, None)
    st = _settings(session)
    shift = D.shift_at(datetime.combine(log.duty_date, st.day_start if log.shift == "day" else st.night_start),
                       st.day_start, st.night_start)
    from app.printing.forms.shift_handover import HandoverEvent, ShiftHandover  # reportlab: lazily
    return ShiftHandover(
        number=view.number, duty_date=view.duty_date, shift=shift.zh(),
        on_duty=[(m.name, m.joined_at) for m in view.members], opened_at=view.opened_at,
        events=[HandoverEvent(e.at, D.zh(e.kind), e.summary, e.ref_number, e.by) for e in events],
        carried_over=view.carried_over, open_items=[(i.group, i.title, i.number) for i in view.open_items],
        desk_keys=view.desk_keys, petty_items=view.petty_items,
        mail_count=view.mail_count if view.handed_at else None,
        handed_by=view.handed_by, handed_to=view.handed_to, handed_at=view.handed_at,
        acknowledged_by=view.acknowledged_by, acknowledged_at=view.acknowledged_at,
        without_handover=view.acknowledged_at is not None and view.handed_at is None,
        status=D.STATUS_ZH.get(view.status, view.status), printed_at=base.now(),
        audit_anchor=audit.anchor_text(session)), False


dashboard.register("shift", DUTY_VIEW, _shift_tiles)
dashboard.register("worklog", WORKLOG_VIEW, _worklog_tiles)
open_items.register("worklog", WORKLOG_VIEW, _open_rows)
printing.register_source("shift_handover", _handover_form)
