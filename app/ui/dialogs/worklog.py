"""The work log's forms: a row's fields (the quick entry's and the editor's, from the declared fields of
app.domain.duty), the editor that corrects a row, and the supervisor's daily check (每日检查).

Both editors keep what was typed when the service refuses it (the reason beside its field) and survive the
idle lock as drafts.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from app.domain import duty as D
from app.domain.duty import Category, Channel
from app.domain.errors import UserError
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import worklog as svc
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field, FormView


def entry_fields(*, quick: bool) -> list[Field]:
    """The fields of a row, for the quick entry and the editor (the service's own parsers check them).

    The quick entry (four columns) takes them in the order of a call — channel, caller, room, phone,
    category, request, answer, result — with the time last (blank: now), which is also the Tab order. The
    channel and category show their shortcut (``1 Phone call``, ``B Repair``), so typing it picks one.
    """
    fields = [Field.from_spec(D.CHANNEL, span=1), Field.from_spec(D.CALLER, span=1),
              Field.from_spec(D.ROOM, span=1), Field.from_spec(D.PHONE, span=1),
              Field.from_spec(D.CATEGORY, span=1), Field.from_spec(D.CONTENT, span=3),
              Field.from_spec(D.ENTRY_ANSWER, span=2 if quick else 3)]
    fields[0].choices = [(c.value, f"{c.key} {c.label}") for c in Channel]
    fields[4].choices = [(c.value, f"{c.key} {c.label}") for c in Category]
    fields[3].required = True            # unless found on patrol: the check asks the channel
    at = Field.from_spec(D.AT, span=1)
    if quick:
        fields += [Field.from_spec(D.QUICK_RESULT, span=1), at]
    else:
        fields.insert(0, at)             # the editor: the time first, the texts full width
    return fields


def entry_input(values: dict) -> svc.EntryInput:
    return svc.EntryInput(caller=values["caller"], content=values["content"], channel=values["channel"],
                          category=values["category"], room=values["room"], phone=values["phone"],
                          answer=values["answer"], result=values.get("result", ""), at=values["at"])


class RoomCompleter(QCompleter):
    """Room codes from the registry as the user types (an indexed prefix query, 20 at a time)."""

    def __init__(self, edit: QLineEdit, lookup) -> None:
        self.list = QStringListModel()
        super().__init__(self.list, edit)
        self.lookup = lookup
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(self)
        edit.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        try:
            codes = self.lookup(text) if text.strip() else []
        except UserError:
            codes = []
        self.list.setStringList(codes)


def wire_row_form(form: FormView, db, actor) -> RoomCompleter:
    """What the quick entry and the editor share: the phone rule by channel, the room completer, the room
    checked against the registry when the user leaves the field."""
    form.fields["phone"].check = lambda text: D.check_caller_phone(text, form.value("channel"))
    form.widgets["channel"].currentIndexChanged.connect(lambda *_: form.check_field("phone"))
    room = form.widgets["room"]
    completer = RoomCompleter(room, lambda text: svc.room_codes(db, actor, text))

    def check_room() -> None:
        if form.error_text("room") or not form.check_field("room"):
            return
        code = D.ROOM.parse(room.text())
        if code and code not in svc.room_codes(db, actor, code, limit=1):
            form.set_error("room", str(T("WorkLog", "There is no room {code}").format(code=code)))
    room.editingFinished.connect(check_room)
    return completer


class EntryDialog(EditorDialog):
    """Correct a row's details (not its result) while it is open, answered or transferred."""

    kind = svc.WORK_KIND
    form_key = "worklog_entry"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", entry_fields(quick=False), columns=3, context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Edit request {number}").format(number=context.get("number", "")))
        self.resize(820, self.sizeHint().height())
        self.form.set_values(context.get("values", {}))
        self.completer = wire_row_form(self.form, window.db, window.actor)
        if context.get("masked"):
            self.form.fields["phone"].required = False
            self.form.fields["phone"].check = None
            self.form.widgets["phone"].setPlaceholderText(self.tr("unchanged (shown masked)"))

    def submit(self, v):
        keep = bool(self.context.get("masked")) and not v["phone"].strip()
        return svc.update_entry(self.window_.db, self.window_.actor, self.context["id"], entry_input(v),
                                self.context.get("version"), keep_phone=keep)


class ReviewDialog(EditorDialog):
    """The supervisor's daily check of the work log (每日检查)."""

    kind = svc.WORK_KIND
    form_key = "worklog_review"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [Field.from_spec(D.REVIEW_NOTE)], context=context)
        self.window_ = window
        day = date.fromisoformat(context["day"])
        self.setWindowTitle(self.tr("Check the work log of {day}").format(day=day.strftime("%Y-%m-%d")))
        summary = svc.day_summary(window.db, window.actor, day)
        self.bar.show_message(self.tr("{n} requests, {m} without a result.").format(
            n=summary.total, m=summary.open), "warning" if summary.open else "info")

    def submit(self, v):
        return svc.review_day(self.window_.db, self.window_.actor, date.fromisoformat(self.context["day"]),
                              v["note"])


drafts.register("worklog_entry", EntryDialog)
drafts.register("worklog_review", ReviewDialog)
