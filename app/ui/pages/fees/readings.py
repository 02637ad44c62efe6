"""抄表导入 — the readings view of the fees page: the meter reader's spreadsheet of a month picked, every row of it
checked as app.excel.readings read it (the service's report: to be saved, or refused and why) before anything is
written, then the round of the rows accepted saved at once (readings.save_import: all or none). The report can be
exported to Excel to send the refused rows back to the meter reader."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.fees.codes import FEES_READINGS, Formula
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base
from app.services.fees import items, readings
from app.ui.pages.fees.parts import EmptyHint, ListTable, button_row
from app.ui.widgets import tones
from app.ui.widgets.table_model import Column


class ReadingsView(QWidget):
    report_title = T("FeesDesk", "Meter readings import")

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        today = base.now().date()
        self.month = QDateEdit(QDate(today.year, today.month, 1), self, objectName="readingsMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(lambda _d: self.recheck())
        self.item = QComboBox(self, objectName="readingsItem")
        self.item.setToolTip(self.tr("The meter of the rows that name none"))
        self.item.addItem(self.tr("(rows name their meter)"), None)
        for it in items.list_items(page.db, page.actor):
            if it.formula == Formula.METERED.value:
                self.item.addItem(it.name, it.id)
        if self.item.count() > 1:
            self.item.setCurrentIndex(1)
        self.item.currentIndexChanged.connect(lambda _i: self.recheck())
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month)
        top.addWidget(self.item)
        self.buttons = button_row(self, top, "readings", (
            ("choose", self.tr("Choose the file…"), self.choose), ("save", self.tr("Save the readings"), self.save),
            ("export", self.tr("Export the report"), lambda: self.page.export_list())))
        layout.addLayout(top)
        self.summary = QLabel(self, objectName="readingsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = ListTable([self.tr("Row"), self.tr("Room"), self.tr("Meter"), self.tr("Reading"),
                                self.tr("Result")], self, name="readingsReport", numbers=(3,))
        layout.addWidget(self.table, 1)
        self.empty = EmptyHint(self.tr("Choose the meter reader's spreadsheet (.xlsx or .csv) with the columns 房号 "
                                       "and 本月读数: every row is checked and shown here before anything is saved."),
                               self.tr("Choose the file…"), self.choose, self, name="readingsEmpty")
        layout.addWidget(self.empty)
        self.path: str | None = None
        self.report: readings.ImportReport | None = None
        self.saved = False
        allowed = page.actor.can(FEES_READINGS)
        for name in ("choose", "save"):
            self.buttons[name].setToolTip("" if allowed else self.tr("Only the supervisor and the clerk enter "
                                                                     "meter readings"))
        self.buttons["choose"].setEnabled(allowed)
        self.empty.button.setEnabled(allowed)
        self.show_report()

    def month_of(self) -> date:
        return self.month.date().toPython().replace(day=1)

    def refresh(self) -> None:
        """Nothing to read until a file is chosen (the report stays as it was)."""

    # -- the file
    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the meter readings"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Check every row of the file (nothing written) and show the report."""
        self.path, self.saved = path, False
        self.recheck()

    def recheck(self) -> None:
        if self.path is None:
            return
        db, actor, path, month, item = self.page.db, self.page.actor, self.path, self.month_of(), \
            self.item.currentData()
        self.buttons["save"].setEnabled(False)
        self.page.ops.run(lambda: readings.check_import(db, actor, path, month, item), on_success=self._checked,
                          on_error=self._refused)

    def _checked(self, report: readings.ImportReport) -> None:
        self.report, self.saved = report, False
        self.show_report()

    def _refused(self, exc) -> None:
        self.report = None
        self.show_report()
        self.page.bar.error(str(exc))

    def show_report(self) -> None:
        report = self.report
        lines = report.lines if report is not None else ()
        self.table.fill([(ln.row, (ln.row, ln.room, ln.item, ln.reading, self._result(ln))) for ln in lines])
        for r, ln in enumerate(lines):
            if not ln.imported:
                for c in range(self.table.columnCount()):
                    self.table.item(r, c).setForeground(tones.LATE)
        self.empty.setVisible(report is None)
        name = Path(self.path).name if self.path else ""
        if report is None:
            self.summary.setText("")
        elif self.saved:
            self.summary.setText(self.tr("{file}: {n} readings of {month} saved; {refused} rows refused.").format(
                file=name, n=report.imported, month=report.month, refused=len(report.refused)))
        else:
            self.summary.setText(self.tr("{file} (sheet {sheet}): {n} readings of {month} to save, {refused} rows "
                                         "refused (in red, with the reason). Nothing is saved until you press "
                                         "Save the readings.").format(file=name, sheet=report.sheet,
                                                                      n=report.imported, month=report.month,
                                                                      refused=len(report.refused)))
        self.buttons["save"].setEnabled(report is not None and not self.saved and report.imported > 0
                                        and self.page.actor.can(FEES_READINGS))
        self.buttons["export"].setEnabled(report is not None)

    def _result(self, ln: readings.ReportLine) -> str:
        if ln.refused:
            return ln.refused
        return self.tr("Saved") if self.saved else self.tr("To save")

    # -- saving the round
    def save(self) -> None:
        report = self.report
        if report is None or self.saved:
            return
        db, actor, month = self.page.db, self.page.actor, self.month_of()
        self.buttons["save"].setEnabled(False)
        self.page.ops.run(lambda: readings.save_import(db, actor, report, month), kind="meter_reading",
                          on_success=self._saved, on_error=self._save_refused)

    def _saved(self, ids: list[int]) -> None:
        self.saved = True
        self.show_report()
        self.page.bar.info(self.tr("{n} meter readings saved.").format(n=len(ids)))

    def _save_refused(self, exc) -> None:
        self.show_report()
        self.page.bar.error(str(exc))

    # -- the list report (导出Excel / 打印列表 of the page): the rows with their result, the reading as a number
    def report_columns(self) -> list[Column]:
        return [Column("row", T("FeesDesk", "Row"), lambda ln: ln.row),
                Column("room", T("FeesDesk", "Room"), lambda ln: ln.room),
                Column("meter", T("FeesDesk", "Meter"), lambda ln: ln.item),
                Column("reading", T("FeesDesk", "Reading"), lambda ln: ln.reading),
                Column("result", T("FeesDesk", "Result"), self._result)]

    def report_fetch(self):
        lines = list(self.report.lines) if self.report is not None else []
        return lambda after, limit: [ln for ln in lines if after is None or ln.row > after][:limit]

    def report_filter_text(self) -> str:
        return Path(self.path).name if self.path else ""
