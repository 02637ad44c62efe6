"""The administration commands, run as a user runs them (a new process each)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import new_store


def run(*args, home: Path, check=True):
    env = {**os.environ, "FRONTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture
def store_path(tmp_path):
    db = new_store(tmp_path / "cli.sqlite3")
    db.dispose()
    return tmp_path / "cli.sqlite3"


def test_help_for_every_command(tmp_path):
    for cmd in ["demo", "check", "backup", "restore", "import-roster", "export", "calendar", "audit", "print"]:
        proc = run(cmd, "--help", home=tmp_path)
        assert "--db" in proc.stdout


def test_unknown_command_fails(tmp_path):
    assert run("frobnicate", home=tmp_path, check=False).returncode != 0


def test_check_backup_restore_audit(store_path, tmp_path):
    out = run("check", "--db", str(store_path), home=tmp_path)
    assert out.stdout.strip().splitlines()[-1] == "OK"
    backup = Path(run("backup", "--db", str(store_path), "-o", str(tmp_path / "bk"),
                      home=tmp_path).stdout.strip())
    assert backup.exists() and backup.parent == tmp_path / "bk"
    restored = run("restore", str(backup), "--db", str(store_path), "--lang", "en", home=tmp_path)
    assert "Restored" in restored.stdout
    assert run("audit", "verify", "--db", str(store_path), home=tmp_path).stdout.startswith("OK")
    assert "恢复" in run("restore", str(backup), "--db", str(store_path), home=tmp_path).stdout  # Chinese by default


def test_broken_audit_chain_fails_with_the_row(store_path, tmp_path):
    import sqlite3
    with sqlite3.connect(store_path) as conn:
        conn.execute("UPDATE audit_log SET username = 'mallory' WHERE id = 2")
    proc = run("audit", "verify", "--db", str(store_path), "--lang", "en", home=tmp_path, check=False)
    assert proc.returncode == 1 and "row 2" in proc.stderr
    assert run("check", "--db", str(store_path), home=tmp_path, check=False).returncode == 1


def test_restore_of_missing_file_fails_with_one_line(store_path, tmp_path):
    proc = run("restore", str(tmp_path / "nope.sqlite3"), "--db", str(store_path), home=tmp_path,
               check=False)
    assert proc.returncode == 1 and len(proc.stderr.strip().splitlines()) == 1


def _roster(path: Path, rows):
    from app.excel.export import write_xlsx
    write_xlsx(path, "花名册", ["楼栋", "单元", "房号", "楼层", "建筑面积", "户型", "业主姓名", "证件类型",
                                "证件号码", "联系电话"], rows)


GOOD = ["1", "1", "101", 1, "88.50", "两室一厅", "张三", "居民身份证", "11010519491231002X", "13800138000"]
BAD = ["1", "1", "102", 1, "88.555", "两室一厅", "李四", "居民身份证", "110105194912310021", "13800138001"]


def test_import_roster_all_or_nothing_and_good_rows_only(store_path, tmp_path):
    roster = tmp_path / "roster.xlsx"
    _roster(roster, [GOOD, BAD])
    proc = run("import-roster", str(roster), "--db", str(store_path), "--lang", "en", home=tmp_path,
               check=False)
    assert proc.returncode == 1 and "row 3" in proc.stderr
    export = tmp_path / "rooms.xlsx"
    run("export", "rooms", "--db", str(store_path), "-o", str(export), home=tmp_path)
    from openpyxl import load_workbook
    assert load_workbook(export).active.max_row == 1  # nothing was imported
    run("import-roster", str(roster), "--db", str(store_path), "--good-rows-only", home=tmp_path)
    run("export", "rooms", "--db", str(store_path), "-o", str(export), home=tmp_path)
    rows = list(load_workbook(export).active.iter_rows(values_only=True))
    assert rows[1][0] == "1-1-101" and rows[1][-1] == "张三" and len(rows) == 2


def test_export_people_masks_ids_and_never_writes_formulas(store_path, tmp_path):
    roster = tmp_path / "roster.xlsx"
    row = list(GOOD)
    row[6] = "=HYPERLINK(\"http://x\")"
    _roster(roster, [row])
    run("import-roster", str(roster), "--db", str(store_path), home=tmp_path)
    out = tmp_path / "people.xlsx"
    run("export", "people", "--db", str(store_path), "-o", str(out), home=tmp_path)
    from openpyxl import load_workbook
    sheet = load_workbook(out).active
    values = [c.value for c in sheet[2]]
    assert "1101**********002X" in values and "138****8000" in values
    assert all(c.data_type != "f" for r in sheet.iter_rows() for c in r)
    assert values[0].lstrip("'") .startswith("=HYPERLINK")


def test_demo_command_creates_a_ready_estate(tmp_path):
    path = tmp_path / "demo.sqlite3"
    out = run("demo", "--db", str(path), home=tmp_path)
    assert "zhuguan" in out.stdout
    assert "ready" in run("demo", "--db", str(path), home=tmp_path).stdout


def test_sign_in_path_imports_nothing_heavy(tmp_path):
    """The sign-in dialog and main window appear without reportlab, openpyxl or pypinyin."""
    code = (
        "import sys\n"
        "from app.ui.application import make_app\n"
        "from app.ui.session import DeskSession\n"
        "from app.ui.dialogs.sign_in import SignInDialog\n"
        "from app.ui.main_window import MainWindow\n"
        "from app.services.store import open_store, resolve_url\n"
        "from app.services import auth\n"
        f"db = open_store(resolve_url({str(tmp_path / 's.sqlite3')!r}))\n"
        "from app.services.store import initialise\n"
        "initialise(db, 'x', 'admin', 'a', 'secret123')\n"
        "app = make_app('zh_CN')\n"
        "from app.ui.ops import Ops\n"
        "w = MainWindow(db, auth.sign_in(db, 'admin', 'secret123'), Ops()); w.show(); app.processEvents()\n"
        "heavy = [m for m in ('reportlab', 'openpyxl', 'pypinyin') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n")
    env = {**os.environ, "FRONTDESK_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert "HEAVY []" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.parametrize("command", [
    ["check"], ["backup"], ["audit", "verify"], ["export", "people", "-o", "x.xlsx"], ["calendar", "update"],
    ["import-roster", "roster.csv"], ["print", "household_card", "1-1-101", "-o", "x.pdf"],
    ["restore", "backup.sqlite3"]])
def test_a_mistyped_database_path_is_refused_with_the_path(tmp_path, command):
    typo = tmp_path / "typo.sqlite3"
    if command[0] == "restore":
        new_store(tmp_path / "backup.sqlite3").dispose()
        command = ["restore", str(tmp_path / "backup.sqlite3")]
    proc = run(*command, "--db", str(typo), "--lang", "en", home=tmp_path, check=False)
    assert proc.returncode == 1
    assert str(typo) in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not typo.exists() and not (tmp_path / "backups").exists()


def test_without_db_the_default_database_must_exist_too(tmp_path):
    proc = run("check", home=tmp_path, check=False)
    assert proc.returncode == 1 and "frontdesk.sqlite3" in proc.stderr and "没有数据库" in proc.stderr
    assert not (tmp_path / "frontdesk.sqlite3").exists()


def test_restore_onto_a_new_pc_with_new(tmp_path):
    new_store(tmp_path / "backup.sqlite3").dispose()
    target = tmp_path / "pc2" / "frontdesk.sqlite3"
    target.parent.mkdir()
    run("restore", str(tmp_path / "backup.sqlite3"), "--db", str(target), "--new", home=tmp_path)
    assert run("check", "--db", str(target), home=tmp_path).stdout.strip().endswith("OK")


def test_calendar_update_command(store_path, tmp_path):
    out = run("calendar", "update", "--db", str(store_path), "--lang", "en", home=tmp_path).stdout
    assert "0 days added" in out and "chinesecalendar" in out
