"""工作日志 — every phone or counter request as one row, entered fast from the keyboard.

The quick entry at the top takes a call as the user hears it: Tab from field to field, the channel with
Alt+1…Alt+5 (or its digit in the list), the category with Alt+letter (咨询 Z, 报修 B, 投诉 T, 建议 J, 求助 Q,
表扬 Y, 其他 O), the room with a completer over the registry's room codes, and Enter saves and clears the
form for the next call (the channel stays). A refused save keeps everything typed, with the reason beside
the field. Below, the lazy list with its filters (period, channel, category, open rows only, text), a
detail pane with the actions the workflow engine allows, and 转为… (turn the row into another workflow's
record through :mod:`app.ui.conversions`).

An idle lock keeps what was typed in the quick entry: the page saves it as a draft when the window
closes, and restores it when the same user signs in again (through :mod:`app.ui.drafts`).
"""
from __future__ import annotations

import json
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import duty as D
from app.domain.duty import WORK_LOG, WORKLOG_REVIEW, WORKLOG_WRITE, Category, Channel
from app.domain.errors import UserError
from app.domain.validation import check_text
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base
from app.services import duty as svc
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.pages.base import Page
from app.ui.widgets.form import Field, FormView
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import (
    Column,
    LazyTableModel,
    attr,
    label_of,
    record_view,
)

KIND = WORK_LOG.kind            # records_changed kind of the work log
QUICK_DRAFT = "worklog_quick"   # drafts key of the quick entry
_RED, _GREY = QBrush(QColor("#c62828")), QBrush(QColor("#9e9e9e"))


def _when(row) -> str:
    return f"{row.at:%H:%M}" if row.at.date() == date.today() else f"{row.at:%m-%d %H:%M}"


def _foreground(row):
    if row.status == "void":
        return _GREY
    return _RED if row.flagged else None


_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLUMNS = [
    Column("at", T("WorkLog", "Time"), _when, foreground=_foreground),
    Column("number", T("WorkLog", "No."), attr("number"), foreground=_foreground),
    Column("channel", T("WorkLog", "Channel"), label_of(Channel, "channel")),
    Column("caller", T("WorkLog", "Caller"), attr("caller")),
    Column("room", T("WorkLog", "Room"), attr("room_code")),
    Column("phone", T("WorkLog", "Phone"), attr("phone")),
    Column("category", T("WorkLog", "Category"), label_of(Category, "category")),
    Column("content", T("WorkLog", "Request"), attr("content")),
    Column("answer", T("WorkLog", "Answer"), attr("answer")),
    Column("result", T("WorkLog", "Result"), lambda r: r.result, foreground=_foreground),
]


def channel_choices() -> list[tuple[str, str]]:
    return [(c.value, f"{c.key} {c.label}") for c in Channel]


def category_choices() -> list[tuple[str, str]]:
    return [(c.value, f"{c.key} {c.label}") for c in Category]


RESULT_CHOICES = [("", T("WorkLog", "Open (no result yet)")), ("answered", T("WorkLog", "Answered")),
                  ("closed", T("WorkLog", "Closed"))]


def entry_fields(*, quick: bool) -> list[Field]:
    """The fields of a row, for the quick entry and the editor (the same checks as the service).

    The quick entry (four columns) takes them in the order of a call — channel, caller, room, phone,
    category, request, answer, result — with the time last (blank: now), which is also the Tab order.
    """
    at = Field("at", T("WorkLog", "Time"), max_len=16, placeholder=T("WorkLog", "now, or 14:05"),
               check=lambda text: D.parse_request_time(text, base.now()))
    fields = [
        Field("channel", T("WorkLog", "Channel"), kind="combo", choices=channel_choices()),
        Field("caller", T("WorkLog", "Caller"), required=True, max_len=D.MAX_CALLER, check=D.check_caller),
        Field("room", T("WorkLog", "Room"), max_len=30, placeholder=T("WorkLog", "e.g. 3-2-1502"),
              check=D.check_room_code),
        Field("phone", T("WorkLog", "Phone"), required=True, max_len=20),
        Field("category", T("WorkLog", "Category"), kind="combo", choices=category_choices()),
        Field("content", T("WorkLog", "Request"), required=True, max_len=D.MAX_CONTENT, span=3,
              check=D.check_content),
        Field("answer", T("WorkLog", "Answer"), max_len=D.MAX_ANSWER, span=2 if quick else 3,
              check=D.check_answer),
    ]
    if quick:
        fields.append(Field("result", T("WorkLog", "Result"), kind="combo",
                            choices=[(v, str(t)) for v, t in RESULT_CHOICES]))
        fields.append(at)
    else:
        fields.insert(0, at)                  # the editor: the time first, the texts full width
    return fields


def _input(values: dict) -> svc.EntryInput:
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


def _phone_check(form: FormView):
    return lambda text: D.check_caller_phone(text, form.value("channel"))


def _wire_row_form(form: FormView, page_or_dialog, db, actor) -> RoomCompleter:
    """What the quick entry and the editor share: the phone rule by channel, the room completer, the room
    checked against the registry when the user leaves the field."""
    form.fields["phone"].check = _phone_check(form)
    form.widgets["channel"].currentIndexChanged.connect(lambda *_: form.check_field("phone"))
    room = form.widgets["room"]
    completer = RoomCompleter(room, lambda text: svc.room_codes(db, actor, text))

    def check_room() -> None:
        code = D.check_room_code(room.text()) if not form.error_text("room") else ""
        if code and code not in svc.room_codes(db, actor, code, limit=1):
            form.set_error("room", str(T("WorkLog", "There is no room {code}").format(code=code)))
    room.editingFinished.connect(check_room)
    return completer


class QuickEntry(QGroupBox):
    """The quick-entry form; Enter anywhere in it saves (the room completer's popup keeps its Enter)."""

    def __init__(self, page: WorkLogPage) -> None:
        super().__init__(page)
        self.setTitle(self.tr("New request (F2)"))
        self.setObjectName("quickEntry")
        self.page = page
        layout = QHBoxLayout(self)
        self.form = FormView(entry_fields(quick=True), columns=4, parent=self)
        layout.addWidget(self.form, 1)
        side = QVBoxLayout()
        self.save_btn = QPushButton(self.tr("Save (Enter)"), self, objectName="quickSave")
        self.save_btn.clicked.connect(page.save_quick)
        self.clear_btn = QPushButton(self.tr("Clear"), self, objectName="quickClear")
        self.clear_btn.clicked.connect(lambda: page.clear_quick(keep_channel=True))
        side.addWidget(self.save_btn)
        side.addWidget(self.clear_btn)
        side.addStretch(1)
        layout.addLayout(side)
        self.completer = _wire_row_form(self.form, page, page.db, page.actor)
        self.form.widgets["answer"].textEdited.connect(self._answered)
        self.form.widgets["result"].activated.connect(lambda *_: setattr(self, "_result_chosen", True))
        self._result_chosen = False
        self.form.widgets["channel"].setToolTip(self.tr("Alt+1 … Alt+5, or type the digit"))
        self.form.widgets["category"].setToolTip(self.tr(
            "Alt+Z enquiry, Alt+B repair, Alt+T complaint, Alt+J suggestion, Alt+Q help, Alt+Y praise, "
            "Alt+O other; or type the letter"))

    def _answered(self, text: str) -> None:
        """An answer typed while the result is still open makes the row answered (unless chosen)."""
        if not self._result_chosen:
            self.form.set_value("result", "answered" if text.strip() else "")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.page.save_quick()
            return
        super().keyPressEvent(event)


class WorkLogPage(Page):
    watches = (KIND, "duty_log")
    report_title = T("WorkLog", "Work log")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_write = self.actor.can(WORKLOG_WRITE)
        self._loaded = False
        self.saving = False
        self.current = None        # the EntryView of the selected row
        self.quick = QuickEntry(self)
        self.quick.setVisible(self.can_write)
        self.outer.addWidget(self.quick)
        self.outer.addLayout(self._filter_bar())
        self.outer.addLayout(self._day_bar())
        self.splitter = QSplitter(self)
        self.model = LazyTableModel(COLUMNS, lambda after, n: [], parent=self)
        self.view = record_view(self, self.model, "worklogTable")
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.view.doubleClicked.connect(lambda *_: self.edit_row())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        for k, width in enumerate((48, 128, 70, 64, 72, 96, 58, 220, 140)):
            self.view.setColumnWidth(k, width)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self._detail_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        persist_splitter(self.splitter, "worklog", [920, 300])
        self.outer.addWidget(self.splitter, 1)
        self.outer.addLayout(self._bottom_bar())
        self._shortcuts()
        self.clear_quick(keep_channel=False)
        window.installEventFilter(_DraftKeeper(self))

    # ------------------------------------------------------------------------------------------ layout
    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.period = QComboBox(self, objectName="periodFilter")
        for key, label in (("today", self.tr("Today")), ("yesterday", self.tr("Yesterday")),
                           ("week", self.tr("Last 7 days")), ("month", self.tr("This month")),
                           ("range", self.tr("Date range…")), ("all", self.tr("All dates"))):
            self.period.addItem(label, key)
        self.date_from = QDateEdit(self, objectName="dateFrom", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.date_to = QDateEdit(self, objectName="dateTo", calendarPopup=True, displayFormat="yyyy-MM-dd")
        for edit in (self.date_from, self.date_to):
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(lambda *_: self.reload())
        self.channel_filter = QComboBox(self, objectName="channelFilter")
        self.channel_filter.addItem(self.tr("All channels"), "")
        for c in Channel:
            self.channel_filter.addItem(str(c.label), c.value)
        self.category_filter = QComboBox(self, objectName="categoryFilter")
        self.category_filter.addItem(self.tr("All categories"), "")
        for c in Category:
            self.category_filter.addItem(str(c.label), c.value)
        self.open_only = QCheckBox(self.tr("&Open rows only"), self, objectName="openOnly")
        self.search = QLineEdit(self, objectName="worklogSearch")
        self.search.setPlaceholderText(self.tr("Caller, room, phone, request or No."))
        self.search.setClearButtonEnabled(True)
        self.period.currentIndexChanged.connect(self._period_changed)
        for combo in (self.channel_filter, self.category_filter):
            combo.currentIndexChanged.connect(lambda *_: self.reload())
        self.open_only.toggled.connect(lambda *_: self.reload())
        self.search.textChanged.connect(lambda *_: self.reload())
        for w in (self.period, self.date_from, self.date_to, self.channel_filter, self.category_filter,
                  self.open_only):
            bar.addWidget(w)
        bar.addWidget(self.search, 1)
        self._period_changed()
        return bar

    def _day_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.day_label = QLabel(self, objectName="dayLabel")
        self.day_label.setTextFormat(Qt.TextFormat.RichText)
        self.review_btn = QPushButton(self.tr("Mark the day as checked…"), self, objectName="reviewDay")
        self.review_btn.setVisible(self.actor.can(WORKLOG_REVIEW))
        self.review_btn.clicked.connect(self.review_day)
        bar.addWidget(self.day_label, 1)
        bar.addWidget(self.review_btn)
        return bar

    def _detail_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Request"), self)
        layout = QVBoxLayout(box)
        self.detail = QLabel(self.tr("Choose a row."), box, objectName="worklogDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail, 1)
        self.actions_row = QHBoxLayout()
        self._buttons: dict[str, QPushButton] = {}
        for t in WORK_LOG.transitions:   # one button per declared action, shown when the engine allows it
            button = QPushButton(str(t.label) + "…", box, objectName=f"action_{t.name}")
            button.clicked.connect(lambda _=False, name=t.name: self.act(name))
            button.hide()
            self.actions_row.addWidget(button)
            self._buttons[t.name] = button
        self.actions_row.addStretch(1)
        layout.addLayout(self.actions_row)
        more = QHBoxLayout()
        self.edit_btn = QPushButton(self.tr("&Edit…"), box, objectName="editRow")
        self.edit_btn.clicked.connect(self.edit_row)
        self.convert_btn = QToolButton(box, objectName="convertRow")
        self.convert_btn.setText(self.tr("Con&vert to…"))
        self.convert_btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.convert_menu = QMenu(self.convert_btn)
        self.convert_btn.setMenu(self.convert_menu)
        more.addWidget(self.edit_btn)
        more.addWidget(self.convert_btn)
        more.addStretch(1)
        layout.addLayout(more)
        self.action_buttons: dict[str, QPushButton] = {}
        self._show_detail(None)
        return box

    def _bottom_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.count_label = QLabel(self, objectName="countLabel")
        self.print_list_btn = QPushButton(self.tr("Print list"), self, objectName="printList")
        self.print_list_btn.clicked.connect(lambda: self.print_list())
        self.export_list_btn = QPushButton(self.tr("Export to Excel"), self, objectName="exportList")
        self.export_list_btn.clicked.connect(lambda: self.export_list())
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.print_list_btn)
        bar.addWidget(self.export_list_btn)
        return bar

    def _shortcuts(self) -> None:
        def add(sequence: str, slot) -> None:
            sc = QShortcut(QKeySequence(sequence), self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(slot)
        add("F2", self.focus_quick)
        if self.can_write:
            for c in Channel:
                add(f"Alt+{c.key}", lambda c=c: self.quick.form.set_value("channel", c.value))
            for c in Category:
                add(f"Alt+{c.key}", lambda c=c: self.quick.form.set_value("category", c.value))

    # ------------------------------------------------------------------------------------------ quick entry
    def focus_quick(self) -> None:
        if self.can_write:
            self.quick.form.widgets["caller"].setFocus()
            self.quick.form.widgets["caller"].selectAll()

    def clear_quick(self, keep_channel: bool = True) -> None:
        form = self.quick.form
        channel = form.value("channel")
        form.set_values({"at": "", "caller": "", "room": "", "phone": "", "content": "", "answer": "",
                         "result": "", "category": Category.ENQUIRY.value,
                         "channel": channel if keep_channel else Channel.PHONE.value})
        form.clear_errors()
        self.quick._result_chosen = False

    def quick_has_input(self) -> bool:
        values = self.quick.form.values()
        return any(str(values[k]).strip() for k in ("caller", "room", "phone", "content", "answer", "at"))

    def save_quick(self) -> None:
        if self.saving or not self.can_write:
            return
        form = self.quick.form
        if not form.check_all():
            form.widgets[form.first_invalid()].setFocus()
            return
        data = _input(form.values())
        self.saving = True
        self.quick.save_btn.setEnabled(False)
        db, actor = self.db, self.actor
        self.ops.run(lambda: svc.create_entry(db, actor, data), kind=KIND,
                     on_success=self._quick_saved, on_error=self._quick_refused)

    def _quick_saved(self, entry_id: int) -> None:
        self.saving = False
        self.quick.save_btn.setEnabled(True)
        number = svc.get_entry(self.db, self.actor, entry_id).number
        self.bar.info(self.tr("Saved {number}.").format(number=number))
        self.last_saved = entry_id
        self.clear_quick(keep_channel=True)
        self.focus_quick()

    def _quick_refused(self, exc: UserError) -> None:
        self.saving = False
        self.quick.save_btn.setEnabled(True)
        if not self.quick.form.show_user_error(exc):
            self.bar.error(str(exc))

    # ------------------------------------------------------------------------------------------ list
    def _period_changed(self) -> None:
        key = self.period.currentData()
        custom = key == "range"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)
        self.reload()

    def filters(self) -> dict:
        today = date.today()
        key = self.period.currentData()
        day_from = day_to = None
        if key == "today":
            day_from = day_to = today
        elif key == "yesterday":
            day_from = day_to = today - timedelta(days=1)
        elif key == "week":
            day_from, day_to = today - timedelta(days=6), today
        elif key == "month":
            day_from, day_to = today.replace(day=1), today
        elif key == "range":
            day_from, day_to = self.date_from.date().toPython(), self.date_to.date().toPython()
            if day_to < day_from:
                day_from, day_to = day_to, day_from
        return {"day_from": day_from, "day_to": day_to, "channel": self.channel_filter.currentData() or None,
                "category": self.category_filter.currentData() or None, "open_only": self.open_only.isChecked(),
                "text": self.search.text()}

    def shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()
        self.focus_quick()

    def refresh(self) -> None:
        self.reload()

    def _changed(self, kind: str, ids) -> None:
        if kind in self.watches and self._loaded:
            self.reload()

    def reload(self) -> None:
        if not self._loaded:
            return   # not shown yet (or the filter bar is being built)
        filters = self.filters()
        db, actor = self.db, self.actor
        self._filters = filters
        self._fetch = lambda after, n: svc.list_entries(db, actor, after=after, limit=n, **filters)
        selected = self.current.id if self.current else None
        self.model.set_fetch(self._fetch)
        total, opened = svc.count_entries(db, actor, **filters)
        self.count_label.setText(self.tr("{n} requests, {m} without a result").format(n=total, m=opened))
        self._update_day(filters)
        row = self.model.find(lambda r: r.id == selected) if selected else -1
        if row >= 0:
            self.view.selectRow(row)
            self.select_entry(selected)
        else:
            self._show_detail(None)

    def _update_day(self, filters: dict) -> None:
        day = filters["day_from"] if filters["day_from"] and filters["day_from"] == filters["day_to"] else None
        self.review_day_value = day
        if day is None:
            self.day_label.setText("")
            self.review_btn.setEnabled(False)
            return
        summary = svc.day_summary(self.db, self.actor, day)
        parts = [self.tr("{day}: {n} requests, {m} without a result").format(
            day=day.strftime("%Y-%m-%d"), n=summary.total, m=summary.open)]
        if summary.flagged:
            parts[0] = f"<span style='color:#c62828;font-weight:600'>{parts[0]}</span> " + self.tr(
                "— the day's desk hours are over: give every row a result or its follow-up.")
        if summary.review:
            r = summary.review
            parts.append(self.tr("Checked by {name} at {at}").format(name=r.reviewed_by,
                                                                    at=r.reviewed_at.strftime("%m-%d %H:%M")))
        self.day_label.setText(" · ".join(parts))
        self.review_btn.setEnabled(summary.review is None and day <= date.today())

    def _selected(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.select_entry(row.id)

    def select_entry(self, entry_id: int) -> None:
        try:
            self.current = svc.get_entry(self.db, self.actor, entry_id)
        except UserError as exc:
            self.bar.error(str(exc))
            self.current = None
        self._show_detail(self.current)

    def _show_detail(self, e) -> None:
        allowed = {t.name for t in WORK_LOG.allowed_actions(e.status, self.actor.permissions)} if e else set()
        for name, button in self._buttons.items():
            button.setVisible(name in allowed)
        self.action_buttons = {n: b for n, b in self._buttons.items() if n in allowed}
        self.convert_menu.clear()
        if e is None:
            self.current = None
            self.detail.setText(self.tr("Choose a row."))
            self.edit_btn.setEnabled(False)
            self.convert_btn.setEnabled(False)
            return
        rows = [
            (self.tr("No."), e.number), (self.tr("Time"), e.at.strftime("%Y-%m-%d %H:%M")),
            (self.tr("Channel"), Channel(e.channel).label), (self.tr("Category"), Category(e.category).label),
            (self.tr("Caller"), e.caller), (self.tr("Room"), e.room_code or "—"), (self.tr("Phone"), e.phone or "—"),
            (self.tr("Request"), e.content), (self.tr("Answer"), e.answer or "—"),
            (self.tr("Result"), e.status_label + (f" · {e.transfer_to}" if e.transfer_to else "")),
        ]
        if e.closed_at:
            rows.append((self.tr("Closed at"), e.closed_at.strftime("%Y-%m-%d %H:%M")))
        if e.links:
            rows.append((self.tr("Turned into"), "、".join(lk.number or f"{lk.kind} #{lk.record_id}"
                                                         for lk in e.links)))
        rows.append((self.tr("Recorded by"), f"{e.created_by}" + (f" · {e.duty_number}" if e.duty_number else "")))
        html = "<table cellspacing=3>" + "".join(
            f"<tr><td style='color:#666' valign=top>{_esc(k)}</td><td>{_esc(v)}</td></tr>" for k, v in rows)
        html += "</table>"
        logged = self.tr("Logged")
        history = "".join(f"<div style='color:#555'>{ev.at:%m-%d %H:%M} · "
                          f"{_esc(WORK_LOG.transition(ev.action).label if ev.action != 'create' else logged)}"
                          f"{(' · ' + _esc(ev.note)) if ev.note else ''}</div>" for ev in e.events)
        self.detail.setText(html + history)
        terminal = WORK_LOG.state(e.status).terminal
        self.edit_btn.setEnabled(self.can_write and not terminal)
        self._fill_convert_menu(e)

    # ------------------------------------------------------------------------------------------ actions
    def act(self, action: str):
        if self.current is None:
            return None
        dlg = ResultDialog(self.window_, {"id": self.current.id, "version": self.current.version,
                                          "number": self.current.number, "action": action,
                                          "answer": self.current.answer})
        dlg.accepted.connect(lambda: self.bar.info(self.tr("Saved.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def edit_row(self):
        if self.current is None or not self.can_write or WORK_LOG.state(self.current.status).terminal:
            return None
        e = self.current
        values = {"at": e.at.strftime("%Y-%m-%d %H:%M"), "channel": e.channel, "caller": e.caller,
                  "room": e.room_code, "phone": "" if e.phone_masked else e.phone, "category": e.category,
                  "content": e.content, "answer": e.answer}
        dlg = EntryDialog(self.window_, {"id": e.id, "version": e.version, "number": e.number,
                                         "masked": e.phone_masked, "values": values})
        dlg.accepted.connect(lambda: self.bar.info(self.tr("Saved.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def _fill_convert_menu(self, e) -> None:
        from app.ui import conversions
        available = conversions.available(self.actor) if self.can_write and e.status != "void" else []
        for conversion in available:
            action = self.convert_menu.addAction(str(conversion.label))
            action.triggered.connect(lambda _=False, c=conversion: self.convert(c))
        self.convert_btn.setEnabled(bool(available))

    def prefill(self, e) -> dict:
        """What a conversion's editor is filled in with (the keys every opener reads)."""
        return {"caller": e.caller, "phone": "" if e.phone_masked else e.phone, "room": e.room_code,
                "content": e.content, "channel": e.channel, "category": e.category, "at": e.at,
                "answer": e.answer, "worklog_id": e.id, "worklog_number": e.number}

    def convert(self, conversion):
        """转为…: open the target workflow's editor pre-filled; when it is saved, link the row to it."""
        if self.current is None:
            return None
        entry_id = self.current.id
        db, actor = self.db, self.actor

        def on_saved(record_id: int, number: str = "") -> None:
            self.ops.run(lambda: svc.link_record(db, actor, entry_id, conversion.kind, int(record_id), number),
                         kind=KIND, on_success=lambda _id: self.bar.info(self.tr("Linked to the new record.")),
                         on_error=lambda exc: self.bar.error(str(exc)))
        try:
            return conversion.open(self.window_, self.prefill(self.current), on_saved)
        except (ImportError, AttributeError):
            self.bar.error(self.tr("“{what}” is not available in this version.").format(what=conversion.label))
            return None

    def review_day(self):
        day = getattr(self, "review_day_value", None)
        if day is None:
            return None
        dlg = ReviewDialog(self.window_, {"day": day.isoformat()})
        dlg.accepted.connect(lambda: self.bar.info(self.tr("The day is marked as checked.")))
        dlg.show()
        self.dialog = dlg
        return dlg

    def _context_menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid() or self.current is None:
            return
        menu = QMenu(self)
        for name, button in self.action_buttons.items():
            menu.addAction(button.text(), lambda n=name: self.act(n))
        if self.edit_btn.isEnabled():
            menu.addAction(self.edit_btn.text().replace("&", ""), self.edit_row)
        if self.convert_btn.isEnabled():
            sub = menu.addMenu(self.convert_btn.text().replace("&", ""))
            for action in self.convert_menu.actions():
                sub.addAction(action)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------------------------------ list report
    def report_columns(self):
        return COLUMNS

    def report_fetch(self):
        return getattr(self, "_fetch", None)

    def report_filter_text(self) -> str:
        f = getattr(self, "_filters", None) or self.filters()
        parts = []
        if f["day_from"]:
            span = f["day_from"].strftime("%Y-%m-%d")
            if f["day_to"] != f["day_from"]:
                span += " – " + f["day_to"].strftime("%Y-%m-%d")
            parts.append(self.tr("Date: {span}").format(span=span))
        if f["channel"]:
            parts.append(self.tr("Channel: {c}").format(c=Channel(f["channel"]).label))
        if f["category"]:
            parts.append(self.tr("Category: {c}").format(c=Category(f["category"]).label))
        if f["open_only"]:
            parts.append(self.tr("Open rows only"))
        if f["text"].strip():
            parts.append(self.tr("Text: {t}").format(t=f["text"].strip()))
        return self.tr("; ").join(parts) or self.tr("All requests")


def _esc(value) -> str:
    from html import escape
    return escape(str(value))


class _DraftKeeper(QObject):
    """Keeps the quick entry's typing when the window closes (idle lock, sign-out, exit): stored as a
    draft of its user, restored when they sign in again (app.ui.drafts)."""

    def __init__(self, page: WorkLogPage) -> None:
        super().__init__(page)
        self.page = page

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and getattr(self.page.window_, "session", None) is not None:
            try:
                save_quick_draft(self.page)
            except Exception:  # noqa: BLE001 - a failed draft must not stop the lock
                import logging
                logging.getLogger(__name__).exception("work-log draft not kept")
        return False


def save_quick_draft(page: WorkLogPage) -> bool:
    if not page.can_write or not page.quick_has_input() or page.actor.staff_id is None:
        return False
    from sqlalchemy import delete

    from db.models import UiDraft
    payload = {"context": {}, "values": page.quick.form.values()}
    with page.db.write() as s:
        s.execute(delete(UiDraft).where(UiDraft.staff_id == page.actor.staff_id,
                                        UiDraft.form_key.like(f"{QUICK_DRAFT}#%")))
        s.add(UiDraft(staff_id=page.actor.staff_id, form_key=f"{QUICK_DRAFT}#0",
                      payload=json.dumps(payload, ensure_ascii=False)))
    return True


class _QuickDraft:
    """What :func:`app.ui.drafts.reopen` expects of a reopened editor, for the page's quick entry."""

    def __init__(self, window, context: dict) -> None:
        self.page = window.show_page("worklog")
        self.form = self.page.quick.form
        self.bar = self.page.bar

    def tr(self, text: str) -> str:
        return self.page.tr(text)

    def show(self) -> None:
        self.page.quick.form.check_all()


drafts.register(QUICK_DRAFT, _QuickDraft)


# ---------------------------------------------------------------------------------------------- dialogs

class EntryDialog(EditorDialog):
    """Correct a row's details (not its result) while it is open, answered or transferred."""

    kind = KIND
    form_key = "worklog_entry"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", entry_fields(quick=False), columns=3, context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Edit request {number}").format(number=context.get("number", "")))
        self.resize(820, self.sizeHint().height())
        self.form.set_values(context.get("values", {}))
        self.completer = _wire_row_form(self.form, self, window.db, window.actor)
        if context.get("masked"):
            self.form.fields["phone"].required = False
            self.form.fields["phone"].check = None
            self.form.widgets["phone"].setPlaceholderText(self.tr("unchanged (shown masked)"))

    def submit(self, v):
        keep = bool(self.context.get("masked")) and not v["phone"].strip()
        return svc.update_entry(self.window_.db, self.window_.actor, self.context["id"], _input(v),
                                self.context.get("version"), keep_phone=keep)


def _required(key: str, label: Text, max_len: int):
    return lambda text: check_text(text, key, str(label), max_len=max_len)


_ANSWER, _RESULT = T("WorkLog", "Answer"), T("WorkLog", "Answer or result")
_TRANSFER, _REASON = T("WorkLog", "Transferred to"), T("Field", "Reason")
_ACTION_FIELDS = {
    "answer": [Field("answer", _ANSWER, kind="multiline", required=True,
                     check=_required("answer", _ANSWER, D.MAX_ANSWER))],
    "close": [Field("answer", _RESULT, kind="multiline", required=True,
                    check=_required("answer", _RESULT, D.MAX_ANSWER)),
              Field("note", T("WorkLog", "Note"), max_len=200)],
    "transfer": [Field("transfer_to", _TRANSFER, required=True, max_len=D.MAX_TRANSFER,
                       placeholder=T("WorkLog", "e.g. 工程部 张师傅"),
                       check=_required("transfer_to", _TRANSFER, D.MAX_TRANSFER)),
                 Field("note", T("WorkLog", "Note"), max_len=200)],
    "void": [Field("reason", _REASON, required=True, max_len=200, check=_required("reason", _REASON, 200))],
}


class ResultDialog(EditorDialog):
    """Answer, transfer, close or void a row (the engine's action, with the field it requires)."""

    kind = KIND
    form_key = "worklog_action"

    def __init__(self, window, context: dict) -> None:
        action = context["action"]
        super().__init__(window, "", _ACTION_FIELDS[action], context=context)
        self.window_ = window
        self.setWindowTitle(f"{WORK_LOG.transition(action).label} — {context.get('number', '')}")
        if action == "close" and context.get("answer"):
            self.form.set_value("answer", context["answer"])

    def submit(self, v):
        return svc.act(self.window_.db, self.window_.actor, self.context["id"], self.context["action"], v,
                       self.context.get("version"))


class ReviewDialog(EditorDialog):
    """The supervisor's daily check of the work log (每日检查)."""

    kind = KIND
    form_key = "worklog_review"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [
            Field("note", T("WorkLog", "Note (how open rows are followed up)"), kind="multiline", max_len=500),
        ], context=context)
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
drafts.register("worklog_action", ResultDialog)
drafts.register("worklog_review", ReviewDialog)

