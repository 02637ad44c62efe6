"""Meter readings of metered items (§5.1): one valid reading per meter (room × item) and month, voidable;
the previous reading is the meter's last valid one. Excel import is for a later step (not yet built)."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_READINGS
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services.base import Actor, unit_of_work
from app.services.fees.common import room_of
from db.engine import Database
from db.models import Room
from db.models.fees import MeterReading

MSG_BACKWARDS = T("Fees", "The reading {reading} is below the previous one ({previous})")
MSG_GONE = T("Fees", "This reading no longer exists")
MSG_REASON = T("Fees", "Give the reason for voiding the reading")


def record_reading(db: Database, actor: Actor, room: int | str, item_id: int, month: date, reading: Decimal,
                   read_on: date | None = None) -> int:
    """A month's reading; a second valid one for the meter and month is refused (void the first)."""
    actor.require(FEES_READINGS)
    with unit_of_work(db, actor) as s:
        return record_readings_in(s, actor, item_id, month, {room: reading}, read_on)[0]


def record_readings(db: Database, actor: Actor, item_id: int, month: date, readings: Mapping[int | str, Decimal],
                    read_on: date | None = None) -> list[int]:
    """A month's readings of many meters (a round of the meter reader), in one unit of work: all or none."""
    actor.require(FEES_READINGS)
    with unit_of_work(db, actor) as s:
        return record_readings_in(s, actor, item_id, month, readings, read_on)


def record_readings_in(s: Session, actor: Actor, item_id: int, month: date, readings: Mapping[int | str, Decimal],
                       read_on: date | None = None) -> list[int]:
    """:func:`record_readings` in an open unit of work: the ids of the new readings, in the order given. Each
    meter's previous reading is its last valid one before ``month``; a reading below it is refused."""
    actor.require(FEES_READINGS)
    key = rules.period_key(month.replace(day=1))
    known = set(s.scalars(select(Room.id).where(Room.id.in_([r for r in readings if isinstance(r, int)]))))
    rooms = [(room if room in known else room_of(s, room).id, reading) for room, reading in readings.items()]
    ids = [rid for rid, _reading in rooms]
    last = (select(MeterReading.room_id, func.max(MeterReading.month).label("month"))
            .where(MeterReading.room_id.in_(ids), MeterReading.item_id == item_id, MeterReading.void_key == 0,
                   MeterReading.month < key).group_by(MeterReading.room_id).subquery())
    previous = dict(s.execute(select(MeterReading.room_id, MeterReading.reading).join(
        last, (last.c.room_id == MeterReading.room_id) & (last.c.month == MeterReading.month))
        .where(MeterReading.item_id == item_id, MeterReading.void_key == 0)).all())
    day = read_on or base.now().date()
    rows = []
    for rid, reading in rooms:
        before = previous.get(rid, rules.ZERO)
        if reading < before:
            raise ValidationError(MSG_BACKWARDS.format(reading=reading, previous=before), "reading")
        rows.append(MeterReading(room_id=rid, item_id=item_id, month=key, previous=before, reading=reading,
                                 read_on=day, entered_by=actor.staff_id))
    s.add_all(rows)
    s.flush()
    return [int(row.id) for row in rows]


def void_reading(db: Database, actor: Actor, reading_id: int, reason: str) -> None:
    actor.require(FEES_READINGS)
    if not reason.strip():
        raise ValidationError(MSG_REASON, "reason")
    with unit_of_work(db, actor) as s:
        row = s.get(MeterReading, reading_id)
        if row is None or row.void_key:
            raise NotFound(MSG_GONE)
        row.void_key, row.void_reason = row.id, reason.strip()[:200]
