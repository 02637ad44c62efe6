"""Fee items in 设置 → 收费项目: added and changed by the supervisor only, a code used once, a new unit price
of a billed item from a date after the last day billed (the earlier periods keep the old price), a used item
deactivated and never deleted: every refusal with its message."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.services.base import unit_of_work
from app.services.fees import billing, items
from db.models.fees import FeeBill, FeeItem

D = Decimal


def _input(item: FeeItem, **changes) -> items.ItemInput:
    values = {k: getattr(item, k) for k in items.ItemInput.__dataclass_fields__}
    values.update(changes)
    return items.ItemInput(**values)


def _item(db, item_id: int) -> FeeItem:
    with db.read() as s:
        return s.get(FeeItem, item_id)


def test_only_the_supervisor_adds_an_item_and_a_code_is_used_once(db, actor, admin, fees):
    data = items.ItemInput("gr", "公共能耗费", D("0.15"), unit="元/m²·月")
    for role in ("receptionist", "clerk"):
        with pytest.raises(PermissionDenied):
            items.save_item(db, actor(role), data)
        with pytest.raises(PermissionDenied):
            items.item_rows(db, actor(role))
    new = items.save_item(db, admin, data)
    assert _item(db, new).code == "GR"
    with pytest.raises(ValidationError, match="already used by the fee item 公共能耗费") as err:
        items.save_item(db, admin, items.ItemInput("GR", "另一个", D(1)))
    assert err.value.field == "code"
    with pytest.raises(ValidationError, match="1, 2, 3, 6 or 12"):
        items.save_item(db, admin, items.ItemInput("XX", "其他", D(1), cycle_months=5))
    with pytest.raises(ValidationError, match="negative"):
        items.save_item(db, admin, items.ItemInput("XX", "其他", D(-1)))
    rows = {r.item.code: r for r in items.item_rows(db, admin)}
    assert rows["WY"].used and not rows["GR"].used and rows["WY"].price_from is None


def test_a_new_price_of_a_billed_item_applies_from_a_date_after_the_last_day_billed(db, admin, fees):
    wy = _item(db, fees["WY"])
    with pytest.raises(ValidationError, match="needs the date it applies from") as err:
        items.save_item(db, admin, _input(wy, unit_price=D("2.50")), wy.id, wy.version)
    assert err.value.field == "price_from"
    with pytest.raises(ValidationError, match="billed up to 2026-06-30: .* from 2026-07-01 or later"):
        items.save_item(db, admin, _input(wy, unit_price=D("2.50")), wy.id, wy.version,
                        price_from=date(2026, 6, 1))
    assert _item(db, wy.id).unit_price == D("2.20")   # nothing written
    items.save_item(db, admin, _input(wy, unit_price=D("2.50")), wy.id, wy.version, price_from=date(2026, 8, 1))
    assert _item(db, wy.id).unit_price == D("2.50")
    [row] = [r for r in items.item_rows(db, admin) if r.item.id == wy.id]
    assert row.price_from == date(2026, 8, 1)
    with pytest.raises(ValidationError, match="has a price from 2026-08-01"):
        changed = _item(db, wy.id)
        items.save_item(db, admin, _input(changed, unit_price=D("2.60")), changed.id, changed.version,
                        price_from=date(2026, 7, 15))
    # July is billed at the old price, August at the new one
    billing.post(db, admin, date(2026, 7, 1))
    billing.post(db, admin, date(2026, 8, 1))
    with db.read() as s:
        prices = dict(s.execute(select(FeeBill.period, FeeBill.unit_price).where(
            FeeBill.item_id == wy.id, FeeBill.period.in_(("2026-07", "2026-08")))).all())
    assert prices == {"2026-07": D("2.20"), "2026-08": D("2.50")}


def test_a_price_of_an_item_never_billed_changes_at_once(db, admin, fees):
    new = items.save_item(db, admin, items.ItemInput("GR", "公共能耗费", D("0.15")))
    item = _item(db, new)
    items.save_item(db, admin, _input(item, unit_price=D("0.18"), name="公共能耗分摊"), new, item.version)
    assert (_item(db, new).unit_price, _item(db, new).name) == (D("0.18"), "公共能耗分摊")


def test_a_used_item_is_deactivated_not_deleted(db, actor, admin, fees):
    wy = _item(db, fees["WY"])
    with pytest.raises(PermissionDenied):
        items.delete_item(db, actor("receptionist"), wy.id)
    with pytest.raises(ConflictError, match="物业服务费 has bills or readings and cannot be deleted"):
        items.delete_item(db, admin, wy.id, wy.version)
    with pytest.raises(PermissionDenied):
        items.set_active(db, actor("clerk"), wy.id, False)
    items.set_active(db, admin, wy.id, False, wy.version)
    assert not _item(db, wy.id).active
    plan = billing.preview(db, admin, date(2026, 7, 1))
    assert wy.id not in {t.item_id for t in plan.by_item}
    with db.read() as s:
        assert s.scalar(select(FeeBill.id).where(FeeBill.item_id == wy.id).limit(1)) is not None
    items.set_active(db, admin, wy.id, True)
    assert _item(db, wy.id).active
    new = items.save_item(db, admin, items.ItemInput("GR", "公共能耗费", D("0.15")))
    items.delete_item(db, admin, new)
    with db.read() as s:
        assert s.get(FeeItem, new) is None
    with unit_of_work(db, admin) as s:
        assert s.get(FeeItem, wy.id) is not None
