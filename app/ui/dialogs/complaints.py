"""登记投诉 — the one screen a complaint is registered in, keyboard first: who (found from the room's household
or typed for someone from outside), how to call back, what, how urgent, the apology, and the initial reply if
it is given at once. A room or phone with an open complaint is pointed out as the desk types. Also the dialog
that plans routine visits or a satisfaction survey in bulk.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QCompleter

from app.domain import complaints as C
from app.domain.fields import FieldSpec
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import complaints, followups, relay
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.rooms import attach_room_completer

REPLY = [C.INITIAL_REPLY, C.REPLY_BY, C.PROMISED_AT]


class ComplaintDialog(EditorDialog):
    kind = C.COMPLAINT_KIND
    form_key = "complaint_new"

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        specs = [*C.COMPLAINTS.create_fields, *(FieldSpec(s.key, s.label, s.kind, max_len=s.max_len,
                                                          placeholder=s.placeholder, wide=s.wide) for s in REPLY)]
        super().__init__(window, "", [Field.from_spec(s) for s in specs], columns=2, context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Register a complaint"))
        self.form.set_values({s.key: s.initial() for s in specs if s.initial() not in (None, "", False)})
        self.form.set_values(context.get("values", {}))
        room = self.form.widgets["room"]
        attach_room_completer(window, room)
        self.people = QStringListModel(self)
        completer = QCompleter(self.people, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.form.widgets["complainant"].setCompleter(completer)
        room.editingFinished.connect(self._room_chosen)
        self.form.widgets["phone"].editingFinished.connect(self._check_open)
        self.form.widgets["apologised"].setToolTip(self.tr("Listen, apologise first, never argue (the manual's "
                                                           "first rule)"))
        self.form.widgets["channel"].setFocus()

    def _room_chosen(self) -> None:
        names = relay.room_people(self.window_.db, self.window_.actor, self.form.value("room"))
        self.people.setStringList(names)
        if names and not self.form.value("complainant").strip():
            self.form.set_value("complainant", names[0])
        self._check_open()

    def _check_open(self) -> None:
        found = complaints.open_for(self.window_.db, self.window_.actor, room=self.form.value("room"),
                                    phone=self.form.value("phone"))
        if found:
            self.bar.warning(self.tr("This caller already has an open complaint: {numbers}. Add to it rather "
                                     "than registering it twice?").format(numbers="、".join(found)))

    def submit(self, values: dict[str, Any]) -> int:
        made_from = self.context.get("from")     # (kind, id): turned into a complaint, linked both ways
        if made_from:
            return complaints.convert_to_complaint(self.window_.db, self.window_.actor, made_from[0],
                                                   int(made_from[1]), values)
        values = {**values, "source": self.context.get("source", "")}
        return complaints.register_complaint(self.window_.db, self.window_.actor, values)


class PlanVisitsDialog(EditorDialog):
    """Routine household visits or a satisfaction survey for a building or the whole estate."""

    kind = C.FOLLOWUP_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        from app.services import registry
        buildings = [("", str(T("FollowUps", "The whole estate")))] + [
            (str(b.id), f"{b.building_no} {b.name}".strip()) for b in registry.tree(window.db, window.actor)]
        fields = [
            Field("ftype", T("FollowUps", "Type"), "combo", required=True,
                  choices=[(t.value, str(t.label)) for t in (C.FollowUpType.ROUTINE, C.FollowUpType.SURVEY)]),
            Field("building", T("FollowUps", "Building"), "combo", choices=buildings),
            Field("due_on", T("FollowUps", "Follow up by"), "date", required=True),
            Field("topic", T("FollowUps", "What about"), max_len=200),
        ]
        super().__init__(window, "", fields, context=dict(context or {}))
        self.window_ = window
        self.setWindowTitle(self.tr("Plan routine visits or a survey"))
        self.form.set_value("due_on", date.today() + timedelta(days=30))

    def submit(self, values: dict[str, Any]) -> int:
        building = int(values["building"]) if values.get("building") else None
        return followups.plan_visits(self.window_.db, self.window_.actor, values["ftype"], values["due_on"],
                                     building_id=building, topic=values.get("topic", ""))


drafts.register("complaint_new", ComplaintDialog)
