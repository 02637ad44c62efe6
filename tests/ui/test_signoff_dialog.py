"""主管日审 on screen: from the 值班 menu and from the home tile, the day's rows, signing, the signature shown,
and a refusal kept in the dialog with what the supervisor typed."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication

from app.services import base, signoff, worklog
from app.ui.dialogs.signoff import SignOffDialog
from tests.helpers import estate  # noqa: F401
from tests.ui.conftest import wait_ops
from tests.unit.services.test_complaints import new


def _yesterday_with_records(db, actor, monkeypatch):
    desk = actor("receptionist")
    yesterday = base.now() - timedelta(days=1)
    monkeypatch.setattr("app.services.base.now", lambda: yesterday)
    new(db, desk)
    worklog.create_entry(db, desk, worklog.EntryInput("王建国", "报修水管", phone="13805716688"))
    monkeypatch.undo()
    return yesterday.date()


def test_the_supervisor_reads_and_signs_yesterday(qtbot, db, actor, estate, window_for, monkeypatch):  # noqa: F811
    day = _yesterday_with_records(db, actor, monkeypatch)
    admin = actor("supervisor")
    w = window_for(db, admin)
    action = w.findChild(type(w.menuBar().actions()[0]), "actSignOff")
    assert action is not None and action.isEnabled()
    w.show_page("signoff")                              # the home tile's key opens the dialog
    dlg = w.last_dialog
    assert isinstance(dlg, SignOffDialog)
    assert dlg.day.date().toPython() == day              # the oldest unsigned day first
    assert dlg.model.rowCount() == 1 and "1 without a result" in dlg.summary.text()
    dlg.sign()
    wait_ops(qtbot, w)
    assert "no result" in dlg.bar.text() and dlg.sign_button.isEnabled()   # the work log's open row
    dlg.note.setPlainText("报修已转工程部，明早回访")
    dlg.sign()
    wait_ops(qtbot, w)
    assert not dlg.sign_button.isEnabled() and dlg.note.isReadOnly()
    assert "Signed by" in dlg.bar.text()
    with db.read() as s:
        assert signoff.unsigned_days(s, base.now().date()) == []
    dlg.close()
    QApplication.processEvents()


def test_a_receptionist_has_no_sign_off(qtbot, db, actor, window_for):
    w = window_for(db, actor("receptionist"))
    action = w.findChild(type(w.menuBar().actions()[0]), "actSignOff")
    assert action is None or not action.isVisible() or not action.isEnabled()
