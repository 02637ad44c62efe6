"""Fee items and standards (设置 → 收费项目, the supervisor's): the items of §5.1 with their formula, price,
cycle, due day, rounding and late-fee flag; per-building and per-room unit prices from a date; the vacant-unit
rate (fee.vacant_rate) for a room on the vacancy register, recorded with the supervisor's approval."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from app.domain.errors import ConflictError, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_SETUP, FEES_VIEW, Formula, ItemCategory, Rounding
from app.domain.validation import MSG_REQUIRED
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import params
from app.services.base import Actor, unit_of_work
from app.services.fees.common import Approval, approver_in, confirmed, in_session, room_of
from app.services.shared import assign, versioned
from db.engine import Database
from db.models.fees import FeeBill, FeeItem, FeeStandard, MeterReading

MSG_ITEM_GONE = T("Fees", "This fee item no longer exists")
MSG_CYCLE = T("Fees", "A billing cycle is 1, 2, 3, 6 or 12 months")
MSG_NOT_VACANT = T("Fees", "Room {room} is not on the vacancy register: the vacant-unit rate does not apply")
MSG_PRICE = T("Fees", "A unit price cannot be negative")
A_VACANT_RATE = T("Fees", "the vacant-unit rate")
NAME, CODE = T("Fees", "Name"), T("Fees", "Code")
MSG_CODE_TAKEN = T("Fees", "The code {code} is already used by the fee item {name}")
MSG_PRICE_FROM = T("Fees", "{name} has bills: a new unit price needs the date it applies from")
MSG_PRICE_BILLED = T("Fees", "{name} is billed up to {day}: a new unit price applies from {next} or later")
MSG_PRICE_BEFORE = T("Fees", "{name} has a price from {day}: a new unit price applies from that day or later")
MSG_ITEM_USED = T("Fees", "{name} has bills or readings and cannot be deleted: deactivate it instead")


@dataclass(frozen=True)
class ItemInput:
    code: str
    name: str
    unit_price: Decimal
    formula: str = Formula.AREA.value
    category: str = ItemCategory.PERIODIC.value
    unit: str = ""
    cycle_months: int = 1
    due_day: int = 15
    rounding: str = Rounding.HALF_UP.value
    places: int = 2
    late_fee: bool = False
    developer_pays: bool = True
    effective_from: date | None = None
    effective_to: date | None = None
    active: bool = True
    seq: int = 0


def _checked(data: ItemInput) -> dict:
    if not data.code.strip():
        raise ValidationError(MSG_REQUIRED.format(field=CODE), "code")
    if not data.name.strip():
        raise ValidationError(MSG_REQUIRED.format(field=NAME), "name")
    if data.cycle_months not in (1, 2, 3, 6, 12):
        raise ValidationError(MSG_CYCLE, "cycle_months")
    if data.unit_price < 0:
        raise ValidationError(MSG_PRICE, "unit_price")
    Formula(data.formula), ItemCategory(data.category), Rounding(data.rounding)
    values = dict(data.__dict__)
    values["code"], values["name"] = data.code.strip().upper(), data.name.strip()
    values["due_day"] = min(max(int(data.due_day), 1), 28)
    return values


def save_item(db: Database, actor: Actor, data: ItemInput, item_id: int | None = None,
              version: int | None = None, *, price_from: date | None = None) -> int:
    """Add an item or change one. A changed unit price of an item with bills applies from ``price_from``,
    after the last day billed; the price before it is kept as the item's standard up to the day before."""
    actor.require(FEES_SETUP)
    values = _checked(data)
    with unit_of_work(db, actor) as s:
        taken = s.execute(select(FeeItem.id, FeeItem.name).where(FeeItem.code == values["code"])).first()
        if taken is not None and taken.id != item_id:
            raise ValidationError(MSG_CODE_TAKEN.format(code=values["code"], name=taken.name), "code")
        if item_id is None:
            item = FeeItem(**values)
            s.add(item)
        else:
            item = versioned(s, FeeItem, item_id, version, MSG_ITEM_GONE)
            if values["unit_price"] != item.unit_price:
                _price_changed(s, item, price_from)
            assign(item, values)
        s.flush()
        return int(item.id)


def _price_changed(s: Session, item: FeeItem, price_from: date | None) -> None:
    """Keep the price before ``price_from`` as an item-wide standard ending the day before (refused when the
    item is billed on or after that day, or already has a price from a later day)."""
    billed = s.scalar(select(func.max(FeeBill.period_end)).where(FeeBill.item_id == item.id,
                                                                 FeeBill.void_key == 0))
    if price_from is None:
        if billed is None:
            return
        raise ValidationError(MSG_PRICE_FROM.format(name=item.name), "price_from")
    if billed is not None and price_from <= billed:
        raise ValidationError(MSG_PRICE_BILLED.format(name=item.name, day=billed.isoformat(),
                                                      next=date.fromordinal(billed.toordinal() + 1).isoformat()),
                              "price_from")
    changed = price_from_of(s, item.id)
    if changed is not None and price_from < changed:
        raise ValidationError(MSG_PRICE_BEFORE.format(name=item.name, day=changed.isoformat()), "price_from")
    start = changed or item.effective_from or date(2000, 1, 1)
    if start < price_from:
        s.add(FeeStandard(item_id=item.id, unit_price=item.unit_price, effective_from=start,
                          effective_to=price_from - _DAY))


def price_from_of(s: Session, item_id: int) -> date | None:
    """The day the item's own unit price applies from (after its last price change), None when never changed."""
    last = s.scalar(select(func.max(FeeStandard.effective_to)).where(
        FeeStandard.item_id == item_id, FeeStandard.building_id.is_(None), FeeStandard.room_id.is_(None)))
    return last + _DAY if last is not None else None


def set_active(db: Database, actor: Actor, item_id: int, active: bool, version: int | None = None) -> None:
    """Deactivate an item (the billing run leaves it out; its bills stay) or make it active again."""
    actor.require(FEES_SETUP)
    with unit_of_work(db, actor) as s:
        item = versioned(s, FeeItem, item_id, version, MSG_ITEM_GONE)
        assign(item, {"active": active})


def delete_item(db: Database, actor: Actor, item_id: int, version: int | None = None) -> None:
    """Delete an item never used (no bill, reading or receipt line); a used one is refused: deactivate it."""
    actor.require(FEES_SETUP)
    with unit_of_work(db, actor) as s:
        item = versioned(s, FeeItem, item_id, version, MSG_ITEM_GONE)
        used = s.scalar(select(exists().where(FeeBill.item_id == item_id)
                               | exists().where(MeterReading.item_id == item_id)))
        if used:
            raise ConflictError(MSG_ITEM_USED.format(name=item.name))
        for standard in s.scalars(select(FeeStandard).where(FeeStandard.item_id == item_id)):
            s.delete(standard)
        s.delete(item)


def list_items(db: Database, actor: Actor, *, active_only: bool = False) -> list[FeeItem]:
    actor.require(FEES_VIEW)
    with db.read() as s:
        query = select(FeeItem).order_by(FeeItem.seq, FeeItem.id)
        if active_only:
            query = query.where(FeeItem.active.is_(True))
        return list(s.scalars(query))


@dataclass(frozen=True)
class ItemRow:
    """An item in the settings list: its values, the day its unit price applies from, whether it is used."""

    item: FeeItem
    price_from: date | None
    used: bool


def item_rows(db: Database, actor: Actor) -> list[ItemRow]:
    actor.require(FEES_SETUP)
    with db.read() as s:
        changed: dict[int, date] = {i: d for i, d in s.execute(
            select(FeeStandard.item_id, func.max(FeeStandard.effective_to)).where(
                FeeStandard.building_id.is_(None), FeeStandard.room_id.is_(None)).group_by(FeeStandard.item_id))
            if d is not None}
        used = set(s.scalars(select(FeeBill.item_id).distinct())) | set(
            s.scalars(select(MeterReading.item_id).distinct()))
        return [ItemRow(i, changed[i.id] + _DAY if i.id in changed else None, i.id in used)
                for i in s.scalars(select(FeeItem).order_by(FeeItem.seq, FeeItem.id))]


def set_standard(db: Database, actor: Actor, item_id: int, unit_price: Decimal, effective_from: date, *,
                 building_id: int | None = None, room_id: int | None = None) -> int:
    """A unit price of the item for a building or a room from ``effective_from`` (ends the one before it)."""
    actor.require(FEES_SETUP)
    if unit_price < 0:
        raise ValidationError(MSG_PRICE, "unit_price")
    with unit_of_work(db, actor) as s:
        return standard_in(s, item_id, unit_price, effective_from, building_id=building_id, room_id=room_id)


def standard_in(s: Session, item_id: int, unit_price: Decimal, effective_from: date, *,
                building_id: int | None = None, room_id: int | None = None, approved_by: int | None = None) -> int:
    versioned(s, FeeItem, item_id, None, MSG_ITEM_GONE)
    for older in s.scalars(select(FeeStandard).where(
            FeeStandard.item_id == item_id, FeeStandard.building_id.is_(building_id) if building_id is None
            else FeeStandard.building_id == building_id,
            FeeStandard.room_id.is_(room_id) if room_id is None else FeeStandard.room_id == room_id,
            FeeStandard.effective_to.is_(None), FeeStandard.effective_from < effective_from)):
        older.effective_to = date.fromordinal(effective_from.toordinal() - 1)
    row = FeeStandard(item_id=item_id, building_id=building_id, room_id=room_id, unit_price=unit_price,
                      effective_from=effective_from, vacant_approved_by=approved_by)
    s.add(row)
    s.flush()
    return int(row.id)


def vacant_rate(db: Database, actor: Actor, room: int | str, item_id: int, effective_from: date,
                approval: Approval | None = None) -> int:
    """The vacant-unit rate (fee.vacant_rate % of the price) for a room on the vacancy register from a date,
    approved by the supervisor acting; a room standard recording who approved it."""
    actor.require(FEES_SETUP)
    checked = confirmed(db, actor, approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        r = room_of(s, room)
        if not r.vacancy_flag:
            raise ValidationError(MSG_NOT_VACANT.format(room=r.code), "room")
        approver = approver_in(s, actor, approval, A_VACANT_RATE)
        table = PriceTable.load(s, [item_id], effective_from)
        building = s.scalar(select(_building_of(r.unit_id)))
        price = table.price(item_id, building, r.id)
        rate = Decimal(params.load(s)["fee.vacant_rate"]) / 100
        return standard_in(s, item_id, rules.round_amount(price * rate), effective_from, room_id=r.id,
                           approved_by=approver)


_DAY = timedelta(days=1)


def _building_of(unit_id: int) -> Any:
    from db.models import Unit
    return select(Unit.building_id).where(Unit.id == unit_id).scalar_subquery()


@dataclass
class PriceTable:
    """The unit prices in force on a day: the room's standard, else the building's, else the item's price of
    that day (its price before a change is an item-wide standard), else the item's unit price."""

    items: dict[int, FeeItem]
    by_building: dict[tuple[int, int], Decimal]
    by_room: dict[tuple[int, int], Decimal]
    by_item: dict[int, Decimal]

    @classmethod
    def load(cls, s: Session, item_ids: Iterable[int], day: date) -> PriceTable:
        ids = list(item_ids)
        items = {i.id: i for i in s.scalars(select(FeeItem).where(FeeItem.id.in_(ids)))}
        by_building: dict[tuple[int, int], Decimal] = {}
        by_room: dict[tuple[int, int], Decimal] = {}
        by_item: dict[int, Decimal] = {}
        rows = s.execute(select(FeeStandard.item_id, FeeStandard.building_id, FeeStandard.room_id,
                                FeeStandard.unit_price)
                         .where(FeeStandard.item_id.in_(ids), FeeStandard.effective_from <= day,
                                or_(FeeStandard.effective_to.is_(None), FeeStandard.effective_to >= day))
                         .order_by(FeeStandard.effective_from, FeeStandard.id))
        for item_id, building_id, room_id, price in rows:
            if room_id is not None:
                by_room[(item_id, room_id)] = price
            elif building_id is not None:
                by_building[(item_id, building_id)] = price
            else:
                by_item[item_id] = price
        return cls(items, by_building, by_room, by_item)

    def price(self, item_id: int, building_id: int | None, room_id: int) -> Decimal:
        found = self.by_room.get((item_id, room_id))
        if found is None and building_id is not None:
            found = self.by_building.get((item_id, building_id))
        if found is None:
            found = self.by_item.get(item_id)
        return found if found is not None else self.items[item_id].unit_price


#: the items a new estate starts with (§5.1); the supervisor changes prices and adds others
DEFAULT_ITEMS = (
    ItemInput("WY", "物业服务费", Decimal("2.20"), Formula.AREA.value, unit="元/m²·月", late_fee=True, seq=1),
    ItemInput("DT", "电梯费", Decimal("0.35"), Formula.AREA.value, unit="元/m²·月", seq=2),
    ItemInput("TC", "停车费", Decimal("300.00"), Formula.FIXED.value, unit="元/位·月", developer_pays=False, seq=3),
    ItemInput("SF", "水费", Decimal("3.45"), Formula.METERED.value, unit="元/吨", developer_pays=False, active=False,
              seq=4),
    ItemInput("LJ", "装修垃圾清运费", Decimal("2.50"), Formula.AREA.value, ItemCategory.ONE_OFF.value, unit="元/m²",
              developer_pays=False, seq=5),
    ItemInput("GL", "装修管理费", Decimal("300.00"), Formula.FIXED.value, ItemCategory.ONE_OFF.value, unit="元/户",
              developer_pays=False, seq=6),
    ItemInput("GB", "出入证工本费", Decimal("5.00"), Formula.METERED.value, ItemCategory.ONE_OFF.value, unit="元/张",
              developer_pays=False, seq=7),
    ItemInput("PC", "赔偿费", Decimal("0.00"), Formula.FIXED.value, ItemCategory.ONE_OFF.value, unit="元/次",
              developer_pays=False, seq=8),
)


def ensure_default_items(s: Session) -> dict[str, int]:
    """The default items, added if the estate has no item of their code; their ids by code."""
    have = dict(s.execute(select(FeeItem.code, FeeItem.id)).all())
    for data in DEFAULT_ITEMS:
        if data.code not in have:
            item = FeeItem(**_checked(data))
            s.add(item)
            s.flush()
            have[item.code] = item.id
    return have
