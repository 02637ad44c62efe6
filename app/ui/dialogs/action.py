"""The one action dialog of every workflow (the record kit): its fields are the transition's declared
fields, checked as the user types by the fields' own parser, and saved through the record service.

Context (kept across an idle lock as a draft): ``{kind, id, version, action, number, values, suggest,
warning}``; ``values`` are what the form starts with (the page's defaults for this action, e.g. the addressee
as the collector), ``suggest`` the texts a text field offers in a drop-down that still takes any other (the
residents of the room as borrowers), ``warning`` what to mind before saving (a short lead time).
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.domain.fields import FieldSpec
from app.services import records
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.rooms import attach_room_completer

#: more fields than this are laid out in two columns
ONE_COLUMN_MAX = 4


class ActionDialog(EditorDialog):
    form_key = "record_action"
    #: a page's own dialog of one action, ``(kind, action) -> subclass`` (it adds inputs that are not kept)
    own: dict[tuple[str, str], type[ActionDialog]] = {}

    @classmethod
    def for_action(cls, window, context: dict[str, Any]) -> ActionDialog:
        """The dialog of ``context``'s action: the page's own one if it declared it, else this one."""
        return cls.own.get((context["kind"], context["action"]), cls)(window, context)

    #: the columns of a page's own dialog (default: one, or two for more than ONE_COLUMN_MAX fields)
    columns: int | None = None

    def ordered(self, specs: Sequence[FieldSpec]) -> Sequence[FieldSpec]:
        """The declared fields in the order the dialog lays them out (a page's own dialog: a checklist a
        line a row)."""
        return specs

    def extra_fields(self) -> list[Field]:
        """Inputs beyond the declared fields, used by :meth:`submit` and not kept (an approver's password)."""
        return []

    def __init__(self, window, context: dict[str, Any]) -> None:
        kind = records.kind_of(context["kind"])
        self.transition = kind.workflow.action(context["action"])
        self.kind = kind.kind
        specs = self.ordered(self.transition.form_fields)
        staff = {spec.key: self.staff_choices(window, spec.permission) for spec in specs if spec.kind == "staff"}
        columns = self.columns or (2 if len(specs) > ONE_COLUMN_MAX else 1)
        suggest = context.get("suggest") or {}
        fields = [_field(spec, staff.get(spec.key), suggest.get(spec.key), None if columns > 1 else 1)
                  for spec in specs] + self.extra_fields()
        super().__init__(window, "", fields, columns=columns, context=context)
        self.window_ = window
        self.setObjectName(f"action_{self.transition.name}_dialog")
        self.setWindowTitle(self.tr("{action} — {number}").format(action=str(self.transition.label),
                                                                  number=context.get("number", "")))
        self.form.set_values({s.key: s.initial() for s in specs if _shown(s.initial())})
        self.form.set_values(context.get("values", {}))
        for spec in specs:
            if spec.kind == "room":
                attach_room_completer(window, self.form.widgets[spec.key])
        if context.get("warning"):
            self.bar.warning(str(context["warning"]))

    def staff_choices(self, window, permission: str = "") -> list[tuple[str, str]]:
        """Who a staff field offers: active staff holding ``permission`` if set (a dialog may narrow it down)."""
        return records.staff_choices(window.db, window.actor, permission)

    def submit(self, values: dict[str, Any]) -> int:
        c = self.context
        return records.act(self.window_.db, self.window_.actor, c["kind"], c["id"], c["action"], values,
                           version=c.get("version"))


def _shown(initial: Any) -> bool:
    """An initial value the form starts with: a default of 0 is one (``0 in (False,)`` would drop it)."""
    return initial is not None and initial is not False and not (isinstance(initial, (str, list)) and not initial)


def _field(spec, staff: list[tuple[str, str]] | None, suggest: list[str] | None, span: int | None) -> Field:
    field = Field.from_spec(spec, choices=staff, span=span)
    if suggest and spec.kind == "text":   # an editable drop-down: the suggestions, or anything typed
        field.kind, field.editable_combo, field.choices = "combo", True, [(text, text) for text in suggest]
    return field


drafts.register("record_action", ActionDialog.for_action)
