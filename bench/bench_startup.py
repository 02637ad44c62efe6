"""Start-up: from a fresh process to the sign-in dialog painted with its text, against a bare PySide6 window.

    uv run python bench/bench_startup.py [--quick] [--runs 7]

Each probe is a fresh interpreter that ends (``os._exit``) right after the first paint event of what the
user sees has been delivered, caught by an event filter on the window: for the floor a bare QMainWindow with
16 tabs, for the app the sign-in dialog's title (the estate's name and the desk's subtitle, its text) as
``frontdesk --db`` shows it on the estate of bench/estate.py. Floor and app run alternately; the medians'
ratio must be ≤ 1.5× (bench/README.md). Also shown, without a target: the store open and 登录 enabled.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import estate  # noqa: E402
from bench.common import Targets  # noqa: E402

TARGET = 1.5

#: ends the process once the watched widget's first paint event has been delivered
PAINTED = """
import os
from PySide6.QtCore import QEvent, QObject, QTimer
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False
painted = Painted()
"""

FLOOR = PAINTED + """
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
app = QApplication([])
w = QMainWindow(); tabs = QTabWidget()
for i in range(16): tabs.addTab(QWidget(), f"tab {i}")
w.setCentralWidget(tabs); w.installEventFilter(painted); w.show()
app.exec()
"""

APP = PAINTED + """
import sys
from app.__main__ import main
from app.ui.dialogs.sign_in import SignInDialog
real = SignInDialog._set_title
def watched(self, name):
    real(self, name)
    self.title.installEventFilter(painted)     # the dialog's text: the estate's name and the subtitle
SignInDialog._set_title = watched
sys.exit(main(["--db", sys.argv[1]]))
"""

READY = """
import os, sys
from app.__main__ import main
from app.ui.session import DeskSession
real = DeskSession._store_ready
def ready(self):
    real(self)
    os._exit(0)          # the store is open and the sign-in button enabled
DeskSession._store_ready = ready
sys.exit(main(["--db", sys.argv[1]]))
"""


def run_ms(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], env=env, check=True, capture_output=True)
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    estate.add_arguments(parser)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    p = estate.params_of(args)
    path = str(estate.ensure(p))
    t = Targets(f"start-up on {p.path.name} ({os.environ.get('QT_QPA_PLATFORM', 'offscreen')})", large=p.large)
    floor, app, ready = [], [], []
    run_ms(FLOOR), run_ms(APP, path)     # warm the OS file cache
    for _ in range(args.runs):
        floor.append(run_ms(FLOOR))
        app.append(run_ms(APP, path))
        ready.append(run_ms(READY, path))
    f = statistics.median(floor)
    t.ratio("sign-in dialog painted, fresh process", statistics.median(app), f, TARGET)
    r = statistics.median(ready)
    print(f"{'store open, sign-in enabled (no target)':<46} {r:9.2f} ms / {f:8.2f} ms = {r / f:5.2f}×")
    return t.exit_code()


if __name__ == "__main__":
    sys.exit(main())
