"""零星入住 — the owners who take over their unit at the desk after the developer's batch handover (DOMAIN.md
§4.13): documents, the joint inspection, agreements, fees, keys, the household file.

One record pane of the kit: the chips (in progress first, 暂缓 counted), the lazy list, the detail pane with
the fields, the clocks, the timeline and the buttons the workflow allows this user; the kit's new-record dialog
(Ctrl+N) and action dialogs, the joint inspection's own layout (app.ui.dialogs.movein). What is the page's own:
the columns, the inspection's checklist under the buttons, the three prints (业主入住登记表, 房屋验收交接单,
钥匙/资料领取签收单), the household card, 导入交房清单, the defaults of the actions and the band of the month's
figures (handed over, keys handed, in progress, 暂缓, 入住率).

Keys: Ctrl+N register a move-in, Ctrl+P print the registration form, F5 refresh, Alt+1 … Alt+9 the actions.
"""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain import movein as M
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import movein as svc
from app.services import records
from app.ui.dialogs import movein as _dialogs  # noqa: F401  (the inspection's own dialog)
from app.ui.widgets import tones
from app.ui.widgets.record_pane import (
    ListButton,
    MonthFigures,
    PaneSpec,
    PrintButton,
    RecordButton,
    RecordPage,
    RecordPane,
    figure,
    percent,
)
from app.ui.widgets.table_model import Column, LazyTableModel, attr, record_view


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


COLUMNS = [
    Column("number", T("MoveIn", "No."), attr("number"), 124),
    Column("status", T("MoveIn", "Status"), attr("status_label"), 110, foreground=tones.row_brush),
    Column("room", T("MoveIn", "Room"), attr("room_code"), 84),
    Column("owner", T("MoveIn", "Owner (buyer)"), attr("owner_name"), 90),
    Column("defects", T("MoveIn", "Defects"), lambda r: r.defects or "", 50,
           Qt.AlignmentFlag.AlignCenter, lambda r: tones.ATTENTION if r.defects else None),
    Column("handover", T("MoveIn", "Handover date"), lambda r: _day(r.handover_date), 86),
    Column("receipt", T("MoveIn", "Receipt no."), attr("receipt_no"), 124),
]

STATUSES = [("open", T("MoveIn", "In progress")),
            *[(name, M.MOVEIN.state(name).label) for name in ("on_hold", "docs_check", "inspected", "signed", "paid",
                                                              "completed", "archived", "void")],
            ("all", T("MoveIn", "All"))]

#: the finding last: it takes what the narrow detail pane leaves
CHECK_COLUMNS = [
    Column("item", T("MoveIn", "Checklist"), attr("label"), 150),
    Column("result", T("MoveIn", "Result"), lambda c: str(T("MoveIn", "OK") if c.ok else T("MoveIn", "Defect")), 60,
           foreground=lambda c: None if c.ok else tones.LATE),
    Column("slip", T("MoveIn", "Work slip"), attr("slip_no"), 124),
    Column("note", T("MoveIn", "Finding"), attr("note"), 120),
]

CASES = PaneSpec(
    kind=M.MOVEIN_KIND, settings_key="movein/cases", columns=COLUMNS, list_fn=svc.list_moveins,
    count_fn=svc.count_moveins, statuses=STATUSES, default_statuses=("open",), counted=("on_hold",),
    chips_row=True, search_hint=T("MoveIn", "RZ No., room or owner"),
    choose_hint=T("MoveIn", "Choose a move-in on the left to inspect the unit, sign, collect the fees, hand over "
                            "the keys …"),
    empty_hint=T("MoveIn", "No move-in is in progress. Press Ctrl+N to register an owner who comes with the "
                           "move-in notice."),
    empty_hints={"on_hold": T("MoveIn", "No move-in is on hold.")},
    report_title=T("MoveIn", "Move-ins"), new_label=T("MoveIn", "Register a move-in"),
    new_title=T("MoveIn", "Register a move-in (零星入住)"), new_permission=M.MOVEIN_MANAGE,
    defaults_method="action_defaults", detail_extra="checklist",
    prints=[PrintButton("movein_register", T("MoveIn", "Registration form"), "printRegister"),
            PrintButton("movein_inspection", T("MoveIn", "Inspection sheet"), "printInspection",
                        enabled=lambda v: v.inspected_on is not None),
            PrintButton("movein_receipt", T("MoveIn", "Keys and papers receipt"), "printReceipt",
                        enabled=lambda v: v.keys_handed_at is not None)],
    buttons=[RecordButton("openRoom", T("MoveIn", "Household card"), "", "open_room")],
    list_buttons=[ListButton("importList", T("MoveIn", "Import handover list…"), "import_list",
                             tooltip=T("MoveIn", "The developer's list of the sold units and their buyers"),
                             permission=M.MOVEIN_IMPORT)])


class Checklist(QWidget):
    """The joint inspection's lines of the move-in shown (hidden until the unit is inspected)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(QLabel(self.tr("Joint inspection"), self))
        self.model = LazyTableModel(CHECK_COLUMNS, lambda after, n: [], parent=self)
        self.view = record_view(self, self.model, "moveinChecks")
        self.view.setMinimumHeight(150)
        layout.addWidget(self.view)
        self.hide()

    def show_record(self, view: records.RecordView | None) -> None:
        checks = list(view.checks) if view is not None else []
        self.model.set_rows(checks)
        self.setVisible(bool(checks))


class MoveInPage(MonthFigures, RecordPage):
    panes = (CASES,)
    also_watches = ("work_slip",)

    figures_name = "moveinKpis"

    def checklist(self, pane: RecordPane) -> Checklist:
        widget = Checklist(pane)
        pane.shown.connect(widget.show_record)
        return widget

    def month_figures(self, db, actor, date_from: date, date_to: date) -> svc.MoveInKpis:
        last = (date_from.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return svc.kpis(db, actor, date_from, last)

    def figures_text(self, k: svc.MoveInKpis) -> list[str]:
        return [
            self.tr("This month: handed over {n}").format(n=figure(k.completed)),
            self.tr("keys handed {n}").format(n=figure(k.keys_handed)),
            self.tr("in progress {n}").format(n=figure(k.in_progress)),
            self.tr("on hold {n}").format(n=figure(k.on_hold, bool(k.on_hold))),
            self.tr("occupancy {rate} ({o} of {d} handed-over units lived in)").format(
                rate=figure(percent(k.occupancy_rate)), o=k.occupied, d=k.delivered),
        ]

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        if action == "check_docs":      # the ticks as the record has them: the dialog adds what is brought now
            return {spec.key: bool(getattr(view, spec.column)) for spec in (M.DOC_NOTICE, M.DOC_ID, M.DOC_CONTRACT,
                                                                           M.DOC_AUTH)}
        if action == "pay":
            return {"payer": view.owner_name}
        if action == "hand_keys":
            return {"received_by": view.owner_name}
        return {}

    def open_room(self, view: records.RecordView) -> None:
        self.window_.open_room(view.room_id)

    def import_list(self):
        from app.ui.dialogs.movein import HandoverListDialog
        self.dialog = HandoverListDialog(self.window_)
        self.dialog.show()
        return self.dialog


__all__ = ["MoveInPage", "COLUMNS"]
