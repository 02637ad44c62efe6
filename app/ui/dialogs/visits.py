"""Editors of 来访接待: registering a visit and the supervisor's watchlist, their fields the declared ones
(app.domain.visits); every action on a visit is the record kit's action dialog.

Every field is checked as it is typed with the rule the service applies on save; a refusal comes back
beside its field and nothing typed is lost. A registration that needs a second look (the visitor is on the
watchlist, or still on site from an earlier visit) shows the warnings and turns Save into "Register
anyway". A returning visitor is filled in from the phone or document number: the value the user did not
type arrives masked and stays masked (the service takes the real one from the earlier record).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from app.domain import visits as V
from app.domain.errors import UserError, ValidationError
from app.domain.visits import VisitCategory, VisitorIdType, VisitWarnings
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import visits as svc
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.message_bar import MessageBar
from app.ui.widgets.table_model import Column, LazyTableModel, record_view

# =========================================================================================== registration

class VisitDialog(EditorDialog):
    """登记访客 / 前台办事: a new visit. ``context``: ``category``, ``prefill`` (values), ``reuse``."""

    kind = "visit"
    form_key = "visit"

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        category = VisitCategory.from_label(context.get("category", "")) or VisitCategory.VISITOR
        own = {"phone": self._check_phone, "id_number": self._check_id, "room": self._check_room,
               "host_name": self._check_host}
        fields = [replace(Field.from_spec(spec), check=own.get(spec.key)) for spec in V.REGISTRATION]
        fields[V.REGISTRATION.index(V.HOST)] = replace(fields[V.REGISTRATION.index(V.HOST)], kind="combo",
                                                       editable_combo=True)
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
        for value, text in ((p.value, str(p.label)) for p in V.purposes_for(category)):
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
        return V.PHONE.parse(text)

    def _check_id(self, text: str):
        if "*" in (text or "") and self.reuse:
            return text
        return self._for_visitor(V.ID_NUMBER, text, {"id_type": self.form.value("id_type")})

    def _check_room(self, text: str):
        return self._for_visitor(V.ROOM, text)

    def _check_host(self, text: str):
        return self._for_visitor(V.HOST, text)

    def _for_visitor(self, spec, text: str, values: dict | None = None):
        """A field a visitor entering the estate must give (a service visit need not)."""
        value = spec.parse(text, values=values)
        if not value and self.category() is VisitCategory.VISITOR:
            raise ValidationError(V.VISITOR_REQUIRES[spec.key].format(field=spec.label), spec.key)
        return value

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
        return svc.register_visit(self.window_.db, self.window_.actor, {**v, "reuse": self.reuse},
                                  acknowledge=self.acknowledge)

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
        super().__init__(window, "", [Field.from_spec(spec, span=1) for spec in V.WATCH_FIELDS], context=context)
        self.window_ = window
        self.setObjectName("watchEditor")
        self.setWindowTitle(self.tr("Edit watchlist entry") if self.context.get("id")
                            else self.tr("Add to the watchlist"))
        if self.context.get("values"):
            self.form.set_values(self.context["values"])

    def submit(self, v):
        return svc.save_watch(self.window_.db, self.window_.actor, v, self.context.get("id"),
                              self.context.get("version"))


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

