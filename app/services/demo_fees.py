"""The demo's fees: a year of billing and collection at the desk, made through the fees services as the demo
accounts, each step at its own past moment (:func:`app.services.demo_complaints.at` moves the service clock).

* items (客服主管): 物业服务费 (area × 2.20 元/m²·月, late fees possible), 车位管理费 (80 元/位·月 for the rooms
  with a parking space: a room standard, the item's own price is 0), 水费 (metered, 3.45 元/吨, a reading of
  every handed-over room each month by the meter reader);
* billing runs on the first of each month, from thirteen months ago to this month (so a bill is over twelve
  months overdue);
* payments at the counter by the 接待员 (微信, 支付宝, POS, cash with change, transfers, a few split over two
  methods): most households paid up after last month's due date; some one to three months behind; a few
  that have not paid for over a year; the developer pays its unsold and not-handed-over rooms by transfer;
* every past day with receipts is closed by the cashier and checked by the supervisor; today is open with
  a few receipts, one voided, a 装修押金 taken and a refund of an older deposit waiting for the review.
"""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from app.domain.enums import DeliveryState, OccupancyState, RoomType
from app.domain.fees import rules
from app.domain.fees.codes import Formula, PayMethod
from app.services.base import unit_of_work
from app.services.demo_complaints import at, counter_time
from app.services.fees import billing, closing, counter, deposits, items, readings, receipts
from db.models import Room

FIRST_MONTHS_AGO = 13
WATER_PRICE, PARKING_PRICE = Decimal("3.45"), Decimal("80.00")


def _month(today: date, back: int) -> date:
    y, m = divmod(today.year * 12 + today.month - 1 - back, 12)
    return date(y, m + 1, 1)


def _workday(day: date) -> date:
    while day.weekday() == 6:          # the desk collects on Saturdays, not on Sundays
        day -= timedelta(days=1)
    return day


def _tenders(rng: random.Random, due: Decimal, method: str) -> list[tuple[str, Decimal]]:
    if method == PayMethod.CASH.value:
        given = (due / 100).to_integral_value(rounding="ROUND_CEILING") * 100   # round notes: change back
        return [(method, given)]
    if method == "split":                                                      # part cash, the rest by WeChat
        cash = min(due, Decimal(rng.choice((200, 300, 500))))
        return [(PayMethod.CASH.value, cash), (PayMethod.WECHAT.value, due - cash)] if due > cash else \
            [(PayMethod.CASH.value, cash)]
    return [(method, due)]


def estate_items(db: Any, boss: Any, clock: datetime) -> dict[str, int]:
    """The demo's three fee items by code, set up by the supervisor before the first billing run (made once: the
    move-ins, seeded before the fees, collect their first period with them)."""
    with db.read() as s:
        from db.models.fees import FeeItem
        have = dict(s.execute(select(FeeItem.code, FeeItem.id)).all())
    wanted = (items.ItemInput("WY", "物业服务费", Decimal("2.20"), Formula.AREA.value, unit="元/m²·月",
                              late_fee=True, seq=1),
              items.ItemInput("CW", "车位管理费", Decimal(0), Formula.FIXED.value, unit="元/位·月",
                              developer_pays=False, seq=2),
              items.ItemInput("SF", "水费", WATER_PRICE, Formula.METERED.value, unit="元/吨",
                              developer_pays=False, seq=3))
    first = _month(clock.date(), FIRST_MONTHS_AGO)
    with at(datetime.combine(first, time(9)) - timedelta(days=3)):
        for data in wanted:
            if data.code not in have:
                have[data.code] = items.save_item(db, boss, data)
    return have


def seed(db: Any, who: dict[str, Any], clock: datetime, developer: str, *, seed: int = 1) -> str:
    boss, desk = who["boss"], who["desk"]
    rng = random.Random(seed * 7919)
    today = clock.date()
    months = [_month(today, back) for back in range(FIRST_MONTHS_AGO, -1, -1)]
    start = datetime.combine(months[0], time(9))

    # -- items, the parking spaces' standards ----------------------------------------------------------------
    ids = estate_items(db, boss, clock)
    cw, sf = ids["CW"], ids["SF"]
    with db.read() as s:
        rooms = s.execute(select(Room.id, Room.code, Room.room_type, Room.delivery_state, Room.occupancy_state,
                                 Room.fee_start_date).order_by(Room.id)).all()
    delivered = [r for r in rooms if r.delivery_state == DeliveryState.DELIVERED.value and r.fee_start_date]
    lived_in = {r.id for r in delivered if r.occupancy_state in (OccupancyState.OWNER_OCCUPIED.value,
                                                                 OccupancyState.RENTED.value)}
    parking = [r.id for r in delivered if r.id in lived_in and r.room_type == RoomType.RESIDENTIAL.value
               and rng.random() < 0.3]
    with at(start - timedelta(days=3)), unit_of_work(db, boss) as s:
        for rid in parking:
            items.standard_in(s, cw, PARKING_PRICE, months[0], room_id=rid)

    # -- the meter reader's rounds and the billing runs --------------------------------------------------------
    meters = {r.id: Decimal(rng.randint(100, 2000)) for r in delivered}
    clerk = who["clerk"]
    for n, month in enumerate([_month(months[0], 1), *months]):
        for rid in meters:
            used = rng.randint(6, 22) if rid in lived_in else rng.randint(0, 1)
            meters[rid] += Decimal(used) if n else 0
        with at(datetime.combine(month, time(8, 30))):
            readings.record_readings(db, clerk, sf, month, dict(meters), read_on=month)
        if n:
            with at(datetime.combine(month, time(9))):
                billing.post(db, boss, month)

    # -- who pays how ------------------------------------------------------------------------------------------
    with db.read() as s:
        from db.models.fees import FeeBill
        billed = s.execute(select(FeeBill.room_id, FeeBill.developer).distinct()).all()
    households = sorted({rid for rid, dev in billed if not dev})
    developers = sorted({rid for rid, dev in billed if dev})
    rng.shuffle(households)
    over_a_year = households[:4]
    behind = {rid: rng.randint(1, 3) for rid in households[4:4 + len(households) // 8]}
    paid_up = households[4 + len(households) // 8:]
    dues = sorted(rules.due_date(m, 15) for m in months if rules.due_date(m, 15) < today)
    window = [d for d in (dues[-1] + timedelta(days=i + 1) for i in range(40)) if d < today]
    if len(window) < 5:        # just after a due date: the payers of the last weeks paid what was billed then
        window = [today - timedelta(days=i) for i in range(20, 0, -1)]
    methods = [PayMethod.WECHAT.value] * 8 + [PayMethod.ALIPAY.value] * 4 + [PayMethod.POS.value] * 3 + \
        [PayMethod.CASH.value] * 3 + [PayMethod.TRANSFER.value] + ["split"]
    plan: dict[date, list[tuple[int, date, str, str]]] = defaultdict(list)   # day → (room, due up to, method)
    far = date.max
    for rid in paid_up:        # everything billed by the day they pay
        plan[_workday(rng.choice(window))].append((rid, far, rng.choice(methods), ""))
    for rid, owed in behind.items():
        up_to = dues[-1 - owed]
        day = min(up_to + timedelta(days=rng.randint(1, 20)), today - timedelta(days=1))
        plan[_workday(day)].append((rid, up_to, rng.choice(methods), ""))
    for rid in developers:
        plan[_workday(rng.choice(window))].append((rid, far, PayMethod.TRANSFER.value, developer[:60]))

    # -- the counter, day by day; every past day closed and checked -------------------------------------------
    deposit_days = sorted(plan)[-6:-2]
    old_deposit = 0
    closed = 0
    for day in sorted(plan):
        if day >= today:
            continue
        moment = datetime.combine(day, time(9, 5))
        payments = list(enumerate(plan[day]))
        for chunk in range(0, len(payments), 8):     # a few receipts a unit of work: the session stays small
            with at(moment), unit_of_work(db, desk) as s:
                for k, (rid, up_to, method, payer) in payments[chunk:chunk + 8]:
                    with at(moment + timedelta(minutes=3 * k)):
                        bills = [(b.id, b.outstanding) for b in s.execute(counter.owed_query(rid))
                                 if b.due_date <= up_to and b.period_start <= day]
                        if bills:
                            due = sum((a for _b, a in bills), Decimal(0))
                            counter.collect_in(s, desk, rid, counter.Payment(
                                bills=[b for b, _a in bills], tenders=_tenders(rng, due, method), payer=payer))
        if day == (deposit_days[0] if deposit_days else None):
            with at(moment + timedelta(hours=6)), unit_of_work(db, desk) as s:
                    home = rng.choice(parking or households)
                    dep, _issued = deposits.take_deposit_in(s, desk, home, "renovation", Decimal("3000.00"),
                                                            [(PayMethod.POS.value, Decimal("3000.00"))],
                                                            source="装修申请")
                    s.flush()
                    old_deposit = int(dep.id)
        with at(datetime.combine(day, time(17, 30))):
            expected = closing.summary(db, desk, day).cash
            cid = closing.close_day(db, desk, day, expected, handed_to="财务部", handin_ref=f"JK{day:%Y%m%d}")
        with at(datetime.combine(day, time(17, 45))):
            closing.check_closing(db, boss, cid)
        closed += 1

    # -- today at the counter: a few receipts (one voided), a renovation deposit, a refund to review ----------
    def now_minus(minutes: int) -> datetime:
        return counter_time(clock, minutes)

    owing = list(behind)[:4]
    issued = []
    for k, rid in enumerate(owing):
        with at(now_minus(50 - 10 * k)), unit_of_work(db, desk) as s:
            bills = [(b.id, b.outstanding) for b in s.execute(counter.owed_query(rid)) if b.due_date < today][:1]
            if bills:
                issued.append(counter.collect_in(s, desk, rid, counter.Payment(
                    bills=[bills[0][0]], tenders=_tenders(rng, bills[0][1], methods[k * 4 % len(methods)]))))
    if issued:
        with at(now_minus(12)):
            receipts.void(db, desk, issued[-1].receipt_id, "收款方式选错（业主改用支付宝），作废重开")
    renovator = rng.choice([r for r in households if r not in over_a_year])
    with at(now_minus(8)):
        deposits.take_deposit(db, desk, renovator, "renovation", Decimal("3000.00"),
                              [(PayMethod.WECHAT.value, Decimal("3000.00"))], source="装修申请")
    if old_deposit:
        with at(now_minus(5)):
            deposits.apply_refund(db, desk, old_deposit, Decimal("2800.00"), deduction=Decimal("200.00"),
                                  deduction_reason="装修垃圾未按规定清运，清运费200元", reason="装修完工，复验合格")
    return (f"fees: 3 items, {len(months)} billing runs, {len(households)} households paying "
            f"({len(behind)} behind, {len(over_a_year)} over a year), {closed} days closed and checked, "
            f"today {len(issued)} receipts (1 void), a deposit and a refund to review")


__all__ = ["seed"]
