"""设置 → 收费项目: the fee items of §5.1 (the supervisor's, ``fees.setup``): list, add, edit, deactivate, delete.

The service (app.services.fees.items) enforces the rules; this dialog only mirrors them: a code used once, a new
unit price of a billed item applies from a date after the last day billed (the periods before keep the old price),
an item with bills or readings is deactivated, never deleted. A refused save keeps the input, with the reason
beside the field.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QMessageBox, QPushButton

from app.domain import money
from app.domain.fees.codes import Formula, ItemCategory, Rounding
from app.domain.validation import parse_decimal, parse_money
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services.fees import items
from app.ui.dialogs.base import ShortList, WindowDialog, open_editor
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.table_model import Column, label_of

_GREY = QBrush(QColor("#8a8f98"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CYCLES = ((1, T("FeeItems", "Monthly")), (2, T("FeeItems", "Every 2 months")), (3, T("FeeItems", "Quarterly")),
          (6, T("FeeItems", "Half-yearly")), (12, T("FeeItems", "Yearly")))


def _cycle(months: int) -> str:
    return next((str(text) for m, text in CYCLES if m == months), str(months))


def _yes(flag: bool) -> str:
    return QCoreApplication.translate("FeeItems", "Yes") if flag else ""


def _price(row: items.ItemRow) -> str:
    shown = money.format_yuan(row.item.unit_price)
    if row.item.unit:
        shown += " " + row.item.unit
    return shown


COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, lambda r: None if r.item.active else _GREY) for c in [
    Column("code", T("FeeItems", "Code"), lambda r: r.item.code, 52),
    Column("name", T("FeeItems", "Name"), lambda r: r.item.name, 120),
    Column("formula", T("FeeItems", "Billing basis"), lambda r: label_of(Formula, r.item.formula), 150),
    Column("price", T("FeeItems", "Unit price"), _price, 120, _RIGHT),
    Column("from", T("FeeItems", "Price from"), lambda r: r.price_from.isoformat() if r.price_from else "", 84),
    Column("cycle", T("FeeItems", "Cycle"), lambda r: _cycle(r.item.cycle_months), 80),
    Column("due", T("FeeItems", "Due day"), lambda r: str(r.item.due_day), 56, _RIGHT),
    Column("late", T("FeeItems", "Late fee"), lambda r: _yes(r.item.late_fee), 56),
    Column("active", T("FeeItems", "Active"), lambda r: _yes(r.item.active), 50),
]]


def _unit_price(value: str) -> Decimal | None:
    return parse_money(value, "unit_price", str(T("FeeItems", "Unit price")), required=True)


def _due_day(value: str) -> Decimal | None:
    return parse_decimal(value, "due_day", str(T("FeeItems", "Due day")), places=0, minimum=Decimal(1),
                         maximum=Decimal(28), required=True)


def _next_month(day: date) -> date:
    return date(day.year + (day.month == 12), day.month % 12 + 1, 1)


class FeeItemDialog(EditorDialog):
    """Add an item (``row`` None) or edit one; a changed price of an item in use asks the day it applies from."""

    kind = "fee_item"

    def __init__(self, window, row: items.ItemRow | None = None) -> None:
        self.window_, self.row = window, row
        fields = [
            Field("code", T("FeeItems", "Code"), required=True, max_len=20,
                  placeholder=T("FeeItems", "Letters, e.g. WY")),
            Field("name", T("FeeItems", "Name"), required=True, max_len=40),
            Field("formula", T("FeeItems", "Billing basis"), "combo",
                  choices=[(f.value, str(f.label)) for f in Formula]),
            Field("category", T("FeeItems", "Kind"), "combo",
                  choices=[(c.value, str(c.label)) for c in ItemCategory]),
            Field("unit_price", T("FeeItems", "Unit price (yuan)"), required=True, max_len=12,
                  check=_unit_price),
            Field("unit", T("FeeItems", "Unit"), max_len=12, placeholder=T("FeeItems", "e.g. 元/m²·月")),
            Field("price_from", T("FeeItems", "New price applies from"), "date"),
            Field("cycle_months", T("FeeItems", "Cycle"), "combo", choices=[(str(m), str(t)) for m, t in CYCLES]),
            Field("due_day", T("FeeItems", "Due day of the month"), max_len=2,
                  check=_due_day),
            Field("rounding", T("FeeItems", "Rounding"), "combo",
                  choices=[(r.value, str(r.label)) for r in Rounding]),
            Field("late_fee", T("FeeItems", "Late fee charged (rate and grace days in the parameters)"), "check",
                  span=2),
            Field("developer_pays", T("FeeItems", "The developer pays for unsold rooms"), "check", span=2),
            Field("active", T("FeeItems", "Active (billed)"), "check", span=2),
        ]
        super().__init__(window, "", fields, columns=2)
        today = base.now().date()
        if row is None:
            self.setWindowTitle(self.tr("Add a fee item"))
            self.form.set_values({"formula": Formula.AREA.value, "category": ItemCategory.PERIODIC.value,
                                  "cycle_months": "1", "due_day": "15", "rounding": Rounding.HALF_UP.value,
                                  "developer_pays": True, "active": True})
            self.form.widgets["price_from"].setEnabled(False)
        else:
            item = row.item
            self.setWindowTitle(self.tr("Fee item {name}").format(name=item.name))
            self.form.set_values({
                "code": item.code, "name": item.name, "formula": item.formula, "category": item.category,
                "unit_price": str(item.unit_price), "unit": item.unit, "price_from": _next_month(today),
                "cycle_months": str(item.cycle_months), "due_day": str(item.due_day), "rounding": item.rounding,
                "late_fee": item.late_fee, "developer_pays": item.developer_pays, "active": item.active})
            if row.used:
                self.bar.show_message(self.tr(
                    "{name} has bills: a new unit price applies from the day chosen; the periods billed keep "
                    "the price they were billed at.").format(name=item.name), "info")

    def submit(self, values: dict[str, Any]) -> int:
        w, row = self.window_, self.row
        price, due = _unit_price(values["unit_price"]), _due_day(values["due_day"])
        keep = row.item if row is not None else None
        data = items.ItemInput(
            values["code"], values["name"], price or Decimal(0), values["formula"], values["category"],
            values["unit"].strip(), int(values["cycle_months"]), int(due or 15), values["rounding"],
            keep.places if keep else 2, values["late_fee"], values["developer_pays"],
            keep.effective_from if keep else None, keep.effective_to if keep else None, values["active"],
            keep.seq if keep else 0)
        if row is None:
            return items.save_item(w.db, w.actor, data)
        changed = price != row.item.unit_price
        return items.save_item(w.db, w.actor, data, row.item.id, row.item.version,
                               price_from=values["price_from"] if changed else None)


class FeeItemsDialog(WindowDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Fee items"))
        self.editor: EditorDialog | None = None
        note = QLabel(self.tr("The billing run bills the active items. An item with bills is deactivated, "
                              "not deleted; a new price applies from a date."), self)
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.list = ShortList(self, self, COLUMNS, lambda: items.item_rows(self.db, self.actor), lambda r: r.item.id,
                              "feeItemsTable", on_select=self._update_buttons, on_open=self.edit_item)
        self.model, self.table = self.list.model, self.list.table
        self.layout_.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add…"), self, objectName="addItem")
        self.edit_button = QPushButton(self.tr("&Edit…"), self, objectName="editItem")
        self.toggle_button = QPushButton(self.tr("&Deactivate"), self, objectName="toggleItem")
        self.delete_button = QPushButton(self.tr("De&lete"), self, objectName="deleteItem")
        self.add_button.clicked.connect(self.add_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete_item)
        for b in (self.add_button, self.edit_button, self.toggle_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        self.layout_.addLayout(row)
        self.resize(900, 460)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.reload(select_id)

    def selected(self) -> items.ItemRow | None:
        return self.list.selected()

    def select_code(self, code: str) -> bool:
        return self.list.select(lambda r: r.item.code == code)

    def _update_buttons(self) -> None:
        row = self.selected()
        for b in (self.edit_button, self.toggle_button):
            b.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None and not row.used)
        self.delete_button.setToolTip(self.tr("An item with bills or readings is deactivated, not deleted")
                                      if row is not None and row.used else "")
        self.toggle_button.setText(self.tr("Ac&tivate") if row is not None and not row.item.active
                                   else self.tr("&Deactivate"))

    def _open_editor(self, dlg: EditorDialog, done_message: str) -> None:
        open_editor(self, dlg, done_message, self.reload)

    def add_item(self) -> None:
        self._open_editor(FeeItemDialog(self.window_), self.tr("Fee item added."))

    def edit_item(self) -> None:
        row = self.selected()
        if row is not None:
            self._open_editor(FeeItemDialog(self.window_, row), self.tr("Fee item saved."))

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        active = not row.item.active
        message = (self.tr("{name} is billed again from the next billing run.") if active
                   else self.tr("{name} is no longer billed; its bills stay.")).format(name=row.item.name)
        self._run(lambda: items.set_active(self.db, self.actor, row.item.id, active, row.item.version),
                  row.item.id, message)

    def delete_item(self, confirm: bool = True) -> None:
        row = self.selected()
        if row is None:
            return
        if confirm and QMessageBox.question(self, self.tr("Delete a fee item"), self.tr(
                "Delete the fee item {name}?").format(name=row.item.name)) != QMessageBox.StandardButton.Yes:
            return
        self._run(lambda: items.delete_item(self.db, self.actor, row.item.id, row.item.version), None,
                  self.tr("{name} deleted.").format(name=row.item.name))

    def _run(self, work, select_id: int | None, message: str) -> None:
        def done(_result) -> None:
            self.reload(select_id)
            self.bar.info(message)
        self.ops.run(work, kind="fee_item", on_success=done, on_error=lambda exc: self.bar.error(str(exc)))
