"""主管日审: every evening the supervisor reads the day's records and signs them (DOMAIN.md §4.2 step 9,
§4.3): the day's complaint and follow-up events, the unusual events of any workflow (a key lost, a record
voided, a receipt reversed …), household-card views and the store's own unusual rows (a restore, a locked
account, a desk left before its takeover), and the day's work log, checked with the same signature.

A workflow adds its records with :func:`review` (every event, or only the unusual actions). A day is signed
once, by a 客服主管 signed in; the list signed is the list shown (a record that arrived meanwhile makes the
desk read again). Unsigned days of the last fortnight are a home tile.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import duty as D
from app.domain.errors import ConflictError, ValidationError
from app.domain.workflow import WORKFLOWS
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, dashboard, records, worklog
from app.services.audit_log import ACTION_LABELS
from app.services.base import Actor, unit_of_work
from app.services.dashboard import Tile
from db.engine import Database
from db.models import AuditLog, WorkflowEvent
from db.models.duty import WorkLogReview
from db.models.signoff import DaySignoff

SIGNOFF = D.DAY_SIGNOFF
NOTE = D.REVIEW_NOTE
#: how far back an unsigned day is still asked for on the home tab
HORIZON_DAYS = 14

#: record kind → the actions shown (None: every event of the day)
_REVIEWED: dict[str, frozenset[str] | None] = {}
#: the audit trail's rows a supervisor reads: action → shown one by one (False: counted per person)
_AUDITED = {"view_card": False, "reveal_card": False, "restore": True, "leave_before_takeover": True,
            "sign_in_failed": True, "reset_password": True, "set_permissions": True}


def review(kind: str, actions: frozenset[str] | None = None) -> None:
    """Show ``kind``'s events of the day in the sign-off list: all of them, or only ``actions`` (unusual)."""
    _REVIEWED[kind] = actions


review("complaint")
review("followup")
review("key", frozenset({"report_lost", "replace", "void"}))
review("key_loan", frozenset({"lose", "return_short", "extend", "void"}))
review("fee_receipt", frozenset({"void", "reverse", "reprint"}))
review("fee_deposit", frozenset({"deduct", "transfer", "refund", "void"}))
review("fee_refund")
for _kind in ("work_log", "visit", "work_slip", "parcel", "notice", "vacant_inspection", "patrol",
              "patrol_issue"):
    review(_kind, frozenset({"void"}))


@dataclass(frozen=True)
class DayItem:
    at: datetime
    section: Text | str          # the workflow's name, or 审计 for the store's own rows
    what: str                    # the action (and its change of state)
    number: str                  # the record's number ("" for the audit rows)
    detail: str
    staff: str
    unusual: bool
    kind: str = ""               # the record's kind, whose page opens it
    record_id: int = 0


@dataclass(frozen=True)
class Signed:
    by: str
    at: datetime
    items: int
    unusual: int
    note: str


@dataclass(frozen=True)
class DaySheet:
    day: date
    items: list[DayItem]
    worklog: worklog.DaySummary
    signed: Signed | None

    @property
    def unusual(self) -> int:
        return sum(1 for i in self.items if i.unusual)


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time())
    return start, start + timedelta(days=1)


def _events(s: Session, day: date) -> list[DayItem]:
    start, end = _bounds(day)
    rows = s.scalars(select(WorkflowEvent).where(WorkflowEvent.at >= start, WorkflowEvent.at < end,
                                                 WorkflowEvent.kind.in_(_REVIEWED))
                     .order_by(WorkflowEvent.at, WorkflowEvent.id)).all()
    rows = [r for r in rows if _REVIEWED[r.kind] is None or r.action in (_REVIEWED[r.kind] or ())]
    who = records.names(s, (r.staff_id for r in rows))
    numbers: dict[tuple[str, int], str] = {}
    for kind in {r.kind for r in rows}:
        rk = records.KINDS.get(kind)
        ids = {r.record_id for r in rows if r.kind == kind}
        model: Any = rk.model if rk is not None else None
        if rk is not None and hasattr(model, "number"):
            pairs: list[Any] = list(s.execute(select(model.id, model.number).where(model.id.in_(ids))))
            numbers.update({(kind, i): n for i, n in pairs})
        elif rk is not None and rk.code is not None:
            found: list[Any] = list(s.scalars(select(model).where(model.id.in_(ids))))
            numbers.update({(kind, r.id): rk.code(r) for r in found})
    out: list[DayItem] = []
    for run in _batches(rows):
        r = run[0]
        wf = WORKFLOWS[r.kind]
        what = str(wf.action_label(r.action))
        if r.to_state and r.to_state != r.from_state:
            what += f"（→ {wf.state_label(r.to_state)}）"
        data = json.loads(r.data) if r.data else {}
        detail = "; ".join(x for x in (r.note, records.details(wf, data)) if x)
        number = numbers.get((r.kind, r.record_id), "")
        if len(run) > 1:
            what += f" ×{len(run)}"
            last = numbers.get((r.kind, run[-1].record_id), "")
            cut = last.rfind("-") + 1 if last[:last.rfind("-")] == number[:number.rfind("-")] else 0
            number = f"{number}–{last[cut:]}"       # HF20261207-0001–0187
        out.append(DayItem(r.at, wf.label, what, number, detail, who.get(r.staff_id, "") if r.staff_id else "",
                           _REVIEWED[r.kind] is not None, r.kind, r.record_id))
    return out


def _batches(rows: list[WorkflowEvent]) -> list[list[WorkflowEvent]]:
    """Events in runs: one record each, but a batch (the same action by the same person in the same minute,
    with nothing of its own to read, more than three times over) as one run."""
    runs: list[list[WorkflowEvent]] = []
    for r in rows:
        last = runs[-1][-1] if runs else None
        if last is not None and not (r.note or last.note) and r.data == last.data and \
                (r.kind, r.action, r.to_state, r.staff_id) == (last.kind, last.action, last.to_state,
                                                                last.staff_id) and \
                r.at.replace(second=0, microsecond=0) == last.at.replace(second=0, microsecond=0):
            runs[-1].append(r)
        else:
            runs.append([r])
    return [part for run in runs for part in ([run] if len(run) > 3 else [[r] for r in run])]


def _audit_rows(s: Session, day: date) -> list[DayItem]:
    start, end = _bounds(day)
    rows = s.execute(select(AuditLog.at, AuditLog.username, AuditLog.action, AuditLog.entity_id, AuditLog.after)
                     .where(AuditLog.at >= start, AuditLog.at < end, AuditLog.action.in_(_AUDITED))
                     .order_by(AuditLog.at, AuditLog.id)).all()
    section = T("SignOff", "Audit trail")
    out = [DayItem(r.at, section, str(ACTION_LABELS[r.action]), "", " ".join(x for x in (r.entity_id, r.after)
                                                                              if x), r.username, True)
           for r in rows if _AUDITED[r.action]]
    counted = Counter((r.username, r.action) for r in rows if not _AUDITED[r.action])
    last = {(r.username, r.action): r.at for r in rows}
    for (user, action), n in sorted(counted.items()):
        rooms = sorted({r.entity_id for r in rows if (r.username, r.action) == (user, action)})
        out.append(DayItem(last[(user, action)], section, str(ACTION_LABELS[action]),
                           "", str(T("SignOff", "{n} times: {rooms}")).format(n=n, rooms="、".join(rooms[:12])
                                                                             + ("…" if len(rooms) > 12 else "")),
                           user, action == "reveal_card"))
    return sorted(out, key=lambda i: i.at)


def items_in(s: Session, day: date) -> list[DayItem]:
    return sorted(_events(s, day) + _audit_rows(s, day), key=lambda i: i.at)


def _signed(s: Session, day: date) -> Signed | None:
    row = s.get(DaySignoff, day)
    if row is None:
        return None
    return Signed(records.names(s, [row.signed_by]).get(row.signed_by, ""), row.signed_at, row.items,
                  row.unusual, row.note)


def day_sheet(db: Database, actor: Actor, day: date) -> DaySheet:
    """The day's list to read, the work log's figures, and the signature if the day is signed."""
    actor.require(SIGNOFF)
    summary = worklog.day_summary(db, actor, day)
    with db.read() as s:
        return DaySheet(day, items_in(s, day), summary, _signed(s, day))


def sign_day(db: Database, actor: Actor, day: date, seen: int, note: str = "") -> None:
    """Sign ``day`` as read (``seen``: how many items the supervisor was shown). The work log is checked
    with the same signature unless it was checked already; its open rows need the note."""
    actor.require(SIGNOFF)
    note = NOTE.parse(note)
    now = base.now()
    if day > now.date():
        raise ValidationError(T("SignOff", "A day can be signed only once it has begun"), "day")
    summary = worklog.day_summary(db, actor, day)
    if summary.review is None and summary.open and not note:
        raise ValidationError(T("SignOff", "{n} work-log rows have no result: note how they are followed up")
                              .format(n=summary.open), "note")
    with unit_of_work(db, actor) as s:
        done = _signed(s, day)
        if done is not None:
            raise ConflictError(T("SignOff", "{day} was signed already by {name} at {at}").format(
                day=day, name=done.by, at=f"{done.at:%H:%M}"))
        items = items_in(s, day)
        if len(items) != seen:
            raise ConflictError(T("SignOff", "{n} records were added to the day while you read it: read the "
                                             "list again, then sign").format(n=len(items) - seen))
        if s.get(WorkLogReview, day) is None:
            s.add(WorkLogReview(day=day, reviewed_by=actor.staff_id, reviewed_at=now, total_rows=summary.total,
                                open_rows=summary.open, note=note))
        s.add(DaySignoff(day=day, signed_by=actor.staff_id, signed_at=now, items=len(items),
                         unusual=sum(1 for i in items if i.unusual), note=note))


def unsigned_days(s: Session, today: date, horizon: int = HORIZON_DAYS) -> list[date]:
    """Days before today, within ``horizon``, that had records to read and carry no signature."""
    first = today - timedelta(days=horizon)
    signed = set(s.scalars(select(DaySignoff.day).where(DaySignoff.day >= first)))
    start, end = _bounds(first)[0], _bounds(today)[0]
    busy: set[date] = set()
    for column, wanted in ((WorkflowEvent.at, WorkflowEvent.kind.in_(_REVIEWED)),
                           (AuditLog.at, AuditLog.action.in_(_AUDITED))):
        days: list[Any] = list(s.scalars(select(func.date(column)).where(column >= start, column < end, wanted)
                                         .distinct()))
        busy |= {d if isinstance(d, date) else date.fromisoformat(str(d)[:10]) for d in days}
    return sorted(d for d in busy - signed if first <= d < today)


def _tiles(s: Session, actor: Actor, today: date) -> list[Tile]:
    days = unsigned_days(s, today)
    if not days:
        return []
    return [Tile(T("Home", "Days to sign (主管日审)"), str(len(days)),
                 "、".join(f"{d:%m-%d}" for d in days[-5:]), "signoff", "attention")]


dashboard.register("signoff", SIGNOFF, _tiles)
