"""Arrears (欠费, §5.3 and step 5 of §4.15): the aging per room, building and estate in one aggregate query on
``ix_fee_bill_aging``, ``arrears_of(room)`` for the cross-workflow guards, ``settle_to`` for move-out, and the
reminders logged (phone, SMS, visit, the two notices). Nothing here, or anywhere, cuts a supply (§8.6)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, case, func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_COLLECT, FEES_VIEW, OWING, Aging, Channel
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services.base import Actor, unit_of_work
from app.services.fees import counter as desk
from app.services.fees.common import room_of
from db.engine import Database
from db.models import Room, Unit
from db.models.fees import FeeBill, FeeReminder

ZERO = rules.ZERO
MSG_NO_ROOMS = T("Fees", "Choose the rooms to remind")
MSG_NO_REMINDER = T("Fees", "This reminder no longer exists")
MSG_NONE_OWES = T("Fees", "None of the chosen rooms has arrears overdue")


@dataclass(frozen=True)
class Arrears:
    """What a room owes overdue: the guards ask ``bool(arrears)``."""

    room_id: int
    amount: Decimal
    bills: int
    oldest_due: date | None

    def __bool__(self) -> bool:
        return self.amount > 0


def arrears_of(s: Session, room: Room | int | str, today: date | None = None) -> Arrears:
    """The room's overdue arrears on ``today`` (bills due before it with something left to pay)."""
    r = room_of(s, room)
    day = today or base.now().date()
    amount, count, oldest = s.execute(
        select(func.coalesce(func.sum(FeeBill.outstanding), 0), func.count(), func.min(FeeBill.due_date))
        .where(FeeBill.room_id == r.id, FeeBill.status.in_(OWING), FeeBill.due_date < day)).one()
    return Arrears(r.id, amount if isinstance(amount, Decimal) else Decimal(amount) / 100, int(count), oldest)


@dataclass(frozen=True)
class AgingRow:
    """One bucket of the aging: this year's and earlier years' arrears, amount and households."""

    bucket: Aging
    this_year: Decimal
    earlier: Decimal
    households: int

    @property
    def amount(self) -> Decimal:
        return self.this_year + self.earlier


def _fen(value: object) -> Decimal:
    return Decimal(int(value or 0)) / 100   # type: ignore[call-overload]


def aging(db: Database, actor: Actor, *, today: date | None = None, building_id: int | None = None,
          room_id: int | None = None) -> list[AgingRow]:
    """The aging of the estate (or of a building, or a room): per bucket, 本年/往年 and households owing."""
    actor.require(FEES_VIEW)
    day = today or base.now().date()
    cutoffs = rules.aging_cutoffs(day)
    bucket = case(*[(FeeBill.due_date <= cut, b.value) for b, cut in reversed(cutoffs[1:])], else_=Aging.M1.value)
    year_start = date(day.year, 1, 1)
    raw = FeeBill.__table__.c   # integer fen, summed without the Decimal type per row
    query = (select(bucket.label("bucket"),
                    func.sum(case((raw.due_date >= year_start, raw.outstanding), else_=0), type_=Integer),
                    func.sum(case((raw.due_date < year_start, raw.outstanding), else_=0), type_=Integer),
                    func.count(func.distinct(raw.room_id)))
             .where(raw.status.in_(OWING), raw.due_date < day).group_by("bucket"))
    if room_id is not None:
        query = query.where(raw.room_id == room_id)
    if building_id is not None:
        query = query.where(raw.room_id.in_(select(Room.id).join(Unit, Unit.id == Room.unit_id)
                                            .where(Unit.building_id == building_id)))
    with db.read() as s:
        grouped: list[Any] = list(s.execute(query))
        found: dict[str, tuple[Any, Any, Any]] = {b: (this, earlier, n) for b, this, earlier, n in grouped}
    return [AgingRow(b, _fen(found.get(b.value, (0, 0, 0))[0]), _fen(found.get(b.value, (0, 0, 0))[1]),
                     int(found.get(b.value, (0, 0, 0))[2])) for b in Aging]


@dataclass(frozen=True)
class RoomArrears:
    room_id: int
    room_code: str
    amount: Decimal
    bills: int
    oldest_due: date

    @property
    def sort_key(self) -> str:   # the keyset of owing_rooms (lists, printed lists and exports page on it)
        return self.room_code

    def aging(self, today: date) -> Aging:
        """The bucket of its oldest overdue bill."""
        return rules.aging_of(self.oldest_due, today)


def owing_rooms(db: Database, actor: Actor, *, today: date | None = None, building_id: int | None = None,
                limit: int = 200, after: str = "") -> list[RoomArrears]:
    """Rooms with overdue arrears, by room code (keyset after ``after``): the arrears list and its notices."""
    actor.require(FEES_VIEW)
    day = today or base.now().date()
    raw = FeeBill.__table__.c
    query = (select(Room.id, Room.code, func.sum(raw.outstanding, type_=Integer), func.count(), func.min(raw.due_date))
             .join(Room, Room.id == raw.room_id)
             .where(raw.status.in_(OWING), raw.due_date < day, Room.code > after)
             .group_by(Room.id, Room.code).order_by(Room.code).limit(limit))
    if building_id is not None:
        query = query.join(Unit, Unit.id == Room.unit_id).where(Unit.building_id == building_id)
    with db.read() as s:
        rows: list[Any] = list(s.execute(query))
        return [RoomArrears(i, c, _fen(a), int(n), d) for i, c, a, n, d in rows]


@dataclass(frozen=True)
class Settlement:
    """What a room must pay to leave on ``day``: bills due by then, their late fees, less the balance."""

    room_id: int
    day: date
    bills: tuple[desk.OwedBill, ...]
    late_fees: Decimal
    balance: Decimal
    deposits_held: Decimal

    @property
    def owed(self) -> Decimal:
        return sum((b.outstanding for b in self.bills), ZERO) + self.late_fees

    @property
    def to_pay(self) -> Decimal:
        return max(ZERO, self.owed - self.balance)


def settle_to(db: Database, actor: Actor, room: int | str, day: date) -> Settlement:
    """The settlement of a room up to ``day`` (move-out): every bill whose period starts by then."""
    actor.require(FEES_VIEW)
    with db.read() as s:
        view = desk.counter_in(s, room, day)
    bills = tuple(b for b in view.bills if b.period_start <= day)
    return Settlement(view.room_id, day, bills, sum((b.late_fee for b in bills), ZERO), view.balance,
                      sum((d[3] for d in view.deposits), ZERO))


def remind(db: Database, actor: Actor, room: int | str, channel: Channel | str, note: str = "",
           at: datetime | None = None) -> int:
    """Log a reminder given (phone, SMS, visit, 催款通知书, 最后缴款通知书) with the arrears it named."""
    actor.require(FEES_COLLECT)
    with unit_of_work(db, actor) as s:
        owed = arrears_of(s, room)
        row = FeeReminder(room_id=owed.room_id, channel=Channel(channel).value, amount=owed.amount,
                          note=note.strip(), at=at or base.now(), by=actor.staff_id)
        s.add(row)
        s.flush()
        return int(row.id)


def remind_batch(db: Database, actor: Actor, rooms: Sequence[int | str], channel: Channel | str, note: str = ""
                 ) -> list[int]:
    """Log one reminder per room of a selection at one moment (a batch of letters prints together: its
    number is the first reminder's, app.services.fees.printing.reminder_number); rooms without arrears are
    left out. The reminders' ids, in the rooms' order."""
    actor.require(FEES_COLLECT)
    if not rooms:
        raise ValidationError(MSG_NO_ROOMS, "rooms")
    at = base.now()
    ids = []
    with unit_of_work(db, actor) as s:
        for room in rooms:
            owed = arrears_of(s, room)
            if not owed:
                continue
            row = FeeReminder(room_id=owed.room_id, channel=Channel(channel).value, amount=owed.amount,
                              note=note.strip(), at=at, by=actor.staff_id)
            s.add(row)
            s.flush()
            ids.append(int(row.id))
    if not ids:
        raise ValidationError(MSG_NONE_OWES, "rooms")
    return ids


def reminder_number_of(db: Database, actor: Actor, reminder_id: int) -> str:
    """The number a reminder's letter prints (the batch's number when it is the first of its batch)."""
    actor.require(FEES_VIEW)
    from app.services.fees.printing import reminder_number
    with db.read() as s:
        row = s.get(FeeReminder, reminder_id)
        if row is None:
            raise NotFound(MSG_NO_REMINDER)
        return reminder_number(row)


def reminders_of(db: Database, actor: Actor, room: int | str) -> list[FeeReminder]:
    actor.require(FEES_VIEW)
    with db.read() as s:
        r = room_of(s, room)
        return list(s.scalars(select(FeeReminder).where(FeeReminder.room_id == r.id)
                              .order_by(FeeReminder.at.desc())))
