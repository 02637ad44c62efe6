"""Issue 15: the first sign-in of the day backs up the store on a thread and connection of its own, with its
progress in the status bar; the desk registers a visitor and prints the slip while the backup still runs."""
from __future__ import annotations

import sqlite3

from app.services import maintenance
from db import backup as backups
from tests.ui.test_visits_page import VISITOR, fill, rooms, save, visits  # noqa: F401 - rooms is a fixture


def test_a_visitor_is_registered_and_the_slip_printed_while_the_daily_backup_runs(qtbot, db, actor, rooms,
                                                                                   window_for, monkeypatch):
    # a real copy of the real file, made slow: a few pages a step and a pause after each (no mock of SQLite)
    monkeypatch.setattr(backups, "STEP_PAGES", 4)
    monkeypatch.setattr(backups, "STEP_PAUSE_S", 0.05)
    desk = actor("receptionist")
    w = window_for(db, desk)
    folder = db.path.parent / "backups"
    done = []
    w.ops.background("Backing up the database…", lambda progress: maintenance.daily_backup_if_due(db, progress),
                     on_success=done.append)
    qtbot.waitUntil(lambda: w.background_bar.isVisible(), timeout=10000)      # progress in the status bar
    assert w.background_label.text() == "Backing up the database…" and w.background_bar.maximum() > 0

    page = w.show_page("visits")
    dlg = page.pane.new_record()
    fill(dlg, VISITOR)
    save(qtbot, w, dlg)                                  # the save did not wait for the backup …
    [v] = visits(db)
    assert v.visitor_name == "刘志强"
    assert w.ops.background_busy and not done            # … which is still copying
    page.pane.table.selectRow(0)
    page.pane.print_form()
    slip = page.preview
    qtbot.addWidget(slip)
    qtbot.waitUntil(lambda: slip.rendered is not None, timeout=20000)
    assert slip.rendered.number == v.number and slip.rendered.form == "visitor_slip"
    assert w.ops.background_busy and not done            # printed while the backup still runs

    qtbot.waitUntil(lambda: bool(done), timeout=60000)
    assert not w.background_bar.isVisible()
    [path] = done
    assert path.parent == folder and path.name.endswith("-daily.sqlite3")
    assert sorted(p.name for p in folder.iterdir()) == [path.name, path.name + ".json"]   # no -wal/-shm
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert sorted(p.name for p in folder.iterdir()) == [path.name, path.name + ".json"]   # still none


def test_the_exit_backup_is_skipped_when_nothing_changed(db, admin):
    first = maintenance.exit_backup(db)
    assert first is not None
    assert maintenance.exit_backup(db) is None           # nothing written since: nothing to copy
    maintenance.manual_backup(db, admin)                 # writes its audit row after the copy began
    assert maintenance.exit_backup(db) is not None


def test_rotation_removes_side_files_of_old_backups(db):
    folder = db.path.parent / "backups"
    old = maintenance.exit_backup(db)
    for suffix in ("-wal", "-shm"):                       # as an older version left them
        (folder / (old.name + suffix)).write_bytes(b"")
    backups.rotate(db.path, folder, 0)
    assert list(folder.iterdir()) == []
