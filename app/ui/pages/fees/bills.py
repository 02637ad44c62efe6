"""账单 — a room's or a building's bills (room code or a prefix such as ``3-``), newest period first, on the kit's
lazy table, filtered by period, status and item; a bill billed by mistake is voided with its reason, what a
household is let off is waived (减免) or written off (核销) with the supervisor's approval. 打印列表 / 导出Excel
print or export the list as filtered."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import UserError
from app.domain.fees.codes import FEES_COLLECT, FEES_SETUP, BillStatus, WaiverKind
from app.domain.validation import parse_money
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services.fees import bills, items
from app.ui.dialogs.editor import EditorDialog
from app.ui.pages.fees.approval import approval_fields, approval_of, follow_own
from app.ui.pages.fees.parts import room_code
from app.ui.widgets import tones
from app.ui.widgets.form import Field
from app.ui.widgets.rooms import attach_room_completer
from app.ui.widgets.table_model import Column, LazyTableModel, attr, record_view

translate = QCoreApplication.translate
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _money(name: str):
    """An amount as a number (the printed list and Excel keep it a number, two places)."""
    return attr(name)


COLUMNS = [replace(c, foreground=tones.row_brush) for c in [
    Column("room", T("Fees", "Room"), attr("room_code"), 84),
    Column("item", T("Fees", "Item"), attr("item_name"), 96),
    Column("period", T("Fees", "Period"), attr("period"), 64),
    Column("amount", T("Fees", "Amount"), _money("amount"), 80, align=_RIGHT),
    Column("paid", T("Fees", "Paid"), _money("paid"), 80, align=_RIGHT),
    Column("waived", T("Fees", "Waived"), _money("waived"), 70, align=_RIGHT),
    Column("outstanding", T("Fees", "Owing"), _money("outstanding"), 80, align=_RIGHT),
    Column("due", T("Fees", "Due"), lambda r: f"{r.due_date:%Y-%m-%d}", 84),
    Column("status", T("Fees", "Status"), attr("status_label"), 70),
    Column("note", T("Fees", "Note"), lambda r: r.void_reason or (translate("Fees", "developer") if r.developer
                                                                   else ""), 90),
]]
STATUSES = [("owing", T("Fees", "Owing")), ("all", T("Fees", "All bills")), *[(s.value, s.label) for s in BillStatus]]


class BillsView(QWidget):
    report_title = T("Fees", "Bills")

    def __init__(self, page) -> None:
        super().__init__(page)
        self.fees_page = page
        self.window_, self.db, self.actor, self.ops, self.bar = page.window_, page.db, page.actor, page.ops, page.bar
        self.dialog: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        filters = QHBoxLayout()
        self.room = QLineEdit(self, objectName="billsRoom")
        self.room.setPlaceholderText(self.tr("Room or building: 3-2-1502, 3-"))
        self.room.setMinimumWidth(200)
        attach_room_completer(page.window_, self.room)
        self.period = QLineEdit(self, objectName="billsPeriod")
        self.period.setPlaceholderText(self.tr("Period: 2026-05 or 2026"))
        self.period.setMinimumWidth(190)
        self.period.setMaximumWidth(220)
        self.status = QComboBox(self, objectName="billsStatus")
        for value, label in STATUSES:
            self.status.addItem(str(label), value)
        self.item = QComboBox(self, objectName="billsItem")
        self.item.addItem(self.tr("All items"), "")
        for it in items.list_items(page.db, page.actor):
            self.item.addItem(it.name, str(it.id))
        for w in (self.room, self.period, self.status, self.item):
            filters.addWidget(w)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.timer = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.room.textChanged.connect(lambda _t: self.timer.start())
        self.period.textChanged.connect(lambda _t: self.timer.start())
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.item.currentIndexChanged.connect(lambda _i: self.reload())

        self.model = LazyTableModel(COLUMNS, lambda after, n: [], parent=self)
        self.table = record_view(self, self.model, "billsTable")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self, objectName="billsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#555;padding:12px;")
        self.empty_btn = QPushButton(self.tr("Find the room (Ctrl+K)…"), self, objectName="billsFind")
        self.empty_btn.clicked.connect(lambda: page.window_.open_search())
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.empty_btn, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(empty_row)
        buttons = QHBoxLayout()
        self.count = QLabel(self, objectName="billsCount")
        self.void_btn = QPushButton(self.tr("Void the bill…"), self, objectName="billVoid")
        self.void_btn.clicked.connect(self.void_selected)
        self.void_btn.setVisible(page.actor.can(FEES_SETUP))
        self.waive_btn = QPushButton(self.tr("Waive or write off…"), self, objectName="billWaive")
        self.waive_btn.clicked.connect(self.waive_selected)
        self.waive_btn.setVisible(page.actor.can(FEES_COLLECT))
        self.print_btn = QPushButton(self.tr("Print list"), self, objectName="billsPrint")
        self.print_btn.clicked.connect(lambda: page.print_list())
        self.export_btn = QPushButton(self.tr("Export to Excel"), self, objectName="billsExport")
        self.export_btn.clicked.connect(lambda: page.export_list())
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        for b in (self.void_btn, self.waive_btn, self.print_btn, self.export_btn):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._fetch = None
        self._update_buttons()

    # -- the list
    def filters(self) -> dict[str, str]:
        return {"room": self.room.text().strip(), "period": self.period.text().strip(),
                "status": self.status.currentData(), "item": self.item.currentData()}

    def reload(self) -> None:
        self.timer.stop()
        db, actor, f = self.db, self.actor, self.filters()
        fetch = lambda after, n: bills.list_bills(db, actor, after=after, limit=n, **f)  # noqa: E731
        try:
            self.model.set_fetch(fetch)
            total = bills.count_bills(db, actor, **f)
        except UserError as exc:
            self.bar.error(str(exc))
            return
        self._fetch = fetch
        self.count.setText(translate("Fees", "{n} bills").format(n=f"{total:,}"))
        self.empty.setVisible(total == 0)
        self.empty_btn.setVisible(total == 0)
        filtered = f["room"] or f["period"] or f["item"] or f["status"] not in ("owing",)
        self.empty.setText(self.tr("No bill matches this filter.") if filtered else
                           self.tr("No bill is owed in this estate. Find a room (Ctrl+K) to see its bills, or "
                                   "choose All bills."))
        self._update_buttons()

    def refresh(self) -> None:
        self.reload()

    def pick_room(self, room_id: int) -> None:
        """A room chosen with Ctrl+K: its bills."""
        code = room_code(self.fees_page, room_id)
        if code is not None:
            self.room.setText(code)
            self.reload()

    def selected(self) -> bills.BillRow | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        bill = self.selected()
        self.void_btn.setEnabled(bill is not None and bill.status != BillStatus.VOID.value and bill.paid == 0)
        self.waive_btn.setEnabled(bill is not None and bill.outstanding > 0)

    # -- the list report
    def report_columns(self):
        return COLUMNS

    def report_fetch(self):
        return self._fetch

    def report_filter_text(self) -> str:
        f = self.filters()
        parts = [translate("Fees", "Room: {room}").format(room=f["room"]) if f["room"] else "",
                 translate("Fees", "Period: {period}").format(period=f["period"]) if f["period"] else "",
                 self.status.currentText(), self.item.currentText() if f["item"] else ""]
        return translate("Fees", "; ").join(p for p in parts if p)

    # -- corrections
    def void_selected(self):
        bill = self.selected()
        if bill is None:
            return None
        self.dialog = BillVoidDialog(self.window_, bill)
        self.dialog.accepted.connect(self.reload)
        self.dialog.show()
        return self.dialog

    def waive_selected(self):
        bill = self.selected()
        if bill is None:
            return None
        self.dialog = WaiveDialog(self.window_, bill)
        self.dialog.accepted.connect(self.reload)
        self.dialog.show()
        return self.dialog


def _title(bill: bills.BillRow) -> str:
    return f"{bill.room_code} · {bill.item_name} {bill.period} · {bill.outstanding:,.2f}"


class BillVoidDialog(EditorDialog):
    """作废 a bill billed by mistake, with the reason (nothing paid on it)."""

    def __init__(self, window, bill: bills.BillRow) -> None:
        super().__init__(window, translate("Fees", "Void the bill — {bill}").format(bill=_title(bill)),
                         [Field("reason", T("Fees", "Reason"), required=True, max_len=200)], context={"id": bill.id})
        self.window_ = window

    def submit(self, values: dict) -> int:
        bills.void_bill(self.window_.db, self.window_.actor, self.context["id"], str(values.get("reason") or ""))
        return int(self.context["id"])


class WaiveDialog(EditorDialog):
    """减免 / 核销 with the reason, approved by the supervisor (signed in, or her own password typed here)."""

    def __init__(self, window, bill: bills.BillRow) -> None:
        kinds = [(k.value, str(k.label)) for k in (WaiverKind.WAIVE, WaiverKind.WRITE_OFF)]
        fields = [Field("kind", T("Fees", "Kind"), kind="combo", choices=kinds, required=True),
                  Field("amount", T("Fees", "Amount"), required=True, placeholder=f"{bill.outstanding:.2f}",
                        check=lambda text: parse_money(text, "amount", str(T("Fees", "Amount")))),
                  Field("reason", T("Fees", "Reason"), required=True, max_len=200),
                  *approval_fields(window.db, window.actor)]
        super().__init__(window, translate("Fees", "Waive or write off — {bill}").format(bill=_title(bill)), fields,
                         context={"id": bill.id})
        self.window_ = window
        self.form.set_values({"amount": f"{bill.outstanding:.2f}"})
        follow_own(self.form, window.actor)

    def submit(self, values: dict) -> int:
        approval = approval_of(values)
        amount = parse_money(str(values.get("amount") or ""), "amount", str(T("Fees", "Amount")))
        return bills.waive(self.window_.db, self.window_.actor, self.context["id"], str(values.get("kind")),
                           str(values.get("reason") or ""), amount if amount is not None else Decimal(0), approval)
