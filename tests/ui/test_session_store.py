"""The desk's start on a damaged or foreign database (issue 16, item 6): never stuck at "Opening the
database…"; a damaged file with an intact backup is offered the restore."""
from PySide6.QtWidgets import QMessageBox

from app.ui.session import DeskSession
from db import backup as backups
from db.engine import sqlite_url
from tests.conftest import new_store
from tests.e2e.test_cli_damaged import DAMAGE


def start(qtbot, monkeypatch, path):
    session = DeskSession(url=sqlite_url(path))
    quits = []
    monkeypatch.setattr(session, "_quit", lambda: quits.append(True))
    session.start()
    qtbot.addWidget(session.sign_in_dialog)
    return session, quits


def test_a_text_file_is_refused_with_a_message_not_a_hang(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "fd.sqlite3"
    path.write_text("not a database\n" * 200)
    session, quits = start(qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: session.failure is not None and session.failure.isVisible())
    assert "not an SQLite file" in session.failure.text() and session.db is None
    session.failure.done(QMessageBox.StandardButton.Close.value)
    assert quits == [True]


def test_a_damaged_file_is_offered_the_newest_intact_backup(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "fd.sqlite3"
    new_store(path).dispose()
    backup = backups.backup(path, tmp_path / "backups", "daily")
    path.write_bytes(DAMAGE["damaged page"](path.read_bytes()))
    session, quits = start(qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: session.restore_offer is not None and session.restore_offer.isVisible())
    assert backup.name in session.restore_offer.informativeText()
    session.restore_offer.done(QMessageBox.StandardButton.Yes.value)
    qtbot.waitUntil(lambda: session.sign_in_dialog.db is not None)
    assert not quits and "Restored" in session.sign_in_dialog.bar.text()
    assert list((tmp_path / "backups").glob("*before-restore*"))     # the damaged file is kept
    session.db.dispose()
