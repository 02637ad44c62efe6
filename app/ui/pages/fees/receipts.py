"""收据 — the receipts, newest first, by day, cashier, number, room or payer: a record pane of the kit with the
receipt's lines and methods under its buttons: 补打 (counted on the receipt, stamped by the print engine), 作废
(today's, before the closing: the service refuses after it, pointing to 红冲), 红冲 (a closed receipt: the
supervisor approves, signed in or typing her own password here) and re-issue at the counter."""
from __future__ import annotations

import html
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.domain.fees.codes import FEES_COLLECT, LineKind, PayMethod
from app.domain.fees.workflows import RECEIPT, RECEIPT_KIND
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import records
from app.services.fees import receipts
from app.ui.dialogs.action import ActionDialog
from app.ui.pages.fees.approval import approval_fields, approval_of, follow_own
from app.ui.widgets import tones
from app.ui.widgets.form import Field
from app.ui.widgets.record_pane import ChoiceFilter, PaneSpec, PrintButton, RecordButton, RecordPane, rich_label
from app.ui.widgets.table_model import Column, attr

translate = QCoreApplication.translate
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


_RED = T("Fees", "red")


def _status(row: receipts.ReceiptRow) -> str:
    return f"{row.status_label} · {_RED}" if row.red else row.status_label


COLUMNS = [replace(c, foreground=tones.row_brush) for c in [
    Column("number", T("Fees", "No."), attr("number"), 110),
    Column("issued_at", T("Fees", "Issued"), lambda r: f"{r.issued_at:%m-%d %H:%M}", 84),
    Column("room", T("Fees", "Room"), attr("room_code"), 80),
    Column("payer", T("Fees", "Payer"), attr("payer"), 70),
    Column("total", T("Fees", "Total"), attr("total"), 80, align=_RIGHT),
    Column("status", T("Fees", "Status"), _status, 80),
    Column("cashier", T("Fees", "Cashier"), attr("cashier"), 70),
]]

PANE = PaneSpec(
    kind=RECEIPT_KIND, settings_key="fees/receipts", columns=COLUMNS, title=T("Fees", "Receipts"),
    list_fn=receipts.list_receipts, count_fn=receipts.count_receipts,
    statuses=[("all", T("Fees", "All receipts")), *[(s.name, s.label) for s in RECEIPT.states],
              ("red", T("Fees", "Red reversals"))],
    default_statuses=("all",), dates=True,
    filters=[ChoiceFilter("cashier", [("", T("Fees", "All cashiers")), ("mine", T("Fees", "My receipts"))])],
    search_hint=T("Fees", "No., room or payer"),
    choose_hint=T("Fees", "Choose a receipt on the left to reprint it, void it or reverse it."),
    empty_hint=T("Fees", "No receipt yet: take a payment at the counter."),
    report_title=T("Fees", "Receipts"), new_label=T("Fees", "Take a payment"), new_permission=FEES_COLLECT,
    new_method="go_to_counter",
    prints=[PrintButton("fee_receipt", T("Fees", "Print receipt"), "printReceipt")],
    buttons=[RecordButton("reprintReceipt", T("Fees", "Reprint"), "reprint", "reprint"),
             RecordButton("voidReceipt", T("Fees", "Void…"), "", "void",
                          enabled=lambda view: view.status in ("issued", "closed") and not view.reversal_of_id),
             RecordButton("reverseReceipt", T("Fees", "Red reversal…"), "", "reverse",
                          enabled=lambda view: view.status == "closed" and not view.reversal_of_id),
             RecordButton("reissueReceipt", T("Fees", "Re-issue"), "", "reissue",
                          enabled=lambda view: view.status in ("void", "reversed") and view.room_id is not None)],
    detail_extra="receipt_extra", sizes=(600, 520))


class ReceiptsView(QWidget):
    kinds = (RECEIPT_KIND,)

    def __init__(self, page) -> None:
        super().__init__(page)
        self.fees_page = page
        self.window_, self.db, self.actor, self.ops, self.bar = page.window_, page.db, page.actor, page.ops, page.bar
        self.dialog: Any = None
        self.preview: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.pane = RecordPane(self, PANE)
        layout.addWidget(self.pane, 1)

    # -- what the pane asks of its page
    def print_list(self):
        return self.fees_page.print_list()

    def export_list(self):
        return self.fees_page.export_list()

    report_title = PANE.report_title

    def report_columns(self):
        return PANE.columns

    def report_fetch(self):
        return self.pane._fetch

    def report_filter_text(self) -> str:
        return self.pane.filter_text()

    def refresh(self) -> None:
        self.pane.reload()

    def open_record(self, kind: str, record_id: int) -> None:
        self.pane.select(record_id)

    def go_to_counter(self, _values: dict) -> None:
        counter = self.fees_page.show_view("counter")
        counter.room_edit.setFocus()
        return None

    # -- the receipt's lines under the buttons
    def receipt_extra(self, pane: RecordPane) -> QWidget:
        self.lines = rich_label(pane, "receiptLines")
        pane.shown.connect(self._show_lines)
        return self.lines

    def _show_lines(self, view: records.RecordView | None) -> None:
        if view is None:
            self.lines.setText("")
            return
        r = receipts.receipt_view(self.db, self.actor, view.id)
        cells = []
        for ln in r.lines:
            what = ln.item if ln.kind == LineKind.BILL.value else f"{LineKind(ln.kind).label} {ln.item}"
            period = f"{ln.period_start:%Y-%m}" if ln.period_start else ""
            cells.append(f"<tr><td>{html.escape(what)}</td><td>{period}</td>"
                         f"<td align='right'>{ln.amount:,.2f}</td></tr>")
        methods = translate("Fees", ", ").join(
            translate("Fees", "{method} {amount} ({reference})").format(method=PayMethod(m).label, amount=f"{a:,.2f}",
                                                                        reference=ref) if ref
            else f"{PayMethod(m).label} {a:,.2f}" for m, a, ref in r.methods)
        extra = [translate("Fees", "Total {total} ({words})").format(total=f"{r.total:,.2f}", words=r.total_in_words),
                 translate("Fees", "Paid by {methods}").format(methods=methods or "—")]
        if r.change:
            extra.append(translate("Fees", "Change {amount}").format(amount=f"{r.change:,.2f}"))
        if r.reprints:
            extra.append(translate("Fees", "Reprinted {n} times").format(n=r.reprints))
        if r.void_reason:
            extra.append(translate("Fees", "Reason: {reason}").format(reason=r.void_reason))
        if r.reversal_of:
            extra.append(translate("Fees", "Red reversal of {number}").format(number=r.reversal_of))
        if r.reversed_by:
            extra.append(translate("Fees", "Reversed by {number}").format(number=r.reversed_by))
        self.lines.setText(f"<table cellspacing='4'>{''.join(cells)}</table>"
                           + "<br>".join(html.escape(x) for x in extra))

    # -- the buttons
    def _context(self, view: records.RecordView, action: str) -> dict:
        return {"kind": RECEIPT_KIND, "id": view.id, "version": view.version, "action": action,
                "number": view.number}

    def reprint(self, view: records.RecordView):
        """补打: counted on the receipt, then the preview (the engine stamps 补打 第n次)."""
        from app.ui.dialogs.print_preview import preview_form
        db, actor = self.db, self.actor

        def done(count: int) -> None:
            self.bar.info(translate("Fees", "Reprint {n} of {number}").format(n=count, number=view.number))
            self.preview = preview_form(self.window_, "fee_receipt", view.number)

        return self.ops.run(lambda: receipts.reprint(db, actor, view.id), kind=RECEIPT_KIND, on_success=done,
                            on_error=lambda exc: self.bar.error(str(exc)))

    def void(self, view: records.RecordView):
        self.dialog = VoidDialog(self.window_, self._context(view, "void"))
        self.dialog.show()
        return self.dialog

    def reverse(self, view: records.RecordView):
        self.dialog = ReverseDialog(self.window_, self._context(view, "reverse"))
        self.dialog.show()
        return self.dialog

    def reissue(self, view: records.RecordView) -> None:
        counter = self.fees_page.show_view("counter")
        counter.load_room(int(view.room_id))


class VoidDialog(ActionDialog):
    """作废: today's receipt before the closing (the service refuses after it, pointing to 红冲)."""

    kind = RECEIPT_KIND

    def submit(self, values: dict) -> int:
        receipts.void(self.window_.db, self.window_.actor, self.context["id"], str(values.get("reason") or ""))
        return int(self.context["id"])


class ReverseDialog(ActionDialog):
    """红冲: a negative receipt of a closed one, approved by the supervisor acting (signed in here, or her own
    password typed at this desk)."""

    kind = RECEIPT_KIND

    def __init__(self, window, context: dict) -> None:
        self.approval = approval_fields(window.db, window.actor)   # before the fields
        super().__init__(window, context)
        follow_own(self.form, window.actor)

    def extra_fields(self) -> list[Field]:
        return self.approval

    def submit(self, values: dict) -> int:
        issued = receipts.reverse(self.window_.db, self.window_.actor, self.context["id"],
                                  str(values.get("reason") or ""), approval_of(values))
        self.issued = issued
        return int(self.context["id"])
