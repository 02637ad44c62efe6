"""The occupancy chain end to end on one real store (issue #14): a room 已售未交付 is handed over to its buyer
(零星入住 §4.13: the developer's handover list, the joint inspection with its meter readings, the fees of the
fee-start rule, the keys out of the cabinet as 已交付业主), let (房屋租赁 §4.8, the tenant ≥ 18), renovated by the
tenant with the owner's written consent (§4.14 and the site patrol of §4.7), and left by the tenant (撤租 §4.11:
consent, inspection with a damage charged, settlement, the 搬家 release slip of §4.12 refused before the
settlement and released at the gate after it, the deposit refunded through the ledger).

After every step the test reads back the room's delivery and occupancy states, who is linked to it, the
vacant-unit register and the fee ledger; at the end every bill is paid, every deposit is refunded or deducted
and the money balances."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from app.domain import movein as MI
from app.domain.errors import ConflictError, UserError, ValidationError
from app.domain.monthly import MONTH, Period
from app.services import catalog, monthly, records, registry, release, site
from app.services import movein as movein_svc
from app.services import moveout as moveout_svc
from app.services import renovation as renovation_svc
from app.services.base import unit_of_work
from app.services.fees import arrears, billing, counter, deposits, items
from app.services.registry import BuildingInput, RoomInput
from db.models import Person, Room, RoomPerson
from db.models.fees import FeeBill, FeeDeposit, FeeDepositEntry, FeeReceipt
from db.models.keys import KeyItem
from db.models.vacancy import VacantUnit
from tests.helpers import clock  # noqa: F401  (fixture)
from tests.services.test_renovation import DOC, WORKER_ID, application, png
from tests.unit.services.test_lease import DOCS, rid

D = Decimal
ROOM = "3-2-1501"
BUYER, BUYER_ID = "李四", "110105198001010016"
TENANT, TENANT_ID = "李明", rid("19900101")
CARRIER_ID = "440304196203150414"


@dataclass(frozen=True)
class Seen:
    """The room as the chain leaves it after a step."""

    delivery: str
    occupancy: str
    on_register: bool
    register: tuple[str, ...]       # the vacant-unit register's rows of the room: their status
    people: tuple[tuple[str, str, bool], ...]    # (role, name, ended) of everyone ever linked
    billed: Decimal                 # the owner's (not the developer's) live bills
    outstanding: Decimal            # what the room owes, every live bill
    received: Decimal               # Σ receipts of the room (payouts negative)
    held: Decimal                   # Σ deposits held for the room


def seen(db) -> Seen:
    with db.read() as s:
        room = s.scalar(select(Room).where(Room.code == ROOM))
        live = (FeeBill.room_id == room.id, FeeBill.void_key == 0)
        people = s.execute(select(RoomPerson.role, Person.name, RoomPerson.end_date)
                           .join(Person, Person.id == RoomPerson.person_id)
                           .where(RoomPerson.room_id == room.id).order_by(RoomPerson.id)).all()
        return Seen(
            room.delivery_state, room.occupancy_state, room.vacancy_flag,
            tuple(s.scalars(select(VacantUnit.status).where(VacantUnit.room_id == room.id))),
            tuple((role, name, end is not None) for role, name, end in people),
            s.scalar(select(func.coalesce(func.sum(FeeBill.amount), 0)).where(*live, FeeBill.developer.is_(False))),
            s.scalar(select(func.coalesce(func.sum(FeeBill.outstanding), 0)).where(*live)),
            s.scalar(select(func.coalesce(func.sum(FeeReceipt.total), 0)).where(FeeReceipt.room_id == room.id)),
            s.scalar(select(func.coalesce(func.sum(FeeDeposit.held), 0)).where(FeeDeposit.room_id == room.id)))


def owed(db, on: date) -> Decimal:
    with db.read() as s:
        return arrears.arrears_of(s, ROOM, on).amount


def handover_list(path):
    wb = Workbook()
    ws = wb.active
    ws.append(["楼栋", "单元", "房号", "购房人", "身份证号", "联系电话", "合同编号"])
    ws.append(["3", "2", "1501", BUYER, BUYER_ID, "13900001111", "HT-001"])
    wb.save(path)
    return path


@pytest.fixture
def estate(db, admin, clock):  # noqa: F811
    """3-2-1501 sold (its developer key in the cabinet, on the vacant-unit register as type 2); the fee items."""
    catalog.load_all()
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    registry.save_room(db, admin, RoomInput(u, "1501", "15", "100", delivery_state="sold"))
    with unit_of_work(db, admin) as s:
        items.ensure_default_items(s)
    records.create(db, admin, "key", {"key_no": "D-001", "category": "developer", "room": ROOM, "count": 2})
    records.create(db, admin, "vacant_unit", {"room": ROOM, "vacancy_type": "2", "since": date(2026, 5, 1),
                                              "holder": "developer"})


def move_in(db, admin, desk, tmp_path) -> None:
    """零星入住 on Monday 2026-06-08, the month's billing run already done (the developer's bills)."""
    billing.post(db, admin, date(2026, 6, 1))
    before = seen(db)
    assert (before.delivery, before.occupancy, before.on_register, before.register) == (
        "sold", "vacant", True, ("active",))
    assert before.people == () and before.billed == 0 and before.outstanding > 0      # the developer's June

    report = movein_svc.import_handover_list(db, admin, handover_list(tmp_path / "交房清单.xlsx"))
    assert report.imported == 1
    with pytest.raises(ValidationError, match="handover list"):
        records.create(db, desk, MI.MOVEIN_KIND, {"room": ROOM, "owner_name": "张三", "id_number": TENANT_ID,
                                                  "phone": "13900001111", "doc_notice": True, "doc_id": True,
                                                  "doc_contract": True})
    mid = records.create(db, desk, MI.MOVEIN_KIND, {"room": ROOM, "owner_name": BUYER, "id_number": BUYER_ID,
                                                    "phone": "13900001111", "notice_no": "TZ-88", "doc_notice": True,
                                                    "doc_id": True, "doc_contract": True})

    def act(action, raw):
        records.act(db, desk, MI.MOVEIN_KIND, mid, action, raw)

    inspection = {**movein_svc.blank_inspection(), "inspected_on": date(2026, 6, 8), "inspectors": "工程部张工",
                  "meter_water": "12.5", "meter_power": "305", "meter_gas": "0", "owner_signed": True}
    with pytest.raises(ValidationError):
        act("inspect", {**inspection, "meter_water": "-1"})
    act("inspect", inspection)
    act("sign", {"agr_service": True, "agr_rules": True, "agr_renovation": True})
    with pytest.raises(UserError, match="only after the fees are paid"):       # the default order
        act("hand_keys", {"keys_count": 2, "received_by": BUYER, "occupancy": "vacant"})
    assert seen(db).billed == 0
    act("pay", {"method": "wechat", "prepay_months": 2})
    paid = seen(db)
    assert paid.delivery == "sold" and paid.billed > 0 and paid.outstanding == 0     # June pro-rated, Jul, Aug
    assert paid.received == paid.billed
    with db.read() as s:
        june = s.scalars(select(FeeBill).where(FeeBill.period == "2026-06")).all()
        assert {b.developer for b in june if b.status == "void"} == {True}           # the developer's gave way
        assert all(b.status == "paid" for b in june if not b.developer)
        assert s.scalar(select(Room.fee_start_date).where(Room.code == ROOM)) == date(2026, 6, 8)
    act("hand_keys", {"keys_count": 2, "cards_count": 2, "card_nos": "A1001, A1002", "received_by": BUYER,
                      "occupancy": "vacant", "doc_handbook": True})
    done = seen(db)
    assert (done.delivery, done.occupancy, done.on_register, done.register) == (
        "delivered", "vacant", False, ("removed",))
    assert done.people == (("owner", BUYER, False),)
    with db.read() as s:
        assert s.scalar(select(KeyItem.status).where(KeyItem.key_no == "D-001")) == "delivered"   # 已交付业主
    billing.post(db, admin, date(2026, 7, 1))
    assert seen(db) == done                                                   # July was paid ahead


def let(db, desk, clock) -> int:  # noqa: F811
    """The owner lets the room from 2026-06-10; the tenant's 水电保证金 of 500 held."""
    clock.advance(days=1)
    lease = dict(room=ROOM, owner_name=BUYER, tenant_type="individual", tenant_name=TENANT, id_type="resident",
                 id_number=TENANT_ID, phone="13912345678", start_date="2026-06-10", end_date="2027-06-09",
                 rent="4500", fee_payer="owner", deposits="水电保证金 500", access_cards="MJ-0101",
                 police_reminded=True, **DOCS)
    with pytest.raises(ValidationError, match="at least 18"):
        records.create(db, desk, "lease", {**lease, "tenant_name": "王小", "id_number": rid("20100101")})
    assert seen(db).people == (("owner", BUYER, False),)
    lease_id = records.create(db, desk, "lease", lease)
    deposits.take_deposit(db, desk, ROOM, "utility", D("500"), [("cash", D("500"))], payer=TENANT)
    now = seen(db)
    assert (now.delivery, now.occupancy, now.on_register) == ("delivered", "rented", False)
    assert now.people == (("owner", BUYER, False), ("tenant", TENANT, False))
    assert now.held == D("500") and now.outstanding == 0
    return lease_id


def renovate(db, admin, clock) -> None:  # noqa: F811
    """The tenant applies with the owner's written consent; permit, a patrol, acceptance, the deposits back."""
    clock.advance(days=1)                                                     # 2026-06-10
    held_before, received_before = seen(db).held, seen(db).received
    raw = application(room=ROOM, applicant=TENANT, applicant_role="tenant", phone="13912345678",
                      planned_start="2026-06-17", planned_end="2026-07-31")
    with pytest.raises(ValidationError, match="(?i)owner's written consent"):
        records.create(db, admin, renovation_svc.KIND, raw)
    with pytest.raises(ValidationError, match="is not the tenant of"):
        records.create(db, admin, renovation_svc.KIND, {**raw, "applicant": "张三", "doc_consent": [DOC]})
    case_id = records.create(db, admin, renovation_svc.KIND, {**raw, "doc_consent": [DOC]})
    renovation_svc.add_worker(db, admin, case_id, "钱师傅", WORKER_ID, "13700001111", photo=png())

    def act(action, **values):
        records.act(db, admin, renovation_svc.KIND, case_id, action, values)

    act("accept")
    act("eng_pass", opinion="同意")
    act("approve", opinion="同意装修")
    act("sign_agreement", signed_on="2026-06-10")
    renovation_svc.collect_fees(db, admin, case_id, renovation_svc.Fees(
        owner_deposit=D("2000"), contractor_deposit=D("3000"), pass_deposit_each=D("30"), garbage=True,
        management=True, pass_fee=True, tenders=[("cash", D("0"))]))
    act("issue_permit")
    now = seen(db)
    assert (now.delivery, now.occupancy) == ("delivered", "renovating")
    assert now.held > held_before and now.outstanding == 0 and now.received > received_before
    assert now.people == (("owner", BUYER, False), ("tenant", TENANT, False))

    clock.advance(days=7)                                                     # 2026-06-17, work starts
    site.record_patrol(db, admin, case_id, site.blank_patrol(patrolled_at=clock.at))
    clock.advance(days=14)                                                    # 2026-07-01
    act("apply_completion")
    act("inspect_pass", inspectors="工程部", passes_collected=True)
    assert seen(db).occupancy == "rented"                                     # the tenant lives there again
    clock.advance(days=30)                                                    # 2026-07-31, the re-inspection
    act("recheck_pass", inspectors="工程部")
    act("refund")
    act("archive")
    after = seen(db)
    assert after.held == held_before == D("500") and after.outstanding == 0 and after.occupancy == "rented"


def move_out(db, admin, desk, engineer, clock) -> None:  # noqa: F811
    """撤租 applied 2026-08-03 for 08-07: the damage charged, the slip refused until the settlement."""
    clock.advance(days=3)                                                     # 2026-08-03
    mid = records.create(db, desk, "moveout", dict(room=ROOM, applicant_role="tenant", applicant="", reason="提前退租",
                                                   phone="13912345678", planned_date="2026-08-07"))

    def act(action, actor=desk, **raw):
        records.act(db, actor, "moveout", mid, action, raw)

    act("consent", consent_kind="phone", consent_at="2026-08-03 08:30", consent_by=BUYER)
    act("inspect", actor=engineer, inspector="工程部 刘工", damages="客厅 墙面污损 200", repairs_notified=True)
    inspected = seen(db)
    assert (inspected.delivery, inspected.occupancy, inspected.outstanding) == ("delivered", "rented", D("200"))
    # the inspection is made against the move-in's checklist: on screen and on the printed 退租验房单
    from app.services import printing
    from tests.printing.print_helpers import page_texts, squash
    view = records.get(db, desk, "moveout", mid)
    with db.read() as s:
        reference_no, reference = moveout_svc.move_in_list(s, view.detail.room_id)
    assert reference_no.startswith("RZ") and reference
    assert any(reference_no in str(value) for _label, value in view.rows)
    sheet = squash("".join(page_texts(printing.render_document(db, desk, "moveout_inspection", view.number))))
    assert squash(f"入住交接清单对照（{reference_no}）") in sheet and squash(reference[0].printed) in sheet
    assert inspected.people == (("owner", BUYER, False), ("tenant", TENANT, False)) and inspected.held == D("500")
    act("returns", cards_returned="1", keys_returned="2", passes_returned="0")
    slip = dict(room=ROOM, purpose="move_out", applicant=TENANT, applicant_type="tenant", id_number=TENANT_ID,
                phone="13912345678", authorisation="phone", confirm_owner=BUYER, confirm_at="2026-08-03 08:30",
                items="双人床 1 张\n衣柜 2 个", vehicle="浙A12345", exit_date="2026-08-07")
    with pytest.raises(ConflictError, match="200.00"):
        act("settle")
    with pytest.raises(ConflictError, match=r"CZ20260803-\d+"):                # the furniture stays
        records.create(db, desk, release.KIND, slip)
    with db.read() as s:
        damage = [b.id for b in s.scalars(select(FeeBill).where(FeeBill.outstanding > 0))]
    counter.collect(db, desk, ROOM, counter.Payment(bills=damage, tenders=[("cash", D("200"))], payer=TENANT))
    assert owed(db, date(2026, 8, 8)) == 0                                    # arrears at move-out
    act("settle")
    settled = seen(db)
    assert (settled.occupancy, settled.outstanding, settled.held) == ("rented", 0, D("500"))
    assert settled.received == settled.billed + settled.held        # the damage paid, the deposit still held
    slip_id = records.create(db, desk, release.KIND, slip)
    release.review(db, admin, slip_id, "同意")
    clock.advance(days=4)                                                     # 2026-08-07, the moving day
    number = records.get(db, desk, release.KIND, slip_id).number
    release.gate_release(db, desk, number, CARRIER_ID)
    assert records.get(db, desk, release.KIND, slip_id).status == "released"
    act("move_out", actual_date="2026-08-07", release_slip_no=number)
    gone = seen(db)
    assert (gone.delivery, gone.occupancy, gone.on_register) == ("delivered", "vacant", False)
    assert gone.people == (("owner", BUYER, False), ("tenant", TENANT, True))     # the tenant 已迁出
    with db.read() as s:
        ended = s.scalar(select(RoomPerson.end_date).where(RoomPerson.role == "tenant"))
    assert ended == date(2026, 8, 7) and gone.held == D("500")

    moveout_svc.refund(db, admin, mid, {"amount": "500", "deduction": "0"})
    act("close")
    assert records.get(db, desk, "moveout", mid).status == "closed"


def test_a_room_from_sold_to_handed_over_let_renovated_and_left(db, admin, actor, estate, clock, tmp_path):  # noqa: F811
    desk = actor("receptionist")
    move_in(db, admin, desk, tmp_path)
    let(db, desk, clock)
    renovate(db, admin, clock)
    move_out(db, admin, desk, actor("steward"), clock)

    end = seen(db)
    assert (end.delivery, end.occupancy, end.on_register, end.register) == ("delivered", "vacant", False,
                                                                             ("removed",))
    assert end.people == (("owner", BUYER, False), ("tenant", TENANT, True))
    with db.read() as s:
        card = registry.household_card(db, admin, s.scalar(select(Room.id).where(Room.code == ROOM)))
    assert [(p.role, p.name) for p in card.people] == [("owner", BUYER)]          # 一户一档: the owner now
    assert [(p.role, p.name, p.end_date) for p in card.former] == [("tenant", TENANT, date(2026, 8, 7))]
    assert {"movein", "lease", "renovation", "moveout"} <= set(card.sections)
    assert end.outstanding == 0 and end.held == 0 and owed(db, date(2026, 8, 8)) == 0
    with db.read() as s:
        room_id = s.scalar(select(Room.id).where(Room.code == ROOM))
        paid = s.scalar(select(func.sum(FeeBill.paid)).where(FeeBill.room_id == room_id, FeeBill.void_key == 0))
        entries: dict[str, Decimal] = {}
        for kind, amount in s.execute(select(FeeDepositEntry.kind, FeeDepositEntry.amount)
                                      .join(FeeDeposit, FeeDeposit.id == FeeDepositEntry.deposit_id)
                                      .where(FeeDeposit.room_id == room_id)):
            entries[kind] = entries.get(kind, D(0)) + amount
    # the tenant's 500 and the renovation's 2,000 + 3,000 + one pass's 30, every one of them paid back out
    assert entries == {"taken": D("5530.00"), "refunded": D("5530.00")}
    # every yuan the room's receipts kept is a bill paid: the deposits went in and out through the ledger
    assert end.received == paid == end.billed > 0
    # the supervisor's month: June's move-in, August's move-out with nothing owed at it
    june = monthly.report(db, admin, Period(2026, MONTH, 6)).figure
    august = monthly.report(db, admin, Period(2026, MONTH, 8)).figure
    assert june("occupancy.moved_in").now.number == 1 and june("occupancy.moved_out").now.number == 0
    assert august("occupancy.moved_out").now.number == 1 and august("occupancy.moveout_arrears").now.number == 0
    assert not august("occupancy.moveout_arrears").missed
