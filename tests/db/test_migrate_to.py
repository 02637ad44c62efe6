"""``frontdesk migrate-to URL``: the demo estate copied into an empty database, every table's count and the
audit chain checked, and the copy usable by a desk (new ids after the copied ones)."""
import os
import subprocess
import sys
import time
import uuid

import pytest
from sqlalchemy import create_engine, func, select, text

from app.domain.errors import UserError
from app.services import audit, auth, registry, store, transfer
from app.services.base import system_actor
from db.engine import Database, sqlite_url
from db.models import AuditLog, Base, Person

PG = os.environ.get("FRONTDESK_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def target_url(request, tmp_path):
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "target.sqlite3")
        return
    if not PG:
        pytest.skip("FRONTDESK_TEST_PG_URL is not set")
    name = f"fd_{uuid.uuid4().hex[:10]}"
    admin_engine = create_engine(PG, isolation_level="AUTOCOMMIT")
    with admin_engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield PG.rsplit("/", 1)[0] + "/" + name
    _drop(admin_engine, name)
    admin_engine.dispose()


def _drop(admin_engine, name: str) -> None:
    """Drop the test database; a server process of another role (autovacuum on the new database) cannot be
    terminated by FORCE, so wait for it to end and try again."""
    from sqlalchemy.exc import DBAPIError
    for attempt in range(40):
        try:
            with admin_engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 39:
                raise
            time.sleep(0.25)


def _counts(db: Database) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in Base.metadata.sorted_tables}


def test_the_demo_estate_moves_whole_and_the_copy_takes_new_records(demo_db, target_url):
    before = _counts(demo_db)
    seen = []
    done = transfer.migrate_to(demo_db, target_url, system_actor(), lambda table, rows: seen.append(table))
    assert done.rows == sum(before.values()) and done.tables == len(before)
    assert seen == [t.name for t in Base.metadata.sorted_tables]
    copy = store.open_store(target_url)
    try:
        after = _counts(copy)
        assert after.pop("audit_log") == before.pop("audit_log") + 1     # the store.migrated row
        assert after == before
        assert audit.verify(copy).ok and store.check(copy).ok
        with copy.read() as s:
            assert s.scalar(select(AuditLog.action).order_by(AuditLog.id.desc()).limit(1)) == "store.migrated"
            top = s.scalar(select(func.max(Person.id)))
        admin = auth.sign_in(copy, "zhuguan", "demo1234")
        room = registry.save_room(copy, admin, registry.RoomInput(
            registry.save_unit(copy, admin, registry.save_building(copy, admin, registry.BuildingInput("99")),
                               "1"), "101", "1", "88.10"))
        person = registry.PersonInput("曾小单", "010-62345678", id_number="11010519491231002X")
        new = registry.save_person(copy, admin, person, room_id=room, role="owner")
        assert new > top                     # the id sequences moved past the copied rows
    finally:
        copy.dispose()


def test_a_target_with_an_estate_or_the_store_itself_is_refused(demo_db, target_url):
    transfer.migrate_to(demo_db, target_url, system_actor())
    with pytest.raises(UserError, match="not empty"):
        transfer.migrate_to(demo_db, target_url, system_actor())
    with pytest.raises(UserError, match="in use"):
        transfer.migrate_to(demo_db, demo_db.url, system_actor())


def test_a_failed_copy_leaves_nothing_and_can_be_run_again(demo_db, target_url):
    if target_url.startswith("sqlite"):
        pytest.skip("SQLite keeps what it was given")
    with demo_db.write() as s:       # a value PostgreSQL refuses and SQLite stored anyway (a 3rd-party edit)
        s.execute(text("UPDATE person SET gender = 'female' WHERE id = (SELECT MAX(id) FROM person)"))
    with pytest.raises(UserError, match="Table person: the target refused a row"):
        transfer.migrate_to(demo_db, target_url, system_actor())
    copy = Database(target_url)
    try:
        assert _counts(copy)["person"] == 0
    finally:
        copy.dispose()
    with demo_db.write() as s:
        s.execute(text("UPDATE person SET gender = 'F' WHERE gender = 'female'"))
    assert transfer.migrate_to(demo_db, target_url, system_actor()).rows > 0


def test_the_command_prints_the_counts_and_hides_the_password(demo_db, tmp_path):
    url = sqlite_url(tmp_path / "moved.sqlite3")
    run = subprocess.run([sys.executable, "-m", "app", "--db", str(demo_db.path), "--lang", "en",
                          "migrate-to", url], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "every count matches" in run.stdout and "audit chain" in run.stdout
    again = subprocess.run([sys.executable, "-m", "app", "--db", str(demo_db.path), "--lang", "en",
                            "migrate-to", url], capture_output=True, text=True, timeout=120)
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert "not empty" in again.stderr
