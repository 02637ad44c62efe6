"""房屋租赁 driven as the desk drives it: filing a lease from the new-record dialog (a refused rule shown beside
its field), the list with 资料待补 / 即将到期 coloured and counted, the detail with its buttons and prints, the
band of the month's figures, and the household card's section."""
from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.services import records
from db.models import Room
from tests.helpers import estate  # noqa: F401  (fixture)
from tests.ui.conftest import wait_ops
from tests.ui.test_keys_page import action, fill, names, save
from tests.unit.services.test_lease import TENANT_ID, lease_input, rid


def test_file_a_lease_and_act_on_it(qtbot, db, actor, estate, window_for):  # noqa: F811
    desk = actor("receptionist")
    w = window_for(db, desk)
    page = w.show_page("lease")
    pane = page.record_panes[0]
    assert pane.model.rowCount() == 0
    dlg = pane.new_record()
    typed = {"room": "3-2-1502", "owner_name": "王建国", "tenant_name": "刘小", "id_number": rid("20100101"),
             "phone": "13912345678"}
    fill(dlg, typed)
    dlg.form.set_value("start_date", date(2026, 6, 15))
    dlg.form.set_value("end_date", date(2027, 6, 14))
    dlg.save()
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("id_number")), timeout=10000)
    assert dlg.isVisible() and "18" in dlg.form.error_text("id_number")
    fill(dlg, {"tenant_name": "李明", "id_number": TENANT_ID})
    save(qtbot, w, dlg)
    pane.reload()
    assert pane.model.rowCount() == 1
    pane.table.selectRow(0)
    view = pane.view_data
    assert view is not None and view.status == "incomplete"      # no document attached from the dialog
    brush = pane.model.data(pane.model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().name() == "#b26a00"
    assert names(pane) == ["action_complete", "action_cards", "action_police", "action_terminate"]
    assert action(pane, "complete").isEnabled() and pane.print_buttons["printRegistration"].isEnabled()
    assert not pane.print_buttons["printCards"].isEnabled()      # no card issued yet
    with db.read() as s:
        assert s.scalar(select(Room.occupancy_state).where(Room.code == "3-2-1502")) == "rented"
    wait_ops(qtbot, w)
    assert "1" in page.kpi_label.text()


def test_expiring_leases_are_coloured_and_counted(qtbot, db, actor, estate, window_for, monkeypatch):  # noqa: F811
    desk = actor("receptionist")
    monkeypatch.setattr("app.services.base.now", lambda: datetime(2026, 6, 8, 9, 0))
    records.create(db, desk, "lease", lease_input(start_date="2026-01-01", end_date="2026-06-30"))
    w = window_for(db, desk)
    page = w.show_page("lease")
    pane = page.record_panes[0]
    pane.status.setCurrentIndex(pane.status.findData("expiring"))
    assert pane.model.rowCount() == 1 and pane.model.row_at(0).derived == "expiring"
    brush = pane.model.data(pane.model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert brush is not None and brush.color().name() == "#b26a00"
    assert date(2026, 6, 30).isoformat() in pane.model.data(pane.model.index(0, 5), Qt.ItemDataRole.DisplayRole)
    wait_ops(qtbot, w)
