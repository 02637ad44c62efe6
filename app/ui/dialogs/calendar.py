"""设置 → 工作日历: public holidays and adjusted working days (调休) behind every "N working days" limit.

The calendar shows holidays in red and worked weekend days in blue; the list beside it holds the year's
entries. Changes go through app.services.calendar (``params.edit``; audited).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.domain.errors import UserError
from app.domain.permissions import PARAMS_EDIT
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import calendar as cal
from app.services.calendar import DayRow
from app.ui.dialogs.base import WindowDialog
from app.ui.widgets.form import Field, FormView
from app.ui.widgets.table_model import Column, LazyTableModel, RowRole, record_view

WEEKDAYS = (T("Weekday", "Monday"), T("Weekday", "Tuesday"), T("Weekday", "Wednesday"),
            T("Weekday", "Thursday"), T("Weekday", "Friday"), T("Weekday", "Saturday"),
            T("Weekday", "Sunday"))
COLOURS = {cal.OFF: ("#fde2e1", "#b3261e"), cal.WORK: ("#dbe8ff", "#1f4fa8")}

COLUMNS = [
    Column("day", T("CalendarDialog", "Date"), lambda r: r.day.isoformat(), 90),
    Column("weekday", T("CalendarDialog", "Weekday"), lambda r: str(WEEKDAYS[r.day.weekday()]), 100),
    Column("kind", T("CalendarDialog", "Type"), lambda r: r.kind_label, 175,
           foreground=lambda r: QBrush(QColor(COLOURS.get(r.kind, ("", "#000"))[1]))),
    Column("name", T("CalendarDialog", "Name"), lambda r: r.name),
]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarDialog(WindowDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_edit = self.actor.can(PARAMS_EDIT)
        self.setWindowTitle(self.tr("Working-day calendar"))
        self.days: dict[date, DayRow] = {}
        self.year = QDate.currentDate().year()
        layout = self.layout_
        intro = QLabel(self.tr(
            "Monday to Friday are working days and weekends are not, except for the days listed here: "
            "public holidays, and the weekend days worked in exchange. Working-day limits (complaints, "
            "renovation reviews, key loans) count with this calendar."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QHBoxLayout()
        layout.addLayout(body, 1)

        left = QVBoxLayout()
        self.calendar = QCalendarWidget(self, objectName="calendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumSize(380, 280)
        self.calendar.currentPageChanged.connect(lambda year, _month: self.set_year(year))
        self.calendar.clicked.connect(self._date_clicked)
        self.calendar.activated.connect(self._date_clicked)
        left.addWidget(self.calendar)
        legend = QHBoxLayout()
        for kind in (cal.OFF, cal.WORK):
            back, fore = COLOURS[kind]
            swatch = QLabel(str(cal.KINDS[kind]), self)
            swatch.setStyleSheet(f"background:{back};color:{fore};padding:2px 8px;border-radius:3px;")
            legend.addWidget(swatch)
        legend.addStretch(1)
        left.addLayout(legend)
        left.addStretch(1)
        body.addLayout(left)

        right = QVBoxLayout()
        self.year_label = QLabel(self, objectName="yearLabel")
        self.year_label.setStyleSheet("font-weight:600;")
        right.addWidget(self.year_label)
        self.model = LazyTableModel(COLUMNS, self._fetch, parent=self)
        self.table = record_view(self, self.model, "daysTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._row_chosen(cur))
        right.addWidget(self.table, 1)

        self.form = FormView([
            Field("first", T("CalendarDialog", "From"), kind="date"),
            Field("last", T("CalendarDialog", "To"), kind="date"),
            Field("kind", T("CalendarDialog", "Type"), kind="combo",
                  choices=[(k, str(v)) for k, v in cal.KINDS.items()]),
            Field("name", T("CalendarDialog", "Name"), max_len=30, check=cal.check_name,
                  placeholder=T("CalendarDialog", "e.g. National Day")),
        ], columns=2, parent=self)
        right.addWidget(self.form)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add / change"), self, objectName="addDays")
        self.add_button.setToolTip(self.tr(
            "Mark the days from the first to the last date; for a working day only the weekend days count"))
        self.remove_button = QPushButton(self.tr("&Remove selected"), self, objectName="removeDays")
        self.update_button = QPushButton(self.tr("&Update from chinesecalendar"), self, objectName="updateDays")
        self.update_button.setToolTip(self.tr(
            "Write the State Council's holiday schedule of the installed chinesecalendar package; days "
            "changed here by hand are kept"))
        self.add_button.clicked.connect(self.add_days)
        self.remove_button.clicked.connect(self.remove_selected)
        self.update_button.clicked.connect(self.update_official)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.update_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        body.addLayout(right, 1)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        if not self.can_edit:
            self.bar.warning(self.tr("You may look at the calendar; your role may not change it."))
            for w in (self.add_button, self.remove_button, self.update_button, self.form):
                w.setEnabled(False)
        self.resize(1080, 580)
        self._date_clicked(self.calendar.selectedDate())
        self.reload()

    # -- data
    def _fetch(self, after, limit: int) -> list[DayRow]:
        if after is None:
            try:
                self._rows = cal.list_days(self.db, self.actor, self.year)
            except UserError as exc:
                self.bar.error(str(exc))
                self._rows = []
            self.days = {r.day: r for r in self._rows}
            return self._rows[:limit]
        return [r for r in self._rows if r.day > after][:limit]

    def reload(self) -> None:
        self.model.reload()
        while self.model.canFetchMore():
            self.model.fetchMore()
        self.year_label.setText(self.tr("{year}: {off} holidays, {work} adjusted working days").format(
            year=self.year, off=sum(r.kind == cal.OFF for r in self.days.values()),
            work=sum(r.kind == cal.WORK for r in self.days.values())))
        self._paint()

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.reload()

    def _paint(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())   # clear every earlier mark
        for row in self.days.values():
            back, fore = COLOURS.get(row.kind, COLOURS[cal.OFF])
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(back)))
            fmt.setForeground(QBrush(QColor(fore)))
            fmt.setFontWeight(700)
            if row.name:
                fmt.setToolTip(f"{row.name} · {row.kind_label}")
            else:
                fmt.setToolTip(row.kind_label)
            self.calendar.setDateTextFormat(_qdate(row.day), fmt)

    def mark_of(self, day: date) -> str | None:
        """'off', 'work' or None as the calendar shows ``day`` (tests, screenshots)."""
        fmt = self.calendar.dateTextFormat(_qdate(day))
        colour = fmt.background().color().name() if fmt.background().style() != Qt.BrushStyle.NoBrush \
            else ""
        return next((k for k, (back, _f) in COLOURS.items() if back == colour), None)

    # -- interaction
    def _date_clicked(self, qdate: QDate) -> None:
        day = qdate.toPython()
        self.form.set_values({"first": day, "last": day})
        row = self.days.get(day)
        if row is not None:
            self.form.set_values({"kind": row.kind, "name": row.name})
            index = self.model.find(lambda r: r.day == day)
            if index >= 0:
                self.table.selectRow(index)
        else:
            self.form.set_value("kind", cal.WORK if day.weekday() >= 5 else cal.OFF)

    def _row_chosen(self, index) -> None:
        row = index.data(RowRole) if index.isValid() else None
        if row is None:
            return
        self.calendar.setSelectedDate(_qdate(row.day))
        self.form.set_values({"first": row.day, "last": row.day, "kind": row.kind, "name": row.name})

    def selected_days(self) -> list[date]:
        return [i.data(RowRole).day for i in self.table.selectionModel().selectedRows()]

    def add_days(self) -> None:
        if not self.form.check_all():
            return
        v: dict[str, Any] = self.form.values()
        self.form.clear_errors()
        self.add_button.setEnabled(False)
        self.ops.run(lambda: cal.set_range(self.db, self.actor, v["first"], v["last"], v["kind"], v["name"]),
                     kind="calendar", on_success=self._added, on_error=self._refused)

    def _added(self, days: list[date]) -> None:
        self.add_button.setEnabled(self.can_edit)
        if days:
            self.calendar.setCurrentPage(days[0].year, days[0].month)
            self.set_year(days[0].year)
        self.reload()
        self.bar.info(self.tr("Saved {n} days.").format(n=len(days)))

    def remove_selected(self) -> None:
        days = self.selected_days()
        if not days:
            self.bar.warning(self.tr("Select the days to remove in the list."))
            return
        self.remove_button.setEnabled(False)

        def work() -> None:
            for day in days:
                cal.remove_day(self.db, self.actor, day)

        self.ops.run(work, kind="calendar", on_success=lambda _r: self._removed(len(days)),
                     on_error=self._refused)

    def _removed(self, n: int) -> None:
        self.remove_button.setEnabled(self.can_edit)
        self.reload()
        self.bar.info(self.tr("Removed {n} days; they follow the ordinary week again.").format(n=n))

    def update_official(self) -> None:
        self.update_button.setEnabled(False)
        self.ops.run(lambda: cal.update_official(self.db, self.actor), kind="calendar",
                     on_success=self._updated, on_error=self._refused)

    def _updated(self, result) -> None:
        self.update_button.setEnabled(self.can_edit)
        self.reload()
        self.bar.info(str(result))

    def _refused(self, exc: UserError) -> None:
        self.update_button.setEnabled(self.can_edit)
        self.add_button.setEnabled(self.can_edit)
        self.remove_button.setEnabled(self.can_edit)
        self.reload()
        field = {"day": "first"}.get(exc.field or "", exc.field)
        if field in self.form.widgets:
            self.form.set_error(field, str(exc))
        self.bar.error(str(exc))
