"""公共区域巡查 — common-area inspection (DOMAIN.md §4.10): routes and checkpoints, patrol rounds recorded
checkpoint by checkpoint, findings with location, category, photo and due date, their assignment (as a work
slip of app.services.relay), extension, fix and verification; coverage and on-time KPIs; home tile, handover
items and the printed 日巡视检查记录.

Every state change goes through the workflow engine (app.domain.patrol.PATROL / ISSUE) in one unit of work
with its event and audit rows; the action is checked against the declaration (state, role, required
fields) before its values are checked, so a record another desk moved on says so first.

**Speed.** Lists are keyset-paged (``after`` = the last row's ``sort_key``), newest first; the overdue
list and counts read ``ix_patrol_issue_due`` (status, due_at) one waiting state at a time.

**Turning a finding into a work slip.** :func:`issue_to_slip` sends the slip with
:func:`app.services.relay.create_slip` (its own unit of work, its own rules and number) and then assigns the
finding with the slip's number. The slip's ``source`` is the finding's number, so if the second step fails
(another desk changed the finding), trying again is refused by relay's "already has an open slip" rule and
the desk links the existing slip with the ordinary ``assign`` action.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import patrol as P
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.parameters import effective_value
from app.domain.patrol import (ISSUE, PATROL, PATROL_RECORD, PATROL_ROUTES, PATROL_VIEW, CheckResult,
                               IssueCategory, Severity, Shift)
from app.domain.relay import Department
from app.domain.validation import check_text
from app.domain.workflow import Transition, Workflow
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, dashboard, open_items, printing
from app.services import records
from app.services import params as params_service
from app.services import workflow as wf
from app.services.base import STALE, Actor, unit_of_work
from db.engine import Database
from db.models import Staff
from db.models.patrol import Patrol, PatrolCheck, PatrolCheckpoint, PatrolIssue, PatrolRoute

__all__ = [
    "RouteInput", "CheckpointInput", "save_route", "save_checkpoint", "list_routes", "list_checkpoints",
    "RouteRow", "CheckpointRow", "start_patrol", "record_check", "complete_patrol", "act_on_patrol",
    "IssueInput", "report_issue", "act_on_issue", "issue_to_slip", "get_patrol", "get_issue",
    "PatrolFilter", "IssueFilter", "list_patrols", "list_issues", "PatrolRow", "IssueRow", "kpis",
    "PatrolKpis", "PatrolView", "IssueView", "CheckRow", "EventRow", "ISSUE_GROUPS", "count_overdue",
]

PAGE = "patrol"
HANDOVER_LIMIT = 50
EXTENSION_MAX_DAYS = 90


def _now() -> datetime:
    return base.now()


def _text(values: Mapping[str, Any], key: str, label: Text, *, max_len: int, required: bool = False) -> str:
    return check_text(str(values.get(key) or ""), key, str(label), max_len=max_len, required=required)


def _enum(enum_cls, value: Any, field_name: str, message: Text):
    member = enum_cls.from_label(str(value or ""))
    if member is None:
        raise ValidationError(message, field_name)
    return member


def _get(s: Session, model, record_id: int, version: int | None = None):
    record = s.get(model, record_id)
    if record is None:
        raise NotFound(T("Patrol", "This record no longer exists"))
    if version is not None and record.version != version:
        raise ConflictError(STALE)
    return record


def _staff_names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


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


def _int(value: Any, field_name: str, label: Text) -> int:
    text = str(value if value is not None else "").strip() or "0"
    if not text.lstrip("-").isdigit():
        raise ValidationError(T("Patrol", "{field} must be a whole number").format(field=label), field_name)
    return int(text)


def save_route(db: Database, actor: Actor, data: RouteInput, route_id: int | None = None,
               version: int | None = None) -> int:
    """Add or change a route (客服主管); names are unique."""
    actor.require(PATROL_ROUTES)
    values = {"name": _text(vars(data), "name", T("Patrol", "Route"), max_len=40, required=True),
              "area": _text(vars(data), "area", T("Patrol", "Area"), max_len=100),
              "sort_order": _int(data.sort_order, "sort_order", T("Patrol", "Order")),
              "active": bool(data.active)}
    with unit_of_work(db, actor) as s:
        clash = s.scalar(select(PatrolRoute.id).where(PatrolRoute.name == values["name"]))
        if clash is not None and clash != route_id:
            raise ValidationError(T("Patrol", "There is already a route named {name}").format(name=values["name"]),
                                  "name")
        if route_id is None:
            route = PatrolRoute(**values)
            s.add(route)
        else:
            route = _get(s, PatrolRoute, route_id, version)
            for k, v in values.items():
                if getattr(route, k) != v:
                    setattr(route, k, v)
        s.flush()
        return route.id


def save_checkpoint(db: Database, actor: Actor, data: CheckpointInput, checkpoint_id: int | None = None,
                    version: int | None = None) -> int:
    """Add or change a checkpoint of a route; a new one goes last unless ``seq`` says where."""
    actor.require(PATROL_ROUTES)
    values = {"name": _text(vars(data), "name", T("Patrol", "Checkpoint"), max_len=40, required=True),
              "location": _text(vars(data), "location", T("Patrol", "Location"), max_len=100),
              "items": _text(vars(data), "items", T("Patrol", "What to check"), max_len=200),
              "active": bool(data.active)}
    with unit_of_work(db, actor) as s:
        route = _get(s, PatrolRoute, data.route_id)
        if data.seq is None or str(data.seq).strip() == "":
            last = s.scalar(select(func.max(PatrolCheckpoint.seq)).where(PatrolCheckpoint.route_id == route.id))
            seq = (last or 0) + 10 if checkpoint_id is None else None
        else:
            seq = _int(data.seq, "seq", T("Patrol", "Order"))
        if checkpoint_id is None:
            point = PatrolCheckpoint(route_id=route.id, seq=seq, **values)
            s.add(point)
        else:
            point = _get(s, PatrolCheckpoint, checkpoint_id, version)
            if seq is not None:
                values["seq"] = seq
            for k, v in values.items():
                if getattr(point, k) != v:
                    setattr(point, k, v)
        s.flush()
        return point.id


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
        rows = s.execute(q.order_by(*order).limit(limit)).all()
    return [RouteRow(r.id, r.name, r.area, r.sort_order, r.active, n or 0, r.version, (r.sort_order, r.id))
            for r, n in rows]


def list_checkpoints(db: Database, actor: Actor, route_id: int, *, include_inactive: bool = False,
                     after: tuple | None = None, limit: int = 500) -> list[CheckpointRow]:
    actor.require(PATROL_VIEW)
    with db.read() as s:
        return _checkpoints(s, route_id, include_inactive=include_inactive, after=after, limit=limit)


def _checkpoints(s: Session, route_id: int, *, include_inactive: bool = False, after: tuple | None = None,
                 limit: int = 500) -> list[CheckpointRow]:
    order = (PatrolCheckpoint.seq, PatrolCheckpoint.id)
    q = select(PatrolCheckpoint).where(PatrolCheckpoint.route_id == route_id)
    if not include_inactive:
        q = q.where(PatrolCheckpoint.active.is_(True))
    if after is not None:
        q = q.where(tuple_(*order) > tuple_(*after))
    return [CheckpointRow(p.id, p.route_id, p.seq, p.name, p.location, p.items, p.active, p.version,
                          (p.seq, p.id)) for p in s.scalars(q.order_by(*order).limit(limit))]


# =========================================================================================== patrols

def start_patrol(db: Database, actor: Actor, route_id: int, shift: str = Shift.MORNING.value, *,
                 planned_for: date | None = None) -> int:
    """Start a round of a route now (numbered XJ…, state 进行中), or plan one for a later day (计划)."""
    actor.require(PATROL_RECORD)
    shift_code = _enum(Shift, shift, "shift", T("Patrol", "Choose the shift")).value
    at = _now()
    if planned_for is not None and planned_for < at.date():
        raise ValidationError(T("Patrol", "A patrol cannot be planned for a past day"), "patrol_date")
    with unit_of_work(db, actor) as s:
        route = _get(s, PatrolRoute, route_id)
        if not route.active:
            raise ValidationError(T("Patrol", "The route {name} is no longer in use").format(name=route.name),
                                  "route")
        total = s.scalar(select(func.count()).where(PatrolCheckpoint.route_id == route.id,
                                                    PatrolCheckpoint.active.is_(True))) or 0
        if total == 0:
            raise ValidationError(T("Patrol", "The route {name} has no checkpoints yet: add them first")
                                  .format(name=route.name), "route")
        patrol = Patrol(patrol_date=planned_for or at.date(), shift=shift_code, route_id=route.id,
                        route_name=route.name, inspector_id=actor.staff_id, inspector_name=actor.name,
                        points_total=total, handler_id=actor.staff_id)
        wf.create(s, actor, PATROL, patrol, when=at, data={"route": route.name})
        if planned_for is None or planned_for == at.date():
            patrol.started_at = at
            wf.transition(s, actor, PATROL, patrol, "start", {})
        return patrol.id


def record_check(db: Database, actor: Actor, patrol_id: int, checkpoint_id: int, result: str, *,
                 note: str = "", photo: str = "", issue: IssueInput | None = None,
                 version: int | None = None) -> int:
    """Record the result at one checkpoint of a round in progress (again: the new result replaces it).

    异常 needs a note; ``issue`` records a finding there in the same unit of work (its location defaults to
    the checkpoint's). Returns the check's id.
    """
    actor.require(PATROL_RECORD)
    outcome = _enum(CheckResult, result, "result", T("Patrol", "Choose 正常 or 异常"))
    note = check_text(note, "note", str(T("Patrol", "Note")), max_len=200, required=False)
    photo = P.check_photo(photo)
    if outcome is CheckResult.ABNORMAL and not note and issue is None:
        raise ValidationError(T("Patrol", "Say what is wrong at this checkpoint"), "note")
    with unit_of_work(db, actor) as s:
        patrol = _get(s, Patrol, patrol_id, version)
        if patrol.status != "in_progress":
            raise ConflictError(T("Patrol", "Results are recorded while the round is in progress; it is {state}")
                                .format(state=P.patrol_state_label(patrol.status)))
        point = s.get(PatrolCheckpoint, checkpoint_id)
        if point is None or point.route_id != patrol.route_id:
            raise ValidationError(T("Patrol", "This checkpoint is not on the route of the round"), "checkpoint")
        at = _now()
        check = s.scalar(select(PatrolCheck).where(PatrolCheck.patrol_id == patrol.id,
                                                   PatrolCheck.checkpoint_id == point.id))
        if check is None:
            check = PatrolCheck(patrol_id=patrol.id, checkpoint_id=point.id, seq=point.seq, point_name=point.name,
                                result=outcome.value, note=note, photo=photo, checked_at=at)
            s.add(check)
        else:
            check.result, check.note, check.checked_at = outcome.value, note, at
            if photo:
                check.photo = photo
        s.flush()
        if issue is not None:
            if not issue.location:
                issue.location = point.location or point.name
            check.issue_id = _new_issue(s, actor, issue, patrol_id=patrol.id, at=at)
            if check.result != CheckResult.ABNORMAL.value:
                check.result = CheckResult.ABNORMAL.value
        _count_checks(s, patrol)
        s.flush()
        return check.id


def _count_checks(s: Session, patrol: Patrol) -> None:
    rows = s.execute(select(PatrolCheck.result, func.count()).where(PatrolCheck.patrol_id == patrol.id)
                     .group_by(PatrolCheck.result)).all()
    counts = dict(rows)
    checked = sum(counts.values())
    abnormal = counts.get(CheckResult.ABNORMAL.value, 0)
    if (patrol.points_checked, patrol.points_abnormal) != (checked, abnormal):
        patrol.points_checked, patrol.points_abnormal = checked, abnormal


def _unchecked(s: Session, patrol: Patrol) -> list[str]:
    done = select(PatrolCheck.checkpoint_id).where(PatrolCheck.patrol_id == patrol.id)
    return list(s.scalars(select(PatrolCheckpoint.name).where(
        PatrolCheckpoint.route_id == patrol.route_id, PatrolCheckpoint.active.is_(True),
        PatrolCheckpoint.id.not_in(done)).order_by(PatrolCheckpoint.seq, PatrolCheckpoint.id)))


def complete_patrol(db: Database, actor: Actor, patrol_id: int, summary: str = "", *,
                    version: int | None = None) -> int:
    """Complete a round: every checkpoint of its route must have a result (the refusal names those left)."""
    return act_on_patrol(db, actor, patrol_id, "complete", {"summary": summary}, version=version)


def act_on_patrol(db: Database, actor: Actor, patrol_id: int, action: str,
                  values: Mapping[str, Any] | None = None, *, version: int | None = None) -> int:
    """``start`` a planned round, ``complete`` one in progress, or ``void`` (客服主管, with a reason)."""
    values = dict(values or {})
    transition = _transition_of(PATROL, action)
    actor.require(transition.permission)
    fields: dict[str, Any] = {}
    note = check_text(str(values.get("note") or ""), "note", str(T("Patrol", "Note")), max_len=200,
                      required=False)
    if note:
        fields["note"] = note
    if action == "void":
        fields["reason"] = check_text(str(values.get("reason") or note), "reason", str(T("Patrol", "Reason")),
                                      max_len=200, required=False)
    summary = check_text(str(values.get("summary") or ""), "summary", str(T("Patrol", "Summary")),
                         max_len=1000, required=False)
    with unit_of_work(db, actor) as s:
        patrol = _get(s, Patrol, patrol_id, version)
        PATROL.check(patrol.status, action, actor.permissions, fields)
        at = _now()
        if action == "start":
            patrol.started_at = at
            patrol.inspector_id, patrol.inspector_name = actor.staff_id, actor.name
        elif action == "complete":
            left = _unchecked(s, patrol)
            if left:
                raise ValidationError(T("Patrol", "Record every checkpoint before completing the round; not yet: "
                                                  "{points}").format(points="、".join(left[:10])), "checks")
            patrol.ended_at = at
            if summary:
                patrol.summary = summary
        wf.transition(s, actor, PATROL, patrol, action, fields)
        return patrol.id


def _transition_of(workflow: Workflow, action: str) -> Transition:
    try:
        return workflow.transition(action)
    except KeyError:
        raise NotFound(T("Patrol", "There is no action “{action}” here").format(action=action)) from None


# =========================================================================================== findings

@dataclass
class IssueInput:
    """A finding as typed in the form."""

    location: str
    category: str
    description: str
    severity: str = Severity.MINOR.value
    dept: str = ""
    photo: str = ""
    handled_on_site: bool = False
    fix_note: str = ""          # what was done on the spot (handled on site)


def validate_issue(data: IssueInput) -> dict[str, Any]:
    values: dict[str, Any] = {
        "location": check_text(data.location, "location", str(T("Patrol", "Location")), max_len=100),
        "category": _enum(IssueCategory, data.category, "category", T("Patrol", "Choose the category")).value,
        "severity": _enum(Severity, data.severity, "severity", T("Patrol", "Choose the severity")).value,
        "description": check_text(data.description, "description", str(T("Patrol", "Description")),
                                  max_len=500),
        "photo": P.check_photo(data.photo),
        "handled_on_site": bool(data.handled_on_site),
    }
    dept = Department.from_label(data.dept or "") if (data.dept or "").strip() else None
    if (data.dept or "").strip() and (dept is None or dept is Department.SERVICE):
        raise ValidationError(T("Patrol", "Choose the responsible department"), "dept")
    values["dept"] = dept.value if dept else ""
    values["fix_note"] = check_text(data.fix_note, "fix_note", str(T("Patrol", "What was done")), max_len=200,
                                    required=values["handled_on_site"])
    return values


def _new_issue(s: Session, actor: Actor, data: IssueInput, *, patrol_id: int | None, at: datetime) -> int:
    values = validate_issue(data)
    on_site, fix_note = values.pop("handled_on_site"), values.pop("fix_note")
    params = params_service.load(s)
    from app.services.calendar import load_calendar
    due = ISSUE.due_at("fix", at, params, load_calendar(s))
    issue = PatrolIssue(**values, patrol_id=patrol_id, found_at=at, due_at=due, original_due_at=due,
                        handled_on_site=on_site, handler_id=actor.staff_id)
    wf.create(s, actor, ISSUE, issue, when=at, data={"location": values["location"]})
    if on_site:   # fixed on the spot: waits only for verification
        issue.fixed_at, issue.fix_note = at, fix_note
        wf.transition(s, actor, ISSUE, issue, "fix", {"fix_note": fix_note})
    elif values["dept"]:
        wf.transition(s, actor, ISSUE, issue, "assign", {"dept": values["dept"]})
    return issue.id


def report_issue(db: Database, actor: Actor, data: IssueInput, *, patrol_id: int | None = None) -> int:
    """Record a finding (numbered ZG…, due in ``patrol.issue_fix_days``); with a department it is assigned
    at once, handled on site it waits for verification. Returns its id."""
    actor.require(PATROL_RECORD)
    validate_issue(data)
    with unit_of_work(db, actor) as s:
        if patrol_id is not None:
            patrol = _get(s, Patrol, patrol_id)
            if patrol.status == "void":
                raise ConflictError(T("Patrol", "The patrol {number} is void").format(number=patrol.number))
        return _new_issue(s, actor, data, patrol_id=patrol_id, at=_now())


def _issue_fields(action: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """The typed fields of an action on a finding; the engine then checks the required ones are there."""
    fields: dict[str, Any] = {}
    note = check_text(str(values.get("note") or ""), "note", str(T("Patrol", "Note")), max_len=200,
                      required=False)
    if note:
        fields["note"] = note
    if action == "assign":
        raw = str(values.get("dept") or "").strip()
        dept = Department.from_label(raw) if raw else None
        if raw and (dept is None or dept is Department.SERVICE):
            raise ValidationError(T("Patrol", "Choose the responsible department"), "dept")
        fields["dept"] = dept.value if dept else ""
        fields["relay_slip_no"] = check_text(str(values.get("relay_slip_no") or ""), "relay_slip_no",
                                             str(T("Patrol", "Work slip no.")), max_len=30,
                                             required=False).upper()
    if action == "fix":
        fields["fix_note"] = check_text(str(values.get("fix_note") or ""), "fix_note",
                                        str(T("Patrol", "What was done")), max_len=200, required=False)
        fields["fix_photo"] = P.check_photo(str(values.get("fix_photo") or ""), "fix_photo")
    if action == "request_extension":
        raw = values.get("new_due")
        if isinstance(raw, str):
            raw = _parse_day(raw, "new_due")
        fields["new_due"] = raw
    if action == "void":
        fields["reason"] = check_text(str(values.get("reason") or note), "reason", str(T("Patrol", "Reason")),
                                      max_len=200, required=False)
    return fields


def _parse_day(text: str, field_name: str) -> datetime | date | None:
    text = text.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(text, fmt)
        except ValueError:
            continue
        return parsed if fmt.endswith("%M") else parsed.date()
    raise ValidationError(T("Patrol", "Give a date such as 2025-06-12"), field_name)


def act_on_issue(db: Database, actor: Actor, issue_id: int, action: str, values: Mapping[str, Any] | None = None,
                 *, version: int | None = None) -> int:
    """Apply ``action`` (assign, fix, request/approve/refuse extension, verify, reject_fix, to_violation,
    void) to a finding with the values the desk entered. Returns the finding's id."""
    values = dict(values or {})
    transition = _transition_of(ISSUE, action)
    actor.require(transition.permission)
    fields = _issue_fields(action, values)
    with unit_of_work(db, actor) as s:
        issue = _get(s, PatrolIssue, issue_id, version)
        ISSUE.check(issue.status, action, actor.permissions, fields)
        _apply_issue(s, actor, issue, action, fields, _now())
        wf.transition(s, actor, ISSUE, issue, action,
                      {k: v for k, v in fields.items() if v not in ("", None) or k in ("note",)})
        return issue.id


def _apply_issue(s: Session, actor: Actor, issue: PatrolIssue, action: str, fields: dict[str, Any],
                 at: datetime) -> None:
    """What an action records on the finding besides its status (the event keeps the rest)."""
    if action == "assign":
        issue.dept = fields["dept"]
        if fields.get("relay_slip_no"):
            issue.relay_slip_no = fields["relay_slip_no"]
    elif action == "fix":
        issue.fixed_at, issue.fix_note = at, fields.get("fix_note", "")
        if fields.get("fix_photo"):
            issue.fix_photo = fields["fix_photo"]
    elif action == "request_extension":
        fields["new_due"] = P.check_new_due(fields["new_due"], issue.due_at, at, EXTENSION_MAX_DAYS)
        issue.requested_due_at = fields["new_due"]
        issue.extension_reason = fields.get("note", "")
    elif action == "approve_extension":
        if issue.requested_due_at is None:
            raise ConflictError(T("Patrol", "No new due date was requested"))
        fields["new_due"] = issue.requested_due_at
        fields["old_due"] = issue.due_at
        issue.due_at, issue.extension_approved_by = issue.requested_due_at, actor.staff_id
        issue.requested_due_at = None
    elif action == "refuse_extension":
        issue.requested_due_at = None
    elif action == "verify":
        issue.verified_by, issue.verified_at = actor.staff_id, at
    elif action == "reject_fix":
        issue.fixed_at = None


def issue_to_slip(db: Database, actor: Actor, issue_id: int, *, to_dept: str, required_date: date,
                  required_time: str = "17:30", priority: str = "normal", note: str = "",
                  version: int | None = None) -> str:
    """转工作联系单: send the finding to a department as a work slip (app.services.relay) and assign it with
    the slip's number. Returns the slip's number."""
    from app.services import relay
    actor.require(PATROL_RECORD)
    with db.read() as s:
        issue = _get(s, PatrolIssue, issue_id, version)
        ISSUE.check(issue.status, "assign", actor.permissions, {"dept": to_dept or "x"})
        subject = f"巡查发现：{issue.location}"[:40]
        content = (f"{issue.description}（{P.ZH.get(issue.category, issue.category)}，"
                   f"整改期限 {issue.due_at:%Y-%m-%d}）")
        number, version_now = issue.number, issue.version
    slip_id = relay.create_slip(db, actor, relay.SlipInput(
        to_dept=to_dept, subject=subject, content=content, required_date=required_date,
        required_time=required_time, priority=priority, source=number, note=note))
    slip_no = records.get(db, actor, relay.SLIP_KIND, slip_id).number
    act_on_issue(db, actor, issue_id, "assign", {"dept": to_dept, "relay_slip_no": slip_no, "note": note},
                 version=version_now)
    return slip_no


# =========================================================================================== reading

@dataclass(frozen=True)
class EventRow:
    at: datetime
    who: str
    action: str
    to_state: str
    note: str


@dataclass(frozen=True)
class CheckRow:
    checkpoint_id: int
    seq: int
    name: str
    location: str
    items: str
    result: str            # "" not yet recorded
    note: str
    photo: str
    checked_at: datetime | None
    issue_number: str
    sort_key: tuple = ()

    @property
    def result_label(self) -> str:
        return str(CheckResult(self.result).label) if self.result else ""


@dataclass(frozen=True)
class PatrolView:
    id: int
    number: str
    version: int
    status: str
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
    events: list[EventRow]
    actions: list[Transition]

    @property
    def status_label(self) -> str:
        return str(P.patrol_state_label(self.status))


@dataclass(frozen=True)
class IssueView:
    id: int
    number: str
    version: int
    status: str
    patrol_number: str
    found_at: datetime
    found_by: str
    location: str
    category: str
    severity: str
    description: str
    photo: str
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
    fix_photo: str
    verified_by: str
    verified_at: datetime | None
    void_reason: str
    overdue: bool
    events: list[EventRow]
    actions: list[Transition]

    @property
    def status_label(self) -> str:
        return str(P.issue_state_label(self.status))


def _events(s: Session, workflow: Workflow, record_id: int, label_of) -> list[EventRow]:
    events = wf.events(s, workflow, record_id)
    names = _staff_names(s, (e.user_id for e in events))
    rows = []
    for e in events:
        if e.action == "create":
            action = str(T("Patrol", "Recorded"))
        else:
            action = str(workflow.transition(e.action).label) if e.action in {t.name for t in workflow.transitions} \
                else e.action
        rows.append(EventRow(e.at, names.get(e.user_id, ""), action, str(label_of(e.to_state)), e.note))
    return rows


def get_patrol(db: Database, actor: Actor, patrol_id: int) -> PatrolView:
    """One round with every checkpoint of its route (recorded or not), its events and the allowed actions."""
    actor.require(PATROL_VIEW)
    with db.read() as s:
        p = _get(s, Patrol, patrol_id)
        return _patrol_view(s, actor, p)


def _patrol_view(s: Session, actor: Actor, p: Patrol) -> PatrolView:
    checks = {c.checkpoint_id: c for c in s.scalars(select(PatrolCheck).where(PatrolCheck.patrol_id == p.id))}
    issue_ids = [c.issue_id for c in checks.values() if c.issue_id]
    numbers = dict(s.execute(select(PatrolIssue.id, PatrolIssue.number).where(PatrolIssue.id.in_(issue_ids))).all()) \
        if issue_ids else {}
    points = s.scalars(select(PatrolCheckpoint).where(PatrolCheckpoint.route_id == p.route_id)
                       .order_by(PatrolCheckpoint.seq, PatrolCheckpoint.id)).all() if p.route_id else []
    rows = []
    for pt in points:
        c = checks.get(pt.id)
        if c is None and not pt.active:
            continue
        rows.append(CheckRow(pt.id, pt.seq, pt.name, pt.location, pt.items, c.result if c else "",
                             c.note if c else "", c.photo if c else "", c.checked_at if c else None,
                             numbers.get(c.issue_id, "") if c else "", (pt.seq, pt.id)))
    return PatrolView(p.id, p.number, p.version, p.status, p.patrol_date, p.shift, p.route_id, p.route_name,
                      p.inspector_name, p.started_at, p.ended_at, p.summary, p.void_reason, rows,
                      _events(s, PATROL, p.id, P.patrol_state_label),
                      PATROL.allowed_actions(p.status, actor.permissions))


def get_issue(db: Database, actor: Actor, issue_id: int) -> IssueView:
    actor.require(PATROL_VIEW)
    with db.read() as s:
        i = _get(s, PatrolIssue, issue_id)
        names = _staff_names(s, [i.created_by, i.extension_approved_by, i.verified_by])
        patrol_no = s.scalar(select(Patrol.number).where(Patrol.id == i.patrol_id)) if i.patrol_id else ""
        events = _events(s, ISSUE, i.id, P.issue_state_label)
    return IssueView(
        i.id, i.number, i.version, i.status, patrol_no or "", i.found_at, names.get(i.created_by, ""),
        i.location, i.category, i.severity, i.description, i.photo, i.handled_on_site, i.dept, i.relay_slip_no,
        i.due_at, i.original_due_at, i.requested_due_at, i.extension_reason,
        names.get(i.extension_approved_by, ""), i.fixed_at, i.fix_note, i.fix_photo,
        names.get(i.verified_by, ""), i.verified_at, i.void_reason,
        P.is_issue_overdue(i.status, i.due_at, _now(), i.fixed_at), events,
        ISSUE.allowed_actions(i.status, actor.permissions))


# ------------------------------------------------------------------------------------------- lists

@dataclass(frozen=True)
class PatrolFilter:
    date_from: date | None = None
    date_to: date | None = None
    status: str = ""
    route_id: int | None = None


@dataclass(frozen=True)
class PatrolRow:
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

    @property
    def status_label(self) -> str:
        return str(P.patrol_state_label(self.status))


def list_patrols(db: Database, actor: Actor, f: PatrolFilter | None = None, *, after: tuple | None = None,
                 limit: int = 200) -> list[PatrolRow]:
    """Patrols newest first (``patrol_date DESC, id DESC``), keyset-paged, on ix_patrol_day/ix_patrol_state."""
    actor.require(PATROL_VIEW)
    f = f or PatrolFilter()
    q = select(Patrol)
    if f.date_from:
        q = q.where(Patrol.patrol_date >= f.date_from)
    if f.date_to:
        q = q.where(Patrol.patrol_date <= f.date_to)
    if f.status == "open":
        q = q.where(Patrol.status.in_(P.PATROL_OPEN))
    elif f.status:
        q = q.where(Patrol.status == f.status)
    if f.route_id:
        q = q.where(Patrol.route_id == f.route_id)
    if after is not None:
        q = q.where(tuple_(Patrol.patrol_date, Patrol.id) < tuple_(*after))
    with db.read() as s:
        rows = s.scalars(q.order_by(Patrol.patrol_date.desc(), Patrol.id.desc()).limit(limit)).all()
    return [PatrolRow(p.id, p.number, p.patrol_date, p.shift, p.route_name, p.inspector_name, p.status,
                      p.started_at, p.ended_at, p.points_total, p.points_checked, p.points_abnormal,
                      (p.patrol_date, p.id)) for p in rows]


#: the finding filters of the page
ISSUE_GROUPS: dict[str, Text] = {
    "open": T("Patrol", "Open findings"),
    "overdue": T("Patrol", "Overdue"),
    "due_soon": T("Patrol", "Due within 2 days"),
    "extension": T("Patrol", "Extension to approve"),
    "fixed": T("Patrol", "To verify"),
    "closed": T("Patrol", "Closed"),
    "": T("Patrol", "All findings"),
}


@dataclass(frozen=True)
class IssueFilter:
    status: str = "open"         # a key of ISSUE_GROUPS or a state
    date_from: date | None = None
    date_to: date | None = None
    text: str = ""               # location prefix or ZG number


@dataclass(frozen=True)
class IssueRow:
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
    due_at: datetime
    fixed_at: datetime | None
    overdue: bool
    extended: bool
    sort_key: tuple

    @property
    def status_label(self) -> str:
        return str(P.issue_state_label(self.status))


_DUE_ORDERED = ("overdue", "due_soon")


def list_issues(db: Database, actor: Actor, f: IssueFilter | None = None, *, after: tuple | None = None,
                limit: int = 200) -> list[IssueRow]:
    """Findings, keyset-paged. The overdue and due-soon lists are ordered by due date (oldest first) and read
    ``ix_patrol_issue_due``; the others newest found first on ``ix_patrol_issue_found``."""
    actor.require(PATROL_VIEW)
    f = f or IssueFilter()
    now = _now()
    q = select(PatrolIssue)
    by_due = f.status in _DUE_ORDERED
    if f.status == "overdue":
        q = q.where(PatrolIssue.status.in_(P.AWAITING_FIX), PatrolIssue.due_at < now)
    elif f.status == "due_soon":
        q = q.where(PatrolIssue.status.in_(P.AWAITING_FIX), PatrolIssue.due_at >= now,
                    PatrolIssue.due_at < now + timedelta(days=2))
    elif f.status == "open":
        q = q.where(PatrolIssue.status.in_(P.ISSUE_OPEN))
    elif f.status:
        if f.status not in {st.name for st in ISSUE.states}:
            raise ValidationError(T("Patrol", "Unknown status filter {status}").format(status=f.status), "status")
        q = q.where(PatrolIssue.status == f.status)
    start, end = P.day_bounds(f.date_from, f.date_to)
    if start:
        q = q.where(PatrolIssue.found_at >= start)
    if end:
        q = q.where(PatrolIssue.found_at < end)
    text = (f.text or "").strip()
    if text:
        upper = text.upper()
        if upper.startswith(P.ISSUE_DOC) and upper[2:3].isdigit():
            q = q.where(PatrolIssue.number >= upper, PatrolIssue.number < upper + "\U0010ffff")
        else:
            q = q.where(or_(PatrolIssue.location.startswith(text, autoescape=True),
                            PatrolIssue.relay_slip_no == upper))
    if by_due:
        if after is not None:
            q = q.where(tuple_(PatrolIssue.due_at, PatrolIssue.id) > tuple_(*after))
        q = q.order_by(PatrolIssue.due_at, PatrolIssue.id)
    else:
        if after is not None:
            q = q.where(tuple_(PatrolIssue.found_at, PatrolIssue.id) < tuple_(*after))
        q = q.order_by(PatrolIssue.found_at.desc(), PatrolIssue.id.desc())
    with db.read() as s:
        rows = s.scalars(q.limit(limit)).all()
    return [IssueRow(i.id, i.number, i.found_at, i.location, i.category, i.severity, i.description, i.dept,
                     i.relay_slip_no, i.status, i.due_at, i.fixed_at,
                     P.is_issue_overdue(i.status, i.due_at, now, i.fixed_at), i.due_at != i.original_due_at,
                     (i.due_at, i.id) if by_due else (i.found_at, i.id)) for i in rows]


def _overdue_count(s: Session, now: datetime) -> int:
    return sum(s.scalar(select(func.count()).where(PatrolIssue.status == st, PatrolIssue.due_at < now)) or 0
               for st in P.AWAITING_FIX)


def count_overdue(db: Database, actor: Actor) -> int:
    actor.require(PATROL_VIEW)
    with db.read() as s:
        return _overdue_count(s, _now())


# ------------------------------------------------------------------------------------------- KPIs

@dataclass(frozen=True)
class PatrolKpis:
    planned: int                     # supervisor patrols planned in the range (per-day parameter × days)
    done: int                        # completed rounds in the range
    completion_rate: float | None    # 巡查完成率 (a day's extra rounds do not make up for a missed one)
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


def kpis(db: Database, actor: Actor, date_from: date, date_to: date) -> PatrolKpis:
    """The §4.10 KPIs of a date range: 巡查完成率, checkpoint coverage, findings, 按时整改率, average closing
    time, repeat findings by location; plus what is open and overdue now."""
    actor.require(PATROL_VIEW)
    now = _now()
    start, end = P.day_bounds(date_from, date_to)
    with db.read() as s:
        per_day = effective_value("patrol.supervisor_per_day", params_service.load(s))
        done_rows = s.execute(select(Patrol.patrol_date, func.count(), func.sum(Patrol.points_total),
                                     func.sum(Patrol.points_checked))
                              .where(Patrol.status == "completed", Patrol.patrol_date >= date_from,
                                     Patrol.patrol_date <= date_to)
                              .group_by(Patrol.patrol_date)).all()
        found = select(PatrolIssue).where(PatrolIssue.found_at >= start, PatrolIssue.found_at < end,
                                          PatrolIssue.status != "void").subquery()
        counted = s.execute(select(
            func.count(),
            func.count(found.c.fixed_at),
            func.sum((found.c.fixed_at <= found.c.due_at).cast(Integer)),
            func.sum(((found.c.fixed_at.is_not(None)) | (found.c.due_at < now)).cast(Integer)),
        )).one()
        closed = s.execute(select(found.c.found_at, found.c.verified_at).where(found.c.verified_at.is_not(None))
                           .limit(5000)).all()
        repeats = s.execute(select(found.c.location, func.count()).group_by(found.c.location)
                            .having(func.count() > 1).order_by(func.count().desc()).limit(5)).all()
        open_now = s.scalar(select(func.count()).where(PatrolIssue.status.in_(P.ISSUE_OPEN))) or 0
        overdue_now = _overdue_count(s, now)
    done_per_day = {d: n for d, n, _t, _c in done_rows}
    total_points = sum(t or 0 for *_x, t, _c in done_rows)
    checked_points = sum(c or 0 for *_x, c in done_rows)
    found_n, fixed_n, on_time_n, due_n = (counted[0] or 0, counted[1] or 0, counted[2] or 0, counted[3] or 0)
    days = [(v - f).total_seconds() / 86400 for f, v in closed]
    return PatrolKpis(
        planned=per_day * ((date_to - date_from).days + 1), done=sum(done_per_day.values()),
        completion_rate=P.completion_rate(done_per_day, per_day, date_from, date_to),
        checkpoint_coverage=checked_points / total_points if total_points else None,
        issues_found=found_n, issues_fixed=fixed_n, fixed_on_time=on_time_n,
        on_time_rate=on_time_n / due_n if due_n else None, open_issues=open_now, overdue_now=overdue_now,
        avg_close_days=sum(days) / len(days) if days else None,
        repeat_locations=[(loc, n) for loc, n in repeats])


# =========================================================================================== desk hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = _now()
    overdue = _overdue_count(s, now)
    rows = s.execute(select(PatrolIssue.location, PatrolIssue.due_at, PatrolIssue.number)
                     .where(PatrolIssue.status.in_(P.AWAITING_FIX), PatrolIssue.due_at < now)
                     .order_by(PatrolIssue.due_at, PatrolIssue.id).limit(5)).all()
    per_day = effective_value("patrol.supervisor_per_day", params_service.load(s))
    done_today = s.scalar(select(func.count()).where(Patrol.status == "completed",
                                                     Patrol.patrol_date == today)) or 0
    detail = str(T("Patrol", "Patrols today: {done} of {planned}").format(done=done_today, planned=per_day))
    items = [str(T("Patrol", "{location}, due {due}").format(location=loc, due=f"{due:%m-%d}"))
             for loc, due, _n in rows]
    return [dashboard.Tile(T("Patrol", "Patrol findings overdue"), str(overdue), detail, PAGE,
                           "alert" if overdue else ("attention" if done_today < per_day else "normal"), items)]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    group = T("Patrol", "Patrol findings open")
    rows = s.execute(select(PatrolIssue.id, PatrolIssue.number, PatrolIssue.location, PatrolIssue.description,
                            PatrolIssue.status, PatrolIssue.due_at)
                     .where(PatrolIssue.status.in_(P.ISSUE_OPEN))
                     .order_by(PatrolIssue.due_at, PatrolIssue.id).limit(HANDOVER_LIMIT)).all()
    items = []
    for iid, number, location, description, status, due in rows:
        title = f"{location}：{description[:30]} · {P.issue_state_label(status)} · " + str(
            T("Patrol", "due {due}").format(due=f"{due:%m-%d}"))
        late = status in P.AWAITING_FIX and due < now
        items.append(open_items.OpenItem(group, title, number, PAGE, iid, "alert" if late else "normal"))
    rounds = s.execute(select(Patrol.id, Patrol.number, Patrol.route_name, Patrol.inspector_name)
                       .where(Patrol.status == "in_progress").order_by(Patrol.patrol_date.desc(), Patrol.id.desc())
                       .limit(HANDOVER_LIMIT)).all()
    for pid, number, route, who in rounds:
        items.append(open_items.OpenItem(T("Patrol", "Patrol rounds not completed"),
                                         f"{route} · {who}", number, PAGE, pid, "attention"))
    return items


# =========================================================================================== forms

def daily_day(text: str) -> date:
    raw = (text or "").strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    raise NotFound(T("Patrol", "“{text}” is not a day such as 2025-06-12").format(text=raw))


def _patrol_daily(session: Session, actor: Actor, number: str):
    """客服部日巡视检查记录 of one day (number: 2025-06-12): each round's checkpoints and the findings."""
    actor.require(PATROL_VIEW)
    from app.printing.forms.patrol_daily import DailyCheck, DailyFinding, DailyRound, PatrolDaily
    day = daily_day(number)
    start, end = P.day_bounds(day, day)
    now = _now()
    rounds = []
    for p in session.scalars(select(Patrol).where(Patrol.patrol_date == day, Patrol.status != "void")
                             .order_by(Patrol.started_at, Patrol.id)):
        view = _patrol_view(session, actor, p)
        rounds.append(DailyRound(
            number=p.number, route=p.route_name, shift=P.ZH.get(p.shift, p.shift), inspector=p.inspector_name,
            started_at=p.started_at, ended_at=p.ended_at, status=P.ZH.get(p.status, p.status), summary=p.summary,
            checks=[DailyCheck(c.name, P.ZH.get(c.result, "未检"), c.note, c.issue_number, bool(c.photo))
                    for c in view.checks]))
    findings = [DailyFinding(
        number=i.number, location=i.location, category=P.ZH.get(i.category, i.category),
        description=i.description, dept=_dept_zh(i.dept), due_at=i.due_at,
        status=P.ZH.get(i.status, i.status), relay_slip_no=i.relay_slip_no, fixed_at=i.fixed_at,
        overdue=P.is_issue_overdue(i.status, i.due_at, now, i.fixed_at))
        for i in session.scalars(select(PatrolIssue).where(PatrolIssue.found_at >= start, PatrolIssue.found_at < end)
                                 .order_by(PatrolIssue.found_at, PatrolIssue.id).limit(500))]
    return PatrolDaily(day=day, rounds=rounds, findings=findings, printed_by=actor.name, printed_at=now), False


def _dept_zh(code: str) -> str:
    from app.domain import relay as R
    return R.Department.printed(code) if code else ""


# =========================================================================================== registration

dashboard.register("patrol", PATROL_VIEW, _tiles)
open_items.register("patrol", PATROL_VIEW, _open_items)
printing.register_source("patrol_daily", _patrol_daily)
