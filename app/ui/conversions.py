"""Turning a work-log row (工作日志) into a workflow record: one hook for every workflow.

Each entry names the editor that opens pre-filled from the row (caller, phone, room, content, channel,
category) and calls ``on_saved(record_id)`` when the user saves, so the work log links the row to the new
record. Later workflows (complaints, key loans, release slips …) add a line here.
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text


@dataclass(frozen=True)
class Conversion:
    kind: str            # the record kind, as in records_changed and the work log's link
    label: Text          # menu text: 转为访客登记 …
    permission: str      # needed to create the target record
    opener: str          # "module:function"; function(window, prefill: dict, on_saved: Callable[[int], None])

    def open(self, window, prefill: dict, on_saved: Callable[[int], None]):
        module, name = self.opener.split(":")
        return getattr(importlib.import_module(module), name)(window, prefill, on_saved)


CONVERSIONS: list[Conversion] = [
    Conversion("visit", T("Conversion", "Visitor registration"), "visit.register",
               "app.ui.pages.visits:open_from_worklog"),
    Conversion("work_slip", T("Conversion", "Work contact slip"), "relay.create",
               "app.ui.pages.relay:open_slip_from_worklog"),
    Conversion("key_loan", T("Conversion", "Key loan"), "keys.manage", "app.ui.pages.keys:open_loan_from_worklog"),
    Conversion("parcel", T("Conversion", "Parcel or letter kept for a resident"), "relay.create",
               "app.ui.pages.relay:open_parcel_from_worklog"),
    Conversion("notice", T("Conversion", "Notice"), "notice.draft",
               "app.ui.pages.notices:open_from_worklog"),
    Conversion("complaint", T("Conversion", "Complaint"), "complaint.handle",
               "app.ui.pages.complaints:open_from_worklog"),
]


def available(actor) -> list[Conversion]:
    return [c for c in CONVERSIONS if actor.can(c.permission)]
