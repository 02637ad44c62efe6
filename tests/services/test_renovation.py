"""房屋装修申报 (§4.14) through its service on a real store: the application and its refusals (room not
delivered, a case already under way, dates, a tenant without the owner's consent, an incomplete file), workers
(ID invalid or twice), the reviews by the approver acting, fees and deposits through the fees ledger, the permit
(refused before the deposits and with arrears; the room 装修中), extensions and passes, acceptance, the
re-inspection's wait, deductions in the order of §4.14 step 10, the refund never above the balance, two desks,
``active_permit_of`` and the desk's hooks; and the whole chain end to end with the money balancing."""
from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from PIL import Image
from sqlalchemy import select, update

from app.domain import renovation as RN
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import base, card_sections, catalog, dashboard, open_items, records
from app.services import renovation as svc
from app.services.base import unit_of_work
from app.services.fees import items
from db.models import Room, WorkflowEvent
from db.models.fees import FeeDeposit, FeeDepositEntry, FeeReceipt
from db.models.renovation import Renovation, RenovationWorker
from tests.conftest import PASSWORD
from tests.helpers import clock, estate  # noqa: F401  (fixtures)

D = Decimal
WORKER_ID = "11010519491231002X"
WORKER_ID_2 = "440304196203150414"
DOC = ("scan.pdf", b"%PDF-1.4 scan")


def png() -> tuple[str, bytes]:
    out = io.BytesIO()
    Image.new("RGB", (40, 50), (200, 180, 160)).save(out, "PNG")
    return ("photo.png", out.getvalue())


@pytest.fixture
def desk(db, admin, clock, estate):  # noqa: F811
    """The estate with its fee items; the desk is the supervisor (who holds every permission)."""
    catalog.load_all()
    with unit_of_work(db, admin) as s:
        items.ensure_default_items(s)
    return admin


def documents(**overrides) -> dict:
    docs = {role: [DOC] for role in RN.DOCUMENTS}
    docs.update(overrides)
    return docs


def application(**kw) -> dict:
    raw = {"room": "3-2-1502", "applicant": "王建国", "applicant_role": "owner", "phone": "13805716688",
           "reno_type": "partial", "items": "墙面，地面 水电改造", "planned_start": "2026-06-16",
           "planned_end": "2026-08-31", "fire_person": "李消防", "company": "杭州美家装饰有限公司",
           "licence_no": "330100000012345", "head_name": "赵工头", "head_phone": "13900001111", **documents()}
    raw.update(kw)
    return raw


def apply(db, actor, **kw) -> int:
    return records.create(db, actor, svc.KIND, application(**kw))


def load(db, case_id) -> Renovation:
    with db.read() as s:
        case = s.get(Renovation, case_id)
        s.expunge(case)
        return case


def act(db, actor, case_id, action, **raw):
    return records.act(db, actor, svc.KIND, case_id, action, raw)


def with_worker(db, actor, case_id, name="钱师傅", id_number=WORKER_ID) -> int:
    return svc.add_worker(db, actor, case_id, name, id_number, "13700001111", photo=png())


def approved(db, actor) -> int:
    case_id = apply(db, actor)
    with_worker(db, actor, case_id)
    act(db, actor, case_id, "accept")
    act(db, actor, case_id, "eng_pass", opinion="同意，注意卫生间防水")
    act(db, actor, case_id, "approve", opinion="同意装修")
    return case_id


def permitted(db, actor) -> int:
    case_id = approved(db, actor)
    act(db, actor, case_id, "sign_agreement", signed_on="2026-06-08")
    svc.collect_fees(db, actor, case_id, svc.Fees(owner_deposit=D("2000"), contractor_deposit=D("3000"),
                                                  pass_deposit_each=D("30"), garbage=True, management=True,
                                                  pass_fee=True, tenders=[("cash", D("0"))]))
    act(db, actor, case_id, "issue_permit")
    return case_id


# ------------------------------------------------------------------------------------------ the application

def test_an_application_is_numbered_and_waits_for_the_pre_review(db, desk):
    case_id = apply(db, desk, special_waterproof=True)
    view = records.get(db, desk, svc.KIND, case_id)
    assert view.number.startswith("ZX20260608-")
    assert view.status == "pending"
    case = load(db, case_id)
    assert case.items == "墙面、地面、水电改造" and case.special == "waterproof"
    # the checklist names what is missing: the closed-water test, a worker and their photo
    assert "Closed-water test record" in view.detail.missing
    assert "Worker list (at least one worker)" in view.detail.missing
    with pytest.raises(ValidationError, match="The file is incomplete.*Closed-water"):
        act(db, desk, case_id, "accept")
    # the review clock runs: 5 working days
    assert any(c.name == "review" for c in view.clocks)


def test_the_room_must_be_delivered(db, desk):
    with unit_of_work(db, desk) as s:
        s.execute(update(Room).where(Room.code == "3-2-1502").values(delivery_state="sold"))
    with pytest.raises(ValidationError, match="has not been handed over"):
        apply(db, desk)


def test_one_case_under_way_per_room(db, desk):
    first = apply(db, desk)
    number = load(db, first).number
    with pytest.raises(ConflictError, match=f"already has a renovation case under way \\({number}"):
        apply(db, desk)
    act(db, desk, first, "withdraw", note="业主暂缓装修")
    assert load(db, apply(db, desk)).status == "pending"     # a withdrawn case no longer holds the room


def test_dates_lead_time_end_and_longest_period(db, desk):
    with pytest.raises(ValidationError, match="7 days after the application at the earliest \\(2026-06-15\\)"):
        apply(db, desk, planned_start="2026-06-12")
    with pytest.raises(ValidationError, match="planned end must be after the planned start"):
        apply(db, desk, planned_end="2026-06-16")
    with pytest.raises(ValidationError, match="at most 90 days"):
        apply(db, desk, planned_end="2026-10-01")
    assert apply(db, desk, planned_start="2026-06-15")


def test_a_tenant_or_an_agent_needs_the_owners_consent(db, desk):
    with pytest.raises(ValidationError, match="(?i)owner's written consent"):
        apply(db, desk, applicant="租客甲", applicant_role="tenant")
    with pytest.raises(ValidationError, match="(?i)owner's written consent"):
        apply(db, desk, applicant="代理人", applicant_role="agent")
    case_id = apply(db, desk, applicant="代理人", applicant_role="agent", doc_consent=[DOC])
    assert load(db, case_id).applicant_role == "agent"


def test_a_tenant_applies_as_the_tenant_of_the_room_s_open_lease(db, desk):
    from tests.unit.services.test_lease import file
    with pytest.raises(ValidationError, match="3-2-1502 has no open lease") as err:
        apply(db, desk, applicant="李明", applicant_role="tenant", doc_consent=[DOC])
    assert err.value.field == "applicant_role"
    lease_id = file(db, desk)
    number = records.get(db, desk, "lease", lease_id).number
    with pytest.raises(ValidationError, match=f"租客甲 is not the tenant of 3-2-1502: its lease {number} is 李明's"):
        apply(db, desk, applicant="租客甲", applicant_role="tenant", doc_consent=[DOC])
    case_id = apply(db, desk, applicant="李明", applicant_role="tenant", doc_consent=[DOC])
    assert (load(db, case_id).applicant, load(db, case_id).applicant_role) == ("李明", "tenant")


def test_special_works_need_their_approval_documents(db, desk):
    case_id = apply(db, desk, special_structure=True, special_gas=True)
    with_worker(db, desk, case_id)
    with pytest.raises(ValidationError, match="structural change.*Gas company"):
        act(db, desk, case_id, "accept")
    svc.attach(db, desk, case_id, {"doc_structure": [DOC], "doc_gas": [DOC]})
    act(db, desk, case_id, "accept")
    assert load(db, case_id).status == "eng_review"


def test_returned_for_completion_and_back(db, desk):
    case_id = apply(db, desk, doc_drawings=[])
    act(db, desk, case_id, "return_docs", note="缺施工图纸")
    assert load(db, case_id).status == "incomplete"
    svc.attach(db, desk, case_id, {"doc_drawings": [DOC]})
    with_worker(db, desk, case_id)
    act(db, desk, case_id, "resubmit")
    act(db, desk, case_id, "accept")
    assert load(db, case_id).status == "eng_review"
    assert records.get(db, desk, svc.KIND, case_id).detail.missing == []


# ------------------------------------------------------------------------------------------ workers

def test_worker_ids_are_valid_and_unique_in_the_case(db, desk):
    case_id = apply(db, desk)
    with pytest.raises(ValidationError):
        svc.add_worker(db, desk, case_id, "孙师傅", "110105194912310021")     # a wrong check digit
    with_worker(db, desk, case_id)
    with pytest.raises(ConflictError, match="孙师傅's ID number is already on this case's worker list"):
        svc.add_worker(db, desk, case_id, "孙师傅", WORKER_ID.lower())
    svc.add_worker(db, desk, case_id, "孙师傅", WORKER_ID_2)
    view = records.get(db, desk, svc.KIND, case_id)
    assert [w.name for w in view.detail.workers] == ["钱师傅", "孙师傅"]
    assert [w.has_photo for w in view.detail.workers] == [True, False]
    assert "Photo of 孙师傅" in view.detail.missing
    # a role that may not see ID numbers sees them masked
    clerk = records.get(db, svc_actor(db, "clerk"), svc.KIND, case_id)
    assert clerk.detail.workers[0].id_number == "1101**********002X"


def svc_actor(db, role):
    from app.domain.enums import StaffRole
    from app.services import auth
    from tests.conftest import ROLE_USERS
    return auth.sign_in(db, ROLE_USERS[StaffRole(role)], PASSWORD)


# ------------------------------------------------------------------------------------------ reviews

def test_reviews_by_the_approver_acting(db, desk, actor):
    reception = actor("receptionist")
    case_id = apply(db, reception)
    with_worker(db, reception, case_id)
    act(db, reception, case_id, "accept")
    with pytest.raises(PermissionDenied):
        act(db, reception, case_id, "eng_pass", opinion="同意")
    steward = actor("steward")
    act(db, steward, case_id, "eng_pass", opinion="同意")
    # the manager's approval: the receptionist cannot, nor by naming the manager without her password
    with pytest.raises(PermissionDenied):
        act(db, reception, case_id, "approve", opinion="同意")
    with pytest.raises(ValidationError, match="approver acts herself"):
        svc.act_as(db, reception, case_id, "approve", {"opinion": "同意"}, approver=desk.staff_id)
    with pytest.raises(ValidationError, match="Wrong password"):
        svc.act_as(db, reception, case_id, "approve", {"opinion": "同意"}, approver=desk.staff_id,
                   approver_password="wrong")
    # a steward's password does not make her a manager
    with pytest.raises(PermissionDenied, match="may not approve"):
        svc.act_as(db, reception, case_id, "approve", {"opinion": "同意"}, approver=steward.staff_id,
                   approver_password=PASSWORD)
    svc.act_as(db, reception, case_id, "approve", {"opinion": "同意"}, approver=desk.staff_id,
               approver_password=PASSWORD)
    case = load(db, case_id)
    assert case.status == "approved" and case.mgr_by == desk.staff_id and case.eng_by == steward.staff_id
    # the review clock stopped at the approval
    view = records.get(db, desk, svc.KIND, case_id)
    assert [c.state for c in view.clocks if c.name == "review"] == ["stopped"]


def test_not_approved_ends_the_case(db, desk):
    case_id = apply(db, desk)
    with_worker(db, desk, case_id)
    act(db, desk, case_id, "accept")
    act(db, desk, case_id, "eng_pass", opinion="同意")
    with pytest.raises(ValidationError):
        act(db, desk, case_id, "reject")
    act(db, desk, case_id, "reject", note="拆除承重墙，不予批准")
    assert load(db, case_id).status == "rejected"
    assert apply(db, desk)      # the room is free again


# ------------------------------------------------------------------------------------------ fees and the permit

def test_the_permit_is_refused_before_the_agreement_and_the_deposits(db, desk):
    case_id = approved(db, desk)
    with pytest.raises(ConflictError, match="three-party renovation agreement"):
        act(db, desk, case_id, "issue_permit")
    act(db, desk, case_id, "sign_agreement", signed_on="2026-06-08")
    with pytest.raises(ConflictError, match="only after the deposits are paid"):
        act(db, desk, case_id, "issue_permit")
    with pytest.raises(ValidationError, match="at least one fee"):
        svc.collect_fees(db, desk, case_id, svc.Fees())
    receipts = svc.collect_fees(db, desk, case_id, svc.Fees(owner_deposit=D("2000"), garbage=True,
                                                            tenders=[("cash", D("0"))]))
    assert len(receipts) == 2 and all(r.startswith("SJ2026-") for r in receipts)
    with pytest.raises(ConflictError, match="already paid"):
        svc.collect_fees(db, desk, case_id, svc.Fees(owner_deposit=D("2000")))
    act(db, desk, case_id, "issue_permit")
    case = load(db, case_id)
    assert case.status == "active" and case.permit_no.startswith("XK20260608-")
    assert case.valid_until == date(2026, 8, 31)


def test_the_permit_is_refused_while_the_room_has_arrears(db, desk):
    from app.services import params
    from app.services.fees import billing
    with unit_of_work(db, desk) as s:
        s.execute(update(Room).where(Room.code == "3-2-1502").values(fee_start_date=date(2026, 3, 10)))
    billing.post(db, desk, date(2026, 5, 1))
    case_id = approved(db, desk)
    act(db, desk, case_id, "sign_agreement", signed_on="2026-06-08")
    svc.collect_fees(db, desk, case_id, svc.Fees(owner_deposit=D("2000")))
    with pytest.raises(ConflictError, match="3-2-1502 owes ¥551.18 overdue \\(3 bills\\)"):
        act(db, desk, case_id, "issue_permit")
    params.set_value(db, desk, "renovation.arrears_block_permit", "false")
    act(db, desk, case_id, "issue_permit")
    assert load(db, case_id).status == "active"


def test_the_permit_makes_the_room_renovating_and_issues_passes(db, desk, estate):  # noqa: F811
    case_id = permitted(db, desk)
    case = load(db, case_id)
    with db.read() as s:
        room = s.get(Room, estate["3-2-1502"])
        assert room.occupancy_state == "renovating"
        workers = s.scalars(select(RenovationWorker).where(RenovationWorker.renovation_id == case_id)).all()
        assert [(w.pass_no, w.pass_valid_until, w.pass_deposit) for w in workers] == [
            (f"{case.permit_no}-01", date(2026, 7, 8), D("30.00"))]
        # every fee and deposit on a receipt, each deposit in the ledger
        deposits = s.scalars(select(FeeDeposit).where(FeeDeposit.source == case.number)).all()
        assert sorted((d.kind, d.amount) for d in deposits) == [("pass", D("30.00")), ("renovation", D("2000.00")),
                                                                ("renovation", D("3000.00"))]
        assert active_permit(s, estate["3-2-1502"], date(2026, 6, 8)).id == case_id
        assert active_permit(s, estate["3-2-1502"], date(2026, 9, 1)) is None       # after valid_until
        assert active_permit(s, estate["3-2-1502"], date(2026, 6, 7)) is None       # before the permit
        assert active_permit(s, estate["3-2-1601"], date(2026, 6, 8)) is None
    view = records.get(db, desk, svc.KIND, case_id)
    fees = {f.kind: f.amount for f in view.detail.fees}
    assert fees == {"owner_deposit": D("2000.00"), "contractor_deposit": D("3000.00"), "pass_deposit": D("30.00"),
                    "garbage": D("246.25"), "management": D("300.00"), "pass_fee": D("5.00")}
    # the household card shows the case
    with db.read() as s:
        section = card_sections.collect(s, desk, s.get(Room, estate["3-2-1502"]))["renovation"]
    assert section.rows[0][0] == case.number and section.rows[0][2] == case.permit_no


def active_permit(s, room_id, day):
    return svc.active_permit_of(s, room_id, day)


def test_extension_stop_and_pass_reissue(db, desk, clock):  # noqa: F811
    case_id = permitted(db, desk)
    with pytest.raises(ValidationError, match="after the permit's current end \\(2026-08-31\\)"):
        act(db, desk, case_id, "extend", valid_until="2026-08-20", reason="工期延误")
    act(db, desk, case_id, "extend", valid_until="2026-09-15", reason="材料未到，工期延误")
    case = load(db, case_id)
    assert case.valid_until == date(2026, 9, 15) and case.extensions == 1
    with db.read() as s:
        due = svc.clocks.deadline(s, svc.KIND, case_id, "works")
    assert due is not None and due.date() == date(2026, 9, 15)
    act(db, desk, case_id, "stop", note="违规拆改，停工整改")
    assert load(db, case_id).status == "stopped"
    act(db, desk, case_id, "resume")
    with db.read() as s:
        worker = s.scalars(select(RenovationWorker).where(RenovationWorker.renovation_id == case_id)).one()
    new = svc.reissue_pass(db, desk, case_id, worker.id, "出入证遗失")
    assert new == f"{case.permit_no}-01R2"
    # a worker added after the permit gets a pass at once
    later = svc.add_worker(db, desk, case_id, "孙师傅", WORKER_ID_2, photo=png())
    with db.read() as s:
        assert s.get(RenovationWorker, later).pass_no == f"{case.permit_no}-02"


def test_withdraw_only_before_the_permit_and_with_no_deposit_held(db, desk):
    case_id = approved(db, desk)
    svc.collect_fees(db, desk, case_id, svc.Fees(owner_deposit=D("2000")))
    with pytest.raises(ConflictError, match="Deposits are still held"):
        act(db, desk, case_id, "withdraw", note="不装了")
    other = permitted_case_on(db, desk, "3-2-1601")
    with pytest.raises(ConflictError):
        act(db, desk, other, "withdraw", note="不装了")


def permitted_case_on(db, actor, room):
    case_id = apply(db, actor, room=room, applicant="曾经纬", phone="13805716689")
    with_worker(db, actor, case_id)
    for action, raw in (("accept", {}), ("eng_pass", {"opinion": "同意"}), ("approve", {"opinion": "同意"}),
                        ("sign_agreement", {"signed_on": "2026-06-08"})):
        act(db, actor, case_id, action, **raw)
    svc.collect_fees(db, actor, case_id, svc.Fees(contractor_deposit=D("2000")))
    act(db, actor, case_id, "issue_permit")
    return case_id


# ------------------------------------------------------------------------------------------ acceptance and refund

def test_acceptance_recheck_wait_deductions_and_refund(db, desk, clock, estate):  # noqa: F811
    case_id = permitted(db, desk)
    act(db, desk, case_id, "apply_completion")
    act(db, desk, case_id, "inspect_fail", inspectors="工程部刘建平", note="卫生间闭水不合格")
    assert load(db, case_id).status == "failed"
    act(db, desk, case_id, "rectified")
    with pytest.raises(ValidationError, match="Collect the workers' passes"):
        act(db, desk, case_id, "inspect_pass", inspectors="工程部刘建平")
    act(db, desk, case_id, "inspect_pass", inspectors="工程部刘建平", passes_collected=True)
    case = load(db, case_id)
    assert case.status == "passed" and case.initial_passed_on == date(2026, 6, 8)
    with db.read() as s:
        assert s.get(Room, estate["3-2-1502"]).occupancy_state == "vacant"      # left 装修中
        assert svc.active_permit_of(s, estate["3-2-1502"], date(2026, 6, 8)) is None
    with pytest.raises(ConflictError, match="30 days after the initial acceptance: from 2026-07-08"):
        act(db, desk, case_id, "recheck_pass", inspectors="工程部刘建平")
    clock.advance(days=30)
    act(db, desk, case_id, "recheck_fail", inspectors="工程部", note="楼下渗水")
    act(db, desk, case_id, "recheck_fixed")
    act(db, desk, case_id, "recheck_pass", inspectors="工程部刘建平")
    assert load(db, case_id).status == "rechecked"
    # deductions: 3,500 taken from the contractor's 3,000 first, then 500 of the owner's
    svc.add_deduction(db, desk, case_id, "装修垃圾未按时清运", D("1500"))
    svc.add_deduction(db, desk, case_id, "损坏公共楼道墙面", D("2000"))
    plan = svc.refund_amounts(db, desk, case_id)
    by_kind = {k: (r, d) for k, r, d in plan.refunds}
    assert by_kind == {"contractor_deposit": (D("0.00"), D("3000.00")), "owner_deposit": (D("1500.00"), D("500.00")),
                       "pass_deposit": (D("30.00"), D("0.00"))}
    assert plan.claimed == D("0.00")
    act(db, desk, case_id, "refund")
    assert load(db, case_id).status == "refunded"
    with db.read() as s:
        held = s.scalars(select(FeeDeposit.held).where(FeeDeposit.source == load(db, case_id).number)).all()
        assert held == [D("0.00")] * 3
    act(db, desk, case_id, "archive")
    assert load(db, case_id).status == "archived"


def test_deductions_beyond_the_deposits_are_claimed(db, desk, clock):  # noqa: F811
    case_id = rechecked(db, desk, clock)
    svc.add_deduction(db, desk, case_id, "破坏外立面恢复费用", D("6000"))
    plan = svc.refund_amounts(db, desk, case_id)
    assert {k: d for k, _r, d in plan.refunds} == {"contractor_deposit": D("3000.00"),
                                                    "owner_deposit": D("2000.00"), "pass_deposit": D("0.00")}
    assert plan.claimed == D("1000.00") and plan.refunded == D("30.00")


def rechecked(db, actor, clock) -> int:  # noqa: F811
    case_id = permitted(db, actor)
    act(db, actor, case_id, "apply_completion")
    act(db, actor, case_id, "inspect_pass", inspectors="工程部", passes_collected=True)
    clock.advance(days=30)
    act(db, actor, case_id, "recheck_pass", inspectors="工程部")
    return case_id


def test_a_refund_is_never_above_the_deposit_less_deductions():
    RN.check_refund(D("1500"), D("2000"), D("500"))
    with pytest.raises(ValidationError, match="more than the deposits less deductions \\(1,500.00\\)"):
        RN.check_refund(D("1500.01"), D("2000"), D("500"))
    with pytest.raises(ValidationError, match="\\(0.00\\)"):
        RN.check_refund(D("1"), D("100"), D("300"))


def test_deduction_order_contractor_then_owner_then_claim():
    assert RN.split_deductions(D("500"), D("3000"), D("2000")) == RN.Split(D("500"), D("0"), D("0"))
    assert RN.split_deductions(D("3500"), D("3000"), D("2000")) == RN.Split(D("3000"), D("500"), D("0"))
    assert RN.split_deductions(D("6000"), D("3000"), D("2000")) == RN.Split(D("3000"), D("2000"), D("1000"))
    assert RN.split_deductions(D("800"), D("0"), D("2000")) == RN.Split(D("0"), D("800"), D("0"))


def test_a_deduction_needs_the_manager(db, desk, clock, actor):  # noqa: F811
    case_id = rechecked(db, desk, clock)
    reception = actor("receptionist")
    with pytest.raises(PermissionDenied):
        svc.add_deduction(db, reception, case_id, "损坏", D("100"))
    with pytest.raises(ValidationError, match="approver acts herself"):
        svc.add_deduction(db, reception, case_id, "损坏", D("100"), approver=desk.staff_id)
    svc.add_deduction(db, reception, case_id, "损坏", D("100"), approver=desk.staff_id, approver_password=PASSWORD)
    view = records.get(db, desk, svc.KIND, case_id)
    assert view.detail.deductions == [("损坏", D("100.00"), desk.name)]


def test_the_whole_chain_balances_in_the_fees_ledger(db, desk, clock):  # noqa: F811
    case_id = rechecked(db, desk, clock)
    svc.add_deduction(db, desk, case_id, "垃圾清运", D("200"))
    act(db, desk, case_id, "refund")
    act(db, desk, case_id, "archive")
    number = load(db, case_id).number
    with db.read() as s:
        found = s.scalars(select(FeeDeposit).where(FeeDeposit.source == number)).all()
        taken = sum((d.amount for d in found), D(0))
        entries = s.scalars(select(FeeDepositEntry).where(FeeDepositEntry.deposit_id.in_([d.id for d in found])))
        by_kind: dict[str, Decimal] = {}
        for e in entries:
            by_kind[e.kind] = by_kind.get(e.kind, D(0)) + e.amount
        assert by_kind["taken"] == taken == D("5030.00")
        assert by_kind["deducted"] == D("200.00")
        assert by_kind["refunded"] == D("4830.00")
        assert by_kind["taken"] - by_kind["deducted"] - by_kind["refunded"] == 0
        payouts = s.scalars(select(FeeReceipt.total).where(FeeReceipt.total < 0)).all()
        assert sum(payouts, D(0)) == D("-4830.00")
    with db.read() as s:
        events = list(s.scalars(select(WorkflowEvent.action).where(WorkflowEvent.kind == svc.KIND,
                                                                   WorkflowEvent.record_id == case_id)
                                .order_by(WorkflowEvent.id)))
    assert events[:3] == ["create", "worker", "accept"] and events[-2:] == ["refund", "archive"]


# ------------------------------------------------------------------------------------------ two desks, hooks

def test_two_desks_acting_on_the_same_case(db, desk, actor):
    case_id = apply(db, desk)
    with_worker(db, desk, case_id)
    steward = actor("steward")
    seen_by_a = records.get(db, desk, svc.KIND, case_id)
    seen_by_b = records.get(db, steward, svc.KIND, case_id)
    records.act(db, steward, svc.KIND, case_id, "accept", {}, version=seen_by_b.version)
    with pytest.raises(ConflictError, match="Someone else changed this record"):
        records.act(db, desk, svc.KIND, case_id, "return_docs", {"note": "缺图纸"}, version=seen_by_a.version)
    assert load(db, case_id).status == "eng_review"


def test_two_desks_registering_the_same_room(db, desk, actor):
    """The second desk's application for the room is refused, naming the first case."""
    first = apply(db, actor("receptionist"))
    with pytest.raises(ConflictError, match=load(db, first).number):
        apply(db, actor("steward"))


def test_home_tiles_and_open_items(db, desk, clock):  # noqa: F811
    apply(db, desk)
    permitted_case_on(db, desk, "3-2-1601")
    tiles = {str(t.title): t.value for t in dashboard.tiles(db, desk, base.now().date())}
    assert tiles["Renovation applications to review"] == "1"
    assert tiles["Permits ending within 7 days"] == "0"
    clock.advance(days=80)       # the 1601 permit ends 2026-08-31
    tiles = {str(t.title): t.value for t in dashboard.tiles(db, desk, base.now().date())}
    assert tiles["Permits ending within 7 days"] == "1"
    items_ = [i for i in open_items.collect(db, desk, datetime(2026, 6, 8, 10)) if i.page == "renovation"]
    assert [i.title.split(" ")[0] for i in items_] == ["3-2-1502"]


def test_kpis_of_the_month(db, desk, clock):  # noqa: F811
    """审批平均时长 from the pre-review clock, permits issued, and the deposits refunded in time (§4.14, §6)."""
    case_id = rechecked(db, desk, clock)          # applied, approved and permitted on 06-08; rechecked 30 days on
    clock.advance(days=2)
    act(db, desk, case_id, "refund")              # within renovation.deposit_refund_days
    k = svc.kpis(db, desk, date(2026, 6, 1), date(2026, 7, 31))
    assert (k.applied, k.decided, k.permits) == (1, 1, 1)
    assert k.average_review_days is not None and 0 <= k.average_review_days < 0.01   # decided the same minute
    assert (k.refunds_due, k.refunds_on_time, k.refund_rate) == (1, 1, 1.0)
    assert svc.kpis(db, desk, date(2026, 5, 1), date(2026, 5, 31)).applied == 0


# ------------------------------------------------------------------------------------------ the chain's hooks

def test_a_vacant_unit_leaves_the_vacancy_register_with_its_permit(db, desk, estate):  # noqa: F811
    """§4.5 step 10: the permit takes the room off the register, in the permit's own transaction (a refused
    permit leaves it on)."""
    from app.services import vacancy
    from db.models.vacancy import VacantUnit
    unit_id = records.create(db, desk, vacancy.UNIT_KIND, {"room": "3-2-1502", "vacancy_type": "3",
                                                           "since": "2026-06-01"})
    case_id = approved(db, desk)
    act(db, desk, case_id, "sign_agreement", signed_on="2026-06-08")
    with pytest.raises(ConflictError, match="only after the deposits are paid"):
        act(db, desk, case_id, "issue_permit")
    with db.read() as s:
        assert s.get(VacantUnit, unit_id).status == "active" and s.get(Room, estate["3-2-1502"]).vacancy_flag
    svc.collect_fees(db, desk, case_id, svc.Fees(owner_deposit=D("2000")))
    act(db, desk, case_id, "issue_permit")
    case = load(db, case_id)
    with db.read() as s:
        unit = s.get(VacantUnit, unit_id)
        assert (unit.status, unit.removal_reason) == ("removed", "renovation")
        room = s.get(Room, estate["3-2-1502"])
        assert not room.vacancy_flag and room.occupancy_state == "renovating"
        removed = s.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == vacancy.UNIT_KIND,
                                                        WorkflowEvent.record_id == unit_id,
                                                        WorkflowEvent.action == "remove")).one()
        permit = s.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == svc.KIND,
                                                       WorkflowEvent.record_id == case_id,
                                                       WorkflowEvent.action == "issue_permit")).one()
        assert removed.note == case.number and removed.at == permit.at
    # a room not on the register is left alone
    assert load(db, permitted_case_on(db, desk, "3-2-1601")).status == "active"


def test_a_finished_renovation_plans_its_follow_up(db, desk, clock):  # noqa: F811
    """§4.3 trigger (c): the refund plans the 装修回访 within renovation.followup_days, linked to the case."""
    from db.models.complaint import FollowUp
    case_id = rechecked(db, desk, clock)
    with db.read() as s:
        assert s.scalars(select(FollowUp.id)).all() == []          # nothing planned before the case finishes
    act(db, desk, case_id, "refund")
    case = load(db, case_id)
    with db.read() as s:
        f = s.scalars(select(FollowUp)).one()
        assert (f.ftype, f.interviewee, f.phone, f.room_code, f.source_number) == (
            "renovation", "王建国", case.phone, "3-2-1502", case.number)
        assert f.due_on == date(2026, 7, 8 + 7) and f.status == "planned"
    assert {link.kind for link in records.get(db, desk, svc.KIND, case_id).links} == {"followup"}
    act(db, desk, case_id, "archive")
    with db.read() as s:
        assert len(s.scalars(select(FollowUp.id)).all()) == 1       # archiving plans no second one
