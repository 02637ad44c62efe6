"""日结 — the daily closing view of the fees page: a cashier's day (receipts by number range and by method, voids,
red reversals), closed with the cash counted, the difference (长短款) explained and the hand-in reference (the
day is frozen: after it only 红冲), checked by the supervisor acting; the 收款日报表 printed; the closings list."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.domain.fees.codes import FEES_APPROVE, FEES_COLLECT, PayMethod
from app.domain.fees.workflows import RECEIPT, RECEIPT_KIND
from app.domain.validation import parse_decimal
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, records
from app.services.fees import closing
from app.services.fees.printing import daily_number
from app.ui.pages.fees.approval import approval_fields, approval_of
from app.ui.pages.fees.parts import EmptyHint, FeeForm, ListTable, button_row, preview, yuan
from app.ui.widgets.form import Field


class ClosingView(QWidget):
    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        today = base.now().date()
        self.day = QDateEdit(QDate(today.year, today.month, today.day), self, objectName="closingDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.cashier = QComboBox(self, objectName="closingCashier")
        actor = page.actor
        cashiers = records.staff_choices(page.db, actor, FEES_COLLECT) if actor.can(FEES_APPROVE) else \
            [(str(actor.staff_id), actor.name)]
        for value, name in sorted(cashiers, key=lambda c: c[0] != str(actor.staff_id)):
            self.cashier.addItem(name, int(value))
        self.cashier.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(QLabel(self.tr("Day"), self))
        top.addWidget(self.day)
        top.addWidget(self.cashier)
        self.buttons = button_row(self, top, "closing", (
            ("close", self.tr("Close the day…"), self.close_day), ("check", self.tr("Supervisor check…"), self.check),
            ("report", self.tr("Daily report"), self.print_report)))
        layout.addLayout(top)
        self.summary_label = QLabel(self, objectName="closingSummary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)
        split = QSplitter(self)
        left = QWidget(split)
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.receipts = ListTable([self.tr("Receipt"), self.tr("Room"), self.tr("Payer"), self.tr("Total"),
                                   self.tr("Status")], left, name="closingReceipts")
        self.receipts_empty = EmptyHint(self.tr("No receipts on this day. Payments are taken at the counter."),
                                        self.tr("Go to the counter"), lambda: page.show_view("counter"), left,
                                        name="closingReceiptsEmpty")
        lv.addWidget(self.receipts, 1)
        lv.addWidget(self.receipts_empty)
        right = QWidget(split)
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        self.methods = ListTable([self.tr("Method"), self.tr("Amount")], right, name="closingMethods")
        rv.addWidget(self.methods, 1)
        rv.addWidget(QLabel(self.tr("Closings of the last 30 days"), right))
        self.closings = ListTable([self.tr("Day"), self.tr("Cashier"), self.tr("Receipts"), self.tr("Cash"),
                                   self.tr("Counted"), self.tr("Difference"), self.tr("Explanation"),
                                   self.tr("Checked by")], right, name="closingList")
        self.closings.currentCellChanged.connect(lambda *_a: self._closing_chosen())
        self.closings_empty = EmptyHint(self.tr("No day has been closed yet. At the end of the shift count the "
                                                "cash and close the day."),
                                        self.tr("Close the day"), self.close_day, right, name="closingsEmpty")
        rv.addWidget(self.closings, 2)
        rv.addWidget(self.closings_empty)
        split.setSizes([640, 640])
        layout.addWidget(split, 1)
        self.rows: list = []
        self.sm: closing.DaySummary | None = None

    def the_day(self) -> date:
        return self.day.date().toPython()

    def cashier_id(self) -> int:
        return int(self.cashier.currentData() or self.page.actor.staff_id or 0)

    def refresh(self) -> None:
        db, actor, day = self.page.db, self.page.actor, self.the_day()
        sm = self.sm = closing.summary(db, actor, day, self.cashier_id())
        self.receipts.fill([(n, (n, room, payer, total, str(RECEIPT.state(status).label)))
                            for n, room, payer, total, status in sm.receipts])
        self.receipts_empty.setVisible(not sm.receipts)
        self.methods.fill([(m.value, (str(m.label), sm.by_method.get(m.value, Decimal(0)))) for m in PayMethod])
        mine = self.closing_of(day, self.cashier_id())
        self.summary_label.setText(self.tr(
            "{count} receipts {first} – {last}; takings {takings}, cash {cash}; voids {voids}, red reversals "
            "{reversals}. {state}").format(
                count=sm.count, first=sm.first_number or "—", last=sm.last_number or "—", takings=yuan(sm.takings),
                cash=yuan(sm.cash), voids=len(sm.voids), reversals=len(sm.reversals),
                state=self.tr("Closed.") if mine is not None else self.tr("Not closed yet.")))
        self.rows = closing.closings(db, actor, day - timedelta(days=30), day)
        names = dict(records.staff_choices(db, actor))
        self.closings.fill([(c.id, (c.day.isoformat(), names.get(str(c.cashier_id), ""), c.count, c.cash,
                                    c.cash_counted, c.difference, c.explanation,
                                    names.get(str(c.checked_by), "") if c.checked_by else ""))
                            for c in self.rows])
        self.closings_empty.setVisible(not self.rows)
        self.buttons["close"].setEnabled(mine is None and self.cashier_id() == actor.staff_id)
        self._closing_chosen()

    def closing_of(self, day: date, cashier: int):
        return next((c for c in closing.closings(self.page.db, self.page.actor, day, day)
                     if c.cashier_id == cashier), None)

    def _closing_chosen(self) -> None:
        key = self.closings.current_key()
        chosen = next((c for c in self.rows if c.id == key), None)
        self.buttons["check"].setEnabled(chosen is not None and chosen.checked_by is None)

    # -- acting
    def close_day(self) -> FeeForm:
        db, actor, day = self.page.db, self.page.actor, self.the_day()

        def submit(v: dict) -> str:
            counted = parse_decimal(str(v["cash"] or ""), "cash", str(T("FeesDesk", "Cash counted")))
            assert counted is not None
            closing.close_day(db, actor, day, counted, explanation=v["explanation"], handed_to=v["handed_to"],
                              handin_ref=v["handin_ref"])
            return daily_number(day, actor.staff_id or 0)
        self.dialog = FeeForm(self, self.tr("Close {day}").format(day=day.isoformat()), [
            Field("cash", T("FeesDesk", "Cash counted"), required=True),
            Field("explanation", T("FeesDesk", "Explanation of a difference (长短款)"), "multiline"),
            Field("handed_to", T("FeesDesk", "Handed to"), max_len=40),
            Field("handin_ref", T("FeesDesk", "Hand-in reference (bank slip, safe bag)"), max_len=40)],
            submit, kind=RECEIPT_KIND, done=lambda number: (self.refresh(), preview(self, "fee_daily_report", number)))
        expected = self.sm.cash if self.sm is not None else Decimal(0)
        self.dialog.form.set_value("cash", f"{expected:.2f}")
        self.dialog.show()
        return self.dialog

    def check(self) -> FeeForm | None:
        key = self.closings.current_key()
        if key is None:
            return None
        db, actor = self.page.db, self.page.actor
        self.dialog = FeeForm(self, self.tr("Check the daily closing"), approval_fields(db, actor),
                              lambda v: closing.check_closing(db, actor, key, approval_of(v)), kind=RECEIPT_KIND,
                              done=lambda _r: self.refresh())
        self.dialog.show()
        return self.dialog

    def print_report(self):
        return preview(self, "fee_daily_report", daily_number(self.the_day(), self.cashier_id()))
