"""公共区域巡查 — common-area inspection (DOMAIN.md §4.10): routes and checkpoints, patrol rounds recorded
checkpoint by checkpoint, findings with location, category, photos and a fix clock, their assignment (or a
工作联系单 sent with them), extension, fix and verification; coverage and on-time KPIs; home tile, handover
items and the printed 日巡视检查记录.

The two workflows and their fields are declared in :mod:`app.domain.patrol`; every action is done by the
record kit (``records.act(db, actor, "patrol_issue", id, "fix", …)``). What is this module's own: routes,
starting a round, a checkpoint's result (the hidden action ``check``, with a finding recorded in the same
unit of work), recording a finding, the actions' side effects, the lists, the detail panes, the desk's
hooks and the print source.

**One transaction across workflows.** "Send as work slip" is the finding's action ``send_slip``: the slip is
sent with :func:`app.services.relay.create_slip_in` inside the finding's own act, so the slip, the link
between them and the assignment are written together or not at all.

**Speed.** Lists are keyset-paged (``after`` = the last row's ``sort_key``), newest first; overdue and due
soon read the clock index (``ix_record_clock_due``) and are ordered by the deadline.
"""
from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar, cast

from sqlalchemy import CompoundSelect, Integer, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import patrol as P
from app.domain.enums import StaffRole
from app.domain.errors import ConflictError, ValidationError
from app.domain.fields import check_required_when
from app.domain.parameters import effective_value
from app.domain.patrol import (
    ISSUE,
    ISSUE_KIND,
    PATROL,
    PATROL_KIND,
    PATROL_RECORD,
    PATROL_ROUTES,
    PATROL_VIEW,
    CheckResult,
    IssueCategory,
    Severity,
    Shift,
)
from app.domain.relay import Department, Priority
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, clocks, dashboard, open_items, printing, records
from app.services import params as params_service
from app.services.base import Actor, unit_of_work
from app.services.shared import Query, StatusRow, assign, counted, register_day, stamp, versioned
from db.engine import Database
from db.models import Attachment, RecordClock, Staff, WorkflowEvent
from db.models.patrol import Patrol, PatrolCheck, PatrolCheckpoint, PatrolIssue, PatrolRoute

if TYPE_CHECKING:
    from app.printing.forms.patrol_daily import PatrolDaily

#: a findings list's row: the finding, its deadline and its running deadline (None once it is fixed)
_IssueLine = tuple[PatrolIssue, datetime | None, datetime | None]

PAGE = "patrol"
HANDOVER_LIMIT = 50
EXTENSION_MAX_DAYS = 90
#: a finding sent as a work slip is to be completed by the end of this time on the day the desk chooses
SLIP_TIME = "17:30"
#: the finding filters of the page
ISSUE_GROUPS: dict[str, Text] = {
    "open": T("Patrol", "Open findings"),
    "overdue": T("Patrol", "Overdue"),
    "due_soon": T("Patrol", "Due within 2 days"),
    "extension": T("Patrol", "Extension to approve"),
    "fixed": T("Patrol", "To verify"),
    "closed": T("Patrol", "Closed"),
    "all": T("Patrol", "All findings"),
}


def _parsed(specs: Sequence[Any], raw: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for spec in specs:
        values[spec.key] = spec.parse(raw.get(spec.key), values=values)
    return values


_Plain = TypeVar("_Plain", PatrolRoute, PatrolCheckpoint)


def _row(s: Session, model: type[_Plain], record_id: int, version: int | None = None) -> _Plain:
    """A route or checkpoint (not workflow records), checked against the version the desk saw."""
    return versioned(s, model, record_id, version, T("Patrol", "This record no longer exists"))


# =========================================================================================== routes

@dataclass
class RouteInput:
    name: str
    area: str = ""
    sort_order: str | int = 0
    active: bool = True


@dataclass
class CheckpointInput:
    route_id: int
    name: str
    location: str = ""
    items: str = ""
    seq: str | int | None = None
    active: bool = True


def _saved(s: Session, row: PatrolRoute | PatrolCheckpoint, values: dict[str, Any]) -> int:
    """The id of a new or changed route or checkpoint, its changed values stored."""
    assign(row, values)
    s.add(row)
    s.flush()
    return int(row.id)


def save_route(db: Database, actor: Actor, data: RouteInput, route_id: int | None = None,
               version: int | None = None) -> int:
    """Add or change a route (客服主管); names are unique."""
    actor.require(PATROL_ROUTES)
    values = _parsed(P.ROUTE_FIELDS, vars(data))
    values["sort_order"] = values["sort_order"] or 0
    with unit_of_work(db, actor) as s:
        clash = s.scalar(select(PatrolRoute.id).where(PatrolRoute.name == values["name"]))
        if clash is not None and clash != route_id:
            raise ValidationError(T("Patrol", "There is already a route named {name}").format(name=values["name"]),
                                  "name")
        return _saved(s, PatrolRoute() if route_id is None else _row(s, PatrolRoute, route_id, version), values)


def save_checkpoint(db: Database, actor: Actor, data: CheckpointInput, checkpoint_id: int | None = None,
                    version: int | None = None) -> int:
    """Add or change a checkpoint of a route; a new one goes last unless ``seq`` says where."""
    actor.require(PATROL_ROUTES)
    values = _parsed(P.CHECKPOINT_FIELDS, vars(data))
    with unit_of_work(db, actor) as s:
        route = _row(s, PatrolRoute, data.route_id)
        if values["seq"] is None:
            values.pop("seq")
            if checkpoint_id is None:
                last = s.scalar(select(func.max(PatrolCheckpoint.seq)).where(PatrolCheckpoint.route_id == route.id))
                values["seq"] = (last or 0) + 10
        point = (PatrolCheckpoint(route_id=route.id) if checkpoint_id is None
                 else _row(s, PatrolCheckpoint, checkpoint_id, version))
        return _saved(s, point, values)


@dataclass(frozen=True)
class RouteRow:
    id: int
    name: str
    area: str
    sort_order: int
    active: bool
    points: int
    version: int
    sort_key: tuple


@dataclass(frozen=True)
class CheckpointRow:
    id: int
    route_id: int
    seq: int
    name: str
    location: str
    items: str
    active: bool
    version: int
    sort_key: tuple


def list_routes(db: Database, actor: Actor, *, include_inactive: bool = False, after: tuple | None = None,
                limit: int = 200) -> list[RouteRow]:
    actor.require(PATROL_VIEW)
    order = (PatrolRoute.sort_order, PatrolRoute.id)
    points = (select(func.count()).where(PatrolCheckpoint.route_id == PatrolRoute.id,
                                         PatrolCheckpoint.active.is_(True)).correlate(PatrolRoute)
              .scalar_subquery())
    q = select(PatrolRoute, points)
    if not include_inactive:
        q = q.where(PatrolRoute.active.is_(True))
    if after is not None:
        q = q.where(tuple_(*order) > tuple_(*after))
    with db.read() as s:
        rows: Sequence[tuple[PatrolRoute, int | None]] = s.execute(q.order_by(*order).limit(limit)).all()
    return [RouteRow(r.id, r.name, r.area, r.sort_order, r.active, n or 0, r.version, (r.sort_order, r.id))
            for r, n in rows]


def list_checkpoints(db: Database, actor: Actor, route_id: int, *, include_inactive: bool = False,
                     after: tuple | None = None, limit: int = 500) -> list[CheckpointRow]:
    actor.require(PATROL_VIEW)
    order = (PatrolCheckpoint.seq, PatrolCheckpoint.id)
    q = select(PatrolCheckpoint).where(PatrolCheckpoint.route_id == route_id)
    if not include_inactive:
        q = q.where(PatrolCheckpoint.active.is_(True))
    if after is not None:
        q = q.where(tuple_(*order) > tuple_(*after))
    with db.read() as s:
        return [CheckpointRow(p.id, p.route_id, p.seq, p.name, p.location, p.items, p.active, p.version,
                              (p.seq, p.id)) for p in s.scalars(q.order_by(*order).limit(limit))]


# =========================================================================================== patrols

def start_patrol(db: Database, actor: Actor, route_id: int, shift: str = Shift.MORNING.value, *,
                 planned_for: date | None = None) -> int:
    """Start a round of a route now (numbered XJ…, state 进行中), or plan one for a later day (计划)."""
    actor.require(PATROL_RECORD)
    shift_code = P.SHIFT.parse(shift)
    at = base.now()
    if planned_for is not None and planned_for < at.date():
        raise ValidationError(T("Patrol", "A patrol cannot be planned for a past day"), "patrol_date")
    with unit_of_work(db, actor) as s:
        route = _row(s, PatrolRoute, route_id)
        if not route.active:
            raise ValidationError(T("Patrol", "The route {name} is no longer in use").format(name=route.name),
                                  "route")
        total = s.scalar(select(func.count()).where(PatrolCheckpoint.route_id == route.id,
                                                    PatrolCheckpoint.active.is_(True))) or 0
        if total == 0:
            raise ValidationError(T("Patrol", "The route {name} has no checkpoints yet: add them first")
                                  .format(name=route.name), "route")
        patrol = records.create_in(s, actor, PATROL_KIND, Patrol(
            patrol_date=planned_for or at.date(), shift=shift_code, route_id=route.id, route_name=route.name,
            inspector_id=actor.staff_id, inspector_name=actor.name, points_total=total), when=at,
            data={"route": route.name})
        if planned_for is None or planned_for == at.date():
            records.act_in(s, actor, PATROL_KIND, patrol, "start", {})
        return int(patrol.id)


def _start(ctx: records.Act) -> None:
    patrol = ctx.record
    patrol.started_at, patrol.inspector_id, patrol.inspector_name = ctx.now, ctx.actor.staff_id, ctx.actor.name


def _check(ctx: records.Act) -> None:
    """The result at one checkpoint (again: the new result replaces it); the event names the checkpoint."""
    patrol, s = ctx.record, ctx.session
    point = s.get(PatrolCheckpoint, ctx.values["checkpoint"])
    if point is None or point.route_id != patrol.route_id:
        raise ValidationError(T("Patrol", "This checkpoint is not on the route of the round"), "checkpoint")
    check = s.scalar(select(PatrolCheck).where(PatrolCheck.patrol_id == patrol.id,
                                               PatrolCheck.checkpoint_id == point.id))
    if check is None:
        check = PatrolCheck(patrol_id=patrol.id, checkpoint_id=point.id, seq=point.seq, point_name=point.name)
        s.add(check)
    check.result, check.note, check.checked_at = ctx.values["result"], ctx.values["note"], ctx.now
    ctx.data["checkpoint"] = point.name


def _checked(ctx: records.Act) -> None:
    """The checkpoint's photo (just attached to the event) and the round's counts."""
    assert ctx.event is not None
    s, patrol = ctx.session, ctx.record
    photo = s.scalar(select(Attachment.id).where(Attachment.event_id == ctx.event.id).limit(1))
    if photo is not None:
        check = s.scalar(select(PatrolCheck).where(PatrolCheck.patrol_id == patrol.id,
                                                   PatrolCheck.checkpoint_id == ctx.values["checkpoint"]))
        assert check is not None   # the check's effect has just recorded it
        check.photo_id = photo


def _count_checks(s: Session, patrol: Patrol) -> None:
    s.flush()
    counts = dict(s.execute(select(PatrolCheck.result, func.count()).where(PatrolCheck.patrol_id == patrol.id)
                            .group_by(PatrolCheck.result)).all())
    checked, abnormal = sum(counts.values()), counts.get(CheckResult.ABNORMAL.value, 0)
    if (patrol.points_checked, patrol.points_abnormal) != (checked, abnormal):
        patrol.points_checked, patrol.points_abnormal = checked, abnormal


@dataclass
class IssueInput:
    """A finding as typed in the form."""

    location: str
    category: str
    description: str
    severity: str = Severity.MINOR.value
    dept: str = ""
    photo: str | Sequence[Any] = ()
    handled_on_site: bool = False
    fix_note: str = ""          # what was done on the spot (handled on site)


def record_check(db: Database, actor: Actor, patrol_id: int, checkpoint_id: int, result: str, *,
                 note: str = "", photo: str | Sequence[Any] = (), issue: IssueInput | None = None,
                 version: int | None = None) -> int:
    """Record the result at one checkpoint of a round in progress (again: the new result replaces it).

    异常 needs a note or a finding; ``issue`` records a finding there in the same unit of work (its location
    defaults to the checkpoint's). Returns the check's id.
    """
    raw = {"checkpoint": checkpoint_id, "result": result, "note": note, "photo": photo}
    values = P.PATROL.parse("check", raw, now=base.now())
    if values["result"] == CheckResult.ABNORMAL.value and not values["note"] and issue is None:
        raise ValidationError(T("Patrol", "Say what is wrong at this checkpoint"), "note")
    with unit_of_work(db, actor) as s:
        if issue is not None:
            raw["result"] = CheckResult.ABNORMAL.value
        done = records.act_in(s, actor, PATROL_KIND, patrol_id, "check", raw, version=version)
        patrol = done.record
        check = s.scalar(select(PatrolCheck).where(PatrolCheck.patrol_id == patrol.id,
                                                   PatrolCheck.checkpoint_id == checkpoint_id))
        assert check is not None   # the check action has just recorded it, at a checkpoint it found
        if issue is not None:
            point = s.get(PatrolCheckpoint, checkpoint_id)
            assert point is not None
            issue.location = issue.location or point.location or point.name
            check.issue_id = _new_issue(s, actor, issue, patrol).id
        _count_checks(s, patrol)
        return int(check.id)


def _unchecked(ctx: records.Act) -> None:
    """Every checkpoint of the route has a result before the round is complete (the refusal names those left)."""
    patrol = ctx.record
    done = select(PatrolCheck.checkpoint_id).where(PatrolCheck.patrol_id == patrol.id)
    left = list(ctx.session.scalars(select(PatrolCheckpoint.name).where(
        PatrolCheckpoint.route_id == patrol.route_id, PatrolCheckpoint.active.is_(True),
        PatrolCheckpoint.id.not_in(done)).order_by(PatrolCheckpoint.seq, PatrolCheckpoint.id)))
    if left:
        raise ValidationError(T("Patrol", "Record every checkpoint before completing the round; not yet: "
                                          "{points}").format(points="、".join(left[:10])), "checks")


def complete_patrol(db: Database, actor: Actor, patrol_id: int, summary: str = "", *,
                    version: int | None = None) -> int:
    """Complete a round: every checkpoint of its route must have a result."""
    return records.act(db, actor, PATROL_KIND, patrol_id, "complete", {"summary": summary}, version=version)


# =========================================================================================== findings

def _new_issue(s: Session, actor: Actor, data: IssueInput, patrol: Patrol | None) -> PatrolIssue:
    values = _parsed(P.ISSUE_FIELDS, vars(data))
    check_required_when(P.ISSUE_FIELDS, values)
    photos, on_site, fix_note = values.pop("photo"), values.pop("handled_on_site"), values.pop("fix_note")
    values["dept"] = values["dept"] or ""
    at = base.now()
    issue = PatrolIssue(**values, patrol_id=patrol.id if patrol else None, found_at=at, handled_on_site=on_site)
    records.create_in(s, actor, ISSUE_KIND, issue, when=at, data={"location": values["location"]},
                      link=(PATROL_KIND, patrol.id, "finding") if patrol else None)
    if photos:
        from app.services import attachments
        attachments.add(s, actor, ISSUE_KIND, issue.id, photos, role="photo", field="photo")
    if on_site:   # fixed on the spot: waits only for verification
        records.act_in(s, actor, ISSUE_KIND, issue, "fix", {"fix_note": fix_note})
    elif values["dept"]:
        records.act_in(s, actor, ISSUE_KIND, issue, "assign", {"dept": values["dept"]})
    return issue


def report_issue(db: Database, actor: Actor, data: IssueInput, *, patrol_id: int | None = None) -> int:
    """Record a finding (numbered ZG…, due in ``patrol.issue_fix_days``); with a department it is assigned
    at once, handled on site it waits for verification. Returns its id."""
    actor.require(PATROL_RECORD)
    with unit_of_work(db, actor) as s:
        patrol = records.load(s, PATROL_KIND, patrol_id) if patrol_id is not None else None
        if patrol is not None and patrol.status == "void":
            raise ConflictError(T("Patrol", "The patrol {number} is void").format(number=patrol.number))
        return int(_new_issue(s, actor, data, patrol).id)


def _due(s: Session, issue: PatrolIssue) -> datetime:
    due = clocks.deadline(s, ISSUE_KIND, issue.id, "fix")
    return due or issue.found_at


def _send_slip(ctx: records.Act) -> None:
    """转工作联系单: the slip goes to the department in this transaction, and the finding is assigned with it."""
    from app.services import relay
    issue, v = ctx.record, ctx.values
    content = (f"{issue.description}（{IssueCategory.printed(issue.category)}，"
               f"整改期限 {_due(ctx.session, issue):%Y-%m-%d}）")
    slip = relay.create_slip_in(ctx.session, ctx.actor, relay.validate_slip(relay.SlipInput(
        to_dept=v["to_dept"], subject=f"巡查发现：{issue.location}"[:40], content=content,
        required_date=v["required_date"], required_time=SLIP_TIME, priority=v["priority"] or Priority.NORMAL.value,
        source=issue.number,
        note=v["note"]), ctx.now), None, ctx.now, link=(ISSUE_KIND, issue.id, "work_slip"))
    issue.dept, issue.relay_slip_no = v["to_dept"], slip.number
    ctx.data["relay_slip_no"] = slip.number


def _check_extension(ctx: records.Act) -> None:
    new_due = P.check_new_due(ctx.values["new_due"], _due(ctx.session, ctx.record), ctx.now, EXTENSION_MAX_DAYS)
    ctx.data["new_due"] = new_due
    ctx.record.extension_reason = ctx.values["note"][:200]


def requested_due(s: Session, issue_id: int) -> datetime | None:
    """The due date the last extension request asked for (its event keeps it)."""
    data = s.scalar(select(WorkflowEvent.data).where(
        WorkflowEvent.kind == ISSUE_KIND, WorkflowEvent.record_id == issue_id,
        WorkflowEvent.action == "request_extension").order_by(WorkflowEvent.id.desc()).limit(1))
    value = json.loads(data).get("new_due") if data else None
    return datetime.fromisoformat(str(value)) if value else None


def _approve_extension(ctx: records.Act) -> None:
    """The fix clock runs to the requested date (its due field); the event keeps the date it replaced."""
    requested = requested_due(ctx.session, ctx.record.id)
    if requested is None:
        raise ConflictError(T("Patrol", "No new due date was requested"))
    ctx.data.update(extended_to=requested, extended_from=_due(ctx.session, ctx.record))
    ctx.record.extension_approved_by = ctx.actor.staff_id


def _verified(ctx: records.Act) -> None:
    ctx.record.verified_by, ctx.record.verified_at = ctx.actor.staff_id, ctx.now


def _fix_rejected(ctx: records.Act) -> None:
    ctx.record.fixed_at = None


# =========================================================================================== reading

@dataclass(frozen=True)
class CheckRow:
    checkpoint_id: int
    seq: int
    name: str
    location: str
    items: str
    result: str            # "" not yet recorded
    note: str
    photo: str             # the photo's file name, if one was attached
    photo_id: int | None
    checked_at: datetime | None
    issue_number: str
    sort_key: tuple = ()

    @property
    def result_label(self) -> str:
        return P.RESULT.show(self.result)


@dataclass(frozen=True)
class PatrolDetail:
    patrol_date: date
    shift: str
    route_id: int | None
    route_name: str
    inspector: str
    started_at: datetime | None
    ended_at: datetime | None
    summary: str
    void_reason: str
    checks: list[CheckRow]

    @property
    def recorded(self) -> int:
        return sum(1 for c in self.checks if c.result)


def _checks(s: Session, p: Patrol) -> list[CheckRow]:
    checks = {c.checkpoint_id: c for c in s.scalars(select(PatrolCheck).where(PatrolCheck.patrol_id == p.id))}
    issue_ids = [c.issue_id for c in checks.values() if c.issue_id]
    numbers = dict(s.execute(select(PatrolIssue.id, PatrolIssue.number).where(PatrolIssue.id.in_(issue_ids))).all()) \
        if issue_ids else {}
    photo_ids = [c.photo_id for c in checks.values() if c.photo_id]
    photos = dict(s.execute(select(Attachment.id, Attachment.name).where(Attachment.id.in_(photo_ids))).all()) \
        if photo_ids else {}
    points = s.scalars(select(PatrolCheckpoint).where(PatrolCheckpoint.route_id == p.route_id)
                       .order_by(PatrolCheckpoint.seq, PatrolCheckpoint.id)).all() if p.route_id else []
    rows = []
    for pt in points:
        c = checks.get(pt.id)
        if c is None and not pt.active:
            continue
        rows.append(CheckRow(pt.id, pt.seq, pt.name, pt.location, pt.items, c.result if c else "",
                             c.note if c else "", photos.get(c.photo_id or 0, "") if c else "",
                             c.photo_id if c else None, c.checked_at if c else None,
                             numbers.get(c.issue_id or 0, "") if c else "", (pt.seq, pt.id)))
    return rows


def _patrol_detail(s: Session, actor: Actor, p: Patrol) -> PatrolDetail:
    key = ("patrol_detail", p.id, p.version)
    if key not in s.info:
        s.info[key] = PatrolDetail(p.patrol_date, p.shift, p.route_id, p.route_name, p.inspector_name,
                                   p.started_at, p.ended_at, p.summary, p.void_reason, _checks(s, p))
    return cast(PatrolDetail, s.info[key])


def _when(at: datetime | None) -> str:
    return f"{at:%m-%d %H:%M}" if at else ""


def _patrol_rows(s: Session, actor: Actor, p: Patrol) -> list[tuple[Text | str, str]]:
    d = _patrol_detail(s, actor, p)
    abnormal = sum(1 for c in d.checks if c.result == CheckResult.ABNORMAL.value)
    recorded = str(T("Patrol", "{n} of {m} checkpoints recorded").format(n=d.recorded, m=len(d.checks)))
    if abnormal:
        recorded += " · " + str(T("Patrol", "{n} abnormal").format(n=abnormal))
    return [
        (T("Patrol", "Date"), f"{d.patrol_date:%Y-%m-%d} · {P.SHIFT.show(d.shift)}"),
        (T("Patrol", "Inspector"), d.inspector),
        (T("Patrol", "Time"), " – ".join(x for x in (_when(d.started_at), _when(d.ended_at)) if x)),
        (T("Patrol", "Checkpoints"), recorded),
        (T("Field", "Summary"), d.summary),
        (T("Field", "Reason"), d.void_reason),
    ]


@dataclass(frozen=True)
class IssueDetail:
    patrol_number: str
    found_at: datetime
    found_by: str
    location: str
    category: str
    severity: str
    description: str
    handled_on_site: bool
    dept: str
    relay_slip_no: str
    due_at: datetime
    original_due_at: datetime
    requested_due_at: datetime | None
    extension_reason: str
    extension_approved_by: str
    fixed_at: datetime | None
    fix_note: str
    verified_by: str
    verified_at: datetime | None
    void_reason: str
    overdue: bool
    report: ManagerReport | None = None   # 上报经理 of a major finding, once done
    report_late: bool = False             # major, not reported within patrol.escalate_hours


@dataclass(frozen=True)
class ManagerReport:
    """A major finding reported to the manager (上报经理): who was told, when, how, what was said."""

    manager: str
    at: datetime
    method: str
    note: str
    by: str


def _report_late(s: Session, issue_id: int) -> bool:
    """A major finding whose ``report`` clock (patrol.escalate_hours) has run out before 上报经理."""
    return s.scalar(clocks.overdue(ISSUE_KIND, "report", base.now()).where(RecordClock.record_id == issue_id)
                    .limit(1)) is not None


def _report(s: Session, issue_id: int) -> ManagerReport | None:
    row = s.execute(select(WorkflowEvent).where(
        WorkflowEvent.kind == ISSUE_KIND, WorkflowEvent.record_id == issue_id,
        WorkflowEvent.action == "report_manager").order_by(WorkflowEvent.id.desc()).limit(1)).scalar()
    if row is None:
        return None
    data = json.loads(row.data) if row.data else {}
    by = records.names(s, [row.staff_id]).get(row.staff_id or 0, "")
    return ManagerReport(str(data.get("manager", "")), row.at, str(data.get("report_method", "")), row.note or "", by)


def _issue_detail(s: Session, actor: Actor, i: PatrolIssue) -> IssueDetail:
    key = ("issue_detail", i.id, i.version)
    if key in s.info:
        return cast(IssueDetail, s.info[key])
    names = records.names(s, [i.created_by, i.extension_approved_by, i.verified_by])
    patrol_no = s.scalar(select(Patrol.number).where(Patrol.id == i.patrol_id)) if i.patrol_id else ""
    due = _due(s, i)
    first = s.scalar(select(WorkflowEvent.data).where(
        WorkflowEvent.kind == ISSUE_KIND, WorkflowEvent.record_id == i.id,
        WorkflowEvent.action == "approve_extension").order_by(WorkflowEvent.id).limit(1))
    original = datetime.fromisoformat(json.loads(first)["extended_from"]) if first else due
    late = s.scalar(clocks.overdue(ISSUE_KIND, "fix", base.now()).where(RecordClock.record_id == i.id)
                    .limit(1)) is not None
    s.info[key] = detail = IssueDetail(
        patrol_no or "", i.found_at, names.get(i.created_by or 0, ""), i.location, i.category, i.severity,
        i.description, i.handled_on_site, i.dept, i.relay_slip_no, due, original,
        requested_due(s, i.id) if i.status == "extension" else None, i.extension_reason,
        names.get(i.extension_approved_by or 0, ""), i.fixed_at, i.fix_note, names.get(i.verified_by or 0, ""),
        i.verified_at, i.void_reason, late, _report(s, i.id) if i.severity == Severity.MAJOR.value else None,
        _report_late(s, i.id))
    return detail


def _issue_rows(s: Session, actor: Actor, i: PatrolIssue) -> list[tuple[Text | str, str]]:
    d = _issue_detail(s, actor, i)
    due = f"{d.due_at:%Y-%m-%d %H:%M}"
    if d.due_at != d.original_due_at:
        due += " " + str(T("Patrol", "(extended from {d}, approved by {who})").format(
            d=f"{d.original_due_at:%Y-%m-%d}", who=d.extension_approved_by))
    return [
        (T("Patrol", "Category"), f"{P.CATEGORY.show(d.category)} · {P.SEVERITY.show(d.severity)}"),
        (T("Patrol", "Description"), d.description),
        (T("Patrol", "Found"), " · ".join(x for x in (f"{_when(d.found_at)} {d.found_by}".strip(), d.patrol_number)
                                          if x)),
        (T("Patrol", "Reported to the manager"), _report_text(d.report)),
        (T("Patrol", "Department"), P.DEPT.show(d.dept)),
        (T("Patrol", "Work slip"), d.relay_slip_no),
        (T("Patrol", "Due"), due),
        (T("Patrol", "Extension requested"), f"{d.requested_due_at:%Y-%m-%d} · {d.extension_reason}"
         if d.requested_due_at else ""),
        (T("Patrol", "Fixed"), f"{_when(d.fixed_at)} {d.fix_note}".strip() if d.fixed_at else ""),
        (T("Patrol", "Verified"), f"{_when(d.verified_at)} {d.verified_by}" if d.verified_at else ""),
        (T("Field", "Reason"), d.void_reason),
    ]


def _report_text(r: ManagerReport | None) -> str:
    if r is None:
        return ""
    return " · ".join(x for x in (r.manager, _when(r.at), P.REPORT_METHOD.show(r.method), r.note, r.by) if x)


MSG_MISSED_FLAG = T("Patrol", "Missed (漏检): planned for {day}, never walked")


def _patrol_flags(s: Session, p: Patrol) -> list[Text | str]:
    if P.is_missed(p.status, p.patrol_date, base.now().date()):
        return [MSG_MISSED_FLAG.format(day=p.patrol_date.isoformat())]
    return []


PATROL_RECORDS = records.register(records.RecordKind(
    PATROL, Patrol, PATROL_VIEW, page=PAGE, title=lambda p: p.route_name, rows=_patrol_rows,
    subject=lambda s, p: records.Subject(p, today=base.now().date()), flags=_patrol_flags,
    detail=_patrol_detail, guards={"complete": _unchecked},
    effects={"start": _start, "check": _check, "complete": stamp("ended_at")}, after={"check": _checked},
    not_found=T("Patrol", "This record no longer exists")))

MSG_MAJOR = T("Patrol", "Major finding: report it to the manager")
MSG_REPORT_LATE = T("Patrol", "Major finding not reported to the manager within {n} hours")


def _reported_ids() -> Query:
    """Findings reported to the manager (上报经理 events)."""
    return select(WorkflowEvent.record_id).where(WorkflowEvent.kind == ISSUE_KIND,
                                                 WorkflowEvent.action == "report_manager")


def _is_reported(s: Session, issue_id: int) -> bool:
    return s.scalar(_reported_ids().where(WorkflowEvent.record_id == issue_id).limit(1)) is not None


def _is_major_open(severity: str, status: str) -> bool:
    """A major finding still open: escalated to the manager on the desk's tiles and open items (§4.10)."""
    return severity == Severity.MAJOR.value and status in P.ISSUE_OPEN


def _escalate_hours(s: Session) -> int:
    return int(effective_value("patrol.escalate_hours", params_service.load(s)))


def _issue_flags(s: Session, i: PatrolIssue) -> list[Text | str]:
    if not _is_major_open(i.severity, i.status) or _is_reported(s, i.id):
        return []
    late = _report_late(s, i.id)
    return [MSG_REPORT_LATE.format(n=_escalate_hours(s)) if late else MSG_MAJOR]


ISSUE_RECORDS = records.register(records.RecordKind(
    ISSUE, PatrolIssue, PATROL_VIEW, page=PAGE, title=lambda i: i.location, rows=_issue_rows, flags=_issue_flags,
    detail=_issue_detail, subject=lambda s, i: records.Subject(i, reported=_is_reported(s, i.id)),
    guards={"request_extension": _check_extension},
    effects={"send_slip": _send_slip, "fix": stamp("fixed_at"), "approve_extension": _approve_extension,
             "verify": _verified, "reject_fix": _fix_rejected},
    not_found=T("Patrol", "This record no longer exists")))


# ------------------------------------------------------------------------------------------- lists

@dataclass(frozen=True)
class PatrolRow(StatusRow):
    WORKFLOW = PATROL

    id: int
    number: str
    patrol_date: date
    shift: str
    route_name: str
    inspector: str
    status: str
    started_at: datetime | None
    ended_at: datetime | None
    points_total: int
    points_checked: int
    points_abnormal: int
    sort_key: tuple
    #: 漏检: planned for a past day and never started (derived)
    missed: bool = False


def _patrol_query(q: Any, *, status: str, text: str, date_from: date | None, date_to: date | None,
                  route_id: int | None) -> Any:
    if date_from:
        q = q.where(Patrol.patrol_date >= date_from)
    if date_to:
        q = q.where(Patrol.patrol_date <= date_to)
    if status == "open":
        q = q.where(Patrol.status.in_(PATROL.open_states))
    elif status == "missed":
        q = q.where(Patrol.status == "planned", Patrol.patrol_date < base.now().date())
    elif status not in ("", "all"):
        q = q.where(Patrol.status == PATROL.filter_state(status))
    if route_id:
        q = q.where(Patrol.route_id == route_id)
    t = (text or "").strip()
    if t:
        upper = t.upper()
        q = q.where(or_(Patrol.number.startswith(upper, autoescape=True),
                        Patrol.route_name.startswith(t, autoescape=True),
                        Patrol.inspector_name.startswith(t, autoescape=True)))
    return q


def list_patrols(db: Database, actor: Actor, *, status: str = "all", text: str = "", date_from: date | None = None,
                 date_to: date | None = None, route_id: int | None = None, after: tuple | None = None,
                 limit: int = 200) -> list[PatrolRow]:
    """Patrols newest first (``patrol_date DESC, id DESC``), keyset-paged, on ix_patrol_day/ix_patrol_state."""
    actor.require(PATROL_VIEW)
    q = _patrol_query(select(Patrol), status=status, text=text, date_from=date_from, date_to=date_to,
                      route_id=route_id)
    if after is not None:
        q = q.where(tuple_(Patrol.patrol_date, Patrol.id) < tuple_(*after))
    with db.read() as s:
        rows = s.scalars(q.order_by(Patrol.patrol_date.desc(), Patrol.id.desc()).limit(limit)).all()
    today = base.now().date()
    return [PatrolRow(p.id, p.number, p.patrol_date, p.shift, p.route_name, p.inspector_name, p.status,
                      p.started_at, p.ended_at, p.points_total, p.points_checked, p.points_abnormal,
                      (p.patrol_date, p.id), P.is_missed(p.status, p.patrol_date, today)) for p in rows]


def count_patrols(db: Database, actor: Actor, **filters: Any) -> int:
    actor.require(PATROL_VIEW)
    defaults: dict[str, Any] = {"status": "all", "text": "", "date_from": None, "date_to": None, "route_id": None}
    q = _patrol_query(select(func.count()).select_from(Patrol), **{**defaults, **filters})
    return counted(db, q)


@dataclass(frozen=True)
class IssueRow(StatusRow):
    WORKFLOW = ISSUE

    id: int
    number: str
    found_at: datetime
    location: str
    category: str
    severity: str
    description: str
    dept: str
    relay_slip_no: str
    status: str
    due_at: datetime | None
    fixed_at: datetime | None
    overdue: bool
    extended: bool
    sort_key: tuple


_DUE_ORDERED = ("overdue", "due_soon")


def _issue_query(q: Any, *, status: str, text: str, date_from: date | None, date_to: date | None,
                 now: datetime) -> Any:
    if status == "overdue":
        q = q.where(PatrolIssue.id.in_(clocks.overdue(ISSUE_KIND, "fix", now)))
    elif status == "due_soon":
        q = q.where(PatrolIssue.id.in_(clocks.due_between(ISSUE_KIND, "fix", now, now + timedelta(days=2))))
    elif status == "open":
        q = q.where(PatrolIssue.status.in_(P.ISSUE_OPEN))
    elif status not in ("", "all"):
        q = q.where(PatrolIssue.status == ISSUE.filter_state(status))
    start, end = P.day_bounds(date_from, date_to)
    if start:
        q = q.where(PatrolIssue.found_at >= start)
    if end:
        q = q.where(PatrolIssue.found_at < end)
    t = (text or "").strip()
    if t:
        upper = t.upper()
        if upper.startswith(P.ISSUE_DOC) and upper[2:3].isdigit():
            q = q.where(PatrolIssue.number >= upper, PatrolIssue.number < upper + "\U0010ffff")
        else:
            q = q.where(or_(PatrolIssue.location.startswith(t, autoescape=True), PatrolIssue.relay_slip_no == upper))
    return q


def list_issues(db: Database, actor: Actor, *, status: str = "open", text: str = "", date_from: date | None = None,
                date_to: date | None = None, after: tuple | None = None, limit: int = 200) -> list[IssueRow]:
    """Findings, keyset-paged. The overdue and due-soon lists are ordered by due date (oldest first) from the
    clock index; the others newest found first on ``ix_patrol_issue_found``."""
    actor.require(PATROL_VIEW)
    now = base.now()
    q, clock = clocks.deadline_of(select(PatrolIssue), PatrolIssue, ISSUE_KIND, "fix")
    q = _issue_query(q.add_columns(clock.deadline_at, clock.due_at), status=status, text=text,
                     date_from=date_from, date_to=date_to, now=now)
    by_due = status in _DUE_ORDERED
    if by_due:
        if after is not None:
            q = q.where(tuple_(clock.deadline_at, PatrolIssue.id) > tuple_(*after))
        q = q.order_by(clock.deadline_at, PatrolIssue.id)
    else:
        if after is not None:
            q = q.where(tuple_(PatrolIssue.found_at, PatrolIssue.id) < tuple_(*after))
        q = q.order_by(PatrolIssue.found_at.desc(), PatrolIssue.id.desc())
    with db.read() as s:
        rows: Sequence[_IssueLine] = s.execute(q.limit(limit)).all()
    return [IssueRow(i.id, i.number, i.found_at, i.location, i.category, i.severity, i.description, i.dept,
                     i.relay_slip_no, i.status, deadline, i.fixed_at,
                     bool(running and running < now) or bool(deadline and i.fixed_at and i.fixed_at > deadline),
                     i.extension_approved_by is not None, (deadline, i.id) if by_due else (i.found_at, i.id))
            for i, deadline, running in rows]


def count_issues(db: Database, actor: Actor, *, status: str = "open", text: str = "", date_from: date | None = None,
                 date_to: date | None = None) -> int:
    actor.require(PATROL_VIEW)
    q = _issue_query(select(func.count()).select_from(PatrolIssue), status=status, text=text, date_from=date_from,
                     date_to=date_to, now=base.now())
    return counted(db, q)


def _overdue_count(s: Session, now: datetime) -> int:
    return s.scalar(select(func.count()).select_from(clocks.overdue(ISSUE_KIND, "fix", now).subquery())) or 0


def count_overdue(db: Database, actor: Actor) -> int:
    actor.require(PATROL_VIEW)
    with db.read() as s:
        return _overdue_count(s, base.now())


# ------------------------------------------------------------------------------------------- KPIs

@dataclass(frozen=True)
class PatrolKpis:
    planned: int                     # rounds on record for the days of the range (planned ahead or walked)
    done: int                        # completed rounds in the range
    completion_rate: float | None    # 巡查完成率: completed ÷ planned rounds
    checkpoint_coverage: float | None  # checkpoints recorded ÷ checkpoints of the rounds done
    issues_found: int
    issues_fixed: int
    fixed_on_time: int
    on_time_rate: float | None       # 按时整改率: fixed by the due date ÷ findings whose due date has come or
                                     # that are fixed
    open_issues: int
    overdue_now: int
    avg_close_days: float | None
    repeat_locations: list[tuple[str, int]] = field(default_factory=list)
    missed: int = 0                  # 漏检: planned rounds of past days never started
    supervisor_required: int = 0     # the supervisor's rounds due (patrol.supervisor_per_day × days)
    supervisor_done: int = 0         # the supervisor's completed rounds (a 客服主管's, nobody else's)
    supervisor_rate: float | None = None   # a day's extra rounds do not make up for a missed one
    major_found: int = 0             # major (重大) findings of the range
    major_reported: int = 0          # of them, reported to the manager (上报经理)
    major_reported_on_time: int = 0  # of them, within patrol.escalate_hours
    major_unreported_late: int = 0   # major findings now past patrol.escalate_hours, not reported
    fixes_due: int = 0               # the denominator of on_time_rate


def _supervisor_ids() -> Query:
    """The 客服主管 accounts: "supervisor patrols per day" counts their rounds only (§4.10)."""
    return select(Staff.id).where(Staff.role == StaffRole.SUPERVISOR.value)


def kpis(db: Database, actor: Actor, date_from: date, date_to: date) -> PatrolKpis:
    """The §4.10 KPIs of a date range: 巡查完成率, checkpoint coverage, findings, 按时整改率, average closing
    time, repeat findings by location; plus what is open and overdue now."""
    actor.require(PATROL_VIEW)
    now = base.now()
    start, end = P.day_bounds(date_from, date_to)
    with db.read() as s:
        per_day = effective_value("patrol.supervisor_per_day", params_service.load(s))
        in_range = (Patrol.patrol_date >= date_from, Patrol.patrol_date <= date_to)
        done_rows: Sequence[tuple[date, int, int | None, int | None]] = s.execute(
            select(Patrol.patrol_date, func.count(), func.sum(Patrol.points_total), func.sum(Patrol.points_checked))
            .where(Patrol.status == "completed", *in_range)
            .group_by(Patrol.patrol_date)).all()
        planned_n = s.scalar(select(func.count()).where(Patrol.status != "void", *in_range)) or 0
        missed_n = s.scalar(select(func.count()).where(Patrol.status == "planned", *in_range,
                                                       Patrol.patrol_date < now.date())) or 0
        supervisor_done = dict(s.execute(
            select(Patrol.patrol_date, func.count())
            .where(Patrol.status == "completed", *in_range, Patrol.inspector_id.in_(_supervisor_ids()))
            .group_by(Patrol.patrol_date)).all())
        columns: Query = select(PatrolIssue.location, PatrolIssue.found_at, PatrolIssue.fixed_at,
                                 PatrolIssue.verified_at)
        q, clock = clocks.deadline_of(columns, PatrolIssue, ISSUE_KIND, "fix")
        found = q.add_columns(clock.deadline_at.label("due")).where(
            PatrolIssue.found_at >= start, PatrolIssue.found_at < end, PatrolIssue.status != "void").subquery()
        counted = s.execute(select(
            func.count(),
            func.count(found.c.fixed_at),
            func.sum((found.c.fixed_at <= found.c.due).cast(Integer)),
            func.sum(((found.c.fixed_at.is_not(None)) | (found.c.due < now)).cast(Integer)),
        )).one()
        closed: Sequence[tuple[datetime, datetime]] = s.execute(
            select(found.c.found_at, found.c.verified_at).where(found.c.verified_at.is_not(None)).limit(5000)).all()
        repeats: Sequence[tuple[str, int]] = s.execute(
            select(found.c.location, func.count()).group_by(found.c.location)
            .having(func.count() > 1).order_by(func.count().desc()).limit(5)).all()
        open_now = s.scalar(select(func.count()).where(PatrolIssue.status.in_(P.ISSUE_OPEN))) or 0
        overdue_now = _overdue_count(s, now)
        majors = _major_counts(s, start, end, now)
    done_per_day = {d: n for d, n, _t, _c in done_rows}
    total_points = sum(t or 0 for *_x, t, _c in done_rows)
    checked_points = sum(c or 0 for *_x, c in done_rows)
    found_n, fixed_n, on_time_n, due_n = (counted[0] or 0, counted[1] or 0, counted[2] or 0, counted[3] or 0)
    days = [(v - f).total_seconds() / 86400 for f, v in closed]
    done_n = sum(done_per_day.values())
    return PatrolKpis(
        planned=planned_n, done=done_n, completion_rate=done_n / planned_n if planned_n else None,
        checkpoint_coverage=checked_points / total_points if total_points else None,
        issues_found=found_n, issues_fixed=fixed_n, fixed_on_time=on_time_n,
        on_time_rate=on_time_n / due_n if due_n else None, fixes_due=due_n, open_issues=open_now,
        overdue_now=overdue_now,
        avg_close_days=sum(days) / len(days) if days else None,
        repeat_locations=[(loc, n) for loc, n in repeats], missed=missed_n,
        supervisor_required=per_day * ((date_to - date_from).days + 1),
        supervisor_done=sum(supervisor_done.values()),
        supervisor_rate=P.completion_rate(supervisor_done, per_day, date_from, date_to),
        major_found=majors[0], major_reported=majors[1], major_reported_on_time=majors[2],
        major_unreported_late=majors[3])


def _major_counts(s: Session, start: datetime | None, end: datetime | None, now: datetime) -> tuple[int, ...]:
    """Major findings of [start, end): found, reported to the manager, reported within the limit (the report
    event before the ``report`` clock's deadline); and those not reported in time now."""
    reported = (select(WorkflowEvent.record_id, func.min(WorkflowEvent.at).label("at"))
                .where(WorkflowEvent.kind == ISSUE_KIND, WorkflowEvent.action == "report_manager")
                .group_by(WorkflowEvent.record_id).subquery())
    clock = (select(RecordClock.record_id, RecordClock.deadline_at)
             .where(RecordClock.kind == ISSUE_KIND, RecordClock.clock == "report",
                    RecordClock.point == clocks.DEADLINE).subquery())
    q = (select(func.count(), func.count(reported.c.at),
                func.sum((reported.c.at <= clock.c.deadline_at).cast(Integer)))
         .select_from(PatrolIssue).outerjoin(reported, reported.c.record_id == PatrolIssue.id)
         .outerjoin(clock, clock.c.record_id == PatrolIssue.id)
         .where(PatrolIssue.severity == Severity.MAJOR.value, PatrolIssue.status != "void"))
    if start is not None:
        q = q.where(PatrolIssue.found_at >= start)
    if end is not None:
        q = q.where(PatrolIssue.found_at < end)
    found, done, on_time = s.execute(q).one()
    late = s.scalar(select(func.count()).select_from(clocks.overdue(ISSUE_KIND, "report", now).subquery())) or 0
    return found or 0, done or 0, on_time or 0, late


# =========================================================================================== desk hooks

def _overdue_ids(now: datetime) -> CompoundSelect[int]:
    """Findings overdue now: past their fix date, or major and not reported to the manager in time."""
    return clocks.overdue(ISSUE_KIND, "fix", now).union(clocks.overdue(ISSUE_KIND, "report", now))


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    late_ids = _overdue_ids(now).subquery()
    overdue = s.scalar(select(func.count()).select_from(late_ids)) or 0
    q, clock = clocks.deadline_of(select(PatrolIssue.location), PatrolIssue, ISSUE_KIND, "fix")
    rows = s.execute(q.add_columns(clock.due_at).where(PatrolIssue.id.in_(clocks.overdue(ISSUE_KIND, "fix", now)))
                     .order_by(clock.due_at, PatrolIssue.id).limit(5)).all()
    per_day = effective_value("patrol.supervisor_per_day", params_service.load(s))
    done_today = s.scalar(select(func.count()).where(Patrol.status == "completed", Patrol.patrol_date == today,
                                                     Patrol.inspector_id.in_(_supervisor_ids()))) or 0
    detail = str(T("Patrol", "Supervisor's patrols today: {done} of {planned}").format(done=done_today,
                                                                                     planned=per_day))
    major = s.scalar(select(func.count()).where(PatrolIssue.severity == Severity.MAJOR.value,
                                                PatrolIssue.status.in_(P.ISSUE_OPEN),
                                                PatrolIssue.id.not_in(_reported_ids()))) or 0
    late_reports = s.execute(select(PatrolIssue.location, PatrolIssue.found_at)
                             .where(PatrolIssue.id.in_(clocks.overdue(ISSUE_KIND, "report", now)))
                             .order_by(PatrolIssue.found_at, PatrolIssue.id).limit(5)).all()
    if major:
        detail += " · " + str(T("Patrol", "{n} major findings open: report to the manager").format(n=major))
    items = [str(T("Patrol", "{location}: not reported to the manager (found {found})").format(
        location=loc, found=f"{found:%m-%d %H:%M}")) for loc, found in late_reports]
    items += [str(T("Patrol", "{location}, due {due}").format(location=loc, due=f"{due:%m-%d}")) for loc, due in rows]
    return [dashboard.Tile(T("Patrol", "Patrol findings overdue"), str(overdue), detail, PAGE,
                           "alert" if overdue or major else ("attention" if done_today < per_day else "normal"),
                           items[:5])]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    group = T("Patrol", "Patrol findings open")
    columns: Query = select(PatrolIssue.id, PatrolIssue.number, PatrolIssue.location, PatrolIssue.description,
                             PatrolIssue.status, PatrolIssue.severity)
    q, clock = clocks.deadline_of(columns, PatrolIssue, ISSUE_KIND, "fix")
    rows: Sequence[tuple[int, str, str, str, str, str, datetime | None, datetime | None]] = s.execute(
        q.add_columns(clock.deadline_at, clock.due_at).where(PatrolIssue.status.in_(P.ISSUE_OPEN))
        .order_by((PatrolIssue.severity != Severity.MAJOR.value), clock.deadline_at, PatrolIssue.id)
        .limit(HANDOVER_LIMIT)).all()
    items = []
    reported: set[int] = set(s.scalars(_reported_ids().where(WorkflowEvent.record_id.in_([r[0] for r in rows])))) \
        if rows else set()
    late_reports = set(s.scalars(clocks.overdue(ISSUE_KIND, "report", now))) if rows else set()
    for iid, number, location, description, status, severity, deadline, running in rows:
        title = f"{location}：{description[:30]} · {ISSUE.state(status).label}"
        if deadline:
            title += " · " + str(T("Patrol", "due {due}").format(due=f"{deadline:%m-%d}"))
        major = _is_major_open(severity, status) and iid not in reported
        if major:
            title += " · " + str(MSG_REPORT_LATE.format(n=_escalate_hours(s)) if iid in late_reports else MSG_MAJOR)
        late = running is not None and running < now
        items.append(open_items.OpenItem(group, title, number, PAGE, iid, "alert" if late or major else "normal"))
    rounds = s.execute(select(Patrol.id, Patrol.number, Patrol.route_name, Patrol.inspector_name)
                       .where(Patrol.status == "in_progress").order_by(Patrol.patrol_date.desc(), Patrol.id.desc())
                       .limit(HANDOVER_LIMIT)).all()
    for pid, number, route, who in rounds:
        items.append(open_items.OpenItem(T("Patrol", "Patrol rounds not completed"),
                                         f"{route} · {who}", number, PAGE, pid, "attention"))
    return items


# =========================================================================================== forms

def _patrol_daily(session: Session, actor: Actor, number: str) -> tuple[PatrolDaily, bool]:
    """客服部日巡视检查记录 of one day (number: 2025-06-12): each round's checkpoints and the findings."""
    actor.require(PATROL_VIEW)
    from app.printing.forms.patrol_daily import DailyCheck, DailyFinding, DailyRound, PatrolDaily
    day = register_day(number)
    start, end = P.day_bounds(day, day)
    now = base.now()
    rounds = [DailyRound(
        number=p.number, route=p.route_name, shift=Shift.printed(p.shift), inspector=p.inspector_name,
        started_at=p.started_at, ended_at=p.ended_at, status=PATROL.state(p.status).printed, summary=p.summary,
        checks=[DailyCheck(c.name, CheckResult.printed(c.result) if c.result else "未检", c.note, c.issue_number,
                           bool(c.photo_id)) for c in _checks(session, p)])
        for p in session.scalars(select(Patrol).where(Patrol.patrol_date == day, Patrol.status != "void")
                                 .order_by(Patrol.started_at, Patrol.id))]
    q, clock = clocks.deadline_of(select(PatrolIssue), PatrolIssue, ISSUE_KIND, "fix")
    issues: Sequence[_IssueLine] = session.execute(
        q.add_columns(clock.deadline_at, clock.due_at).where(PatrolIssue.found_at >= start, PatrolIssue.found_at < end)
        .order_by(PatrolIssue.found_at, PatrolIssue.id).limit(500)).all()
    findings = [DailyFinding(
        number=i.number, location=i.location, category=IssueCategory.printed(i.category),
        description=i.description, dept=Department.printed(i.dept) if i.dept else "", due_at=deadline or i.found_at,
        status=ISSUE.state(i.status).printed, relay_slip_no=i.relay_slip_no, fixed_at=i.fixed_at,
        overdue=bool(running and running < now) or bool(deadline and i.fixed_at and i.fixed_at > deadline))
        for i, deadline, running in issues]
    return PatrolDaily(day=day, rounds=rounds, findings=findings, printed_by=actor.name, printed_at=now), False


# =========================================================================================== registration

dashboard.register("patrol", PATROL_VIEW, _tiles)
open_items.register("patrol", PATROL_VIEW, _open_items)
printing.register_source("patrol_daily", _patrol_daily)
