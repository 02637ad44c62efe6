"""Migration 0028_lease on a store of the previous version: the lease table and its indexes appear, a store
goes back to 0027 and up again (the table dropped and made anew)."""
from __future__ import annotations

from sqlalchemy import inspect

from db import migrate
from db.engine import Database, sqlite_url
from tests.db.test_migration_notices_patrol import _downgrade


def test_upgrade_downgrade_and_upgrade_again(tmp_path):
    db = Database(sqlite_url(tmp_path / "old.sqlite3"))
    migrate.upgrade(db, "0027_merge_vacancy_visit_search")
    assert "lease" not in inspect(db.engine).get_table_names()
    migrate.upgrade(db, "0028_lease")
    insp = inspect(db.engine)
    assert "lease" in insp.get_table_names()
    assert {i["name"] for i in insp.get_indexes("lease")} >= {"ix_lease_room", "ix_lease_state_end"}
    _downgrade(db, "0027_merge_vacancy_visit_search")
    assert "lease" not in inspect(db.engine).get_table_names()
    migrate.upgrade(db, "0028_lease")
    assert "lease" in inspect(db.engine).get_table_names()
    db.dispose()
