"""The renovation chain end to end on one store (§4.14 → §4.7 → §4.12 → §4.14, with §4.5 and §4.3): the owner's
application, the pre-review, the engineering review and the manager's approval (each approver typing her own
password at the front desk), fees and deposits at the counter, the permit (the room 装修中, off the vacancy
register), a patrol that finds a violation, its notice, overdue, stop-work, the case's own 复工 refused, the
rectification that resumes the work, a goods-release slip checked against the permit and released at the gate
once, completion, the initial inspection (the room back from 装修中), the re-inspection 30 days on, the
notice's estimated deduction, the refund never above the deposits less the deductions, the 装修回访 planned and
the case archived, with the money balancing in the fees ledger."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.errors import ConflictError, ValidationError
from app.services import records, site, vacancy
from app.services import release as rel
from app.services import renovation as reno
from db.models import Room, WorkflowEvent
from db.models.complaint import FollowUp
from db.models.fees import FeeDeposit, FeeDepositEntry, FeeReceipt
from db.models.release import ReleaseSlip
from db.models.site import SiteNotice
from db.models.vacancy import VacantUnit
from tests.conftest import PASSWORD
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.services.test_renovation import apply, desk, load, png  # noqa: F401  (desk: a fixture)

D = Decimal
WORKER_ID = "11010519491231002X"
CARRIER_ID = "440304196203150414"


def state(db, model, ident) -> str:
    with db.read() as s:
        return s.get(model, ident).status


def occupancy(db, room_id) -> str:
    with db.read() as s:
        return s.get(Room, room_id).occupancy_state


def test_the_renovation_chain_from_application_to_archived_refund(db, desk, actor, clock, estate):  # noqa: F811
    reception, engineer, manager = actor("receptionist"), actor("steward"), actor("supervisor")
    room_id = estate["3-2-1502"]
    before = occupancy(db, room_id)
    unit_id = records.create(db, desk, vacancy.UNIT_KIND, {"room": "3-2-1502", "vacancy_type": "3",
                                                           "since": "2026-05-01"})

    # §4.14 the application by the owner, with its documents and a worker, pre-reviewed at the desk
    case_id = apply(db, reception)
    assert load(db, case_id).applicant_role == "owner"
    reno.add_worker(db, reception, case_id, "钱师傅", WORKER_ID, "13700001111", photo=png())
    records.act(db, reception, reno.KIND, case_id, "accept", {})
    # the engineering review and the manager's approval: each approver types her own password here
    with pytest.raises(ValidationError, match="Wrong password"):
        reno.act_as(db, reception, case_id, "eng_pass", {"opinion": "同意"}, approver=engineer.staff_id,
                    approver_password="guess")
    reno.act_as(db, reception, case_id, "eng_pass", {"opinion": "同意，注意卫生间防水", "conditions": "闭水48小时"},
                approver=engineer.staff_id, approver_password=PASSWORD)
    reno.act_as(db, reception, case_id, "approve", {"opinion": "同意装修"}, approver=manager.staff_id,
                approver_password=PASSWORD)
    case = load(db, case_id)
    assert (case.status, case.eng_by, case.mgr_by) == ("approved", engineer.staff_id, manager.staff_id)

    # the agreement, the fees and deposits on their receipts, then the permit
    records.act(db, reception, reno.KIND, case_id, "sign_agreement", {"signed_on": "2026-06-08"})
    with pytest.raises(ConflictError, match="only after the deposits are paid"):
        records.act(db, reception, reno.KIND, case_id, "issue_permit", {})
    receipts = reno.collect_fees(db, reception, case_id, reno.Fees(
        owner_deposit=D("2000"), contractor_deposit=D("3000"), pass_deposit_each=D("30"), garbage=True,
        management=True, pass_fee=True))
    assert len(receipts) == 6
    records.act(db, reception, reno.KIND, case_id, "issue_permit", {})
    case = load(db, case_id)
    assert case.status == "active" and case.permit_no.startswith("XK20260608-")
    assert occupancy(db, room_id) == "renovating"
    assert state(db, VacantUnit, unit_id) == "removed"

    # §4.7 a patrol finds a violation; the notice; overdue; stop-work
    patrol_id = site.record_patrol(db, engineer, case_id, site.blank_patrol(
        patrolled_at=clock(), ok_prohibited="violation", find_prohibited="拆除卫生间承重墙", stage="剔凿"))
    notice_id = site.issue_notice(db, engineer, patrol_id, {
        "items": "拆改承重墙", "clause": "装修管理服务协议第五条", "requirement": "立即停止拆改并恢复原状",
        "deadline": "2026-06-10 09:00", "deduction": "500.00", "receiver": "赵工头"})
    clock.advance(days=2, hours=1)
    records.act(db, engineer, site.NOTICES.kind, notice_id, "lapse", {})
    records.act(db, engineer, site.NOTICES.kind, notice_id, "stop_work", {"note": "逾期未整改，责令停工"})
    assert (state(db, SiteNotice, notice_id), load(db, case_id).status) == ("stopped", "stopped")
    with pytest.raises(ConflictError, match="keeps the work stopped"):
        records.act(db, reception, reno.KIND, case_id, "resume", {})
    records.act(db, engineer, site.NOTICES.kind, notice_id, "recheck_pass", {"note": "已恢复原状，复查合格"})
    assert load(db, case_id).status == "active"                      # resumed by the rectification

    # §4.12 a goods-release slip checked against the permit, reviewed, released at the gate once
    slip_id = records.create(db, reception, rel.KIND, {
        "room": "3-2-1502", "purpose": "renovation", "applicant": "王建国", "applicant_type": "owner",
        "id_number": WORKER_ID, "phone": "13805716688", "authorisation": "owner",
        "items": "旧木地板 12 捆\n废弃瓷砖 30 袋", "vehicle": "浙A12345"})
    with db.read() as s:
        slip = s.get(ReleaseSlip, slip_id)
        assert slip.permit_no == case.permit_no
        number = slip.number
    rel.review(db, reception, slip_id, "同意", approver=manager.staff_id, approver_password=PASSWORD)
    rel.gate_release(db, engineer, number, CARRIER_ID)
    with pytest.raises(ConflictError, match="already used"):
        rel.gate_release(db, engineer, number, CARRIER_ID)
    assert state(db, ReleaseSlip, slip_id) == "released"

    # §4.14 completion, the initial inspection the same day: the room leaves 装修中
    records.act(db, reception, reno.KIND, case_id, "apply_completion", {})
    records.act(db, engineer, reno.KIND, case_id, "inspect_pass", {"inspectors": "工程部刘建平",
                                                                   "passes_collected": True})
    assert occupancy(db, room_id) == before
    with pytest.raises(ConflictError, match="no renovation permit valid"):
        records.create(db, reception, rel.KIND, {
            "room": "3-2-1502", "purpose": "renovation", "applicant": "王建国", "applicant_type": "owner",
            "id_number": WORKER_ID, "phone": "13805716688", "authorisation": "owner", "items": "电锤 1 台"})
    # the re-inspection 30 days on; the notice's estimated deduction taken, approved by the manager
    with pytest.raises(ConflictError, match="30 days after the initial acceptance"):
        records.act(db, engineer, reno.KIND, case_id, "recheck_pass", {"inspectors": "工程部"})
    clock.advance(days=30)
    records.act(db, engineer, reno.KIND, case_id, "recheck_pass", {"inspectors": "工程部刘建平"})
    site.list_deduction(db, reception, notice_id, approver=manager.staff_id, approver_password=PASSWORD)
    plan = reno.refund_amounts(db, reception, case_id)
    assert {k: (r, d) for k, r, d in plan.refunds} == {"contractor_deposit": (D("2500.00"), D("500.00")),
                                                      "owner_deposit": (D("2000.00"), D("0.00")),
                                                      "pass_deposit": (D("30.00"), D("0.00"))}
    reno.act_as(db, reception, case_id, "refund", approver=manager.staff_id, approver_password=PASSWORD)
    records.act(db, reception, reno.KIND, case_id, "archive", {})
    case = load(db, case_id)
    assert case.status == "archived"

    # the money balances in the fees ledger: deposits taken = deducted + refunded, each refund ≤ held − deducted
    with db.read() as s:
        found = s.scalars(select(FeeDeposit).where(FeeDeposit.source == case.number)).all()
        taken = sum((d.amount for d in found), D(0))
        totals: dict[str, Decimal] = {}
        for e in s.scalars(select(FeeDepositEntry).where(FeeDepositEntry.deposit_id.in_([d.id for d in found]))):
            totals[e.kind] = totals.get(e.kind, D(0)) + e.amount
        assert taken == totals["taken"] == D("5030.00")
        assert (totals["deducted"], totals["refunded"]) == (D("500.00"), D("4530.00"))
        assert totals["taken"] == totals["deducted"] + totals["refunded"]
        assert all(d.held == 0 for d in found)
        assert sum(s.scalars(select(FeeReceipt.total).where(FeeReceipt.total < 0)), D(0)) == D("-4530.00")
        # the 装修回访 is planned, and every step is on the case's timeline
        assert s.scalars(select(FollowUp.ftype).where(FollowUp.source_number == case.number)).all() == ["renovation"]
        actions = s.scalars(select(WorkflowEvent.action).where(WorkflowEvent.kind == reno.KIND,
                                                               WorkflowEvent.record_id == case_id)
                            .order_by(WorkflowEvent.id)).all()
    chain = ["create", "accept", "eng_pass", "approve", "sign_agreement", "pay_fees", "issue_permit", "stop",
             "resume", "apply_completion", "inspect_pass", "recheck_pass", "deduct", "refund", "archive"]
    assert [a for a in actions if a != "worker"] == chain
    assert occupancy(db, room_id) == before
