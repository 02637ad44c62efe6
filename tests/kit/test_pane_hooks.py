"""Hooks of the record pane for a page with parts of its own: an action's own dialog, a widget in the detail
pane that follows the record shown, a button enabled by the record's view, action buttons without Alt+digits
(the page's own come first), the right-click menu of the list, opening a record widens a choice filter
to "all", and the splitter's first sizes come from the spec."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLabel

from app.domain.relay import RELAY_CREATE
from app.services import records
from app.services.base import unit_of_work
from app.ui.widgets.record_pane import ChoiceFilter, PaneSpec, RecordButton, RecordPage
from tests.kit.ticket import KIND, new_ticket


def _list(db, actor, urgency="all", **filters):
    rows = records.list_records(db, actor, KIND.kind, **filters)
    return [r for r in rows if urgency == "all" or r.values["urgency"] == urgency.capitalize()]


SPEC = PaneSpec.for_kind(
    KIND, "tests/ticket_hooks", list_fn=_list, count_fn=None, new_label="New ticket", new_permission=RELAY_CREATE,
    filters=[ChoiceFilter("urgency", [("urgent", "Urgent"), ("all", "All"), ("general", "General")],
                          to_filters=lambda value: {"urgency": value})],
    dialogs={"wait": "own_wait"}, detail_extra="extra", action_keys=False,
    buttons=[RecordButton("editTicket", "Edit", "", "edit", enabled=lambda view: view.tone == "")])


class HookPage(RecordPage):
    panes = (SPEC,)

    def extra(self, pane):
        self.extra_label = QLabel(pane)
        pane.shown.connect(lambda view: self.extra_label.setText(view.number if view else "—"))
        return self.extra_label

    def own_wait(self, view):
        self.waited = view.id
        dialog = QDialog(self)
        dialog.show()
        return dialog

    def edit(self, view):
        self.edited = view.id


@pytest.fixture
def page(qtbot, kit_db, admin, window_for):
    page = HookPage(window_for(kit_db, admin))
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_page_adds_its_own_parts_to_the_record_pane(qtbot, page, kit_db, admin):
    with unit_of_work(kit_db, admin) as s:
        general = new_ticket(s, admin, urgency="general").id
        new_ticket(s, admin, urgency="urgent")
    pane = page.current()
    pane.reload()
    assert pane.model.rowCount() == 1 and page.extra_label.text() == "—"    # urgent first: the first choice
    page.open_record(KIND.kind, general)                                   # widened to "all"
    assert pane.choice_filters[0].currentData() == "all" and pane.model.rowCount() == 2
    view = pane.view_data
    assert page.extra_label.text() == view.number                          # the page's part follows the record
    assert [b.shortcut().toString() for b in pane.action_buttons] == ["", "", ""]
    edit = pane.record_buttons["editTicket"]
    assert edit.isEnabled()
    edit.click()
    assert page.edited == general
    menu = [a.text() for a in pane.context_menu().actions()]
    assert menu == ["Wait for the owner", "Resolve", "Void", "Edit", "Print"]
    next(b for b in pane.action_buttons if b.objectName() == "action_wait").click()
    assert page.waited == general and isinstance(page.dialog, QDialog) and page.dialog.isVisible()
    page.dialog.close()
    records.act(kit_db, admin, KIND.kind, general, "void", {"reason": "重复"})
    pane.reload()
    assert not edit.isEnabled() and "Edit" not in [a.text() for a in pane.context_menu().actions()]


def test_a_pane_declares_its_splitter_and_a_note_field_its_placeholder(qtbot, kit_db, admin, window_for):
    from app.domain.fields import NOTE
    from app.ui.widgets.form import Field, FormView
    wide = PaneSpec.for_kind(KIND, "tests/ticket_sizes", sizes=(300, 900))
    page = RecordPage(window_for(kit_db, admin), [wide])
    qtbot.addWidget(page)
    page.resize(1300, 700)
    page.show()
    left, right = page.current().splitter.sizes()
    assert left < right                                      # the detail pane wider, as declared
    form = FormView([Field("note", NOTE.label, "multiline", placeholder="例如：业主出差")])
    qtbot.addWidget(form)
    assert form.widgets["note"].placeholderText() == "例如：业主出差"
