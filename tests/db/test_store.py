"""The store: migrations from empty, pragmas, network shares refused, check, audit chain, backups."""
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from app.domain.errors import UserError
from app.services import audit, registry, store
from app.services.registry import BuildingInput
from db import backup as backups
from db import migrate
from db.engine import StoreError, is_network_path, make_engine, sqlite_url


def test_migrations_create_the_schema_from_empty(tmp_path):
    db = store.open_store(sqlite_url(tmp_path / "new.sqlite3"))
    tables = set(inspect(db.engine).get_table_names())
    assert {"estate", "building", "unit", "room", "person", "room_person", "staff", "audit_log",
            "parameter", "doc_sequence", "calendar_day", "search_key", "workflow_event"} <= tables
    assert migrate.current_revision(db) == migrate.head_revision()
    assert not store.is_initialised(db)


def test_models_and_migrations_agree(tmp_path):
    """Autogenerate against the migrated store finds nothing to add: the migration is complete."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from db.models import Base
    db = store.open_store(sqlite_url(tmp_path / "cmp.sqlite3"))
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 15000


def test_network_share_refused(monkeypatch, tmp_path):
    assert is_network_path(Path(r"\\server\share\frontdesk.sqlite3"))
    monkeypatch.setattr("db.engine.is_network_path", lambda p: True)
    with pytest.raises(StoreError, match="PostgreSQL"):
        make_engine(sqlite_url(tmp_path / "x.sqlite3"))


def test_local_path_is_not_network(tmp_path):
    assert not is_network_path(tmp_path / "x.sqlite3")


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.sqlite3"
    store.open_store(sqlite_url(path)).dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zzzz_future'")
    with pytest.raises(StoreError, match="newer version"):
        store.open_store(sqlite_url(path))


def test_initialise_twice_refused(db):
    with pytest.raises(UserError):
        store.initialise(db, "别的小区", "admin2", "李四", "secret123")


def test_check_reports_ok(db):
    report = store.check(db)
    assert report.ok, report.lines


def test_audit_chain_detects_tampering(db, admin):
    registry.save_building(db, admin, BuildingInput("1"))
    registry.save_building(db, admin, BuildingInput("2"))
    assert audit.verify(db).ok
    with db.engine.begin() as conn:
        row_id = conn.execute(text("SELECT id FROM audit_log WHERE entity='building' ORDER BY id LIMIT 1")).scalar()
        conn.execute(text("UPDATE audit_log SET after = replace(after, '\"1\"', '\"9\"') WHERE id = :i"),
                     {"i": row_id})
    report = audit.verify(db)
    assert not report.ok and report.broken_id == row_id
    assert not store.check(db).ok


def test_audit_chain_detects_deleted_row(db, admin):
    registry.save_building(db, admin, BuildingInput("1"))
    with db.engine.begin() as conn:
        victim = conn.execute(text("SELECT min(id) + 1 FROM audit_log")).scalar()
        conn.execute(text("DELETE FROM audit_log WHERE id = :i"), {"i": victim})
    report = audit.verify(db)
    assert not report.ok and report.broken_id == victim + 1


def test_backup_and_restore_round_trip(db, admin, tmp_path):
    registry.save_building(db, admin, BuildingInput("1"))
    target = tmp_path / "backups"
    copy = backups.backup(db.path, target, "manual")
    assert copy.exists() and copy.parent == target
    registry.save_building(db, admin, BuildingInput("2"))
    path = db.path
    db.dispose()
    safety = backups.restore(copy, path, target).safety
    assert safety is not None and safety.exists()
    restored = store.open_store(sqlite_url(path))
    assert [b.building_no for b in registry.tree(restored, admin)] == ["1"]
    assert audit.verify(restored).ok
    restored.dispose()


def test_restore_refuses_a_file_that_is_not_a_database(db, tmp_path):
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(backups.BackupError):
        backups.restore(bogus, db.path, tmp_path / "b")
    assert store.check(db).ok  # the live database is untouched


def test_rotation_keeps_the_newest_automatic_backups(db, tmp_path):
    target = tmp_path / "b"
    for _ in range(5):
        backups.backup(db.path, target, "daily", keep=3)
    backups.backup(db.path, target, "manual", keep=3)
    names = [p.name for p in backups.list_backups(db.path, target)]
    assert sum(n.endswith("-daily.sqlite3") for n in names) == 3
    assert sum(n.endswith("-manual.sqlite3") for n in names) == 1


def test_pending_upgrade_is_backed_up_first(tmp_path, monkeypatch):
    """When a newer migration is pending, the store is backed up before it is upgraded."""
    path = tmp_path / "old.sqlite3"
    store.open_store(sqlite_url(path)).dispose()
    calls, upgraded = [], []
    real = backups.backup
    monkeypatch.setattr("app.services.store.backups.backup",
                        lambda *a, **k: calls.append(a) or real(*a, **k))
    monkeypatch.setattr("app.services.store.migrate.heads", lambda: frozenset({"9999_next"}))
    monkeypatch.setattr("app.services.store.migrate.upgrade", lambda d: upgraded.append(calls[:]))
    store.open_store(sqlite_url(path)).dispose()
    assert calls and calls[0][2] == "before-upgrade"
    assert upgraded == [calls]          # the backup came first


def test_light_head_revision_matches_alembic():
    from alembic.script import ScriptDirectory
    script = ScriptDirectory(str(migrate.MIGRATIONS))
    assert migrate.heads() == set(script.get_heads())
    assert set(migrate.revisions()) == {s.revision for s in script.walk_revisions()}
