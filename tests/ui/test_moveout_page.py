"""撤租 driven as the desk drives it: a tenant's notice from the new-record dialog (a refused rule shown beside its
field), the list, the detail with the clearance checklist (done and open steps), the buttons and prints, and
the refund's own dialog with the supervisor's approval."""
from __future__ import annotations

from datetime import date

from app.services import moveout as svc
from app.services import records
from db.models.moveout import MoveOut
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.ui.conftest import wait_ops
from tests.ui.test_keys_page import fill, load, names, save
from tests.unit.services.test_moveout import act, apply, consent, desk, engineer, let  # noqa: F401  (fixtures)


def test_a_notice_from_the_dialog_and_its_checklist(qtbot, db, desk, let, clock, window_for):  # noqa: F811
    w = window_for(db, desk)
    page = w.show_page("moveout")
    pane = page.record_panes[0]
    assert pane.model.rowCount() == 0
    dlg = pane.new_record()
    fill(dlg, {"room": "3-2-1502", "phone": "13912345678", "reason": "租期届满"})
    dlg.form.set_value("planned_date", clock.at.date())           # too short a notice
    dlg.save()
    wait_ops(qtbot, w)
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("planned_date")), timeout=10000)
    assert dlg.isVisible() and "2026-06-11" in dlg.form.error_text("planned_date")
    dlg.form.set_value("planned_date", date(2026, 6, 11))
    save(qtbot, w, dlg)
    pane.reload()
    assert pane.model.rowCount() == 1
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: pane.view_data is not None, timeout=10000)
    assert names(pane) == ["action_consent", "action_cancel"]
    checklist = page.findChild(type(pane.extra), "clearance")
    qtbot.waitUntil(lambda: checklist.count() == 9, timeout=10000)
    texts = [checklist.item(i).text() for i in range(checklist.count())]
    with db.read() as s:
        lines = svc.clearance(s, pane.view_data.id)
    assert texts[0].startswith("✓") and texts[1] == f"○ {lines[1].label}：{lines[1].detail}"
    assert pane.print_buttons["printApplication"].isEnabled()
    assert not pane.print_buttons["printRefund"].isEnabled()


def test_the_refund_dialog_takes_the_supervisors_password(qtbot, db, desk, admin, let, engineer,  # noqa: F811
                                                          window_for):
    from tests.conftest import PASSWORD
    mid = apply(db, desk)
    consent(db, desk, mid)
    act(db, engineer, mid, "inspect", inspector="刘工")
    act(db, desk, mid, "returns", cards_returned="1", keys_returned="2")
    act(db, desk, mid, "settle")
    act(db, desk, mid, "move_out", actual_date="2026-06-11")
    w = window_for(db, desk)
    page = w.show_page("moveout")
    pane = page.record_panes[0]
    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: pane.view_data is not None, timeout=10000)
    assert "action_refund" in names(pane)
    view = records.get(db, desk, "moveout", mid)
    dlg = page.refund_dialog(view)
    assert dlg.form.value("amount") == "500.00"
    dlg.form.set_value("approver", str(admin.staff_id))
    dlg.form.set_value("approver_password", PASSWORD)
    save(qtbot, w, dlg)
    assert load(db, MoveOut, mid).status == "refunded"
