"""Editors of 来访接待: registering a visit, the actions on a visit (host's answer, admit, refuse, sign out,
handled, turned into a record, void), and the supervisor's watchlist.

Every field is checked as it is typed with the rule the service applies on save; a refusal comes back
beside its field and nothing typed is lost. A registration that needs a second look (the visitor is on the
watchlist, or still on site from an earlier visit) shows the warnings and turns Save into "Register
anyway". A returning visitor is filled in from the phone or document number: the value the user did not
type arrives masked and stays masked (the service takes the real one from the earlier record).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel,
                               QPushButton, QVBoxLayout)

from app.domain import visits as V
from app.domain.errors import UserError, ValidationError
from app.domain.validation import check_phone, check_text
from app.domain.visits import ContactMethod, VisitCategory, VisitorIdType, VisitWarnings
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import visits as svc
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.message_bar import MessageBar
from app.ui.widgets.table_model import Column, LazyTableModel, record_view


def _choices(members) -> list[tuple[str, str]]:
    return [(m.value, str(m.label)) for m in members]


def _text(key: str, label, max_len: int, required: bool = False):
    return lambda value: check_text(value, key, str(label), max_len=max_len, required=required)


# =========================================================================================== registration

class VisitDialog(EditorDialog):
    """登记访客 / 前台办事: a new visit. ``context``: ``category``, ``prefill`` (values), ``reuse``."""

    kind = "visit"
    form_key = "visit"

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        category = VisitCategory.from_label(context.get("category", "")) or VisitCategory.VISITOR
        fields = [
            Field("category", T("Visits", "Category"), kind="combo", choices=_choices(VisitCategory)),
            Field("purpose", T("Visits", "Purpose"), kind="combo", required=True,
                  choices=_choices(V.purposes_for(category))),
            Field("phone", T("Visits", "Phone"), required=True, max_len=20, check=self._check_phone,
                  placeholder=T("Visits", "Mobile or landline; a known visitor is filled in")),
            Field("visitor_name", T("Visits", "Visitor"), required=True, max_len=30,
                  check=_text("visitor_name", T("Visits", "Visitor"), 30, True)),
            Field("id_type", T("Visits", "Document type"), kind="combo", choices=_choices(VisitorIdType)),
            Field("id_number", T("Visits", "Document no."), max_len=30, check=self._check_id),
            Field("room", T("Visits", "Room visited"), max_len=30, check=self._check_room,
                  placeholder=T("Visits", "e.g. 3-2-1502")),
            Field("host_name", T("Visits", "Host"), kind="combo", editable_combo=True,
                  check=self._check_host),
            Field("companions", T("Visits", "Companions"), max_len=2, check=V.check_companions,
                  placeholder="0"),
            Field("plate", T("Visits", "Plate"), max_len=12, check=V.check_plate,
                  placeholder=T("Visits", "e.g. 浙A12345")),
            Field("unit_or_address", T("Visits", "Company or address"), max_len=100, span=2,
                  check=_text("unit_or_address", T("Visits", "Company or address"), 100)),
            Field("items_carried", T("Visits", "Items carried"), max_len=200, span=2,
                  check=_text("items_carried", T("Visits", "Items carried"), 200),
                  placeholder=T("Visits", "Dangerous items stay outside the estate")),
            Field("remarks", T("Visits", "Remarks"), kind="multiline", span=2,
                  check=_text("remarks", T("Visits", "Remarks"), 500)),
        ]
        super().__init__(window, "", fields, columns=2, context=context)
        self.window_ = window
        self.reuse: str = context.get("reuse", "")
        self.acknowledge = False
        self.setObjectName("visitDialog")
        self.info = QLabel(self, objectName="returningInfo")
        self.info.setStyleSheet("color:#2f6fdf;")
        self.info.setWordWrap(True)
        self.layout().insertWidget(1, self.info)
        self.info.hide()
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.setMinimumWidth(820)
        self.form.set_value("category", category.value)
        self.form.widgets["category"].currentIndexChanged.connect(lambda *_: self._category_changed())
        self.form.widgets["id_type"].currentIndexChanged.connect(lambda *_: self.form.check_field("id_number"))
        self.form.widgets["phone"].editingFinished.connect(lambda: self._lookup("phone"))
        self.form.widgets["id_number"].editingFinished.connect(lambda: self._lookup("id_number"))
        self.form.widgets["room"].editingFinished.connect(self._room_entered)
        self.form.changed.connect(self._edited)
        self._labels = {lbl.buddy(): lbl for lbl in self.findChildren(QLabel) if lbl.buddy() is not None}
        self._category_changed(initial=True)
        prefill = context.get("prefill") or {}
        if prefill:
            self.form.set_values(prefill)
            if prefill.get("room"):
                self._room_entered()
        self.form.widgets["phone"].setFocus()

    # -- category: the purposes offered and what is required
    def category(self) -> VisitCategory:
        return VisitCategory.from_label(str(self.form.value("category"))) or VisitCategory.VISITOR

    def _category_changed(self, initial: bool = False) -> None:
        category = self.category()
        visitor = category is VisitCategory.VISITOR
        combo: QComboBox = self.form.widgets["purpose"]
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in _choices(V.purposes_for(category)):
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        for key in ("id_number", "room", "host_name"):
            self.form.fields[key].required = visitor
            label = self._labels.get(self.form.widgets[key])
            if label is not None:
                label.setText(str(self.form.fields[key].label) + (" *" if visitor else ""))
        self.setWindowTitle(self.tr("Register a visitor") if visitor else self.tr("Business at the desk"))
        if not initial:
            for key in ("id_number", "room", "host_name"):
                self.form.check_field(key)

    # -- checks as the user types (the service applies the same rules on save)
    def _check_phone(self, text: str):
        if "*" in text and self.reuse:
            return text
        return check_phone(text, "phone", required=True)

    def _check_id(self, text: str):
        if "*" in (text or "") and self.reuse:
            return text
        if not (text or "").strip() and self.category() is VisitCategory.SERVICE:
            return ""
        return V.check_visitor_document(self.form.value("id_type"), text)

    def _check_room(self, text: str):
        return svc.check_room_code(text, required=self.category() is VisitCategory.VISITOR)

    def _check_host(self, text: str):
        return check_text(text, "host_name", str(T("Visits", "Host")), max_len=30,
                          required=self.category() is VisitCategory.VISITOR)

    def _edited(self) -> None:
        QTimer.singleShot(0, self._fit)  # room for the reasons shown under the fields
        if self.acknowledge:  # the warnings were about what was typed before
            self.acknowledge = False
            self.save_button.setText(self.tr("Save"))
            self.bar.hide()

    def _fit(self) -> None:
        hint = self.sizeHint()
        if hint.height() > self.height():
            self.resize(self.width(), hint.height())

    # -- the room: exists? who lives there (host suggestions)
    def _room_entered(self) -> None:
        text = self.form.value("room")
        if not self.form.check_field("room") or not str(text).strip():
            return
        try:
            hosts = svc.room_hosts(self.window_.db, self.window_.actor, text)
        except UserError as exc:
            self.form.set_error("room", str(exc))
            return
        if hosts is None:
            self.form.set_error("room", str(T("Visits", "There is no room {code} in this estate").format(
                code=str(text).strip().upper())))
            return
        combo: QComboBox = self.form.widgets["host_name"]
        typed = combo.currentText()
        combo.blockSignals(True)
        combo.clear()
        for host in hosts:
            combo.addItem(host.name, host.name)
        combo.setEditText(typed or (hosts[0].name if hosts else ""))
        combo.blockSignals(False)
        self.form.check_field("host_name")

    # -- returning visitor
    def _lookup(self, key: str) -> None:
        value = str(self.form.value(key) or "")
        if "*" in value or not value.strip() or not self.form.check_field(key):
            return
        kw = {"phone": value} if key == "phone" else {"id_number": value}
        try:
            found = svc.lookup_returning(self.window_.db, self.window_.actor, **kw)
        except UserError:
            return
        if found is None:
            return
        fill = {"visitor_name": found.visitor_name, "id_type": found.id_type, "id_number": found.id_number,
                "phone": found.phone, "unit_or_address": found.unit_or_address, "plate": found.plate}
        if str(self.form.value("id_number") or "").strip() and key != "id_number":
            fill.pop("id_type")   # the document typed stays as typed, with its type
        for k, v in fill.items():
            if k == key or not v:
                continue
            if k == "id_type" or not str(self.form.value(k) or "").strip():
                self.form.set_value(k, v)
        self.reuse = found.reuse
        self.context["reuse"] = found.reuse
        if found.last_visit:
            self.info.setText(self.tr("Returning visitor: last came {when} to {room} ({n} visits on record)")
                              .format(when=f"{found.last_visit:%Y-%m-%d}", room=found.last_room or "—",
                                      n=found.visits))
        else:
            self.info.setText(self.tr("Known from the estate registry: filled in from the household file"))
        self.info.show()
        self.form.check_all()

    # -- save
    def submit(self, v: dict[str, Any]):
        data = svc.VisitInput(
            category=v["category"], visitor_name=v["visitor_name"], phone=v["phone"], id_type=v["id_type"],
            id_number=v["id_number"], unit_or_address=v["unit_or_address"], companions=v["companions"],
            plate=v["plate"], purpose=v["purpose"], room=v["room"], host_name=v["host_name"],
            items_carried=v["items_carried"], remarks=v["remarks"], reuse=self.reuse)
        return svc.register_visit(self.window_.db, self.window_.actor, data, acknowledge=self.acknowledge)

    def _refused(self, exc: UserError) -> None:
        if isinstance(exc, VisitWarnings):
            self.saving = False
            self.buttons.setEnabled(True)
            self.bar.warning(self.tr("Check before registering:") + "\n• " +
                             "\n• ".join(str(w) for w in exc.warnings))
            self.acknowledge = True
            self.save_button.setText(self.tr("Register &anyway"))
            self.save_button.setFocus()
            return
        super()._refused(exc)


drafts.register("visit", lambda window, context: VisitDialog(window, context))


# =========================================================================================== actions

_METHOD = Field("host_contact_method", T("Field", "Contact method"), kind="combo",
                choices=_choices(ContactMethod))


def _note(label=T("Visits", "Note"), required: bool = False) -> Field:
    return Field("note", label, kind="multiline", required=required,
                 check=lambda value: check_text(value, "note", str(label), max_len=200, required=required))


def _departure(text: str):
    when = svc.parse_time(text, "departure_at")
    if when is None:
        raise ValidationError(T("Visits", "Give the departure time"), "departure_at")
    return when


def _linked(text: str):
    return svc.check_action_values("convert", {"linked_record": text})["linked_record"]


ACTION_FIELDS: dict[str, list[Field]] = {
    "contact": [_METHOD],
    "host_agreed": [_METHOD, Field("admit_now", T("Visits", "Admit now"), kind="check"),
                    Field("pass_no", T("Field", "Pass no."), max_len=20, check=V.check_pass_no), _note()],
    "host_refused": [_METHOD, _note()],
    "host_unreachable": [_METHOD, _note()],
    "admit": [Field("pass_no", T("Field", "Pass no."), max_len=20, check=V.check_pass_no), _note()],
    "refuse": [_note(T("Visits", "Reason"), required=True)],
    "depart": [Field("departure_at", T("Field", "Departure time"), required=True, max_len=16,
                     check=_departure, placeholder=T("Visits", "HH:MM, or YYYY-MM-DD HH:MM")),
               Field("pass_returned", T("Field", "Pass returned"), kind="check"), _note()],
    "handle": [_note(T("Visits", "Result"))],
    "convert": [Field("linked_record", T("Field", "Record it was turned into"), required=True, max_len=20,
                      check=_linked, placeholder=T("Visits", "e.g. TS20250612-0003")), _note()],
    "void": [Field("reason", T("Visits", "Reason"), required=True, max_len=200,
                   check=lambda value: check_text(value, "reason", str(T("Visits", "Reason")), max_len=200))],
}


class VisitActionDialog(EditorDialog):
    """One action on a visit, with the fields it needs; ``context``: id, version, number, action, name."""

    kind = "visit"

    def __init__(self, window, context: dict) -> None:
        action = context["action"]
        super().__init__(window, "", [Field(**vars(f)) for f in ACTION_FIELDS.get(action, [_note()])],
                         context=context)
        self.window_ = window
        transition = V.VISIT.transition(action)
        self.setObjectName(f"visitAction_{action}")
        self.setWindowTitle(self.tr("{action} — {name} ({number})").format(
            action=transition.label, name=context.get("name", ""), number=context.get("number", "")))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(str(transition.label))
        defaults = {"host_contact_method": context.get("method") or ContactMethod.PHONE.value,
                    "admit_now": True, "pass_returned": True,
                    "departure_at": svc.base.now().strftime("%H:%M"), "pass_no": context.get("pass_no", "")}
        self.form.set_values({k: v for k, v in defaults.items() if k in self.form.widgets})
        if "admit_now" in self.form.widgets:
            self.form.widgets["admit_now"].toggled.connect(self.form.widgets["pass_no"].setEnabled)
        first = next(iter(self.form.widgets.values()))
        first.setFocus()
        self.setMinimumWidth(440)

    def submit(self, v: dict[str, Any]):
        return svc.act(self.window_.db, self.window_.actor, self.context["id"], self.context["action"], v,
                       version=self.context.get("version"))


# =========================================================================================== watchlist

WATCH_COLUMNS = [
    Column("name", T("Visits", "Name"), lambda r: r.name, 110),
    Column("id_number", T("Visits", "Document no."), lambda r: r.id_number, 170),
    Column("phone", T("Visits", "Phone"), lambda r: r.phone, 110),
    Column("reason", T("Visits", "Reason"), lambda r: r.reason, 230),
    Column("added_by", T("Visits", "Added by"), lambda r: r.added_by, 80),
    Column("active", T("Visits", "On the list"),
           lambda r: str(T("Visits", "Yes")) if r.active else str(T("Visits", "Removed")), 80),
]


class WatchEditor(EditorDialog):
    """A watchlist entry; ``context``: id and version when editing."""

    kind = "visit_watch"

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, "", [
            Field("name", T("Visits", "Name"), required=True, max_len=30,
                  check=_text("name", T("Visits", "Name"), 30, True)),
            Field("id_type", T("Visits", "Document type"), kind="combo", choices=_choices(VisitorIdType)),
            Field("id_number", T("Visits", "Document no."), max_len=30, check=self._check_id),
            Field("phone", T("Visits", "Phone"), max_len=20, check=lambda t: check_phone(t, "phone")),
            Field("reason", T("Visits", "Reason"), kind="multiline", required=True,
                  check=_text("reason", T("Visits", "Reason"), 200, True)),
        ], context=context)
        self.window_ = window
        self.setObjectName("watchEditor")
        self.setWindowTitle(self.tr("Edit watchlist entry") if self.context.get("id")
                            else self.tr("Add to the watchlist"))
        if self.context.get("values"):
            self.form.set_values(self.context["values"])

    def _check_id(self, text: str):
        return V.check_visitor_document(self.form.value("id_type"), text) if (text or "").strip() else ""

    def submit(self, v):
        return svc.save_watch(self.window_.db, self.window_.actor,
                              svc.WatchInput(v["name"], v["reason"], v["id_type"], v["id_number"], v["phone"]),
                              self.context.get("id"), self.context.get("version"))


class WatchlistDialog(QDialog):
    """关注名单: the supervisor's list of people the desk is warned about at registration."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName("watchlistDialog")
        self.setWindowTitle(self.tr("Visitor watchlist"))
        self.setMinimumSize(820, 460)
        layout = QVBoxLayout(self)
        self.bar = MessageBar(self)
        layout.addWidget(self.bar)
        hint = QLabel(self.tr("Registering a visitor with the same document number, phone or name shows the "
                              "reason to the desk. Removed entries are kept for the record."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")
        layout.addWidget(hint)
        self.show_removed = QCheckBox(self.tr("Show &removed entries"), self)
        self.show_removed.toggled.connect(lambda *_: self.reload())
        layout.addWidget(self.show_removed)
        self.model = LazyTableModel(WATCH_COLUMNS, lambda after, n: [], parent=self)
        self.view = record_view(self, self.model, "watchView")
        self.view.doubleClicked.connect(lambda *_: self.edit())
        layout.addWidget(self.view, 1)
        self.empty = QLabel(self.tr("Nobody is on the watchlist. Add a person with “Add”."), self)
        self.empty.setStyleSheet("color:#777;")
        layout.addWidget(self.empty)
        row = QHBoxLayout()
        self.add_btn = QPushButton(self.tr("&Add…"), self, clicked=self.add)
        self.edit_btn = QPushButton(self.tr("&Edit…"), self, clicked=self.edit)
        self.remove_btn = QPushButton(self.tr("Re&move"), self, clicked=self.remove)
        close = QPushButton(self.tr("Close"), self, clicked=self.accept)
        for b in (self.add_btn, self.edit_btn, self.remove_btn):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        window.ops.records_changed.connect(self._changed)
        self.reload()

    def _changed(self, kind: str, _ids) -> None:
        if kind == "visit_watch" and self.isVisible():
            self.reload()

    def reload(self) -> None:
        db, actor, removed = self.window_.db, self.window_.actor, self.show_removed.isChecked()
        self.model.set_fetch(lambda after, n: svc.list_watch(db, actor, include_removed=removed, after=after,
                                                             limit=n))
        self.empty.setVisible(self.model.rowCount() == 0)

    def current(self):
        index = self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def add(self) -> None:
        self.editor = WatchEditor(self.window_)
        self.editor.accepted.connect(lambda: self.bar.info(self.tr("Saved.")))
        self.editor.show()

    def edit(self) -> None:
        row = self.current()
        if row is None:
            self.bar.warning(self.tr("Choose an entry first."))
            return
        entry = svc.get_watch(self.window_.db, self.window_.actor, row.id)
        values = {"name": entry.name, "reason": entry.reason, "phone": entry.phone,
                  "id_type": entry.id_type or VisitorIdType.RESIDENT.value}
        if row.id_number == entry.id_number:  # never put a masked number into an editor
            values["id_number"] = entry.id_number
        self.editor = WatchEditor(self.window_, {"id": entry.id, "version": entry.version, "values": values})
        self.editor.show()

    def remove(self) -> None:
        row = self.current()
        if row is None or not row.active:
            self.bar.warning(self.tr("Choose an entry that is on the list."))
            return
        db, actor = self.window_.db, self.window_.actor
        self.window_.ops.run(lambda: svc.remove_watch(db, actor, row.id, row.version), kind="visit_watch",
                             on_success=lambda _r: self.bar.info(self.tr("{name} is off the watchlist.")
                                                                 .format(name=row.name)),
                             on_error=lambda exc: self.bar.error(str(exc)))

