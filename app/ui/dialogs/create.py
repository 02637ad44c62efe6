"""The new-record dialog of a workflow without one of its own: its declared record fields, saved through
the record service (context ``{kind, values, title}``, kept across an idle lock as a draft; the title is
the pane's label of its new button)."""
from __future__ import annotations

from typing import Any

from app.services import records
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.rooms import attach_room_completer


class CreateDialog(EditorDialog):
    form_key = "record_create"

    def __init__(self, window, context: dict[str, Any]) -> None:
        kind = records.kind_of(context["kind"])
        self.kind = kind.kind
        specs = kind.workflow.create_fields
        columns = 2 if len(specs) > 4 else 1
        fields = [Field.from_spec(spec, span=None if columns == 2 else 1) for spec in specs]
        super().__init__(window, "", fields, columns=columns, context=context)
        self.window_ = window
        self.setWindowTitle(context.get("title") or self.tr("New: {workflow}").format(workflow=str(kind.workflow.label)))
        self.form.set_values({s.key: s.initial() for s in specs if s.initial() not in (None, "", [], False)})
        self.form.set_values(context.get("values", {}))
        for spec in specs:
            if spec.kind == "room":
                attach_room_completer(window, self.form.widgets[spec.key])

    def submit(self, values: dict[str, Any]) -> int:
        return records.create(self.window_.db, self.window_.actor, self.context["kind"], values)


drafts.register("record_create", CreateDialog)
