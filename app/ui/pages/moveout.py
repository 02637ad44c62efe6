"""撤租 — the tenants' move-outs (DOMAIN.md §4.11): one record pane of the kit.

The pane gives the chips, the search, the lazy list, the detail pane with the fields, the clocks (the move-out
date, the deposit refund), the timeline and the buttons the workflow allows this user (owner agreed, unit
inspected, cards and keys back, fees settled, moved out, refund, close, cancel). What is the page's own: the
clearance checklist under the buttons (what is done, what is still open), the refund's dialog with the
supervisor's approval, the defaults of the actions and the three prints plus the refund's 押金退还审批表.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QSizePolicy

from app.domain import moveout as M
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import translate
from app.services import moveout as svc
from app.services import records
from app.ui.dialogs.editor import EditorDialog
from app.ui.pages.fees.approval import approval_fields, approval_of, follow_own
from app.ui.widgets import tones
from app.ui.widgets.form import Field
from app.ui.widgets.record_pane import PaneSpec, PrintButton, RecordButton, RecordPage, RecordPane, when
from app.ui.widgets.table_model import Column


def _value(key: str):
    return lambda r: r.values.get(key, "")


COLUMNS = [
    Column("number", T("Moveout", "No."), lambda r: r.number, 136),
    Column("status", T("Moveout", "Status"), lambda r: r.status_label, 90, foreground=tones.row_brush),
    Column("room", T("Moveout", "Room"), _value("room"), 84),
    Column("applicant", T("Moveout", "Applicant"), _value("applicant"), 80),
    Column("planned", T("Moveout", "Moving out on"), _value("planned_date"), 92),
    Column("reason", T("Moveout", "Reason"), _value("reason"), 140),
    Column("deadline", T("Moveout", "Due"), lambda r: when(r.deadline), 110, foreground=tones.row_brush),
]

STATUSES: list[tuple[str, Any]] = [
    ("open", T("Moveout", "Under way")), ("overdue", T("Moveout", "Past the move-out date")),
    *[(s.name, s.label) for s in M.WORKFLOW.states],
    ("all", T("Moveout", "All")),
]

CASES = PaneSpec.for_kind(
    M.KIND, "moveout/cases", columns=COLUMNS, statuses=STATUSES, chips_row=True,
    default_statuses=("open", "overdue", "applied", "inspected", "settled", "moved_out"),
    counted=("overdue", "settled", "moved_out"),
    search_hint=T("Moveout", "Room or CZ No."),
    choose_hint=T("Moveout", "Choose a move-out in the list to see what is still open, or apply with Ctrl+N."),
    empty_hint=T("Moveout", "No move-outs. Press Ctrl+N when a tenant gives notice."),
    report_title=T("Moveout", "Move-outs"), new_label=T("Moveout", "New move-out"),
    new_permission=M.MOVEOUT_MANAGE, new_title=T("Moveout", "A tenant gives notice"),
    defaults_method="action_defaults", detail_extra="clearance", dialogs={"refund": "refund_dialog"},
    buttons=[RecordButton("openRoom", T("Moveout", "Household card"), "", "open_room")],
    prints=[PrintButton("moveout_application", T("Moveout", "Application form"), "printApplication"),
            PrintButton("moveout_inspection", T("Moveout", "Inspection sheet"), "printInspection",
                        enabled=lambda v: v.status not in ("applied", "consented", "cancelled")),
            PrintButton("moveout_settlement", T("Moveout", "Statement"), "printSettlement"),
            PrintButton("deposit_refund", T("Moveout", "Refund approval"), "printRefund",
                        number=lambda v: v.refund_no, enabled=lambda v: bool(v.refund_no))],
)


class Clearance(QListWidget):
    """The move-out's checklist: each step done (✓) or still open (○), with what it says."""

    def __init__(self, page: MoveOutPage, pane: RecordPane) -> None:
        super().__init__(pane)
        self.setObjectName("clearance")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(120)

    def show_record(self, view: records.RecordView | None) -> None:
        self.clear()
        if view is None or view.detail is None:
            return
        for line in view.detail.checklist:
            mark = "✓" if line.done else "○"
            item = QListWidgetItem(f"{mark} {line.label}" + (f"：{line.detail}" if line.detail else ""))
            if not line.done:
                item.setForeground(tones.ATTENTION)
            self.addItem(item)


class _RefundDialog(EditorDialog):
    kind = M.KIND

    def __init__(self, page: MoveOutPage, view: records.RecordView) -> None:
        fields = [Field("amount", M.REFUND.label, required=True, placeholder=f"{view.detail.held:.2f}"),
                  Field("deduction", M.DEDUCTION.label, placeholder="0.00"),
                  Field("deduction_reason", M.DEDUCTION_REASON.label, max_len=200),
                  *approval_fields(page.db, page.actor)]
        super().__init__(page.window_, translate("MoveOutPage", "Refund the deposit of {number}").format(
            number=view.number), fields, 1)
        self.form.set_value("amount", f"{view.detail.held:.2f}")
        follow_own(self.form, page.actor)
        self._page, self._view = page, view

    def submit(self, values: dict[str, Any]) -> Any:
        raw = {k: values.get(k) or "" for k in ("amount", "deduction", "deduction_reason")}
        return svc.refund(self._page.db, self._page.actor, self._view.id, raw, approval_of(values),
                          version=self._view.version)


class MoveOutPage(RecordPage):
    panes = (CASES,)

    def clearance(self, pane: RecordPane) -> Clearance:
        widget = Clearance(self, pane)
        pane.shown.connect(widget.show_record)
        return widget

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        if action == "move_out":
            return {"actual_date": date.today().isoformat()}
        if action == "consent":
            return {"consent_by": view.owner_name}
        return {}

    def refund_dialog(self, view: records.RecordView):
        dialog = _RefundDialog(self, view)
        dialog.accepted.connect(lambda: self.bar.info(translate("MoveOutPage", "Deposit refunded: {number}.").format(
            number=view.number)))
        dialog.show()
        return dialog

    def open_room(self, view: records.RecordView) -> None:
        self.window_.open_room(view.detail.room_id)


__all__ = ["MoveOutPage", "COLUMNS"]
