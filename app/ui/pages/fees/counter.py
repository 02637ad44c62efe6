"""收银台 — the counter: find the room (Ctrl+K: code, name, pinyin, phone; or its code typed with the room
completer), its outstanding bills oldest first with their aging and late fees (each late fee its own line), tick
the periods paid (Space), mind the warning when older arrears of an item are left, leave out the late fee or give
a discount with the supervisor's approval, pay by one or several methods (cash with change, POS, WeChat, Alipay,
transfer, the prepaid balance), prepay, and 收款: the receipt opens at once in the print preview (Enter prints).

Keys: Ctrl+K the room, Space ticks the bill under the cursor, Ctrl+A ticks all, Enter in the list goes to the
cash, Enter in an amount or Ctrl+Enter takes the payment."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import money
from app.domain.errors import UserError
from app.domain.fees import rules
from app.domain.fees.codes import PayMethod
from app.domain.validation import parse_money
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services.fees import Pay, Payment, counter
from app.ui.pages.fees.approval import ApprovalBox
from app.ui.widgets import tones
from app.ui.widgets.rooms import attach_room_completer

translate = QCoreApplication.translate
ZERO = Decimal("0.00")
#: the methods offered at the counter, in the order of the form (the balance last: no money changes hands)
TENDERS = (PayMethod.CASH, PayMethod.POS, PayMethod.WECHAT, PayMethod.ALIPAY, PayMethod.TRANSFER, PayMethod.BALANCE)
HEADERS = (T("Fees", "Pay"), T("Fees", "Item"), T("Fees", "Period"), T("Fees", "Amount"), T("Fees", "Owing"),
           T("Fees", "Due"), T("Fees", "Overdue"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def yuan(amount: Decimal) -> str:
    return money.format_yuan(amount)


class CounterView(QWidget):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.db, self.actor, self.ops, self.bar = page.db, page.actor, page.ops, page.bar
        self.view: counter.CounterView | None = None
        self.last_issued = None
        self.preview = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 6, 0, 0)

        top = QHBoxLayout()
        self.room_edit = QLineEdit(self, objectName="counterRoom")
        self.room_edit.setPlaceholderText(self.tr("Room, e.g. 3-2-1502"))
        self.room_edit.setMaximumWidth(180)
        attach_room_completer(page.window_, self.room_edit)
        self.room_edit.returnPressed.connect(lambda: self.load_room(self.room_edit.text()))
        self.find_btn = QPushButton(self.tr("Find the room (Ctrl+K)…"), self, objectName="counterFind")
        self.find_btn.clicked.connect(lambda: page.window_.open_search())
        self.room_info = QLabel(self, objectName="counterRoomInfo")
        self.room_info.setTextFormat(Qt.TextFormat.RichText)
        self.room_info.setWordWrap(True)
        top.addWidget(self.room_edit)
        top.addWidget(self.find_btn)
        top.addWidget(self.room_info, 1)
        outer.addLayout(top)

        self.empty = QLabel(self.tr("Press Ctrl+K to find the room of the payer (room code, name, pinyin "
                                    "initials or phone), or type its code above."), self, objectName="counterEmpty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#555;padding:18px;font-size:14px;")
        outer.addWidget(self.empty)

        body = QHBoxLayout()
        outer.addLayout(body, 1)
        left = QVBoxLayout()
        self.table = QTableWidget(0, len(HEADERS), self, objectName="counterBills")
        self.table.setHorizontalHeaderLabels([str(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self.update_totals())
        self.table.installEventFilter(self)
        left.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.all_btn = QPushButton(self.tr("Tick all (Ctrl+A)"), self, objectName="counterAll")
        self.all_btn.clicked.connect(lambda: self.tick_all(True))
        self.none_btn = QPushButton(self.tr("Untick all"), self, objectName="counterNone")
        self.none_btn.clicked.connect(lambda: self.tick_all(False))
        row.addWidget(self.all_btn)
        row.addWidget(self.none_btn)
        row.addStretch(1)
        left.addLayout(row)
        self.warning = QLabel(self, objectName="counterWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(f"color:{tones.ATTENTION_HEX};")
        left.addWidget(self.warning)
        body.addLayout(left, 1)

        self.panel = QFrame(self, objectName="counterPayment")
        self.panel.setFixedWidth(400)
        form = QFormLayout(self.panel)
        form.setContentsMargins(8, 0, 0, 0)
        form.setVerticalSpacing(4)
        self.chosen = QLabel(self.panel, objectName="counterChosen")
        form.addRow(self.tr("Chosen"), self.chosen)
        self.late = QLabel(self.panel, objectName="counterLateFee")
        self.waive = QCheckBox(self.tr("Leave out (approval)"), self.panel, objectName="counterWaive")
        self.waive.toggled.connect(lambda _on: self.update_totals())
        late_row = QHBoxLayout()
        late_row.addWidget(self.late)
        late_row.addWidget(self.waive)
        form.addRow(self.tr("Late fee"), late_row)
        self.discount = QLineEdit(self.panel, objectName="counterDiscount")
        self.discount.setPlaceholderText("0.00")
        self.discount_reason = QLineEdit(self.panel, objectName="counterDiscountReason")
        self.discount_reason.setPlaceholderText(self.tr("Reason for the discount"))
        self.discount_reason.setMaxLength(200)
        discount_row = QHBoxLayout()
        discount_row.addWidget(self.discount, 1)
        discount_row.addWidget(self.discount_reason, 2)
        form.addRow(self.tr("Discount"), discount_row)
        self.approval = ApprovalBox(page, self.panel, "counterApproval")
        form.addRow(self.approval)
        self.prepay = QLineEdit(self.panel, objectName="counterPrepay")
        self.prepay.setPlaceholderText("0.00")
        form.addRow(self.tr("Prepay"), self.prepay)
        self.tenders: dict[PayMethod, QLineEdit] = {}
        self.references: dict[PayMethod, QLineEdit] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, method in enumerate(TENDERS):
            edit = QLineEdit(self.panel, objectName=f"tender_{method.value}")
            edit.setPlaceholderText("0.00")
            edit.setAlignment(_RIGHT)
            edit.returnPressed.connect(self.collect)
            self.tenders[method] = edit
            grid.addWidget(QLabel(str(method.label), self.panel), i, 0)
            grid.addWidget(edit, i, 1)
            if method not in (PayMethod.CASH, PayMethod.BALANCE):
                ref = QLineEdit(self.panel, objectName=f"reference_{method.value}")
                ref.setPlaceholderText(self.tr("Reference"))
                ref.setMaxLength(40)
                self.references[method] = ref
                grid.addWidget(ref, i, 2)
        form.addRow(self.tr("Paid by"), grid)
        self.to_balance = QCheckBox(self.tr("What is given beyond goes to the balance"), self.panel,
                                    objectName="counterToBalance")
        self.to_balance.toggled.connect(lambda _on: self.update_totals())
        form.addRow("", self.to_balance)
        self.due = QLabel(self.panel, objectName="counterDue")
        self.due.setTextFormat(Qt.TextFormat.RichText)
        self.due.setWordWrap(True)
        form.addRow(self.tr("To pay"), self.due)
        self.collect_btn = QPushButton(self.tr("Take the payment (Ctrl+Enter)"), self.panel,
                                       objectName="counterCollect")
        self.collect_btn.setMinimumHeight(34)
        self.collect_btn.clicked.connect(self.collect)
        form.addRow(self.collect_btn)
        for edit in (self.discount, self.prepay, *self.tenders.values()):
            edit.textChanged.connect(lambda _t: self.update_totals())
        body.addWidget(self.panel)

        for keys, slot in (("Ctrl+Return", self.collect), ("Ctrl+Enter", self.collect),
                           ("Ctrl+A", lambda: self.tick_all(True))):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.show_room(None)

    # ------------------------------------------------------------------------------------------ the room
    def pick_room(self, room_id: int) -> None:
        """A room chosen with Ctrl+K."""
        self.load_room(room_id)

    def load_room(self, room: int | str) -> None:
        if isinstance(room, str) and not room.strip():
            return
        db, actor = self.db, self.actor
        self.ops.run(lambda: counter.counter(db, actor, room), on_success=self._loaded,
                     on_error=lambda exc: self.bar.error(str(exc)))

    def refresh(self) -> None:
        if self.view is not None:
            self.load_room(self.view.room_id)

    def _loaded(self, view: counter.CounterView) -> None:
        focus = self.view is None or self.view.room_id != view.room_id
        self.show_room(view)
        if focus:
            self.table.setFocus()
            if self.table.rowCount():
                self.table.setCurrentCell(0, 0)

    def show_room(self, view: counter.CounterView | None) -> None:
        self.view = view
        self.empty.setVisible(view is None)
        for widget in (self.table, self.panel, self.all_btn, self.none_btn):
            widget.setVisible(view is not None)
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.rows: list[counter.OwedBill | None] = []
        if view is None:
            self.room_info.setText("")
            self.table.blockSignals(False)
            self.update_totals()
            return
        self.room_edit.setText(view.room_code)
        for bill in view.bills:
            self._add_row(bill)
            if bill.late_fee > 0:
                self._add_late_row(bill)
        self.table.blockSignals(False)
        aging = self.tr(", ").join(f"{a.label} {yuan(v)}" for a, v in view.by_aging().items() if v)
        overdue = (f"<b style='color:{tones.LATE_HEX if view.overdue else '#1f3b73'}'>"
                   f"{yuan(view.overdue)}</b>")
        parts = [f"<b style='font-size:15px'>{view.room_code}</b> {view.payer or ''}",
                 self.tr("owing {amount}").format(amount=f"<b>{yuan(view.outstanding)}</b>"),
                 self.tr("overdue {amount} ({aging})").format(amount=overdue, aging=aging) if aging
                 else self.tr("overdue {amount}").format(amount=overdue),
                 self.tr("prepaid balance {amount}").format(amount=f"<b>{yuan(view.balance)}</b>")]
        if view.deposits:
            parts.append(self.tr("deposits held {amount}").format(
                amount=yuan(sum((d[3] for d in view.deposits), ZERO))))
        self.room_info.setText(" · ".join(parts))
        if not view.bills:
            self.warning.setText(self.tr("Room {room} owes nothing: a payment now is a prepayment.")
                                 .format(room=view.room_code))
        self.tenders[PayMethod.BALANCE].setEnabled(view.balance > 0)
        self.update_totals()

    def _cells(self, values: list[str], bill: counter.OwedBill | None, late: bool) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            if column >= 3:
                item.setTextAlignment(_RIGHT)
            if late:
                item.setForeground(QBrush(QColor(tones.ATTENTION_HEX)))
            elif bill is not None and bill.aging is not None and column == 6:
                item.setForeground(QBrush(QColor(tones.LATE_HEX)))
            self.table.setItem(row, column, item)
        self.rows.append(None if late else bill)

    def _add_row(self, bill: counter.OwedBill) -> None:
        aging = str(bill.aging.label) if bill.aging is not None else ""
        self._cells(["", bill.item_name, bill.period, yuan(bill.amount), yuan(bill.outstanding),
                     f"{bill.due_date:%Y-%m-%d}", aging], bill, False)
        check = self.table.item(self.table.rowCount() - 1, 0)
        check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Unchecked)

    def _add_late_row(self, bill: counter.OwedBill) -> None:
        self._cells(["", "  " + translate("Fees", "Late fee ({item} {period})").format(
            item=bill.item_name, period=bill.period), "", "", yuan(bill.late_fee), "", ""], bill, True)

    # ------------------------------------------------------------------------------------------ choosing
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Space ticks, Enter goes on to the cash
        if obj is self.table and event.type() == event.Type.KeyPress:
            if event.key() == Qt.Key.Key_Space:
                self.toggle(self.table.currentRow())
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.tenders[PayMethod.CASH].setFocus()
                self.tenders[PayMethod.CASH].selectAll()
                return True
        return super().eventFilter(obj, event)

    def toggle(self, row: int) -> None:
        if 0 <= row < len(self.rows) and self.rows[row] is not None:
            item = self.table.item(row, 0)
            item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                               else Qt.CheckState.Checked)

    def tick_all(self, on: bool) -> None:
        self.table.blockSignals(True)
        for row, bill in enumerate(self.rows):
            if bill is not None:
                self.table.item(row, 0).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.table.blockSignals(False)
        self.update_totals()

    def chosen_bills(self) -> list[counter.OwedBill]:
        return [bill for row, bill in enumerate(self.rows)
                if bill is not None and self.table.item(row, 0).checkState() == Qt.CheckState.Checked]

    @staticmethod
    def _amount(edit: QLineEdit, label: str) -> Decimal:
        value = parse_money(edit.text(), edit.objectName(), label, required=False)
        return value if value is not None else ZERO

    def discounts(self, bills: list[counter.OwedBill], total: Decimal) -> list[Pay]:
        """The discount off the chosen bills, newest first (a bill never gets more off than it owes)."""
        picks, left = {}, total
        for bill in reversed(bills):
            off = min(left, bill.outstanding)
            picks[bill.bill_id] = Pay(bill.bill_id, discount=off)
            left -= off
        return [picks[b.bill_id] for b in bills]

    def payment(self) -> Payment:
        """The payment as entered (refusals of the amounts typed are the domain's messages)."""
        bills = self.chosen_bills()
        discount = self._amount(self.discount, self.tr("Discount"))
        tenders = []
        for method, edit in self.tenders.items():
            amount = self._amount(edit, str(method.label))
            if amount:
                ref = self.references.get(method)
                tenders.append((method.value, amount, ref.text().strip()) if ref is not None and ref.text().strip()
                               else (method.value, amount))
        approval = self.approval.approval() if (discount or self.waive.isChecked()) else None
        return Payment(bills=self.discounts(bills, discount) if discount else [b.bill_id for b in bills],
                       tenders=tenders, prepay=self._amount(self.prepay, self.tr("Prepay")),
                       rest_to_balance=self.to_balance.isChecked(), waive_late_fees=self.waive.isChecked(),
                       discount_reason=self.discount_reason.text().strip(), approval=approval)

    def update_totals(self) -> None:
        bills = self.chosen_bills() if self.view is not None else []
        late = sum((b.late_fee for b in bills), ZERO)
        self.chosen.setText(self.tr("{n} bills, {amount}").format(
            n=len(bills), amount=yuan(sum((b.outstanding for b in bills), ZERO))))
        self.late.setText(yuan(late))
        self.waive.setEnabled(late > 0)
        if self.view is not None and self.view.bills:
            warned = counter.warnings(self.view, [b.bill_id for b in bills])
            self.warning.setText("\n".join(str(w) for w in warned))
        try:
            payment = self.payment()
            due = (sum((b.outstanding for b in bills), ZERO) + (ZERO if payment.waive_late_fees else late)
                   - self._amount(self.discount, "") + payment.prepay)
            text = f"<b style='font-size:16px'>{yuan(due)}</b>　{money.amount_in_words(due)}"
            if payment.tenders:
                tender = rules.tender(due, [(t[0], t[1]) for t in payment.tenders], prepay=payment.rest_to_balance)
                if tender.change:
                    text += "<br>" + self.tr("Change {amount}").format(
                        amount=f"<b style='font-size:16px;color:{tones.LATE_HEX}'>{yuan(tender.change)}</b>")
                if tender.prepaid:
                    text += "<br>" + self.tr("To the balance {amount}").format(amount=yuan(tender.prepaid))
        except UserError as exc:
            text = f"<span style='color:{tones.LATE_HEX}'>{exc}</span>"
        self.due.setText(text)

    # ------------------------------------------------------------------------------------------ paying
    def collect(self):
        """收款: take the payment, then the receipt in the print preview (Enter prints)."""
        if self.view is None:
            self.bar.warning(self.tr("Choose the room first (Ctrl+K)."))
            return None
        try:
            payment = self.payment()
        except UserError as exc:
            self.bar.error(str(exc))
            return None
        db, actor, room = self.db, self.actor, self.view.room_id
        self.collect_btn.setEnabled(False)
        return self.ops.run(lambda: counter.collect(db, actor, room, payment), kind="fee_receipt",
                            on_success=self._collected, on_error=self._refused)

    def _refused(self, exc: UserError) -> None:
        self.collect_btn.setEnabled(True)
        self.bar.error(str(exc))

    def _collected(self, issued) -> None:
        from app.ui.dialogs.print_preview import preview_form
        self.collect_btn.setEnabled(True)
        self.last_issued = issued
        message = self.tr("Receipt {number} issued: {total}").format(number=issued.number, total=yuan(issued.total))
        if issued.change:
            message += " · " + self.tr("change {amount}").format(amount=yuan(issued.change))
        if issued.warnings:
            message += " · " + self.tr("; ").join(issued.warnings)
        self.bar.info(message)
        for edit in (self.discount, self.discount_reason, self.prepay, *self.tenders.values(),
                     *self.references.values()):
            edit.clear()
        self.waive.setChecked(False)
        self.to_balance.setChecked(False)
        self.approval.clear()
        self.preview = preview_form(self.page.window_, "fee_receipt", issued.number)
        self.preview.print_button.setFocus()
