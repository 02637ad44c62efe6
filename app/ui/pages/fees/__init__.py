"""收费 — the fees page: a band of the fee KPIs (收缴率 by amount and by household, 清欠率, the takings, voids and
reversals) above tabs of views.

The views are declared in :data:`VIEWS` as ``(key, title, "module:Class")`` and imported when the page is made
(not at start-up); each is a QWidget taking the page (its ``db``, ``actor``, ``ops``, ``bar``, ``window_``). A view
may answer ``kinds`` (the record kinds it shows, for :meth:`FeesPage.open_record`), ``open_record(kind, id)``,
``refresh()``, ``pick_room(room_id)`` (Ctrl+K on the page chooses the room of the view shown) and the list-report
hooks of :class:`app.ui.pages.base.Page` (``report_title``, ``report_columns``, ``report_fetch``,
``report_filter_text``), which the page's 打印列表 / 导出Excel use for the view shown.
"""
from __future__ import annotations

import importlib
from datetime import date
from typing import Any

from PySide6.QtWidgets import QTabWidget, QWidget

from app.domain.fees.workflows import DEPOSIT_KIND, RECEIPT_KIND, REFUND_KIND
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services.fees import kpis as fee_kpis
from app.ui.pages.base import Page
from app.ui.widgets.record_pane import MonthFigures, figure, percent

#: the page's views in tab order: (key, title, "module:Class"); other issues append theirs
VIEWS: list[tuple[str, Text, str]] = [
    ("counter", T("FeesPage", "Counter"), "app.ui.pages.fees.counter:CounterView"),
    ("bills", T("FeesPage", "Bills"), "app.ui.pages.fees.bills:BillsView"),
    ("receipts", T("FeesPage", "Receipts"), "app.ui.pages.fees.receipts:ReceiptsView"),
    ("deposits", T("FeesPage", "Deposits"), "app.ui.pages.fees.deposits:DepositsView"),
    ("closing", T("FeesPage", "Daily closing"), "app.ui.pages.fees.closing:ClosingView"),
    ("arrears", T("FeesPage", "Arrears"), "app.ui.pages.fees.arrears:ArrearsView"),
    ("readings", T("FeesPage", "Meter readings"), "app.ui.pages.fees.readings:ReadingsView"),
]


def _view_class(factory: str) -> type[QWidget]:
    module, name = factory.split(":")
    cls: type[QWidget] = getattr(importlib.import_module(module), name)
    return cls


class FeesPage(MonthFigures, Page):
    watches = (RECEIPT_KIND, DEPOSIT_KIND, REFUND_KIND)
    figures_name = "feeKpis"

    def __init__(self, window) -> None:
        super().__init__(window)
        self.outer.addWidget(self.header())
        self.tabs = QTabWidget(self, objectName="feesTabs")
        self.views: dict[str, Any] = {}
        for key, title, factory in VIEWS:
            view = _view_class(factory)(self)
            view.setObjectName(f"fees_{key}")
            self.views[key] = view
            self.tabs.addTab(view, str(title))
        self.outer.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_view())

    # -- the band of the month's figures
    def month_figures(self, db, actor, date_from: date, date_to: date) -> fee_kpis.FeeKpis:
        return fee_kpis.kpis(db, actor, date_from, date_to)

    def figures_text(self, k: fee_kpis.FeeKpis) -> list[str]:
        from app.domain import money
        parts = [
            self.tr("This month: collection rate {amount} (households {households})").format(
                amount=figure(percent(k.collection_rate)), households=figure(percent(k.household_rate))),
            self.tr("arrears cleared {rate}").format(rate=figure(percent(k.arrears_clearing_rate))),
            self.tr("takings {amount}").format(amount=figure(money.format_yuan(k.takings))),
            self.tr("voids {n} ({amount})").format(n=figure(k.voids, bool(k.voids)),
                                                   amount=money.format_yuan(k.void_amount)),
            self.tr("red reversals {n} ({amount})").format(n=figure(k.reversals, bool(k.reversals)),
                                                           amount=money.format_yuan(k.reversal_amount)),
        ]
        return parts

    # -- the views
    def current_view(self) -> Any:
        return self.tabs.currentWidget()

    def show_view(self, key: str) -> Any:
        view = self.views[key]
        self.tabs.setCurrentWidget(view)
        return view

    def refresh(self) -> None:
        super().refresh()
        self._refresh_view()

    def _refresh_view(self) -> None:
        view = self.current_view()
        if view is not None and hasattr(view, "refresh"):
            view.refresh()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record (a receipt, a deposit …) on the view that shows its kind."""
        for view in self.views.values():
            if kind in getattr(view, "kinds", ()):
                self.tabs.setCurrentWidget(view)
                view.open_record(kind, record_id)
                return

    def pick_room(self, room_id: int) -> None:
        """A room chosen with Ctrl+K on this page: for the view shown if it takes one, else the counter."""
        view = self.current_view()
        if not hasattr(view, "pick_room"):
            view = self.show_view("counter")
        view.pick_room(room_id)

    # -- the list report of the view shown
    @property
    def report_title(self):  # type: ignore[override]
        return getattr(self.current_view(), "report_title", None)

    def report_columns(self):
        return self.current_view().report_columns()

    def report_fetch(self):
        view = self.current_view()
        return view.report_fetch() if hasattr(view, "report_fetch") else None

    def report_filter_text(self) -> str:
        return self.current_view().report_filter_text()


__all__ = ["VIEWS", "FeesPage"]
