"""The one action dialog of every workflow (the record kit): its fields are the transition's declared
fields, checked as the user types by the fields' own parser, and saved through the record service.

Context (kept across an idle lock as a draft): ``{kind, id, version, action, number, values}``; ``values``
are what the form starts with (the page's defaults for this action, e.g. the addressee as the collector).
"""
from __future__ import annotations

from typing import Any

from app.services import records
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.rooms import attach_room_completer

#: more fields than this are laid out in two columns
ONE_COLUMN_MAX = 4


class ActionDialog(EditorDialog):
    form_key = "record_action"

    def __init__(self, window, context: dict[str, Any]) -> None:
        kind = records.kind_of(context["kind"])
        self.transition = kind.workflow.action(context["action"])
        self.kind = kind.kind
        specs = self.transition.form_fields
        staff = self.staff_choices(window) if any(s.kind == "staff" for s in specs) else None
        fields = [Field.from_spec(spec, choices=staff if spec.kind == "staff" else None) for spec in specs]
        columns = 2 if len(fields) > ONE_COLUMN_MAX else 1
        if columns == 1:
            fields = [Field.from_spec(spec, choices=staff if spec.kind == "staff" else None, span=1)
                      for spec in specs]
        super().__init__(window, "", fields, columns=columns, context=context)
        self.window_ = window
        self.setObjectName(f"action_{self.transition.name}_dialog")
        self.setWindowTitle(self.tr("{action} — {number}").format(action=str(self.transition.label),
                                                                  number=context.get("number", "")))
        self.form.set_values({s.key: s.initial() for s in specs if s.initial() not in (None, "", [], False)})
        self.form.set_values(context.get("values", {}))
        for spec in specs:
            if spec.kind == "room":
                attach_room_completer(window, self.form.widgets[spec.key])

    def staff_choices(self, window) -> list[tuple[str, str]]:
        """Who a staff field offers: every active member of staff (a dialog may narrow it down)."""
        return records.staff_choices(window.db, window.actor)

    def submit(self, values: dict[str, Any]) -> int:
        c = self.context
        return records.act(self.window_.db, self.window_.actor, c["kind"], c["id"], c["action"], values,
                           version=c.get("version"))


drafts.register("record_action", ActionDialog)
