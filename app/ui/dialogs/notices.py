"""Editors of 通知: the notice itself (with a picker for its scope and a live lead-time warning), an action
with its note or reason, a posting on a board, recipients of an individual notice, and a delivery (signed
or refused).

Every editor checks as the user types with the same domain rules the service applies, keeps what was
typed when the service refuses it (the reason beside its field), and the notice editor survives the idle
lock as a draft.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from app.domain import notices as rules
from app.domain.errors import UserError, ValidationError
from app.domain.notices import Channel, DeliveryMethod, NoticeKind
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import notices
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field

KIND = notices.KIND
WARN_STYLE = "color:#6b4d00;background:#fff6e0;border:1px solid #e6c36a;border-radius:4px;padding:5px;"
#: where notices usually go up (the location box accepts anything else)
LOCATIONS = ("小区正门告示牌", "小区公告栏", "各楼栋大堂公告栏", "单元门口", "电梯轿厢内", "地下车库入口",
             "客服中心前台")


def choices(members) -> list[tuple[str, str]]:
    return [(m.value, str(m.label)) for m in members]


def _now_text() -> str:
    return rules.format_when(datetime.now().replace(second=0, microsecond=0))


def _when(key: str, end_of_day: bool = False):
    return lambda text: rules.parse_when(text, key, notices.label(key), end_of_day=end_of_day)


def _browse_photo(dialog, key: str = "photo_path") -> None:
    path, _ = QFileDialog.getOpenFileName(dialog, QCoreApplication.translate("NoticesDialog", "Choose a photo"), "",
                                          QCoreApplication.translate("NoticesDialog", "Pictures (*.jpg *.jpeg *.png *.bmp *.heic)"))
    if path:
        dialog.form.set_value(key, path)
        dialog.form.check_field(key)


# ------------------------------------------------------------------------------------------ the notice

class NoticeDialog(EditorDialog):
    """起草通知 / 修改通知: title, kind, dates, scope (or individual), channels, issuer, text."""

    kind = KIND
    form_key = "notice"

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        fields = [
            Field("title", T("Notice", "Title"), required=True, max_len=rules.TITLE_MAX, span=2,
                  placeholder=T("Notice", "e.g. 关于3号楼二次供水水箱清洗停水的通知"),
                  check=lambda t: _text(t, "title", rules.TITLE_MAX)),
            Field("kind", T("Notice", "Kind"), kind="combo", choices=choices(NoticeKind)),
            Field("issuing_dept", T("Notice", "Issuing department"), required=True, max_len=rules.DEPT_MAX,
                  check=lambda t: _text(t, "issuing_dept", rules.DEPT_MAX)),
            Field("effective_from", T("Notice", "Applies from"), required=True, max_len=20,
                  placeholder="2026-06-15 08:00", check=_when("effective_from")),
            Field("valid_until", T("Notice", "Valid until"), required=True, max_len=20,
                  placeholder="2026-06-15 18:00", check=self._check_until),
            Field("needs_preparation", T("Notice", "Lead time"), kind="check"),
            Field("individual", T("Notice", "Recipients"), kind="check"),
            Field("scope", T("Notice", "Scope"), max_len=400, span=2,
                  placeholder=T("Notice", "全小区, or buildings, units and rooms: 3栋, 5栋2单元, 3-2-1502"),
                  check=lambda t: rules.parse_scope(t)),
            *[Field(f"channel_{c.value}", T("Notice", "Channels") if k == 0 else "", kind="check")
              for k, c in enumerate(Channel)],
            Field("issuer", T("Notice", "Issuer"), max_len=rules.ISSUER_MAX,
                  check=lambda t: _text(t, "issuer", rules.ISSUER_MAX, required=False)),
            Field("contact_phone", T("Notice", "Contact phone"), max_len=rules.PHONE_MAX,
                  check=notices.check_contact_phone),
            Field("body", T("Notice", "Text"), kind="multiline", required=True, span=2,
                  check=lambda t: _text(t, "body", rules.BODY_MAX)),
        ]
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
        start = {"issuing_dept": "客服部", "channel_post": True, **context.get("defaults", {})}
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
    def _check_until(self, text: str):
        until = rules.parse_when(text, "valid_until", notices.label("valid_until"), end_of_day=True)
        try:
            start = rules.parse_when(self.form.value("effective_from"), "effective_from", "")
        except UserError:
            return until
        rules.check_period(start, until)
        return until

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
            T("Notice", "全小区, or buildings, units and rooms: 3栋, 5栋2单元, 3-2-1502")))
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


def _reason(value: str) -> str:
    from app.domain.validation import check_text
    return check_text(value, "reason", str(T("Field", "Reason")), max_len=rules.NOTE_MAX)


def _text(value: str, key: str, max_len: int, required: bool = True) -> str:
    from app.domain.validation import check_text
    return check_text(value, key, notices.label(key), max_len=max_len, required=required)


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


# ------------------------------------------------------------------------------------------ an action

class ActionDialog(EditorDialog):
    """One workflow action with what it asks for: an opinion (approve, return), a note, a reason (void)."""

    kind = KIND

    def __init__(self, window, context: dict) -> None:
        transition = rules.NOTICE.transition(context["action"])
        fields = []
        if "reason" in transition.required_fields:
            fields.append(Field("reason", T("Field", "Reason"), required=True, max_len=rules.NOTE_MAX,
                                check=_reason))
        label = T("Notice", "Opinion") if context["action"] in ("approve", "reject") else T("Notice", "Note")

        def check_note(text: str) -> str:
            from app.domain.validation import check_text
            return check_text(text, "note", str(label), max_len=rules.NOTE_MAX, required=transition.needs_note)
        fields.append(Field("note", label, kind="multiline", required=transition.needs_note, check=check_note))
        if context.get("offer_correction"):
            fields.append(Field("correct", T("Notice", "Draft a correction notice next"), kind="check"))
        super().__init__(window, "", fields, context=context)
        self.window_ = window
        self.setWindowTitle(f"{transition.label} — {context.get('number', '')}")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(str(transition.label))
        if context.get("offer_correction"):
            self.form.set_value("correct", True)

    def submit(self, v):
        self.wants_correction = bool(v.get("correct"))
        return notices.act(self.window_.db, self.window_.actor, self.context["id"], self.context["action"],
                           version=self.context.get("version"), note=v.get("note", ""),
                           reason=v.get("reason", ""))


# ------------------------------------------------------------------------------------------ a posting

class PostingDialog(EditorDialog):
    """张贴记录: where and when the notice went up, with an optional photo."""

    kind = KIND

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [
            Field("location", T("Notice", "Location"), kind="combo", editable_combo=True, required=True,
                  choices=[(x, x) for x in LOCATIONS],
                  check=lambda t: _text(t, "location", rules.LOCATION_MAX)),
            Field("posted_at", T("Notice", "Posted at"), required=True, max_len=20, check=_when("posted_at")),
            Field("photo_path", T("Notice", "Photo"), max_len=rules.PATH_MAX, check=rules.check_photo_path),
            Field("note", T("Notice", "Note"), max_len=rules.NOTE_MAX,
                  check=lambda t: _text(t, "note", rules.NOTE_MAX, required=False)),
        ], context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Record a posting of {number}").format(number=context.get("number", "")))
        self.form.set_values({"posted_at": _now_text(), "location": ""})
        self.form.widgets["location"].setCurrentIndex(-1)
        self.form.clear_errors()
        browse = QPushButton(self.tr("Choose a &photo…"), self)
        browse.clicked.connect(lambda: _browse_photo(self))
        self.layout().insertWidget(2, browse, 0, Qt.AlignmentFlag.AlignRight)

    def submit(self, v):
        notices.add_posting(self.window_.db, self.window_.actor, self.context["id"], v["location"],
                            v["posted_at"], v["photo_path"], v["note"])
        return self.context["id"]


# ------------------------------------------------------------------------------------------ recipients

class RecipientsDialog(EditorDialog):
    """Add recipients to an individual notice by room code; each room's owner unless a name is given."""

    kind = KIND

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [
            Field("rooms", T("Notice", "Rooms"), required=True, max_len=2000,
                  placeholder=T("Notice", "Room codes, e.g. 3-2-1502 3-2-1503"),
                  check=lambda t: rules.parse_room_codes(t)),
            Field("name", T("Notice", "Recipient"), max_len=rules.NAME_MAX,
                  placeholder=T("Notice", "Empty: the room's owner as registered"),
                  check=lambda t: _text(t, "name", rules.NAME_MAX, required=False)),
        ], context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Add recipients to {number}").format(number=context.get("number", "")))

    def submit(self, v):
        notices.add_recipients(self.window_.db, self.window_.actor, self.context["id"], v["rooms"], v["name"])
        return self.context["id"]


class DeliveryDialog(EditorDialog):
    """送达: the recipient signed (who signed) or refused (who witnessed it), when and how."""

    kind = KIND

    def __init__(self, window, context: dict) -> None:
        action = context["action"]
        fields = [
            Field("delivered_at", T("Notice", "Delivered at"), required=True, max_len=20,
                  check=_when("delivered_at")),
            Field("method", T("Notice", "How"), kind="combo", choices=choices(DeliveryMethod)),
        ]
        if action == "sign":
            fields.append(Field("signed_by", T("Notice", "Signed by"), required=True, max_len=rules.NAME_MAX,
                                check=lambda t: _text(t, "signed_by", rules.NAME_MAX)))
        else:
            fields.append(Field("witness", T("Notice", "Witness"), required=True, max_len=rules.NAME_MAX,
                                check=lambda t: _text(t, "witness", rules.NAME_MAX)))
        fields += [
            Field("photo_path", T("Notice", "Photo"), max_len=rules.PATH_MAX, check=rules.check_photo_path),
            Field("note", T("Notice", "Note"), max_len=rules.NOTE_MAX,
                  check=lambda t: _text(t, "note", rules.NOTE_MAX, required=False)),
        ]
        super().__init__(window, "", fields, context=context)
        self.window_ = window
        self.setWindowTitle(f"{rules.DELIVERY.transition(action).label} — {context.get('room', '')} "
                            f"{context.get('name', '')}")
        self.form.set_values({"delivered_at": _now_text(), "signed_by": context.get("name", "")})
        browse = QPushButton(self.tr("Choose a &photo…"), self)
        browse.clicked.connect(lambda: _browse_photo(self))
        self.layout().insertWidget(2, browse, 0, Qt.AlignmentFlag.AlignRight)

    def submit(self, v):
        return notices.record_delivery(
            self.window_.db, self.window_.actor, self.context["recipient_id"], self.context["action"],
            version=self.context.get("version"), delivered_at=v["delivered_at"], method=v["method"],
            signed_by=v.get("signed_by", ""), witness=v.get("witness", ""), photo_path=v["photo_path"],
            note=v["note"])


drafts.register("notice", NoticeDialog)
