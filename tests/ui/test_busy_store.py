"""A locked database (another desk holds the write lock, issue 16 item 7): an expected, retryable message
in the page's message bar, never a raw OperationalError in the crash dialog; nothing typed is lost."""
import subprocess
import sys

from app.services import registry
from db.engine import Database
from tests.ui.conftest import wait_ops

HOLD = ("import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('held', flush=True)\n"
        "sys.stdin.readline()\n"
        "c.execute('ROLLBACK')\n")


def hold_write_lock(path):
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_save_while_another_desk_holds_the_lock_says_busy_and_can_be_retried(qtbot, db, admin, window_for):
    from app.ui.dialogs.registry import BuildingDialog
    busy_db = Database(db.url, busy_timeout=0.5)       # the desk gives up waiting after half a second
    w = window_for(busy_db, admin)
    crashes = []
    w.ops.unexpected_error.connect(lambda *a: crashes.append(a))
    page = w.show_page("registry")
    page.add_building()
    dlg = page.dialog
    assert isinstance(dlg, BuildingDialog)
    dlg.form.set_values({"building_no": "7", "name": "七号楼"})
    other_desk = hold_write_lock(db.path)
    try:
        dlg.save()
        qtbot.waitUntil(lambda: dlg.bar.text() != "", timeout=10000)
        assert "busy" in dlg.bar.text() and dlg.bar.kind == "error"
        assert dlg.isVisible() and dlg.form.value("name") == "七号楼"     # nothing typed lost
    finally:
        other_desk.communicate("done\n", timeout=30)
    dlg.save()                                                        # retry once the lock is free
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, w)
    assert [b.building_no for b in registry.tree(db, admin)] == ["7"] and crashes == []
    busy_db.dispose()
