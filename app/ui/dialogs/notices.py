"""Editors of 通知: the notice itself (its declared fields, a picker for its scope and a live lead-time
warning) and the recipients of an individual notice. Every action on a notice or a delivery is the record
kit's action dialog.

Both check as the user types with the fields' own parsers, keep what was typed when the service refuses it
(the reason beside its field), and the notice editor survives the idle lock as a draft.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.domain import notices as rules
from app.domain.errors import UserError, ValidationError
from app.domain.notices import Channel
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import notices
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field

KIND = notices.KIND
WARN_STYLE = "color:#6b4d00;background:#fff6e0;border:1px solid #e6c36a;border-radius:4px;padding:5px;"


# ------------------------------------------------------------------------------------------ the notice

class NoticeDialog(EditorDialog):
    """起草通知 / 修改通知: the notice's declared fields, the channels, a picker for the scope."""

    kind = KIND
    form_key = "notice"

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        fields = [Field.from_spec(spec) for spec in rules.NOTICE_FIELDS if spec is not rules.BODY]
        position = [f.key for f in fields].index("issuer")
        fields[position:position] = [Field(f"channel_{c.value}", T("Notice", "Channels") if k == 0 else "",
                                           kind="check") for k, c in enumerate(Channel)]
        fields.append(Field.from_spec(rules.BODY))
        super().__init__(window, "", fields, columns=2, context=context)
        self.window_ = window
        self.setMinimumWidth(760)
        self.form.widgets["body"].setFixedHeight(170)
        # check boxes say what they mean; their row labels stay short so both columns keep their width
        self.form.widgets["needs_preparation"].setText(self.tr("Residents must prepare (longer lead time)"))
        self.form.widgets["individual"].setText(self.tr("Individual notice, delivered to named recipients"))
        for c in Channel:
            self.form.widgets[f"channel_{c.value}"].setText(str(c.label))
        self.form.widgets["body"].setPlaceholderText(self.tr(
            "The reason, the time window, the places concerned, what residents should do, and what "
            "happens otherwise. One paragraph per line."))
        from app.services import params
        self.params = params.all_values(window.db)
        # the scope picker beside the scope; the live lead-time warning under the form
        self.pick_button = QPushButton(self.tr("C&hoose…"), self, objectName="pickScope")
        self.pick_button.setToolTip(self.tr("Tick the whole estate, buildings or units"))
        self.pick_button.clicked.connect(self.pick_scope)
        grid = self.form.layout()
        scope = self.form.widgets["scope"]
        row, column, rows, columns = grid.getItemPosition(grid.indexOf(scope))
        grid.removeWidget(scope)
        beside = QHBoxLayout()
        beside.addWidget(scope, 1)
        beside.addWidget(self.pick_button)
        grid.addLayout(beside, row, column, rows, columns)
        self.lead_label = QLabel(self, objectName="leadWarning")
        self.lead_label.setWordWrap(True)
        self.lead_label.setStyleSheet(WARN_STYLE)
        self.lead_label.hide()
        self.layout().insertWidget(2, self.lead_label)
        if context.get("id"):
            self.setWindowTitle(self.tr("Edit notice {number}").format(number=context.get("number", "")))
        elif context.get("corrects_id"):
            self.setWindowTitle(self.tr("Correction notice"))
        else:
            self.setWindowTitle(self.tr("New notice"))
        start = {s.key: s.initial() for s in rules.NOTICE_FIELDS if s.initial() not in (None, "", False)}
        start.update({"channel_post": True, **context.get("defaults", {})})
        self.form.set_values(start)
        self.form.set_values(context.get("values", {}))
        for key in ("effective_from", "needs_preparation"):
            w = self.form.widgets[key]
            signal = w.toggled if key == "needs_preparation" else w.textChanged
            signal.connect(lambda *_: self.update_lead())
        self.form.widgets["effective_from"].textChanged.connect(lambda *_: self._recheck_until())
        self.form.widgets["individual"].toggled.connect(lambda *_: self.update_individual())
        self.form.widgets["kind"].currentIndexChanged.connect(lambda *_: self._kind_changed())
        self.update_individual()
        self.update_lead()
        self.form.clear_errors()        # nothing is wrong before the user has typed
        self.form.widgets["title"].setFocus()

    # -- live checks
    def _recheck_until(self) -> None:
        if self.form.value("valid_until").strip():
            self.form.check_field("valid_until")

    def update_lead(self) -> None:
        """Warn (never refuse) when the notice would be posted too short a time before it applies."""
        try:
            start = rules.parse_when(self.form.value("effective_from"), "effective_from", "")
        except UserError:
            self.lead_label.hide()
            return
        lead = rules.lead_time(start, datetime.now(), bool(self.form.value("needs_preparation")), self.params)
        warning = lead.warning
        self.lead_label.setText(str(warning) if warning else "")
        self.lead_label.setVisible(warning is not None)

    def _kind_changed(self) -> None:
        if not self.context.get("id") and not self.form.value("scope").strip():
            self.form.set_value("individual", self.form.value("kind") in rules.INDIVIDUAL_KINDS)

    def update_individual(self) -> None:
        individual = bool(self.form.value("individual"))
        scope = self.form.widgets["scope"]
        scope.setEnabled(not individual)
        self.pick_button.setEnabled(not individual)
        scope.setPlaceholderText(self.tr(
            "Named recipients: add them on the notice's Recipients tab after saving") if individual else str(
            rules.SCOPE.placeholder))
        scope.setToolTip(self.tr("The scope may stay empty while drafting; submitting needs it."))

    def pick_scope(self) -> None:
        dlg = ScopePickerDialog(self, self.window_, self.form.value("scope"))
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.form.set_value("scope", dlg.text())
            self.form.check_field("scope")

    # -- saving
    def submit(self, v: dict[str, Any]):
        data = notices.NoticeInput(
            title=v["title"], kind=v["kind"], body=v["body"], effective_from=v["effective_from"],
            valid_until=v["valid_until"], scope=v["scope"], needs_preparation=v["needs_preparation"],
            individual=v["individual"], channels=[c.value for c in Channel if v.get(f"channel_{c.value}")],
            issuing_dept=v["issuing_dept"], issuer=v["issuer"], contact_phone=v["contact_phone"],
            corrects_id=self.context.get("corrects_id"))
        db, actor = self.window_.db, self.window_.actor
        if self.context.get("id"):
            return notices.update_notice(db, actor, self.context["id"], data,
                                         version=self.context.get("version"))
        return notices.create_notice(db, actor, data)


def new_notice_dialog(window, values: dict | None = None, *, corrects_id: int | None = None) -> NoticeDialog:
    context: dict[str, Any] = {"defaults": notices.defaults(window.db), "values": dict(values or {})}
    if corrects_id:
        context["corrects_id"] = corrects_id
    return NoticeDialog(window, context)


def values_from_worklog(prefill: dict) -> dict[str, Any]:
    """A draft from a work-log row: its content as the text, its room as the scope."""
    room = (prefill.get("room") or "").strip()
    return {"body": prefill.get("content") or "", "scope": room}


class ScopePickerDialog(QDialog):
    """The whole estate, or buildings and units ticked in the registry's tree (rooms stay as typed)."""

    def __init__(self, parent, window, current: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the scope"))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget(self, objectName="scopeTree")
        self.tree.setHeaderHidden(True)
        layout.addWidget(QLabel(self.tr("Tick the whole estate, or the buildings and units concerned. "
                                        "Rooms typed in the scope are kept."), self))
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(360, 460)
        try:
            tokens = rules.parse_scope(current)
        except ValidationError:
            tokens = []
        chosen = {t.text for t in tokens}
        self.rooms = [t for t in tokens if t.level == rules.ScopeLevel.ROOM.value]
        check = Qt.CheckState
        self.estate = QTreeWidgetItem(self.tree, [self.tr("Whole estate")])
        self.estate.setData(0, Qt.ItemDataRole.UserRole, rules.ESTATE_WORD)
        self.estate.setCheckState(0, check.Checked if rules.ESTATE_WORD in chosen else check.Unchecked)
        for b in notices.scope_tree(window.db, window.actor):
            token = rules.ScopeToken(rules.ScopeLevel.BUILDING.value, b.building_no)
            bi = QTreeWidgetItem(self.tree, [self.tr("Building {no}").format(no=b.building_no)])
            bi.setData(0, Qt.ItemDataRole.UserRole, token.text)
            bi.setCheckState(0, check.Checked if token.text in chosen else check.Unchecked)
            for u in b.units:
                ut = rules.ScopeToken(rules.ScopeLevel.UNIT.value, b.building_no, u.unit_no)
                ui = QTreeWidgetItem(bi, [self.tr("Unit {no}").format(no=u.unit_no)])
                ui.setData(0, Qt.ItemDataRole.UserRole, ut.text)
                ui.setCheckState(0, check.Checked if ut.text in chosen else check.Unchecked)
                if ut.text in chosen:
                    bi.setExpanded(True)

    def items(self) -> list[QTreeWidgetItem]:
        out, stack = [], [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            out.append(item)
            stack[:0] = [item.child(i) for i in range(item.childCount())]
        return out

    def text(self) -> str:
        if self.estate.checkState(0) == Qt.CheckState.Checked:
            return rules.ESTATE_WORD
        parts = [i.data(0, Qt.ItemDataRole.UserRole) for i in self.items()[1:]
                 if i.checkState(0) == Qt.CheckState.Checked]
        return ", ".join(parts + [t.text for t in self.rooms])


# ------------------------------------------------------------------------------------------ recipients

class RecipientsDialog(EditorDialog):
    """Add recipients to an individual notice by room code; each room's owner unless a name is given."""

    kind = KIND

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [Field.from_spec(rules.ROOMS), Field.from_spec(rules.RECIPIENT)],
                         context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Add recipients to {number}").format(number=context.get("number", "")))

    def submit(self, v):
        notices.add_recipients(self.window_.db, self.window_.actor, self.context["id"], v["rooms"], v["name"])
        return self.context["id"]


drafts.register("notice", NoticeDialog)
