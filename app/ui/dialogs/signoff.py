"""主管日审: the day's records in one list, read and signed by the supervisor (app.services.signoff)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QPlainTextEdit

from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services import signoff as svc
from app.ui.dialogs.base import WindowDialog, action_buttons
from app.ui.dialogs.handover import stretch_column
from app.ui.widgets import tones
from app.ui.widgets.table_model import Column, LazyTableModel, attr, record_view


def _tone(item: svc.DayItem):
    return tones.ATTENTION if item.unusual else None


COLUMNS = [
    Column("at", T("SignOff", "Time"), lambda i: f"{i.at:%H:%M}", width=56),
    Column("section", T("SignOff", "Record"), lambda i: str(i.section), width=110, foreground=_tone),
    Column("number", T("SignOff", "No."), attr("number"), width=180),
    Column("what", T("SignOff", "What"), attr("what"), width=170, foreground=_tone),
    Column("detail", T("SignOff", "Details"), attr("detail")),
    Column("staff", T("SignOff", "By"), attr("staff"), width=80),
]


class SignOffDialog(WindowDialog):
    """Pick a day (the oldest unsigned one first), read its records, note and sign."""

    def __init__(self, window, day: date | None = None) -> None:
        super().__init__(window)
        self.setObjectName("signOffDialog")
        self.setWindowTitle(self.tr("Sign the day's records"))
        self.resize(1000, 600)
        self.sheet: svc.DaySheet | None = None
        form = QFormLayout()
        self.day = QDateEdit(self, objectName="signOffDay", calendarPopup=True, displayFormat="yyyy-MM-dd")
        today = base.now().date()
        self.day.setMaximumDate(QDate(today.year, today.month, today.day))
        form.addRow(self.tr("&Day"), self.day)
        self.summary = QLabel(self, objectName="signOffSummary", wordWrap=True)
        form.addRow(self.tr("Work log"), self.summary)
        self.layout_.addLayout(form)
        self.model = LazyTableModel(COLUMNS, lambda after, n: [], parent=self)
        self.view = record_view(self, self.model, "signOffItems")
        stretch_column(self.view, 4)
        self.view.doubleClicked.connect(self._open)
        self.layout_.addWidget(self.view, 1)
        self.hint = QLabel(self.tr("Double-click a row to open its record."), self)
        self.layout_.addWidget(self.hint)
        self.note = QPlainTextEdit(self, objectName="signOffNote")
        self.note.setPlaceholderText(str(svc.NOTE.label))
        self.note.setFixedHeight(60)
        self.layout_.addWidget(self.note)
        buttons, self.sign_button = action_buttons(self, self.tr("&Sign the day"), self.sign)
        self.layout_.addWidget(buttons)
        pending = self._unsigned()
        start = day or (pending[0] if pending else today - timedelta(days=1))
        self.day.setDate(QDate(start.year, start.month, start.day))
        self.day.dateChanged.connect(self.load)
        self.load()

    def _unsigned(self) -> list[date]:
        with self.db.read() as s:
            return svc.unsigned_days(s, base.now().date())

    def load(self) -> None:
        day = self.day.date().toPython()
        try:
            self.sheet = sheet = svc.day_sheet(self.db, self.actor, day)
        except UserError as exc:
            self.bar.error(str(exc))
            return
        self.model.set_rows(sheet.items)
        log = sheet.worklog
        self.summary.setText(self.tr("{n} requests, {m} without a result{checked}").format(
            n=log.total, m=log.open, checked=self.tr("; checked by {name}").format(name=log.review.reviewed_by)
            if log.review else ""))
        signed = sheet.signed
        self.note.setReadOnly(signed is not None)
        self.sign_button.setEnabled(signed is None)
        if signed is not None:
            self.note.setPlainText(signed.note)
            self.bar.info(self.tr("Signed by {name} at {at}: {n} records, {u} unusual.").format(
                name=signed.by, at=f"{signed.at:%Y-%m-%d %H:%M}", n=signed.items, u=signed.unusual))
        elif not sheet.items:
            self.note.clear()
            self.bar.info(self.tr("No complaint, follow-up or unusual event on this day: sign to confirm it "
                                  "was read."))
        else:
            self.note.clear()
            self.bar.show_message(self.tr("{n} records to read, {u} unusual (in amber).").format(
                n=len(sheet.items), u=sheet.unusual), "warning" if sheet.unusual else "info")

    def _open(self, index) -> None:
        item = self.model.row_at(index.row())
        if item is not None and item.kind:
            self.window_.open_record(item.kind, item.record_id)

    def sign(self) -> None:
        if self.sheet is None:
            return
        sheet, note = self.sheet, self.note.toPlainText()
        self.sign_button.setEnabled(False)
        self.ops.run(lambda: svc.sign_day(self.db, self.actor, sheet.day, len(sheet.items), note),
                     kind="signoff", on_success=lambda _r: self.load(), on_error=self._refused)

    def _refused(self, exc: UserError) -> None:
        self.sign_button.setEnabled(True)
        self.bar.error(str(exc))
