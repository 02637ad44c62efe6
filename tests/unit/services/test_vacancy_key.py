"""空置房管理 and the key cabinet (§4.5 step 1, §4.6): the unit's key is the cabinet's key record, picked by its
slot among the room's keys or taken in with the unit; the detail shows whether it is in the cabinet or lent;
an inspection while the key is out goes with the key's loan."""
from __future__ import annotations

import pytest

from app.domain import vacancy as VC
from app.domain.errors import ValidationError
from app.domain.keys import KEY_KIND, LOAN_KIND
from app.services import keys, records
from app.services import vacancy as svc
from db.models import RecordLink
from db.models.keys import KeyItem
from db.models.vacancy import VacantUnit
from tests.unit.services.test_vacancy import clock, inspect, load, register, rooms

__all__ = ["clock", "rooms"]   # fixtures, used by name


def developer_key(db, actor, slot, room):
    return records.create(db, actor, KEY_KIND, {"key_no": slot, "category": "developer", "room": room})


def test_the_units_key_is_the_rooms_key_in_the_cabinet(db, admin, rooms):
    kid = developer_key(db, admin, "D-015", "3-2-1501")
    developer_key(db, admin, "D-016", "3-2-1502")
    with pytest.raises(ValidationError) as err:
        register(db, admin, key_ref="D-099")                 # a slot that holds no key
    assert err.value.field == "key_ref" and "No key in slot D-099" in str(err.value)
    with pytest.raises(ValidationError, match="Slot D-016 holds the key of 3-2-1502, not of 3-2-1501"):
        register(db, admin, key_ref="D-016")
    uid = register(db, admin, key_ref=" d-015 ")            # typed loosely: the slot as the cabinet writes it
    unit = load(db, VacantUnit, uid)
    assert unit.key_id == kid and unit.key_ref == "D-015"
    view = records.get(db, admin, svc.UNIT_KIND, uid)
    assert dict(view.rows)["Key"] == "D-015 · In the cabinet"
    assert [r.key_label for r in svc.list_units(db, admin, text="3-2-1501")] == ["D-015 In the cabinet"]
    # lent for the inspection: the detail says to whom, and the inspection goes with the loan
    lid = keys.lend(db, admin, kid, {"borrower_type": "staff", "borrower_name": "李管家", "purpose": "inspection"})
    loan_no = records.get(db, admin, LOAN_KIND, lid).number
    assert dict(records.get(db, admin, svc.UNIT_KIND, uid).rows)["Key"] == f"D-015 · On loan · 李管家 {loan_no}"
    assert [r.key_label for r in svc.list_units(db, admin, text="3-2-1501")] == ["D-015 On loan"]
    iid = inspect(db, admin, uid)
    with db.read() as s:
        links = s.query(RecordLink).filter_by(from_kind=svc.INSPECTION_KIND, from_id=iid).all()
    assert [(link.to_kind, link.to_id, link.relation) for link in links] == [(LOAN_KIND, lid, "key_loan")]
    assert any(link.number == loan_no for link in records.get(db, admin, svc.INSPECTION_KIND, iid).links)
    # back in the cabinet: the next inspection needs no loan
    records.act(db, admin, LOAN_KIND, lid, "return", {"count_in": 1, "returned_by": "李管家"})
    again = inspect(db, admin, uid)
    with db.read() as s:
        assert s.query(RecordLink).filter_by(from_kind=svc.INSPECTION_KIND, from_id=again).count() == 0


def test_a_developers_key_not_yet_in_the_cabinet_is_taken_in_with_the_unit(db, admin, actor, rooms):
    uid = register(db, admin, key_ref="D-020", register_key=True)
    unit = load(db, VacantUnit, uid)
    key = load(db, KeyItem, unit.key_id)
    assert (key.key_no, key.category, key.room_code, key.status) == ("D-020", "developer", "3-2-1501", "in_cabinet")
    with pytest.raises(ValidationError) as err:           # an owner's key needs the owner's entrustment
        register(db, admin, room="5-1-0101", vtype="2", holder="owner", key_ref="A-001", register_key=True)
    assert err.value.field == "register_key" and str(err.value) == str(VC.MSG_OWNER_KEY)
    # without a key at all the unit is registered as before
    assert load(db, VacantUnit, register(db, admin, room="3-2-1502", vtype="3")).key_id is None


def test_the_refusals_read_in_chinese(qapp):
    from app import i18n_qt
    i18n_qt.install("zh_CN")
    try:
        assert str(VC.MSG_NO_KEY.format(slot="D-099")).startswith("钥匙柜登记中没有 D-099 号位的钥匙")
        assert "业主托管钥匙委托书" in str(VC.MSG_OWNER_KEY)
    finally:
        i18n_qt.install("en")
