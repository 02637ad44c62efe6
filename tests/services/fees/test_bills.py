"""Bills listed by room and building, voided with a reason (nothing paid on them), waived or written off with the
supervisor's approval: every refusal with its message."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services.fees import Approval, Payment, billing, bills, counter
from db.models import Staff
from db.models.fees import FeeBill, FeeWaiver
from tests.conftest import PASSWORD

D = Decimal


def _admin_id(db):
    with db.read() as s:
        return s.scalar(select(Staff.id).where(Staff.username == "admin"))


def test_list_by_room_building_period_status_and_item(db, actor, fees):
    desk = actor("receptionist")
    room = bills.list_bills(db, desk, room="3-2-1502", status="all")
    assert room and {r.room_code for r in room} == {"3-2-1502"}
    assert [r.period for r in room] == sorted((r.period for r in room), reverse=True)
    building = bills.list_bills(db, desk, room="3-", status="all", limit=500)
    assert {r.room_code for r in building} == {"3-2-1501", "3-2-1502", "3-2-1601"}
    assert bills.count_bills(db, desk, room="3-", status="all") == len(building)
    may = bills.list_bills(db, desk, room="3-2-1601", period="2026-05", item=str(fees["WY"]), status="owing")
    assert [(r.period, r.item_name) for r in may] == [("2026-05", "物业服务费")]
    page = bills.list_bills(db, desk, room="3-", status="all", limit=5)
    more = bills.list_bills(db, desk, room="3-", status="all", limit=5, after=page[-1].sort_key)
    assert not {r.id for r in page} & {r.id for r in more}


def test_void_a_bill_with_its_reason_and_bill_it_again(db, actor, admin, fees):
    desk = actor("receptionist")
    [bill] = bills.list_bills(db, desk, room="3-2-1601", period="2026-06", item=str(fees["WY"]))
    with pytest.raises(PermissionDenied):
        bills.void_bill(db, desk, bill.id, "面积录错")
    with pytest.raises(ValidationError, match="reason"):
        bills.void_bill(db, admin, bill.id, " ")
    bills.void_bill(db, admin, bill.id, "面积录错")
    with pytest.raises(ConflictError, match="void already"):
        bills.void_bill(db, admin, bill.id, "面积录错")
    view = counter.counter(db, desk, "3-2-1601")
    assert bill.id not in [b.bill_id for b in view.bills]
    again = billing.post(db, admin, date(2026, 6, 1))
    assert again.created == 1                        # the period may be billed again
    june = bills.list_bills(db, desk, room="3-2-1601", period="2026-06", status="all")
    assert [r.id for r in june] == sorted((r.id for r in june), reverse=True)   # newest first within a period
    assert june[0].item_name == "物业服务费" and june[0].status == "open" and june[0].id > bill.id
    assert next(r for r in june if r.id == bill.id).status_label == "Void"
    [paid] = bills.list_bills(db, desk, room="3-2-1601", period="2026-01", item=str(fees["WY"]))
    counter.collect(db, desk, "3-2-1601", Payment(bills=[paid.id], tenders=[("cash", paid.outstanding)]))
    with pytest.raises(ConflictError, match="paid on it"):
        bills.void_bill(db, admin, paid.id, "录错")


def test_waive_and_write_off_need_the_supervisor(db, actor, admin, fees):
    desk = actor("receptionist")
    [bill] = bills.list_bills(db, desk, room="3-2-1601", period="2026-02", item=str(fees["WY"]))
    with pytest.raises(PermissionDenied, match="supervisor's approval"):
        bills.waive(db, desk, bill.id, "waive", "困难户减免", D("50"))
    with pytest.raises(ValidationError, match="Wrong password"):
        bills.waive(db, desk, bill.id, "waive", "困难户减免", D("50"), Approval(_admin_id(db), "wrong"))
    with pytest.raises(ValidationError, match="reason"):
        bills.waive(db, admin, bill.id, "waive", "", D("50"))
    with pytest.raises(ValidationError, match="cannot be waived"):
        bills.waive(db, admin, bill.id, "waive", "困难户减免", bill.outstanding + 1)
    with pytest.raises(ValidationError, match="written off"):
        bills.waive(db, admin, bill.id, "discount", "困难户减免", D("1"))
    bills.waive(db, desk, bill.id, "waive", "困难户减免", D("50"), Approval(_admin_id(db), PASSWORD))
    with db.read() as s:
        row = s.get(FeeBill, bill.id)
        assert (row.status, row.waived, row.outstanding) == ("partial", D("50"), bill.outstanding - 50)
    bills.waive(db, admin, bill.id, "write_off", "多年欠费核销")
    with db.read() as s:
        row = s.get(FeeBill, bill.id)
        assert (row.status, row.outstanding) == ("waived", 0)
        kinds = s.scalars(select(FeeWaiver.kind).where(FeeWaiver.bill_id == bill.id).order_by(FeeWaiver.id)).all()
        assert kinds == ["waive", "write_off"]
    with pytest.raises(ConflictError, match="nothing to waive"):
        bills.waive(db, admin, bill.id, "waive", "再减", D("1"))
