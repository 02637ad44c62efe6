"""Start-up: from process start to the sign-in dialog on screen, against a bare PySide6 window.

    uv run python bench/bench_startup.py

The floor is a bare QMainWindow with 16 tabs shown by a fresh interpreter (DESIGN.md §9: ~0.23 s); the app
opens a store that exists already (migrations current), so the ratio shows what our start-up adds.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import median_ms, report  # noqa: E402

FLOOR = """
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); tabs = QTabWidget()
for i in range(16): tabs.addTab(QWidget(), f"tab {i}")
w.setCentralWidget(tabs); w.show()
QTimer.singleShot(0, app.quit); app.exec()
"""

APP = """
import sys
from PySide6.QtWidgets import QApplication
from app.__main__ import main
from app.ui.session import DeskSession
DeskSession._open_store = lambda self: QApplication.instance().quit()   # stop once the dialog is up
sys.exit(main(["--db", sys.argv[1]]))
"""

READY = """
import sys
from PySide6.QtWidgets import QApplication
from app.__main__ import main
from app.ui.session import DeskSession
real = DeskSession._store_ready
def ready(self):
    real(self)
    QApplication.instance().quit()          # the store is open and the sign-in button enabled
DeskSession._store_ready = ready
sys.exit(main(["--db", sys.argv[1]]))
"""

SIGNED_IN = """
import sys
from app.ui.application import make_app
from app.services.store import open_store, resolve_url
from app.services import auth
from app.ui.ops import Ops
from app.ui.main_window import MainWindow
db = open_store(resolve_url(sys.argv[1]))
app = make_app()
w = MainWindow(db, auth.sign_in(db, "zhuguan", "demo1234"), Ops()); w.show(); app.processEvents()
print(sorted(m for m in ("reportlab", "openpyxl", "pypinyin", "argon2") if m in sys.modules))
"""


def run(code: str, *args: str) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    proc = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          check=True)
    return proc.stdout


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "bench.sqlite3")
        subprocess.run([sys.executable, "-m", "app", "demo", "--db", path], check=True, capture_output=True,
                       env={**os.environ, "FRONTDESK_HOME": tmp})
        os.environ["FRONTDESK_HOME"] = tmp
        floor = median_ms(lambda: run(FLOOR))
        python = median_ms(lambda: run("pass"))
        report("python: empty interpreter", python, "bare Qt window", floor)
        report("frontdesk: sign-in dialog on screen", median_ms(lambda: run(APP, path)), "bare Qt window", floor)
        report("frontdesk: store open, sign-in enabled", median_ms(lambda: run(READY, path)), "bare Qt window",
               floor)
        report("frontdesk: signed in, main window shown", median_ms(lambda: run(SIGNED_IN, path)),
               "bare Qt window", floor)
        print("heavy modules loaded by then:", run(SIGNED_IN, path).strip())


if __name__ == "__main__":
    main()
