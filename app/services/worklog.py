"""工作日志 (DOMAIN.md §2.6): every phone or counter request as one row, its result, the records it was turned
into, and the supervisor's daily check. Rules and fields live in :mod:`app.domain.duty`.

A row is a record kind (app.services.records): ``records.act`` gives it its result (answer, transfer, close)
or voids it, and ``records.get`` shows it. :func:`create_entry` logs a new row — with its result at once when
the quick entry gives one — and, while a shift is on duty, an event in its duty log, in one unit of work.

A row is due a result by the end of its desk day: its ``result`` clock runs to then (correcting its time moves
it), so lists, the handover's open items and the home tiles read "overdue" through the clock index. Phones
are shown masked unless the role may see them, or the user typed them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, case, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import duty as D
from app.domain.duty import WORK_LOG, WORKLOG_REVIEW, WORKLOG_VIEW, WORKLOG_WRITE, Channel, DutyEventKind, Result
from app.domain.errors import ConflictError, ValidationError
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.validation import check_text, mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, clocks, dashboard, duty, open_items, records
from app.services.base import Actor, unit_of_work
from app.services.open_items import OpenItem
from app.services.shared import Query, StatusRow, counted, stamp
from db.engine import Database
from db.models import Base, Room
from db.models.duty import DutyLog, WorkLogEntry, WorkLogLink, WorkLogReview

#: a list's row: the entry and its running deadline (None once it has a result)
_EntryLine = tuple[WorkLogEntry, datetime | None]

WORK_KIND = WORK_LOG.kind
PAGE = "worklog"
CLOCK = "result"
OPEN_ITEMS_LIMIT = 200

# ============================================================================================ writing


@dataclass
class EntryInput:
    """A work-log row as typed in the quick entry (``at`` blank: now; ``result`` blank: open)."""

    caller: str = ""
    content: str = ""
    channel: str = Channel.PHONE.value
    category: str = D.Category.ENQUIRY.value
    room: str = ""
    phone: str = ""
    answer: str = ""
    result: str = ""
    transfer_to: str = ""
    at: str | datetime = ""


def validate_entry(data: EntryInput, now: datetime, *, phone: bool = True) -> dict[str, Any]:
    """The typed values of a row by its declared fields (everything but whether its room exists), or the
    first field's ValidationError; ``phone=False`` leaves the phone out (kept as stored)."""
    raw = vars(data)
    values: dict[str, Any] = {"at": D.parse_request_time(data.at, now),
                              "result": D.RESULT.parse(raw["result"]) or Result.OPEN.value}
    for spec in D.ENTRY_FIELDS:
        if spec is D.PHONE and not phone:
            continue
        values[spec.key] = spec.parse(raw[spec.key], now=now, values=values)
    if phone:
        values["phone"] = D.check_caller_phone(values["phone"], values["channel"])
    return values


def _room(s: Session, code: str) -> Room | None:
    return records.room(s, code, "room") if code else None


def _row_columns(values: dict[str, Any], room: Room | None) -> dict[str, Any]:
    columns = {spec.column or spec.key: values[spec.key] for spec in D.ENTRY_FIELDS if spec.key in values}
    columns.update(at=values["at"], room_id=room.id if room else None, room_code=room.code if room else "")
    return columns


def create_entry(db: Database, actor: Actor, data: EntryInput) -> int:
    """One request into the work log (and, while a shift is on duty, into its duty log)."""
    actor.require(WORKLOG_WRITE)
    at = base.now()
    values = validate_entry(data, at)
    with unit_of_work(db, actor) as s:
        log = duty.open_log_in(s)
        entry = WorkLogEntry(**_row_columns(values, _room(s, values["room"])), duty_log_id=log.id if log else None)
        records.create_in(s, actor, WORK_KIND, entry, when=at,
                          data={"result_due": D.result_due(entry.at, duty.settings(s).night_start)})
        action = Result(values["result"]).action
        if action:
            records.act_in(s, actor, WORK_KIND, entry, action, {"answer": values["answer"],
                                                                "transfer_to": values["transfer_to"]})
        who = " ".join(x for x in (entry.caller, entry.room_code) if x)
        duty.add_event_in(s, actor, DutyEventKind.WORKLOG, f"{who}：{entry.content}", entry.at, log=log,
                          ref=(WORK_KIND, entry.id, entry.number))
        s.flush()
        return entry.id


def update_entry(db: Database, actor: Actor, entry_id: int, data: EntryInput, version: int | None = None,
                 *, keep_phone: bool = False) -> int:
    """Correct a row's details (not its result) while it is not closed or void; a new time of an open row
    moves its deadline. ``keep_phone`` leaves the stored phone as it is (the editor of a user who only sees
    it masked)."""
    actor.require(WORKLOG_WRITE)
    values = validate_entry(data, base.now(), phone=not keep_phone)
    with unit_of_work(db, actor) as s:
        entry: WorkLogEntry = records.load(s, WORK_KIND, entry_id, version)
        state = WORK_LOG.state(entry.status)
        if state.terminal:
            raise ConflictError(T("WorkLog", "Row {number} is {state} and can no longer be changed").format(
                number=entry.number, state=state.label))
        retimed = values["at"] != entry.at and _may(entry, "retime")
        columns = _row_columns(values, _room(s, values["room"]))
        columns["answer"] = columns["answer"] or entry.answer
        columns["transfer_to"] = columns["transfer_to"] or entry.transfer_to
        for key, value in columns.items():
            setattr(entry, key, value)
        if retimed:
            records.act_in(s, actor, WORK_KIND, entry, "retime", {})
        s.flush()
        return entry.id


def _may(entry: WorkLogEntry, action: str) -> bool:
    """Whether ``action`` applies to the row in its state (the caller's permission is checked already)."""
    return WORK_LOG.transition(action).applies_from(WORK_LOG.state(entry.status))


def _retimed(ctx: records.Act) -> None:
    ctx.data["result_due"] = D.result_due(ctx.record.at, duty.settings(ctx.session).night_start)


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
        entry: WorkLogEntry = records.load(s, WORK_KIND, entry_id)
        if entry.status == "void":
            raise ConflictError(T("WorkLog", "Row {number} is void").format(number=entry.number))
        number = (number or _record_number(s, kind, record_id))[:30]
        at = base.now()
        s.add(WorkLogLink(entry_id=entry.id, kind=kind, record_id=record_id, number=number, at=at,
                          staff_id=actor.staff_id))
        target = (number or f"{kind} #{record_id}")[:D.MAX_TRANSFER]
        if _may(entry, "transfer"):
            records.act_in(s, actor, WORK_KIND, entry, "transfer", {"transfer_to": target})
        duty.add_event_in(s, actor, DutyEventKind.CONVERSION, f"{entry.number} → {target}：{entry.content}", at,
                          ref=(kind, record_id, number))
        s.flush()
        return entry.id


# ============================================================================================ reading


@dataclass(frozen=True)
class EntryRow(StatusRow):
    WORKFLOW = WORK_LOG

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
    overdue: bool
    sort_key: tuple

    @property
    def flagged(self) -> bool:
        """Still without a result after its desk day (the ``result`` clock ran out)."""
        return self.overdue

    @property
    def result(self) -> str:
        """The result column: the status, and where the request went."""
        extra = "、".join(self.links) or self.transfer_to
        return f"{self.status_label} {extra}".strip() if self.status == "transferred" else self.status_label


@dataclass(frozen=True)
class Conversion:
    """A record a row was turned into (转为…)."""

    kind: str
    record_id: int
    number: str


@dataclass(frozen=True)
class EntryDetail:
    """What the work-log page reads of a row beyond the kit's view (its editor, 转为…)."""

    at: datetime
    channel: str
    caller: str
    room_code: str
    phone: str
    phone_masked: bool
    category: str
    content: str
    answer: str
    transfer_to: str
    closed_at: datetime | None
    created_by: str
    duty_number: str
    conversions: tuple[Conversion, ...]
    #: its details may be corrected by this user (it is not closed or void)
    editable: bool
    #: it may be turned into another workflow's record (it is not void)
    convertible: bool


def _detail(s: Session, actor: Actor, e: WorkLogEntry) -> EntryDetail:
    see = actor.can(PEOPLE_SEE_ID) or e.created_by == actor.staff_id
    links = tuple(Conversion(lk.kind, lk.record_id, lk.number) for lk in s.scalars(
        select(WorkLogLink).where(WorkLogLink.entry_id == e.id).order_by(WorkLogLink.id)))
    duty_number = s.scalar(select(DutyLog.number).where(DutyLog.id == e.duty_log_id)) if e.duty_log_id else ""
    writer = actor.can(WORKLOG_WRITE)
    return EntryDetail(e.at, e.channel, e.caller, e.room_code, e.phone if see else mask_phone(e.phone), not see,
                       e.category, e.content, e.answer, e.transfer_to, e.closed_at,
                       records.names(s, [e.created_by]).get(e.created_by or 0, ""), duty_number or "", links,
                       writer and not WORK_LOG.state(e.status).terminal, writer and e.status != "void")


def _rows(s: Session, actor: Actor, e: WorkLogEntry) -> list[tuple[Text | str, str]]:
    v = _detail(s, actor, e)
    result = str(WORK_LOG.state(e.status).label) + (f" · {v.transfer_to}" if v.transfer_to else "")
    return [
        (D.AT.label, f"{v.at:%Y-%m-%d %H:%M}"), (D.CHANNEL.label, D.CHANNEL.show(v.channel)),
        (D.CATEGORY.label, D.CATEGORY.show(v.category)), (D.CALLER.label, v.caller),
        (D.ROOM.label, v.room_code), (D.PHONE.label, v.phone), (D.CONTENT.label, v.content),
        (D.ENTRY_ANSWER.label, v.answer), (D.RESULT.label, result),
        (T("WorkLog", "Closed at"), f"{v.closed_at:%Y-%m-%d %H:%M}" if v.closed_at else ""),
        (T("WorkLog", "Turned into"), "、".join(c.number or f"{c.kind} #{c.record_id}" for c in v.conversions)),
        (T("WorkLog", "Recorded by"), " · ".join(x for x in (v.created_by, v.duty_number) if x)),
    ]


def _title(e: WorkLogEntry) -> str:
    return " ".join(x for x in (e.caller, e.room_code) if x)


ENTRY_SORT = (WorkLogEntry.at, WorkLogEntry.id)


def _entry_filter(q: Query, *, status: str = "all", date_from: date | None = None, date_to: date | None = None,
                  channel: str | None = None, category: str | None = None, text: str = "",
                  now: datetime | None = None) -> Query:
    if date_from:
        q = q.where(WorkLogEntry.at >= datetime.combine(date_from, time()))
    if date_to:
        q = q.where(WorkLogEntry.at < datetime.combine(date_to + timedelta(days=1), time()))
    if status == "overdue":
        q = q.where(WorkLogEntry.id.in_(clocks.overdue(WORK_KIND, CLOCK, now or base.now())))
    elif status not in ("", "all"):
        q = q.where(WorkLogEntry.status == WORK_LOG.filter_state(status))
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


def list_entries(db: Database, actor: Actor, *, after: tuple | None = None, limit: int = 200,
                 **filters: Any) -> list[EntryRow]:
    """One page of the work log, newest first, keyset-paged by ``(at, id)``; ``filters`` as
    :func:`_entry_filter` takes them. Phones are masked unless the role may see them. Void rows are listed
    too (muted by the page)."""
    actor.require(WORKLOG_VIEW)
    now = base.now()
    q, clock = clocks.deadline_of(select(WorkLogEntry), WorkLogEntry, WORK_KIND, CLOCK)
    q = _entry_filter(q.add_columns(clock.due_at), now=now, **filters)
    if after:
        q = q.where(tuple_(*ENTRY_SORT) < tuple_(*after))
    q = q.order_by(WorkLogEntry.at.desc(), WorkLogEntry.id.desc()).limit(limit)
    see = actor.can(PEOPLE_SEE_ID)
    with db.read() as s:
        found: Sequence[_EntryLine] = s.execute(q).all()
        links: dict[int, list[str]] = {}
        if found:
            for entry_id, number, kind, record_id in s.execute(
                    select(WorkLogLink.entry_id, WorkLogLink.number, WorkLogLink.kind, WorkLogLink.record_id)
                    .where(WorkLogLink.entry_id.in_([e.id for e, _ in found])).order_by(WorkLogLink.id)):
                links.setdefault(entry_id, []).append(number or f"{kind} #{record_id}")
    return [EntryRow(e.id, e.number, e.at, e.channel, e.caller, e.room_code,
                     e.phone if see else mask_phone(e.phone), e.category, e.content, e.answer, e.status,
                     e.transfer_to, e.closed_at, tuple(links.get(e.id, ())), e.version,
                     due is not None and due < now, (e.at, e.id)) for e, due in found]


def count_listed(db: Database, actor: Actor, **filters: Any) -> int:
    """How many rows :func:`list_entries` lists for ``filters``."""
    actor.require(WORKLOG_VIEW)
    return counted(db, _entry_filter(select(func.count()).select_from(WorkLogEntry), **filters))


def count_entries(db: Database, actor: Actor, **filters: Any) -> tuple[int, int]:
    """``(requests, requests without a result)`` of a filter of :func:`list_entries` (void rows are no
    requests)."""
    actor.require(WORKLOG_VIEW)
    filters = {k: v for k, v in filters.items() if k != "status"}
    opened = func.sum(case((WorkLogEntry.status == "open", 1), else_=0))
    q = _entry_filter(select(func.count(), opened).select_from(WorkLogEntry).where(WorkLogEntry.status != "void"),
                      **filters)
    with db.read() as s:
        counted: tuple[int | None, int | None] = s.execute(q).one()
    total, opened_n = counted
    return total or 0, int(opened_n or 0)


def room_codes(db: Database, actor: Actor, prefix: str, limit: int = 20) -> list[str]:
    """Room codes starting with ``prefix`` (the quick entry's completer), by an indexed range."""
    actor.require(WORKLOG_VIEW)
    p = D.ROOM.parse(prefix)
    if not p:
        return []
    with db.read() as s:
        return list(s.scalars(select(Room.code).where(Room.code >= p, Room.code < p + "\U0010ffff")
                              .order_by(Room.code).limit(limit)))


# ============================================================================================ the day


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
    total, opened = count_entries(db, actor, date_from=day, date_to=day)
    now = base.now()
    with db.read() as s:
        day_end = duty.settings(s).night_start
        row = s.get(WorkLogReview, day)
        review = None
        if row is not None:
            review = Review(row.day, records.names(s, [row.reviewed_by]).get(row.reviewed_by, ""),
                            row.reviewed_at, row.total_rows, row.open_rows, row.note)
    flagged = opened > 0 and now > datetime.combine(day, day_end)
    return DaySummary(day, total, opened, flagged, review)


def review_day(db: Database, actor: Actor, day: date, note: str = "") -> None:
    """The supervisor's daily check (每日检查): the day's rows are read; open ones need a note on their
    follow-up. A day is checked once."""
    actor.require(WORKLOG_REVIEW)
    note = D.REVIEW_NOTE.parse(note)
    now = base.now()
    if day > now.date():
        raise ValidationError(T("WorkLog", "A day can be checked only once it has begun"), "day")
    total, opened = count_entries(db, actor, date_from=day, date_to=day)
    if opened and not note:
        raise ValidationError(T("WorkLog", "{n} rows have no result: note how they are followed up")
                              .format(n=opened), "note")
    with unit_of_work(db, actor) as s:
        row = s.get(WorkLogReview, day)
        if row is not None:
            name = records.names(s, [row.reviewed_by]).get(row.reviewed_by, "")
            raise ConflictError(T("WorkLog", "The work log of {day} was checked already by {name} at {at}")
                                .format(day=day, name=name, at=f"{row.reviewed_at:%H:%M}"))
        s.add(WorkLogReview(day=day, reviewed_by=actor.staff_id, reviewed_at=now, total_rows=total,
                            open_rows=opened, note=note))


# ============================================================================================ desk hooks

_OPEN_GROUP = T("OpenItems", "Work-log requests without a result")


def _open_rows(s: Session, actor: Actor, now: datetime) -> list[OpenItem]:
    is_open = WorkLogEntry.status == "open"
    total = s.scalar(select(func.count()).select_from(WorkLogEntry).where(is_open)) or 0
    q, clock = clocks.deadline_of(select(WorkLogEntry), WorkLogEntry, WORK_KIND, CLOCK)
    rows: Sequence[_EntryLine] = s.execute(q.add_columns(clock.due_at).where(is_open)
                     .order_by(WorkLogEntry.at.desc(), WorkLogEntry.id.desc()).limit(OPEN_ITEMS_LIMIT)).all()
    items = []
    for e, due in reversed(rows):
        what = " ".join(x for x in (e.caller, e.room_code) if x)
        title = f"{e.at:%m-%d %H:%M} {Channel(e.channel).label} {what}：{e.content}"
        items.append(OpenItem(_OPEN_GROUP, title, e.number, PAGE, e.id,
                              "alert" if due is not None and due < now else "attention"))
    if total > len(rows):
        items.append(OpenItem(_OPEN_GROUP, str(T("OpenItems", "… and {n} older ones (see the work log)")
                                              .format(n=total - len(rows))), page=PAGE, level="alert"))
    return items


def _worklog_tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    start = datetime.combine(today, time())
    counts = dict(s.execute(select(WorkLogEntry.status, func.count()).where(
        WorkLogEntry.at >= start, WorkLogEntry.at < start + timedelta(days=1))
        .group_by(WorkLogEntry.status)).all())
    open_today = counts.get("open", 0)
    total = sum(v for k, v in counts.items() if k != "void")
    older = s.scalar(select(func.count()).select_from(WorkLogEntry).where(
        WorkLogEntry.status == "open", WorkLogEntry.at < start)) or 0
    late = s.scalar(select(func.count()).select_from(clocks.overdue(WORK_KIND, CLOCK, now).subquery())) or 0
    detail = str(T("Home", "{n} requests today").format(n=total))
    if older:
        detail += " · " + str(T("Home", "{n} open from earlier days").format(n=older))
    latest = s.scalars(select(WorkLogEntry).where(WorkLogEntry.status == "open", WorkLogEntry.at >= start)
                       .order_by(WorkLogEntry.at.desc(), WorkLogEntry.id.desc()).limit(5)).all()
    level = "alert" if late else "attention" if open_today else "normal"
    return [dashboard.Tile(T("Home", "Work log: open requests today"), str(open_today), detail, PAGE, level,
                           [f"{e.at:%H:%M} {e.caller} {e.room_code} {e.content}".replace("  ", " ")
                            for e in latest])]


WORK_RECORDS = records.register(records.RecordKind(
    WORK_LOG, WorkLogEntry, WORKLOG_VIEW, page=PAGE, title=_title, rows=_rows, detail=_detail,
    effects={"close": stamp("closed_at"), "retime": _retimed},
    not_found=T("WorkLog", "This work-log row no longer exists")))

dashboard.register("worklog", WORKLOG_VIEW, _worklog_tiles)
open_items.register("worklog", WORKLOG_VIEW, _open_rows)
