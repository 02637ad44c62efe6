"""撤租 (DOMAIN.md §4.11): the whole move-out (application with its notice, the owner's consent, the inspection
with its compensation billed, cards and keys back, the settlement refused while anything is owed, the tenant
moved out through the lease's own end, the deposit refunded through the ledger with the supervisor's approval,
the archive), every refused step with its message, the clearance checklist, ``release_allowed``, the desk's
hooks and two desks applying for one room at once."""
from __future__ import annotations

import threading
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services import card_sections, catalog, dashboard, open_items, records
from app.services import moveout as svc
from app.services.base import unit_of_work
from app.services.fees import counter, deposits, items
from db.models import Room, RoomPerson
from db.models.fees import FeeDeposit
from db.models.lease import Lease
from db.models.moveout import MoveOut, MoveOutLine
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.unit.services.test_lease import ROOM, file

catalog.load_all()

KIND = "moveout"


@pytest.fixture
def desk(actor):
    return actor("receptionist")


@pytest.fixture
def engineer(actor):
    return actor("steward")


@pytest.fixture
def let(db, admin, desk, estate, clock):
    """Room 3-2-1502 let to 李明 (one access card), a 水电保证金 of 500 held, the fee items set up."""
    with unit_of_work(db, admin) as s:
        items.ensure_default_items(s)
    lease_id = file(db, desk, start_date="2026-01-01", end_date="2026-12-31")
    deposits.take_deposit(db, desk, ROOM, "utility", Decimal("500"), [("cash", Decimal("500"))], payer="李明")
    return lease_id


def apply(db, actor, **kw) -> int:
    data = dict(room=ROOM, applicant_role="tenant", applicant="", phone="13912345678", planned_date="2026-06-11",
                reason="租期届满")
    data.update(kw)
    return records.create(db, actor, KIND, data)


def act(db, actor, mid, action, **raw) -> int:
    return records.act(db, actor, KIND, mid, action, raw)


def consent(db, actor, mid, **kw):
    raw = dict(consent_kind="phone", consent_at="2026-06-08 08:30", consent_by="王建国")
    raw.update(kw)
    return act(db, actor, mid, "consent", **raw)


def case(db, mid) -> MoveOut:
    with db.read() as s:
        return s.get(MoveOut, mid)


def bills_of(db, mid) -> list[int]:
    with db.read() as s:
        return [b for b in s.scalars(select(MoveOutLine.bill_id).where(MoveOutLine.moveout_id == mid)) if b]


def pay(db, actor, mid):
    with db.read() as s:
        from db.models.fees import FeeBill
        owed = [(b.id, b.outstanding) for b in s.scalars(select(FeeBill).where(FeeBill.id.in_(bills_of(db, mid))))]
    counter.collect(db, actor, ROOM, counter.Payment(bills=[i for i, _ in owed],
                                                     tenders=[("cash", sum(a for _, a in owed))]))


def to_inspected(db, desk, engineer, damages="客厅 墙面污损 200\n卫生间 镜子裂纹 0") -> int:
    mid = apply(db, desk)
    consent(db, desk, mid)
    act(db, engineer, mid, "inspect", inspector="工程部 刘工", damages=damages, repairs_notified=True)
    return mid


# ------------------------------------------------------------------------------------------ the whole way

def test_a_move_out_from_the_application_to_the_archive(db, admin, desk, engineer, let, clock):
    mid = apply(db, desk)
    v = records.get(db, desk, KIND, mid)
    assert v.status == "applied" and v.number.startswith("CZ20260608-")
    assert case(db, mid).applicant == "李明" and case(db, mid).cards_issued == 1
    assert [c.name for c in v.clocks] == ["moveout"]

    consent(db, desk, mid)
    assert case(db, mid).consent_kind == "phone" and case(db, mid).consent_at == datetime(2026, 6, 8, 8, 30)

    act(db, engineer, mid, "inspect", inspector="工程部 刘工", damages="客厅 墙面污损 200\n卫生间 镜子裂纹 0",
        repairs_notified=True)
    with db.read() as s:
        lines = s.scalars(select(MoveOutLine).where(MoveOutLine.moveout_id == mid).order_by(MoveOutLine.id)).all()
        assert [(ln.location, ln.item, ln.amount, ln.bill_id is not None) for ln in lines] == [
            ("客厅", "墙面污损", Decimal("200.00"), True), ("卫生间", "镜子裂纹", Decimal("0.00"), False)]

    act(db, desk, mid, "returns", cards_returned="1", keys_returned="2", passes_returned="0")
    with pytest.raises(ConflictError, match="200.00"):        # the compensation is owed
        act(db, desk, mid, "settle")
    with db.read() as s:
        assert svc.release_allowed(s, case(db, mid).room_id, date(2026, 6, 8)) is not None
    pay(db, desk, mid)
    act(db, desk, mid, "settle")
    with db.read() as s:
        assert svc.release_allowed(s, case(db, mid).room_id, date(2026, 6, 8)) is None

    clock.advance(days=3)
    act(db, desk, mid, "move_out", actual_date="2026-06-11", release_slip_no="FX20260611-0001")
    with db.read() as s:
        lease = s.get(Lease, case(db, mid).lease_id)
        assert lease.status == "terminated" and lease.ended_on == date(2026, 6, 11)
        links = s.scalars(select(RoomPerson).where(RoomPerson.source == f"lease:{lease.id}")).all()
        assert links and all(link.end_date == date(2026, 6, 11) for link in links)
        assert s.scalar(select(Room.occupancy_state).where(Room.code == ROOM)) == "vacant"
    assert "refund" in [c.name for c in records.get(db, desk, KIND, mid).clocks]

    svc.refund(db, admin, mid, {"amount": "400", "deduction": "100", "deduction_reason": "钥匙未还"})
    with db.read() as s:
        d = s.scalar(select(FeeDeposit).where(FeeDeposit.kind == "utility"))
        assert d.held == 0 and d.status == "settled"
    mo = case(db, mid)
    assert (mo.status, mo.deposit_held, mo.deducted, mo.refunded) == ("refunded", Decimal("500.00"),
                                                                       Decimal("100.00"), Decimal("400.00"))
    act(db, desk, mid, "close")
    with db.read() as s:
        lines = svc.clearance(s, mid)
    assert all(line.done for line in lines) and len(lines) == 9
    assert case(db, mid).status == "closed"


# ------------------------------------------------------------------------------------------ the application

def test_a_room_without_an_open_lease_has_no_move_out(db, desk, estate, clock):
    with pytest.raises(ValidationError, match="3-2-1502") as err:
        apply(db, desk)
    assert err.value.field == "room"


def test_one_move_out_at_a_time(db, desk, let):
    first = apply(db, desk)
    with pytest.raises(ConflictError, match=case(db, first).number):
        apply(db, desk)


def test_the_notice_of_a_home_and_of_a_shop(db, desk, let):
    with pytest.raises(ValidationError, match="2026-06-11") as err:
        apply(db, desk, planned_date="2026-06-10")
    assert err.value.field == "planned_date"
    with pytest.raises(ValidationError, match="2026-06-08"):
        apply(db, desk, planned_date="2026-06-01")
    with unit_of_work(db, desk) as s:
        s.execute(update(Room).where(Room.code == ROOM).values(room_type="shop"))
    with pytest.raises(ValidationError, match="30"):
        apply(db, desk, planned_date="2026-06-20")
    assert apply(db, desk, planned_date="2026-07-08")


def test_bad_input_is_refused_with_its_field(db, desk, let):
    with pytest.raises(ValidationError) as err:
        apply(db, desk, phone="12")
    assert err.value.field == "phone"
    with pytest.raises(ValidationError) as err:
        apply(db, desk, reason="")
    assert err.value.field == "reason"


# ------------------------------------------------------------------------------------------ consent, inspection

def test_no_move_out_without_the_owners_consent(db, desk, engineer, let):
    mid = apply(db, desk)
    with pytest.raises(ConflictError):
        act(db, engineer, mid, "inspect", inspector="刘工")
    with pytest.raises(ValidationError) as err:
        consent(db, desk, mid, consent_kind="authorisation")
    assert err.value.field == "consent_doc"
    with pytest.raises(ValidationError) as err:
        consent(db, desk, mid, consent_at="2026-06-08 10:00")     # later than now (09:00)
    assert err.value.field == "consent_at"
    consent(db, desk, mid, consent_kind="authorisation", consent_doc=[("委托书.pdf", b"%PDF-1.4 consent")])
    assert {a.role for a in records.get(db, desk, KIND, mid).attachments} == {"consent_doc"}


def test_only_engineering_inspects_and_a_bad_damage_line_is_refused(db, desk, engineer, let):
    mid = apply(db, desk)
    consent(db, desk, mid)
    with pytest.raises(PermissionDenied):
        act(db, desk, mid, "inspect", inspector="刘工")
    with pytest.raises(ValidationError, match="2") as err:
        act(db, engineer, mid, "inspect", inspector="刘工", damages="客厅 墙面污损 200\n厨房 很多")
    assert err.value.field == "damages"
    assert bills_of(db, mid) == [] and case(db, mid).status == "consented"


# ------------------------------------------------------------------------------------------ returns, settlement

def test_missing_cards_are_charged_or_noted(db, desk, engineer, let):
    mid = to_inspected(db, desk, engineer, damages="")
    with pytest.raises(ConflictError):                     # the returns first
        act(db, desk, mid, "settle")
    with pytest.raises(ValidationError, match="1") as err:
        act(db, desk, mid, "returns", cards_returned="0", keys_returned="2")
    assert err.value.field == "missing_note"
    act(db, desk, mid, "returns", cards_returned="0", keys_returned="2", missing_charge="20")
    assert len(bills_of(db, mid)) == 1
    with pytest.raises(ConflictError, match="20.00"):
        act(db, desk, mid, "settle")
    pay(db, desk, mid)
    act(db, desk, mid, "settle")
    assert case(db, mid).status == "settled"


def test_a_card_noted_as_lost_is_not_charged(db, desk, engineer, let):
    mid = to_inspected(db, desk, engineer, damages="")
    act(db, desk, mid, "returns", cards_returned="0", keys_returned="2", missing_note="租户报失，已挂失")
    act(db, desk, mid, "settle")
    with db.read() as s:
        lines = svc.clearance(s, mid)
    assert "租户报失" in lines[3].detail and lines[4].done


def test_release_refused_while_the_room_owes_its_fees(db, admin, desk, engineer, let):
    """Arrears of the room itself (a property fee due before the move-out) block the settlement too."""
    from app.services.fees import billing
    mid = to_inspected(db, desk, engineer, damages="")
    act(db, desk, mid, "returns", cards_returned="1", keys_returned="2")
    with unit_of_work(db, admin) as s:
        item = s.scalar(select(items.FeeItem.id).where(items.FeeItem.code == "GL"))
        billing.one_off_in(s, admin, case(db, mid).room_id, item)
    with pytest.raises(ConflictError, match="300.00"):
        act(db, desk, mid, "settle")
    with db.read() as s:
        reason = svc.release_allowed(s, case(db, mid).room_id, date(2026, 6, 11))
        assert reason is not None and case(db, mid).number in str(reason)
        assert not svc.clearance(s, mid)[4].done
    with pytest.raises(ConflictError):                      # no move-out before the settlement
        act(db, desk, mid, "move_out", actual_date="2026-06-11")


# ------------------------------------------------------------------------------------------ the refund

def settled(db, desk, engineer) -> int:
    mid = to_inspected(db, desk, engineer, damages="")
    act(db, desk, mid, "returns", cards_returned="1", keys_returned="2")
    act(db, desk, mid, "settle")
    act(db, desk, mid, "move_out", actual_date="2026-06-11")
    return mid


def test_a_refund_above_the_deposit_is_refused(db, admin, desk, engineer, let):
    mid = settled(db, desk, engineer)
    with pytest.raises(ValidationError, match="500.00"):
        svc.refund(db, admin, mid, {"amount": "501"})
    with pytest.raises(ValidationError, match="400.00"):
        svc.refund(db, admin, mid, {"amount": "450", "deduction": "100", "deduction_reason": "墙面"})
    with pytest.raises(ValidationError) as err:
        svc.refund(db, admin, mid, {"amount": "400", "deduction": "100"})
    assert err.value.field == "deduction_reason"
    assert case(db, mid).status == "moved_out"


def test_the_refund_is_approved_by_the_supervisor_acting(db, admin, desk, engineer, let):
    mid = settled(db, desk, engineer)
    with pytest.raises(PermissionDenied):
        svc.refund(db, desk, mid, {"amount": "500"})
    with db.read() as s:
        assert s.scalar(select(FeeDeposit.held).where(FeeDeposit.kind == "utility")) == Decimal("500.00")
    svc.refund(db, desk, mid, {"amount": "500"},
               deposits_approval(admin))
    assert case(db, mid).status == "refunded" and case(db, mid).refunded == Decimal("500.00")


def deposits_approval(admin):
    from app.services.fees.common import Approval
    from tests.conftest import PASSWORD
    return Approval(admin.staff_id, PASSWORD)


# ------------------------------------------------------------------------------------------ cancel, states

def test_cancel_needs_a_reason_and_ends_before_the_move_out(db, desk, engineer, let):
    mid = apply(db, desk)
    with pytest.raises(ValidationError):
        act(db, desk, mid, "cancel")
    act(db, desk, mid, "cancel", note="租户续租")
    assert case(db, mid).status == "cancelled"
    with db.read() as s:
        assert svc.release_allowed(s, case(db, mid).room_id, date(2026, 6, 8)) is None
        assert s.get(Lease, case(db, mid).lease_id).status == "active"
    other = settled(db, desk, engineer)
    with pytest.raises(ConflictError):
        act(db, desk, other, "cancel", note="晚了")


def test_every_refused_transition_out_of_order(db, admin, desk, engineer, let):
    mid = apply(db, desk)
    for action, raw in (("settle", {}), ("move_out", {"actual_date": "2026-06-11"}), ("close", {}),
                        ("returns", {"cards_returned": "1", "keys_returned": "1"})):
        with pytest.raises(ConflictError):
            act(db, admin, mid, action, **raw)
    with pytest.raises(ConflictError):
        svc.refund(db, admin, mid, {"amount": "1"})
    assert case(db, mid).status == "applied"


# ------------------------------------------------------------------------------------------ the desk's hooks

def test_tile_handover_and_household_card(db, admin, desk, let, clock):
    mid = apply(db, desk)
    number = case(db, mid).number
    tile = next(t for t in dashboard.tiles(db, desk) if t.page == "moveout")
    assert tile.value == "1"
    assert [i.number for i in open_items.collect(db, desk, clock.at) if i.page == "moveout"] == [number]
    with db.read() as s:
        room = s.get(Room, case(db, mid).room_id)
        section = card_sections.collect(s, desk, room)["moveout"]
    assert section.rows[0][0] == number and section.rows[0][1] == "李明"


# ------------------------------------------------------------------------------------------ two desks

def test_two_desks_applying_for_one_room_at_once(db, actor, let):
    """Two desks (two connections) apply for the same room's move-out at the same moment: one wins."""
    from db.engine import Database
    desks = [db, Database(db.url)]
    who = [actor("receptionist"), actor("steward")]
    start, done, errors = threading.Barrier(2), [], []

    def applying(k):
        try:
            start.wait()
            done.append(apply(desks[k], who[k], phone=("13912345678", "13811112222")[k]))
        except ConflictError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=applying, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    desks[1].dispose()
    assert len(done) == 1 and len(errors) == 1
    with db.read() as s:
        assert len(s.scalars(select(MoveOut.id)).all()) == 1


def test_two_desks_settling_and_cancelling_at_once(db, actor, engineer, let):
    """One desk settles while another cancels the same move-out: exactly one of them is done."""
    from db.engine import Database
    desk = actor("receptionist")
    mid = to_inspected(db, desk, engineer, damages="")
    act(db, desk, mid, "returns", cards_returned="1", keys_returned="2")
    version = case(db, mid).version
    desks = [db, Database(db.url)]
    start, done, errors = threading.Barrier(2), [], []

    def doing(k):
        try:
            start.wait()
            records.act(desks[k], desk, KIND, mid, ("settle", "cancel")[k], {"note": "租户续租"} if k else {},
                        version=version)
            done.append(k)
        except ConflictError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=doing, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    desks[1].dispose()
    assert len(done) == 1 and len(errors) == 1
    assert case(db, mid).status == ("settled", "cancelled")[done[0]]


def test_a_compensation_is_a_one_off_bill_at_its_own_price(db, desk, engineer, let):
    """billing.one_off_in(price=): the PC item's price is 0.00; each bill carries the compensation typed."""
    from db.models.fees import FeeBill, FeeItem
    mid = to_inspected(db, desk, engineer, damages="客厅 墙面污损 200\n厨房 台面烫伤 85.50")
    with db.read() as s:
        bills = s.scalars(select(FeeBill).where(FeeBill.id.in_(bills_of(db, mid))).order_by(FeeBill.id)).all()
        assert [(b.amount, b.unit_price, b.outstanding) for b in bills] == [
            (Decimal("200.00"), Decimal("200.00"), Decimal("200.00")),
            (Decimal("85.50"), Decimal("85.50"), Decimal("85.50"))]
        assert s.scalar(select(FeeItem.unit_price).where(FeeItem.code == "PC")) == Decimal("0.00")


def test_the_move_out_date_is_checked(db, desk, engineer, let, clock):
    mid = to_inspected(db, desk, engineer, damages="")
    act(db, desk, mid, "returns", cards_returned="1", keys_returned="2")
    act(db, desk, mid, "settle")
    with pytest.raises(ValidationError, match="2026-06-08") as err:
        act(db, desk, mid, "move_out", actual_date="2026-06-07")
    assert err.value.field == "actual_date"
    with db.read() as s:     # a slip dated before the settlement is not cleared by it
        assert svc.release_allowed(s, case(db, mid).room_id, date(2026, 6, 7)) is not None
        assert svc.release_allowed(s, case(db, mid).room_id, date(2026, 6, 8)) is None
    assert case(db, mid).status == "settled"


def test_two_desks_refunding_one_deposit_at_once(db, admin, desk, engineer, let):
    """Two desks pay out the same move-out's deposit at the same moment: one refund is paid, the deposit is
    given back once."""
    from db.engine import Database
    mid = settled(db, desk, engineer)
    desks = [db, Database(db.url)]
    start, done, errors = threading.Barrier(2), [], []

    def refunding(k):
        try:
            start.wait()
            done.append(svc.refund(desks[k], admin, mid, {"amount": "500"}))
        except ConflictError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=refunding, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    desks[1].dispose()
    assert len(done) == 1 and len(errors) == 1
    with db.read() as s:
        from db.models.fees import FeeRefund
        assert [r.status for r in s.scalars(select(FeeRefund))] == ["refunded"]
        assert s.scalar(select(FeeDeposit.held).where(FeeDeposit.kind == "utility")) == Decimal("0.00")


def test_the_goods_release_slip_of_a_move_out_waits_for_the_settlement(db, admin, desk, engineer, let):
    """§4.11 step 6 through §4.12: a 搬家/迁出 slip for the room is refused while its move-out is not settled
    (the furniture stays), and issued once it is."""
    from app.services import release
    from tests.unit.services.test_release import slip
    mid = to_inspected(db, desk, engineer, damages="")
    raw = slip(purpose="move_out", items="双人床 1 张\n衣柜 2 个", exit_date="2026-06-08")
    with pytest.raises(ConflictError, match=case(db, mid).number):
        records.create(db, desk, release.KIND, raw)
    act(db, desk, mid, "returns", cards_returned="1", keys_returned="2")
    act(db, desk, mid, "settle")
    assert records.create(db, desk, release.KIND, raw)


def test_a_room_handed_over_before_the_system_is_inspected_as_it_is(db, desk, engineer, let):
    """No joint inspection at move-in on record: the detail says so, and the 退租验房单 says to inspect as found."""
    from app.services import printing
    from tests.printing.print_helpers import page_texts, squash
    mid = to_inspected(db, desk, engineer)
    view = records.get(db, desk, KIND, mid)
    assert any("before this system" in str(value) for _label, value in view.rows)
    sheet = squash("".join(page_texts(printing.render_document(db, desk, "moveout_inspection", view.number))))
    assert squash("本房无入住交接记录") in sheet
