"""来访接待 — the visitor register: who is waiting, who is on site, who left; register a visitor or a
service visit, record the host's answer, admit or refuse, sign out; print the 访客单 and the day's
来访人员登记表; the KPIs of the chosen days at the top.

One record pane of the kit (app.ui.widgets.record_pane): status chips, the date range, the room and the
search, the lazy list over :func:`app.services.visits.list_visits`, the detail pane with the host's clock,
the timeline and the buttons the workflow allows this user, the kit's action dialog. This module declares it
and keeps what is its own: the columns, the registration dialogs, the KPI header, the day's register, and
that a chip asking about now (on site, waiting, not signed out) looks at every day.

Keys: Ctrl+N a visitor, Ctrl+Shift+N business at the desk, Ctrl+F the search box, Ctrl+P the 访客单,
Ctrl+Shift+P the day's register, F5 refresh, Alt+1 … Alt+9 the action buttons in order.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel

from app.domain.errors import UserError
from app.domain.visits import KIND, VISIT_REGISTER, VISIT_WATCHLIST, VisitCategory, VisitPurpose
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import records
from app.services import visits as svc
from app.ui.pages.complaints import TO_COMPLAINT, open_from_record
from app.ui.widgets import tones
from app.ui.widgets.record_pane import (
    ChoiceFilter,
    ListButton,
    PaneSpec,
    PrintButton,
    RecordButton,
    RecordPage,
    TextFilter,
    figure,
    header_label,
    when,
)
from app.ui.widgets.table_model import Column, attr, label_of

translate = QCoreApplication.translate


def _status(row) -> str:
    """The status, or what is wrong with it (in red or amber): "Not signed out" says "on site" too."""
    return str(svc.FLAG_LABELS[row.flag]) if row.flag else row.status_label


def _colour(row):
    if row.flag == "not_signed_out":
        return tones.LATE
    if row.flag == "host_overdue":
        return tones.ATTENTION
    return tones.TONE_BRUSH.get(row.tone)


COLUMNS = [replace(c, foreground=_colour) for c in [
    Column("arrival", T("Visits", "Arrived"), lambda r: when(r.arrival_at), 96),
    Column("visitor", T("Visits", "Visitor"), lambda r: r.visitor_name + (f" +{r.companions}" if r.companions else ""),
           80),
    Column("status", T("Visits", "Status"), _status, 140),
    Column("room", T("Visits", "Room"), attr("room_code"), 72),
    Column("host", T("Visits", "Host"), attr("host_name"), 60),
    Column("purpose", T("Visits", "Purpose"), label_of(VisitPurpose, "purpose"), 110),
    Column("left", T("Visits", "Left at"), lambda r: when(r.departure_at), 64),
    Column("phone", T("Visits", "Phone"), attr("phone"), 96),
    Column("document", T("Visits", "Document no."), attr("id_number"), 140, private="id"),
    Column("number", T("Visits", "No."), attr("number"), 124),
    Column("receptionist", T("Visits", "Receptionist"), attr("receptionist"), 70),
]]

#: the date ranges of the filter bar (the kit's Dates box gives any other)
RANGES = [("today", T("Visits", "Today")), ("yesterday", T("Visits", "Yesterday")),
          ("week", T("Visits", "Last 7 days")), ("month", T("Visits", "This month")), ("all", T("Visits", "All dates"))]


def range_dates(key: str, today: date) -> tuple[date | None, date | None]:
    if key == "today":
        return today, today
    if key == "yesterday":
        return today - timedelta(days=1), today - timedelta(days=1)
    if key == "week":
        return today - timedelta(days=6), today
    if key == "month":
        return today.replace(day=1), today
    return None, None


def _range_filters(key: str) -> dict:
    first, last = range_dates(key, date.today())
    return {"date_from": first, "date_to": last}


PANE = PaneSpec(
    kind=KIND, settings_key="visits", columns=COLUMNS, list_fn=svc.list_visits, count_fn=svc.count_visits,
    statuses=list(svc.STATUS_GROUPS.items()), default_statuses=("", "on_site", "waiting"),
    filters=[ChoiceFilter("range", RANGES, to_filters=_range_filters)],
    text_filters=[TextFilter("room", T("Visits", "Room"), T("Visits", "Room (3-2-1502, 3-2-)"),
                             T("Visits", "A room code, or its beginning for a building or unit"), 190)],
    chips_row=True, dates=True,
    search_hint=T("Visits", "Any part of a name, its pinyin, any part of a phone, document or FK number (Ctrl+F)"),
    choose_hint=T("Visits", "Choose a visit in the list."),
    empty_hint=T("Visits", "No visits in this period yet. Register a visitor with “New visitor” (Ctrl+N) or an "
                           "owner's business with Ctrl+Shift+N."),
    no_match_hint=T("Visits", "No visit matches the filter. Clear the search or choose “All visits”."),
    report_title=T("Visits", "Visitor register"), new_label=T("Visits", "&New visitor"),
    new_permission=VISIT_REGISTER, new_method="new_visit", defaults_method="action_defaults",
    prints=[PrintButton("visitor_slip", T("Visits", "&Print visitor slip"), name="printSlip")],
    buttons=[RecordButton("openRoom", T("Visits", "Household &card"), "", "open_room",
                          enabled=lambda view: bool(view.room_id)), TO_COMPLAINT],
    list_buttons=[
        ListButton("newService", T("Visits", "&Business at the desk"), "new_service",
                   tooltip=T("Visits", "Register an owner's business at the counter (Ctrl+Shift+N)"),
                   permission=VISIT_REGISTER),
        ListButton("printRegister", T("Visits", "Print day's &register"), "print_register",
                   tooltip=T("Visits", "来访人员登记表 of the first day of the range (Ctrl+Shift+P)")),
        ListButton("watchlist", T("Visits", "&Watchlist…"), "open_watchlist", permission=VISIT_WATCHLIST)])


class VisitsPage(RecordPage):
    panes = (PANE,)
    also_watches = ("visit_watch",)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.pane = pane = self.record_panes[0]
        self.kpi = None
        pane.status.currentIndexChanged.connect(lambda *_: self._status_changed())
        for signal in (pane.choice_filters[0].currentIndexChanged, pane.use_dates.toggled,
                       pane.date_from.dateChanged, pane.date_to.dateChanged):
            signal.connect(lambda *_: self.load_kpis())    # the KPIs are of the days the list shows
        for keys, slot in (("Ctrl+Shift+N", self.new_service), ("Ctrl+Shift+P", self.print_register)):
            shortcut = QShortcut(QKeySequence(keys), self, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def header(self) -> QLabel:
        self.kpi_label = header_label(self, "visitKpis")
        return self.kpi_label

    # -- filters
    def set_status_filter(self, key: str) -> None:
        self.pane.status.setCurrentIndex(max(self.pane.status.findData(key), 0))

    def _status_changed(self) -> None:
        """A chip asking about now looks at every day: a visitor admitted yesterday and never signed out is
        the one the desk must find."""
        ranges = self.pane.choice_filters[0]
        if self.pane.status.currentData() in svc.NOW_STATUSES and ranges.currentData() != "all":
            ranges.setCurrentIndex(ranges.findData("all"))    # reloads the list

    def dates(self) -> tuple[date | None, date | None]:
        f = self.pane.filters()
        return f.get("date_from"), f.get("date_to")

    def report_filter_text(self) -> str:
        first, last = self.dates()
        dates = (translate("VisitsPage", "Dates: {first} to {last}").format(first=first or "…", last=last or "…")
                 if first or last else translate("VisitsPage", "Dates: all"))
        return translate("VisitsPage", "; ").join([dates, self.pane.filter_text()])

    # -- the KPIs of the chosen days
    def refresh(self) -> None:
        super().refresh()
        self.load_kpis()

    def load_kpis(self) -> None:
        first, last = self.dates()
        db, actor = self.db, self.actor
        self.ops.run(lambda: svc.kpis(db, actor, first, last), on_success=self._show_kpis,
                     on_error=lambda exc: self.bar.error(str(exc)))

    def _changed(self, kind: str, ids) -> None:
        if kind in (KIND, *self.also_watches):
            self.refresh()

    def _show_kpis(self, k: svc.VisitKpis) -> None:
        self.kpi = k
        parts = [
            self.tr("On site now {n}").format(n=figure(k.on_site_now)),
            self.tr("Not signed out {n}").format(n=figure(k.not_signed_out, bool(k.not_signed_out))),
            self.tr("Visits {n}").format(n=figure(k.total)),
            self.tr("visitors {a} admitted, {r} not admitted, {w} waiting").format(
                a=k.admitted, r=k.refused, w=k.waiting),
            self.tr("business at the desk {n}").format(n=k.service),
        ]
        if k.avg_handling_minutes is not None:
            parts.append(self.tr("{m:.0f} min at the counter on average").format(m=k.avg_handling_minutes))
        if k.converted_share is not None:
            parts.append(self.tr("{p:.0%} turned into records").format(p=k.converted_share))
        if k.by_purpose:
            top = sorted(k.by_purpose.items(), key=lambda kv: -kv[1])[:4]
            parts.append(self.tr(", ").join(f"{VisitPurpose(code).label} {n}" for code, n in top
                                            if code in VisitPurpose._value2member_map_))
        self.kpi_label.setText(" &nbsp;·&nbsp; ".join(parts))

    # -- registering
    def new_visit(self, values: dict | None = None, category: VisitCategory = VisitCategory.VISITOR):
        if not self.actor.can(VISIT_REGISTER):
            self.bar.warning(self.tr("Your role may not register visits."))
            return None
        from app.ui.dialogs.visits import VisitDialog
        dialog = VisitDialog(self.window_, {"category": category.value, "prefill": dict(values or {})})
        dialog.accepted.connect(lambda: self.bar.info(self.tr("Registered.")))
        dialog.show()
        return dialog

    def new_service(self):
        dialog = self.new_visit(category=VisitCategory.SERVICE)
        if dialog is None:
            return None
        dialog.accepted.connect(lambda: self.pane._created(dialog))
        self.dialog = dialog
        return dialog

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        return {"host_contact_method": view.host_contact_method or "phone", "pass_no": view.pass_no,
                "departure_at": datetime.now().strftime("%H:%M")}

    # -- prints and the watchlist
    def print_register(self) -> None:
        first, _last = self.dates()
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "visit_register", (first or date.today()).isoformat())

    def open_watchlist(self) -> None:
        from app.ui.dialogs.visits import WatchlistDialog
        self.watch_dialog = WatchlistDialog(self.window_)
        self.watch_dialog.show()

    def open_room(self, view: records.RecordView) -> None:
        if view.room_id:
            self.window_.open_room(view.room_id)

    def to_complaint(self, view: records.RecordView):
        return open_from_record(self.window_, "visit", view.id)


def open_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为访客登记: the registration form filled in from a work-log row (caller, phone, room, content);
    ``on_saved(visit_id)`` links the row to the new visit."""
    from app.ui.dialogs.visits import VisitDialog
    values = {}
    if prefill.get("caller"):
        values["visitor_name"] = prefill["caller"]
    if prefill.get("phone"):
        values["phone"] = prefill["phone"]
    room = prefill.get("room") or prefill.get("room_code")
    if isinstance(room, int):
        from app.services import registry
        try:
            room = registry.get_room(window.db, window.actor, room).code
        except UserError:
            room = ""
    if room:
        values["room"] = room
    if prefill.get("content"):
        values["remarks"] = prefill["content"]
    dlg = VisitDialog(window, {"category": VisitCategory.VISITOR.value, "prefill": values})

    def saved() -> None:
        visit_id = getattr(dlg, "result_value", None)
        if isinstance(visit_id, int):
            on_saved(visit_id)
    dlg.accepted.connect(saved)
    dlg.show()
    window.last_dialog = dlg
    return dlg


__all__ = ["VisitsPage", "open_from_worklog", "COLUMNS"]
