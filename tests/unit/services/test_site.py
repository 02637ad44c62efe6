"""装修现场管理 (§4.7) through its service on a real store: the day's patrol list (due and missed), the patrol
refused for a case not 装修中/停工, the checklist's findings, the violation notice and its refusals (no items,
a deadline before the issue, nobody signed), re-checks, overdue, the stop-work chain through the renovation
case's own transitions (and the resume), the report, a neighbour's complaint linked, the deduction listed at
acceptance, the desk's hooks and two desks."""
from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain import site as SD
from app.domain.errors import ConflictError, PermissionDenied, UserError, ValidationError
from app.services import base, dashboard, open_items, records
from app.services import complaints as complaints_service
from app.services import renovation as reno
from app.services import site as svc
from db.models import RecordLink, WorkflowEvent
from db.models.renovation import RenovationDeduction
from db.models.site import SiteNotice, SitePatrol
from tests.conftest import PASSWORD
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.services.test_renovation import act, apply, desk, load, permitted, permitted_case_on  # noqa: F401

NOTICE = {"items": "拆改承重墙", "clause": "装修管理服务协议第五条", "requirement": "立即停止拆改并恢复原状",
          "deadline": "2026-06-10 09:00", "deduction": "500.00", "receiver": "赵工头"}


def patrol(db, actor, case_id, **raw) -> int:
    return svc.record_patrol(db, actor, case_id, svc.blank_patrol(**{"patrolled_at": base.now(), **raw}))


def violation(db, actor, case_id) -> int:
    return patrol(db, actor, case_id, ok_prohibited="violation", find_prohibited="拆除卫生间承重墙", stage="剔凿")


def notice(db, actor, case_id, **raw) -> int:
    return svc.issue_notice(db, actor, violation(db, actor, case_id), {**NOTICE, **raw})


def status(db, model, ident) -> str:
    with db.read() as s:
        return s.get(model, ident).status


def notice_act(db, actor, notice_id, action, **raw):
    return records.act(db, actor, svc.NOTICES.kind, notice_id, action, raw)


# ------------------------------------------------------------------------------------------ the patrol list

def test_the_patrol_list_holds_working_cases_due_and_missed(db, desk, clock):  # noqa: F811
    working = permitted(db, desk)
    pending = apply(db, desk, room="3-2-1601", applicant="曾经纬", phone="13805716689")
    rows = svc.patrol_list(db, desk)
    assert [r.id for r in rows] == [working]            # a case still in review is not patrolled
    assert (rows[0].due, rows[0].missed, rows[0].last_on) == (True, False, None)
    patrol(db, desk, working, stage="水电改造")
    assert [(r.due, r.missed) for r in svc.patrol_list(db, desk)] == [(False, False)]
    assert svc.count_patrol_list(db, desk, status="due") == 0
    clock.advance(days=1)                               # daily (renovation.patrol_interval_days = 1)
    assert [(r.due, r.missed) for r in svc.patrol_list(db, desk)] == [(True, False)]
    clock.advance(days=2)
    row = svc.patrol_list(db, desk)[0]
    assert (row.due, row.missed, row.last_on) == (True, True, date(2026, 6, 8))
    assert [r.id for r in svc.patrol_list(db, desk, status="missed")] == [working]
    # a past day's list sees the patrols made up to that day
    assert [r.due for r in svc.patrol_list(db, desk, date(2026, 6, 8))] == [False]
    assert pending


def test_a_patrol_is_refused_for_a_case_not_renovating_or_stopped(db, desk):
    case_id = apply(db, desk)
    with pytest.raises(ConflictError, match="only a case renovating or stopped is patrolled"):
        patrol(db, desk, case_id)
    with db.read() as s:
        assert s.scalars(select(SitePatrol.id)).all() == []


def test_a_patrol_after_acceptance_is_refused(db, desk):
    case_id = permitted(db, desk)
    act(db, desk, case_id, "apply_completion")
    with pytest.raises(ConflictError, match="Awaiting acceptance: only a case renovating"):
        patrol(db, desk, case_id)


def test_a_patrol_records_the_checklist_presence_stage_and_photos(db, desk):
    case_id = permitted(db, desk)
    with pytest.raises(ValidationError, match="Describe what was found for “No prohibited works”"):
        patrol(db, desk, case_id, ok_prohibited="violation")
    with pytest.raises(ValidationError, match="time still to come"):
        patrol(db, desk, case_id, patrolled_at="2026-06-08 12:00")
    clean = patrol(db, desk, case_id, presence="refused", photos=[("door.png", b"\x89PNG fake")])
    assert status(db, SitePatrol, clean) == "recorded"
    found = violation(db, desk, case_id)
    view = records.get(db, desk, svc.PATROLS.kind, found)
    assert view.status == "violation" and view.number.startswith("XC20260608-")
    assert "拆除卫生间承重墙" in dict((str(k), v) for k, v in view.rows)["Violations"]
    assert "issue_notice" in view.can and "corrected" in view.can
    # the renovation case's detail lists its patrols (links of the kit)
    case = records.get(db, desk, reno.KIND, case_id)
    assert [(link.relation_label, link.kind) for link in case.links] == [("patrol", "site_patrol")] * 2
    with db.read() as s:
        assert s.get(SitePatrol, clean).presence == "refused"
    records.act(db, desk, svc.PATROLS.kind, found, "corrected", {"note": "当场制止，已恢复"})
    assert status(db, SitePatrol, found) == "corrected"


def test_a_steward_patrols_a_receptionist_may_not(db, desk, actor):
    case_id = permitted(db, desk)
    with pytest.raises(PermissionDenied):
        patrol(db, actor("receptionist"), case_id)
    assert patrol(db, actor("steward"), case_id)


# ------------------------------------------------------------------------------------------ the notice

def test_a_notice_needs_items_a_later_deadline_and_a_signature_or_refusal(db, desk):
    case_id = permitted(db, desk)
    found = violation(db, desk, case_id)
    with pytest.raises(ValidationError, match="Violation items"):
        svc.issue_notice(db, desk, found, {**NOTICE, "items": ""})
    with pytest.raises(ValidationError, match="Violation items"):
        svc.issue_notice(db, desk, found, {**NOTICE, "items": "  \n "})
    with pytest.raises(ValidationError, match="at least one violation item"):
        SD.check_notice({**NOTICE, "items": " "}, datetime(2026, 6, 8, 9))
    with pytest.raises(ValidationError, match="must be after the notice is issued \\(2026-06-08 09:00\\)"):
        svc.issue_notice(db, desk, found, {**NOTICE, "deadline": "2026-06-08 08:00"})
    with pytest.raises(ValidationError, match="who signed for the notice, or tick"):
        svc.issue_notice(db, desk, found, {**NOTICE, "receiver": ""})
    assert status(db, SitePatrol, found) == "violation"          # nothing was written
    refused = svc.issue_notice(db, desk, found, {**NOTICE, "receiver": "", "refused": True})
    view = records.get(db, desk, svc.NOTICES.kind, refused)
    assert view.number.startswith("WG20260608-") and view.status == "issued"
    assert [c.deadline for c in view.clocks if c.name == "rectify"] == [datetime(2026, 6, 10, 9, 0)]
    assert status(db, SitePatrol, found) == "noticed"
    with db.read() as s:
        n = s.get(SiteNotice, refused)
        assert (n.refused, n.deduction, n.renovation_id) == (True, Decimal("500.00"), case_id)
    assert {link.kind for link in records.get(db, desk, reno.KIND, case_id).links} == {"site_patrol", "site_notice"}
    # a patrol without a violation has no notice to issue
    clean = patrol(db, desk, case_id)
    with pytest.raises(UserError):
        svc.issue_notice(db, desk, clean, NOTICE)


def test_rechecks_overdue_stop_work_report_and_resume(db, desk, clock, actor):  # noqa: F811
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id)
    steward = actor("steward")
    with pytest.raises(UserError, match="not overdue yet"):
        notice_act(db, steward, nid, "lapse")
    notice_act(db, steward, nid, "recheck_fail", note="仍未恢复", deadline="2026-06-11 09:00")
    view = records.get(db, desk, svc.NOTICES.kind, nid)
    assert [c.deadline for c in view.clocks if c.name == "rectify"] == [datetime(2026, 6, 11, 9, 0)]
    with pytest.raises(ValidationError, match="must be after"):
        notice_act(db, steward, nid, "recheck_fail", note="仍未恢复", deadline="2026-06-08 08:00")
    clock.advance(days=3, hours=1)                       # past the deadline
    tiles = {str(t.title): t.value for t in dashboard.tiles(db, desk, base.now().date())}
    assert tiles["Violations past their deadline"] == "1"
    notice_act(db, steward, nid, "lapse")
    assert status(db, SiteNotice, nid) == "lapsed"
    notice_act(db, steward, nid, "stop_work", note="逾期未整改，责令停工")
    assert (status(db, SiteNotice, nid), load(db, case_id).status) == ("stopped", "stopped")
    with db.read() as s:     # the case stopped through its own transition, with its own event
        stop = s.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == reno.KIND,
                                                     WorkflowEvent.record_id == case_id,
                                                     WorkflowEvent.action == "stop")).one()
        assert "WG20260608-" in stop.note
    # a stopped case is still patrolled
    assert patrol(db, steward, case_id)
    with pytest.raises(PermissionDenied):
        notice_act(db, steward, nid, "report", authority="街道城管执法中队")
    notice_act(db, desk, nid, "report", authority="街道城管执法中队")
    assert status(db, SiteNotice, nid) == "reported"
    with pytest.raises(UserError):
        notice_act(db, desk, nid, "close")                 # closing needs the re-check passed
    notice_act(db, steward, nid, "recheck_pass", note="已恢复原状，复查合格")
    assert (status(db, SiteNotice, nid), load(db, case_id).status) == ("rectified", "active")
    notice_act(db, desk, nid, "close")
    assert status(db, SiteNotice, nid) == "closed"


def test_a_major_violation_stops_work_at_once_and_resumes_after_the_last_notice(db, desk):
    case_id = permitted(db, desk)
    first = notice(db, desk, case_id, stop_work=True)
    assert (status(db, SiteNotice, first), load(db, case_id).status) == ("stopped", "stopped")
    second = notice(db, desk, case_id, items="外装防盗网", stop_work=True)
    assert status(db, SiteNotice, second) == "stopped"
    with db.read() as s:
        assert [s.get(SiteNotice, i).stopped_case for i in (first, second)] == [True, False]
    notice_act(db, desk, first, "recheck_pass", note="承重墙已加固恢复")
    assert load(db, case_id).status == "stopped"            # the second notice still stops the work
    notice_act(db, desk, second, "recheck_pass", note="防盗网已拆除")
    assert load(db, case_id).status == "active"


def test_the_case_itself_does_not_resume_while_a_notice_keeps_it_stopped(db, desk, actor):
    """The renovation's own 复工 (and its completion) is refused and not offered while a notice holds the work
    stopped; once the notice's re-check passes the case resumes, and a stop of the desk's own resumes by hand."""
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id, stop_work=True)
    number = records.get(db, desk, svc.NOTICES.kind, nid).number
    assert load(db, case_id).status == "stopped"
    view = records.get(db, desk, reno.KIND, case_id)
    assert "resume" not in view.can and any(number in str(flag) for flag in view.flags)   # says why
    with pytest.raises(ConflictError, match=f"Violation notice {number} \\(Work stopped\\) keeps the work stopped"):
        act(db, desk, case_id, "resume")
    notice_act(db, desk, nid, "report", authority="街道城管执法中队")
    with pytest.raises(ConflictError, match="Reported to the authorities"):
        act(db, actor("steward"), case_id, "resume")
    with pytest.raises(ConflictError, match="keeps the work stopped"):      # nor applies for acceptance
        act(db, desk, case_id, "apply_completion")
    assert load(db, case_id).status == "stopped"
    notice_act(db, desk, nid, "recheck_pass", note="已恢复原状")
    assert load(db, case_id).status == "active"            # resumed by the re-check, as the case's own event
    act(db, desk, case_id, "stop", note="业主要求暂停")       # a stop with no notice behind it
    assert "resume" in records.get(db, desk, reno.KIND, case_id).can
    act(db, desk, case_id, "resume")
    assert load(db, case_id).status == "active"
    # a notice merely issued (no stop-work) holds nothing
    notice(db, desk, case_id)
    act(db, desk, case_id, "stop", note="停水检修")
    act(db, desk, case_id, "resume")
    assert load(db, case_id).status == "active"


def test_work_cannot_be_stopped_on_a_case_under_acceptance(db, desk):
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id)
    act(db, desk, case_id, "apply_completion")
    with pytest.raises(ConflictError, match="Awaiting acceptance: work cannot be stopped"):
        notice_act(db, desk, nid, "stop_work", note="停工")
    assert status(db, SiteNotice, nid) == "issued"


# ------------------------------------------------------------------------------------------ links and money

def test_a_neighbours_complaint_links_to_the_case_and_the_notice(db, desk):
    case_id = permitted(db, desk)
    cid = complaints_service.register_complaint(db, desk, {
        "channel": "phone", "complainant": "曾经纬", "phone": "13805716689", "room": "3-2-1601", "role": "owner",
        "ctype": "complaint", "category": "facilities", "urgency": "general",
        "content": "楼下1502装修噪音过大", "apologised": True})
    number = records.get(db, desk, "complaint", cid).number
    with pytest.raises(UserError, match="There is no complaint TS00"):
        svc.issue_notice(db, desk, violation(db, desk, case_id), {**NOTICE, "complaint_no": "TS00"})
    nid = svc.issue_notice(db, desk, violation(db, desk, case_id), {**NOTICE, "complaint_no": number.lower()})
    complaint = records.get(db, desk, "complaint", cid)
    assert {link.kind for link in complaint.links} == {"renovation", "site_notice"}
    with pytest.raises(ConflictError, match="already linked"):
        svc.link_complaint(db, desk, case_id, number)
    assert records.get(db, desk, svc.NOTICES.kind, nid).detail.case_number == load(db, case_id).number


def test_the_estimated_deduction_is_listed_on_the_case_at_acceptance(db, desk, clock, actor):  # noqa: F811
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id)
    notice_act(db, desk, nid, "recheck_pass", note="已整改")
    with pytest.raises(UserError):          # the case is not accepted yet: the renovation refuses a deduction
        svc.list_deduction(db, desk, nid)
    act(db, desk, case_id, "apply_completion")
    act(db, desk, case_id, "inspect_pass", inspectors="工程部", passes_collected=True)
    clock.advance(days=30)
    act(db, desk, case_id, "recheck_pass", inspectors="工程部")
    reception = actor("receptionist")
    with pytest.raises(PermissionDenied):
        svc.list_deduction(db, reception, nid)
    with pytest.raises(ValidationError, match="approver acts herself"):
        svc.list_deduction(db, reception, nid, approver=desk.staff_id)
    row_id = svc.list_deduction(db, reception, nid, approver=desk.staff_id, approver_password=PASSWORD)
    with db.read() as s:
        row = s.get(RenovationDeduction, row_id)
        assert (row.amount, row.approved_by, row.renovation_id) == (Decimal("500.00"), desk.staff_id, case_id)
        assert row.reason.startswith("违章整改通知书 WG20260")
        assert s.get(SiteNotice, nid).deduction_id == row_id
    with pytest.raises(ConflictError, match="already listed"):
        svc.list_deduction(db, desk, nid)
    plan = reno.refund_amounts(db, desk, case_id)
    assert sum(d for _k, _r, d in plan.refunds) == Decimal("500.00")      # taken from the contractor's first


# ------------------------------------------------------------------------------------------ hooks, two desks

def test_home_tiles_open_items_and_card(db, desk, clock, estate):  # noqa: F811
    permitted(db, desk)
    permitted_case_on(db, desk, "3-2-1601")
    tiles = {str(t.title): t.value for t in dashboard.tiles(db, desk, base.now().date())}
    assert tiles["Renovation patrols due today"] == "2"
    case_id = svc.patrol_list(db, desk)[0].id
    nid = notice(db, desk, case_id)
    tiles = {str(t.title): t.value for t in dashboard.tiles(db, desk, base.now().date())}
    assert (tiles["Renovation patrols due today"], tiles["Violations past their deadline"]) == ("1", "0")
    items = [i for i in open_items.collect(db, desk, base.now()) if i.page == "site"]
    assert [(i.record_id, i.level) for i in items] == [(nid, "normal")]
    from app.services import card_sections
    with db.read() as s:
        from db.models import Room
        sections = card_sections.collect(s, desk, s.get(Room, estate["3-2-1502"]))
    assert [n[0] for n in sections["site"].rows] == [records.get(db, desk, svc.NOTICES.kind, nid).number]


def test_two_desks_issue_a_notice_from_the_same_patrol_at_once(db, desk, actor):
    """Two stewards at two desks answer the same patrol's violation at the same moment: one notice."""
    from db.engine import Database
    case_id = permitted(db, desk)
    found = violation(db, desk, case_id)
    desks = [db, Database(db.url)]
    who = [desk, actor("steward")]
    start, done, errors = threading.Barrier(2), [], []

    def issuing(k):
        try:
            start.wait()
            done.append(svc.issue_notice(desks[k], who[k], found, NOTICE))
        except UserError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=issuing, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    desks[1].dispose()
    assert len(done) == 1 and len(errors) == 1
    with db.read() as s:
        assert s.scalars(select(SiteNotice.id)).all() == done
        assert len(s.scalars(select(RecordLink.id).where(RecordLink.to_kind == "site_notice",
                                                         RecordLink.from_kind == "renovation")).all()) == 1


def test_two_desks_recheck_the_same_notice(db, desk, actor):
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id)
    steward = actor("steward")
    seen_a = records.get(db, desk, svc.NOTICES.kind, nid)
    seen_b = records.get(db, steward, svc.NOTICES.kind, nid)
    records.act(db, steward, svc.NOTICES.kind, nid, "recheck_pass", {"note": "合格"}, version=seen_b.version)
    with pytest.raises(ConflictError, match="Someone else changed this record"):
        records.act(db, desk, svc.NOTICES.kind, nid, "stop_work", {"note": "停工"}, version=seen_a.version)
    assert load(db, case_id).status == "active"


def test_two_desks_rectify_and_resume_at_once(db, desk, actor):
    """One desk passes the notice's re-check (which resumes the case) while another presses the case's own
    复工: the case resumes once; the other desk is refused (held, or already resumed)."""
    from db.engine import Database
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id, stop_work=True)
    desks = [db, Database(db.url)]
    start, done, errors = threading.Barrier(2), [], []

    def rectify():
        start.wait()
        notice_act(desks[0], actor("steward"), nid, "recheck_pass", note="已恢复")
        done.append("rectified")

    def resume():
        try:
            start.wait()
            records.act(desks[1], desk, reno.KIND, case_id, "resume", {})
            done.append("resumed")
        except UserError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=rectify), threading.Thread(target=resume)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    desks[1].dispose()
    assert done == ["rectified"] and len(errors) == 1
    assert load(db, case_id).status == "active"
    with db.read() as s:
        assert len(s.scalars(select(WorkflowEvent.id).where(WorkflowEvent.kind == reno.KIND,
                                                            WorkflowEvent.record_id == case_id,
                                                            WorkflowEvent.action == "resume")).all()) == 1


def test_the_patrol_list_and_the_day_register_run_on_indexes(db):
    """The list searches the cases by state, each case's last patrol and open notices
    through their own indexes; a day's register searches ix_site_patrol_day. Never a scan of the patrols."""
    from sqlalchemy import text
    day = date(2026, 6, 8)

    def plan(stmt) -> str:
        with db.engine.connect() as conn:
            compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
            return " | ".join(row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))

    listed = plan(svc.due_query(day, 1, "due", "").limit(200))
    assert "SEARCH renovation USING INDEX" in listed and "SCAN renovation" not in listed, listed
    assert "ix_site_patrol_case" in listed and "ix_site_notice_case" in listed, listed
    assert "SCAN site_patrol" not in listed and "SCAN site_notice" not in listed, listed
    register = plan(select(SitePatrol.id).where(SitePatrol.patrolled_on == day).order_by(SitePatrol.patrolled_at))
    assert "ix_site_patrol_day" in register and "SCAN site_patrol" not in register, register
