"""押金 — the deposits view of the fees page: the estate's (or a room's) deposits with their state (收取中 /
部分退还 / 已结清), the ledger and refund applications of the one chosen; take a deposit (its receipt printed),
deduct (reason, the supervisor approving), transfer to the room's fees, refund (申请 → 审核 by the supervisor
acting → 已退款 / 驳回) with the 押金退还审批表 printed."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.domain.errors import UserError
from app.domain.fees.codes import MONEY_METHODS, DepositKind, EntryKind, PayMethod
from app.domain.fees.workflows import DEPOSIT, DEPOSIT_KIND, REFUND, REFUND_KIND
from app.domain.validation import parse_decimal
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services.fees import counter, deposits
from app.ui.pages.fees.approval import approval_fields, approval_of
from app.ui.pages.fees.parts import EmptyHint, FeeForm, ListTable, button_row, preview, room_code
from app.ui.widgets.form import Field

STATUSES = [("", T("FeesDesk", "All")), ("open", T("FeesDesk", "Held (收取中 or 部分退还)")),
            ("held", T("FeesDesk", "Held in full")), ("partly", T("FeesDesk", "Partly refunded")),
            ("settled", T("FeesDesk", "Settled")), ("void", T("FeesDesk", "Void"))]


def _amount(value: object, field: str = "amount") -> Decimal:
    parsed = parse_decimal(str(value or ""), field, str(T("FeesDesk", "The amount")), strict_positive=True)
    assert parsed is not None
    return parsed


def _amount_or_zero(value: object, field: str) -> Decimal:
    parsed = parse_decimal(str(value or ""), field, str(T("FeesDesk", "The amount")), required=False)
    return parsed or Decimal(0)


class DepositsView(QWidget):
    kinds = (DEPOSIT_KIND, REFUND_KIND)

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.room = QLineEdit(self, objectName="depositRoom", placeholderText=self.tr("Room, e.g. 3-2-1502"))
        self.room.returnPressed.connect(self.refresh)
        self.status = QComboBox(self, objectName="depositStatus")
        for value, label in STATUSES:
            self.status.addItem(str(label), value)
        self.status.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.room)
        top.addWidget(self.status)
        self.buttons = button_row(self, top, "deposit", (
            ("take", self.tr("Take a deposit"), self.take), ("deduct", self.tr("Deduct"), self.deduct),
            ("transfer", self.tr("To fees"), self.transfer), ("apply", self.tr("Refund…"), self.apply),
            ("review", self.tr("Review"), self.review), ("pay", self.tr("Pay out"), self.pay),
            ("form", self.tr("Approval form"), self.print_form)))
        layout.addLayout(top)
        split = QSplitter(self)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.table = ListTable([self.tr("Number"), self.tr("Room"), self.tr("Kind"), self.tr("Payer"),
                                self.tr("Taken"), self.tr("Held"), self.tr("Status"), self.tr("Taken on")],
                               left, name="depositTable")
        self.table.currentCellChanged.connect(lambda *_a: self.show_deposit())
        self.empty = EmptyHint(self.tr("No deposits here. A renovation, a pass or a tenant's deposit is taken "
                                       "with its receipt: press “Take a deposit”."),
                               self.tr("Take a deposit"), self.take, left, name="depositsEmpty")
        lv.addWidget(self.table, 1)
        lv.addWidget(self.empty)
        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(right, objectName="depositTitle")
        rv.addWidget(self.title)
        self.ledger = ListTable([self.tr("Time"), self.tr("Entry"), self.tr("Amount"), self.tr("Reason"),
                                 self.tr("By"), self.tr("Approved by")], right, name="depositLedger")
        rv.addWidget(self.ledger, 2)
        self.refunds = ListTable([self.tr("Refund"), self.tr("Status"), self.tr("Refund"), self.tr("Deduction")],
                                 right, name="depositRefunds")
        rv.addWidget(self.refunds, 1)
        split.setSizes([720, 560])
        layout.addWidget(split, 1)
        self.rows: list[deposits.DepositView] = []
        self.refund_rows: list[tuple] = []

    # -- reading
    def refresh(self) -> None:
        keep = self.table.current_key()
        try:
            self.rows = deposits.list_deposits(self.page.db, self.page.actor, status=self.status.currentData() or "",
                                               room=self.room.text().strip() or None)
        except UserError as exc:  # a room typed that does not exist: said in the bar
            self.page.bar.error(str(exc))
            self.rows = []
        self.table.fill([(d.id, (d.number, d.room_code, str(DepositKind(d.kind).label), d.payer, d.amount, d.held,
                                 str(DEPOSIT.state(d.status).label), d.taken_on.isoformat())) for d in self.rows])
        self.empty.setVisible(not self.rows)
        if keep in self.table.keys:
            self.table.selectRow(self.table.keys.index(keep))
        elif self.rows:
            self.table.selectRow(0)
        self.show_deposit()

    def pick_room(self, room_id: int) -> None:
        """A room chosen with Ctrl+K: its deposits (of every state)."""
        code = room_code(self.page, room_id)
        if code is not None:
            self.room.setText(code)
            self.status.setCurrentIndex(self.status.findData(""))
            self.refresh()

    def selected(self) -> deposits.DepositView | None:
        key = self.table.current_key()
        return next((d for d in self.rows if d.id == key), None)

    def show_deposit(self) -> None:
        d = self.selected()
        self.ledger.fill([] if d is None else [
            (i, (e.at.strftime("%Y-%m-%d %H:%M"), str(EntryKind(e.kind).label), e.amount, e.reason, e.by,
                 e.approved_by)) for i, e in enumerate(d.entries)])
        self.refund_rows = [] if d is None else deposits.refunds_of(self.page.db, self.page.actor, d.id)
        self.refunds.fill([(r[0], (r[1], str(REFUND.state(r[2]).label), r[3], r[4])) for r in self.refund_rows])
        self.title.setText("" if d is None else self.tr("{number} · {room} · held {held}").format(
            number=d.number, room=d.room_code, held=f"¥{d.held:,.2f}"))
        live = d is not None and d.status in ("held", "partly")
        for name in ("deduct", "transfer", "apply"):
            self.buttons[name].setEnabled(live)
        last = self.refund_rows[0][2] if self.refund_rows else ""
        self.buttons["review"].setEnabled(last == "applied")
        self.buttons["pay"].setEnabled(last == "approved")
        self.buttons["form"].setEnabled(bool(self.refund_rows))

    def open_record(self, kind: str, record_id: int) -> None:
        self.room.clear()
        self.status.setCurrentIndex(0)
        self.refresh()
        if kind == DEPOSIT_KIND and record_id in self.table.keys:
            self.table.selectRow(self.table.keys.index(record_id))

    # -- acting
    def _form(self, title, fields, submit, done=None) -> FeeForm:
        self.dialog = FeeForm(self, title, fields, submit, kind=DEPOSIT_KIND, done=done)
        self.dialog.show()
        return self.dialog

    def take(self) -> FeeForm:
        db, actor = self.page.db, self.page.actor
        methods = [(m.value, str(m.label)) for m in MONEY_METHODS]

        def submit(v: dict) -> str:
            amount = _amount(v["amount"])
            _id, issued = deposits.take_deposit(db, actor, v["room"], v["kind"], amount, [(v["method"], amount)],
                                                payer=v["payer"], source=v["source"])
            return issued.number
        dialog = self._form(self.tr("Take a deposit"), [
            Field("room", T("FeesDesk", "Room"), required=True, placeholder=T("Form", "e.g. 3-2-1502")),
            Field("kind", T("FeesDesk", "Deposit"), "combo", choices=[(k.value, str(k.label)) for k in DepositKind]),
            Field("amount", T("FeesDesk", "Amount"), required=True, placeholder=T("Form", "0.00")),
            Field("method", T("FeesDesk", "Paid by"), "combo", choices=methods),
            Field("payer", T("FeesDesk", "Payer (the owner if left empty)"), max_len=60),
            Field("source", T("FeesDesk", "For (a renovation ZX…, a pass)"), max_len=40)],
            submit, done=lambda number: preview(self, "fee_receipt", number))
        if self.room.text().strip():
            dialog.form.set_value("room", self.room.text().strip())
        return dialog

    def deduct(self) -> FeeForm | None:
        d = self.selected()
        if d is None:
            return None
        db, actor = self.page.db, self.page.actor
        return self._form(self.tr("Deduct from {number}").format(number=d.number), [
            Field("amount", T("FeesDesk", "Amount"), required=True),
            Field("reason", T("FeesDesk", "Reason"), "multiline", required=True), *approval_fields(db, actor)],
            lambda v: deposits.deduct(db, actor, d.id, _amount(v["amount"]), v["reason"], approval_of(v)))

    def transfer(self) -> FeeForm | None:
        d = self.selected()
        if d is None:
            return None
        db, actor = self.page.db, self.page.actor
        bills = counter.counter(db, actor, d.room_code).bills
        choices = [(str(b.bill_id), f"{b.item_name} {b.period} ¥{b.outstanding:,.2f}") for b in bills]
        return self._form(self.tr("Transfer {number} to fees").format(number=d.number), [
            Field("bill", T("FeesDesk", "Bill"), "combo", choices=choices, required=True)],
            lambda v: deposits.transfer(db, actor, d.id, [int(v["bill"])]).number,
            done=lambda number: preview(self, "fee_receipt", number))

    def apply(self) -> FeeForm | None:
        d = self.selected()
        if d is None:
            return None
        db, actor = self.page.db, self.page.actor

        def submit(v: dict) -> int:
            return deposits.apply_refund(db, actor, d.id, _amount_or_zero(v["amount"], "amount"),
                                         deduction=_amount_or_zero(v["deduction"], "deduction"),
                                         deduction_reason=v["deduction_reason"], payee=v["payee"],
                                         method=v["method"], reason=v["reason"])
        dialog = self._form(self.tr("Refund {number}").format(number=d.number), [
            Field("amount", T("FeesDesk", "Refund"), required=True),
            Field("deduction", T("FeesDesk", "Deduction")),
            Field("deduction_reason", T("FeesDesk", "Reason for the deduction"), max_len=200),
            Field("payee", T("FeesDesk", "Paid to"), max_len=60),
            Field("method", T("FeesDesk", "Paid by"), "combo",
                  choices=[(m.value, str(m.label)) for m in (PayMethod.CASH, PayMethod.TRANSFER, PayMethod.WECHAT,
                                                             PayMethod.ALIPAY)]),
            Field("reason", T("FeesDesk", "Basis (复验合格, moved out …)"), max_len=200)],
            submit, done=lambda _id: self.refresh())
        dialog.form.set_values({"amount": f"{d.held:.2f}", "payee": d.payer})
        return dialog

    def review(self) -> FeeForm | None:
        if not self.refund_rows:
            return None
        refund_id = self.refund_rows[0][0]
        db, actor = self.page.db, self.page.actor
        return self._form(self.tr("Review refund {number}").format(number=self.refund_rows[0][1]), [
            Field("decision", T("FeesDesk", "Decision"), "combo",
                  choices=[("approve", str(T("FeesDesk", "Approve"))), ("reject", str(T("FeesDesk", "Reject")))]),
            Field("note", T("FeesDesk", "Note (the reason when rejected)"), max_len=200), *approval_fields(db, actor)],
            lambda v: deposits.review_refund(db, actor, refund_id, v["decision"] == "approve", note=v["note"],
                                             approval=approval_of(v)))

    def pay(self) -> FeeForm | None:
        if not self.refund_rows:
            return None
        refund_id, number = self.refund_rows[0][0], self.refund_rows[0][1]
        db, actor = self.page.db, self.page.actor
        return self._form(self.tr("Pay out refund {number}").format(number=number), [
            Field("reference", T("FeesDesk", "Transfer reference"), max_len=40)],
            lambda v: deposits.pay_refund(db, actor, refund_id, v["reference"]),
            done=lambda _issued: preview(self, "deposit_refund", number))

    def print_form(self):
        if not self.refund_rows:
            return None
        return preview(self, "deposit_refund", self.refund_rows[0][1])
