"""信息传递 — two tabs: 工作联系单 (work slips to departments) and 代收代转 (items kept for residents).

Both tabs are record panes of the kit (app.ui.widgets.record_pane): filters, the lazy list, the detail pane
with the fields, the clocks, the timeline and the buttons the workflow allows this user, the action dialog
from the declared fields. This module declares them and keeps what is its own: the list columns, the new-slip
and new-item dialogs, the defaults of handing an item over, and the day's register of items.

Keys: Ctrl+N new (in the current tab), Ctrl+P print the selected slip or the register, Ctrl+F the search
box, F5 reload, Alt+1 … Alt+9 the action buttons in order.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from app.domain import relay as R
from app.domain.errors import UserError
from app.domain.relay import PARCELS, RELAY_CREATE, SLIPS
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import records, relay
from app.ui.pages.complaints import TO_COMPLAINT, open_from_record
from app.ui.widgets.record_pane import (
    ChoiceFilter,
    ListButton,
    MonthFigures,
    PaneSpec,
    PrintButton,
    RecordPage,
    figure,
    percent,
    when,
)
from app.ui.widgets.table_model import Column, attr, label_of
from app.ui.widgets.tones import ATTENTION, DONE, LATE

_when = when


def _slip_deadline(row) -> str:
    if row.status == "sent" and row.sign_due_at:
        return str(T("Relay", "sign by {time}")).format(time=_when(row.sign_due_at))
    if row.status in R.SLIP_UNANSWERED:
        return str(T("Relay", "reply by {time}")).format(time=_when(row.required_by))
    return ""


_OVERDUE = T("Relay", "overdue")


def _slip_status(row) -> str:
    text = str(SLIPS.state(row.status).label)
    return f"{text} · {_OVERDUE}" if row.overdue else text


def _parcel_flags(row) -> str:
    flags = []
    if row.approval_pending:
        flags.append(str(T("Relay", "needs approval")))
    if row.return_due:
        flags.append(str(T("Relay", "to return")))
    elif row.remind_due:
        flags.append(str(T("Relay", "remind")))
    if row.urgent:
        flags.append(str(T("Relay", "urgent")))
    if row.valuable:
        flags.append(str(T("Relay", "valuable")))
    return " · ".join(flags)


def _parcel_colour(row):
    if row.return_due or row.approval_pending:
        return LATE
    if row.remind_due:
        return ATTENTION
    return None


SLIP_COLUMNS = [
    Column("number", T("Relay", "No."), attr("number"), width=140),
    Column("status", T("Relay", "Status"), _slip_status, width=120,
           foreground=lambda r: LATE if r.overdue else (DONE if r.status in ("closed", "void") else None)),
    Column("priority", T("Relay", "Priority"), label_of(R.Priority, "priority"), width=64,
           foreground=lambda r: LATE if r.priority == "urgent" else None),
    Column("dept", T("Relay", "Department"), label_of(R.Department, "to_dept"), width=100),
    Column("subject", T("Relay", "Subject"), attr("subject"), width=200),
    Column("room", T("Relay", "Room"), attr("room"), width=76),
    Column("sent", T("Relay", "Sent"), lambda r: _when(r.sent_at), width=84),
    Column("deadline", T("Relay", "Deadline"), _slip_deadline, width=130,
           foreground=lambda r: LATE if r.overdue else None),
]

PARCEL_COLUMNS = [
    Column("number", T("Relay", "No."), attr("number"), width=140),
    Column("status", T("Relay", "Status"), lambda r: str(PARCELS.state(r.status).label), width=90,
           foreground=lambda r: DONE if r.status in ("collected", "returned", "void") else None),
    Column("item", T("Relay", "Item"), lambda r: str(R.ItemType(r.item_type).label)
           + (f" ×{r.quantity}" if r.quantity != 1 else ""), width=90),
    Column("addressee", T("Relay", "Addressee"), attr("addressee"), width=80),
    Column("room", T("Relay", "Room"), attr("room"), width=76),
    Column("flags", T("Relay", "Attention"), _parcel_flags, foreground=_parcel_colour, width=120),
    Column("received", T("Relay", "Received"), lambda r: _when(r.received_at), width=84),
    Column("phone", T("Relay", "Phone"), attr("phone"), width=100),
    Column("courier", T("Relay", "Courier / tracking no."),
           lambda r: " ".join(x for x in (r.courier, r.tracking_no) if x), width=180),
    Column("storage", T("Relay", "Kept at"), attr("storage"), width=70),
    Column("collector", T("Relay", "Collected by"),
           lambda r: " ".join(x for x in (r.collector_name, r.collector_id) if x), private="id"),
]

SLIP_PANE = PaneSpec(
    kind=relay.SLIP_KIND, settings_key="relay/slips", columns=SLIP_COLUMNS, title=T("Relay", "Work slips"),
    list_fn=relay.list_slips, count_fn=relay.count_slips,
    statuses=[("open", T("Relay", "Open")), ("unanswered", T("Relay", "Awaiting a reply")),
              ("overdue", T("Relay", "Overdue")), ("to_verify", T("Relay", "To verify")),
              *[(s.name, s.label) for s in R.SLIP_STATES], ("all", T("Relay", "All"))],
    default_statuses=("open", "unanswered", "overdue", "to_verify"),
    filters=[ChoiceFilter("to_dept", [("", T("Relay", "All departments")),
                                      *[(d.value, d.label) for d in R.TARGET_DEPARTMENTS]])],
    dates=True, search_hint=T("Relay", "No., subject or customer"),
    choose_hint=T("Relay", "Choose a slip on the left to see it, sign for it, record the reply …"),
    empty_hint=T("Relay", "No open work slips. A request that needs another department? Press Ctrl+N to "
                          "send a work slip."),
    report_title=T("Relay", "Work slips"), new_label=T("Relay", "New work slip"), new_permission=RELAY_CREATE,
    new_method="new_slip", defaults_method="action_defaults",
    prints=[PrintButton("work_slip", T("Relay", "Print"))], buttons=[TO_COMPLAINT])

PARCEL_PANE = PaneSpec(
    kind=relay.PARCEL_KIND, settings_key="relay/parcels", columns=PARCEL_COLUMNS,
    title=T("Relay", "Parcels and letters"), list_fn=relay.list_parcels, count_fn=relay.count_parcels,
    statuses=[("waiting", T("Relay", "Waiting")), ("to_notify", T("Relay", "To notify")),
              ("remind", T("Relay", "Reminder due")), ("to_return", T("Relay", "Due to return")),
              ("approval", T("Relay", "Needs approval")),
              *[(s.name, s.label) for s in R.PARCEL_STATES], ("all", T("Relay", "All"))],
    default_statuses=("waiting", "to_notify", "remind", "to_return", "approval"),
    filters=[ChoiceFilter("item_type", [("", T("Relay", "All item types")),
                                        *[(t.value, t.label) for t in R.ItemType]])],
    dates=True, search_hint=T("Relay", "Name, room, tracking no., last 4 digits of the phone, No."),
    choose_hint=T("Relay", "Choose an item on the left to notify, remind or hand it over …"),
    empty_hint=T("Relay", "Nothing is waiting at the desk. Press Ctrl+N when a letter or parcel arrives."),
    report_title=T("Relay", "Parcels and letters"), new_label=T("Relay", "Receive an item"),
    new_permission=RELAY_CREATE, new_method="new_parcel", defaults_method="action_defaults",
    list_buttons=[ListButton("printRegister", T("Relay", "Print register"), "print_register", "register_btn",
                             T("Relay", "Print the register of items of today, or of the dates chosen above"))])


class RelayPage(MonthFigures, RecordPage):
    panes = (SLIP_PANE, PARCEL_PANE)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.slips, self.parcels = self.record_panes

    # -- the month's figures (§4.9 KPIs)
    figures_name = "relayKpis"

    def month_figures(self, db, actor, date_from: date, date_to: date) -> relay.RelayKpis:
        return relay.kpis(db, actor, date_from, date_to)

    def figures_text(self, k: relay.RelayKpis) -> list[str]:
        depts = self.tr(", ").join(f"{R.Department(d).label} {n}" for d, n in
                                   sorted(k.sent_by_dept.items(), key=lambda kv: -kv[1])[:4]
                                   if d in R.Department._value2member_map_)
        parts = [
            self.tr("This month: slips sent {n}").format(n=figure(k.sent)) + (f" ({depts})" if depts else ""),
            self.tr("signed in time {rate}").format(rate=figure(percent(k.sign_rate))),
            self.tr("replied in time {rate}").format(rate=figure(percent(k.reply_rate))),
            self.tr("items waiting over the reminder time {n}").format(
                n=figure(k.pending_over_limit, bool(k.pending_over_limit))),
        ]
        if k.avg_collection_hours is not None:
            parts.append(self.tr("{h:.1f} h to collection on average").format(h=k.avg_collection_hours))
        return parts

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        if action == "hand_over":
            return {"collector_name": view.addressee, "relation": R.CollectorRelation.SELF.value}
        if action == "sign":
            return {"signed_at": datetime.now().strftime("%H:%M")}
        return {}

    def new_slip(self, values: dict):
        dialog = new_slip_dialog(self.window_, values)
        dialog.accepted.connect(lambda: self.bar.info(QCoreApplication.translate(
            "RelayPage", "Work slip sent. Print it (Ctrl+P) for the department to sign.")))
        return dialog

    def to_complaint(self, view: records.RecordView):
        return open_from_record(self.window_, relay.SLIP_KIND, view.id)

    def new_parcel(self, values: dict):
        from app.ui.dialogs.relay import ParcelDialog
        dialog = ParcelDialog(self.window_, {"values": values})
        dialog.accepted.connect(lambda: self.bar.info(QCoreApplication.translate(
            "RelayPage", "Item registered. Notify the addressee now.")))
        dialog.show()
        return dialog

    def open_number(self, number: str) -> bool:
        """Show the slip (LX…) or item (DS…) of a document number, e.g. an open item of the handover."""
        number = (number or "").strip().upper()
        try:
            if number.startswith("LX"):
                self.open_record(relay.SLIP_KIND, relay.slip_by_number(self.db, self.actor, number).id)
            elif number.startswith("DS"):
                self.open_record(relay.PARCEL_KIND, relay.parcel_by_number(self.db, self.actor, number).id)
            else:
                return False
        except UserError as exc:
            self.bar.warning(str(exc))
            return False
        return True

    def register_range(self) -> tuple[date, date]:
        tab = self.parcels
        if tab.use_dates.isChecked():
            return tab.date_from.date().toPython(), tab.date_to.date().toPython()
        if tab.view_data is not None:
            day = tab.view_data.received_at.date()
            return day, day
        return date.today(), date.today()

    def print_register(self) -> None:
        """物品收发登记表 of the item's day (or of the chosen dates); Ctrl+P on the items tab too."""
        first, last = self.register_range()
        try:
            key = relay.register_key(*relay.parse_register_range(relay.register_key(first, last)))
        except UserError as exc:
            self.bar.error(str(exc))
            return
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "parcel_register", key)

    def print_current(self) -> None:
        if self.current() is self.parcels:
            self.print_register()
        else:
            self.current().print_form()


def new_slip_dialog(window, values: dict, on_saved: Callable[[int], None] | None = None):
    """Open the new-slip editor over ``window`` with ``values``; ``on_saved(slip_id)`` after the save."""
    from app.ui.dialogs.relay import SlipDialog
    dialog = SlipDialog(window, {"values": values})
    if on_saved is not None:
        dialog.accepted.connect(lambda: on_saved(dialog.result_value))
    dialog.show()
    window.last_dialog = dialog
    return dialog


def open_slip_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为工作联系单: the new-slip editor filled in from a work-log row, over whatever page is showing;
    ``on_saved(slip_id)`` lets the work log link the row to the slip."""
    from app.ui.dialogs.relay import slip_values_from_worklog
    return new_slip_dialog(window, slip_values_from_worklog(prefill), on_saved)


def open_parcel_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为代收登记: the receive-an-item editor filled in from a work-log row (addressee, room, phone, what
    was said); ``on_saved(parcel_id)`` lets the work log link the row to the item."""
    from app.ui.dialogs.relay import ParcelDialog, parcel_values_from_worklog
    dialog = ParcelDialog(window, {"values": parcel_values_from_worklog(prefill)})
    dialog.accepted.connect(lambda: on_saved(dialog.result_value))
    dialog.show()
    window.last_dialog = dialog
    return dialog
