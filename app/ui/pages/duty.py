"""值班日志 — the current shift's duty log and the history of shifts.

The header says who is on duty since when (or that nobody has taken over) with the actions: take over
(the 交接班 dialog), hand over to a named colleague (交班), print the 交接班记录. Below, the history of
shifts (lazy, newest first) and the selected log: its fields, its events (written by hand in the line
under them — Enter adds — or logged automatically for work-log rows and conversions), and what it carries
over: the live open items while the shift is on duty, the snapshot kept at the handover afterwards.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.duty import DUTY_HANDOVER, DUTY_LOG, ShiftKind
from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, open_items
from app.services import duty as svc
from app.ui.dialogs.handover import (
    EVENT_COLUMNS,
    ITEM_COLUMNS,
    log_summary_html,
    stretch_column,
)
from app.ui.pages.base import Page
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import (
    Column,
    LazyTableModel,
    attr,
    label_of,
    record_view,
)

LOG_COLUMNS = [
    Column("date", T("Duty", "Date"), lambda r: r.duty_date.strftime("%Y-%m-%d")),
    Column("shift", T("Duty", "Shift"), label_of(ShiftKind, "shift")),
    Column("number", T("Duty", "No."), attr("number")),
    Column("on_duty", T("Duty", "On duty"), attr("on_duty")),
    Column("status", T("Duty", "Status"), lambda r: str(DUTY_LOG.state(r.status).label)),
    Column("handed_to", T("Duty", "Handed to"), attr("handed_to")),
    Column("events", T("Duty", "Events"), attr("events"),
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]


class DutyPage(Page):
    watches = ("duty_log", "work_log")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_handover = self.actor.can(DUTY_HANDOVER)
        self.log: svc.DutyLogView | None = None       # the log shown on the right
        self.current: svc.DutyLogView | None = None   # the log on duty
        self._loaded = False
        self.outer.addLayout(self._header())
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self._history_pane())
        self.splitter.addWidget(self._log_pane())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        persist_splitter(self.splitter, "duty", [480, 720])
        self.outer.addWidget(self.splitter, 1)

    # ------------------------------------------------------------------------------------------ layout
    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.status = QLabel(self, objectName="shiftStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)
        self.take_btn = QPushButton(self.tr("&Take over…"), self, objectName="takeOverButton")
        self.take_btn.clicked.connect(self.take_over)
        self.hand_btn = QPushButton(self.tr("&Hand over…"), self, objectName="handOverButton")
        self.hand_btn.clicked.connect(self.hand_over)
        self.print_btn = QPushButton(self.tr("&Print record"), self, objectName="printRecord")
        self.print_btn.clicked.connect(self.print_record)
        row.addWidget(self.status, 1)
        for b in (self.take_btn, self.hand_btn, self.print_btn):
            row.addWidget(b)
        return row

    def _history_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Shifts"), self)
        layout = QVBoxLayout(box)
        self.logs = LazyTableModel(LOG_COLUMNS, lambda after, n: [], parent=self)
        self.logs_view = record_view(box, self.logs, "shiftHistory")
        for k, width in enumerate((96, 74, 140, 80, 100, 64)):
            self.logs_view.setColumnWidth(k, width)
        self.logs_view.selectionModel().currentRowChanged.connect(self._log_selected)
        layout.addWidget(self.logs_view)
        return box

    def _log_pane(self) -> QWidget:
        self.log_box = box = QGroupBox(self.tr("Duty log"), self)
        layout = QVBoxLayout(box)
        self.summary = QLabel(box, objectName="logSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Events"), box))
        self.events = LazyTableModel(EVENT_COLUMNS, lambda after, n: [], parent=self)
        self.events_view = record_view(box, self.events, "dutyEvents")
        for k, width in enumerate((90, 80, 360, 140, 70)):
            self.events_view.setColumnWidth(k, width)
        stretch_column(self.events_view, 2)
        layout.addWidget(self.events_view, 3)
        add = QHBoxLayout()
        self.event_text = QLineEdit(box, objectName="eventText")
        self.event_text.setMaxLength(500)
        self.event_text.setPlaceholderText(self.tr("Write an event of the shift and press Enter"))
        self.event_text.returnPressed.connect(self.add_event)
        self.add_btn = QPushButton(self.tr("&Add event"), box, objectName="addEvent")
        self.add_btn.clicked.connect(self.add_event)
        add.addWidget(self.event_text, 1)
        add.addWidget(self.add_btn)
        layout.addLayout(add)
        self.items_label = QLabel(box, objectName="itemsLabel")
        layout.addWidget(self.items_label)
        self.items = LazyTableModel(ITEM_COLUMNS, lambda after, n: [], parent=self)
        self.items_view = record_view(box, self.items, "carriedItems")
        self.items_view.setColumnWidth(0, 170)
        self.items_view.setColumnWidth(2, 140)
        stretch_column(self.items_view, 1)
        layout.addWidget(self.items_view, 2)
        return box

    # ------------------------------------------------------------------------------------------ data
    def shown(self) -> None:
        self._loaded = True
        self.refresh()

    def _changed(self, kind: str, ids) -> None:
        # the carried-over items come from every workflow's live data
        if self._loaded and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if not self._loaded:
            return
        self.current = svc.open_log(self.db, self.actor)
        self._show_status()
        db, actor = self.db, self.actor
        shown = self.log.id if self.log else None
        self.logs.set_fetch(lambda after, n: svc.list_logs(db, actor, after=after, limit=n))
        target = shown or (self.current.id if self.current else None)
        row = self.logs.find(lambda r: r.id == target) if target else (0 if self.logs.rows else -1)
        if row < 0 and self.logs.rows:
            row = 0
        if row >= 0:
            self.logs_view.selectRow(row)
            self.show_log(self.logs.rows[row].id)
        else:
            self.show_log(None)

    def _show_status(self) -> None:
        cur = self.current
        on_duty = cur is not None and cur.has_member(self.actor.staff_id)
        if cur is None:
            shift = svc.current_shift(self.db)
            text = "<span style='font-size:16px;color:#c62828;font-weight:600'>" + self.tr(
                "Nobody has taken over the shift.") + "</span> " + self.tr("Now: {shift}").format(
                    shift=f"{shift.day:%Y-%m-%d} {shift.kind.label}")
        else:
            text = (f"<span style='font-size:16px;font-weight:600'>{cur.duty_date:%Y-%m-%d} "
                    f"{cur.shift_kind.label}</span> · {cur.number} · "
                    + self.tr("On duty: {names} since {at}").format(names=cur.on_duty,
                                                                   at=f"{cur.opened_at:%H:%M}"))
            if not on_duty and self.can_handover:
                text += " · <span style='color:#a15c00'>" + self.tr("You are not on duty.") + "</span>"
        self.status.setText(text)
        self.take_btn.setVisible(self.can_handover and not on_duty)
        self.hand_btn.setVisible(self.can_handover and on_duty)

    def _log_selected(self, current, _previous) -> None:
        row = self.logs.row_at(current.row())
        if row is not None and (self.log is None or row.id != self.log.id):
            self.show_log(row.id)

    def show_log(self, log_id: int | None) -> None:
        if log_id is None:
            self.log = None
            self.log_box.setTitle(self.tr("Duty log"))
            self.summary.setText(self.tr("No duty log yet: take over the shift to start one."))
            self.events.set_rows([])
            self._show_items(None)
            self._update_actions()
            return
        try:
            self.log = svc.get_log(self.db, self.actor, log_id)
        except UserError as exc:
            self.bar.error(str(exc))
            return
        self.log_box.setTitle(self.tr("Duty log {number}").format(number=self.log.number))
        self.summary.setText(log_summary_html(self.log))
        db, actor = self.db, self.actor
        self.events.set_fetch(lambda after, n: svc.list_events(db, actor, log_id, after=after, limit=n))
        self._show_items(self.log)
        self._update_actions()

    def _show_items(self, log) -> None:
        if log is not None and log.status == "on_duty":
            items = open_items.collect(self.db, self.actor, base.now())
            self.items_label.setText(self.tr("Open items now ({n}) — they are carried over at the handover")
                                     .format(n=len(items)))
            self.items.set_rows(list(items))
        elif log is not None:
            self.items_label.setText(self.tr("Carried over at the handover ({n})").format(n=len(log.open_items)))
            self.items.set_rows(list(log.open_items))
        else:
            self.items_label.setText("")
            self.items.set_rows([])

    def _update_actions(self) -> None:
        writable = self.can_handover and self.log is not None and self.log.status == "on_duty"
        self.event_text.setEnabled(writable)
        self.add_btn.setEnabled(writable)
        self.print_btn.setEnabled(self.log is not None)

    # ------------------------------------------------------------------------------------------ actions
    def take_over(self):
        from app.ui.dialogs.handover import show_take_over
        dlg = show_take_over(self.window_)
        if dlg is not None:
            dlg.accepted.connect(self.refresh)
        self.dialog = dlg
        return dlg

    def hand_over(self):
        cur = self.current
        if cur is None or not cur.has_member(self.actor.staff_id):
            self.bar.warning(self.tr("Only someone on duty can hand the shift over."))
            return None
        from app.ui.dialogs.handover import HandOverDialog
        dlg = HandOverDialog(self.window_, {"log_id": cur.id, "version": cur.version, "number": cur.number})
        dlg.accepted.connect(lambda: self.bar.info(self.tr(
            "Handed over. Sign out now; the colleague signs in and takes over.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def add_event(self) -> None:
        text = self.event_text.text()
        if not text.strip() or self.log is None:
            return
        db, actor, log_id = self.db, self.actor, self.log.id
        self.add_btn.setEnabled(False)

        def done(_event_id) -> None:
            self.event_text.clear()
            self.add_btn.setEnabled(True)
            self.event_text.setFocus()

        def refused(exc: UserError) -> None:
            self.add_btn.setEnabled(True)
            self.bar.error(str(exc))     # the text stays in the line
        self.ops.run(lambda: svc.add_event(db, actor, text, log_id), kind="duty_log", on_success=done,
                     on_error=refused)

    def print_record(self):
        if self.log is None:
            return None
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "shift_handover", self.log.number)
        return self.preview
