"""The record kit on PostgreSQL: the database refuses a change of posted money by its trigger, clocks run,
attachments are stored, and two desks acting on one record at once: one wins, the other is told."""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from app.domain.errors import ConflictError
from app.services import auth, clocks, records
from app.services.base import unit_of_work
from tests.db.test_postgres import PG, pg  # noqa: F401  (the per-test PostgreSQL database)
from tests.kit.test_records import PNG
from tests.kit.ticket import KIND, TicketBase, new_ticket

pytestmark = pytest.mark.skipif(not PG, reason="FRONTDESK_TEST_PG_URL is not set")


@pytest.fixture
def kit_pg(pg):  # noqa: F811
    TicketBase.metadata.create_all(pg.engine)
    records.register(KIND)
    yield pg
    records.KINDS.pop(KIND.kind, None)


def test_the_kit_on_postgres(kit_pg):
    admin = auth.sign_in(kit_pg, "admin", "secret123")
    with unit_of_work(kit_pg, admin) as s:
        tid = new_ticket(s, admin, urgency="urgent", amount=Decimal("88.00")).id
    records.act(kit_pg, admin, KIND.kind, tid, "resolve", {"result": "已修复", "photo": [("a.png", PNG)]})
    view = records.get(kit_pg, admin, KIND.kind, tid)
    assert view.status == "resolved" and view.attachments[0].is_image and view.clocks[0].state == "stopped"
    with pytest.raises(DatabaseError, match="posted amounts"):
        with kit_pg.write() as s:
            s.execute(text("UPDATE test_ticket SET amount = 1 WHERE id = :i"), {"i": tid})
    with pytest.raises(DatabaseError, match="posted amounts"):
        with kit_pg.write() as s:
            s.execute(text("DELETE FROM test_ticket WHERE id = :i"), {"i": tid})
    with kit_pg.read() as s:
        assert list(s.scalars(clocks.overdue(KIND.kind, "resolve", view.events[0].at))) == []


def test_two_desks_act_on_one_record_at_once(kit_pg):
    admin = auth.sign_in(kit_pg, "admin", "secret123")
    with unit_of_work(kit_pg, admin) as s:
        tid = new_ticket(s, admin).id
    results: list[object] = []
    start = threading.Barrier(2)

    def desk(action: str, values: dict) -> None:
        start.wait()
        try:
            records.act(kit_pg, admin, KIND.kind, tid, action, values, version=1)
            results.append("ok")
        except ConflictError as exc:
            results.append(exc)

    threads = [threading.Thread(target=desk, args=("wait", {"note": "等业主"})),
               threading.Thread(target=desk, args=("void", {"reason": "重复"}))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert sorted(map(str, results))[-1] == "ok" and sum(r == "ok" for r in results) == 1
    assert records.get(kit_pg, admin, KIND.kind, tid).status in ("waiting", "void")
