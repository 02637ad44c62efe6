"""The same models, migrations and services on PostgreSQL, as several desks of one estate use them.

Runs when FRONTDESK_TEST_PG_URL points at a server where the user may create databases (.ci/run starts one);
each test gets a database of its own.
"""
import os
import threading
import uuid

import pytest
from sqlalchemy import create_engine, text

from app.services import audit, auth, registry, search, store
from app.services.base import system_actor, unit_of_work
from db.engine import Database

PG = os.environ.get("FRONTDESK_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG, reason="FRONTDESK_TEST_PG_URL is not set")


@pytest.fixture
def pg():
    name = f"fd_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG.rsplit("/", 1)[0] + "/" + name
    db = store.open_store(url)
    store.initialise(db, "共享小区", "admin", "王主管", "secret123")
    with unit_of_work(db, system_actor()) as s:
        auth.create_staff(s, "desk2", "二号前台", "clerk", "secret123")
    yield db
    db.dispose()
    with admin_engine.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
    admin_engine.dispose()


def test_migrations_and_check_on_postgres(pg):
    report = store.check(pg)
    assert report.ok, report.lines


def test_registry_search_and_audit_on_postgres(pg):
    admin = auth.sign_in(pg, "admin", "secret123")
    b = registry.save_building(pg, admin, registry.BuildingInput("3"))
    u = registry.save_unit(pg, admin, b, "2")
    room = registry.save_room(pg, admin, registry.RoomInput(u, "1502", "15", "89.55"))
    registry.save_person(pg, admin, registry.PersonInput("单田芳", "13800138000", id_number="11010519491231002X"),
                         room_id=room, role="owner")
    assert [h.title for h in search.search(pg, admin, "dtf")] == ["单田芳"]
    assert [h.title for h in search.search(pg, admin, "田芳")] == ["单田芳"]
    assert registry.household_card(pg, admin, room).room.code == "3-2-1502"
    assert audit.verify(pg).ok


def test_two_desks_on_one_server_never_share_a_document_number(pg):
    from tests.unit.services.test_workflow_service import SLIPS, Slip, SlipBase, new_slip
    SlipBase.metadata.create_all(pg.engine)
    admin = auth.sign_in(pg, "admin", "secret123")
    numbers, errors = [], []

    def desk():
        own = Database(pg.url)
        try:
            for _ in range(10):
                numbers.append(new_slip(own, admin)[1])
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=desk) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(numbers) == 30 == len(set(numbers))
    assert audit.verify(pg).ok      # the chain stays linear with concurrent writers
    assert SLIPS.kind == "test_slip" and Slip.__tablename__ == "test_slip"


def test_stale_edit_refused_on_postgres(pg):
    from app.domain.errors import ConflictError
    admin = auth.sign_in(pg, "admin", "secret123")
    desk2 = auth.sign_in(pg, "desk2", "secret123")
    b = registry.save_building(pg, admin, registry.BuildingInput("1"))
    u = registry.save_unit(pg, admin, b, "1")
    room_id = registry.save_room(pg, admin, registry.RoomInput(u, "101", "1", "60"))
    version = registry.get_room(pg, admin, room_id).version
    registry.save_room(pg, admin, registry.RoomInput(u, "101", "1", "61"), room_id, version)
    with pytest.raises(ConflictError):
        registry.save_room(pg, desk2, registry.RoomInput(u, "101", "1", "62"), room_id, version)


def _desks(pg, n: int, work) -> list[BaseException]:
    """Run ``work(own_db, i)`` on ``n`` threads, each with its own engine (as desks have); the errors."""
    errors: list[BaseException] = []

    def desk(i: int) -> None:
        own = Database(pg.url)
        try:
            work(own, i)
        except BaseException as exc:  # reported by the caller
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_patrol_findings_and_reports_never_deadlock(pg):
    """D6: a round's finding (audited flush, then the ZG counter) races a reported issue (counter first)."""
    from app.services import patrol
    from app.services.patrol import CheckpointInput, IssueInput, RouteInput
    admin = auth.sign_in(pg, "admin", "secret123")
    route = patrol.save_route(pg, admin, RouteInput("日常巡视"))
    points = [patrol.save_checkpoint(pg, admin, CheckpointInput(route, f"点{i}", "一层")) for i in range(3)]
    round_id = patrol.start_patrol(pg, admin, route, "morning")
    finding = dict(location="消防通道", category="fire", description="堆放纸箱")

    failed: list[BaseException] = []

    def work(own, i):
        for n in range(25):
            try:
                if i == 0:
                    patrol.record_check(own, admin, round_id, points[n % 3], "abnormal",
                                        issue=IssueInput(**finding))
                else:
                    patrol.report_issue(own, admin, IssueInput(**finding))
            except Exception as exc:  # counted below
                failed.append(exc)
    errors = _desks(pg, 2, work)
    assert not errors and not failed, (errors + failed)[:3]
    assert audit.verify(pg).ok


def test_simultaneous_sign_ins_of_one_account(pg):
    """D7: six desks signing in as one account at the same moment all get in."""
    barrier = threading.Barrier(6, timeout=60)
    refused: list[BaseException] = []

    def work(own, _i):
        for _round in range(5):
            barrier.wait()
            try:
                auth.sign_in(own, "desk2", "secret123")
            except Exception as exc:  # counted below; the round goes on for the others
                refused.append(exc)
    errors = _desks(pg, 6, work)
    assert not errors and not refused, (errors + refused)[:3]
