"""装修现场管理 — renovation site supervision through the record kit (DOMAIN.md §4.7): the day's patrol list
of every case 装修中/停工 (due by ``renovation.patrol_interval_days``, missed ones flagged), the patrol with its
checklist, presence, stage and photos (XC…), the violation notice issued from a patrol (WG…) with its
re-checks, the stop-work through the renovation case's own ``stop`` transition in the same transaction (the
case resumes when the notice is rectified), the report to the authorities, a neighbour's complaint linked to
the case, and the notice's estimated deduction listed on the case at acceptance
(:func:`app.services.renovation.add_deduction_in`: the money stays the renovation's).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from app.domain import site as SD
from app.domain.complaints import COMPLAINT_KIND
from app.domain.errors import ConflictError, ValidationError
from app.domain.parameters import effective_value
from app.domain.renovation import KIND as RENO_KIND
from app.domain.renovation import RENO_VIEW
from app.domain.renovation import WORKFLOW as RENO_WORKFLOW
from app.domain.site import NOTICE, NOTICE_KIND, PATROL, PATROL_KIND, SITE_PATROL, SITE_VIEW, CheckItem
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import attachments, base, card_sections, clocks, dashboard, open_items, records
from app.services import params as params_service
from app.services import renovation as reno
from app.services.base import Actor, unit_of_work
from app.services.shared import StatusRow, label_of, numbered
from db.engine import Database
from db.models import Room
from db.models.complaint import Complaint
from db.models.renovation import Renovation
from db.models.site import SiteNotice, SitePatrol

PAGE = "site"
MSG_PATROL_GONE = T("Site", "This patrol no longer exists")
MSG_NOTICE_GONE = T("Site", "This violation notice no longer exists")
MSG_NO_COMPLAINT = T("Site", "There is no complaint {number}")
MSG_FUTURE = T("Site", "A patrol cannot be recorded for a time still to come")
MSG_DEDUCTED = T("Site", "The deduction of notice {number} is already listed on the renovation case")
MSG_NO_AMOUNT = T("Site", "Enter the deduction to list (the notice estimated none)")
MSG_LINKED = T("Site", "Complaint {number} is already linked to this case")

records.RELATIONS.update({"site_patrol": T("Records", "patrol"), "site_notice": T("Records", "violation")})


def _today() -> date:
    return base.now().date()


def patrol_every(s: Session) -> int:
    return int(effective_value("renovation.patrol_interval_days", params_service.load(s)))


def _case(s: Session, case_id: int) -> Renovation:
    case: Renovation = records.load(s, reno.CASES, case_id)
    return case


# =========================================================================================== the patrol list

@dataclass(frozen=True)
class DueRow(StatusRow):
    """A case on the day's patrol list (its status is the renovation case's)."""

    WORKFLOW = RENO_WORKFLOW
    id: int
    number: str
    room_code: str
    company: str
    status: str
    valid_until: date | None
    last_on: date | None
    due: bool
    missed: bool
    open_notices: int
    sort_key: tuple

    @property
    def overdue(self) -> bool:     # the list shows a missed patrol in the late colour
        return self.missed


def _last_patrol(day: date) -> Any:
    return (select(func.max(SitePatrol.patrolled_on))
            .where(SitePatrol.renovation_id == Renovation.id, SitePatrol.patrolled_on <= day)
            .correlate(Renovation).scalar_subquery())


def _open_notices() -> Any:
    return (select(func.count(SiteNotice.id))
            .where(SiteNotice.renovation_id == Renovation.id, SiteNotice.status.in_(SD.OPEN_NOTICE_STATES))
            .correlate(Renovation).scalar_subquery())


PATROL_FILTERS: dict[str, Text] = {"all": T("Site", "All sites"), "due": T("Site", "Due today"),
                                   "missed": T("Site", "Missed"), "stopped": T("Site", "Work stopped")}


def due_query(day: date, every: int, status: str, text: str) -> Select[Any]:
    last = _last_patrol(day)
    q = select(Renovation, last.label("last_on"), _open_notices().label("open_notices")).where(
        Renovation.status.in_(SD.PATROLLED))
    since = func.date(Renovation.permit_issued_at)
    if status == "due":
        q = q.where(or_(last.is_(None), last <= day - timedelta(days=every)))
    elif status == "missed":
        q = q.where(or_(last < day - timedelta(days=every),
                        last.is_(None) & (since < (day - timedelta(days=every)).isoformat())))
    elif status == "stopped":
        q = q.where(Renovation.status == "stopped")
    elif status not in ("", "all", "open"):
        raise ValidationError(T("Site", "Unknown list filter {status}").format(status=status[:20]), "status")
    room = (text or "").strip().upper()
    if room:
        q = q.where(Renovation.room_code >= room, Renovation.room_code < room + "\uffff")
    return q


def due_row(case: Any, last_on: Any, notices: Any, day: date, every: int) -> DueRow:
    last = date.fromisoformat(last_on) if isinstance(last_on, str) else last_on
    since = case.permit_issued_at.date() if case.permit_issued_at else day
    due, missed = SD.due_today(last, since, day, every)
    return DueRow(case.id, case.number, case.room_code, case.company, case.status, case.valid_until, last, due,
                  missed, int(notices or 0), (case.room_code, case.id))


def patrol_list(db: Database, actor: Actor, day: date | None = None, *, after: tuple | None = None,
                limit: int = 200, status: str = "all", text: str = "") -> list[DueRow]:
    """The patrol list of ``day`` (today): every renovation case 装修中/停工 by room, with its last patrol,
    whether today's is due and whether one was missed (``status``: all, due, missed, stopped)."""
    actor.require(SITE_VIEW)
    day = day or _today()
    with db.read() as s:
        every = patrol_every(s)
        q = due_query(day, every, status, text)
        if after is not None:
            q = q.where(or_(Renovation.room_code > after[0],
                            (Renovation.room_code == after[0]) & (Renovation.id > after[1])))
        rows = s.execute(q.order_by(Renovation.room_code, Renovation.id).limit(limit)).all()
        return [due_row(r[0], r[1], r[2], day, every) for r in rows]


def count_patrol_list(db: Database, actor: Actor, day: date | None = None, *, status: str = "all", text: str = "",
                      **_: Any) -> int:
    actor.require(SITE_VIEW)
    day = day or _today()
    with db.read() as s:
        q = due_query(day, patrol_every(s), status, text)
        return int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)


# =========================================================================================== the patrol

def blank_patrol(**values: Any) -> dict[str, Any]:
    """A patrol as its dialog starts (every line OK, someone there), with ``values`` typed over it."""
    return {**{spec.key: spec.initial() for spec in SD.PATROL_FORM}, **values}


def parse_patrol(raw: Mapping[str, Any], now: datetime) -> tuple[dict[str, Any], list[CheckItem]]:
    """A patrol as typed, by its declared fields: the values and the lines found in violation."""
    values: dict[str, Any] = {}
    for spec in SD.PATROL_FORM:
        value = raw.get(spec.key, spec.initial())
        values[spec.key] = spec.parse(value, now=now, values=values)
    if values["patrolled_at"] > now + timedelta(minutes=5):
        raise ValidationError(MSG_FUTURE, "patrolled_at")
    return values, SD.violations(values)


def record_patrol(db: Database, actor: Actor, case_id: int, raw: Mapping[str, Any]) -> int:
    """A patrol of a renovation case 装修中/停工 (XC…), linked to the case, its photos attached; with a
    violation it waits for a notice (or its correction on the spot). Returns the patrol's id."""
    actor.require(SITE_PATROL)
    values, wrong = parse_patrol(raw, base.now())
    with unit_of_work(db, actor) as s:
        case = _case(s, case_id)
        if case.status not in SD.PATROLLED:
            raise ConflictError(SD.MSG_NOT_WORKING.format(room=case.room_code, number=case.number,
                                                          state=RENO_WORKFLOW.state(case.status).label))
        at = values["patrolled_at"]
        patrol = SitePatrol(
            renovation_id=case.id, room_code=case.room_code, inspector_id=actor.staff_id, patrolled_at=at,
            patrolled_on=at.date(), presence=values["presence"], workers=values["workers"], stage=values["stage"],
            violations=",".join(item.value for item in wrong), notes=values["notes"],
            findings=json.dumps({i.value: values[f"find_{i.value}"] for i in wrong}, ensure_ascii=False))
        found = "；".join(f"{i.print_label}：{values[f'find_{i.value}']}" for i in wrong)
        records.create_in(s, actor, PATROLS, patrol, state=None if wrong else "recorded", note=found[:200],
                          link=(RENO_KIND, case.id, "site_patrol"))
        if values["photos"]:
            attachments.add(s, actor, PATROL_KIND, patrol.id, values["photos"], role="photos", field="photos")
        return int(patrol.id)


def _issue(ctx: records.Act) -> None:
    """The notice (WG…) made from the patrol, linked to it and to the case; the neighbour's complaint linked;
    a major violation stops the work at once."""
    s, patrol, v = ctx.session, ctx.record, ctx.values
    SD.check_notice(v, ctx.now)
    complaint = _complaint(s, v["complaint_no"]) if v["complaint_no"] else None
    notice = SiteNotice(
        patrol_id=patrol.id, renovation_id=patrol.renovation_id, room_code=patrol.room_code, items=v["items"],
        clause=v["clause"], requirement=v["requirement"], issued_at=ctx.now, issued_by=ctx.actor.staff_id,
        stop_work=bool(v["stop_work"]), deduction=v["deduction"], receiver=v["receiver"],
        refused=bool(v["refused"]), complaint_no=complaint.number if complaint else "")
    ctx.create(NOTICES, notice, relation="site_notice", data={"deadline": v["deadline"], "items": v["items"]})
    records.link(s, (RENO_KIND, patrol.renovation_id), (NOTICE_KIND, notice.id), "site_notice")
    if complaint is not None:
        records.link(s, (COMPLAINT_KIND, complaint.id), (NOTICE_KIND, notice.id), "site_notice")
        _link_case(s, complaint, patrol.renovation_id)
    ctx.data["notice_no"] = notice.number
    if notice.stop_work:
        records.act_in(s, ctx.actor, NOTICES, notice, "stop_work", {"note": v["items"][:200]})


def findings_of(p: SitePatrol) -> str:
    """The lines found in violation with what was found (拆除承重墙 …), as a notice's items start."""
    return "；".join(f"{CheckItem(code).label}：{text}" for code, text in json.loads(p.findings or "{}").items())


@dataclass(frozen=True)
class PatrolDetail:
    day: date
    findings: str


PATROLS = records.register(records.RecordKind(
    PATROL, SitePatrol, SITE_VIEW, page=PAGE, title=lambda p: f"{p.room_code} · {p.patrolled_at:%Y-%m-%d %H:%M}",
    rows=lambda s, a, p: _patrol_rows(s, p), detail=lambda s, a, p: PatrolDetail(p.patrolled_on, findings_of(p)),
    effects={"issue_notice": _issue},
    not_found=MSG_PATROL_GONE))


def _patrol_rows(s: Session, p: SitePatrol) -> list[tuple[Text | str, str]]:
    checklist = findings_of(p)
    inspector = records.names(s, [p.inspector_id]).get(p.inspector_id or 0, "")
    return [
        (T("Site", "Room"), p.room_code),
        (SD.PATROLLED_AT.label, f"{p.patrolled_at:%Y-%m-%d %H:%M}"),
        (T("Site", "Inspector"), inspector),
        (SD.PRESENCE.label, label_of(SD.Presence, p.presence)),
        (SD.WORKERS.label, "" if p.workers is None else str(p.workers)),
        (SD.STAGE.label, p.stage),
        (T("Site", "Violations"), checklist or str(T("Site", "None"))),
        (SD.NOTES.label, p.notes),
    ]


# =========================================================================================== the notice

def _complaint(s: Session, number: str) -> Complaint:
    return numbered(s, Complaint, number, MSG_NO_COMPLAINT)


def _link_case(s: Session, complaint: Complaint, case_id: int) -> None:
    from db.models import RecordLink
    exists = s.scalar(select(RecordLink.id).where(
        RecordLink.from_kind == COMPLAINT_KIND, RecordLink.from_id == complaint.id,
        RecordLink.to_kind == RENO_KIND, RecordLink.to_id == case_id).limit(1))
    if exists is None:
        records.link(s, (COMPLAINT_KIND, complaint.id), (RENO_KIND, case_id), "complaint")


def link_complaint(db: Database, actor: Actor, case_id: int, complaint_no: str) -> None:
    """A neighbour's complaint about a renovation linked to the case (both show the link)."""
    actor.require(SITE_PATROL)
    with unit_of_work(db, actor) as s:
        case = _case(s, case_id)
        complaint = _complaint(s, complaint_no)
        before = len(records.links(s, RENO_KIND, case.id))
        _link_case(s, complaint, case.id)
        s.flush()
        if len(records.links(s, RENO_KIND, case.id)) == before:
            raise ConflictError(MSG_LINKED.format(number=complaint.number))


def _stop(ctx: records.Act) -> None:
    """Work stops through the renovation case's own ``stop`` (already stopped: it stays so)."""
    s, notice = ctx.session, ctx.record
    case = _case(s, notice.renovation_id)
    if case.status == "active":
        records.act_in(s, ctx.actor, reno.CASES, case, "stop",
                       {"note": f"违章整改通知书 {notice.number}：{ctx.values.get('note') or ''}"[:200]})
        notice.stopped_case = True
    elif case.status != "stopped":
        raise ConflictError(SD.MSG_NO_CASE_STOP.format(number=case.number,
                                                       state=RENO_WORKFLOW.state(case.status).label))


def _rechecked(ctx: records.Act) -> None:
    ctx.record.recheck_at, ctx.record.recheck_result = ctx.now, ctx.values["note"]


def _new_deadline(ctx: records.Act) -> None:
    _rechecked(ctx)
    deadline = ctx.values.get("deadline")
    if deadline is not None and deadline <= ctx.now:
        raise ValidationError(SD.MSG_DEADLINE.format(at=f"{ctx.now:%Y-%m-%d %H:%M}"), "deadline")


def _resume(ctx: records.Act) -> None:
    """Rectified: the case resumes work when this notice had it stopped and no other notice still does
    (after the event, so this notice no longer holds it)."""
    s, notice = ctx.session, ctx.record
    if ctx.event is None or ctx.event.from_state not in SD.HOLDING:
        return
    case = _case(s, notice.renovation_id)
    if case.status == "stopped" and reno.resume_held(s, case) is None:
        records.act_in(s, ctx.actor, reno.CASES, case, "resume", {"note": f"{notice.number} 复查合格"})


def _holding(s: Session, case: Renovation) -> Text | None:
    """The violation notice that keeps ``case`` stopped (the renovation's own ``resume`` asks it)."""
    notice = s.scalar(select(SiteNotice).where(SiteNotice.renovation_id == case.id,
                                               SiteNotice.status.in_(SD.HOLDING))
                      .order_by(SiteNotice.id).limit(1))
    if notice is None:
        return None
    return SD.MSG_HELD.format(number=notice.number, state=NOTICE.state(notice.status).label)


reno.register_resume_hold(_holding)


def _reported(ctx: records.Act) -> None:
    ctx.record.authority = ctx.values["authority"]


def _subject(s: Session, notice: SiteNotice) -> records.Subject:
    return records.Subject(notice, due_at=clocks.deadline(s, NOTICE_KIND, notice.id, "rectify"), now=base.now())


@dataclass(frozen=True)
class NoticeDetail:
    room_code: str
    case_number: str
    patrol_number: str
    deadline: datetime | None
    deduction: Decimal | None
    deduction_listed: bool


def _notice_detail(s: Session, actor: Actor, n: SiteNotice) -> NoticeDetail:
    case = s.get(Renovation, n.renovation_id)
    patrol = s.get(SitePatrol, n.patrol_id)
    return NoticeDetail(n.room_code, case.number if case else "", patrol.number if patrol else "",
                        clocks.deadline(s, NOTICE_KIND, n.id, "rectify"), n.deduction, n.deduction_id is not None)


def _notice_rows(s: Session, actor: Actor, n: SiteNotice) -> list[tuple[Text | str, str]]:
    d = _notice_detail(s, actor, n)
    signed = str(T("Site", "Refused to sign")) if n.refused else n.receiver
    return [
        (T("Site", "Room"), n.room_code),
        (T("Site", "Renovation case"), d.case_number),
        (SD.ITEMS.label, n.items),
        (SD.CLAUSE.label, n.clause),
        (SD.REQUIREMENT.label, n.requirement),
        (SD.DEADLINE.label, f"{d.deadline:%Y-%m-%d %H:%M}" if d.deadline else ""),
        (T("Site", "Stop work"), str(T("Site", "Yes")) if n.stop_work else ""),
        (SD.DEDUCTION.label, f"{n.deduction:,.2f}" if n.deduction else ""),
        (T("Site", "Signed for"), signed),
        (SD.COMPLAINT_NO.label, n.complaint_no),
        (SD.RESULT.label, n.recheck_result),
        (SD.AUTHORITY.label, n.authority),
    ]


NOTICES = records.register(records.RecordKind(
    NOTICE, SiteNotice, SITE_VIEW, page=PAGE, title=lambda n: f"{n.room_code} · {n.items[:20]}",
    rows=_notice_rows, detail=_notice_detail, subject=_subject,
    effects={"stop_work": _stop, "recheck_pass": _rechecked, "recheck_fail": _new_deadline, "report": _reported},
    after={"recheck_pass": _resume},
    not_found=MSG_NOTICE_GONE))


def issue_notice(db: Database, actor: Actor, patrol_id: int, raw: Mapping[str, Any]) -> int:
    """A violation notice from a patrol that found one; returns the notice's id."""
    with unit_of_work(db, actor) as s:
        done = records.act_in(s, actor, PATROLS, patrol_id, "issue_notice", raw)
        return int(s.scalar(select(SiteNotice.id).where(SiteNotice.number == done.data["notice_no"])) or 0)


def list_deduction(db: Database, actor: Actor, notice_id: int, amount: Decimal | None = None, *,
                   approver: int | None = None, approver_password: str = "") -> int:
    """The notice's estimated deduction (or ``amount``) listed on its renovation case at acceptance, approved
    by the manager acting, and linked to the notice; returns the deduction's id."""
    actor.require(RENO_VIEW)
    confirmed = reno.confirm_approver(db, actor, approver, approver_password)
    with unit_of_work(db, actor) as s:
        notice = records.load(s, NOTICES, notice_id)
        if notice.deduction_id is not None:
            raise ConflictError(MSG_DEDUCTED.format(number=notice.number))
        value = amount if amount is not None else notice.deduction
        if not value:
            raise ValidationError(MSG_NO_AMOUNT, "amount")
        row = reno.add_deduction_in(s, reno.acting_of(s, actor, confirmed), notice.renovation_id,
                                    f"违章整改通知书 {notice.number}：{notice.items}"[:200], value)
        notice.deduction_id = row.id
        return int(row.id)


# =========================================================================================== KPIs

@dataclass(frozen=True)
class SiteKpis:
    """§4.14/§6 违章率 of [first, last]: the cases under way in the period (the permit issued by its end, the
    initial acceptance not passed before its start) and those of them a violation notice was issued to."""

    under_way: int
    with_violation: int
    notices: int
    stopped: int                # notices that stopped the work

    @property
    def violation_rate(self) -> float | None:
        return self.with_violation / self.under_way if self.under_way else None


def kpis(db: Database, actor: Actor, first: date, last: date) -> SiteKpis:
    actor.require(SITE_VIEW)
    lo, hi = datetime.combine(first, datetime.min.time()), datetime.combine(last + timedelta(days=1),
                                                                            datetime.min.time())
    cases = select(Renovation.id).where(
        Renovation.permit_no != "", Renovation.permit_issued_at < hi,
        or_(Renovation.initial_passed_on.is_(None), Renovation.initial_passed_on >= first))
    with db.read() as s:
        under_way = int(s.scalar(select(func.count()).select_from(cases.subquery())) or 0)
        issued = s.execute(select(SiteNotice.renovation_id, SiteNotice.stopped_case).where(
            SiteNotice.renovation_id.in_(cases), SiteNotice.issued_at >= lo, SiteNotice.issued_at < hi)).all()
    return SiteKpis(under_way, len({case for case, _ in issued}), len(issued), sum(1 for _, stop in issued if stop))


# =========================================================================================== the desk's hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    q = due_query(today, patrol_every(s), "due", "")
    due = int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)
    late = int(s.scalar(select(func.count(SiteNotice.id)).where(
        SiteNotice.status == "issued", SiteNotice.id.in_(clocks.overdue(NOTICE_KIND, "rectify", base.now())))) or 0)
    return [dashboard.Tile(T("Site", "Renovation patrols due today"), str(due), page=PAGE,
                           level="attention" if due else "normal"),
            dashboard.Tile(T("Site", "Violations past their deadline"), str(late), page=PAGE,
                           level="alert" if late else "normal")]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    late = set(s.scalars(clocks.overdue(NOTICE_KIND, "rectify", now)))
    rows = s.scalars(select(SiteNotice).where(SiteNotice.status.in_(SD.OPEN_NOTICE_STATES))
                     .order_by(SiteNotice.id).limit(100)).all()
    group = T("Site", "Violation notices to follow up")
    return [open_items.OpenItem(group, f"{n.room_code} {n.items[:30]} · {NOTICE.state(n.status).label}",
                                n.number, PAGE, n.id, "alert" if n.id in late else "normal") for n in rows]


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    rows = s.scalars(select(SiteNotice).join(Renovation, Renovation.id == SiteNotice.renovation_id)
                     .where(Renovation.room_id == room.id).order_by(SiteNotice.id.desc()).limit(5)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("Site", "Violation notices"),
        [T("Site", "Notice"), T("Site", "Status"), T("Site", "Issued"), SD.ITEMS.label],
        [[n.number, str(NOTICE.state(n.status).label), f"{n.issued_at:%Y-%m-%d}", n.items] for n in rows])


dashboard.register("site", SITE_VIEW, _tiles)
open_items.register("site", SITE_VIEW, _open_items)
card_sections.register("site", _card_section, SITE_VIEW)



from app.services import site_forms  # noqa: E402,F401  (its print sources)
