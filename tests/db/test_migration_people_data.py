"""Migration 0011: stored phones take the canonical form; the upgrade reindexes search and seeds holidays."""
from __future__ import annotations

from datetime import date

from app.services import search, store
from app.services.base import system_actor
from db import migrate
from db.engine import Database, sqlite_url
from db.models import CalendarDay, Person


def test_an_older_store_is_converted_reindexed_and_seeded(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(sqlite_url(path))
    migrate.upgrade(old, "0010_property")
    with old.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO person (name, gender, person_type, id_type, id_number, mobile, other_phone, work_unit,"
            " address, notes, version) VALUES ('曾经纬', 'm', 'individual', 'resident', '440304196203150414',"
            " '13812345678', '0755-28881234-808', '', '', '', 1),"
            " ('区分明', 'm', 'individual', 'resident', '', '021-12345678', '', '', '', '', 1)")
        conn.exec_driver_sql("INSERT INTO search_key (kind, ref_id, key) VALUES ('person', 1, 'cjw')")
    old.dispose()
    db = store.open_store(sqlite_url(path))
    with db.read() as s:
        people = {p.name: (p.mobile, p.other_phone) for p in s.query(Person)}
        assert people == {"曾经纬": ("13812345678", "075528881234-808"), "区分明": ("02112345678", "")}
        assert s.get(CalendarDay, date(2026, 10, 1)).source == "official"
    actor = system_actor()
    assert [h.title for h in search.search(db, actor, "zjw") if h.kind == "person"] == ["曾经纬"]
    assert [h.title for h in search.search(db, actor, "ofm") if h.kind == "person"] == ["区分明"]
    assert [h.title for h in search.search(db, actor, "0755-2888") if h.kind == "person"] == ["曾经纬"]
    assert store.check(db).ok
    db.dispose()
