"""A page for the test ticket made only of the kit's declarations (no UI code of its own): the list, the
new-record and action dialogs from the declared fields, the timeline, the overdue chip, attachments and the
print button."""
from __future__ import annotations

import tempfile
from datetime import datetime, timedelta

import pytest
from pypdf import PdfReader

from app.domain.relay import RELAY_CREATE
from app.services import base, printing, records
from app.services.base import unit_of_work
from app.ui import settings
from app.ui.widgets.record_pane import PaneSpec, RecordPage
from tests.kit.test_records import PNG
from tests.kit.ticket import KIND, new_ticket

SPEC = PaneSpec.for_kind(KIND, "tests/ticket", new_label="New ticket", new_permission=RELAY_CREATE,
                         empty_hint="No open tickets: press Ctrl+N to register one.")


@pytest.fixture
def page(qtbot, kit_db, admin, window_for):
    window = window_for(kit_db, admin)
    page = RecordPage(window, [SPEC])
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    page.refresh()
    return page


def saved(qtbot, page, dlg) -> None:
    with qtbot.waitSignal(page.ops.records_changed, timeout=10000):
        dlg.save()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)


def test_a_declared_workflow_gets_a_working_page(qtbot, qtmodeltester, page, kit_db, admin, tmp_path,
                                                 monkeypatch):
    pane = page.current()
    assert pane.model.rowCount() == 0 and pane.empty.isVisible()
    assert "Ctrl+N" in pane.empty.text()
    # a new ticket from the record fields, refused until the required ones are filled
    dlg = pane.new_record()
    dlg.form.set_value("urgency", "urgent")
    dlg.save()
    assert dlg.isVisible() and dlg.form.error_text("subject")
    dlg.form.set_values({"subject": "电梯异响", "room_code": "9-9-9999"})
    dlg.save()
    qtbot.waitUntil(lambda: bool(dlg.form.error_text("room_code")), timeout=10000)
    assert "9-9-9999" in dlg.form.error_text("room_code") and dlg.isVisible()   # nothing typed is lost
    assert dlg.form.value("subject") == "电梯异响"
    dlg.form.set_value("room_code", "")
    saved(qtbot, page, dlg)
    pane.reload()
    assert pane.model.rowCount() == 1 and not pane.empty.isVisible()
    qtmodeltester.check(pane.model)
    pane.table.selectRow(0)
    view = pane.view_data
    assert view.number.startswith("TS") and "电梯异响" in pane.title.text()
    assert [b.objectName() for b in pane.action_buttons] == ["action_wait", "action_resolve", "action_void"]
    assert pane.action_buttons[0].shortcut().toString() == "Alt+1"
    assert "due" in pane.clock_label.text()
    # an action from its declared fields: a required note is refused beside it, then saved
    pane.action_buttons[0].click()
    act = page.dialog
    act.save()
    assert act.isVisible() and act.form.error_text("note")
    act.form.set_value("note", "等业主回电")
    saved(qtbot, page, act)
    qtbot.waitUntil(lambda: pane.view_data.status == "waiting", timeout=5000)
    assert "paused" in pane.clock_label.text()
    assert [e.action for e in pane.events.rows] == ["Registered", "Wait for the owner"]
    # resolve with a photo and the time it really happened
    photo = tmp_path / "现场.png"
    photo.write_bytes(PNG)
    next(b for b in pane.action_buttons if b.objectName() == "action_resolve").click()
    act = page.dialog
    act.form.set_values({"result": "已更换导轨", "photo": [str(photo)],
                         "effective_at": datetime.now().strftime("%H:%M")})
    saved(qtbot, page, act)
    qtbot.waitUntil(lambda: pane.view_data.status == "resolved", timeout=5000)
    assert pane.files_box.isVisible() and len(pane.view_data.attachments) == 1
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))      # the viewer's copy stays in this test's folder
    opened = pane.open_attachment(pane.view_data.attachments[0].id)
    assert opened.startswith(str(tmp_path)) and open(opened, "rb").read()[:4] == b"\x89PNG"
    # the print button prints the record sheet of this number
    assert pane.print_btn.isEnabled()
    pdf = printing.render_document(kit_db, admin, "record_sheet", view.number)
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    text = "".join(p.extract_text() for p in PdfReader(path).pages)
    assert view.number in text and "处理记录" in text and "已更换导轨" in text
    # the header state is kept under the pane's declared key
    pane.table.setColumnWidth(0, 170)
    assert settings.header_key("tests/ticket").get() is not None


def test_the_overdue_chip_lists_what_ran_out(qtbot, page, kit_db, admin, monkeypatch):
    with unit_of_work(kit_db, admin) as s:
        late = new_ticket(s, admin, urgency="urgent").id
        new_ticket(s, admin, urgency="general")
    pane = page.current()
    monkeypatch.setattr(base, "now", lambda: datetime.now().replace(microsecond=0) + timedelta(hours=30))
    pane.status.setCurrentIndex(pane.status.findData("overdue"))
    assert [r.id for r in pane.model.rows] == [late] and pane.model.rows[0].overdue
    assert "overdue" in pane.model.data(pane.model.index(0, 1))
    pane.search.setText("no such ticket")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0, timeout=3000)    # typing reloads after a pause
    assert pane.empty.text() == "Nothing matches this filter."
    page.open_record(KIND.kind, late)                                     # a link opens it, widening the filter
    assert pane.view_data.id == late and pane.status.currentData() == "all"


def test_roles_see_only_their_actions(qtbot, kit_db, actor, window_for):
    with unit_of_work(kit_db, actor("supervisor")) as s:
        tid = new_ticket(s, actor("supervisor")).id
    window = window_for(kit_db, actor("receptionist"))
    page = RecordPage(window, [SPEC])
    qtbot.addWidget(page)
    page.open_record(KIND.kind, tid)
    names = [b.objectName() for b in page.current().action_buttons]
    assert names == ["action_wait", "action_resolve"]                     # voiding needs the supervisor
    assert records.get(kit_db, actor("receptionist"), KIND.kind, tid).actions[0].name == "wait"


def test_a_page_adds_tabs_of_its_own_after_its_pane(qtbot, kit_db, admin, window_for):
    """``extra_tabs``: one pane and a tab of the page's own; on that tab the keys act on the pane."""
    from PySide6.QtWidgets import QLabel

    class WithGate(RecordPage):
        def extra_tabs(self):
            self.gate = QLabel("gate")
            return [(self.gate, "Gate")]

    with unit_of_work(kit_db, admin) as s:
        tid = new_ticket(s, admin).id
    page = WithGate(window_for(kit_db, admin), [SPEC])
    qtbot.addWidget(page)
    assert page.tabs is not None and [page.tabs.tabText(i) for i in range(page.tabs.count())][1:] == ["Gate"]
    page.tabs.setCurrentWidget(page.gate)
    assert page.current() is page.record_panes[0]
    page.open_record(KIND.kind, tid)
    assert page.tabs.currentWidget() is page.record_panes[0] and page.current().view_data.id == tid
