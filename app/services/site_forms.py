"""The print sources of site supervision and of the renovation's acceptance (app.printing.forms.site_forms):
违章整改通知书 by its WG… number, 装修巡查记录表 by its day, 装修验收单 and 装修验收退款审批表 by the case's ZX…
(or XK…) number. Every word in Chinese."""
from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import site as SD
from app.domain.errors import ConflictError
from app.domain.renovation import RENO_VIEW
from app.domain.renovation import WORKFLOW as RENO_WORKFLOW
from app.domain.site import NOTICE, SITE_VIEW, CheckItem
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, clocks, printing, records
from app.services import renovation as reno
from app.services import site as svc
from app.services.fees.common import payer_of
from app.services.shared import numbered, register_day
from db.models import WorkflowEvent
from db.models.fees import FeeRefund
from db.models.renovation import Renovation, RenovationDeduction, RenovationFee, RenovationWorker
from db.models.site import SiteNotice, SitePatrol

MSG_NO_NOTICE = T("Site", "There is no violation notice {number}")
MSG_NO_REFUND = T("Site", "No deposit of case {number} has been refunded yet")


def _owner(s: Session, case: Renovation) -> str:
    return payer_of(s, case.room_id) or case.applicant


def notice_form(session: Session, actor: Any, number: str) -> tuple[Any, bool]:
    """违章整改通知书 of a notice (一式两联)."""
    actor.require(SITE_VIEW)
    from app.printing.forms.site_forms import SiteNoticeForm
    n = numbered(session, SiteNotice, number, MSG_NO_NOTICE)
    case = session.get(Renovation, n.renovation_id)
    patrol = session.get(SitePatrol, n.patrol_id)
    assert case is not None and patrol is not None
    case_no = f"{case.number}（{case.permit_no}）" if case.permit_no else case.number
    return SiteNoticeForm(
        number=n.number, room=n.room_code, owner=_owner(session, case), contractor=case.company, head=case.head_name,
        case_no=case_no, items=n.items, requirement=n.requirement,
        deadline=clocks.deadline(session, SD.NOTICE_KIND, n.id, "rectify"), issued_at=n.issued_at,
        issued_by=records.names(session, [n.issued_by]).get(n.issued_by or 0, ""), clause=n.clause,
        stop_work=n.stop_work, deduction=n.deduction, receiver=n.receiver, refused=n.refused,
        patrol_no=patrol.number, recheck_at=n.recheck_at, recheck_result=n.recheck_result,
        status=NOTICE.state(n.status).printed), False


def patrol_day_form(session: Session, actor: Any, number: str) -> tuple[Any, bool]:
    """装修巡查记录表 of a day (its "number" is the day: 2026-06-08): every patrol of the day, the cases due
    that were not patrolled."""
    actor.require(SITE_VIEW)
    from app.printing.forms.site_forms import PatrolDay, PatrolLine
    day = register_day(number)
    patrols = session.scalars(select(SitePatrol).where(SitePatrol.patrolled_on == day)
                              .order_by(SitePatrol.patrolled_at, SitePatrol.id).limit(1000)).all()
    notices = dict(session.execute(select(SiteNotice.patrol_id, SiteNotice.number).where(
        SiteNotice.patrol_id.in_([p.id for p in patrols]))).all()) if patrols else {}
    who = records.names(session, (p.inspector_id for p in patrols))
    lines = []
    for p in patrols:
        wrong = set(filter(None, p.violations.split(",")))
        found = json.loads(p.findings or "{}")
        lines.append(PatrolLine(
            p.patrolled_at, p.number, p.room_code, SD.Presence.printed(p.presence), p.workers, p.stage,
            tuple(item.value not in wrong for item in CheckItem),
            "；".join(f"{CheckItem(code).print_label}：{text}" for code, text in found.items()),
            notices.get(p.id, ""), who.get(p.inspector_id or 0, "")))
    every = svc.patrol_every(session)
    rows = session.execute(svc.due_query(day, every, "all", "").order_by(Renovation.room_code)).all()
    due = [svc.due_row(r[0], r[1], r[2], day, every) for r in rows]
    missed = tuple(r.room_code for r in due if r.due)
    return PatrolDay(day=day, lines=lines, due=len(due), missed=missed, printed_by=actor.name,
                     printed_at=base.now()), False


def _events(s: Session, case_id: int, actions: Sequence[str]) -> list[WorkflowEvent]:
    return list(s.scalars(select(WorkflowEvent).where(
        WorkflowEvent.kind == reno.KIND, WorkflowEvent.record_id == case_id, WorkflowEvent.action.in_(actions))
        .order_by(WorkflowEvent.at, WorkflowEvent.id)).all())


def _inspections(s: Session, case_id: int, actions: Sequence[str]) -> list[Any]:
    from app.printing.forms.site_forms import Inspection
    out = []
    for e in _events(s, case_id, actions):
        data = json.loads(e.data) if e.data else {}
        out.append(Inspection(e.at, str(data.get("inspectors") or ""), RENO_WORKFLOW.state(e.to_state).printed,
                              e.note if e.action.endswith("fail") else ""))
    return out


def acceptance_form(session: Session, actor: Any, number: str) -> tuple[Any, bool]:
    """装修验收单 of a case: the inspections from its events, the passes, its notices and deductions."""
    actor.require(RENO_VIEW)
    from app.printing.forms.site_forms import AcceptanceForm
    case = reno._by_number(session, number)
    returned = session.scalars(select(RenovationWorker.id).where(RenovationWorker.renovation_id == case.id,
                                                                 RenovationWorker.returned.is_(True))).all()
    notices = session.scalars(select(SiteNotice).where(SiteNotice.renovation_id == case.id)
                              .order_by(SiteNotice.id)).all()
    deductions = session.scalars(select(RenovationDeduction).where(RenovationDeduction.renovation_id == case.id)
                                 .order_by(RenovationDeduction.id)).all()
    who = records.names(session, (d.approved_by for d in deductions))
    end = case.valid_until or case.planned_end
    return AcceptanceForm(
        number=case.number, room=case.room_code, owner=_owner(session, case), contractor=case.company,
        head=case.head_name, permit_no=case.permit_no, period=f"{case.planned_start:%Y-%m-%d} 至 {end:%Y-%m-%d}",
        items=case.items, applied_at=case.completion_applied_at,
        initial=_inspections(session, case.id, ("inspect_fail", "inspect_pass")),
        recheck=_inspections(session, case.id, ("recheck_fail", "recheck_pass")),
        passes=f"已收回 {len(returned)} 张" if case.passes_collected else "",
        notices=[(n.number, n.items, NOTICE.state(n.status).printed) for n in notices],
        deductions=[(d.reason, d.amount, who.get(d.approved_by or 0, "")) for d in deductions],
        status=RENO_WORKFLOW.state(case.status).printed), case.status == "withdrawn"


def refund_form(session: Session, actor: Any, number: str) -> tuple[Any, bool]:
    """装修验收退款审批表: the case's deposit refunds, each the fees ledger's 押金退还审批表."""
    actor.require(RENO_VIEW)
    from app.printing.forms.site_forms import RenovationRefund
    from app.services.fees.printing import _refund
    case = reno._by_number(session, number)
    deposits = [d for d in session.scalars(select(RenovationFee.deposit_id).where(
        RenovationFee.renovation_id == case.id, RenovationFee.deposit_id.is_not(None))) if d is not None]
    refunds = session.scalars(select(FeeRefund.number).where(FeeRefund.deposit_id.in_(deposits))
                              .order_by(FeeRefund.id)).all() if deposits else []
    if not refunds:
        raise ConflictError(MSG_NO_REFUND.format(number=case.number))
    return RenovationRefund(case.number, tuple(_refund(session, actor, r)[0] for r in refunds)), False


printing.register_source("site_notice", notice_form)
printing.register_source("site_patrol_day", patrol_day_form)
printing.register_source("renovation_acceptance", acceptance_form)
printing.register_source("renovation_refund", refund_form)
