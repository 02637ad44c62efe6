"""The release: build.spec built with PyInstaller into a one-folder app, then that app (no Python of ours)
run as an administrator and a receptionist would: --help, demo, check, printing one form, and the GUI signing
in and opening every page (app.ui.smoke), then exiting cleanly. Slow: a few minutes."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.demo.generate import DEMO_PASSWORD
from app.ui.pages import PAGES

ROOT = Path(__file__).resolve().parents[2]
pypdf = pytest.importorskip("pypdf")
pytest.importorskip("PyInstaller")

pytestmark = pytest.mark.slow


def _size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 2 ** 20


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    proc = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                           "--distpath", str(out / "dist"), "--workpath", str(out / "build"), "build.spec"],
                          cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert proc.returncode == 0, proc.stderr[-4000:]
    app = out / "dist" / "frontdesk" / ("frontdesk.exe" if sys.platform == "win32" else "frontdesk")
    assert app.is_file()
    size = _size_mb(app.parent)
    print(f"\nfrozen build: {size:.0f} MB in {app.parent}")
    assert size < 400, f"the build grew to {size:.0f} MB"
    return app


def run(app: Path, home: Path, *args: str, env: dict[str, str] | None = None,
        timeout: int = 600) -> subprocess.CompletedProcess:
    environment = {**os.environ, "FRONTDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([str(app), *args], capture_output=True, text=True, env=environment, timeout=timeout,
                          cwd=home)


def test_the_frozen_app_runs_the_commands_prints_and_opens_every_page(frozen, tmp_path):
    help_text = run(frozen, tmp_path, "--help")
    assert help_text.returncode == 0, help_text.stderr
    assert "migrate-to" in help_text.stdout and "demo" in help_text.stdout

    store = tmp_path / "desk.sqlite3"
    demo = run(frozen, tmp_path, "--db", str(store), "demo")
    assert demo.returncode == 0, demo.stderr
    assert "demo estate" in demo.stdout
    check = run(frozen, tmp_path, "--db", str(store), "check")
    assert check.returncode == 0, check.stderr
    assert check.stdout.strip().endswith("OK")          # the migrations were found inside the build

    with sqlite3.connect(store) as raw:
        (loan,) = raw.execute("SELECT number FROM key_loan ORDER BY id LIMIT 1").fetchone()
    pdf = tmp_path / "handover.pdf"
    printed = run(frozen, tmp_path, "--db", str(store), "print", "key_handover", loan, "-o", str(pdf))
    assert printed.returncode == 0, printed.stderr
    text = "".join(p.extract_text() or "" for p in pypdf.PdfReader(pdf).pages)
    assert loan in text and "钥匙" in text                # a CJK font resolved at run time

    report = tmp_path / "smoke.txt"
    gui = run(frozen, tmp_path, "--db", str(store), env={
        "FRONTDESK_SMOKE": f"zhuguan:{DEMO_PASSWORD}", "FRONTDESK_SMOKE_REPORT": str(report),
        "FRONTDESK_SMOKE_SECONDS": "240"}, timeout=300)
    lines = report.read_text(encoding="utf-8").splitlines() if report.exists() else []
    assert gui.returncode == 0, (lines, gui.stderr[-3000:])
    opened = {line.split(":")[0].removeprefix("page ") for line in lines if line.startswith("page ")}
    assert opened == {p.key for p in PAGES}                 # the supervisor sees every page
    assert lines[-1] == f"pages: {len(PAGES)}"
