"""Damaged and foreign files, and unreachable servers, at the command line (issue 16, item 6): one line
saying what is wrong and what to do, never a traceback; ``check`` reports every problem it finds."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from tests.conftest import new_store

PG = os.environ.get("FRONTDESK_TEST_PG_URL")
_GOOD: dict[str, bytes] = {}



@pytest.fixture(autouse=True)
def _gui_app(qapp):
    """The commands run in-process here: with the tests' QApplication, so that their translator does not
    create a QCoreApplication that no later widget test could replace."""

def good_bytes(tmp_path: Path) -> bytes:
    if "db" not in _GOOD:
        db = new_store(tmp_path / "template.sqlite3")
        db.dispose()
        _GOOD["db"] = (tmp_path / "template.sqlite3").read_bytes()
    return _GOOD["db"]


def overwrite(data: bytes, offset: int, size: int) -> bytes:
    return data[:offset] + bytes((i * 37 + 11) % 256 for i in range(size)) + data[offset + size:]


DAMAGE = {
    "truncated to half": lambda d: d[:len(d) // 2],
    "truncated to 4 KB": lambda d: d[:4096],
    "zeroed header": lambda d: bytes(100) + d[100:],
    "text file": lambda d: ("room,owner\n3-2-1502,王建国\n" * 50).encode(),
    "png": lambda d: b"\x89PNG\r\n\x1a\n" + bytes(5000),
    "damaged page": lambda d: overwrite(d, 4096 * 8, 4096),
    "8 KB of random bytes": lambda d: overwrite(d, 4096 * 4, 8192),
}


def make_bad(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "bad" / "fd.sqlite3"
    path.parent.mkdir()
    if kind == "directory":
        path.mkdir()
    else:
        path.write_bytes(DAMAGE[kind](good_bytes(tmp_path)))
    return path


def run(*argv: str, capsys) -> tuple[int, str, str]:
    code = cli.run_command(cli.build_parser().parse_args([*argv, "--lang", "en"]))
    out, err = capsys.readouterr()
    return code, out, err


def commands(target: list[str], tmp_path: Path) -> dict[str, list[str]]:
    return {"check": ["check", *target], "audit verify": ["audit", "verify", *target],
            "backup": ["backup", *target, "-o", str(tmp_path / "bk")],
            "export": ["export", "rooms", *target, "-o", str(tmp_path / "rooms.xlsx")]}


@pytest.mark.parametrize("kind", [*DAMAGE, "directory"])
def test_damaged_or_foreign_file_gives_one_line_in_every_command(tmp_path, capsys, kind):
    path = make_bad(tmp_path, kind)
    for name, argv in commands(["--db", str(path)], tmp_path).items():
        code, out, err = run(*argv, capsys=capsys)
        assert code == 1, (name, out, err)
        assert "Traceback" not in out + err
        if name == "check":         # every problem on a line of its own, then FAILED
            assert out.strip().splitlines()[-1] == "FAILED", out
            assert any(k in out for k in ("integrity:", "open:")), out
        else:
            assert len(err.strip().splitlines()) == 1, (name, err)
            assert "restore" in err or "cannot be opened" in err or "could not be made" in err, (name, err)
        assert not (tmp_path / "rooms.xlsx").exists()
        assert not list((tmp_path / "bk").glob("*")) if (tmp_path / "bk").exists() else True


def test_check_lists_the_damage_instead_of_crashing(tmp_path, capsys):
    """D4: a damaged data page is reported by integrity_check, and the other checks still run."""
    path = make_bad(tmp_path, "damaged page")
    code, out, _err = run("check", "--db", str(path), capsys=capsys)
    lines = out.strip().splitlines()
    assert code == 1 and lines[-1] == "FAILED"
    assert [ln.split(":")[0] for ln in lines[1:-1]] == ["integrity", "foreign keys", "migrations", "audit chain"]
    assert "ok" not in lines[1].split(":", 1)[1].split()


def test_damaged_file_is_refused_at_start_up_with_the_newest_backup(tmp_path):
    """No damaged store opens quietly: the quick check at start-up names the newest backup."""
    from app.services import store
    from db import backup as backups
    from db.engine import sqlite_url
    from db.errors import StoreDamaged
    path = tmp_path / "fd.sqlite3"
    path.write_bytes(good_bytes(tmp_path))
    copy = backups.backup(path, tmp_path / "backups")
    path.write_bytes(DAMAGE["damaged page"](path.read_bytes()))
    with pytest.raises(StoreDamaged) as refused:
        store.open_store(sqlite_url(path))
    assert copy.name in str(refused.value) and refused.value.path == path


def test_foreign_sqlite_file_is_not_adopted(tmp_path):
    import sqlite3

    from app.services import store
    from db.engine import sqlite_url
    from db.errors import StoreDamaged
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    with pytest.raises(StoreDamaged, match="another program"):
        store.open_store(sqlite_url(path))
    with sqlite3.connect(path) as conn:
        assert [r for (r,) in conn.execute("SELECT name FROM sqlite_master")] == ["songs"]
    conn.close()


@pytest.mark.skipif(not PG, reason="FRONTDESK_TEST_PG_URL is not set")
@pytest.mark.parametrize("case", ["wrong password", "no server"])
def test_unreachable_server_gives_one_line(tmp_path, capsys, case):
    from sqlalchemy.engine import make_url
    url = make_url(PG)
    url = url.set(password="wrong-password") if case == "wrong password" else url.set(port=5999)
    for name, argv in commands(["--db-url", url.render_as_string(hide_password=False)], tmp_path).items():
        code, out, err = run(*argv, capsys=capsys)
        assert code == 1 and "Traceback" not in out + err, (name, out, err)
        text = out + err
        assert ("refused the user name or password" if case == "wrong password" else "Cannot reach") in text
        assert "wrong-password" not in text


def test_a_real_process_prints_one_line_for_a_text_file(tmp_path):
    path = make_bad(tmp_path, "text file")
    env = {**os.environ, "FRONTDESK_HOME": str(tmp_path / "home"), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "app", "export", "rooms", "--db", str(path), "-o",
                           str(tmp_path / "x.xlsx"), "--lang", "en"], capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Restore" in proc.stderr
