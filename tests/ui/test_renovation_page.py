"""房屋装修申报 driven as the desk drives it: a new application from the kit's dialog, the checklist in the
detail pane, a worker added with the page's dialog, the pre-review and reviews by the buttons, the fees dialog,
the permit (its print enabled once issued), and the page fitting 1366×768."""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton

from app.services import records
from app.services import renovation as svc
from tests.helpers import clock, estate  # noqa: F401  (fixtures)
from tests.services.test_renovation import (  # noqa: F401  (fixtures)
    WORKER_ID,
    application,
    desk,
    load,
)
from tests.ui.conftest import wait_ops


def save(qtbot, window, dlg) -> None:
    dlg.save()
    wait_ops(qtbot, window)
    assert not dlg.isVisible() or not dlg.bar.isVisible(), dlg.bar.text() if hasattr(dlg.bar, "text") else ""
    errors = {k: dlg.form.error_text(k) for k in dlg.form.widgets if dlg.form.error_text(k)}
    assert not errors, errors
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_ops(qtbot, window)


def button(pane, action: str):
    return pane.actions_box.findChild(QPushButton, f"action_{action}")


def test_application_to_permit_on_the_page(qtbot, db, desk, window_for, tmp_path):  # noqa: F811
    w = window_for(db, desk)
    page = w.show_page("renovation")
    pane = page.record_panes[0]
    wait_ops(qtbot, w)
    assert pane.model.rowCount() == 0
    dlg = pane.new_record()
    raw = application()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    raw.update({role: [str(scan)] for role in ("doc_id", "doc_ownership", "doc_drawings", "doc_licence",
                                               "doc_guarantee")})
    raw.update(planned_start=date(2026, 6, 16), planned_end=date(2026, 8, 31))
    dlg.form.set_values(raw)
    save(qtbot, w, dlg)
    assert pane.model.rowCount() == 1
    view = pane.view_data
    assert view.status == "pending"
    assert "Worker list (at least one worker)" in view.detail.missing
    assert pane.record_buttons["addWorker"].isEnabled() and not pane.record_buttons["collectFees"].isEnabled()
    assert not pane.print_buttons["printPermit"].isEnabled() and pane.print_buttons["printApplication"].isEnabled()
    photo = tmp_path / "face.png"
    from tests.services.test_renovation import png
    photo.write_bytes(png()[1])
    dlg = page.add_worker(view)
    dlg.form.set_values({"name": "钱师傅", "id_number": WORKER_ID, "phone": "13700001111", "photo": [str(photo)]})
    save(qtbot, w, dlg)
    view = records.get(db, desk, svc.KIND, view.id)
    assert view.detail.missing == [] and view.detail.workers[0].has_photo
    for action, values in (("accept", {}), ("eng_pass", {"opinion": "同意"}), ("approve", {"opinion": "同意"}),
                           ("sign_agreement", {"signed_on": "2026-06-08"})):
        records.act(db, desk, svc.KIND, view.id, action, values)
    page.refresh()
    wait_ops(qtbot, w)
    current = records.get(db, desk, svc.KIND, view.id)
    dlg = page.collect_fees(current)
    dlg.form.set_values({"owner_deposit": "2000", "garbage": True, "method": "cash"})
    save(qtbot, w, dlg)
    assert {f.kind for f in records.get(db, desk, svc.KIND, view.id).detail.fees} == {"owner_deposit", "garbage"}
    records.act(db, desk, svc.KIND, view.id, "issue_permit", {})
    assert load(db, view.id).permit_no.startswith("XK")


def test_bad_amount_is_refused_in_the_fees_dialog(qtbot, db, desk, window_for):  # noqa: F811
    w = window_for(db, desk)
    page = w.show_page("renovation")
    case_id = records.create(db, desk, svc.KIND, application())
    dlg = page.collect_fees(records.get(db, desk, svc.KIND, case_id))
    dlg.form.set_values({"owner_deposit": "20.001"})
    dlg.save()
    wait_ops(qtbot, w)
    assert dlg.isVisible()


def test_a_case_a_notice_keeps_stopped_offers_no_resume(qtbot, db, desk, window_for):  # noqa: F811
    """The page offers no 复工 while a violation notice holds the work, and says which notice holds it."""
    from tests.services.test_renovation import permitted
    from tests.unit.services.test_site import notice
    case_id = permitted(db, desk)
    nid = notice(db, desk, case_id, stop_work=True)
    number = records.get(db, desk, "site_notice", nid).number
    w = window_for(db, desk)
    page = w.show_page("renovation")
    wait_ops(qtbot, w)
    page.open_record(svc.KIND, case_id)
    wait_ops(qtbot, w)
    pane = page.record_panes[0]
    assert pane.view_data.status == "stopped"
    assert button(pane, "resume") is None and button(pane, "apply_completion") is None
    assert button(pane, "extend") is not None
    assert number in pane.title.text()
    records.act(db, desk, "site_notice", nid, "recheck_pass", {"note": "已整改"})
    records.act(db, desk, svc.KIND, case_id, "stop", {"note": "业主要求暂停"})
    page.open_record(svc.KIND, case_id)
    wait_ops(qtbot, w)
    assert button(pane, "resume") is not None and number not in pane.title.text()
