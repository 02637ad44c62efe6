"""钥匙管理 through its service on a real store: intake, lending under every rule of §4.6 (each refusal
tested), return with the count check, extension, loss and lock change, withdrawal, stock-take, lists,
overdue, histories, and the desk's hooks (home tile, handover items, household card)."""
from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from app.domain import keys as K
from app.domain.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.domain.keys import KEY_KIND, LOAN_KIND
from app.services import card_sections, clocks, dashboard, open_items, records, registry
from app.services import keys as svc
from app.services import workflow as wf
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models import AuditLog, Room, Staff, WorkflowEvent
from db.models.keys import KeyItem, KeyLoan, KeyStocktakeLine
from tests.conftest import PASSWORD
from tests.unit.services.test_visits import OTHER_ID, OWNER_ID, VISITOR_ID, Clock

MORNING = datetime(2026, 6, 10, 9, 0, 0)   # a Wednesday
CLOSE = datetime(2026, 6, 10, 17, 30)


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, MORNING)


@pytest.fixture
def estate(db, admin, clock):
    """3-2-1502 owned by 王建国 (agent 刘志强), 3-2-1501 unsold."""
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    rooms = {"3-2-1501": registry.save_room(db, admin, RoomInput(u, "1501", "15", "98.5")),
             "3-2-1502": registry.save_room(db, admin, RoomInput(u, "1502", "15", "128.56"))}
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=OWNER_ID),
                         room_id=rooms["3-2-1502"], role="owner", is_primary=True)
    registry.save_person(db, admin, PersonInput("刘志强", "13957112345", id_number=VISITOR_ID),
                         room_id=rooms["3-2-1502"], role="agent")
    return rooms


@pytest.fixture
def desk(actor):
    return actor("receptionist")


def intake(db, actor, **values) -> int:
    return records.create(db, actor, KEY_KIND, values)


def owner_key(db, actor, **changes) -> int:
    data = dict(key_no="A-015", category="owner", room="3-2-1502", description="入户门钥匙", count="2",
                entrusted_by="王建国", entrust_reason="长期出差", pickup_rule="本人凭身份证领取")
    data.update(changes)
    return intake(db, actor, **data)


def owner_loan(**changes) -> dict:
    data = dict(borrower_type="owner", borrower_name="王建国", id_number=OWNER_ID, phone="13805716688",
                purpose="owner_use")
    data.update(changes)
    return data


def staff_loan(**changes) -> dict:
    data = dict(borrower_type="staff", borrower_name="李师傅", phone="", purpose="repair",
                purpose_text="卫生间漏水检修")
    data.update(changes)
    return data


def act_loan(db, actor, loan_id, action, values=None, **kw):
    return records.act(db, actor, LOAN_KIND, loan_id, action, values or {}, **kw)


def act_key(db, actor, key_id, action, values=None, **kw):
    return records.act(db, actor, KEY_KIND, key_id, action, values or {}, **kw)


def return_key(db, actor, loan_id, **values):
    return act_loan(db, actor, loan_id, "return", values)


def history(db, actor, key_id) -> list[str]:
    return [e.action for e in records.get(db, actor, KEY_KIND, key_id).events]


def load(db, model, ident):
    with db.read() as s:
        return s.get(model, ident)


def due(db, loan_id):
    """The loan's due time (its clock's deadline)."""
    with db.read() as s:
        return clocks.deadline(s, LOAN_KIND, loan_id, "due")


# ------------------------------------------------------------------------------------------ intake

def test_owner_intake_numbers_the_entrustment_and_logs_the_event(db, desk, estate):
    kid = owner_key(db, desk)
    key = load(db, KeyItem, kid)
    assert key.status == "in_cabinet" and key.count == 2 and key.room_code == "3-2-1502"
    assert key.entrust_no == "WT20260610-0001" and key.entrusted_at == MORNING and key.source == "owner"
    assert history(db, desk, kid) == ["Registered"]


def test_developer_and_public_keys(db, desk, estate):
    dev = intake(db, desk, **dict(key_no="D-001", category="developer", room="3-2-1501"))
    pub = intake(db, desk, **dict(key_no="P-001", category="public", location="3号楼水泵房"))
    assert load(db, KeyItem, dev).source == "developer" and load(db, KeyItem, dev).entrust_no == ""
    assert load(db, KeyItem, pub).room_id is None and load(db, KeyItem, pub).source == "company"


@pytest.mark.parametrize("changes, field", [
    ({"key_no": ""}, "key_no"), ({"key_no": "A 01/ 5"}, "key_no"), ({"count": "0"}, "count"),
    ({"room": "9-9-9999"}, "room"), ({"entrusted_by": "张三"}, "entrusted_by"), ({"entrusted_by": ""}, "entrusted_by"),
    ({"category": "x"}, "category"),
])
def test_intake_refusals_name_their_field(db, desk, estate, changes, field):
    with pytest.raises(ValidationError) as err:
        owner_key(db, desk, **changes)
    assert err.value.field == field


def test_a_slot_holds_one_key(db, desk, estate):
    owner_key(db, desk)
    with pytest.raises(ValidationError, match="A-015") as err:
        owner_key(db, desk)
    assert err.value.field == "key_no"


def test_clerk_cannot_take_in_keys(db, actor, estate):
    with pytest.raises(PermissionDenied):
        owner_key(db, actor("clerk"))


# ------------------------------------------------------------------------------------------ lending

def test_owner_borrows_own_key_due_at_close(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    loan = load(db, KeyLoan, lid)
    assert loan.number == "YS20260610-0001" and loan.status == "out" and loan.count_out == 2
    assert due(db, lid) == CLOSE and loan.lent_at == MORNING
    assert load(db, KeyItem, kid).status == "on_loan"
    with db.read() as s:
        assert [e.action for e in wf.events(s, K.LOAN, lid)] == ["create"]


def test_lending_a_key_that_is_out_is_refused(db, desk, estate):
    kid = owner_key(db, desk)
    svc.lend(db, desk, kid, owner_loan())
    with pytest.raises(ConflictError, match="already out.*王建国.*YS20260610-0001"):
        svc.lend(db, desk, kid, owner_loan())


def test_a_lost_key_cannot_be_lent(db, desk, estate):
    kid = owner_key(db, desk)
    act_key(db, desk, kid, "report_lost", {"note": "钥匙柜内未找到"})
    with pytest.raises(ConflictError, match="not in the cabinet"):
        svc.lend(db, desk, kid, owner_loan())


def test_a_non_owner_without_authorisation_is_refused(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="authorisation") as err:
        svc.lend(db, desk, kid, owner_loan(borrower_type="agent", borrower_name="张三", id_number=OTHER_ID,
                                          phone="13700007777"))
    assert err.value.field == "authorisation"
    assert load(db, KeyItem, kid).status == "in_cabinet"


def test_the_authorisation_must_come_from_an_owner(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="only an owner") as err:
        svc.lend(db, desk, kid, owner_loan(borrower_type="agent", borrower_name="张三", id_number=OTHER_ID,
                                          phone="13700007777", authorisation="written", authoriser="李四"))
    assert err.value.field == "authoriser"


def test_a_non_owner_with_the_owners_authorisation_may_borrow(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan(borrower_type="agent", borrower_name="张三", id_number=OTHER_ID,
                                            phone="13700007777", authorisation="phone", authoriser="王建国"))
    loan = load(db, KeyLoan, lid)
    assert loan.authorisation == "phone" and loan.authoriser == "王建国"


def test_a_registered_agent_needs_no_further_authorisation(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan(borrower_type="agent", borrower_name="刘志强",
                                            id_number=VISITOR_ID, phone="13957112345"))
    assert load(db, KeyLoan, lid).authorisation == "registered"


def test_someone_claiming_to_be_the_owner_is_checked_against_the_registry(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="not registered as an owner") as err:
        svc.lend(db, desk, kid, owner_loan(borrower_name="王建国", id_number=OTHER_ID))
    assert err.value.field == "borrower_name"


def test_the_borrowers_id_number_is_checked(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError) as err:
        svc.lend(db, desk, kid, owner_loan(id_number=OWNER_ID[:-1] + ("0" if OWNER_ID[-1] != "0" else "1")))
    assert err.value.field == "id_number"


def test_staff_using_an_owners_key_without_approval_is_refused(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="approval of the CS supervisor") as err:
        svc.lend(db, desk, kid, staff_loan(owner_notified="电话告知业主"))
    assert err.value.field == "approver"


def test_the_approver_must_hold_the_approval_permission(db, desk, actor, estate):
    kid = owner_key(db, desk)
    other = actor("steward")
    with pytest.raises(ValidationError, match="may not approve") as err:
        svc.lend(db, desk, kid, staff_loan(approver=other.staff_id, owner_notified="电话告知业主"))
    assert err.value.field == "approver"


def test_staff_use_needs_the_owner_told_unless_emergency(db, desk, admin, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="Tell the owner") as err:
        svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id), approver_password=PASSWORD)
    assert err.value.field == "owner_notified"
    lid = svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, emergency=True, purpose="emergency"),
                   approver_password=PASSWORD)
    loan = load(db, KeyLoan, lid)
    assert loan.approved_by == admin.staff_id and loan.emergency and loan.owner_notified_at is None
    act_loan(db, desk, lid, "notify_owner", {"owner_notified": "电话告知业主 10:05"})
    assert load(db, KeyLoan, lid).owner_notified_at == MORNING


def test_the_supervisor_lending_approves_it_herself(db, admin, estate):
    kid = owner_key(db, admin)
    lid = svc.lend(db, admin, kid, staff_loan(owner_notified="微信告知业主"))
    assert load(db, KeyLoan, lid).approved_by == admin.staff_id


def test_public_keys_are_lent_only_for_work(db, desk, estate):
    pub = intake(db, desk, **dict(key_no="P-001", category="public", location="水泵房"))
    with pytest.raises(ValidationError, match="only to staff or contractors"):
        svc.lend(db, desk, pub, owner_loan())
    lid = svc.lend(db, desk, pub, staff_loan(purpose="work", purpose_text=""))
    assert load(db, KeyLoan, lid).approved_by is None


def test_due_must_follow_lent_and_long_loans_need_approval(db, desk, admin, estate, clock):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="must be after") as err:
        svc.lend(db, desk, kid, owner_loan(due_at=MORNING - timedelta(hours=1)))
    assert err.value.field == "due_at"
    with pytest.raises(ValidationError, match="longer loan needs the approval"):
        svc.lend(db, desk, kid, owner_loan(due_at="2026-06-12 12:00"))
    lid = svc.lend(db, desk, kid, owner_loan(due_at="2026-06-12 12:00", approver=admin.staff_id),
                   approver_password=PASSWORD)
    assert due(db, lid) == datetime(2026, 6, 12, 12, 0)


def test_lent_after_close_is_due_the_next_working_day(db, desk, estate, clock):
    clock.set(datetime(2026, 6, 12, 18, 0))   # a Friday evening
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    assert due(db, lid) == datetime(2026, 6, 15, 17, 30)


# ------------------------------------------------------------------------------------------ return

def test_return_with_the_full_count(db, desk, estate, clock):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    clock.advance(hours=2)
    return_key(db, desk, lid, count_in=2, returned_by="王建国")
    loan, key = load(db, KeyLoan, lid), load(db, KeyItem, kid)
    assert loan.status == "returned" and loan.count_in == 2 and loan.returned_at == clock.now
    assert loan.received_by == desk.staff_id and key.status == "in_cabinet"
    assert history(db, desk, kid) == ["Registered", "Lend", "Take back"]


def test_a_short_return_is_refused_then_opens_a_loss(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    with pytest.raises(ConflictError, match="1 of the 2 keys lent are missing"):
        return_key(db, desk, lid, count_in=1, returned_by="王建国")
    assert load(db, KeyLoan, lid).status == "out"
    return_key(db, desk, lid, count_in=1, returned_by="王建国", confirm_loss=True, note="钥匙丢在车上")
    loan, key = load(db, KeyLoan, lid), load(db, KeyItem, kid)
    assert loan.status == "lost" and loan.count_in == 1
    assert key.status == "lost" and key.missing_count == 1
    # the lock is changed and the new spare brought in
    act_key(db, desk, kid, "replace", {"note": "业主已换锁"})
    assert load(db, KeyItem, kid).status == "replaced"
    act_key(db, desk, kid, "restock", {"new_count": 2})
    key = load(db, KeyItem, kid)
    assert key.status == "in_cabinet" and key.count == 2 and key.missing_count == 0


def test_more_keys_back_than_lent_is_refused(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    with pytest.raises(ValidationError, match="only 2 were lent"):
        return_key(db, desk, lid, count_in=3, returned_by="王建国")


def test_a_returned_loan_cannot_be_returned_again(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    return_key(db, desk, lid, count_in=2, returned_by="王建国")
    with pytest.raises(ConflictError):
        return_key(db, desk, lid, count_in=2, returned_by="王建国")


def test_losing_the_whole_loan(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    with pytest.raises(ValidationError):
        act_loan(db, desk, lid, "lose", {})
    act_loan(db, desk, lid, "lose", {"note": "借用人报失"})
    assert load(db, KeyLoan, lid).status == "lost"
    assert load(db, KeyItem, kid).status == "lost"
    act_key(db, desk, kid, "found")
    assert load(db, KeyItem, kid).status == "in_cabinet"


def test_extension_needs_the_supervisor(db, desk, admin, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    with pytest.raises(PermissionDenied):
        act_loan(db, desk, lid, "extend", {"due_at": "2026-06-11 12:00", "reason": "施工未完"})
    with pytest.raises(ValidationError):
        act_loan(db, admin, lid, "extend", {"due_at": "2026-06-11 12:00"})
    act_loan(db, admin, lid, "extend", {"due_at": "2026-06-11 12:00", "reason": "施工未完"})
    loan = load(db, KeyLoan, lid)
    assert due(db, lid) == datetime(2026, 6, 11, 12, 0) and loan.extensions == 1 and loan.status == "out"


def test_voiding_a_loan_puts_the_key_back(db, desk, admin, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    with pytest.raises(PermissionDenied):
        act_loan(db, desk, lid, "void", {"reason": "登记错误"})
    act_loan(db, admin, lid, "void", {"reason": "登记错误"})
    assert load(db, KeyLoan, lid).status == "void" and load(db, KeyItem, kid).status == "in_cabinet"


# ------------------------------------------------------------------------------------------ key actions

def test_the_owner_takes_the_key_back(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError) as err:
        act_key(db, desk, kid, "withdraw", {"identity": "张三"})
    assert err.value.field == "identity"
    act_key(db, desk, kid, "withdraw", {"identity": "王建国"})
    assert load(db, KeyItem, kid).status == "withdrawn"
    # the slot is free again
    owner_key(db, desk)


def test_a_key_on_loan_cannot_be_withdrawn_or_voided(db, desk, admin, estate):
    kid = owner_key(db, desk)
    svc.lend(db, desk, kid, owner_loan())
    with pytest.raises(ConflictError):
        act_key(db, desk, kid, "withdraw", {"identity": "王建国"})
    with pytest.raises(ConflictError):
        act_key(db, admin, kid, "void", {"reason": "x"})
    with pytest.raises(ConflictError, match="register the loss on its loan"):
        act_key(db, desk, kid, "report_lost", {"note": "x"})
    with pytest.raises(ConflictError):
        act_key(db, desk, kid, "lend")


def test_key_buttons_come_from_the_workflow(db, desk, admin, estate):
    kid = owner_key(db, desk)
    assert [a.name for a in records.get(db, desk, KEY_KIND, kid).actions] == ["lend", "report_lost", "withdraw"]
    assert "void" in [a.name for a in records.get(db, admin, KEY_KIND, kid).actions]


# ------------------------------------------------------------------------------------------ stock-take

def test_stocktake_finds_the_discrepancies(db, desk, actor, estate):
    a = owner_key(db, desk)
    b = intake(db, desk, **dict(key_no="D-001", category="developer", room="3-2-1501", count="3"))
    c = intake(db, desk, **dict(key_no="P-001", category="public", location="水泵房"))
    svc.lend(db, desk, c, staff_loan(purpose="work"))
    with pytest.raises(PermissionDenied):
        svc.stocktake(db, desk, {a: 2})
    result = svc.stocktake(db, actor("clerk"), {a: 2, b: 2, c: 1}, note="月度盘点")
    assert result.keys_counted == 3
    assert {(d.key_no, d.result) for d in result.discrepancies} == {("D-001", "short"), ("P-001", "unexpected")}
    with db.read() as s:
        assert len(s.scalars(select(KeyStocktakeLine)).all()) == 3
        audited = s.scalars(select(AuditLog.after).where(AuditLog.entity == "key_stocktake_line")).all()
    assert len(audited) == 3 and all('"found_count"' in a for a in audited)   # each line is in the trail


# ------------------------------------------------------------------------------------------ lists and hooks

def test_lists_overdue_and_histories(db, desk, estate, clock):
    a = owner_key(db, desk)
    b = intake(db, desk, **dict(key_no="D-001", category="developer", room="3-2-1501"))
    la = svc.lend(db, desk, a, owner_loan())
    clock.advance(hours=1)
    lb = svc.lend(db, desk, b, staff_loan(purpose="inspection", purpose_text=""))
    assert [r.id for r in svc.list_loans(db, desk)] == [lb, la]
    assert svc.overdue_loans(db, desk) == []
    assert {r.id for r in svc.due_today(db, desk)} == {la, lb}
    clock.set(datetime(2026, 6, 10, 18, 0))
    assert [r.id for r in svc.overdue_loans(db, desk)] == [la, lb]
    assert [r.id for r in svc.list_loans(db, desk, status="overdue")] == [lb, la]
    assert [r.id for r in svc.list_loans(db, desk, text="王")] == [la]
    rows = svc.list_keys(db, desk)
    assert [(r.key_no, r.status, r.overdue) for r in rows] == [("A-015", "on_loan", True),
                                                               ("D-001", "on_loan", True)]
    page = svc.list_keys(db, desk, limit=1)
    assert [r.key_no for r in svc.list_keys(db, desk, after=page[-1].sort_key)] == ["D-001"]
    keys, loans = svc.room_history(db, desk, estate["3-2-1502"])
    assert [k.id for k in keys] == [a] and [x.id for x in loans] == [la]
    detail = records.get(db, desk, LOAN_KIND, la)
    assert detail.overdue and detail.id_number == "1101**********002X" and detail.phone == "138****6688"
    assert [t.name for t in detail.actions] == ["return", "notify_owner", "call", "lose"]


def test_home_tile_open_items_and_card(db, desk, estate, clock):
    kid = owner_key(db, desk)
    svc.lend(db, desk, kid, owner_loan())
    clock.set(datetime(2026, 6, 10, 18, 0))
    tile = next(t for t in dashboard.tiles(db, desk, clock.now.date()) if t.page == "keys")
    assert tile.value == "1" and tile.level == "alert" and "1 overdue" in tile.detail
    items = [i for i in open_items.collect(db, desk, clock.now) if i.page == "keys"]
    assert len(items) == 1 and items[0].level == "alert" and "A-015" in items[0].title
    assert "138****6688" in items[0].title
    with db.read() as s:
        room = s.get(Room, estate["3-2-1502"])
        section = card_sections.collect(s, desk, room)["keys"]
    assert section.rows[0][0] == "A-015" and len(section.rows) == 2


def test_missing_records(db, desk, estate):
    with pytest.raises(NotFound):
        records.get(db, desk, KEY_KIND, 999)
    with pytest.raises(NotFound):
        return_key(db, desk, 999, count_in=1, returned_by="x")


def test_events_are_logged_for_both_workflows(db, desk, estate):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())
    return_key(db, desk, lid, count_in=2, returned_by="王建国")
    with db.read() as s:
        rows = s.execute(select(WorkflowEvent.kind, WorkflowEvent.action).order_by(WorkflowEvent.id)).all()
    assert [tuple(r) for r in rows if r[0] in ("key", "key_loan")] == [
        ("key", "create"), ("key_loan", "create"), ("key", "lend"), ("key_loan", "return"), ("key", "take_back")]


# ------------------------------------------------------------------------------------------ the record kit

def test_the_due_time_is_the_loans_clock_moved_by_an_extension(db, desk, admin, estate, clock):
    lid = svc.lend(db, desk, owner_key(db, desk), owner_loan())
    view = records.get(db, desk, LOAN_KIND, lid)
    assert [(c.name, c.state, c.deadline) for c in view.clocks] == [("due", "running", CLOSE)]
    act_loan(db, admin, lid, "extend", {"due_at": "2026-06-11 12:00", "reason": "施工未完"})
    clock.set(datetime(2026, 6, 11, 12, 30))
    view = records.get(db, desk, LOAN_KIND, lid)
    assert view.clocks[0].deadline == datetime(2026, 6, 11, 12, 0) and view.clocks[0].late
    assert "overdue: phone the borrower" in view.flags and view.overdue
    return_key(db, desk, lid, count_in=2, returned_by="王建国")
    view = records.get(db, desk, LOAN_KIND, lid)
    assert view.clocks[0].state == "stopped" and view.clocks[0].late and svc.overdue_loans(db, desk) == []
    with pytest.raises(ValidationError, match="later than the current one") as err:
        act_loan(db, admin, svc.lend(db, desk, owner_key(db, desk, key_no="A-016"), owner_loan()), "extend",
                 {"due_at": "2026-06-11 12:10", "reason": "x"})
    assert err.value.field == "due_at"


def test_the_overdue_list_reads_the_clock_index(db, desk, estate, clock):
    from sqlalchemy import text
    svc.lend(db, desk, owner_key(db, desk), owner_loan())
    query = svc._loan_query("overdue", "", None, None, clock.now)
    compiled = query.compile(db.engine, compile_kwargs={"literal_binds": True})
    with db.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "ix_record_clock_due" in plan, plan


def test_a_return_that_fails_half_way_writes_nothing(db, desk, estate, clock):
    """The loan's return and its key's moves are one transaction: a refusal after them undoes them all."""
    from app.services.base import unit_of_work
    from db.models import RecordClock
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan())

    def counts():
        with db.read() as s:
            return [len(s.scalars(select(m)).all()) for m in (WorkflowEvent, RecordClock)]
    before = counts()
    with pytest.raises(ValidationError):
        with unit_of_work(db, desk) as s:
            done = records.act_in(s, desk, LOAN_KIND, lid, "return", {"count_in": 2, "returned_by": "王建国"})
            assert s.get(KeyItem, kid).status == "in_cabinet"            # taken back in the same transaction …
            done.act(KEY_KIND, kid, "withdraw", {})                      # … then refused: no identity
    assert counts() == before
    assert load(db, KeyLoan, lid).status == "out" and load(db, KeyLoan, lid).count_in is None
    assert load(db, KeyItem, kid).status == "on_loan" and load(db, KeyItem, kid).missing_count == 0


def test_the_key_timeline_shows_the_lending_and_the_loan_its_number(db, desk, estate, clock):
    kid = owner_key(db, desk)
    lid = svc.lend(db, desk, kid, owner_loan(note="业主忘带钥匙"))
    return_key(db, desk, lid, count_in=1, returned_by="王建国", confirm_loss=True)
    events = records.get(db, desk, KEY_KIND, kid).events
    number = load(db, KeyLoan, lid).number
    assert [e.action for e in events] == ["Registered", "Lend", "Take back", "Report lost"]
    assert "Borrower: 王建国" in events[1].details and "1101**********002X" in events[1].details  # masked
    assert events[2].note == number and "1 of 2 keys not returned" in events[3].note
    loan = records.get(db, desk, LOAN_KIND, lid)
    assert loan.status == "lost" and loan.events[-1].action == "Returned with keys missing"
    assert loan.events[-1].note.startswith("1 of 2 keys not returned")


# -- the approval given by the approver (issue 10 item 1): signed in, or their own password at this desk ------

def _nothing_lent(db, kid):
    with db.read() as s:
        assert s.scalar(select(KeyLoan.id).where(KeyLoan.key_id == kid)) is None
        assert s.get(KeyItem, kid).status == "in_cabinet"
        assert [e.action for e in s.scalars(select(WorkflowEvent).where(
            WorkflowEvent.kind == KEY_KIND, WorkflowEvent.record_id == kid))] == ["create"]


def test_an_approver_picked_from_the_list_without_their_password_is_refused(db, desk, admin, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="must approve the loan in person") as err:
        svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, owner_notified="电话告知业主"))
    assert err.value.field == "approver"
    with pytest.raises(ValidationError, match="must approve the loan in person"):   # a longer loan, too
        svc.lend(db, desk, kid, owner_loan(due_at="2026-06-12 12:00", approver=admin.staff_id))
    _nothing_lent(db, kid)


def test_a_wrong_approver_password_is_refused_and_counts_towards_the_lockout(db, desk, admin, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="Wrong password of") as err:
        svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, owner_notified="电话告知业主"),
                 approver_password="not-her-password1")
    assert err.value.field == "approver_password"
    _nothing_lent(db, kid)
    with db.read() as s:
        assert s.get(Staff, admin.staff_id).failed_logins == 1
    for _ in range(4):   # auth.max_failed_logins = 5: the fifth locks the account, as at sign-in
        with pytest.raises(ValidationError):
            svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, owner_notified="电话告知业主"),
                     approver_password="not-her-password1")
    with db.read() as s:
        assert s.get(Staff, admin.staff_id).locked_until is not None
    with pytest.raises(ValidationError, match="locked"):   # even the right password, while locked
        svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, owner_notified="电话告知业主"),
                 approver_password=PASSWORD)
    _nothing_lent(db, kid)


def test_an_approver_without_the_permission_is_refused_even_with_their_password(db, desk, actor, estate):
    kid = owner_key(db, desk)
    steward = actor("steward")
    with pytest.raises(ValidationError, match="may not approve") as err:
        svc.lend(db, desk, kid, staff_loan(approver=steward.staff_id, owner_notified="电话告知业主"),
                 approver_password=PASSWORD)
    assert err.value.field == "approver"
    _nothing_lent(db, kid)


def test_no_approver_is_refused_and_a_receptionist_cannot_approve_herself(db, desk, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="approval of the CS supervisor"):
        svc.lend(db, desk, kid, staff_loan(owner_notified="电话告知业主"), approver_password=PASSWORD)
    with pytest.raises(ValidationError, match="may not approve"):
        svc.lend(db, desk, kid, staff_loan(approver=desk.staff_id, owner_notified="电话告知业主"))
    _nothing_lent(db, kid)


def test_the_approver_typing_her_password_approves_and_it_is_recorded_as_hers(db, desk, admin, estate):
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError):
        svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, owner_notified="电话告知业主"),
                 approver_password="typo-secret123")
    lid = svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, owner_notified="电话告知业主"),
                   approver_password=PASSWORD)
    loan = load(db, KeyLoan, lid)
    assert loan.approved_by == admin.staff_id and loan.approved_at == MORNING and loan.handler_id == desk.staff_id
    with db.read() as s:
        assert s.get(Staff, admin.staff_id).failed_logins == 0
        event = s.scalar(select(WorkflowEvent).where(WorkflowEvent.kind == KEY_KIND,
                                                     WorkflowEvent.record_id == kid, WorkflowEvent.action == "lend"))
        assert json.loads(event.data)["approver"] == admin.name
        assert PASSWORD not in event.data and "approver_password" not in event.data


def test_the_signed_in_supervisor_approves_by_acting(db, admin, estate):
    kid = owner_key(db, admin)
    lid = svc.lend(db, admin, kid, staff_loan(approver=admin.staff_id, owner_notified="微信告知业主"))
    assert load(db, KeyLoan, lid).approved_by == admin.staff_id
    lid2 = svc.lend(db, admin, owner_key(db, admin, key_no="A-016"), owner_loan(due_at="2026-06-12 12:00",
                                                                                   approver=admin.staff_id))
    assert due(db, lid2) == datetime(2026, 6, 12, 12, 0)


def test_developer_keys_and_viewings_are_never_lent_to_visitors(db, desk, estate):
    dev = intake(db, desk, **dict(key_no="D-001", category="developer", room="3-2-1501"))
    for borrower in ("owner", "agent"):
        with pytest.raises(ValidationError, match="staff keep the key and open the door") as err:
            svc.lend(db, desk, dev, owner_loan(borrower_type=borrower, borrower_name="看房客", purpose="viewing",
                                               id_number=VISITOR_ID, authorisation="phone", authoriser="王建国"))
        assert err.value.field == "borrower_type"
    _nothing_lent(db, dev)
    kid = owner_key(db, desk)
    with pytest.raises(ValidationError, match="staff keep the key"):
        svc.lend(db, desk, kid, owner_loan(borrower_type="agent", borrower_name="刘志强", id_number=VISITOR_ID,
                                           phone="13957112345", purpose="viewing"))
    _nothing_lent(db, kid)
    lid = svc.lend(db, desk, dev, staff_loan(purpose="viewing", purpose_text="带客户看房"))
    assert load(db, KeyLoan, lid).borrower_type == "staff"
