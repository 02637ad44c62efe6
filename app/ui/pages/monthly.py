"""月度报表 — the supervisor's month (DOMAIN.md §6): a period (a month, a quarter, a year), every KPI with its
numerator and denominator beside the period before and a year before, the targets missed in red; printed
and exported to Excel. The figures are counted on the worker; a double click opens the page behind a figure.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from app.domain.complaints import Category
from app.domain.monthly import MONEY, MONTH, QUARTER, YEAR, Period, Report
from app.services import base
from app.services import monthly as svc
from app.ui.dialogs.export import excel_path
from app.ui.pages.base import Page
from app.ui.pages.fees.parts import ListTable, button_row

#: the page behind a figure, by its key, else by the first part of its key
PAGE_OF = {"occupancy.moved_in": "movein", "occupancy.moved_out": "moveout", "occupancy.moveout_arrears": "moveout",
           "complaints": "complaints", "followups": "followups", "fees": "fees", "patrol": "patrol",
           "vacancy": "vacancy", "keys": "keys", "notices": "notices", "relay": "relay", "visits": "visits",
           "renovation": "renovation", "site": "site", "release": "release", "occupancy": "lease"}
MISSED = QColor("#c62828")
CATEGORIES = {c.value for c in Category}


class MonthlyPage(Page):
    watches = ()

    def __init__(self, window) -> None:
        super().__init__(window)
        top = QHBoxLayout()
        self.kind = QComboBox(self, objectName="monthlyKind")
        for code, label in ((MONTH, self.tr("Month")), (QUARTER, self.tr("Quarter")), (YEAR, self.tr("Year"))):
            self.kind.addItem(label, code)
        self.year = QSpinBox(self, objectName="monthlyYear")
        self.year.setRange(2000, 2100)
        self.index = QSpinBox(self, objectName="monthlyIndex")
        last = _last_month(base.now().date())
        self.year.setValue(last.year)
        self.index.setRange(1, 12)
        self.index.setValue(last.index)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        top.addWidget(QLabel(self.tr("Period"), self))
        for w in (self.kind, self.year, self.index):
            top.addWidget(w)
        self.buttons = button_row(self, top, "monthly", [
            ("count", self.tr("Count"), self.refresh),
            ("print", self.tr("Print report"), self.print_report),
            ("export", self.tr("Export to Excel"), self.export)])
        self.outer.addLayout(top)
        self.summary = QLabel(self, objectName="monthlySummary")
        self.summary.setWordWrap(True)
        self.outer.addWidget(self.summary)
        self.table = ListTable([self.tr("Figure"), self.tr("Formula"), self.tr("Numerator/denominator"),
                                self.tr("This period"), self.tr("Period before"), self.tr("A year before"),
                                self.tr("Target"), self.tr("Met")], self, name="monthlyTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, header.ResizeMode.Stretch)     # the formula takes what is left
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda index: self.open_figure(index.row()))
        self.tabs = QTabWidget(self, objectName="monthlyTabs")
        self.tabs.addTab(self.table, self.tr("Figures"))
        self.tabs.addTab(self._charts(), self.tr("Charts"))
        self.outer.addWidget(self.tabs, 1)
        self.report: Report | None = None
        self.preview = None
        self.last_export: tuple[int, object] | None = None

    def _charts(self) -> QWidget:
        from app.ui.widgets.charts import Chart
        host = QWidget(self, objectName="monthlyCharts")
        grid = QGridLayout(host)
        self.received_chart = Chart(self.tr("Complaints received and resolved, last 12 months"), host,
                                    shown=lambda v: f"{v:g}", name="chartComplaints")
        self.rates_chart = Chart(self.tr("Collection rate and satisfaction, last 12 months"), host,
                                 shown=lambda v: f"{v * 100:.0f}%", name="chartRates")
        self.category_chart = Chart(self.tr("Complaints by category, this period"), host,
                                    shown=lambda v: f"{v:g}", name="chartCategories")
        self.aging_chart = Chart(self.tr("Arrears by aging (yuan)"), host, shown=lambda v: f"{v:,.0f}",
                                 name="chartAging")
        for k, chart in enumerate((self.received_chart, self.rates_chart, self.category_chart, self.aging_chart)):
            grid.addWidget(chart, k // 2, k % 2)
        return host

    def _show_charts(self, report: Report) -> None:
        empty = self.tr("Nothing to show for this period.")
        trend = report.trend
        months = [f"{m.year % 100:02d}-{m.index:02d}" for m in trend.months] if trend else []
        series = trend.series if trend else {}
        self.received_chart.set_lines(months, {
            self.tr("Received"): series.get("complaints.received", ()),
            self.tr("Resolved"): series.get("complaints.resolved", ())} if "complaints.received" in series else {},
            empty)
        rates = {}
        if "fees.collection" in series:
            rates[self.tr("Collection rate")] = series["fees.collection"]
        if "complaints.satisfied" in series:
            rates[self.tr("Satisfaction")] = series["complaints.satisfied"]
        self.rates_chart.set_lines(months, rates, empty)
        categories = trend.by_category if trend else ()
        self.category_chart.set_bars([str(Category(c).label) if c in CATEGORIES else c for c, _n in categories],
                                     [n for _c, n in categories], empty)
        aging = [f for f in report.figures if f.key.startswith("fees.aging.") and f.now.kind == MONEY]
        self.aging_chart.set_bars([str(f.label) for f in aging], [float(f.now.number or 0) for f in aging], empty)

    def show_view(self, key: str) -> MonthlyPage:
        """The tab ``figures`` or ``charts`` (a screenshot's ``monthly:charts``)."""
        self.tabs.setCurrentIndex(("figures", "charts").index(key))
        return self

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.index.setVisible(kind != YEAR)
        self.index.setRange(1, 4 if kind == QUARTER else 12)

    def period(self) -> Period:
        kind = self.kind.currentData()
        return Period(self.year.value(), kind, 0 if kind == YEAR else self.index.value())

    # -- reading (on the worker: a year of every workflow's figures)
    def refresh(self):
        period = self.period()
        self.summary.setText(self.tr("Counting the figures of {period}…").format(period=period.label()))
        db, actor = self.db, self.actor
        return self.ops.run(lambda: svc.report(db, actor, period), on_success=self.show_report,
                            on_error=lambda exc: self.bar.error(str(exc)))

    def show_report(self, report: Report) -> None:
        self.report = report
        rows: list[tuple[object, tuple]] = []
        sections: set[int] = set()
        for title, figures in report.sections():
            sections.add(len(rows))
            rows.append((None, (str(title), "", "", "", "", "", "", "")))
            for f in figures:
                label = str(f.label) + (self.tr(" (today)") if f.current else "")
                met = "" if f.target is None or f.target.met(f.now) is None else (
                    self.tr("missed") if f.missed else self.tr("met"))
                rows.append((f.key, (label, str(f.formula), f.now.parts(), f.now.shown(),
                                     "—" if f.previous is None else f.previous.shown(),
                                     "—" if f.year_before is None else f.year_before.shown(),
                                     f.target.shown(f.now.kind) if f.target else "", met)))
        self.table.fill(rows)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, (key, _cells) in enumerate(rows):
            for c in range(3, 6):
                item = self.table.item(r, c)
                if item is not None:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if r in sections:
                self.table.item(r, 0).setFont(bold)
                self.table.setSpan(r, 0, 1, self.table.columnCount())
            elif key is not None and report.figure(key).missed:
                for c in (3, 7):
                    item = self.table.item(r, c) or QTableWidgetItem()
                    item.setForeground(QBrush(MISSED))
        self._show_charts(report)
        missed = report.missed
        text = self.tr("{period}: {n} figures; {m} miss their target.").format(
            period=report.period.label(), n=len(report.figures), m=len(missed))
        if missed:
            text += " " + self.tr(", ").join(str(f.label) for f in missed)
        self.summary.setText(text if report.figures else self.tr(
            "No figure of {period} is open to your account.").format(period=report.period.label()))

    def open_figure(self, row: int):
        key = self.table.keys[row] if 0 <= row < len(self.table.keys) else None
        if key is None:
            return None
        return self.window_.show_page(PAGE_OF.get(key) or PAGE_OF[key.split(".", 1)[0]])

    # -- paper and Excel
    def print_report(self):
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "monthly_report", self.period().number)
        return self.preview

    def export(self, path: str | None = None):
        period = self.period()
        target = excel_path(self, self.tr("Export to Excel"), f"月度报表-{period.number}.xlsx", path)
        if target is None:
            return None
        db, actor = self.db, self.actor

        def done(count) -> None:
            self.last_export = (count, target)
            self.bar.info(self.tr("{n} figures exported to {path}").format(n=count, path=target))
        return self.ops.run(lambda: svc.to_excel(db, actor, period, target), on_success=done,
                            on_error=lambda exc: self.bar.error(str(exc)))


def _last_month(today: date) -> Period:
    """The month reviewed by the 5th: the one before ``today``'s."""
    return Period.of_month(today).previous()


__all__ = ["MonthlyPage"]
