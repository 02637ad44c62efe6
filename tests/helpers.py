"""What many tests share: a movable service clock, a small estate (one building, a few rooms, owners) and its
six months of fee bills.

    def test_x(db, admin, clock, estate):  # with ``from tests.helpers import clock, estate`` in the module
        clock.advance(hours=2)
"""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import update

from app.services import registry
from app.services.registry import BuildingInput, PersonInput, RoomInput

OWNER_ID = "11010519491231002X"      # a valid resident ID (born 1949)
OLD_DISTRICT_ID = "440304196203150414"   # 深圳福田, born 1962: the district code is younger than its holder


class Clock:
    """The time the services see (``app.services.base.now``), moved by the test."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def advance(self, **kw: float) -> None:
        self.at += timedelta(**kw)


@pytest.fixture
def clock(monkeypatch):
    c = Clock(datetime(2026, 6, 8, 9, 0))   # a Monday
    monkeypatch.setattr("app.services.base.now", c)
    return c


@pytest.fixture
def estate(db, admin):
    """Building 3, unit 2, rooms 1501/1502/1601; 王建国 owns 1502 (primary), 曾经纬 owns 1601 (a landline)."""
    return make_estate(db, admin)


def make_estate(db, admin):
    """:func:`estate` on any store (a PostgreSQL one too): the rooms' ids by code."""
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    rooms = {f"3-2-{no}": registry.save_room(db, admin, RoomInput(u, no, no[:2], "98.50"))
             for no in ("1501", "1502", "1601")}
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=OWNER_ID),
                         room_id=rooms["3-2-1502"], role="owner", is_primary=True)
    registry.save_person(db, admin, PersonInput("曾经纬", "0755-28881234", id_number=OLD_DISTRICT_ID),
                         room_id=rooms["3-2-1601"], role="owner", is_primary=True)
    return rooms


@pytest.fixture
def fees(db, admin, clock, estate):
    """Rooms 3-2-1502 (fees from 2026-03-10), 3-2-1601 (from 2026-01-01), 3-2-1501 unsold (the developer
    pays); bills of January to June posted; the items' ids by code."""
    return bill_estate(db, admin)


def bill_estate(db, admin):
    """:func:`fees` on a store that has :func:`make_estate` (a PostgreSQL one too)."""
    from app.services import catalog
    from app.services.base import unit_of_work
    from app.services.fees import billing, items
    from db.models import Room

    catalog.load_all()
    with unit_of_work(db, admin) as s:
        ids = items.ensure_default_items(s)
        s.execute(update(Room).where(Room.code == "3-2-1502").values(fee_start_date=date(2026, 3, 10)))
        s.execute(update(Room).where(Room.code == "3-2-1601").values(fee_start_date=date(2026, 1, 1)))
        s.execute(update(Room).where(Room.code == "3-2-1501").values(delivery_state="unsold"))
    for month in range(1, 7):
        billing.post(db, admin, date(2026, month, 1))
    return ids


@pytest.fixture
def pg_db():
    """A migrated PostgreSQL store of its own with the estate's accounts (``store.initialise`` and one desk
    per role as in tests/conftest.py), when FRONTDESK_TEST_PG_URL points at a server (.ci/run starts one)."""
    import os
    import uuid

    from sqlalchemy import create_engine, text

    from app.services import auth, store
    from app.services.base import system_actor, unit_of_work
    from tests.conftest import PASSWORD, ROLE_USERS
    url = os.environ.get("FRONTDESK_TEST_PG_URL")
    if not url:
        pytest.skip("FRONTDESK_TEST_PG_URL is not set")
    name = f"fd_{uuid.uuid4().hex[:12]}"
    server = create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    pg = store.open_store(url.rsplit("/", 1)[0] + "/" + name)
    store.initialise(pg, "测试小区", "admin", "王主管", PASSWORD)
    with unit_of_work(pg, system_actor()) as s:
        for role, username in ROLE_USERS.items():
            if username != "admin":
                auth.create_staff(s, username, f"{role.value}员工", role.value, PASSWORD)
    yield pg
    pg.dispose()
    with server.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    server.dispose()
