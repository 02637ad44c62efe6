"""装修期间物品放行 driven as the desk and the gate drive it: a slip issued from the kit's dialog, reviewed by the
supervisor typing her password at the receptionist's desk, then at the gate: the number typed by a scanner with
Enter, the slip shown with its items, the carrier's ID, 放行; the second scan refused in Chinese; a mismatch
refused; and the week's reconciliation with the unreturned list."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from app import i18n_qt
from app.services import records
from app.services import release as svc
from tests.conftest import PASSWORD
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.services.test_renovation import desk  # noqa: F401  (fixtures)
from tests.ui.conftest import wait_ops
from tests.ui.test_renovation_page import save
from tests.unit.services.test_release import CARRIER_ID, ITEMS, OWNER_ID, approved, load, permit  # noqa: F401


def scan(qtbot, page, number: str) -> None:
    """What a scanner does: the number's characters typed into the focused field, then Enter."""
    page.show_gate()
    qtbot.keyClicks(page.gate.scan, number)
    qtbot.keyClick(page.gate.scan, Qt.Key.Key_Return)


def test_issue_review_and_release_at_the_gate(qtbot, db, desk, permit, actor, window_for):  # noqa: F811
    reception = actor("receptionist")
    w = window_for(db, reception)
    page = w.show_page("release")
    pane = page.record_panes[0]
    wait_ops(qtbot, w)
    dlg = pane.new_record()
    dlg.form.set_values({"room": "3-2-1502", "purpose": "renovation", "applicant": "王建国",
                         "applicant_type": "owner", "id_number": OWNER_ID, "phone": "13805716688",
                         "authorisation": "owner", "items": ITEMS, "vehicle": "浙A 12345",
                         "exit_date": date(2026, 6, 8), "valid_until": date(2026, 6, 8)})
    save(qtbot, w, dlg)
    assert pane.model.rowCount() == 1
    view = pane.view_data
    assert view.status == "pending"
    # the supervisor reviews at the receptionist's desk with her own password
    review = pane.run_action(next(a for a in view.actions if a.name == "approve"))
    review.form.set_values({"opinion": "同意", "approver": str(desk.staff_id), "approver_password": PASSWORD})
    save(qtbot, w, review)
    slip = load(db, view.id)
    assert slip.status == "approved" and slip.reviewed_by == desk.staff_id and slip.vehicle == "浙A12345"
    # the gate: scanned, shown, released with the carrier's ID
    scan(qtbot, page, slip.number)
    assert page.gate.scan.text() == ""                                   # ready for the next scan
    shown = page.gate.details.text()
    for expected in ("3-2-1502", "王建国", "旧木地板", "废弃瓷砖", "电锤", "2026-06-08"):
        assert expected in shown, expected
    assert page.gate.release_button.isEnabled()
    qtbot.keyClicks(page.gate.carrier, CARRIER_ID)
    page.gate.release_button.click()
    wait_ops(qtbot, w)
    assert load(db, view.id).status == "released"
    assert slip.number in page.gate.verdict.text()
    # the second scan: refused, in Chinese
    i18n_qt.install("zh_CN")
    try:
        scan(qtbot, page, slip.number)
        assert "已使用" in page.gate.verdict.text() and "每张放行条只能使用一次" in page.gate.verdict.text()
        assert not page.gate.release_button.isEnabled()
    finally:
        i18n_qt.install("en")


def test_a_mismatch_is_refused_and_an_unknown_number_said(qtbot, db, desk, permit, window_for):  # noqa: F811
    slip = approved(db, desk)
    w = window_for(db, desk)
    page = w.show_page("release")
    scan(qtbot, page, "FX20990101-0001")
    assert "There is no release slip FX20990101-0001" in page.gate.verdict.text()
    scan(qtbot, page, slip.number.lower())
    page.gate.refuse_button.click()                                      # no mismatch written: refused
    wait_ops(qtbot, w)
    assert "What does not match" in page.gate.verdict.text() and load(db, slip.id).status == "approved"
    scan(qtbot, page, slip.number)
    page.gate.mismatch.setText("多一台冰箱")
    page.gate.refuse_button.click()
    wait_ops(qtbot, w)
    assert load(db, slip.id).status == "refused" and load(db, slip.id).mismatch == "多一台冰箱"


def test_the_weekly_reconciliation_lists_the_unreturned(qtbot, db, desk, clock, actor, window_for):  # noqa: F811
    numbers = []
    for _ in range(2):
        row = approved(db, desk, purpose="other")
        svc.gate_release(db, actor("receptionist"), row.number, CARRIER_ID)
        numbers.append(row.number)
    clock.advance(days=7)
    w = window_for(db, desk)
    page = w.show_page("release")
    page.tabs.setCurrentWidget(page.reconciliation)
    r = page.reconciliation
    assert r.week.date() == QDate(2026, 6, 8)
    assert "2 slips released, 0 gate copies returned, 2 not returned" in r.summary.text()
    r.returned.setPlainText(numbers[0])
    r.button.click()
    wait_ops(qtbot, w)
    assert "1 gate copies returned, 1 not returned" in r.summary.text()
    assert [r.unreturned.item(i).text().split(" · ")[0] for i in range(r.unreturned.count())] == [numbers[1]]
    assert records.get(db, desk, svc.KIND, load_id(db, numbers[0])).rows  # still readable
    w.close()


def load_id(db, number) -> int:
    with db.read() as s:
        from db.models.release import ReleaseSlip
        return s.query(ReleaseSlip.id).filter(ReleaseSlip.number == number).scalar()
