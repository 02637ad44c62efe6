"""Meter readings of metered items (§5.1): one valid reading per meter (room × item) and month, voidable;
the previous reading is the meter's last valid one. Excel import is for a later step (not yet built)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from app.domain.errors import NotFound, ValidationError
from app.domain.fees import rules
from app.domain.fees.codes import FEES_READINGS
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services.base import Actor, unit_of_work
from app.services.fees.common import room_of
from db.engine import Database
from db.models.fees import MeterReading

MSG_BACKWARDS = T("Fees", "The reading {reading} is below the previous one ({previous})")
MSG_GONE = T("Fees", "This reading no longer exists")
MSG_REASON = T("Fees", "Give the reason for voiding the reading")


def record_reading(db: Database, actor: Actor, room: int | str, item_id: int, month: date, reading: Decimal,
                   read_on: date | None = None) -> int:
    """A month's reading; a second valid one for the meter and month is refused (void the first)."""
    actor.require(FEES_READINGS)
    with unit_of_work(db, actor) as s:
        r = room_of(s, room)
        key = rules.period_key(month.replace(day=1))
        previous = s.scalar(select(MeterReading.reading).where(
            MeterReading.room_id == r.id, MeterReading.item_id == item_id, MeterReading.void_key == 0,
            MeterReading.month < key).order_by(MeterReading.month.desc()).limit(1)) or rules.ZERO
        if reading < previous:
            raise ValidationError(MSG_BACKWARDS.format(reading=reading, previous=previous), "reading")
        row = MeterReading(room_id=r.id, item_id=item_id, month=key, previous=previous, reading=reading,
                           read_on=read_on or base.now().date(), entered_by=actor.staff_id)
        s.add(row)
        s.flush()
        return int(row.id)


def void_reading(db: Database, actor: Actor, reading_id: int, reason: str) -> None:
    actor.require(FEES_READINGS)
    if not reason.strip():
        raise ValidationError(MSG_REASON, "reason")
    with unit_of_work(db, actor) as s:
        row = s.get(MeterReading, reading_id)
        if row is None or row.void_key:
            raise NotFound(MSG_GONE)
        row.void_key, row.void_reason = row.id, reason.strip()[:200]
