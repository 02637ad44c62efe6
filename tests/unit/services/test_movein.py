"""零星入住 through its service on a real store: every state and the room's states at each step, the refusals
(a room not 已售未交付, a second case, missing documents, meter readings, the owner's signature, agreements,
keys before fees, prepayment, a buyer not on the developer's list, a key out of the cabinet), defects sent as
work slips in the inspection's own transaction, the fees through the fees workflow, the keys closing as
已交付业主, the vacant-unit register, the follow-up, the household file, two desks, and the desk's hooks."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.domain import movein as M
from app.domain.errors import ConflictError, PermissionDenied, UserError, ValidationError
from app.services import catalog, dashboard, open_items, params, records, registry
from app.services import movein as svc
from app.services.base import unit_of_work
from app.services.fees import items
from app.services.registry import BuildingInput, PersonInput, RoomInput
from db.models import Person, RecordLink, Room, RoomPerson
from db.models.complaint import FollowUp
from db.models.fees import FeeBill, FeeReceipt
from db.models.keys import KeyItem
from db.models.movein import HandoverListLine, MoveIn, MoveInCheck
from db.models.relay import WorkSlip
from db.models.vacancy import VacantUnit
from tests.helpers import OWNER_ID, clock  # noqa: F401  (fixture)
from tests.kit.test_records import PNG

BUYER_ID = "110105198001010016"      # a valid resident ID (born 1980)


@pytest.fixture
def rooms(db, admin, clock):  # noqa: F811
    """3-2-1501 sold (its developer key in slot D-001, on the vacant-unit register as type 2), 3-2-1502
    handed over, 3-2-1601 unsold; the default fee items."""
    catalog.load_all()
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    out = {"3-2-1501": registry.save_room(db, admin, RoomInput(u, "1501", "15", "100", delivery_state="sold")),
           "3-2-1502": registry.save_room(db, admin, RoomInput(u, "1502", "15", "98.50")),
           "3-2-1601": registry.save_room(db, admin, RoomInput(u, "1601", "16", "98.50", delivery_state="unsold"))}
    with unit_of_work(db, admin) as s:
        items.ensure_default_items(s)
    records.create(db, admin, "key", {"key_no": "D-001", "category": "developer", "room": "3-2-1501", "count": 2})
    records.create(db, admin, "vacant_unit", {"room": "3-2-1501", "vacancy_type": "2", "since": date(2026, 5, 1),
                                              "holder": "developer"})
    return out


def register(db, actor, room="3-2-1501", **kw) -> int:
    raw = {"room": room, "owner_name": "李四", "id_number": BUYER_ID, "phone": "13900001111", "notice_no": "TZ-88",
           "doc_notice": True, "doc_id": True, "doc_contract": True, **kw}
    return records.create(db, actor, M.MOVEIN_KIND, raw)


def inspection(**defects) -> dict:
    raw = {**svc.blank_inspection(), "inspected_on": date(2026, 6, 8), "inspectors": "工程部张工、开发商刘经理",
           "meter_water": "12.5", "meter_power": "305", "meter_gas": "0", "owner_signed": True}
    for item, note in defects.items():
        raw[f"ok_{item}"], raw[f"check_{item}"] = "anomaly", note
    return raw


def act(db, actor, mid, action, raw=None, **kw):
    return records.act(db, actor, M.MOVEIN_KIND, mid, action, raw or {}, **kw)


def load(db, mid) -> MoveIn:
    with db.read() as s:
        m = s.get(MoveIn, mid)
        s.expunge(m)
        return m


def room(db, code) -> Room:
    with db.read() as s:
        r = s.scalar(select(Room).where(Room.code == code))
        s.expunge(r)
        return r


KEYS = {"doc_handbook": True, "doc_warranty": True, "doc_manual": True, "keys_count": 2, "cards_count": 2,
        "card_nos": "A1001, A1002", "occupancy": "owner_occupied", "received_by": "李四"}


def to_signed(db, actor, **defects) -> int:
    mid = register(db, actor)
    act(db, actor, mid, "inspect", inspection(**defects))
    act(db, actor, mid, "sign", {"agr_service": True, "agr_rules": True, "agr_renovation": True})
    return mid


# ============================================================================================ the whole way

def test_move_in_from_documents_to_archive_with_the_room_at_each_step(db, admin, actor, rooms, clock, tmp_path):  # noqa: F811
    desk = actor("receptionist")
    mid = register(db, desk)
    m = load(db, mid)
    assert (m.status, m.number[:2], m.room_code, m.developer_match) == ("docs_check", "RZ", "3-2-1501", False)
    assert room(db, "3-2-1501").delivery_state == "sold"

    photo = tmp_path / "裂缝.png"
    photo.write_bytes(PNG)
    act(db, desk, mid, "inspect", {**inspection(walls="客厅墙面裂缝"), "photo_walls": [str(photo)]})
    m = load(db, mid)
    assert (m.status, m.defects, m.meter_water, m.meter_power, m.meter_gas) == ("inspected", 1, 12.5, 305, 0)
    with db.read() as s:
        lines = s.scalars(select(MoveInCheck).where(MoveInCheck.move_in_id == mid).order_by(MoveInCheck.seq)).all()
        slip = s.scalar(select(WorkSlip).where(WorkSlip.number == m.slip_numbers))
        link = s.scalar(select(RecordLink).where(RecordLink.from_kind == M.MOVEIN_KIND, RecordLink.from_id == mid))
        assert len(lines) == len(M.InspectItem) and [x.item for x in lines if not x.ok] == ["walls"]
        assert lines[1].slip_no == slip.number and slip.to_dept == "engineering" and slip.room_id == rooms["3-2-1501"]
        assert slip.required_by.date() == date(2026, 6, 8) + timedelta(days=15)   # movein.defect_fix_days
        assert "客厅墙面裂缝" in slip.content and (link.to_kind, link.to_id, link.relation) == ("work_slip", slip.id,
                                                                                          "slip")
    view = records.get(db, desk, M.MOVEIN_KIND, mid)
    assert [a.name for a in view.attachments] == ["裂缝.png"]
    assert room(db, "3-2-1501").delivery_state == "sold"

    act(db, desk, mid, "sign", {"agr_service": True, "agr_rules": True, "agr_renovation": True})
    assert load(db, mid).status == "signed" and load(db, mid).agr_renovation and not load(db, mid).agr_parking

    act(db, desk, mid, "pay", {"method": "wechat", "prepay_months": 2})
    m = load(db, mid)
    r = room(db, "3-2-1501")
    assert (m.status, m.handover_date, m.fee_start_date, r.fee_start_date) == (
        "paid", date(2026, 6, 8), date(2026, 6, 8), date(2026, 6, 8))     # movein.fee_start_rule: handover
    assert r.delivery_state == "sold"       # handed over with the keys
    with db.read() as s:
        bills = s.scalars(select(FeeBill).where(FeeBill.room_id == r.id, FeeBill.developer.is_(False))).all()
        receipt = s.scalar(select(FeeReceipt).where(FeeReceipt.number == m.receipt_no))
    assert {b.period for b in bills} >= {"2026-06", "2026-07", "2026-08"}
    assert all(b.outstanding == 0 for b in bills) and receipt.total == m.fees_total == sum(b.amount for b in bills)
    june = [b for b in bills if b.period == "2026-06"]
    full = [b for b in bills if b.period == "2026-07"]
    assert june and full and june[0].amount < full[0].amount      # pro-rated from the 8th

    act(db, desk, mid, "hand_keys", KEYS)
    m = load(db, mid)
    r = room(db, "3-2-1501")
    assert (m.status, m.key_slots, m.keys_count, m.cards_count) == ("completed", "D-001", 2, 2)
    assert m.docs_handed == "handbook,warranty,manual"
    assert (r.delivery_state, r.occupancy_state, r.handover_date, r.vacancy_flag) == (
        "delivered", "owner_occupied", date(2026, 6, 8), False)
    with db.read() as s:
        key = s.scalar(select(KeyItem).where(KeyItem.key_no == "D-001"))
        unit = s.scalar(select(VacantUnit).where(VacantUnit.room_id == r.id))
        owner = s.execute(select(Person.name, RoomPerson.role, RoomPerson.is_primary, RoomPerson.source)
                          .join(RoomPerson, RoomPerson.person_id == Person.id)
                          .where(RoomPerson.room_id == r.id)).all()
        follow = s.scalar(select(FollowUp).where(FollowUp.source_kind == M.MOVEIN_KIND, FollowUp.source_id == mid))
    assert key.status == "delivered" and str(records.KINDS["key"].workflow.state("delivered").printed) == "已交付业主"
    assert (unit.status, unit.removal_reason) == ("removed", "moved_in")
    assert owner == [("李四", "owner", True, m.number)]
    assert (follow.ftype, follow.due_on, follow.room_code) == ("move_in", date(2026, 6, 15), "3-2-1501")

    act(db, desk, mid, "archive", {"family": "李小明 13900002222\n王芳，13900003333", "emergency_name": "李大山",
                                   "emergency_phone": "13900004444", "vehicles": "粤B12345"})
    assert load(db, mid).status == "archived" and load(db, mid).vehicles == "粤B12345"
    with db.read() as s:
        people = s.execute(select(Person.name, RoomPerson.role).join(RoomPerson, RoomPerson.person_id == Person.id)
                           .where(RoomPerson.room_id == r.id).order_by(RoomPerson.id)).all()
    assert people == [("李四", "owner"), ("李小明", "family"), ("王芳", "family"), ("李大山", "emergency")]
    card = registry.household_card(db, admin, r.id)
    assert "movein" in card.sections


def test_documents_are_checked_before_the_inspection(db, actor, rooms):
    desk = actor("receptionist")
    mid = register(db, desk, doc_contract=False, agent_name="张代理", agent_id_number=OWNER_ID)
    with pytest.raises(UserError, match="Purchase contract or invoice.*authorisation"):
        act(db, desk, mid, "inspect", inspection())
    act(db, desk, mid, "check_docs", {"doc_contract": True, "doc_authorisation": True})
    act(db, desk, mid, "inspect", inspection())
    assert load(db, mid).status == "inspected"


def test_an_agent_shows_their_own_id(db, actor, rooms):
    with pytest.raises(ValidationError) as e:
        register(db, actor("receptionist"), agent_name="张代理")
    assert e.value.field == "agent_id_number"


@pytest.mark.parametrize("code, state", [("3-2-1502", "Handed over"), ("3-2-1601", "Unsold")])
def test_only_a_room_sold_and_not_handed_over_moves_in(db, actor, rooms, code, state):
    with pytest.raises(ValidationError, match=f"{state}.*已售未交付"):
        register(db, actor("receptionist"), room=code)


def test_a_room_has_one_move_in_at_a_time_two_desks_too(db, actor, rooms):
    first = register(db, actor("receptionist"))
    with pytest.raises(ConflictError, match=load(db, first).number):
        register(db, actor("steward"))
    act(db, actor("supervisor"), first, "void", {"reason": "登记错误"})
    assert load(db, register(db, actor("steward"))).status == "docs_check"


def test_two_desks_acting_on_the_same_move_in(db, actor, rooms):
    mid = register(db, actor("receptionist"))
    seen = records.get(db, actor("receptionist"), M.MOVEIN_KIND, mid).version
    act(db, actor("receptionist"), mid, "inspect", inspection(), version=seen)
    with pytest.raises(ConflictError, match="changed"):
        act(db, actor("steward"), mid, "check_docs", {"doc_notice": True}, version=seen)
    with pytest.raises(ConflictError):      # without a version, the state refuses a second inspection
        act(db, actor("steward"), mid, "inspect", inspection())
    with db.read() as s:
        assert s.query(MoveInCheck).filter_by(move_in_id=mid).count() == len(M.InspectItem)


@pytest.mark.parametrize("reading, message", [("-1", "below 0"), ("十二", "a number"), ("1.234", "2 decimal")])
def test_meter_readings_are_numbers_of_zero_or_more(db, actor, rooms, reading, message):
    desk = actor("receptionist")
    mid = register(db, desk)
    with pytest.raises(ValidationError, match=message) as e:
        act(db, desk, mid, "inspect", {**inspection(), "meter_gas": reading})
    assert e.value.field == "meter_gas" and load(db, mid).status == "docs_check"
    with pytest.raises(ValidationError) as e:
        act(db, desk, mid, "inspect", {**inspection(), "meter_water": ""})
    assert e.value.field == "meter_water"


def test_the_owner_signs_the_inspection_and_a_defect_is_described(db, actor, rooms):
    desk = actor("receptionist")
    mid = register(db, desk)
    with pytest.raises(ValidationError, match="Owner signed") as e:
        act(db, desk, mid, "inspect", {**inspection(), "owner_signed": False})
    assert e.value.field == "owner_signed"
    with pytest.raises(ValidationError) as e:
        act(db, desk, mid, "inspect", {**inspection(), "ok_floors": "anomaly"})
    assert e.value.field == "check_floors"


def test_defects_go_as_work_slips_in_the_inspection_s_own_transaction(db, actor, rooms, monkeypatch):
    from app.services import relay
    desk = actor("receptionist")
    mid = register(db, desk)
    real, made = relay.create_slip_in, []

    def second_fails(*args, **kw):
        if made:
            raise ValidationError(M.MSG_OWNER_SIGNED, "x")
        made.append(1)
        return real(*args, **kw)

    monkeypatch.setattr(relay, "create_slip_in", second_fails)
    with pytest.raises(ValidationError):
        act(db, desk, mid, "inspect", inspection(walls="裂缝", plumbing="下水慢"))
    with db.read() as s:      # nothing of it is kept: no slip, no line, the state as it was
        assert s.query(WorkSlip).count() == 0 and s.query(MoveInCheck).count() == 0
    assert load(db, mid).status == "docs_check"
    monkeypatch.setattr(relay, "create_slip_in", real)
    act(db, desk, mid, "inspect", inspection(walls="裂缝", plumbing="下水慢"))
    with db.read() as s:
        assert s.query(WorkSlip).count() == 2 and load(db, mid).defects == 2


def test_on_hold_the_keys_stay_in_the_cabinet(db, actor, rooms):
    desk = actor("receptionist")
    mid = register(db, desk)
    act(db, desk, mid, "inspect", inspection(waterproof="卫生间渗水"))
    act(db, desk, mid, "hold", {"note": "业主拒收：渗水未修复"})
    m = load(db, mid)
    assert (m.status, m.hold_reason) == ("on_hold", "业主拒收：渗水未修复")
    with db.read() as s:
        assert s.scalar(select(KeyItem.status).where(KeyItem.key_no == "D-001")) == "in_cabinet"
    assert room(db, "3-2-1501").delivery_state == "sold"
    assert {a.name for a in records.get(db, desk, M.MOVEIN_KIND, mid).actions} == {"resume"}
    with pytest.raises(ConflictError):
        act(db, desk, mid, "sign", {"agr_service": True, "agr_rules": True})
    act(db, desk, mid, "resume", {"note": "开发商已修复，复验合格"})
    assert load(db, mid).status == "inspected"
    tiles = dashboard.tiles(db, desk)
    assert any(t.title.source == "Move-ins in progress" for t in tiles)


def test_the_two_agreements_are_signed(db, actor, rooms):
    desk = actor("receptionist")
    mid = register(db, desk)
    act(db, desk, mid, "inspect", inspection())
    with pytest.raises(ValidationError, match="management rules"):
        act(db, desk, mid, "sign", {"agr_service": True})


def test_keys_before_fees_are_refused_when_the_parameter_says_so(db, admin, actor, rooms):
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    view = records.get(db, desk, M.MOVEIN_KIND, mid)
    assert "hand_keys" not in {a.name for a in view.actions}
    with pytest.raises(UserError, match="only after the fees"):
        act(db, desk, mid, "hand_keys", KEYS)
    with db.read() as s:
        assert s.scalar(select(KeyItem.status).where(KeyItem.key_no == "D-001")) == "in_cabinet"


def test_keys_before_fees_when_the_parameter_allows_it(db, admin, actor, rooms, clock):  # noqa: F811
    params.set_value(db, admin, "movein.keys_after_fees", "false")
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    act(db, desk, mid, "hand_keys", {**KEYS, "occupancy": "vacant"})
    m, r = load(db, mid), room(db, "3-2-1501")
    assert (m.status, m.key_slots) == ("signed", "D-001") and m.keys_handed_at is not None
    assert (r.delivery_state, r.occupancy_state, r.fee_start_date) == ("delivered", "vacant", None)
    with db.read() as s:
        assert s.scalar(select(VacantUnit.removal_reason).where(VacantUnit.room_id == r.id)) == "delivered"
        assert s.query(FollowUp).count() == 0
    with pytest.raises(UserError, match="only after the fees"):     # once is enough
        act(db, desk, mid, "hand_keys", KEYS)
    assert any("fees to pay" in i.title for i in open_items.collect(db, desk, clock.at))
    act(db, desk, mid, "pay", {"method": "cash"})
    m = load(db, mid)
    assert (m.status, m.fee_start_date) == ("completed", date(2026, 6, 8)) and m.completed_at is not None
    with db.read() as s:
        assert s.query(FollowUp).filter_by(source_id=mid).count() == 1


def test_fees_start_by_the_parameter_and_are_prepaid_at_most_so_far(db, admin, actor, rooms):
    params.set_values(db, admin, {"movein.fee_start_rule": "next_month", "movein.max_prepay_months": "1"})
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    with pytest.raises(ValidationError, match="At most 1 months") as e:
        act(db, desk, mid, "pay", {"method": "cash", "prepay_months": 2})
    assert e.value.field == "prepay_months"
    with pytest.raises(ValidationError, match="future"):
        act(db, desk, mid, "pay", {"method": "cash", "handover_date": date(2026, 6, 9)})
    act(db, desk, mid, "pay", {"method": "cash", "prepay_months": 1})
    m = load(db, mid)
    assert (m.fee_start_date, room(db, "3-2-1501").fee_start_date) == (date(2026, 7, 1), date(2026, 7, 1))
    with db.read() as s:
        periods = set(s.scalars(select(FeeBill.period).where(FeeBill.room_id == m.room_id,
                                                              FeeBill.developer.is_(False))))
    assert periods == {"2026-07", "2026-08"}


def test_the_fees_need_the_cashier_s_permission(db, actor, rooms):
    mid = to_signed(db, actor("receptionist"))
    with pytest.raises(PermissionDenied):
        act(db, actor("steward"), mid, "pay", {"method": "cash"})
    assert load(db, mid).status == "signed"


def test_a_key_of_the_room_out_on_loan_is_taken_back_first(db, admin, actor, rooms):
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    act(db, desk, mid, "pay", {"method": "cash"})
    with db.read() as s:
        key_id = s.scalar(select(KeyItem.id).where(KeyItem.key_no == "D-001"))
    records.act(db, desk, "key", key_id, "lend", {"borrower_type": "staff", "borrower_name": "工程部张工",
                                                  "purpose": "inspection", "id_type": "resident"})
    with pytest.raises(ConflictError, match="D-001"):
        act(db, desk, mid, "hand_keys", KEYS)
    assert load(db, mid).status == "paid" and room(db, "3-2-1501").delivery_state == "sold"


def test_the_buyer_is_the_one_on_the_developer_s_handover_list(db, admin, actor, rooms):
    with unit_of_work(db, admin) as s:
        s.add(HandoverListLine(room_id=rooms["3-2-1501"], room_code="3-2-1501", buyer_name="李四",
                               id_number=BUYER_ID))
    with pytest.raises(ValidationError, match="developer's handover list"):
        register(db, actor("receptionist"), owner_name="赵六", id_number=OWNER_ID)
    mid = register(db, actor("receptionist"))
    assert load(db, mid).developer_match


def test_a_registered_owner_is_linked_once(db, admin, actor, rooms):
    registry.save_person(db, admin, PersonInput("李四", "13900001111", id_number=BUYER_ID),
                         room_id=rooms["3-2-1501"], role="owner", is_primary=True)
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    act(db, desk, mid, "pay", {"method": "cash"})
    act(db, desk, mid, "hand_keys", KEYS)
    with db.read() as s:
        assert s.query(RoomPerson).filter_by(room_id=rooms["3-2-1501"]).count() == 1
        assert s.query(Person).count() == 1


def test_family_lines_are_name_and_phone(db, actor, rooms):
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    act(db, desk, mid, "pay", {"method": "cash"})
    act(db, desk, mid, "hand_keys", KEYS)
    with pytest.raises(ValidationError, match="Line 2"):
        act(db, desk, mid, "archive", {"family": "李小明 13900002222\n王芳", "emergency_name": "李大山",
                                       "emergency_phone": "13900004444"})
    assert load(db, mid).status == "completed"


def test_void_before_money_only_and_by_the_supervisor(db, actor, rooms):
    mid = to_signed(db, actor("receptionist"))
    with pytest.raises(PermissionDenied):
        act(db, actor("receptionist"), mid, "void", {"reason": "x"})
    act(db, actor("receptionist"), mid, "pay", {"method": "cash"})
    with pytest.raises(ConflictError):
        act(db, actor("supervisor"), mid, "void", {"reason": "业主改期"})


def test_lists_counts_kpis_and_handover_items(db, admin, actor, rooms, clock):  # noqa: F811
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    assert [r.id for r in svc.list_moveins(db, desk)] == [mid] and svc.count_moveins(db, desk) == 1
    assert svc.count_moveins(db, desk, status="signed", text="3-2-15") == 1
    assert svc.count_moveins(db, desk, text="王") == 0
    act(db, desk, mid, "pay", {"method": "cash", "prepay_months": ""})     # left empty: none in advance
    assert load(db, mid).prepay_months == 0
    act(db, desk, mid, "hand_keys", {**KEYS, "cards_count": ""})
    assert load(db, mid).cards_count == 0
    k = svc.kpis(db, desk, date(2026, 6, 1), date(2026, 6, 30))
    assert (k.completed, k.in_progress, k.on_hold, k.delivered, k.occupied) == (1, 1, 0, 2, 1)
    assert k.keys_handed == 1
    assert svc.kpis(db, desk, date(2026, 5, 1), date(2026, 5, 31)).keys_handed == 0
    assert [c.item for c in records.get(db, desk, M.MOVEIN_KIND, mid).checks] == [i.value for i in M.InspectItem]
    assert k.occupancy_rate == 0.5
    assert [i.number for i in open_items.collect(db, desk, clock.at) if i.page == svc.PAGE] == [load(db, mid).number]


def test_the_room_form_keeps_the_workflow_states(db, admin, rooms):
    r = room(db, "3-2-1501")
    for key, value in (("delivery_state", "delivered"), ("occupancy_state", "owner_occupied")):
        data = RoomInput(r.unit_id, "1501", "15", "100", delivery_state="sold", occupancy_state="vacant")
        setattr(data, key, value)
        with pytest.raises(ValidationError, match="only through the move-in") as e:
            registry.save_room(db, admin, data, r.id)
        assert e.value.field == key
    registry.save_room(db, admin, RoomInput(r.unit_id, "1501", "15", "101", delivery_state="sold"), r.id)
    assert room(db, "3-2-1501").area == 101


def test_fee_start_rule():
    assert M.fee_start(date(2026, 6, 8), "handover") == date(2026, 6, 8)
    assert M.fee_start(date(2026, 6, 8), "mid_month") == date(2026, 6, 15)
    assert M.fee_start(date(2026, 6, 15), "mid_month") == date(2026, 6, 15)
    assert M.fee_start(date(2026, 6, 16), "mid_month") == date(2026, 7, 1)
    assert M.fee_start(date(2026, 12, 20), "next_month") == date(2027, 1, 1)
    with pytest.raises(ValidationError):
        M.check_fee_start(date(2026, 6, 1), date(2026, 6, 8))
    assert M.months_from(date(2026, 11, 20), 3) == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]


def test_a_key_leaves_the_cabinet_for_its_owner_only_from_the_cabinet(db, admin, actor, rooms):
    from app.services import keys as keys_service
    desk = actor("receptionist")
    with db.read() as s:
        key_id = s.scalar(select(KeyItem.id).where(KeyItem.key_no == "D-001"))
    records.act(db, desk, "key", key_id, "lend", {"borrower_type": "staff", "borrower_name": "工程部张工",
                                                  "purpose": "inspection", "id_type": "resident"})
    with pytest.raises(ConflictError, match="On loan"), unit_of_work(db, desk) as s:
        keys_service.deliver_in(s, desk, s.get(KeyItem, key_id), "RZ")
    with db.read() as s:
        loan = s.scalar(select(records.KINDS["key_loan"].model).where(records.KINDS["key_loan"].model.key_id == key_id))
    records.act(db, desk, "key_loan", loan.id, "return", {"count_in": 2, "returned_by": "工程部张工"})
    with unit_of_work(db, desk) as s:
        keys_service.deliver_in(s, desk, s.get(KeyItem, key_id), "RZ20260608-0001")
    view = records.get(db, desk, "key", key_id)
    assert view.status == "delivered" and view.events[-1].note == "RZ20260608-0001" and not view.actions


def test_a_billing_run_before_the_move_in_still_bills_and_collects_the_owner_s_first_period(db, admin, actor, rooms,
                                                                                            clock):  # noqa: F811
    """The developer's unpaid bill of the month (the run came first) gives way to the owner's bill from the fee
    start date (§4.13 step 4, §5.2): the same bills as when the run comes after the move-in."""
    from app.services.fees import billing
    billing.post(db, admin, date(2026, 6, 1))
    with db.read() as s:
        dev = s.scalars(select(FeeBill).where(FeeBill.room_id == rooms["3-2-1501"], FeeBill.period == "2026-06")).all()
    assert dev and all(b.developer and b.status == "open" for b in dev)
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    act(db, desk, mid, "pay", {"method": "cash"})
    m = load(db, mid)
    with db.read() as s:
        june = s.scalars(select(FeeBill).where(FeeBill.room_id == rooms["3-2-1501"], FeeBill.period == "2026-06")
                         .order_by(FeeBill.id)).all()
        receipt = s.scalar(select(FeeReceipt).where(FeeReceipt.number == m.receipt_no))
    voided = [b for b in june if b.developer]
    owners = [b for b in june if not b.developer]
    assert voided and all(b.status == "void" and b.outstanding == 0 and "2026-06-08" in b.void_reason
                          for b in voided)
    assert owners and all(b.status == "paid" and b.outstanding == 0 for b in owners)
    owner_of = {b.item_id: b for b in owners}
    assert set(owner_of) >= {b.item_id for b in voided}
    assert all(0 < owner_of[d.item_id].amount < d.amount for d in voided)            # pro-rated from the 8th
    assert m.fees_total == sum(b.amount for b in owners) == receipt.total > 0
    assert billing.post(db, admin, date(2026, 6, 1)).created == 0                   # the run adds nothing now


def test_a_month_the_developer_paid_is_not_billed_to_the_owner_again(db, admin, actor, rooms, clock):  # noqa: F811
    from app.services.fees import billing
    billing.post(db, admin, date(2026, 6, 1))
    with unit_of_work(db, admin) as s:
        for bill in s.scalars(select(FeeBill).where(FeeBill.room_id == rooms["3-2-1501"])):
            bill.paid, bill.outstanding, bill.status = bill.amount, 0, "paid"
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    act(db, desk, mid, "pay", {"method": "cash", "prepay_months": 1})
    with db.read() as s:
        bills = s.scalars(select(FeeBill).where(FeeBill.room_id == rooms["3-2-1501"])).all()
    paid_by_developer = {b.item_id for b in bills if b.developer}
    june = [b for b in bills if b.period == "2026-06" and b.item_id in paid_by_developer]
    assert paid_by_developer and all(b.developer and b.status == "paid" for b in june)
    assert {b.period for b in bills if not b.developer and b.item_id in paid_by_developer} == {"2026-07"}
    assert load(db, mid).fees_total == sum(b.amount for b in bills if not b.developer)


def test_the_billing_run_and_the_move_in_s_payment_at_once_bill_the_month_once(db, admin, actor, rooms):
    """Two desks (two connections): the month's billing run and the cashier taking the move-in's fees at the
    same moment. Whichever writes first, the room has one live bill per item for June, the owner's paid."""
    import threading

    from app.services.fees import billing
    from db.engine import Database
    desk = actor("receptionist")
    mid = to_signed(db, desk)
    other = Database(db.url)
    start, errors = threading.Barrier(2), []

    def run(k):
        try:
            start.wait()
            if k:
                billing.post(other, admin, date(2026, 6, 1))
            else:
                act(db, desk, mid, "pay", {"method": "cash"})
        except UserError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    m = load(db, mid)
    with db.read() as s:
        june = s.scalars(select(FeeBill).where(FeeBill.room_id == rooms["3-2-1501"], FeeBill.period == "2026-06",
                                               FeeBill.void_key == 0)).all()
    items_billed = [b.item_id for b in june]
    assert m.status == "paid" and len(items_billed) == len(set(items_billed)) > 0
    assert all(not b.developer and b.status == "paid" for b in june)
    assert m.fees_total == sum(b.amount for b in june)
