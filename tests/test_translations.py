"""Every interface string is translated into Chinese, the built .qm files match their sources, and the
Chinese interface really shows Chinese."""
import subprocess
import sys
from pathlib import Path

from app.config import RESOURCES

TRANSLATIONS = RESOURCES / "translations"


def test_every_string_in_the_code_is_translated():
    proc = subprocess.run([sys.executable, str(TRANSLATIONS / "update.py"), "--check"], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, "untranslated or new strings (run update.py):\n" + proc.stdout[-3000:]


def test_qm_files_are_built_from_the_sources(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for lang in ("zh_CN", "en"):
        built = tmp_path / f"{lang}.qm"
        subprocess.run([str(lrelease), "-silent", str(TRANSLATIONS / f"frontdesk_{lang}.ts"), "-qm", str(built)],
                       check=True)
        assert built.read_bytes() == (TRANSLATIONS / f"frontdesk_{lang}.qm").read_bytes(), lang


def test_chinese_main_window(qtbot, db, admin):
    from app import i18n_qt
    from app.ui.main_window import MainWindow
    from app.ui.ops import Ops
    i18n_qt.install("zh_CN")
    try:
        w = MainWindow(db, admin, Ops())
        qtbot.addWidget(w)
        w._locking = True
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus == ["文件(&F)", "值班(&D)", "设置(&S)", "帮助(&H)"]
        nav = [w.nav.item(i).text() for i in range(w.nav.count())]
        assert "今日" in nav and "房屋档案" in nav
        page = w.show_page("registry")
        headers = [page.rooms.headerData(i, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
                   for i in range(page.rooms.columnCount())]
        assert headers[0] == "房号"
    finally:
        i18n_qt.install("en")
