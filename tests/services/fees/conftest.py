"""A small estate with fee items, fee start dates and six months of bills (January to June 2026)."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from app.services import catalog
from app.services.base import unit_of_work
from app.services.fees import billing, items
from db.models import Room
from tests.helpers import clock, estate  # noqa: F401  (fixtures)

catalog.load_all()


@pytest.fixture
def fees(db, admin, clock, estate):  # noqa: F811
    """Rooms 3-2-1502 (fees from 2026-03-10), 3-2-1601 (from 2026-01-01), 3-2-1501 unsold (the developer
    pays); bills of January to June posted; the items' ids by code."""
    return bill_estate(db, admin)


def bill_estate(db, admin):
    """:func:`fees` on a store that has :func:`tests.helpers.make_estate` (a PostgreSQL one too)."""
    with unit_of_work(db, admin) as s:
        ids = items.ensure_default_items(s)
        s.execute(update(Room).where(Room.code == "3-2-1502").values(fee_start_date=date(2026, 3, 10)))
        s.execute(update(Room).where(Room.code == "3-2-1601").values(fee_start_date=date(2026, 1, 1)))
        s.execute(update(Room).where(Room.code == "3-2-1501").values(delivery_state="unsold"))
    for month in range(1, 7):
        billing.post(db, admin, date(2026, month, 1))
    return ids
