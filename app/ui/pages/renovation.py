"""房屋装修申报 — the renovation cases (DOMAIN.md §4.14): applications to pre-review, the reviews, the fees,
the permit and passes, acceptance and the refund.

One record pane of the kit: the list with its chips (what needs the desk first), the detail pane with the
checklist of missing documents, the clocks (review, permit end, re-inspection, refund), the timeline and the
buttons the workflow allows this user; the kit's new-record and action dialogs. What is the page's own: the
columns, the dialogs that add a worker and collect the fees (the service's own use cases, not actions of the
declaration), and the printed forms (装修许可证, 施工人员出入证, 装修申请表, 装修施工人员登记表).

Keys: Ctrl+N a new application, Ctrl+P print the application form, F5 refresh, Alt+1 … Alt+9 the actions.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from app.domain import renovation as RN
from app.domain.errors import ValidationError
from app.domain.fees.codes import MONEY_METHODS
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import translate
from app.services import records
from app.services import renovation as svc
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets import tones
from app.ui.widgets.form import Field
from app.ui.widgets.record_pane import PaneSpec, PrintButton, RecordButton, RecordPage, when
from app.ui.widgets.table_model import Column


def _value(key: str):
    return lambda r: r.values.get(key, "")


COLUMNS = [
    Column("number", T("Renovation", "No."), lambda r: r.number, 140),
    Column("status", T("Renovation", "Status"), lambda r: r.status_label, 120, foreground=tones.row_brush),
    Column("room", T("Renovation", "Room"), _value("room"), 84),
    Column("applicant", T("Renovation", "Applicant"), _value("applicant"), 80),
    Column("company", T("Renovation", "Contractor"), _value("company"), 160),
    Column("start", T("Renovation", "Planned start"), _value("planned_start"), 92),
    Column("end", T("Renovation", "Planned end"), _value("planned_end"), 92),
    Column("deadline", T("Renovation", "Review by"), lambda r: when(r.deadline), 110, foreground=tones.row_brush),
]

STATUSES: list[tuple[str, Any]] = [
    ("open", T("Renovation", "Open")), ("overdue", T("Renovation", "Review overdue")),
    *[(name, RN.WORKFLOW.state(name).label) for name in ("pending", "incomplete", "eng_review", "mgr_review",
                                                          "approved", "active", "inspect", "passed",
                                                          "rechecked")],
    ("all", T("Renovation", "All")),
]

CASES = PaneSpec.for_kind(
    RN.KIND, "renovation/cases", columns=COLUMNS, statuses=STATUSES, chips_row=True,
    default_statuses=("open", "overdue", "pending", "mgr_review", "approved", "inspect", "rechecked"),
    counted=("overdue", "pending", "mgr_review"),
    search_hint=T("Renovation", "Room or ZX No."),
    choose_hint=T("Renovation", "Choose a case in the list, or register an application with Ctrl+N."),
    empty_hint=T("Renovation", "No renovation applications. Press Ctrl+N to register one."),
    report_title=T("Renovation", "Renovation cases"), new_label=T("Renovation", "New application"),
    new_permission=RN.RENO_MANAGE, new_title=T("Renovation", "New renovation application"),
    buttons=[RecordButton("addWorker", T("Renovation", "Add worker"), "worker", "add_worker"),
             RecordButton("collectFees", T("Renovation", "Collect fees"), "pay_fees", "collect_fees")],
    prints=[PrintButton("renovation_application", T("Renovation", "Application form"), "printApplication"),
            PrintButton("renovation_permit", T("Renovation", "Permit"), "printPermit",
                        enabled=lambda v: bool(v.permit_no)),
            PrintButton("renovation_passes", T("Renovation", "Passes"), "printPasses",
                        enabled=lambda v: bool(v.permit_no)),
            PrintButton("renovation_workers", T("Renovation", "Worker register"), "printWorkers"),
            PrintButton("renovation_acceptance", T("Renovation", "Acceptance form"), "printAcceptance",
                        enabled=lambda v: v.status not in RN.PRE_PERMIT),
            PrintButton("renovation_refund", T("Renovation", "Refund approval"), "printRefund",
                        enabled=lambda v: v.status in ("refunded", "archived"))],
)


def _money(text: str, key: str) -> Decimal:
    try:
        value = Decimal((text or "0").strip() or "0")
    except InvalidOperation:
        raise ValidationError(translate("RenovationPage", "Enter an amount such as 2000.00"), key) from None
    if value < 0 or value != value.quantize(Decimal("0.01")):
        raise ValidationError(translate("RenovationPage", "Enter an amount such as 2000.00"), key)
    return value


class _Form(EditorDialog):
    """A dialog of fields whose save calls the service (on the ops runner)."""

    kind = RN.KIND

    def __init__(self, page: RenovationPage, title: str, fields: list[Field], submit) -> None:
        super().__init__(page.window_, title, fields, 1)
        self._submit = submit

    def submit(self, values: dict[str, Any]) -> Any:
        return self._submit(values)


class RenovationPage(RecordPage):
    panes = (CASES,)

    def _open(self, dialog: EditorDialog, message: str) -> EditorDialog:
        dialog.accepted.connect(lambda: self.bar.info(message))
        dialog.show()
        self.dialog = dialog
        return dialog

    def add_worker(self, view: records.RecordView | None):
        """A worker on the case's list, with the photo for the pass."""
        if view is None:
            return None
        db, actor = self.db, self.actor

        def submit(v: dict) -> int:
            photos = v.get("photo") or []
            return svc.add_worker(db, actor, view.id, v["name"], v["id_number"], v["phone"],
                                  photo=photos[0] if photos else None)
        return self._open(_Form(self, translate("RenovationPage", "Add a worker to {number}").format(
            number=view.number), [
            Field("name", T("Renovation", "Worker"), required=True, max_len=30),
            Field("id_number", T("Renovation", "ID number"), required=True, max_len=20),
            Field("phone", T("Renovation", "Phone"), max_len=20),
            Field("photo", T("Renovation", "Photo (for the pass)"), "files")], submit),
            translate("RenovationPage", "Worker added."))

    def collect_fees(self, view: records.RecordView | None):
        """The case's deposits and fees paid at the counter, each on its receipt."""
        if view is None:
            return None
        db, actor = self.db, self.actor

        def submit(v: dict) -> list[str]:
            fees = svc.Fees(owner_deposit=_money(v["owner_deposit"], "owner_deposit"),
                            contractor_deposit=_money(v["contractor_deposit"], "contractor_deposit"),
                            pass_deposit_each=_money(v["pass_deposit_each"], "pass_deposit_each"),
                            garbage=bool(v["garbage"]), management=bool(v["management"]),
                            pass_fee=bool(v["pass_fee"]), tenders=[(v["method"], Decimal(0))])
            return svc.collect_fees(db, actor, view.id, fees)
        methods = [(m.value, str(m.label)) for m in MONEY_METHODS]
        return self._open(_Form(self, translate("RenovationPage", "Collect the fees of {number}").format(
            number=view.number), [
            Field("owner_deposit", T("Renovation", "Owner's deposit"), placeholder=T("Renovation", "2000.00")),
            Field("contractor_deposit", T("Renovation", "Contractor's deposit"),
                  placeholder=T("Renovation", "0.00")),
            Field("pass_deposit_each", T("Renovation", "Pass deposit per worker"),
                  placeholder=T("Renovation", "30.00")),
            Field("garbage", T("Renovation", "Rubbish removal fee (by area)"), "check"),
            Field("management", T("Renovation", "Renovation management fee"), "check"),
            Field("pass_fee", T("Renovation", "Pass card fees (per worker)"), "check"),
            Field("method", T("Renovation", "Paid by"), "combo", choices=methods)], submit),
            translate("RenovationPage", "Fees collected; the receipts are in Fees."))


__all__ = ["RenovationPage", "COLUMNS"]
