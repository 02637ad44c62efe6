"""值班日志 — the current shift's duty log and the history of shifts.

The header says who is on duty since when (or that nobody has taken over) with the shift's actions: take
over (the 交接班 dialog) and hand over to a named colleague (交班). Below, a record pane of the kit: the
history of shifts (lazy, newest first) and the selected log — its rows, its timeline, the 交班 action, the
printed 交接班记录 — with the page's own part under its buttons: the log's events (written by hand in the
line under them — Enter adds — or logged automatically for work-log rows and conversions), and what it
carries over: the live open items while the shift is on duty, the snapshot kept at the handover afterwards.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget

from app.domain.duty import DUTY_HANDOVER, DUTY_LOG, ShiftKind
from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, open_items, records
from app.services import duty as svc
from app.ui.dialogs.handover import ENTRY_COLUMNS, ITEM_COLUMNS, entries_view, items_view
from app.ui.widgets import tones
from app.ui.widgets.record_pane import PaneSpec, PrintButton, RecordPage, RecordPane, rich_label
from app.ui.widgets.table_model import Column, LazyTableModel, attr, label_of

translate = QCoreApplication.translate

LOG_COLUMNS = [
    Column("date", T("Duty", "Date"), lambda r: r.duty_date.strftime("%Y-%m-%d"), 84),
    Column("shift", T("Duty", "Shift"), label_of(ShiftKind, "shift"), 50),
    Column("number", T("Duty", "No."), attr("number"), 128),
    Column("on_duty", T("Duty", "On duty"), attr("on_duty"), 92),
    Column("status", T("Duty", "Status"), lambda r: str(DUTY_LOG.state(r.status).label), 84,
           foreground=tones.row_brush),
    Column("handed_to", T("Duty", "Handed to"), attr("handed_to"), 60),
    Column("events", T("Duty", "Events"), attr("events"), 40,
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
]

LOG_PANE = PaneSpec(
    kind=svc.DUTY_KIND, settings_key="duty", columns=LOG_COLUMNS, list_fn=svc.list_logs, count_fn=svc.count_logs,
    statuses=[("all", T("Duty", "All shifts")), *[(s.name, s.label) for s in DUTY_LOG.states]],
    default_statuses=("all",), dates=True, search_hint=T("Duty", "No., e.g. ZB20250612"),
    choose_hint=T("Duty", "Choose a shift on the left to read its duty log."),
    empty_hint=T("Duty", "No duty log yet: take over the shift (the button above) to start one."),
    report_title=T("Duty", "Shifts"), prints=[PrintButton("shift_handover", T("Duty", "&Print record"))],
    dialogs={"hand_over": "hand_over_dialog"}, detail_extra="log_extras", sizes=(560, 640))


class DutyPage(RecordPage):
    panes = (LOG_PANE,)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.logs = self.record_panes[0]
        self.on_duty_log: records.RecordView | None = None   # the log on duty now
        self.can_handover = self.actor.can(DUTY_HANDOVER)

    # ------------------------------------------------------------------------------------------ layout
    def header(self) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.status = rich_label(box, "shiftStatus")
        self.take_btn = QPushButton(translate("DutyPage", "&Take over…"), box, objectName="takeOverButton")
        self.take_btn.clicked.connect(self.take_over)
        self.hand_btn = QPushButton(translate("DutyPage", "Hand &over…"), box, objectName="handOverButton")
        self.hand_btn.clicked.connect(self.hand_over)
        row.addWidget(self.status, 1)
        row.addWidget(self.take_btn)
        row.addWidget(self.hand_btn)
        return box

    def log_extras(self, pane: RecordPane) -> QWidget:
        """The shown log's events with the line to add one, and what it carries over: a tab each."""
        self.extras = QTabWidget(pane, objectName="logTabs")
        box = QWidget(self.extras)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        self.events = LazyTableModel(ENTRY_COLUMNS, lambda after, n: [], parent=box)
        self.events_view = entries_view(box, self.events, "dutyEvents")
        layout.addWidget(self.events_view, 3)
        add = QHBoxLayout()
        self.event_text = QLineEdit(box, objectName="eventText")
        self.event_text.setMaxLength(500)
        self.event_text.setPlaceholderText(translate("DutyPage", "Write an event of the shift and press Enter"))
        self.event_text.returnPressed.connect(self.add_event)
        self.add_btn = QPushButton(translate("DutyPage", "&Add event"), box, objectName="addEvent")
        self.add_btn.clicked.connect(self.add_event)
        add.addWidget(self.event_text, 1)
        add.addWidget(self.add_btn)
        layout.addLayout(add)
        self.extras.addTab(box, translate("DutyPage", "Events"))
        box = QWidget(self.extras)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 4, 4, 4)
        self.items_label = QLabel(box, objectName="itemsLabel")
        layout.addWidget(self.items_label)
        self.items = LazyTableModel(ITEM_COLUMNS, lambda after, n: [], parent=box)
        self.items_view = items_view(box, self.items, "carriedItems")
        layout.addWidget(self.items_view, 1)
        self.extras.addTab(box, translate("DutyPage", "Carried over"))
        pane.shown.connect(self._show_extras)
        return self.extras

    # ------------------------------------------------------------------------------------------ data
    def _changed(self, kind: str, ids) -> None:
        # the carried-over items come from every workflow's live data
        if self._loaded and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.on_duty_log = svc.open_log(self.db, self.actor)
        self._show_status()
        super().refresh()
        if self.logs.record_id is None and self.logs.model.rowCount():
            first = self.on_duty_log.id if self.on_duty_log else self.logs.model.rows[0].id
            self.logs.select(first)

    def _show_status(self) -> None:
        cur = self.on_duty_log
        on_duty = cur is not None and cur.has_member(self.actor.staff_id)
        if cur is None:
            shift = svc.current_shift(self.db)
            text = (f"<span style='font-size:16px;color:{tones.LATE_HEX};font-weight:600'>"
                    + translate("DutyPage", "Nobody has taken over the shift.") + "</span> "
                    + translate("DutyPage", "Now: {shift}").format(shift=f"{shift.day:%Y-%m-%d} {shift.kind.label}"))
        else:
            text = (f"<span style='font-size:16px;font-weight:600'>{cur.duty_date:%Y-%m-%d} "
                    f"{cur.shift_kind.label}</span> · {cur.number} · "
                    + translate("DutyPage", "On duty: {names} since {at}").format(names=cur.on_duty,
                                                                             at=f"{cur.opened_at:%H:%M}"))
            if not on_duty and self.can_handover:
                text += (f" · <span style='color:{tones.ATTENTION_HEX}'>"
                         + translate("DutyPage", "You are not on duty.") + "</span>")
        self.status.setText(text)
        self.take_btn.setVisible(self.can_handover and not on_duty)
        self.hand_btn.setVisible(self.can_handover and on_duty)

    def _show_extras(self, view: records.RecordView | None) -> None:
        takes = view is not None and view.takes_events
        self.event_text.setEnabled(takes)
        self.add_btn.setEnabled(takes)
        if view is None:
            self.events.set_rows([])
            self.items_label.setText("")
            self.items.set_rows([])
            self.extras.setTabText(0, translate("DutyPage", "Events"))
            self.extras.setTabText(1, translate("DutyPage", "Carried over"))
            return
        db, actor, log_id = self.db, self.actor, view.id
        self.events.set_fetch(lambda after, n: svc.list_events(db, actor, log_id, after=after, limit=n))
        self.extras.setTabText(0, translate("DutyPage", "Events ({n})").format(n=self.events.rowCount()))
        if view.current:
            items = open_items.collect(self.db, self.actor, base.now())
            self.items_label.setText(translate("DutyPage", "Open items now ({n}) — they are carried over at the "
                                                           "handover").format(n=len(items)))
            self.items.set_rows(list(items))
            self.extras.setTabText(1, translate("DutyPage", "Open items now ({n})").format(n=len(items)))
        else:
            self.items_label.setText(translate("DutyPage", "Carried over at the handover ({n})")
                                     .format(n=len(view.open_items)))
            self.items.set_rows(list(view.open_items))
            self.extras.setTabText(1, translate("DutyPage", "Carried over ({n})").format(n=len(view.open_items)))

    # ------------------------------------------------------------------------------------------ actions
    def take_over(self):
        from app.ui.dialogs.handover import show_take_over
        dlg = show_take_over(self.window_)
        if dlg is not None:
            dlg.accepted.connect(self.refresh)
        self.dialog = dlg
        return dlg

    def hand_over(self):
        """交班 of the log on duty (the header's button, the 值班 menu)."""
        cur = self.on_duty_log
        return self.hand_over_dialog(cur) if cur is not None else self._not_on_duty()

    def hand_over_dialog(self, view: records.RecordView):
        if not view.has_member(self.actor.staff_id):
            return self._not_on_duty()
        from app.ui.dialogs.handover import HandOverDialog
        dlg = HandOverDialog(self.window_, {"id": view.id, "version": view.version, "number": view.number})
        dlg.accepted.connect(lambda: self.bar.info(translate(
            "DutyPage", "Handed over. Stay until the colleague has signed in and taken over (here after you "
                        "sign out, or at their desk); signing out before that is recorded.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def _not_on_duty(self) -> None:
        self.bar.warning(translate("DutyPage", "Only someone on duty can hand the shift over."))

    def add_event(self) -> None:
        text, view = self.event_text.text(), self.logs.view_data
        if not text.strip() or view is None:
            return
        db, actor, log_id = self.db, self.actor, view.id
        self.add_btn.setEnabled(False)

        def done(_event_id) -> None:
            self.event_text.clear()
            self.add_btn.setEnabled(True)
            self.event_text.setFocus()

        def refused(exc: UserError) -> None:
            self.add_btn.setEnabled(True)
            self.bar.error(str(exc))     # the text stays in the line
        self.ops.run(lambda: svc.add_event(db, actor, text, log_id), kind=svc.DUTY_KIND, on_success=done,
                     on_error=refused)

    def print_record(self):
        """The 交接班记录 of the shown log, in the print preview (Ctrl+P, the pane's print button)."""
        self.current().print_form()
        return getattr(self, "preview", None)
