"""Meter readings: one reading, a meter reader's round in one unit of work, the previous reading carried, a
reading below the previous refused (nothing of the round kept), the water bill from the readings."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.errors import NotFound, ValidationError
from app.services.base import unit_of_work
from app.services.fees import billing, readings
from db.models.fees import FeeBill, FeeItem, MeterReading

D = Decimal


def test_a_round_of_readings_carries_the_previous_and_bills_the_water(db, admin, fees):
    water = fees["SF"]
    rooms = ["3-2-1502", "3-2-1601"]
    first = readings.record_readings(db, admin, water, date(2026, 5, 1), {r: D("100.00") for r in rooms})
    assert len(first) == 2
    one = readings.record_reading(db, admin, "3-2-1502", water, date(2026, 6, 1), D("112.50"))
    with db.read() as s:
        row = s.get(MeterReading, one)
        assert (row.previous, row.reading, row.month) == (D("100.00"), D("112.50"), "2026-06")
    readings.record_readings(db, admin, water, date(2026, 6, 1), {"3-2-1601": D("108.00")})
    with unit_of_work(db, admin) as s:
        s.get(FeeItem, water).active = True
    billing.post(db, admin, date(2026, 6, 1), [water])
    with db.read() as s:
        amounts = sorted(s.scalars(select(FeeBill.quantity)
                                   .where(FeeBill.item_id == water, FeeBill.period == "2026-06")))
    assert amounts == [D("8.00"), D("12.50")]


def test_a_reading_below_the_previous_refuses_the_whole_round(db, admin, fees):
    water = fees["SF"]
    readings.record_readings(db, admin, water, date(2026, 5, 1), {"3-2-1502": D("50"), "3-2-1601": D("80")})
    with pytest.raises(ValidationError) as e:
        readings.record_readings(db, admin, water, date(2026, 6, 1), {"3-2-1502": D("60"), "3-2-1601": D("79")})
    assert "79" in str(e.value) and "80" in str(e.value)
    with pytest.raises(NotFound):
        readings.record_readings(db, admin, water, date(2026, 6, 1), {"9-9-9999": D("1")})
    with db.read() as s:
        assert s.scalars(select(MeterReading.month).where(MeterReading.month == "2026-06")).all() == []
