"""装修期间物品放行 — the goods-release slips (DOMAIN.md §4.12): the slips' pane of the kit (issue with Ctrl+N,
the supervisor's review, void, the printed 一式三联), the gate check and the weekly reconciliation as tabs of
the page's own (:mod:`app.ui.pages.release_gate`).

The review is done by the supervisor acting: signed in, she approves; at another's desk she chooses her name
and types her own password (:class:`ReviewDialog`).
"""
from __future__ import annotations

from typing import Any

from app.domain import release as RL
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import translate
from app.services import records
from app.services import release as svc
from app.ui.dialogs.action import ActionDialog
from app.ui.widgets import tones
from app.ui.widgets.form import Field
from app.ui.widgets.record_pane import PaneSpec, PrintButton, RecordPage
from app.ui.widgets.table_model import Column, attr

COLUMNS = [
    Column("number", T("Release", "No."), attr("number"), 130),
    Column("status", T("Release", "Status"), attr("status_label"), 120, foreground=tones.row_brush),
    Column("room", T("Release", "Room"), attr("room"), 84),
    Column("applicant", T("Release", "Applicant"), attr("applicant"), 90),
    Column("purpose", T("Release", "Goods"), attr("purpose"), 100),
    Column("exit", T("Release", "Exit day"), lambda r: f"{r.exit_date:%Y-%m-%d}", 90),
    Column("until", T("Release", "Valid until"), lambda r: f"{r.valid_until:%Y-%m-%d}", 90),
    Column("gate", T("Release", "At the gate"), lambda r: f"{r.exit_at:%m-%d %H:%M}" if r.exit_at else "", 90),
]

SLIPS = PaneSpec(
    kind=RL.KIND, settings_key="release/slips", columns=COLUMNS, list_fn=svc.list_slips, count_fn=svc.count_slips,
    statuses=svc.VIEWS, default_statuses=("open", "pending", "approved", "unreturned"),
    counted=("pending", "approved", "unreturned"), chips_row=True, title=T("Release", "Slips"),
    search_hint=T("Release", "No., room or applicant"),
    choose_hint=T("Release", "Choose a slip on the left, or issue one with Ctrl+N."),
    empty_hint=T("Release", "No release slip is waiting. Press Ctrl+N to issue one."),
    empty_hints={"unreturned": T("Release", "Every gate copy of a released slip is back."),
                 "expired": T("Release", "No slip has expired unused.")},
    report_title=T("Release", "Goods release slips"), new_label=T("Release", "Issue a slip"),
    new_title=T("Release", "Issue a goods-release slip"), new_permission=RL.RELEASE_ISSUE,
    prints=[PrintButton("release_slip", T("Release", "Release slip"), "printSlip")],
)


class ReviewDialog(ActionDialog):
    """审核: the supervisor signed in approves herself; at another's desk she chooses her name and types her
    own password (the review is then recorded as hers)."""

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, context)
        if window.actor.can(RL.RELEASE_REVIEW) and window.actor.staff_id:
            self.form.set_values({"approver": str(window.actor.staff_id)})

    def extra_fields(self) -> list[Field]:
        return [Field(records.APPROVER_PASSWORD, T("Release", "Supervisor's own password"), kind="password",
                      max_len=128, placeholder=T("Release", "Typed by the supervisor, unless signed in here"))]

    def submit(self, values: dict[str, Any]) -> int:
        c = self.context
        approver = values.get("approver")
        return svc.review(self.window_.db, self.window_.actor, c["id"], str(values.get("opinion") or ""),
                          approver=int(approver) if approver else None,
                          approver_password=str(values.get(records.APPROVER_PASSWORD) or ""),
                          version=c.get("version"))


ActionDialog.own[(RL.KIND, "approve")] = ReviewDialog


class ReleasePage(RecordPage):
    panes = (SLIPS,)

    def extra_tabs(self):
        from app.ui.pages.release_gate import GatePane, ReconcilePane
        self.gate = GatePane(self)
        self.reconciliation = ReconcilePane(self)
        return [(self.gate, translate("ReleasePage", "Gate check")),
                (self.reconciliation, translate("ReleasePage", "Weekly reconciliation"))]

    def __init__(self, window) -> None:
        super().__init__(window)
        assert self.tabs is not None
        self.tabs.currentChanged.connect(self._tab_shown)

    def _tab_shown(self, _index: int) -> None:
        assert self.tabs is not None
        if self.tabs.currentWidget() is self.gate:
            self.gate.scan.setFocus()
        elif self.tabs.currentWidget() is self.reconciliation:
            self.reconciliation.reload()

    def show_gate(self) -> None:
        assert self.tabs is not None
        self.tabs.setCurrentWidget(self.gate)


__all__ = ["ReleasePage", "COLUMNS"]
