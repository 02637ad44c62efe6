"""The billing run (出账, §5.2): one bill per room × item × period, previewed, then posted idempotently.

:func:`preview` says what a run would post (count, total, per item, the exceptions: rooms without a fee start
date, metered rooms without a reading) and how many bills of the period exist already; :func:`post` inserts the
missing ones in chunks (``executemany`` of plain rows) with progress and cancel between chunks, in one unit of
work, so a cancelled run keeps nothing and a second run of the period adds nothing: the bills' UNIQUE
(room, item, period) among live bills is the last word.

Amounts: the item's formula at the price in force on the period's first day (room standard, else building's,
else the item's), × the room's fee coefficient for area items, pro-rated by days from the room's fee start
date. A room not handed over with no fee start date is billed to the developer when the item says so.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.domain.enums import DeliveryState
from app.domain.errors import ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_SETUP, BillStatus, Formula, ItemCategory
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import audit, base
from app.services.base import Actor, unit_of_work
from app.services.fees.common import Cancel, Progress
from app.services.fees.items import PriceTable
from db.engine import Database
from db.models import Room, Unit
from db.models.fees import FeeBill, FeeItem, MeterReading

ZERO = rules.ZERO
CHUNK = 2500
MSG_NO_START = T("Fees", "{item}: {n} rooms have no fee start date and are not billed")
MSG_NO_READING = T("Fees", "{item}: {n} rooms have no meter reading for {month}")
MSG_NO_ITEMS = T("Fees", "No active periodic fee item starts a period in {month}")


@dataclass(frozen=True)
class ItemTotal:
    item_id: int
    name: str
    count: int
    total: Decimal


@dataclass
class BillingPlan:
    """What a run of a period posts: the new bills' rows, and what it found."""

    period: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    existing: int = 0
    exceptions: list[str] = field(default_factory=list)
    by_item: list[ItemTotal] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def total(self) -> Decimal:
        return sum((r["amount"] for r in self.rows), ZERO)


@dataclass(frozen=True)
class BillingResult:
    period: str
    created: int
    existing: int
    total: Decimal
    cancelled: bool
    exceptions: tuple[str, ...]


def _items(s: Session, month: date, item_ids: Sequence[int] | None) -> list[FeeItem]:
    query = select(FeeItem).where(FeeItem.active.is_(True), FeeItem.category == ItemCategory.PERIODIC.value)
    if item_ids:
        query = query.where(FeeItem.id.in_(list(item_ids)))
    found = []
    for item in s.scalars(query.order_by(FeeItem.seq, FeeItem.id)):
        start, end = rules.period_of(month, item.cycle_months)
        if (month.month - 1) % item.cycle_months:
            continue
        if (item.effective_from and item.effective_from > end) or (item.effective_to and item.effective_to < start):
            continue
        found.append(item)
    return found


def plan_in(s: Session, actor: Actor, month: date, item_ids: Sequence[int] | None = None, *,
            room_ids: Sequence[int] | None = None) -> BillingPlan:
    """The bills a run of ``month`` would add (nothing written); ``room_ids``: of these rooms only."""
    month = month.replace(day=1)
    plan = BillingPlan(rules.period_key(month))
    items = _items(s, month, item_ids)
    if not items:
        plan.exceptions.append(str(MSG_NO_ITEMS.format(month=plan.period)))
        return plan
    prices = PriceTable.load(s, [i.id for i in items], month)
    room_query = select(Room.id, Room.area, Room.fee_coefficient, Room.fee_start_date, Room.delivery_state,
                        Unit.building_id).join(Unit, Unit.id == Room.unit_id)
    if room_ids is not None:
        room_query = room_query.where(Room.id.in_(list(room_ids)))
    rooms = s.execute(room_query.order_by(Room.id)).all()
    now, by = base.now(), actor.staff_id
    for item in items:
        start, end = rules.period_of(month, item.cycle_months)
        due = rules.due_date(start, item.due_day)
        have = set(s.scalars(select(FeeBill.room_id).where(FeeBill.item_id == item.id, FeeBill.period == plan.period,
                                                           FeeBill.void_key == 0)))
        plan.existing += len(have)
        usage: dict[int, Decimal] = {}
        if item.formula == Formula.METERED.value:
            usage = {rid: cur - prev for rid, cur, prev in s.execute(
                select(MeterReading.room_id, MeterReading.reading, MeterReading.previous).where(
                    MeterReading.item_id == item.id, MeterReading.month == plan.period, MeterReading.void_key == 0))}
        no_start = no_reading = 0
        count, total = 0, ZERO
        formula, rounding, places, months = item.formula, item.rounding, item.places, item.cycle_months
        for rid, area, coefficient, fee_start, delivery, building_id in rooms:
            if rid in have:
                continue
            developer = False
            if fee_start is None or fee_start > end:
                if item.developer_pays and delivery != DeliveryState.DELIVERED.value:
                    developer, fee_start = True, None
                elif fee_start is None:
                    no_start += 1
                    continue
                else:
                    continue
            if formula == Formula.METERED.value:
                if rid not in usage:
                    no_reading += 1
                    continue
                quantity = usage[rid]
            elif formula == Formula.AREA.value:
                quantity = area
            else:
                quantity = Decimal(1)
            price = prices.price(item.id, building_id, rid)
            amount = rules.bill_amount(formula, price, quantity=quantity, months=months, coefficient=coefficient,
                                       rounding=rounding, places=places)
            amount = rules.prorate(amount, start, end, fee_start, rounding, places)
            if amount <= 0:
                continue
            plan.rows.append({"room_id": rid, "item_id": item.id, "period": plan.period, "period_start": start,
                              "period_end": end, "quantity": quantity, "unit_price": price, "amount": amount,
                              "due_date": due, "paid": ZERO, "waived": ZERO, "outstanding": amount,
                              "status": "open", "developer": developer, "created_at": now, "created_by": by,
                              "void_key": 0, "void_reason": ""})
            count += 1
            total += amount
        plan.by_item.append(ItemTotal(item.id, item.name, count, total))
        if no_start:
            plan.exceptions.append(str(MSG_NO_START.format(item=item.name, n=no_start)))
        if no_reading:
            plan.exceptions.append(str(MSG_NO_READING.format(item=item.name, n=no_reading, month=plan.period)))
    return plan


def preview(db: Database, actor: Actor, month: date, items: Sequence[int] | None = None) -> BillingPlan:
    """What :func:`post` would do for ``month`` (count, total, per item, exceptions, bills already there)."""
    actor.require(FEES_SETUP)
    with db.read() as s:
        return plan_in(s, actor, month, items)


def post(db: Database, actor: Actor, month: date, items: Sequence[int] | None = None, *,
         progress: Progress | None = None, cancel: Cancel | None = None) -> BillingResult:
    """Post the period's missing bills; a cancel between chunks rolls the whole run back."""
    actor.require(FEES_SETUP)

    class _Cancelled(Exception):
        pass

    plan = BillingPlan("")
    try:
        with unit_of_work(db, actor) as s:
            plan = plan_in(s, actor, month, items)
            table: Any = FeeBill.__table__
            done = 0
            for i in range(0, plan.count, CHUNK):
                if cancel is not None and cancel():
                    raise _Cancelled
                s.execute(insert(table), plan.rows[i:i + CHUNK])
                done = min(plan.count, i + CHUNK)
                if progress is not None:
                    progress(done, plan.count)
            if cancel is not None and cancel():   # asked once more before the commit
                raise _Cancelled
            if plan.count:
                audit.record(s, "billing_run", "fee_bill", plan.period,
                             after={"period": plan.period, "bills": plan.count, "total": str(plan.total)})
    except _Cancelled:
        return BillingResult(plan.period, 0, plan.existing, ZERO, True, tuple(plan.exceptions))
    return BillingResult(plan.period, plan.count, plan.existing, plan.total, False, tuple(plan.exceptions))


MSG_HANDED_OVER = T("Fees", "Handed over: billed to the owner from the fee start date {start}")


def _release_developer_bills(s: Session, actor: Actor, room_id: int, month: date) -> None:
    """Void the room's developer bills of ``month`` that nothing was paid or waived on, so that the owner is
    billed for the period from the fee start date: a billing run before the move-in must not leave the owner's
    first period unbilled (§4.13 step 4, §5.2). A bill the developer paid stays (the period is covered)."""
    room = s.get(Room, room_id)
    assert room is not None
    bills = s.scalars(select(FeeBill).where(
        FeeBill.room_id == room_id, FeeBill.period == rules.period_key(month.replace(day=1)),
        FeeBill.developer.is_(True), FeeBill.void_key == 0, FeeBill.paid == 0, FeeBill.waived == 0)).all()
    reason = str(MSG_HANDED_OVER.format(start=room.fee_start_date.isoformat() if room.fee_start_date else ""))
    for bill in bills:
        bill.status, bill.void_key = BillStatus.VOID.value, bill.id
        bill.void_reason, bill.voided_by, bill.outstanding = reason[:200], actor.staff_id, ZERO
        audit.record(s, "void_bill", "fee_bill", str(bill.id), after={"period": bill.period, "reason": reason})
    if bills:
        s.flush()


def bill_room_in(s: Session, actor: Actor, room_id: int, month: date) -> int:
    """Post one room's missing periodic bills of ``month`` in an open unit of work (a move-in bills the first
    period from the fee start date and the months paid ahead, replacing the developer's unpaid bills of those
    periods); returns how many were posted."""
    _release_developer_bills(s, actor, room_id, month)
    plan = plan_in(s, actor, month, room_ids=[room_id])
    if plan.rows:
        table: Any = FeeBill.__table__
        s.execute(insert(table), plan.rows)
    return plan.count


def one_off_in(s: Session, actor: Actor, room_id: int, item_id: int, *, quantity: Decimal = Decimal(1),
               day: date | None = None, price: Decimal | None = None) -> FeeBill:
    """A one-off bill (装修垃圾清运费, 出入证工本费 …) for a room, posted now: the workflows' way to charge
    a fee they then collect with :func:`app.services.fees.counter.collect_in`. ``price``: the unit price of
    this charge instead of the item's (a fee priced per case: a compensation at move-out)."""
    item = s.get(FeeItem, item_id)
    if item is None:
        raise ValidationError(T("Fees", "This fee item no longer exists"), "item")
    room = s.get(Room, room_id)
    assert room is not None
    today = day or base.now().date()
    building = s.scalar(select(Unit.building_id).where(Unit.id == room.unit_id))
    if price is None:
        price = PriceTable.load(s, [item.id], today).price(item.id, building, room.id)
    qty = room.area if item.formula == Formula.AREA.value and quantity == 1 else quantity
    amount = rules.bill_amount(item.formula, price, quantity=qty, rounding=item.rounding, places=item.places)
    # a one-off bill's period is its day and a letter: a second charge of the item that day is another bill
    charged = len(s.scalars(select(FeeBill.id).where(FeeBill.room_id == room.id, FeeBill.item_id == item.id,
                                                     FeeBill.period_start == today)).all())
    key = f"{today:%y%m%d}{chr(ord('a') + charged % 26)}"
    bill = FeeBill(room_id=room.id, item_id=item.id, period=key, period_start=today, period_end=today,
                   quantity=qty, unit_price=price, amount=amount, due_date=today, paid=ZERO, waived=ZERO,
                   outstanding=amount, status="open", created_at=base.now(), created_by=actor.staff_id)
    s.add(bill)
    s.flush()
    return bill
