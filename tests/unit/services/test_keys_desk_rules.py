"""钥匙管理, the desk's rules of issue #10 (DOMAIN.md §4.6) through the service on a real store: a loan that
needs approval waits 待审批 until a 客服主管 approves it (signed in, or her own password typed at this desk:
recorded as hers), the key handed out only then; refusal; the calls to an overdue borrower
(钥匙管理备忘录)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.keys import KEY_KIND, LOAN_KIND
from app.services import keys as svc
from app.services import records
from db.models import Staff, WorkflowEvent
from db.models.keys import KeyItem, KeyLoan
from tests.conftest import PASSWORD
from tests.unit.services.test_keys import (
    CLOSE,
    MORNING,
    act_loan,
    clock,
    desk,
    due,
    estate,
    load,
    owner_key,
    owner_loan,
    staff_loan,
)

__all__ = ["clock", "desk", "estate"]   # fixtures, used by name


def events(db, kind, ident):
    with db.read() as s:
        return list(s.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == kind,
                                                          WorkflowEvent.record_id == ident)
                              .order_by(WorkflowEvent.id)))


def ask(db, desk, kid, **changes):
    return svc.lend(db, desk, kid, staff_loan(owner_notified="电话告知业主", ask_approval=True, **changes))


# ------------------------------------------------------------------------------------------ 待审批

def test_a_loan_sent_for_approval_waits_and_the_key_stays_in(db, desk, estate):
    kid = owner_key(db, desk)
    lid = ask(db, desk, kid)
    loan = load(db, KeyLoan, lid)
    assert loan.status == "pending" and loan.approved_by is None and loan.number.startswith("YS")
    assert load(db, KeyItem, kid).status == "in_cabinet"
    assert due(db, lid) is None                      # no clock until it is handed out
    view = records.get(db, desk, LOAN_KIND, lid)
    assert view.status_label == "Awaiting approval"
    assert [a.name for a in view.actions] == ["approve"]     # a receptionist: approve here with the password
    # the key is reserved: nobody else gets it meanwhile
    with pytest.raises(ConflictError, match="waits for the CS supervisor's approval"):
        svc.lend(db, desk, kid, owner_loan())
    key_view = records.get(db, desk, KEY_KIND, kid)
    assert "lend" not in key_view.can


def test_the_signed_in_supervisor_approves_on_any_desk_and_the_key_goes_out(db, desk, admin, estate, clock):
    kid = owner_key(db, desk)
    lid = ask(db, desk, kid)
    clock.set(MORNING + timedelta(minutes=20))
    assert "refuse" in [a.name for a in records.get(db, admin, LOAN_KIND, lid).actions]
    svc.approve(db, admin, lid)
    loan = load(db, KeyLoan, lid)
    assert loan.status == "out" and loan.approved_by == admin.staff_id
    assert loan.approved_at == loan.lent_at == MORNING + timedelta(minutes=20)
    assert load(db, KeyItem, kid).status == "on_loan"
    assert due(db, lid) == CLOSE
    approval = events(db, LOAN_KIND, lid)[-1]
    assert approval.action == "approve" and approval.staff_id == admin.staff_id
    assert [e.action for e in events(db, KEY_KIND, kid)][-2:] == ["reserve", "hand_out"]


def test_the_supervisor_typing_her_password_at_this_desk_approves_as_herself(db, desk, admin, estate):
    kid = owner_key(db, desk)
    lid = ask(db, desk, kid, due_at="2026-06-12 12:00")     # a longer loan waits for approval too
    with pytest.raises(ValidationError, match="typing her own password") as err:
        svc.approve(db, desk, lid, approver=admin.staff_id)
    assert err.value.field == "approver_password"
    with pytest.raises(ValidationError, match="Wrong password of"):
        svc.approve(db, desk, lid, approver=admin.staff_id, approver_password="not-her-password1")
    with db.read() as s:
        assert s.get(Staff, admin.staff_id).failed_logins == 1
    assert load(db, KeyLoan, lid).status == "pending"
    svc.approve(db, desk, lid, approver=admin.staff_id, approver_password=PASSWORD)
    loan = load(db, KeyLoan, lid)
    assert loan.status == "out" and loan.approved_by == admin.staff_id
    assert due(db, lid) == datetime(2026, 6, 12, 12, 0)      # the due time asked for, approved
    approval = events(db, LOAN_KIND, lid)[-1]
    assert approval.staff_id == admin.staff_id and json.loads(approval.data)["approver"] == admin.name
    assert PASSWORD not in approval.data


def test_a_receptionist_cannot_approve_and_a_steward_password_does_not_count(db, desk, actor, estate):
    kid = owner_key(db, desk)
    lid = ask(db, desk, kid)
    with pytest.raises(ValidationError, match="A CS supervisor approves the loan") as err:
        svc.approve(db, desk, lid)
    assert err.value.field == "approver"
    with pytest.raises(ValidationError, match="A CS supervisor approves the loan"):
        records.act(db, desk, LOAN_KIND, lid, "approve", {})
    steward = actor("steward")
    with pytest.raises((ValidationError, PermissionDenied)):
        svc.approve(db, desk, lid, approver=steward.staff_id, approver_password=PASSWORD)
    assert load(db, KeyLoan, lid).status == "pending"
    assert load(db, KeyItem, kid).status == "in_cabinet"


def test_a_receptionist_typing_another_receptionists_password_does_not_approve(db, desk, estate, qapp):
    """At her desk, the receptionist names a colleague at the desk (no 客服主管) and types that colleague's own,
    correct password: refused, in Chinese on the Chinese desk, and the loan still waits with the key in."""
    from app import i18n_qt
    from app.services import auth
    from app.services.base import unit_of_work
    with unit_of_work(db, desk) as s:
        colleague = auth.create_staff(s, "desk2", "二号前台", "receptionist", "secret123").id
    kid = owner_key(db, desk)
    lid = ask(db, desk, kid)
    i18n_qt.install("zh_CN")
    try:
        with pytest.raises(ValidationError) as err:
            svc.approve(db, desk, lid, approver=colleague, approver_password="secret123")
        assert str(err.value) == "须由客服主管审批：本人登录，或在此对话框中输入其本人密码"
        assert err.value.field == "approver"
    finally:
        i18n_qt.install("en")
    assert load(db, KeyLoan, lid).status == "pending" and load(db, KeyLoan, lid).approved_by is None
    assert load(db, KeyItem, kid).status == "in_cabinet"
    assert [e.action for e in events(db, LOAN_KIND, lid)] == ["create"]       # no approval recorded


def test_the_supervisor_refuses_and_the_refusal_is_hers(db, desk, admin, estate):
    kid = owner_key(db, desk)
    lid = ask(db, desk, kid)
    with pytest.raises(PermissionDenied):
        act_loan(db, desk, lid, "refuse", {"note": "自己不同意"})
    with pytest.raises(ValidationError):
        act_loan(db, admin, lid, "refuse", {})            # a refusal says why
    act_loan(db, admin, lid, "refuse", {"note": "业主未同意维修入户"})
    loan = load(db, KeyLoan, lid)
    assert loan.status == "refused" and load(db, KeyItem, kid).status == "in_cabinet"
    refusal = events(db, LOAN_KIND, lid)[-1]
    assert refusal.staff_id == admin.staff_id and refusal.note == "业主未同意维修入户"
    lid2 = svc.lend(db, desk, kid, owner_loan())          # the key is free again
    assert load(db, KeyLoan, lid2).status == "out"


def test_a_key_lost_while_the_loan_waits_is_not_handed_out(db, desk, admin, estate):
    kid = owner_key(db, desk)
    lid = ask(db, desk, kid)
    records.act(db, desk, KEY_KIND, kid, "report_lost", {"note": "柜内未找到"})
    with pytest.raises(ValidationError, match="cannot be handed out"):
        svc.approve(db, admin, lid)
    assert load(db, KeyLoan, lid).status == "pending"


def test_sending_for_approval_a_loan_that_needs_none_lends_it(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan(ask_approval=True))
    assert load(db, KeyLoan, lid).status == "out"


def test_the_old_refusals_stand_when_the_loan_is_not_sent_for_approval(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="approval of the CS supervisor"):
        svc.lend(db, desk, kid, staff_loan(owner_notified="电话告知业主"))
    with pytest.raises(ValidationError, match="Tell the owner"):    # sent for approval, the owner still told
        svc.lend(db, desk, kid, staff_loan(ask_approval=True))


# ------------------------------------------------------------------------------------------ 钥匙管理备忘录

def test_the_call_to_an_overdue_borrower_is_recorded(db, desk, estate, clock):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    clock.set(CLOSE + timedelta(hours=1))
    with pytest.raises(ValidationError):
        act_loan(db, desk, lid, "call", {"called": "王建国"})
    act_loan(db, desk, lid, "call", {"called": "王建国", "call_result": "答应明早九点前归还"})
    call = events(db, LOAN_KIND, lid)[-1]
    assert call.action == "call" and call.staff_id == desk.staff_id and call.at == CLOSE + timedelta(hours=1)
    assert json.loads(call.data) == {"called": "王建国", "call_result": "答应明早九点前归还"}
    memo = svc.call_memo(db, desk)
    assert [(m.number, m.called, m.result, m.by) for m in memo] == [
        (load(db, KeyLoan, lid).number, "王建国", "答应明早九点前归还", desk.name)]


# ------------------------------------------------------------------------------------------ the monthly count

def test_the_monthly_count_is_reminded_on_the_home_tile_and_the_open_items(db, desk, actor, estate, clock):
    from app.services import dashboard, open_items

    def tile():
        return next(t for t in dashboard.tiles(db, desk, clock.now.date()) if t.page == "keys")

    def count_items():
        return [i for i in open_items.collect(db, desk, clock.now) if str(i.group) == "Key stock-take"]

    assert not svc.count_due(db, desk).due                # an empty cabinet needs no count
    kid = owner_key(db, desk)
    assert not svc.count_due(db, desk).due                # a cabinet started today: not yet
    clock.set(MORNING + timedelta(days=30))                # keys.inventory_days = 30 since the first key
    assert svc.count_due(db, desk).due and svc.count_due(db, desk).last is None
    assert tile().items[0] == "Count the key cabinet: it has never been counted (every 30 days)"
    assert tile().level == "attention" and len(count_items()) == 1
    svc.stocktake(db, actor("clerk"), {kid: 2})
    assert not svc.count_due(db, desk).due and not count_items()
    assert not any(i.startswith("Count the key cabinet") for i in tile().items)
    clock.set(MORNING + timedelta(days=59))
    assert not svc.count_due(db, desk).due
    clock.set(MORNING + timedelta(days=60))
    due_now = svc.count_due(db, desk)
    assert due_now.due and due_now.last == MORNING + timedelta(days=30) and due_now.days == 30
    assert count_items()[0].title == "Count the key cabinet: last stock-take 2026-07-10 (every 30 days)"
    assert count_items()[0].level == "attention"


# ------------------------------------------------------------------------------------------ retention

def test_closed_loans_older_than_the_retention_are_purged_and_audited(db, desk, admin, estate, clock):
    from db.models import AuditLog, RecordClock
    kid = owner_key(db, desk)
    old = svc.lend(db, desk, kid, owner_loan())
    act_loan(db, desk, old, "return", {"count_in": 2, "returned_by": "王建国"})
    clerk_take = svc.stocktake(db, admin, {kid: 2})
    clock.set(MORNING + timedelta(days=400))
    recent = svc.lend(db, desk, kid, owner_loan())
    act_loan(db, desk, recent, "return", {"count_in": 2, "returned_by": "王建国"})
    out = svc.lend(db, desk, kid, owner_loan())
    assert svc.apply_retention(db) == svc.Purged(0, 0)     # nothing older than 2 years yet
    clock.set(MORNING + timedelta(days=2 * 365 + 2))
    with db.read() as s:
        audits = s.query(AuditLog).count()
    assert svc.apply_retention(db) == svc.Purged(1, 1)
    with db.read() as s:
        assert s.get(KeyLoan, old) is None and s.get(KeyLoan, recent) is not None and s.get(KeyLoan, out)
        assert not s.scalars(select(WorkflowEvent).where(WorkflowEvent.kind == LOAN_KIND,
                                                         WorkflowEvent.record_id == old)).all()
        assert not s.scalars(select(RecordClock).where(RecordClock.kind == LOAN_KIND,
                                                       RecordClock.record_id == old)).all()
        assert s.query(AuditLog).count() > audits           # the deletions are audited; the trail stays
        deleted = s.scalars(select(AuditLog).where(AuditLog.action == "delete")).all()
        assert {"key_loan", "key_stocktake"} <= {a.entity for a in deleted}
    assert clerk_take.id
    assert svc.apply_retention(db) == svc.Purged(0, 0)


# ------------------------------------------------------------------------------------------ KPIs

def test_the_months_key_figures(db, desk, admin, estate, clock):
    from datetime import date
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    act_loan(db, desk, lid, "return", {"count_in": 1, "returned_by": "王建国", "confirm_loss": True})
    ask(db, desk, owner_key(db, desk, key_no="A-016"))
    svc.stocktake(db, admin, {kid: 1})
    svc.lend(db, desk, owner_key(db, desk, key_no="A-017"), owner_loan())
    k = svc.kpis(db, desk, date(2026, 6, 1), date(2026, 6, 30))
    assert (k.loans, k.losses, k.stocktakes, k.discrepancies, k.on_loan, k.pending) == (2, 1, 1, 2, 1, 1)
    assert svc.kpis(db, desk, date(2026, 5, 1), date(2026, 5, 31)).loans == 0
