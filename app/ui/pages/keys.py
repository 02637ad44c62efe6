"""钥匙管理 — the key cabinet and its loans: the cabinet by slot and the loans newest first (overdue in red),
take a key in, lend it under the rules of §4.6, take it back with the count, extend, lost keys and changed
locks; print the 钥匙交接单, the 业主托管钥匙委托书 and the day's 钥匙借用登记表.

Both lists are lazy record models over keyset-paged service queries. The detail pane shows the selected key
or loan, its event history and one button per action the workflow declaration allows this user
(app.domain.keys.key_actions / loan_actions), plus "Lend" on a key in the cabinet. Shortcuts: Ctrl+N take a
key in, Ctrl+B lend (borrow) the selected key, Ctrl+F the search box, Ctrl+P the 钥匙交接单, F5 refresh.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.domain import keys as K
from app.domain.errors import UserError
from app.domain.keys import KEYS_MANAGE, BorrowerType, KeyCategory, LoanPurpose
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import keys as svc
from app.ui.pages.base import Page
from app.ui.widgets.splitter import persist_splitter
from app.ui.widgets.table_model import Column, LazyTableModel, label_of, record_view

RED, GREY = QBrush(QColor("#c62828")), QBrush(QColor("#9aa0a6"))


def _when(at: datetime | None) -> str:
    if at is None:
        return ""
    return f"{at:%H:%M}" if at.date() == date.today() else f"{at:%m-%d %H:%M}"


def _colour(row):
    if getattr(row, "overdue", False):
        return RED
    if row.status in ("void", "withdrawn", "returned"):
        return GREY
    return None


def _status(row) -> str:
    return str(T("Keys", "Overdue")) if row.overdue else row.status_label


def _with_colour(cols: list[Column]) -> list[Column]:
    return [Column(c.key, c.header, c.value, c.width, c.align, _colour) for c in cols]


KEY_COLUMNS = _with_colour([
    Column("slot", T("Keys", "Slot"), lambda r: r.key_no, 70),
    Column("room", T("Keys", "Room or location"), lambda r: r.room, 110),
    Column("category", T("Keys", "Category"), label_of(KeyCategory, "category"), 150),
    Column("count", T("Keys", "Keys"), lambda r: f"{r.count - r.missing_count}/{r.count}" if r.missing_count
           else str(r.count), 50),
    Column("status", T("Keys", "Status"), _status, 110),
    Column("borrower", T("Keys", "Borrower"), lambda r: r.borrower, 80),
    Column("due", T("Keys", "Due"), lambda r: _when(r.due_at), 80),
    Column("description", T("Keys", "Description"), lambda r: r.description, 140),
])

LOAN_COLUMNS = _with_colour([
    Column("lent", T("Keys", "Lent"), lambda r: _when(r.lent_at), 84),
    Column("slot", T("Keys", "Slot"), lambda r: r.key_no, 64),
    Column("room", T("Keys", "Room or location"), lambda r: r.room, 100),
    Column("borrower", T("Keys", "Borrower"), lambda r: r.borrower_name, 80),
    Column("type", T("Keys", "Borrower is"), label_of(BorrowerType, "borrower_type"), 90),
    Column("purpose", T("Keys", "Purpose"), label_of(LoanPurpose, "purpose"), 90),
    Column("status", T("Keys", "Status"), _status, 90),
    Column("due", T("Keys", "Due"), lambda r: _when(r.due_at), 84),
    Column("back", T("Keys", "Returned"), lambda r: _when(r.returned_at), 84),
    Column("count", T("Keys", "Out/in"), lambda r: f"{r.count_out}/{'' if r.count_in is None else r.count_in}",
           50),
    Column("number", T("Keys", "No."), lambda r: r.number, 124),
])

EVENT_COLUMNS = [
    Column("at", T("Keys", "Time"), lambda e: f"{e.at:%m-%d %H:%M}", 84),
    Column("who", T("Keys", "By"), lambda e: e.user, 70),
    Column("action", T("Keys", "Action"), lambda e: e.action, 110),
    Column("state", T("Keys", "Status"), lambda e: e.to_state, 110),
    Column("note", T("Keys", "Note"), lambda e: e.note, 160),
]

KEY_STATUSES = [("open", T("Keys", "In the register")), ("in_cabinet", T("Keys", "In the cabinet")),
                ("on_loan", T("Keys", "On loan")), ("lost", T("Keys", "Lost")),
                ("replaced", T("Keys", "Lock changed")), ("", T("Keys", "All keys"))]
LOAN_STATUSES = [("", T("Keys", "All loans")), ("out", T("Keys", "On loan")), ("overdue", T("Keys", "Overdue")),
                 ("returned", T("Keys", "Returned")), ("lost", T("Keys", "Lost")), ("void", T("Keys", "Void"))]


class KeysPage(Page):
    watches = ("key_item", "key_loan")
    report_title = T("Keys", "Key register")

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_manage = self.actor.can(KEYS_MANAGE)
        self.key_detail: svc.KeyDetail | None = None
        self.loan_detail: svc.LoanDetail | None = None
        self.action_buttons: list[QPushButton] = []
        self._loaded = False
        self.outer.addLayout(self._filter_bar())
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self._list_pane())
        self.splitter.addWidget(self._detail_pane())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.outer.addWidget(self.splitter, 1)
        persist_splitter(self.splitter, "keys", [760, 460])
        self._shortcuts()
        self.show_none()

    # ------------------------------------------------------------------------------------ layout
    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.key_status = QComboBox(self, objectName="keyStatus")
        for key, label in KEY_STATUSES:
            self.key_status.addItem(str(label), key)
        self.loan_status = QComboBox(self, objectName="loanStatus")
        for key, label in LOAN_STATUSES:
            self.loan_status.addItem(str(label), key)
        self.key_status.currentIndexChanged.connect(lambda *_: self.reload())
        self.loan_status.currentIndexChanged.connect(lambda *_: self.reload())
        self.search = QLineEdit(self, objectName="keySearch")
        self.search.setPlaceholderText(self.tr("Slot, room, borrower or YS number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250, timeout=self.reload)
        self.search.textChanged.connect(lambda *_: self._debounce.start())
        bar.addWidget(self.key_status)
        bar.addWidget(self.loan_status)
        bar.addWidget(self.search, 1)
        return bar

    def _list_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(box, objectName="keyTabs")
        self.key_model = LazyTableModel(KEY_COLUMNS, lambda after, n: [], parent=self)
        self.key_view = record_view(self.tabs, self.key_model, "keyView")
        self.loan_model = LazyTableModel(LOAN_COLUMNS, lambda after, n: [], parent=self)
        self.loan_view = record_view(self.tabs, self.loan_model, "loanView")
        self.tabs.addTab(self.key_view, self.tr("Key cabinet"))
        self.tabs.addTab(self.loan_view, self.tr("Loans"))
        self.tabs.currentChanged.connect(lambda *_: self._tab_changed())
        self.key_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._selected(self.key_model.row_at(cur.row()), "key"))
        self.loan_view.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._selected(self.loan_model.row_at(cur.row()), "loan"))
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.intake_btn = QPushButton(self.tr("&Take in a key"), box, objectName="intakeKey")
        self.intake_btn.setToolTip(self.tr("Register an owner's or developer's key in the cabinet (Ctrl+N)"))
        self.intake_btn.clicked.connect(self.new_key)
        self.lend_btn = QPushButton(self.tr("&Lend"), box, objectName="lendKey")
        self.lend_btn.setToolTip(self.tr("Lend the selected key (Ctrl+B)"))
        self.lend_btn.clicked.connect(self.lend)
        for b in (self.intake_btn, self.lend_btn):
            b.setEnabled(self.can_manage)
            row.addWidget(b)
        self.stocktake_btn = QPushButton(self.tr("Stoc&k-take…"), box, objectName="stocktake")
        self.stocktake_btn.setEnabled(self.actor.can(K.KEYS_STOCKTAKE))
        self.stocktake_btn.clicked.connect(self.stocktake)
        row.addWidget(self.stocktake_btn)
        row.addStretch(1)
        self.register_btn = QPushButton(self.tr("Print &day's register"), box, objectName="printKeyRegister")
        self.register_btn.setToolTip(self.tr("钥匙借用登记表 of today"))
        self.register_btn.clicked.connect(self.print_register)
        self.print_list_btn = QPushButton(self.tr("Print list"), box, objectName="printList")
        self.print_list_btn.clicked.connect(lambda: self.print_list())
        self.export_list_btn = QPushButton(self.tr("Export to Excel"), box, objectName="exportList")
        self.export_list_btn.clicked.connect(lambda: self.export_list())
        for b in (self.register_btn, self.print_list_btn, self.export_list_btn):
            row.addWidget(b)
        layout.addLayout(row)
        return box

    def _detail_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Key or loan"), self)
        layout = QVBoxLayout(box)
        self.detail_title = QLabel(box, objectName="keyTitle")
        self.detail_title.setTextFormat(Qt.TextFormat.RichText)
        self.detail_title.setWordWrap(True)
        layout.addWidget(self.detail_title)
        self.actions_row = QHBoxLayout()
        self.actions_host = QFrame(box)
        self.actions_host.setLayout(self.actions_row)
        self.actions_row.setContentsMargins(0, 0, 0, 0)
        self.actions_row.addStretch(1)
        layout.addWidget(self.actions_host)
        self.fields_label = QLabel(box, objectName="keyFields")
        self.fields_label.setTextFormat(Qt.TextFormat.RichText)
        self.fields_label.setWordWrap(True)
        self.fields_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.fields_label)
        row = QHBoxLayout()
        self.handover_btn = QPushButton(self.tr("Print &handover form"), box, objectName="printHandover")
        self.handover_btn.setToolTip(self.tr("钥匙交接单 of the loan (Ctrl+P)"))
        self.handover_btn.clicked.connect(self.print_handover)
        self.entrust_btn = QPushButton(self.tr("Print &entrustment"), box, objectName="printEntrustment")
        self.entrust_btn.setToolTip(self.tr("业主托管钥匙委托书, two copies"))
        self.entrust_btn.clicked.connect(self.print_entrustment)
        self.room_btn = QPushButton(self.tr("Household &card"), box, objectName="openRoom")
        self.room_btn.clicked.connect(self.open_room)
        for b in (self.handover_btn, self.entrust_btn, self.room_btn):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("History"), box))
        self.events = LazyTableModel(EVENT_COLUMNS, lambda after, n: [], parent=self)
        self.events_view = record_view(box, self.events, "keyEvents")
        layout.addWidget(self.events_view, 1)
        return box

    def _shortcuts(self) -> None:
        def key(seq: str, slot: Callable[[], object]) -> QShortcut:
            sc = QShortcut(QKeySequence(seq), self, activated=slot)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            return sc
        self.shortcuts = [key("Ctrl+N", self.new_key), key("Ctrl+B", self.lend),
                          key("Ctrl+F", self.search.setFocus), key("Ctrl+P", self.print_handover),
                          key("F5", self.refresh)]

    # ------------------------------------------------------------------------------------ data
    def shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self.reload()

    def _tab_changed(self) -> None:
        loans = self.tabs.currentIndex() == 1
        self.key_status.setVisible(not loans)
        self.loan_status.setVisible(loans)
        self.reload()

    def reload(self) -> None:
        self._debounce.stop()
        db, actor, text = self.db, self.actor, self.search.text()
        loans = self.tabs.currentIndex() == 1
        self.key_status.setVisible(not loans)
        self.loan_status.setVisible(loans)
        try:
            if loans:
                f = svc.LoanFilter(status=self.loan_status.currentData() or "", text=text)
                self._fetch = lambda after, n: svc.list_loans(db, actor, f, after=after, limit=n)
                self.loan_model.set_fetch(self._fetch)
            else:
                kf = svc.KeyFilter(status=self.key_status.currentData() or "", text=text)
                self._fetch = lambda after, n: svc.list_keys(db, actor, kf, after=after, limit=n)
                self.key_model.set_fetch(self._fetch)
        except UserError as exc:
            self.bar.error(str(exc))
        if self.key_detail is not None:
            self.load_key(self.key_detail.row.id)
        elif self.loan_detail is not None:
            self.load_loan(self.loan_detail.row.id)

    def set_loan_filter(self, status: str) -> None:
        self.tabs.setCurrentIndex(1)
        self.loan_status.setCurrentIndex(max(self.loan_status.findData(status), 0))

    def _selected(self, row, what: str) -> None:
        if row is None:
            return
        if what == "key":
            self.load_key(row.id)
        else:
            self.load_loan(row.id)

    def select(self, record_id: int) -> None:
        """Open a loan by id (the home tile, an item of the shift handover)."""
        self.shown()
        self.tabs.setCurrentIndex(1)
        row = self.loan_model.find(lambda r: r.id == record_id)
        if row >= 0:
            self.loan_view.selectRow(row)
        self.load_loan(record_id)

    def load_key(self, key_id: int) -> None:
        try:
            self.show_key(svc.get_key(self.db, self.actor, key_id))
        except UserError as exc:
            self.bar.error(str(exc))
            self.show_none()

    def load_loan(self, loan_id: int) -> None:
        try:
            self.show_loan(svc.get_loan(self.db, self.actor, loan_id))
        except UserError as exc:
            self.bar.error(str(exc))
            self.show_none()

    def _clear_actions(self) -> None:
        for b in self.action_buttons:
            b.deleteLater()
        self.action_buttons = []

    def _add_action(self, name: str, label: str, slot) -> None:
        i = len(self.action_buttons)
        button = QPushButton(label, self.actions_host)
        button.setObjectName(f"action_{name}")
        button.clicked.connect(lambda _=False: slot())
        self.actions_row.insertWidget(i, button)
        button.show()
        self.action_buttons.append(button)

    def show_none(self) -> None:
        self.key_detail = self.loan_detail = None
        self._clear_actions()
        self.detail_title.setText(self.tr("Choose a key or a loan in the list."))
        self.fields_label.setText("")
        self.events.set_rows([])
        self.handover_btn.setEnabled(False)
        self.entrust_btn.setEnabled(False)
        self.room_btn.setEnabled(False)
        self.lend_btn.setEnabled(False)

    def show_key(self, d: svc.KeyDetail) -> None:
        self.key_detail, self.loan_detail = d, None
        self._clear_actions()
        r = d.row
        colour = "#c62828" if r.overdue else "#2f6fdf"
        self.detail_title.setText(
            f"<span style='font-size:18px;font-weight:600'>{_html(r.key_no)}</span>&nbsp;&nbsp;"
            f"<span style='color:#555'>{_html(r.room)}</span><br>"
            f"<span style='color:{colour};font-weight:600'>{_status(r)}</span>")
        can_lend = self.can_manage and r.status == "in_cabinet"
        self.lend_btn.setEnabled(can_lend)
        if can_lend:
            self._add_action("lend", self.tr("Lend"), self.lend)
        if d.current_loan_id is not None and self.can_manage:
            self._add_action("return", str(K.LOAN.transition("return").label),
                             lambda lid=d.current_loan_id: self._return_current(lid))
        for t in d.actions:
            self._add_action(t.name, str(t.label), lambda name=t.name: self.run_key_action(name))
        rows = [
            (self.tr("Category"), r.category_label),
            (self.tr("Keys"), f"{r.count}" + (self.tr(" ({n} missing)").format(n=r.missing_count)
                                              if r.missing_count else "")),
            (self.tr("Description"), r.description),
            (self.tr("Entrustment"), d.entrust_no),
            (self.tr("Entrusted"), f"{d.entrusted_at:%Y-%m-%d %H:%M}" if d.entrusted_at else ""),
            (self.tr("Entrusted by"), d.entrusted_by),
            (self.tr("Reason"), d.entrust_reason),
            (self.tr("Pick-up requirements"), d.pickup_rule),
            (self.tr("Borrower"), r.borrower),
            (self.tr("Due"), _when(r.due_at)),
            (self.tr("Remarks"), d.remarks),
            (self.tr("Void reason"), d.void_reason),
        ]
        self.fields_label.setText(_table(rows))
        self.events.set_rows(d.events)
        self.handover_btn.setEnabled(d.current_loan_id is not None)
        self.entrust_btn.setEnabled(bool(d.entrust_no))
        self.room_btn.setEnabled(d.room_id is not None)

    def show_loan(self, d: svc.LoanDetail) -> None:
        self.loan_detail, self.key_detail = d, None
        self._clear_actions()
        r = d.row
        colour = "#c62828" if r.overdue else "#2f6fdf"
        self.detail_title.setText(
            f"<span style='font-size:18px;font-weight:600'>{_html(r.borrower_name)}</span>&nbsp;&nbsp;"
            f"<span style='color:#555'>{r.number}</span><br>"
            f"<span style='color:{colour};font-weight:600'>{_status(r)}</span>")
        for t in d.actions:
            self._add_action(t.name, str(t.label), lambda name=t.name: self.run_loan_action(name))
        self.lend_btn.setEnabled(False)
        rows = [
            (self.tr("Key"), f"{r.key_no} · {r.room}"),
            (self.tr("Borrower is"), _label(BorrowerType, r.borrower_type)),
            (self.tr("Document"), d.id_number),
            (self.tr("Phone"), d.phone),
            (self.tr("Purpose"), " · ".join(x for x in (_label(LoanPurpose, r.purpose), d.purpose_text) if x)),
            (self.tr("Authorisation"), " · ".join(x for x in (_label(K.Authorisation, d.authorisation)
                                                              if d.authorisation else "", d.authoriser) if x)),
            (self.tr("Approved by"), d.approved_by),
            (self.tr("Owner told"), d.owner_notified),
            (self.tr("Emergency entry"), self.tr("Yes") if d.emergency else ""),
            (self.tr("Lent"), f"{r.lent_at:%Y-%m-%d %H:%M} · {d.lent_by}"),
            (self.tr("Due"), f"{r.due_at:%Y-%m-%d %H:%M}"),
            (self.tr("Extended"), f"{d.extensions} × {d.extension_reason}" if d.extensions else ""),
            (self.tr("Keys out/in"), f"{r.count_out}/{'' if r.count_in is None else r.count_in}"),
            (self.tr("Returned"), " · ".join(x for x in (f"{r.returned_at:%Y-%m-%d %H:%M}" if r.returned_at
                                                         else "", d.returned_by, d.received_by) if x)),
            (self.tr("Remarks"), d.remarks),
        ]
        self.fields_label.setText(_table(rows))
        self.events.set_rows(d.events)
        self.handover_btn.setEnabled(True)
        self.entrust_btn.setEnabled(False)
        self.room_btn.setEnabled(False)

    # ------------------------------------------------------------------------------------ actions
    def _open(self, dlg, message: str, reselect: Callable[[object], None] | None = None):
        def done() -> None:
            self.bar.info(message)
            if reselect is not None:
                reselect(getattr(dlg, "result_value", None))
        dlg.accepted.connect(done)
        dlg.show()
        self.dialog = dlg
        return dlg

    def new_key(self):
        if not self.can_manage:
            self.bar.warning(self.tr("Your role may not take in keys."))
            return None
        from app.ui.dialogs.keys import KeyIntakeDialog
        return self._open(KeyIntakeDialog(self.window_), self.tr("Key registered."),
                          lambda kid: isinstance(kid, int) and self.load_key(kid))

    def stocktake(self) -> None:
        from app.ui.dialogs.key_stocktake import StocktakeDialog
        self.dialog = StocktakeDialog(self.window_)
        self.dialog.finished.connect(lambda *_: self.refresh())
        self.dialog.show()

    def lend(self):
        d = self.key_detail
        if d is None or d.row.status != "in_cabinet" or not self.can_manage:
            self.bar.warning(self.tr("Choose a key in the cabinet first."))
            return None
        from app.ui.dialogs.keys import LendDialog
        with self.db.read() as s:
            due = svc.default_due(s, svc.base.now())
        dlg = LendDialog(self.window_, {"key_id": d.row.id, "slot": d.row.key_no, "room": d.row.room,
                                        "room_id": d.room_id, "category": d.row.category,
                                        "count": d.row.count - d.row.missing_count,
                                        "due": f"{due:%Y-%m-%d %H:%M}"})
        return self._open(dlg, self.tr("Key lent: print the handover form for the borrower to sign."),
                          lambda lid: isinstance(lid, int) and self.load_loan(lid))

    def _return_current(self, loan_id: int):
        self.load_loan(loan_id)
        return self.run_loan_action("return")

    def run_loan_action(self, action: str):
        d = self.loan_detail
        if d is None:
            return None
        from app.ui.dialogs.keys import LoanActionDialog
        defaults = {"count_in": str(d.row.count_out), "returned_by": d.row.borrower_name} \
            if action == "return" else {}
        dlg = LoanActionDialog(self.window_, {"id": d.row.id, "version": d.version, "action": action,
                                              "title": f"{d.row.key_no} {d.row.number}", "defaults": defaults})
        return self._open(dlg, self.tr("Saved."), lambda _r, lid=d.row.id: self.load_loan(lid))

    def run_key_action(self, action: str):
        d = self.key_detail
        if d is None:
            return None
        from app.ui.dialogs.keys import KeyActionDialog
        dlg = KeyActionDialog(self.window_, {"id": d.row.id, "version": d.version, "action": action,
                                             "title": f"{d.row.key_no} {d.row.room}"})
        return self._open(dlg, self.tr("Saved."), lambda _r, kid=d.row.id: self.load_key(kid))

    def print_handover(self) -> None:
        number = None
        if self.loan_detail is not None:
            number = self.loan_detail.row.number
        elif self.key_detail is not None and self.key_detail.current_loan_id is not None:
            number = svc.loan_number(self.db, self.actor, self.key_detail.current_loan_id)
        if number is None:
            self.bar.warning(self.tr("Choose a loan first."))
            return
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "key_handover", number)

    def print_entrustment(self) -> None:
        if self.key_detail is None or not self.key_detail.entrust_no:
            self.bar.warning(self.tr("Choose an owner's entrusted key first."))
            return
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "key_entrustment", self.key_detail.entrust_no)

    def print_register(self) -> None:
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "key_register", date.today().isoformat())

    def open_room(self) -> None:
        if self.key_detail and self.key_detail.room_id:
            self.window_.open_room(self.key_detail.room_id)

    # ------------------------------------------------------------------------------------ list report
    def report_columns(self):
        return LOAN_COLUMNS if self.tabs.currentIndex() == 1 else KEY_COLUMNS

    def report_fetch(self):
        return getattr(self, "_fetch", None)

    def report_filter_text(self) -> str:
        box = self.loan_status if self.tabs.currentIndex() == 1 else self.key_status
        parts = [self.tr("Status: {s}").format(s=box.currentText())]
        if self.search.text().strip():
            parts.append(self.tr("Search: {t}").format(t=self.search.text().strip()))
        return self.tr("; ").join(parts)


def _label(enum_cls, code: str) -> str:
    try:
        return str(enum_cls(code).label)
    except ValueError:
        return code or ""


def _html(value: str) -> str:
    return (str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\n", "<br>"))


def _table(rows) -> str:
    cells = "".join(f"<tr><td style='color:#666;padding-right:10px'>{k}</td><td>{_html(v)}</td></tr>"
                    for k, v in rows if v)
    return f"<table cellspacing='2'>{cells}</table>"


__all__ = ["KeysPage", "KEY_COLUMNS", "LOAN_COLUMNS"]
