"""值班日志 / 交接班 (DOMAIN.md §2.6): taking over and handing over the shift, and the duty log's events.
Rules and fields live in :mod:`app.domain.duty`; the work log is :mod:`app.services.worklog`.

The duty log is a record kind (app.services.records): ``records.get`` shows a log (its rows, its timeline of
takeover and handover, the actions), and the 交班 form is the ``hand_over`` action, whose guard checks the
colleague and that the user is on duty, and whose effect keeps the open items of the moment with the log.

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

**Events.** A duty log's events (值班记事) are written by hand (:func:`add_event`), and added for each
work-log row saved and each conversion of a row into another workflow's record, in the same unit of work
(:func:`add_event_in`). They do not change the log itself, so a colleague's calls never make a handover
form stale.

Times are the estate's local wall-clock time (``base.now()``), like everywhere else.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, func, select, tuple_
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app.domain import duty as D
from app.domain.duty import DUTY_HANDOVER, DUTY_LOG, DUTY_VIEW, DutyEventKind, Shift
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import audit, base, dashboard, open_items, printing, records
from app.services.base import Actor, unit_of_work
from app.services.open_items import OpenItem
from db.engine import Database
from db.models import RolePermission, Staff
from db.models.duty import DutyEvent, DutyLog, DutyMember

if TYPE_CHECKING:
    from app.printing.forms.shift_handover import ShiftHandover

Q = TypeVar("Q", bound=Select[Any])

DUTY_KIND = DUTY_LOG.kind
PAGE = "duty"
#: PostgreSQL: two desks taking over at once queue up here (SQLite: BEGIN IMMEDIATE already does)
_TAKEOVER_LOCK = 7412

# ============================================================================================ shifts


@dataclass(frozen=True)
class ShiftSettings:
    day_start: time
    night_start: time
    early_minutes: int


def settings(s: Session) -> ShiftSettings:
    from app.services import params
    values = params.load(s)
    return ShiftSettings(values["duty.day_shift_start"], values["duty.night_shift_start"],
                         values["duty.early_takeover_minutes"])


def _takeover_shift(s: Session, at: datetime) -> Shift:
    st = settings(s)
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
class ShiftEvent:
    """One entry of a duty log (值班记事): written by hand, or logged for a work-log row or a conversion."""

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


@dataclass(frozen=True)
class DutyLogDetail:
    """What the duty page, the 交接班 dialog and the printed record read of a log beyond the kit's view."""

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
    #: the shift is on duty now: its open items are the live ones
    current: bool
    #: events may be added to it by this user (it is on duty, and they may take over shifts)
    takes_events: bool

    @property
    def shift_kind(self) -> D.ShiftKind:
        return D.ShiftKind(self.shift)

    @property
    def on_duty(self) -> str:
        return "、".join(m.name for m in self.members)

    @property
    def without_handover(self) -> bool:
        return self.acknowledged_at is not None and self.handed_at is None

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

    @property
    def tone(self) -> str:
        return DUTY_LOG.state(self.status).shown_tone


def _snapshot(text: str) -> tuple[SnapshotItem, ...]:
    if not text:
        return ()
    try:
        return tuple(SnapshotItem(*row) for row in json.loads(text))
    except (ValueError, TypeError):
        return ()


def _detail(s: Session, actor: Actor, log: DutyLog) -> DutyLogDetail:
    members = s.execute(select(DutyMember.staff_id, DutyMember.joined_at)
                        .where(DutyMember.duty_log_id == log.id).order_by(DutyMember.joined_at,
                                                                           DutyMember.id)).all()
    names = records.names(s, [m.staff_id for m in members]
                          + [log.handed_by_id, log.handed_to_id, log.acknowledged_by_id])
    return DutyLogDetail(
        log.duty_date, log.shift, log.opened_at,
        tuple(Member(sid, names.get(sid, "?"), at) for sid, at in members), log.carried_over or "",
        _snapshot(log.open_items), log.desk_keys or "", log.petty_items or "", log.mail_count or 0,
        names.get(log.handed_by_id or 0, ""), log.handed_to_id, names.get(log.handed_to_id or 0, ""), log.handed_at,
        names.get(log.acknowledged_by_id or 0, ""), log.acknowledged_at, log.ack_note or "",
        log.status == "on_duty", log.status == "on_duty" and actor.can(DUTY_HANDOVER))


def _when(value: datetime | None) -> str:
    return f"{value:%m-%d %H:%M}" if value else ""


def _rows(s: Session, actor: Actor, log: DutyLog) -> list[tuple[Text | str, str]]:
    v = _detail(s, actor, log)
    rows: list[tuple[Text | str, str]] = [
        (T("Duty", "On duty"), f"{v.on_duty} · " + str(T("Duty", "since {at}").format(at=_when(v.opened_at))))]
    if v.handed_at:
        rows += [(T("Duty", "Handed over"), str(T("Duty", "{by} to {to} at {at}").format(
                     by=v.handed_by, to=v.handed_to, at=_when(v.handed_at)))),
                 (T("Duty", "Carried over"), v.carried_over),
                 (T("Duty", "Front-desk keys"), v.desk_keys or "—"),
                 (T("Duty", "Petty items"), v.petty_items or "—"),
                 (T("Duty", "Undelivered mail"), str(v.mail_count))]
    elif log.status == "on_duty":
        rows.append((T("Duty", "Handed over"), str(T("Duty", "not yet"))))
    if v.acknowledged_at:
        taken = str(T("Duty", "by {by} at {at}").format(by=v.acknowledged_by, at=_when(v.acknowledged_at)))
        taken += str(T("Duty", " (without a handover)")) if v.without_handover else ""
        rows.append((T("Duty", "Taken over"), taken + (f" · {v.ack_note}" if v.ack_note else "")))
    return rows


def _title(log: DutyLog) -> str:
    return f"{log.duty_date:%Y-%m-%d} {D.ShiftKind(log.shift).label}"


def open_log_in(s: Session) -> DutyLog | None:
    """The log on duty now (the newest, should two desks have opened one each), in an open unit of work."""
    return s.scalar(select(DutyLog).where(DutyLog.status == "on_duty")
                    .order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(1))


def _is_member(s: Session, log_id: int, staff_id: int | None) -> bool:
    return staff_id is not None and s.scalar(select(DutyMember.id).where(
        DutyMember.duty_log_id == log_id, DutyMember.staff_id == staff_id)) is not None


def open_log(db: Database, actor: Actor) -> records.RecordView | None:
    """The duty log on duty now (the newest, should two desks have opened one each), or ``None``."""
    actor.require(DUTY_VIEW)
    with db.read() as s:
        log = open_log_in(s)
        return records.view(s, actor, DUTY_KIND, log) if log else None


LOG_SORT = (DutyLog.opened_at, DutyLog.id)


def list_logs(db: Database, actor: Actor, *, status: str = "all", text: str = "", date_from: date | None = None,
              date_to: date | None = None, after: tuple | None = None, limit: int = 200) -> list[DutyLogRow]:
    """The history of shifts, newest first, keyset-paged by ``(opened_at, id)``."""
    actor.require(DUTY_VIEW)
    q = _log_filter(select(DutyLog), status, text, date_from, date_to)
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
        names = records.names(s, [i for m in members.values() for i in m]
                              + [lg.handed_to_id for lg in logs] + [lg.acknowledged_by_id for lg in logs])
        return [DutyLogRow(lg.id, lg.number, lg.status, lg.duty_date, lg.shift, lg.opened_at,
                           "、".join(names.get(i, "?") for i in members.get(lg.id, [])),
                           names.get(lg.handed_to_id or 0, ""), lg.handed_at,
                           names.get(lg.acknowledged_by_id or 0, ""), counts.get(lg.id, 0), (lg.opened_at, lg.id))
                for lg in logs]


def count_logs(db: Database, actor: Actor, *, status: str = "all", text: str = "", date_from: date | None = None,
               date_to: date | None = None) -> int:
    actor.require(DUTY_VIEW)
    with db.read() as s:
        return s.scalar(_log_filter(select(func.count()).select_from(DutyLog), status, text, date_from,
                                    date_to)) or 0


def _log_filter(q: Q, status: str, text: str, date_from: date | None, date_to: date | None) -> Q:
    """Logs in a state (or all), by the start of a number (ZB20250612), opened in a range of days."""
    if status not in ("", "all"):
        q = q.where(DutyLog.status == DUTY_LOG.filter_state(status))
    if text.strip():
        q = q.where(DutyLog.number.startswith(text.strip().upper()))
    if date_from:
        q = q.where(DutyLog.opened_at >= datetime.combine(date_from, time()))
    if date_to:
        q = q.where(DutyLog.opened_at < datetime.combine(date_to + timedelta(days=1), time()))
    return q


def _events(s: Session, log_id: int, after: tuple | None = None, limit: int | None = None) -> list[ShiftEvent]:
    q = select(DutyEvent).where(DutyEvent.duty_log_id == log_id)
    if after:
        q = q.where(tuple_(DutyEvent.at, DutyEvent.id) > tuple_(*after))
    q = q.order_by(DutyEvent.at, DutyEvent.id)
    if limit:
        q = q.limit(limit)
    events = list(s.scalars(q))
    names = records.names(s, [e.staff_id for e in events])
    return [ShiftEvent(e.id, e.at, e.kind, e.summary, e.ref_kind or "", e.ref_id, e.ref_number or "",
                       names.get(e.staff_id or 0, ""), (e.at, e.id)) for e in events]


def list_events(db: Database, actor: Actor, log_id: int, *, after: tuple | None = None,
                limit: int = 200) -> list[ShiftEvent]:
    """A duty log's events in time order, keyset-paged by ``(at, id)``."""
    actor.require(DUTY_VIEW)
    with db.read() as s:
        return _events(s, log_id, after, limit)


# ============================================================================================ takeover


@dataclass(frozen=True)
class Handover:
    """What the 交接班 dialog shows and what 已阅/接班 will do (see the module docstring)."""

    mode: str
    shift: Shift
    previous: records.RecordView | None
    previous_events: tuple[ShiftEvent, ...]
    current: records.RecordView | None
    open_items: tuple[OpenItem, ...]
    at: datetime
    #: why this user may not acknowledge the handover (handed over to someone else, or by them): None if they may
    refusal: Text | None = None

    @property
    def key(self) -> tuple:
        """What the user read; :func:`take_over` refuses when it no longer holds."""
        prev = (self.previous.id, self.previous.version) if self.previous else (None, None)
        return (self.mode, *prev, self.current.id if self.current else None)


def _situation(s: Session, actor: Actor,
               at: datetime) -> tuple[str, Shift, DutyLog | None, DutyLog | None]:
    """``(mode, shift, previous log, current log)`` for the actor taking over at ``at``."""
    shift = _takeover_shift(s, at)
    current = open_log_in(s)
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


def _named_may_take_over(s: Session, staff_id: int | None) -> bool:
    """Whether the colleague a log was handed over to can still take a shift (active, role permitted)."""
    if staff_id is None:
        return False
    role = s.scalar(select(Staff.role).where(Staff.id == staff_id, Staff.active.is_(True)))
    return role is not None and s.scalar(select(RolePermission.role).where(
        RolePermission.role == role, RolePermission.permission == DUTY_HANDOVER)) is not None


def _refusal(s: Session, actor: Actor, mode: str, previous: DutyLog | None) -> Text | None:
    """Why the actor may not acknowledge ``previous`` (app.domain.duty.takeover_refusal), or None."""
    if mode != "acknowledge" or previous is None:
        return None
    outgoing = set(s.scalars(select(DutyMember.staff_id).where(DutyMember.duty_log_id == previous.id)))
    if previous.handed_by_id is not None:
        outgoing.add(previous.handed_by_id)
    name = records.names(s, [previous.handed_to_id]).get(previous.handed_to_id or 0, "")
    return D.takeover_refusal(actor.staff_id, previous.number, outgoing, previous.handed_to_id, name,
                              _named_may_take_over(s, previous.handed_to_id))


def needs_takeover(db: Database, actor: Actor) -> bool:
    """Whether the user should take over (or join) the shift now: they may, and are not on duty."""
    if not actor.can(DUTY_HANDOVER):
        return False
    with db.read() as s:
        current = open_log_in(s)
        return current is None or not _is_member(s, current.id, actor.staff_id)


def handover_brief(db: Database, actor: Actor, at: datetime | None = None) -> Handover:
    """The previous shift's duty log (with its events) and the open items, for the 交接班 dialog."""
    actor.require(DUTY_VIEW)
    at = at or base.now()
    with db.read() as s:
        mode, shift, previous, current = _situation(s, actor, at)
        prev_view = records.view(s, actor, DUTY_KIND, previous) if previous is not None else None
        events = tuple(_events(s, previous.id)) if previous is not None else ()
        cur_view = records.view(s, actor, DUTY_KIND, current) if current is not None else None
        items = tuple(open_items.collect_in(s, actor, at))
        refusal = _refusal(s, actor, mode, previous)
    return Handover(mode, shift, prev_view, events, cur_view, items, at, refusal)


MSG_CHANGED = T("Duty", "The shift changed while you were reading it (another desk took over or handed "
                        "over). Read the handover again.")


def take_over(db: Database, actor: Actor, key: tuple, note: str = "") -> int:
    """已阅/接班: acknowledge what the user read (``Handover.key``) and go on duty; returns the log id.

    Refused when the user is on duty already, or when the situation is no longer the one they read.
    """
    actor.require(DUTY_HANDOVER)
    note = D.TAKEOVER_NOTE.parse(note)
    with unit_of_work(db, actor) as s:
        if s.connection().dialect.name == "postgresql":
            s.connection().execute(sql_text(f"SELECT pg_advisory_xact_lock({_TAKEOVER_LOCK})"))
        at = base.now()
        mode, shift, previous, current = _situation(s, actor, at)
        if mode == "on_duty" and current is not None:     # (on duty and join: with the current log)
            raise ConflictError(T("Duty", "You are on duty already ({number}).").format(number=current.number))
        found = (mode, *((previous.id, previous.version) if previous else (None, None)),
                 current.id if current else None)
        if tuple(key) != found:
            raise ConflictError(MSG_CHANGED)
        refusal = _refusal(s, actor, mode, previous)
        if refusal is not None:
            raise PermissionDenied(refusal)
        if mode == "join" and current is not None:
            s.add(DutyMember(duty_log_id=current.id, staff_id=actor.staff_id, joined_at=at))
            s.flush()
            return current.id
        if mode in ("acknowledge", "take_over"):
            records.act_in(s, actor, DUTY_KIND, previous, mode, {"note": note}, version=key[2])
        log = DutyLog(duty_date=shift.day, shift=shift.kind.value, opened_at=at)
        records.create_in(s, actor, DUTY_KIND, log, note=note, when=at)
        s.add(DutyMember(duty_log_id=log.id, staff_id=actor.staff_id, joined_at=at))
        s.flush()
        return log.id


def _acknowledged(ctx: records.Act) -> None:
    log = ctx.record
    log.acknowledged_by_id, log.acknowledged_at, log.ack_note = ctx.actor.staff_id, ctx.now, ctx.values["note"]


# ============================================================================================ handover


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


def _may_hand_over(ctx: records.Act) -> None:
    """交班 to a colleague who may take over shifts, by someone on duty in this log."""
    colleague = ctx.resolved["handed_to"]
    if colleague.id == ctx.actor.staff_id:
        raise ValidationError(T("Duty", "Hand over to a colleague, not to yourself"), "handed_to")
    if not ctx.session.scalar(select(RolePermission.role).where(RolePermission.role == colleague.role,
                                                                RolePermission.permission == DUTY_HANDOVER)):
        raise ValidationError(T("Duty", "{name} may not take over a shift").format(name=colleague.name), "handed_to")
    if not _is_member(ctx.session, ctx.record.id, ctx.actor.staff_id):
        raise PermissionDenied(T("Duty", "Only someone on duty in this shift can hand it over"))


def _handed_over(ctx: records.Act) -> None:
    """Who handed over when, the mail count, and the open items of the moment kept with the log."""
    log = ctx.record
    log.handed_by_id, log.handed_at = ctx.actor.staff_id, ctx.now
    log.mail_count = ctx.values["mail_count"] or 0
    items = open_items.collect_in(ctx.session, ctx.actor, ctx.now)
    log.open_items = json.dumps([[str(i.group), i.title, i.number, i.level] for i in items], ensure_ascii=False)


def pending_handover(db: Database, actor: Actor) -> records.RecordView | None:
    """The log this user handed over that nobody has acknowledged yet (signing out asks about it), or None."""
    if actor.staff_id is None or not actor.can(DUTY_VIEW):
        return None
    with db.read() as s:
        log = s.scalar(select(DutyLog).where(DutyLog.status == "handed_over", DutyLog.handed_by_id == actor.staff_id)
                       .order_by(DutyLog.handed_at.desc(), DutyLog.id.desc()).limit(1))
        return records.view(s, actor, DUTY_KIND, log) if log is not None else None


def leave_before_takeover(db: Database, actor: Actor, log_id: int) -> None:
    """The outgoing person signs out while their handover still waits: kept on the log's timeline (``leave``)
    and in the audit trail. Nothing is recorded if it was acknowledged meanwhile."""
    with unit_of_work(db, actor) as s:
        log = records.load(s, DUTY_KIND, log_id)
        if log.status != "handed_over":
            return
        records.act_in(s, actor, DUTY_KIND, log, "leave", {})
        name = records.names(s, [log.handed_to_id]).get(log.handed_to_id or 0, "")
        audit.record(s, "leave_before_takeover", "duty_log", log.id, after={"number": log.number,
                                                                             "handed_to": name})


def last_handover_items(db: Database, actor: Actor) -> dict:
    """The physical items of the last handover (the form starts from them: keys rarely change)."""
    actor.require(DUTY_VIEW)
    with db.read() as s:
        log = s.scalar(select(DutyLog).where(DutyLog.handed_at.is_not(None))
                       .order_by(DutyLog.handed_at.desc(), DutyLog.id.desc()).limit(1))
        if log is None:
            return {}
        return {"desk_keys": log.desk_keys, "petty_items": log.petty_items}


DUTY_RECORDS = records.register(records.RecordKind(
    DUTY_LOG, DutyLog, DUTY_VIEW, page=PAGE, title=_title, rows=_rows, detail=_detail,
    guards={"hand_over": _may_hand_over},
    effects={"hand_over": _handed_over, "acknowledge": _acknowledged, "take_over": _acknowledged},
    not_found=T("Duty", "This duty log no longer exists")))


# ============================================================================================ events


def add_event_in(s: Session, actor: Actor, kind: DutyEventKind, summary: str, at: datetime, *,
                 log: DutyLog | None = None, ref: tuple[str, int | None, str] = ("", None, "")) -> DutyEvent | None:
    """An event of ``log`` (default: the log on duty, if any) in an open unit of work; ``ref`` is the linked
    record (kind, id, number)."""
    log = log if log is not None else open_log_in(s)
    if log is None:
        return None
    return _add_event(s, actor, kind, summary, at, log, ref)


def _add_event(s: Session, actor: Actor, kind: DutyEventKind, summary: str, at: datetime, log: DutyLog,
               ref: tuple[str, int | None, str] = ("", None, "")) -> DutyEvent:
    ref_kind, ref_id, ref_number = ref
    event = DutyEvent(duty_log_id=log.id, at=at, staff_id=actor.staff_id, kind=kind.value,
                      summary=summary[:D.MAX_EVENT], ref_kind=ref_kind, ref_id=ref_id, ref_number=ref_number)
    s.add(event)
    return event


def add_event(db: Database, actor: Actor, summary: str, log_id: int | None = None) -> int:
    """A duty-log entry written by hand, on the log on duty (or the given one, if still on duty)."""
    actor.require(DUTY_HANDOVER)
    summary = D.EVENT_SUMMARY.parse(summary)
    with unit_of_work(db, actor) as s:
        log = records.load(s, DUTY_KIND, log_id) if log_id is not None else open_log_in(s)
        if log is None:
            raise ConflictError(T("Duty", "Nobody has taken over the shift: take it over first"))
        if log.status != "on_duty":
            raise ConflictError(T("Duty", "Duty log {number} was handed over; events go to the shift on "
                                          "duty").format(number=log.number))
        event = _add_event(s, actor, DutyEventKind.MANUAL, summary, base.now(), log)
        s.flush()
        return event.id


# ============================================================================================ desk hooks


def _shift_tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    title = T("Home", "Shift")
    log = open_log_in(s)
    if log is None:
        handed = s.scalar(select(DutyLog).where(DutyLog.status == "handed_over")
                          .order_by(DutyLog.opened_at.desc(), DutyLog.id.desc()).limit(1))
        if handed is not None:
            name = records.names(s, [handed.handed_to_id]).get(handed.handed_to_id or 0, "")
            return [dashboard.Tile(title, str(T("Home", "Handed over")), str(T(
                "Home", "{number} handed over to {name} at {at}, awaiting takeover").format(
                    number=handed.number, name=name, at=f"{handed.handed_at:%H:%M}")), PAGE, "attention")]
        return [dashboard.Tile(title, "—", str(T("Home", "Nobody has taken over the shift")), PAGE, "alert")]
    detail = _detail(s, actor, log)
    events = s.scalar(select(func.count()).select_from(DutyEvent).where(DutyEvent.duty_log_id == log.id))
    text = str(T("Home", "{number} · since {at} · {n} events").format(
        number=log.number, at=f"{log.opened_at:%m-%d %H:%M}", n=events))
    return [dashboard.Tile(title, f"{detail.shift_kind.label}", text, PAGE, "normal", [detail.on_duty])]


def _handover_form(session: Session, actor: Actor, number: str) -> tuple[ShiftHandover, bool]:
    """交接班记录 of one duty log, by its number (ZB…)."""
    actor.require(DUTY_VIEW)
    log = session.scalar(select(DutyLog).where(DutyLog.number == number.strip().upper()))
    if log is None:
        raise NotFound(T("Duty", "There is no duty log {number}").format(number=number))
    v = _detail(session, actor, log)
    st = settings(session)
    shift = D.shift_at(datetime.combine(log.duty_date, st.day_start if log.shift == "day" else st.night_start),
                       st.day_start, st.night_start)
    from app.printing.forms.shift_handover import HandoverEvent, ShiftHandover  # reportlab: lazily
    return ShiftHandover(
        number=log.number, duty_date=v.duty_date, shift=shift.printed(),
        on_duty=[(m.name, m.joined_at) for m in v.members], opened_at=v.opened_at,
        events=[HandoverEvent(e.at, DutyEventKind.printed(e.kind), e.summary, e.ref_number, e.by)
                for e in _events(session, log.id)],
        carried_over=v.carried_over, open_items=[(i.group, i.title, i.number) for i in v.open_items],
        desk_keys=v.desk_keys, petty_items=v.petty_items, mail_count=v.mail_count if v.handed_at else None,
        handed_by=v.handed_by, handed_to=v.handed_to, handed_at=v.handed_at,
        acknowledged_by=v.acknowledged_by, acknowledged_at=v.acknowledged_at,
        without_handover=v.without_handover, status=DUTY_LOG.state(log.status).printed,
        printed_at=base.now(), audit_anchor=audit.anchor_text(session)), False


dashboard.register("shift", DUTY_VIEW, _shift_tiles)
printing.register_source("shift_handover", _handover_form)
