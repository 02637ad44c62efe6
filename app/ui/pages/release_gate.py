"""The gate check and the weekly reconciliation of the goods-release page (DOMAIN.md §4.12 steps 4–5).

**Gate check.** One line edit keeps the focus: a scanner reading the slip's QR code types the number and
Enter, as a guard typing it would. The slip is shown large (state, room, applicant, ID, items, vehicle,
validity) with the verdict in green or red; the guard records the carrier's ID and releases, or writes what
did not match and refuses. The field is emptied after each scan, so the next scan starts clean.

**Weekly reconciliation.** The 保安联 returned from the gate are scanned or typed one a line; the week's
released slips are checked against them and the unreturned ones listed.
"""
from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import UserError
from app.domain.release import KIND, RELEASE_GATE, RELEASE_RECONCILE
from app.services import release as svc

GOOD, BAD = "#1b7f3b", "#b3261e"


def _big(widget: QWidget, points: int, bold: bool = False) -> None:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    widget.setFont(font)


class GatePane(QWidget):
    """Scan → the slip, large → 放行 (the carrier's ID) or 拒绝 (what did not match)."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("gatePane")
        self.slip: svc.GateView | None = None
        allowed = page.actor.can(RELEASE_GATE)
        outer = QVBoxLayout(self)
        outer.addWidget(QLabel(self.tr("Scan the slip's QR code, or type its number and press Enter.")))
        self.scan = QLineEdit(self, objectName="gateScan")
        self.scan.setPlaceholderText(self.tr("Slip number, such as FX20260608-0001"))
        self.scan.setMaxLength(40)
        _big(self.scan, 16)
        self.scan.returnPressed.connect(self.look_up)
        self.scan.setEnabled(allowed)
        outer.addWidget(self.scan)
        self.verdict = QLabel(self, objectName="gateVerdict", wordWrap=True)
        _big(self.verdict, 15, bold=True)
        outer.addWidget(self.verdict)
        self.details = QLabel(self, objectName="gateSlip", wordWrap=True,
                              textFormat=Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        _big(self.details, 12)
        outer.addWidget(self.details, 1)
        form = QFormLayout()
        self.carrier = QLineEdit(self, objectName="gateCarrier", maxLength=20)
        self.carrier.setPlaceholderText(self.tr("The ID number of the person carrying the goods out"))
        self.release_button = QPushButton(self.tr("Release"), self, objectName="gateRelease")
        self.release_button.clicked.connect(self.release)
        row = QHBoxLayout()
        row.addWidget(self.carrier, 1)
        row.addWidget(self.release_button)
        form.addRow(self.tr("Carrier's ID"), row)
        self.mismatch = QLineEdit(self, objectName="gateMismatch", maxLength=200)
        self.mismatch.setPlaceholderText(self.tr("What does not match the slip (goods, person, vehicle)"))
        self.refuse_button = QPushButton(self.tr("Refuse"), self, objectName="gateRefuse")
        self.refuse_button.clicked.connect(self.refuse)
        row = QHBoxLayout()
        row.addWidget(self.mismatch, 1)
        row.addWidget(self.refuse_button)
        form.addRow(self.tr("Mismatch"), row)
        outer.addLayout(form)
        self._show(None)
        if not allowed:
            self._say(self.tr("Your role may not check slips at the gate."), BAD)

    # -- the scan
    def look_up(self) -> None:
        number = self.scan.text().strip()
        self.scan.clear()
        if not number:
            return
        try:
            self._show(svc.gate_lookup(self.page.db, self.page.actor, number))
        except UserError as e:
            self._show(None)
            self._say(str(e), BAD)

    def _show(self, slip: svc.GateView | None) -> None:
        self.slip = slip
        self.carrier.clear()
        self.mismatch.clear()
        self.release_button.setEnabled(slip is not None and slip.problem is None)
        self.refuse_button.setEnabled(slip is not None and slip.status in ("approved", "expired"))
        self.carrier.setEnabled(self.release_button.isEnabled())
        self.mismatch.setEnabled(self.refuse_button.isEnabled())
        if slip is None:
            self.details.setText("")
            self._say(self.tr("Waiting for a scan."), "")
            return
        if slip.problem:
            self._say(slip.problem, BAD)
        else:
            self._say(self.tr("Valid: check the person and the goods against the slip, record the carrier's ID "
                              "and release."), GOOD)
        self.details.setText(self._slip_html(slip))
        if self.carrier.isEnabled():
            self.carrier.setFocus()

    def _slip_html(self, s: svc.GateView) -> str:
        e = html.escape
        rows = [(self.tr("Slip"), f"{s.number} · {s.state_label}"), (self.tr("Room"), s.room),
                (self.tr("Applicant"), f"{s.applicant}（{s.applicant_type}） {s.id_number}"),
                (self.tr("Goods"), s.purpose), (self.tr("Vehicle"), s.vehicle or "—"),
                (self.tr("Valid"), f"{s.exit_date:%Y-%m-%d} – {s.valid_until:%Y-%m-%d}")]
        head = "".join(f"<tr><td><b>{e(k)}</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows)
        items = "".join(f"<tr><td>{n}.&nbsp;</td><td>{e(i.name)}</td><td align='right'>&nbsp;<b>{i.quantity}</b></td>"
                        f"<td>&nbsp;{e(i.unit)}</td><td>&nbsp;{e(i.remark)}</td></tr>"
                        for n, i in enumerate(s.items, 1))
        title = self.tr("Items")
        return f"<table>{head}</table><p><b>{e(title)}</b></p><table>{items}</table>"

    def _say(self, text: str, colour: str) -> None:
        self.verdict.setText(text)
        self.verdict.setStyleSheet(f"color: {colour};" if colour else "")

    # -- the guard's decision
    def release(self) -> None:
        if self.slip is None:
            return
        number, carrier = self.slip.number, self.carrier.text()
        db, actor = self.page.db, self.page.actor
        self.page.ops.run(lambda: svc.gate_release(db, actor, number, carrier), kind=KIND,
                          on_success=lambda _id: self._done(self.tr("Released: {number}").format(number=number)),
                          on_error=lambda e: self._say(str(e), BAD))

    def refuse(self) -> None:
        if self.slip is None:
            return
        number, mismatch = self.slip.number, self.mismatch.text()
        db, actor = self.page.db, self.page.actor
        self.page.ops.run(lambda: svc.gate_refuse(db, actor, number, mismatch), kind=KIND,
                          on_success=lambda _id: self._done(self.tr("Refused: {number}. The applicant needs a new "
                                                                    "slip.").format(number=number)),
                          on_error=lambda e: self._say(str(e), BAD))

    def _done(self, message: str) -> None:
        self._show(None)
        self._say(message, GOOD)
        self.scan.setFocus()


class ReconcilePane(QWidget):
    """The week's released slips against the 保安联 returned (every reconciliation weekday, parameter)."""

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        self.setObjectName("reconcilePane")
        outer = QVBoxLayout(self)
        form = QFormLayout()
        self.week = QDateEdit(self, objectName="reconcileWeek", calendarPopup=True, displayFormat="yyyy-MM-dd")
        form.addRow(self.tr("Week from"), self.week)
        self.returned = QPlainTextEdit(self, objectName="reconcileReturned")
        self.returned.setPlaceholderText(self.tr("Scan or type the number of each gate copy returned, one a line"))
        self.returned.setMaximumHeight(160)
        form.addRow(self.tr("Gate copies returned"), self.returned)
        outer.addLayout(form)
        self.button = QPushButton(self.tr("Reconcile the week"), self, objectName="reconcileButton")
        self.button.setEnabled(page.actor.can(RELEASE_RECONCILE))
        self.button.clicked.connect(self.reconcile)
        outer.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel(self, objectName="reconcileSummary", wordWrap=True)
        outer.addWidget(self.summary)
        self.unreturned = QListWidget(self, objectName="reconcileUnreturned")
        outer.addWidget(self.unreturned, 1)
        self._loaded = False

    def reload(self) -> None:
        """The last full week before the reconciliation day, as it stands."""
        try:
            state = svc.week_to_reconcile(self.page.db, self.page.actor)
        except UserError as e:
            self.summary.setText(str(e))
            return
        if not self._loaded:
            self.week.setDate(QDate(state.week_start.year, state.week_start.month, state.week_start.day))
            self._loaded = True
        self._show(state)

    def reconcile(self) -> None:
        d = self.week.date()
        week, numbers = date(d.year(), d.month(), d.day()), self.returned.toPlainText().splitlines()
        db, actor = self.page.db, self.page.actor
        self.page.ops.run(lambda: svc.reconcile(db, actor, week, numbers), kind=KIND, on_success=self._show,
                          on_error=lambda e: self.page.bar.error(str(e)))

    def _show(self, r: svc.Reconciliation) -> None:
        self.summary.setText(self.tr("Week from {day}: {n} slips released, {m} gate copies returned, {k} not "
                                     "returned.").format(day=f"{r.week_start:%Y-%m-%d}", n=r.released,
                                                         m=r.returned, k=len(r.unreturned)))
        self.unreturned.clear()
        for number, room, at in r.unreturned:
            self.unreturned.addItem(f"{number} · {room} · {at:%m-%d %H:%M}")
        if not r.unreturned:
            self.unreturned.addItem(self.tr("Every gate copy of the week is back."))
