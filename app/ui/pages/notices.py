"""通知 — the notices page: status chips, kind and text filters, the lazy list (通告发布目录 when printed),
and the detail of the chosen notice: its fields, lead time and expiry, the action buttons the workflow
allows this user, print buttons, and tabs for the recipients (individual notices), the postings and the
timeline.

Buttons come from :func:`app.services.notices.available_actions` (the declaration, less the service's
guards) and the delivery buttons from the ``notice_delivery`` declaration: no status ``if`` here decides
what a user may do.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import notices as rules
from app.domain.notices import NOTICE_DRAFT, Channel, NoticeKind
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import notices
from app.ui.pages.base import Page
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import Column, LazyTableModel, attr, label_of

KIND = notices.KIND
#: letters the page's fixed buttons use (New, Edit, Print, sign sheet, Add recipients, posting, index,
#: export); the action buttons take the first free letter of their label
RESERVED_MNEMONICS = ("n", "e", "p", "g", "a", "o", "i", "x")
#: actions whose optional note is worth asking for (an approval opinion, how a notice was taken down)
DIALOG_ACTIONS = ("approve", "reject", "remove", "void")
RED, AMBER = QColor("#c62828"), QColor("#b26a00")


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _status_colour(row):
    if row.expired:
        return RED
    if row.expiring or row.status == "pending":
        return AMBER
    return None


LIST_COLUMNS = [
    Column("number", T("Notice", "No."), attr("number"), width=112),
    Column("title", T("Notice", "Title"), attr("title"), width=250),
    Column("kind", T("Notice", "Kind"), label_of(NoticeKind, "kind"), width=110),
    Column("status", T("Notice", "Status"), lambda r: r.status_label, foreground=_status_colour, width=140),
    Column("from", T("Notice", "Applies from"), lambda r: _when(r.effective_from), width=122),
    Column("until", T("Notice", "Valid until"), lambda r: _when(r.valid_until), width=122),
    Column("scope", T("Notice", "Scope"), attr("scope"), width=140),
    Column("deliveries", T("Notice", "Deliveries"), attr("recipients")),
]

RECIPIENT_COLUMNS = [
    Column("room", T("Notice", "Room"), attr("room"), width=80),
    Column("name", T("Notice", "Recipient"), attr("name"), width=70),
    Column("status", T("Notice", "Delivery"), lambda r: r.status_label,
           foreground=lambda r: RED if r.status == "refused" else None, width=130),
    Column("at", T("Notice", "Delivered at"), lambda r: _when(r.delivered_at), width=122),
    Column("method", T("Notice", "How"), lambda r: r.method_label, width=120),
    Column("signed", T("Notice", "Signed by / witness"), lambda r: r.signed_by or r.witness, width=90),
    Column("by", T("Notice", "Recorded by"), attr("by"), width=70),
    Column("note", T("Notice", "Note"), attr("note")),
]

POSTING_COLUMNS = [
    Column("where", T("Notice", "Location"), attr("location"), width=150),
    Column("at", T("Notice", "Posted at"), lambda p: _when(p.posted_at), width=122),
    Column("by", T("Notice", "By"), attr("by"), width=70),
    Column("photo", T("Notice", "Photo"), attr("photo_path")),
    Column("note", T("Notice", "Note"), attr("note")),
]

EVENT_COLUMNS = [
    Column("at", T("Notice", "Time"), lambda e: _when(e.at), width=122),
    Column("who", T("Notice", "By"), attr("who"), width=70),
    Column("action", T("Notice", "Action"), attr("action"), width=130),
    Column("change", T("Notice", "Status"), attr("change"), width=170),
    Column("note", T("Notice", "Note"), attr("note")),
]


def _table(parent, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    for k, column in enumerate(model.columns):
        if column.width:
            view.setColumnWidth(k, column.width)
    return view


def with_mnemonic(text: str, used: set[str], hint: str = "") -> str:
    """``text`` with a mnemonic no other button of the row uses: ``&`` before its first free Latin letter,
    or, for a label without one (Chinese: 提交审批), ``(&S)`` after it with a letter of ``hint`` (the
    action's code) — the way Chinese Qt programs write mnemonics."""
    for i, ch in enumerate(text):
        key = ch.lower()
        if ch.isascii() and ch.isalnum() and key not in used:
            used.add(key)
            return text[:i] + "&" + text[i:]
    for ch in hint.lower() + "abcdefghijklmnopqrstuvwxyz":
        if ch.isascii() and ch.isalpha() and ch not in used:
            used.add(ch)
            return f"{text}(&{ch.upper()})"
    return text


class NoticesPage(Page):
    watches = (KIND,)
    report_title = T("Notice", "Notice index")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_draft = self.actor.can(NOTICE_DRAFT)
        self.detail: notices.NoticeDetail | None = None
        self.notice_id: int | None = None
        self.view_code = "open"
        self.dialog = None
        self.outer.addLayout(self._filter_bar())
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self._list_pane())
        self.splitter.addWidget(self._detail_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.outer.addWidget(self.splitter, 1)
        persist_splitter(self.splitter, "notices", [760, 560])
        self._shortcuts()
        self._loaded = False
        self._show_detail(None)

    # ------------------------------------------------------------------ building
    def _filter_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        self.chip_buttons: dict[str, QPushButton] = {}
        for k, (code, label) in enumerate(notices.VIEWS, 1):
            b = QPushButton(str(label), self, objectName=f"chip_{code}")
            b.setShortcut(QKeySequence(f"Alt+{k}"))
            b.setToolTip(self.tr("Alt+{n}").format(n=k))
            b.setCheckable(True)
            b.setChecked(code == self.view_code)
            b.setStyleSheet("QPushButton{padding:3px 10px;border:1px solid #c8ced8;border-radius:11px;"
                            "background:white;} QPushButton:checked{background:#2f6fdf;color:white;"
                            "border-color:#2f6fdf;}")
            b.clicked.connect(lambda _=False, c=code: self.set_view(c))
            self.chips.addButton(b)
            self.chip_buttons[code] = b
            row.addWidget(b)
        row.addSpacing(12)
        self.kind_filter = QComboBox(self, objectName="kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for m in NoticeKind:
            self.kind_filter.addItem(str(m.label), m.value)
        self.kind_filter.currentIndexChanged.connect(lambda *_: self.reload_list())
        row.addWidget(self.kind_filter)
        self.search = QLineEdit(self, objectName="noticeSearch")
        self.search.setPlaceholderText(self.tr("Title or number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda *_: self.reload_list())
        row.addWidget(self.search, 1)
        self.new_button = QPushButton(self.tr("&New notice"), self, objectName="newNotice")
        self.new_button.setToolTip(self.tr("Draft a new notice (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_notice())
        self.new_button.setEnabled(self.can_draft)
        row.addWidget(self.new_button)
        return row

    def _list_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.model = LazyTableModel(LIST_COLUMNS, lambda after, n: [], parent=self)
        self.table = _table(box, self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        self.table.doubleClicked.connect(lambda *_: self.edit_notice())
        layout.addWidget(self.table, 1)
        self.empty_hint = QLabel(box, objectName="emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color:#666;padding:8px;")
        layout.addWidget(self.empty_hint)
        bottom = QHBoxLayout()
        self.count_label = QLabel(box)
        bottom.addWidget(self.count_label, 1)
        self.print_list_btn = QPushButton(self.tr("Print &index"), box, objectName="printList")
        self.print_list_btn.setToolTip(self.tr("Print the notices of the current filter (通告发布目录)"))
        self.print_list_btn.clicked.connect(lambda: self.print_list())
        self.export_btn = QPushButton(self.tr("E&xport to Excel"), box, objectName="exportList")
        self.export_btn.clicked.connect(lambda: self.export_list())
        bottom.addWidget(self.print_list_btn)
        bottom.addWidget(self.export_btn)
        layout.addLayout(bottom)
        return box

    def _detail_pane(self) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        box = QWidget(scroll)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title_label = QLabel(box, objectName="noticeTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title_label)
        self.alert_label = QLabel(box, objectName="noticeAlert")
        self.alert_label.setWordWrap(True)
        layout.addWidget(self.alert_label)
        self.actions_row = QHBoxLayout()
        layout.addLayout(self.actions_row)
        self.action_buttons: dict[str, QPushButton] = {}
        tools = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit"), box, objectName="editNotice")
        self.edit_button.setToolTip(self.tr("Edit the draft (Ctrl+E)"))
        self.edit_button.clicked.connect(lambda: self.edit_notice())
        self.print_button = QPushButton(self.tr("&Print notice"), box, objectName="printNotice")
        self.print_button.setToolTip(self.tr("Print the notice (Ctrl+P)"))
        self.print_button.clicked.connect(lambda: self.print_notice())
        self.sheet_button = QPushButton(self.tr("Print si&gn sheet"), box, objectName="printSignSheet")
        self.sheet_button.clicked.connect(lambda: self.print_sign_sheet())
        for b in (self.edit_button, self.print_button, self.sheet_button):
            tools.addWidget(b)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.fields = QFormLayout()
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.field_labels: dict[str, QLabel] = {}
        for key, label in (("official", T("Notice", "Official No.")), ("kind", T("Notice", "Kind")),
                           ("period", T("Notice", "Applies")), ("lead", T("Notice", "Lead time")),
                           ("scope", T("Notice", "Scope")), ("channels", T("Notice", "Channels")),
                           ("issuer", T("Notice", "Issuer")), ("people", T("Notice", "Handled by")),
                           ("links", T("Notice", "Corrections"))):
            value = QLabel(box, objectName=f"field_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(str(label), value)
            self.field_labels[key] = value
        layout.addLayout(self.fields)
        self.body_view = QPlainTextEdit(box, objectName="noticeBody")
        self.body_view.setReadOnly(True)
        self.body_view.setMinimumHeight(90)
        self.body_view.setMaximumHeight(140)
        layout.addWidget(self.body_view)
        self.tabs = QTabWidget(box)
        self.tabs.addTab(self._recipients_tab(), self.tr("Recipients"))
        self.tabs.addTab(self._postings_tab(), self.tr("Postings"))
        self.events = LazyTableModel(EVENT_COLUMNS, lambda after, n: [], parent=self)
        self.events_view = _table(box, self.events)
        self.tabs.addTab(self.events_view, self.tr("History"))
        layout.addWidget(self.tabs, 1)
        scroll.setWidget(box)
        self.detail_box = box
        return scroll

    def _recipients_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        self.recipients = LazyTableModel(RECIPIENT_COLUMNS, lambda after, n: [], parent=self)
        self.recipients_view = _table(tab, self.recipients)
        self.recipients_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_delivery())
        layout.addWidget(self.recipients_view, 1)
        self.recipients_hint = QLabel(tab)
        self.recipients_hint.setStyleSheet("color:#666;")
        self.recipients_hint.setWordWrap(True)
        layout.addWidget(self.recipients_hint)
        row = QHBoxLayout()
        self.add_recipients_btn = QPushButton(self.tr("&Add recipients…"), tab, objectName="addRecipients")
        self.add_recipients_btn.clicked.connect(lambda: self.add_recipients())
        row.addWidget(self.add_recipients_btn)
        self.delivery_buttons: dict[str, QPushButton] = {}
        used = set(RESERVED_MNEMONICS) | {"t"}
        for t in rules.DELIVERY.transitions:
            b = QPushButton(with_mnemonic(str(t.label), used, t.name) + "…", tab,
                            objectName=f"delivery_{t.name}")
            b.clicked.connect(lambda _=False, name=t.name: self.record_delivery(name))
            self.delivery_buttons[t.name] = b
            row.addWidget(b)
        self.remove_recipient_btn = QPushButton(self.tr("&Take off the list"), tab,
                                                objectName="removeRecipient")
        self.remove_recipient_btn.clicked.connect(lambda: self.remove_recipient())
        row.addWidget(self.remove_recipient_btn)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _postings_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 4, 4, 4)
        self.postings = LazyTableModel(POSTING_COLUMNS, lambda after, n: [], parent=self)
        self.postings_view = _table(tab, self.postings)
        layout.addWidget(self.postings_view, 1)
        self.postings_hint = QLabel(tab)
        self.postings_hint.setStyleSheet("color:#666;")
        self.postings_hint.setWordWrap(True)
        layout.addWidget(self.postings_hint)
        row = QHBoxLayout()
        self.add_posting_btn = QPushButton(self.tr("Record a p&osting…"), tab, objectName="addPosting")
        self.add_posting_btn.clicked.connect(lambda: self.add_posting())
        row.addWidget(self.add_posting_btn)
        row.addStretch(1)
        layout.addLayout(row)
        return tab

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_notice),
                           ("Ctrl+E", self.edit_notice), (QKeySequence.StandardKey.Print, self.print_notice),
                           (QKeySequence.StandardKey.Find, self.search.setFocus),
                           (QKeySequence.StandardKey.Refresh, self.refresh)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ data
    def shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self.reload_list()
        if self.notice_id:
            self.load_detail(self.notice_id)

    def set_view(self, code: str) -> None:
        self.view_code = code
        self.chip_buttons[code].setChecked(True)
        self.reload_list()

    def _filters(self) -> dict:
        return dict(view=self.view_code, kind=self.kind_filter.currentData() or None, text=self.search.text())

    def reload_list(self) -> None:
        filters = self._filters()
        db, actor = self.db, self.actor
        self._fetch = lambda after, n: notices.list_notices(db, actor, after=after, limit=n, **filters)
        self.model.set_fetch(self._fetch)
        total = notices.count_notices(db, actor, **filters)
        self.count_label.setText(self.tr("{n} notices").format(n=total))
        for code in ("pending", "expired"):   # what needs doing shows its count on the chip
            n = notices.count_notices(db, actor, view=code)
            self.chip_buttons[code].setText(str(dict(notices.VIEWS)[code]) + (f" ({n})" if n else ""))
        if total:
            self.empty_hint.hide()
        else:
            self.empty_hint.setText(self._empty_text(filters))
            self.empty_hint.show()
        if self.notice_id:
            row = self.model.find(lambda r: r.id == self.notice_id)
            if row >= 0:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)

    def _empty_text(self, filters) -> str:
        if filters["text"].strip() or filters["kind"]:
            return self.tr("No notice matches the filter.")
        if self.view_code == "expired":
            return self.tr("No expired notice is still on the boards.")
        if self.view_code == "pending":
            return self.tr("No notice is waiting for approval.")
        if self.can_draft:
            return self.tr("No notices here yet. Press “New notice” (Ctrl+N) to draft one.")
        return self.tr("No notices here yet.")

    def _row_selected(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None and row.id != self.notice_id:
            self.load_detail(row.id)

    def select_notice(self, notice_id: int) -> None:
        """Show a notice (from the home tile, the handover, a new save), whatever the filter."""
        self.shown()
        row = self.model.find(lambda r: r.id == notice_id)
        if row < 0:
            self.set_view("all")
            row = self.model.find(lambda r: r.id == notice_id)
        self.load_detail(notice_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def open_record(self, kind: str, record_id: int) -> None:
        """Open a record named by the home tile or the handover's open items."""
        self.select_notice(record_id)

    def load_detail(self, notice_id: int) -> None:
        from app.domain.errors import NotFound
        try:
            self.detail = notices.get_notice(self.db, self.actor, notice_id)
        except NotFound as exc:
            self.bar.error(str(exc))
            self.detail = None
        self.notice_id = notice_id if self.detail else None
        self._show_detail(self.detail)

    def _show_detail(self, d: notices.NoticeDetail | None) -> None:
        self.detail_box.setEnabled(d is not None)
        self._set_actions(d.actions if d else [])
        if d is None:
            self.title_label.setText(self.tr("Choose a notice on the left."))
            self.alert_label.hide()
            for label in self.field_labels.values():
                label.setText("")
            self.body_view.setPlainText("")
            for model in (self.recipients, self.postings, self.events):
                model.set_rows([])
            for b in (self.edit_button, self.print_button, self.sheet_button, self.add_recipients_btn,
                      self.add_posting_btn):
                b.setEnabled(False)
            self._update_delivery()
            return
        n = d.notice
        self.title_label.setText(
            f"<span style='font-size:17px;font-weight:600'>{_html(n.title)}</span><br>"
            f"<span style='color:#555'>{n.number} · {_html(d.status_label)}</span>")
        self._show_alert(d)
        kind = NoticeKind.from_label(n.kind)
        self.field_labels["official"].setText(d.official)
        self.field_labels["kind"].setText((str(kind.label) if kind else n.kind) + (
            " · " + self.tr("individual") if n.individual else ""))
        self.field_labels["period"].setText(self.tr("{start} to {end}").format(
            start=_when(n.effective_from), end=_when(n.valid_until)))
        lead = d.lead
        when = self.tr("at publication") if n.published_at else self.tr("if published now")
        self.field_labels["lead"].setText(self.tr("{hours} h {when} (needed: {required} h)").format(
            hours=f"{lead.hours:.0f}", when=when, required=lead.required))
        self.field_labels["lead"].setStyleSheet("color:#b26a00;" if lead.short else "")
        if n.individual:
            self.field_labels["scope"].setText(self.tr("{n} recipient(s)").format(n=len(d.recipients)))
        else:
            self.field_labels["scope"].setText(d.scope_text or self.tr("(not chosen yet)"))
        chosen = set(filter(None, n.channels.split(",")))
        self.field_labels["channels"].setText("、".join(str(c.label) for c in Channel if c.value in chosen)
                                              or "—")
        self.field_labels["issuer"].setText(" · ".join(x for x in (n.issuing_dept, n.issuer,
                                                                   n.contact_phone) if x))
        people = [self.tr("drafted by {name}").format(name=d.drafter)]
        if d.approver:
            people.append(self.tr("approved by {name} {at}").format(name=d.approver, at=_when(n.approved_at))
                          + (f"（{n.approval_note}）" if n.approval_note else ""))
        elif n.approval_note:
            people.append(self.tr("returned: {note}").format(note=n.approval_note))
        if d.publisher:
            people.append(self.tr("published by {name} {at}").format(name=d.publisher,
                                                                      at=_when(n.published_at)))
        if d.remover:
            people.append(self.tr("removed by {name} {at}").format(name=d.remover, at=_when(n.removed_at)))
        self.field_labels["people"].setText("; ".join(people))
        links = []
        if d.corrects:
            links.append(self.tr("corrects {number}").format(number=d.corrects[1]))
        links += [self.tr("corrected by {number}").format(number=num) for _id, num in d.corrected_by]
        if n.void_reason:
            links.append(self.tr("void: {reason}").format(reason=n.void_reason))
        self.field_labels["links"].setText("; ".join(links) or "—")
        self.body_view.setPlainText(n.body)
        self.recipients.set_rows(d.recipients)
        self.postings.set_rows(d.postings)
        self.events.set_rows(d.events)
        self.edit_button.setEnabled(d.editable)
        self.print_button.setEnabled(True)
        self.sheet_button.setEnabled(n.individual and bool(d.recipients))
        self.add_recipients_btn.setEnabled(d.can_add_recipients)
        self.add_posting_btn.setEnabled(d.can_post)
        if not d.recipients:
            self.recipients_hint.setText(self.tr("No recipients yet: add them by room code."))
        else:
            self.recipients_hint.setText(self.tr(
                "{n} to deliver · print the sign sheet, deliver, then record each signature or refusal.")
                .format(n=d.pending_recipients))
        if d.postings:
            self.postings_hint.setText("")
        elif n.status == "published":
            self.postings_hint.setText(self.tr("Not posted anywhere yet: record where it went up."))
        else:
            self.postings_hint.setText(self.tr("Postings are recorded once the notice is published."))
        # an individual notice has recipients, a public one postings: show the tab that applies
        on_history = self.tabs.currentIndex() == 2
        self.tabs.setTabVisible(0, n.individual)
        self.tabs.setTabVisible(1, not n.individual)
        if not on_history:
            self.tabs.setCurrentIndex(0 if n.individual else 1)
        self._update_delivery()

    def _show_alert(self, d) -> None:
        n = d.notice
        text, style = "", ""
        if d.expired:
            text = self.tr("Expired on {at}: take it down from the boards and record the removal.").format(
                at=_when(n.valid_until))
            style = "color:#8a1f11;background:#fdecea;border:1px solid #e5a19a;"
        elif d.expiring:
            text = self.tr("Expires on {at}.").format(at=_when(n.valid_until))
            style = "color:#6b4d00;background:#fff6e0;border:1px solid #e6c36a;"
        elif d.lead.short and n.status in ("draft", "returned", "pending", "approved"):
            text = str(d.lead.warning)
            style = "color:#6b4d00;background:#fff6e0;border:1px solid #e6c36a;"
        self.alert_label.setText(text)
        self.alert_label.setStyleSheet(style + "border-radius:4px;padding:5px;")
        self.alert_label.setVisible(bool(text))

    def _set_actions(self, actions) -> None:
        while self.actions_row.count():
            item = self.actions_row.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.action_buttons = {}
        used = set(RESERVED_MNEMONICS)
        for t in actions:
            b = QPushButton(with_mnemonic(str(t.label), used, t.name), self.detail_box,
                            objectName=f"action_{t.name}")
            if t.name in ("approve", "publish"):
                b.setStyleSheet("QPushButton{background:#2f6fdf;color:white;padding:4px 12px;}")
            b.clicked.connect(lambda _=False, name=t.name: self.run_action(name))
            self.actions_row.addWidget(b)
            self.action_buttons[t.name] = b
        self.actions_row.addStretch(1)

    def _recipient(self):
        index = self.recipients_view.currentIndex()
        return self.recipients.row_at(index.row()) if index.isValid() else None

    def _update_delivery(self) -> None:
        """The delivery buttons of the chosen recipient come from the ``notice_delivery`` declaration."""
        rec = self._recipient()
        for name, b in self.delivery_buttons.items():
            b.setEnabled(rec is not None and name in rec.actions)
        self.remove_recipient_btn.setEnabled(
            rec is not None and rec.status == "pending"
            and bool(self.detail and self.detail.can_add_recipients))

    # ------------------------------------------------------------------ actions
    def _open(self, dialog, on_done: Callable | None = None):
        def accepted():
            self.bar.info(self.tr("Saved."))
            if on_done:
                on_done(dialog)
        dialog.accepted.connect(accepted)
        dialog.show()
        self.dialog = dialog
        return dialog

    def new_notice(self, values: dict | None = None, corrects_id: int | None = None):
        if not self.can_draft:
            return None
        from app.ui.dialogs.notices import new_notice_dialog
        dlg = new_notice_dialog(self.window_, values, corrects_id=corrects_id)
        return self._open(dlg, lambda d: self.select_notice(d.result_value))

    def edit_notice(self):
        d = self.detail
        if d is None or not d.editable:
            return None
        from app.ui.dialogs.notices import NoticeDialog
        dlg = NoticeDialog(self.window_, {"id": d.notice.id, "version": d.notice.version,
                                          "number": d.notice.number, "corrects_id": d.notice.corrects_id,
                                          "values": notices.editor_values(d)})
        return self._open(dlg)

    def run_action(self, name: str):
        d = self.detail
        if d is None:
            return None
        n = d.notice
        context = {"id": n.id, "version": n.version, "number": n.number, "action": name}
        transition = rules.NOTICE.transition(name)
        if name == "publish" and d.lead.short:
            answer = QMessageBox.question(self, str(transition.label), self.tr(
                "{warning}\n\nPublish it anyway?").format(warning=d.lead.warning))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        if name == "archive":
            answer = QMessageBox.question(self, str(transition.label), self.tr(
                "Archive {number} in the notice index? It can no longer be changed.").format(number=n.number))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        # actions that ask for an opinion, a note or a reason open a small dialog; the others run at once
        if transition.needs_note or "reason" in transition.requires or name in DIALOG_ACTIONS:
            from app.ui.dialogs.notices import ActionDialog
            if name == "void" and n.status in rules.ISSUED_STATES:
                context["offer_correction"] = True
            dlg = ActionDialog(self.window_, context)

            def done(dialog):
                if getattr(dialog, "wants_correction", False):
                    self.new_notice(notices.correction_values(self.db, self.actor, n.id), corrects_id=n.id)
            return self._open(dlg, done)
        db, actor = self.db, self.actor
        return self.ops.run(lambda: notices.act(db, actor, n.id, name, version=n.version), kind=KIND,
                            on_success=lambda _id: self.bar.info(self.tr("{action}: done.").format(
                                action=transition.label)),
                            on_error=lambda exc: self.bar.error(str(exc)))

    def add_posting(self):
        d = self.detail
        if d is None or not d.can_post:
            return None
        from app.ui.dialogs.notices import PostingDialog
        return self._open(PostingDialog(self.window_, {"id": d.notice.id, "number": d.notice.number}))

    def add_recipients(self):
        d = self.detail
        if d is None or not d.can_add_recipients:
            return None
        from app.ui.dialogs.notices import RecipientsDialog
        return self._open(RecipientsDialog(self.window_, {"id": d.notice.id, "number": d.notice.number}))

    def record_delivery(self, action: str):
        rec = self._recipient()
        if rec is None or action not in rec.actions:
            return None
        from app.ui.dialogs.notices import DeliveryDialog
        return self._open(DeliveryDialog(self.window_, {
            "recipient_id": rec.id, "version": rec.version, "action": action, "room": rec.room,
            "name": rec.name}))

    def remove_recipient(self):
        rec = self._recipient()
        if rec is None:
            return None
        answer = QMessageBox.question(self, self.tr("Take off the list"), self.tr(
            "Take {room} {name} off the recipients?").format(room=rec.room, name=rec.name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        db, actor = self.db, self.actor
        return self.ops.run(lambda: notices.remove_recipient(db, actor, rec.id, version=rec.version), kind=KIND,
                            on_error=lambda exc: self.bar.error(str(exc)))

    def print_notice(self):
        if self.detail is None:
            return None
        from app.ui.dialogs.print_preview import preview_form
        return preview_form(self.window_, "notice", self.detail.notice.number)

    def print_sign_sheet(self):
        if self.detail is None or not self.detail.notice.individual:
            return None
        from app.ui.dialogs.print_preview import preview_form
        return preview_form(self.window_, "notice_sign_sheet", self.detail.notice.number)

    # ------------------------------------------------------------------ list report (通告发布目录)
    def report_columns(self):
        return LIST_COLUMNS

    def report_fetch(self):
        return getattr(self, "_fetch", None)

    def report_filter_text(self) -> str:
        filters = self._filters()
        parts = [self.tr("Status: {view}").format(view=dict(notices.VIEWS)[filters["view"]])]
        if filters["kind"]:
            parts.append(self.tr("Kind: {kind}").format(kind=self.kind_filter.currentText()))
        if filters["text"].strip():
            parts.append(self.tr("Search: {text}").format(text=filters["text"].strip()))
        return self.tr("; ").join(parts)


def _html(text: str) -> str:
    from html import escape
    return escape(str(text))


def open_from_worklog(window, prefill: dict, on_saved: Callable[[int], None]):
    """转为通知: a new notice drafted from a work-log row (its content, its room as the scope), over
    whatever page is showing; ``on_saved(notice_id)`` lets the work log link the row to the notice."""
    from app.ui.dialogs.notices import new_notice_dialog, values_from_worklog
    if not window.actor.can(NOTICE_DRAFT):
        return None
    dlg = new_notice_dialog(window, values_from_worklog(prefill))
    dlg.accepted.connect(lambda: on_saved(dlg.result_value))
    dlg.show()
    window.last_dialog = dlg
    return dlg

