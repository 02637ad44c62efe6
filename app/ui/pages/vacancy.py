"""空置房管理 — the vacant-unit register and its inspections: who is vacant and which inspections are due, the
inspection with its checklist, the supervisor's opinion, follow-up work slips, re-checks, the storm batch,
the monthly statistics (空置房月统计表) to print and export.

Two record panes of the kit in tabs (the register by room code, the inspections newest first): filters,
lazy lists, the detail pane with the clocks, the photos, the timeline and the buttons the workflows allow this
user, the kit's action and new-record dialogs. This module declares them and keeps what is its own: the
columns, the inspection and storm dialogs, the header with the day's figures and the month of the
statistics.

Keys: Ctrl+N put a unit on the register (an inspection's tab: the same), Ctrl+I inspect the selected unit,
Ctrl+P print the selected inspection, F5 refresh, Alt+1 … Alt+9 the action buttons in order.
"""
from __future__ import annotations

import html
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QWidget

from app.domain.vacancy import (
    INSPECTION_KIND,
    UNIT_KIND,
    VACANCY_INSPECT,
    VACANCY_MANAGE,
    Holder,
    RemovalReason,
    VacancyType,
)
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import records
from app.services import vacancy as svc
from app.ui.dialogs.export import excel_path
from app.ui.widgets import tones
from app.ui.widgets.record_pane import (
    ChoiceFilter,
    ListButton,
    PaneSpec,
    PrintButton,
    RecordButton,
    RecordPage,
    figure,
    header_label,
)
from app.ui.widgets.table_model import Column, attr, label_of


def _d(day: date | None) -> str:
    return day.isoformat() if day else ""


def _unit_colour(row):
    if row.due:
        return tones.LATE if row.last_inspected_on is None else tones.ATTENTION
    return tones.TONE_BRUSH.get(row.tone)


def _unit_status(row) -> str:
    if row.due:
        return str(T("Vacancy", "Inspection due"))
    reason = label_of(RemovalReason, "removal_reason")(row)
    return f"{row.status_label} ({reason})" if reason else row.status_label


UNIT_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, _unit_colour) for c in [
    Column("room", T("Vacancy", "Room"), attr("room_code"), 80),
    Column("type", T("Vacancy", "Vacancy type"), label_of(VacancyType, "vacancy_type"), 200),
    Column("status", T("Vacancy", "Status"), _unit_status, 150),
    Column("since", T("Vacancy", "Vacant since"), lambda r: _d(r.since), 86),
    Column("last", T("Vacancy", "Last inspected"), lambda r: _d(r.last_inspected_on) or str(T("Vacancy", "never")),
           96),
    Column("next", T("Vacancy", "Next due"), lambda r: _d(r.next_due), 86),
    Column("holder", T("Vacancy", "Held by"), label_of(Holder, "holder"), 80),
    Column("key", T("Vacancy", "Key"), attr("key_label"), 96),
    Column("number", T("Vacancy", "No."), attr("number"), 124),
]]

INSPECTION_COLUMNS = [Column(c.key, c.header, c.value, c.width, c.align, tones.row_brush) for c in [
    Column("date", T("Vacancy", "Date"), lambda r: _d(r.inspected_on), 86),
    Column("room", T("Vacancy", "Room"), attr("room_code"), 80),
    Column("status", T("Vacancy", "Status"), attr("status_label"), 150),
    Column("anomalies", T("Vacancy", "Anomalies"), lambda r: r.anomalies or "", 70, Qt.AlignmentFlag.AlignCenter),
    Column("storm", T("Vacancy", "Storm"), lambda r: "✓" if r.storm else "", 50, Qt.AlignmentFlag.AlignCenter),
    Column("deadline", T("Vacancy", "Rectify by"), lambda r: _d(r.rectify_deadline), 86),
    Column("inspector", T("Vacancy", "Inspector"), attr("inspector"), 70),
    Column("slips", T("Vacancy", "Work slips"), lambda r: r.slip_numbers.replace(",", ", "), 124),
    Column("number", T("Vacancy", "No."), attr("number"), 124),
]]

UNIT_PANE = PaneSpec(
    kind=UNIT_KIND, settings_key="vacancy/units", columns=UNIT_COLUMNS, title=T("Vacancy", "Register"),
    list_fn=svc.list_units, count_fn=svc.count_units, statuses=list(svc.UNIT_STATUS_GROUPS.items()),
    default_statuses=("active", "due", "never"),
    filters=[ChoiceFilter("vacancy_type", [("", T("Vacancy", "Every type")),
                                           *[(t.value, t.label) for t in VacancyType]])],
    search_hint=T("Vacancy", "Room (3-2-1502, 3-2-)"),
    choose_hint=T("Vacancy", "Choose a unit in the list to inspect it or take it off the register."),
    empty_hint=T("Vacancy", "No unit is on the vacant-unit register. Put an unsold or unused unit on it with "
                            "“Register a unit” (Ctrl+N)."),
    report_title=T("Vacancy", "Vacant-unit register"), new_label=T("Vacancy", "&Register a unit"),
    new_permission=VACANCY_MANAGE,
    buttons=[RecordButton("inspectUnit", T("Vacancy", "&Inspect"), "inspect", "inspect"),
             RecordButton("openRoom", T("Vacancy", "Household &card"), "", "open_room")],
    list_buttons=[
        ListButton("stormBatch", T("Vacancy", "S&torm batch…"), "declare_storm",
                   tooltip=T("Vacancy", "After a typhoon or heavy rain: every vacant unit is to be inspected"),
                   permission=VACANCY_INSPECT),
        ListButton("printMonthly", T("Vacancy", "Print &monthly statistics"), "print_monthly",
                   tooltip=T("Vacancy", "空置房月统计表 of the month chosen above")),
        ListButton("exportMonthly", T("Vacancy", "Monthly statistics to Excel"), "export_monthly")])

INSPECTION_PANE = PaneSpec(
    kind=INSPECTION_KIND, settings_key="vacancy/inspections", columns=INSPECTION_COLUMNS,
    title=T("Vacancy", "Inspections"), list_fn=svc.list_inspections, count_fn=svc.count_inspections,
    statuses=list(svc.INSPECTION_STATUS_GROUPS.items()), default_statuses=("open", "issues", "overdue", "recheck_due"),
    dates=True, search_hint=T("Vacancy", "Room (3-2-1502, 3-2-)"),
    choose_hint=T("Vacancy", "Choose an inspection to review it, send a work slip or record the re-check."),
    empty_hint=T("Vacancy", "No inspection waits for anything. Inspect a unit from the register (Ctrl+I)."),
    report_title=T("Vacancy", "Vacant-unit inspections"), defaults_method="action_defaults",
    prints=[PrintButton("vacant_inspection", T("Vacancy", "&Print inspection"), name="printSheet")])


class VacancyPage(RecordPage):
    panes = (UNIT_PANE, INSPECTION_PANE)
    also_watches = ("work_slip",)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.units, self.inspections = self.record_panes
        self.storm: svc.StormStatus | None = None
        shortcut = QShortcut(QKeySequence("Ctrl+I"), self, activated=lambda: self.inspect())
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def header(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.summary = header_label(box, "vacancySummary")
        self.month_edit = QDateEdit(QDate.currentDate(), box, objectName="vacancyMonth")
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.month_edit.setToolTip(self.tr("The month of the statistics"))
        row.addWidget(self.summary, 1)
        row.addWidget(QLabel(self.tr("Month:"), box))
        row.addWidget(self.month_edit)
        return box

    # -- the day's figures
    def refresh(self) -> None:
        super().refresh()
        db, actor = self.db, self.actor
        self.ops.run(lambda: (svc.count_due(db, actor), svc.current_storm(db, actor)), on_success=self._show_summary,
                     on_error=lambda exc: self.bar.error(str(exc)))

    def _changed(self, kind: str, ids) -> None:
        if kind in (UNIT_KIND, INSPECTION_KIND, *self.also_watches):
            self.refresh()

    def _show_summary(self, result) -> None:
        (due, active), storm = result
        self.due_count, self.active_count, self.storm = due, active, storm
        parts = [self.tr("Vacant units {n}").format(n=figure(active)),
                 self.tr("Inspections due {n}").format(n=figure(due, bool(due)))]
        if storm is not None:
            parts.append(self.tr("Storm re-inspection ({note}): {left} of {units} left, due by {at}").format(
                note=html.escape(storm.note), left=figure(storm.left, bool(storm.left)), units=storm.units,
                at=f"{storm.due_at:%m-%d %H:%M}"))
        self.summary.setText(" &nbsp;·&nbsp; ".join(parts))

    # -- the page's own dialogs
    def inspect(self, view: records.RecordView | None = None):
        view = view or self.units.view_data
        if view is None or "inspect" not in view.can:
            self.bar.warning(self.tr("Choose a unit on the register first.") if view is None
                             else self.tr("This unit cannot be inspected by you now."))
            return None
        from app.ui.dialogs.vacancy import InspectionDialog
        dialog = InspectionDialog(self.window_, {"unit_id": view.id, "room": view.room_code,
                                                 "storm": self.storm is not None})
        dialog.accepted.connect(lambda: self._inspected(dialog))
        dialog.show()
        self.dialog = dialog
        return dialog

    def _inspected(self, dialog) -> None:
        self.bar.info(self.tr("Inspection recorded."))
        if isinstance(getattr(dialog, "result_value", None), int):
            self.open_record(INSPECTION_KIND, dialog.result_value)

    def declare_storm(self):
        from app.ui.dialogs.vacancy import StormDialog
        dialog = StormDialog(self.window_)
        dialog.accepted.connect(lambda: self.bar.info(self.tr("Storm re-inspection opened: every vacant unit is due.")))
        dialog.show()
        self.dialog = dialog
        return dialog

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        today = date.today()
        if action == "review":
            return {"rectify_deadline": today + timedelta(days=7), "recheck_on": today + timedelta(days=8)}
        if action == "send_slip":   # to the department the findings go to (their route names it)
            wrong = [c for c in view.checks if not c.ok]
            return {"to_dept": wrong[0].route if wrong else "", "required_date": today + timedelta(days=2),
                    "content": "；".join(f"{c.printed}：{c.note}" for c in wrong)}
        return {}

    def open_room(self, view: records.RecordView) -> None:
        self.window_.open_room(view.room_id)

    # -- the monthly statistics
    def month(self) -> tuple[int, int]:
        d = self.month_edit.date()
        return d.year(), d.month()

    def print_monthly(self) -> None:
        year, month = self.month()
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "vacancy_monthly", f"{year:04d}-{month:02d}")

    def export_monthly(self, path: str | None = None):
        year, month = self.month()
        path = excel_path(self, self.tr("Export to Excel"), f"空置房月统计表-{year:04d}{month:02d}.xlsx", path)
        if path is None:
            return None
        db, actor = self.db, self.actor

        def done(count) -> None:
            self.last_export = (count, path)
            self.bar.info(self.tr("{n} rows exported to {path}").format(n=count, path=path))
        return self.ops.run(lambda: svc.monthly_to_excel(db, actor, year, month, path), on_success=done,
                            on_error=lambda exc: self.bar.error(str(exc)))


__all__ = ["VacancyPage", "UNIT_COLUMNS", "INSPECTION_COLUMNS"]
