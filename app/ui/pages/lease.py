"""房屋租赁 — the owners' leases: one record pane of the kit, newest first, 即将到期 and 已到期 derived and coloured.

The pane (app.ui.widgets.record_pane) gives the chips, the search, the lazy list, the detail pane with the
fields, the documents, the links (a renewal and the lease it renews), the timeline and the buttons the
workflow allows this user (documents complete, access cards, the police reminder, renew, moved out, void),
and the kit's new-record dialog from the declared fields (Ctrl+N). This module declares the columns, the four
prints, the household card button, the defaults of the actions and the band of the month's figures (出租率
over the delivered units, leases ending this month).
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt

from app.domain.enums import PersonType
from app.domain.lease import KIND, LEASE_MANAGE, FeePayer
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import lease as svc
from app.services import records
from app.ui.widgets import tones
from app.ui.widgets.record_pane import MonthFigures, PaneSpec, PrintButton, RecordButton, RecordPage, figure
from app.ui.widgets.table_model import Column, attr, label_of


def _colour(row):
    if row.derived == "expired":
        return tones.LATE
    if row.derived == "expiring" or row.status == "incomplete":
        return tones.ATTENTION
    return tones.TONE_BRUSH.get(row.tone)


#: the list's short word for who pays (the detail says the owner stays liable)
_PAYER = {FeePayer.OWNER.value: T("Lease", "Owner"), FeePayer.TENANT.value: T("Lease", "Tenant")}

COLUMNS = [replace(c, foreground=_colour) for c in [
    Column("room", T("Lease", "Room"), attr("room"), 80),
    Column("tenant", T("Lease", "Tenant"), attr("tenant_name"), 130),
    Column("type", T("Lease", "Tenant is"), label_of(PersonType, "tenant_type"), 56),
    Column("status", T("Lease", "Status"), attr("status_label"), 70),
    Column("start", T("Lease", "Start"), lambda r: f"{r.start_date:%Y-%m-%d}", 82),
    Column("end", T("Lease", "End"), lambda r: f"{r.end_date:%Y-%m-%d}", 82),
    Column("payer", T("Lease", "Fees paid by"), lambda r: str(_PAYER.get(r.fee_payer, r.fee_payer)), 64),
    Column("rent", T("Lease", "Monthly rent"), lambda r: f"{r.rent:,.2f}" if r.rent is not None else "", 70,
           Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("number", T("Lease", "No."), attr("number"), 124),
]]

PANE = PaneSpec(
    kind=KIND, settings_key="lease/leases", columns=COLUMNS, list_fn=svc.list_leases, count_fn=svc.count_leases,
    statuses=svc.VIEWS, default_statuses=("open", "incomplete", "expiring", "expired"),
    counted=("incomplete", "expiring", "expired"), chips_row=True,
    search_hint=T("Lease", "No., room or tenant"),
    choose_hint=T("Lease", "Choose a lease on the left to complete its documents, issue cards, renew it …"),
    empty_hint=T("Lease", "No lease is registered yet. Press Ctrl+N to file an owner's lease."),
    empty_hints={"expiring": T("Lease", "No lease ends within the reminder days."),
                 "expired": T("Lease", "No open lease is past its end.")},
    report_title=T("Lease", "Leases"), new_label=T("Lease", "File a lease"),
    new_title=T("Lease", "File an owner's lease"), new_permission=LEASE_MANAGE,
    defaults_method="action_defaults",
    prints=[PrintButton("lease_registration", T("Lease", "Registration form"), "printRegistration"),
            PrintButton("lease_authorisation", T("Lease", "Authorisation form"), "printAuthorisation"),
            PrintButton("lease_notice", T("Lease", "Tenant's notice"), "printNotice"),
            PrintButton("lease_cards", T("Lease", "Card register"), "printCards",
                        enabled=lambda view: bool(view.access_cards))],
    buttons=[RecordButton("openRoom", T("Lease", "Household card"), "", "open_room")])


class LeasePage(MonthFigures, RecordPage):
    panes = (PANE,)

    figures_name = "leaseKpis"

    def month_figures(self, db, actor, date_from: date, date_to: date) -> svc.LeaseKpis:
        last = (date_from.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return svc.kpis(db, actor, date_from, last)

    def figures_text(self, k: svc.LeaseKpis) -> list[str]:
        rate = "—" if k.rate is None else f"{k.rate}%"
        parts = [
            self.tr("Rented {n} of {d} handed-over units ({rate})").format(n=figure(k.rented), d=k.delivered,
                                                                          rate=figure(rate)),
            self.tr("ending this month {n}").format(n=figure(k.expiring_in_period, bool(k.expiring_in_period))),
            self.tr("filed {n}, moved out {m}").format(n=figure(k.filed), m=figure(k.ended)),
        ]
        if k.incomplete:
            parts.append(self.tr("documents missing {n}").format(n=figure(k.incomplete, True)))
        return parts

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        if action == "terminate":
            return {"ended_on": min(date.today(), view.end_date).isoformat()}
        if action == "renew":
            return {"new_end": (view.end_date + timedelta(days=365)).isoformat()}
        return {}

    def open_room(self, view: records.RecordView) -> None:
        self.window_.open_room(view.room_id)


__all__ = ["LeasePage", "COLUMNS"]
