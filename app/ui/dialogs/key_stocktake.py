"""钥匙盘点: count every open key of the cabinet and list the discrepancies (short, extra, unexpected).

Each open key shows what its slot should hold (the service's sheet: its count in the cabinet, 0 when on loan,
lost or awaiting a new key); the user enters what is really in the slot, and the service records the
stock-take and returns the lines that disagree. Any stock-take, the one just recorded or an earlier one
chosen in the history, prints as its 钥匙盘点表.
"""
from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.keys import KEY_KIND
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import keys as svc
from app.ui.dialogs.base import WindowDialog, action_buttons

RESULTS = {"short": T("Keys", "short"), "extra": T("Keys", "extra"),
           "unexpected": T("Keys", "should not be in the cabinet")}


class StocktakeDialog(WindowDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Key stock-take"))
        self.resize(560, 640)
        layout = self.layout_
        layout.addWidget(QLabel(self.tr("Enter how many keys are really in each slot."), self))
        host = QWidget(self)
        form = QFormLayout(host)
        self.spins: dict[int, QSpinBox] = {}
        rows = svc.stocktake_sheet(window.db, window.actor)
        for row in rows:
            spin = QSpinBox(host, objectName=f"found_{row.key_no}")
            spin.setRange(0, 50)
            spin.setValue(row.expected_count)
            form.addRow(self.tr("{slot}  {room}  ({state}, should hold {n})").format(
                slot=row.key_no, room=row.room, state=row.state_label, n=row.expected_count), spin)
            self.spins[row.key_id] = spin
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(host)
        layout.addWidget(scroll, 1)
        self.result = QLabel(self, objectName="stocktakeResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        history = QHBoxLayout()
        history.addWidget(QLabel(self.tr("Earlier stock-takes:"), self))
        self.history = QComboBox(self, objectName="stocktakeHistory")
        history.addWidget(self.history, 1)
        self.print_button = QPushButton(self.tr("&Print the count sheet"), self, objectName="printStocktake")
        self.print_button.setToolTip(self.tr("钥匙盘点表 of the stock-take chosen"))
        self.print_button.clicked.connect(self.print_sheet)
        history.addWidget(self.print_button)
        layout.addLayout(history)
        self.load_history()
        buttons, self.run_button = action_buttons(self, self.tr("&Record the stock-take"), self.record)
        layout.addWidget(buttons)
        if not rows:
            self.bar.info(self.tr("The cabinet holds no key yet."))
            self.run_button.setEnabled(False)

    def load_history(self) -> None:
        self.history.clear()
        for row in svc.stocktakes(self.window_.db, self.window_.actor):
            self.history.addItem(self.tr("{number}  {when}  {who}: {n} keys, {bad} discrepancies").format(
                number=row.number, when=f"{row.taken_at:%Y-%m-%d %H:%M}", who=row.counted_by, n=row.keys_counted,
                bad=row.discrepancies), row.number)
        self.print_button.setEnabled(self.history.count() > 0)

    def print_sheet(self):
        """The 钥匙盘点表 of the stock-take chosen in the history (the newest first)."""
        number = self.history.currentData()
        if not number:
            return None
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "key_stocktake", str(number))
        return self.preview

    def record(self) -> None:
        found = {key_id: spin.value() for key_id, spin in self.spins.items()}
        self.run_button.setEnabled(False)
        self.window_.ops.run(lambda: svc.stocktake(self.window_.db, self.window_.actor, found), kind=KEY_KIND,
                             on_success=self._done, on_error=self._refused)

    def _done(self, outcome) -> None:
        self.outcome = outcome
        self.load_history()
        bad = outcome.discrepancies
        if not bad:
            self.bar.info(self.tr("{n} keys counted: everything is in place.").format(n=outcome.keys_counted))
            self.result.setText("")
            return
        self.bar.warning(self.tr("{n} keys counted, {bad} discrepancies.").format(
            n=outcome.keys_counted, bad=len(bad)))
        lines = [self.tr("{slot}: should hold {expected}, found {found} ({result})").format(
            slot=line.key_no, expected=line.expected_count, found=line.found_count,
            result=RESULTS[line.result]) for line in bad]
        self.result.setText("<br>".join(html.escape(text) for text in lines))

    def _refused(self, exc: UserError) -> None:
        self.run_button.setEnabled(True)
        self.bar.error(str(exc))
