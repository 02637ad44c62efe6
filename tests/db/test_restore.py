"""Backup and restore under the conditions of the reliability review (issue 16, items 2–4 and 13):
another process writing, bad files, newer schemas, counters, failed backups, audit rows of the CLI."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app import cli
from app.services import maintenance, registry, store
from app.services import visits as svc
from app.services.base import system_actor
from db import backup as backups
from db.engine import sqlite_url
from db.models import AuditLog, Building
from tests.conftest import new_store

ROOT = Path(__file__).resolve().parents[2]



@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """The commands run in-process here: with the tests' QApplication, so that their translator does not
    create a QCoreApplication that no later widget test could replace."""

def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def buildings(db) -> list[str]:
    with db.read() as s:
        return sorted(s.scalars(select(Building.building_no)))


def start_desk(url: str, log: Path, count: int, pause: float = 0.02, kind: str = "write"):
    proc = subprocess.Popen([sys.executable, str(ROOT / "bench" / "desk.py"), kind, url, str(log), str(count),
                             "--pause", str(pause)], cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        lines = log.read_text().splitlines() if log.exists() else []
        if len(lines) > 5:
            return proc
        assert proc.poll() is None, "the desk process died"
        time.sleep(0.05)
    proc.kill()
    raise AssertionError("the desk process made no commits")


def logged(log: Path) -> list[str]:
    return [ln for ln in log.read_text().splitlines() if ln != "ready" and not ln.startswith("error")]


def test_restore_is_refused_while_another_process_writes(db, admin, tmp_path):
    """D2: nothing is replaced under a live desk; every commit it made stays; once it is gone, it works."""
    registry.save_building(db, admin, registry.BuildingInput("1"))
    backup = maintenance.manual_backup(db, admin)
    url = db.url
    db.dispose()
    log = tmp_path / "desk.log"
    desk = start_desk(url, log, 100000)
    try:
        with pytest.raises(backups.BackupError, match="open in another"):
            maintenance.restore(url, system_actor(), backup)
        time.sleep(0.3)                          # the desk keeps saving
    finally:
        desk.terminate()
        desk.wait(30)
    live = store.open_store(url)
    assert set(logged(log)) <= set(buildings(live)) and len(logged(log)) > 5   # no committed row lost
    live.dispose()
    restored = maintenance.restore(url, system_actor(), backup)
    assert buildings(restored.db) == ["1"]
    assert store.check(restored.db).ok
    restored.db.dispose()


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0099_future'")
    conn.close()


def _foreign(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()


BAD_FILES = {
    "newer schema": lambda p, good: (shutil.copy(good, p), _newer(p)),
    "empty": lambda p, good: p.write_bytes(b""),
    "foreign sqlite": lambda p, good: _foreign(p),
    "text": lambda p, good: p.write_text("not a database\n" * 300),
    "png": lambda p, good: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(4000)),
    "truncated": lambda p, good: p.write_bytes(good.read_bytes()[:4096 * 3]),
    "zeroed header": lambda p, good: p.write_bytes(bytes(100) + good.read_bytes()[100:]),
    "folder": lambda p, good: p.mkdir(),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_backup_is_refused_before_anything_is_replaced(db, admin, tmp_path, kind):
    """D3: a newer schema, an empty or a foreign file never replaces the live database."""
    good = maintenance.manual_backup(db, admin)
    bad = tmp_path / "bad.sqlite3"
    BAD_FILES[kind](bad, good)
    url, path = db.url, db.path
    db.dispose()
    before = digest(path)
    with pytest.raises(backups.BackupError) as refused:
        maintenance.restore(url, system_actor(), bad)
    assert str(bad) in str(refused.value)
    assert digest(path) == before
    assert not list((tmp_path / "backups").glob("*before-restore*"))    # nothing was even copied


def test_a_restore_that_cannot_open_says_where_the_safety_copy_is(db, admin, tmp_path, monkeypatch):
    backup = maintenance.manual_backup(db, admin)
    url = db.url
    db.dispose()
    from db.errors import StoreError

    def refuse(*_a, **_k):
        raise StoreError("cannot migrate")
    monkeypatch.setattr("app.services.store.open_store", refuse)
    with pytest.raises(backups.BackupError) as failed:
        maintenance.restore(url, system_actor(), backup)
    safety = next((tmp_path / "backups").glob("*before-restore.sqlite3"))
    assert str(safety) in str(failed.value) and "cannot migrate" in str(failed.value)


@pytest.fixture
def numbered(db, admin):
    """Three service visits numbered FK…-0001..3 by the receptionist."""
    desk = __import__("app.services.auth", fromlist=["x"]).sign_in(db, "reception", "secret123")

    def register():
        vid = svc.register_visit(db, desk, dict(
            category="service", visitor_name="王建国", phone="13805716688", id_type="resident", id_number="",
            purpose="enquiry", room=""))
        with db.read() as s:
            from db.models.visit import Visit
            return s.get(Visit, vid).number
    return register


def test_counters_continue_after_restoring_an_older_backup(db, admin, numbered):
    """Observation of the review: numbers already on paper are never issued again after a restore."""
    issued = [numbered(), numbered()]
    backup = maintenance.manual_backup(db, admin)
    issued += [numbered(), numbered(), numbered()]
    url = db.url
    db.dispose()
    restored = maintenance.restore(url, system_actor(), backup)
    (doc_type, _period, old, new), = restored.result.counters_moved
    assert (doc_type, old, new) == ("FK", 2, 5)
    assert "after 5" in restored.message()
    restored.db.dispose()
    # the same desk goes on: the next number follows the highest ever issued
    again = store.open_store(url)
    from app.services import auth
    desk = auth.sign_in(again, "reception", "secret123")
    vid = svc.register_visit(again, desk, dict(
        category="service", visitor_name="王建国", phone="13805716688", id_type="resident", id_number="",
        purpose="enquiry", room=""))
    with again.read() as s:
        from db.models.visit import Visit
        number = s.get(Visit, vid).number
    assert number not in issued and number.endswith("-0006")
    again.dispose()


def test_counters_continue_even_when_the_live_file_is_damaged(db, admin, numbered, tmp_path):
    numbered()
    backup = maintenance.manual_backup(db, admin)
    numbered(), numbered()
    maintenance.manual_backup(db, admin)            # its manifest remembers FK …-0003
    url, path = db.url, db.path
    db.dispose()
    path.write_bytes(b"garbage" * 2000)             # the live file is beyond reading
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    restored = maintenance.restore(url, system_actor(), backup)
    assert [(t, o, n) for t, _p, o, n in restored.result.counters_moved] == [("FK", 1, 3)]
    assert restored.result.safety.name.endswith(".damaged") and restored.result.safety.exists()
    assert store.check(restored.db).ok
    restored.db.dispose()


def _damage_a_page(path: Path, page: int = 6) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * page:4096 * page + 2048] = b"\xff" * 2048
    path.write_bytes(bytes(data))


def test_failed_backup_leaves_no_file(tmp_path):
    """D14: the copy of a damaged database fails its check and is removed with its -wal/-shm."""
    db = new_store(tmp_path / "fd.sqlite3")
    db.dispose()
    _damage_a_page(tmp_path / "fd.sqlite3")
    target = tmp_path / "bk"
    with pytest.raises(backups.BackupError, match="no file was left"):
        backups.backup(tmp_path / "fd.sqlite3", target, "manual")
    assert list(target.iterdir()) == []


def test_backup_writes_a_manifest_with_the_audit_head_and_counters(db, admin, numbered):
    numbered()
    path = maintenance.manual_backup(db, admin)
    manifest = backups.manifests(db.path, path.parent)[0]
    with db.read() as s:      # the backup's own audit row comes after the copy: the head is the one before
        rows = s.scalar(select(func.count()).select_from(AuditLog))
        before_last = s.scalars(select(AuditLog.hash).order_by(AuditLog.id.desc()).limit(2)).all()[1]
    assert (manifest["audit_rows"], manifest["audit_head"]) == (rows - 1, before_last)
    assert [c[0] for c in manifest["counters"]] == ["FK"] and manifest["revisions"]
    backups.rotate(db.path, path.parent, 0)         # manual: kept, with its manifest
    assert backups.manifest_path(path).exists()


def run_cli(*argv: str, capsys) -> tuple[int, str, str]:
    code = cli.run_command(cli.build_parser().parse_args([*argv, "--lang", "en"]))
    out, err = capsys.readouterr()
    return code, out, err


def count_audit(path: Path, action: str) -> int:
    db = store.open_store(sqlite_url(path))
    try:
        with db.read() as s:
            return s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == action))
    finally:
        db.dispose()


def test_cli_backup_and_restore_write_audit_rows(tmp_path, capsys):
    """D13: the command line's backup and restore are in the audit trail like the desk's."""
    db = new_store(tmp_path / "fd.sqlite3")
    db.dispose()
    code, out, _err = run_cli("backup", "--db", str(tmp_path / "fd.sqlite3"), capsys=capsys)
    assert code == 0 and count_audit(tmp_path / "fd.sqlite3", "backup") == 1
    code, out2, err = run_cli("restore", out.strip(), "--db", str(tmp_path / "fd.sqlite3"), capsys=capsys)
    assert code == 0, err
    assert "Restored" in out2 and count_audit(tmp_path / "fd.sqlite3", "restore") == 1
