"""钥匙管理 — two tabs of the record kit: the key cabinet by slot and the loans newest first (overdue in red).

Both are record panes (app.ui.widgets.record_pane): filters, the lazy list, the detail pane with the fields,
the loan's due clock, the timeline and the buttons the workflows allow this user (Lend on a key in the
cabinet: the kit's action dialog from the declared fields, the room's owners and agents offered as
borrowers). This module declares them and keeps what is its own: the columns, the defaults of lending and
returning, Return on a key that is out (its loan's return), the household card, the stock-take and the day's
钥匙借用登记表.

Keys: Ctrl+N take a key in, Ctrl+B lend the selected key, Ctrl+P the 钥匙交接单, Ctrl+F the search box,
F5 reload, Alt+1 … Alt+9 the action buttons in order.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from app.domain.keys import (
    KEY_KIND,
    KEYS_APPROVE,
    KEYS_MANAGE,
    KEYS_STOCKTAKE,
    LOAN_KIND,
    BorrowerType,
    KeyCategory,
    LoanPurpose,
)
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import keys as svc
from app.services import records
from app.ui.dialogs.action import ActionDialog
from app.ui.widgets import tones
from app.ui.widgets.form import Field
from app.ui.widgets.record_pane import (
    ChoiceFilter,
    ListButton,
    MonthFigures,
    PaneSpec,
    PrintButton,
    RecordButton,
    RecordPage,
    figure,
    when,
)
from app.ui.widgets.table_model import Column, attr, label_of

_OVERDUE = T("Keys", "Overdue")


def _status(row) -> str:
    return f"{row.status_label} · {_OVERDUE}" if row.overdue else row.status_label


def _coloured(columns: list[Column]) -> list[Column]:
    """The whole row red when overdue, grey when done."""
    return [replace(c, foreground=tones.row_brush) for c in columns]


KEY_COLUMNS = _coloured([
    Column("slot", T("Keys", "Slot"), attr("key_no"), 70),
    Column("room", T("Keys", "Room or location"), attr("room"), 110),
    Column("category", T("Keys", "Category"), label_of(KeyCategory, "category"), 120),
    Column("count", T("Keys", "Keys"), lambda r: f"{r.count - r.missing_count}/{r.count}" if r.missing_count
           else str(r.count), 50),
    Column("status", T("Keys", "Status"), _status, 110),
    Column("borrower", T("Keys", "Borrower"), attr("borrower"), 80),
    Column("due", T("Keys", "Due"), lambda r: when(r.due_at), 80),
    Column("description", T("Keys", "Description"), attr("description"), 140),
])

LOAN_COLUMNS = _coloured([
    Column("lent", T("Keys", "Lent"), lambda r: when(r.lent_at), 84),
    Column("slot", T("Keys", "Slot"), attr("key_no"), 64),
    Column("room", T("Keys", "Room or location"), attr("room"), 100),
    Column("borrower", T("Keys", "Borrower"), attr("borrower_name"), 80),
    Column("type", T("Keys", "Borrower is"), label_of(BorrowerType, "borrower_type"), 90),
    Column("purpose", T("Keys", "Purpose"), label_of(LoanPurpose, "purpose"), 90),
    Column("status", T("Keys", "Status"), _status, 110),
    Column("due", T("Keys", "Due"), lambda r: when(r.due_at), 84),
    Column("back", T("Keys", "Returned"), lambda r: when(r.returned_at), 84),
    Column("count", T("Keys", "Out/in"), lambda r: f"{r.count_out}/{'' if r.count_in is None else r.count_in}",
           50),
    Column("number", T("Keys", "No."), attr("number"), 124),
])

_HANDOVER = T("Keys", "Print handover form")


def _called_or_late(view: records.RecordView) -> bool:
    """The 钥匙管理备忘录 of an overdue loan, or of one whose history holds a call to the borrower."""
    return bool(view.overdue or view.calls)
_REGISTER = ListButton("printKeyRegister", T("Keys", "Print day's register"), "print_register", "register_btn",
                       T("Keys", "钥匙借用登记表 of today, or of the first day chosen above"))

KEY_PANE = PaneSpec(
    kind=KEY_KIND, settings_key="keys/cabinet", columns=KEY_COLUMNS, title=T("Keys", "Key cabinet"),
    list_fn=svc.list_keys, count_fn=svc.count_keys,
    statuses=[("open", T("Keys", "In the register")), ("in_cabinet", T("Keys", "In the cabinet")),
              ("on_loan", T("Keys", "On loan")), ("lost", T("Keys", "Lost")), ("replaced", T("Keys", "Lock changed")),
              ("all", T("Keys", "All keys"))],
    default_statuses=("open",),
    filters=[ChoiceFilter("category", [("", T("Keys", "All categories")), *[(c.value, c.label) for c in KeyCategory]])],
    search_hint=T("Keys", "Slot, room or location"),
    choose_hint=T("Keys", "Choose a key on the left to lend it, take it back, report it lost …"),
    empty_hint=T("Keys", "The cabinet holds no key yet. Press Ctrl+N to take an owner's or the developer's key in."),
    report_title=T("Keys", "Key register"), new_label=T("Keys", "Take in a key"),
    new_title=T("Keys", "Take a key into the cabinet"), new_permission=KEYS_MANAGE,
    defaults_method="action_defaults", suggest_method="action_suggestions",
    prints=[PrintButton("key_handover", _HANDOVER, "printHandover", number=lambda view: view.loan_number),
            PrintButton("key_entrustment", T("Keys", "Print entrustment"), "printEntrustment",
                        number=lambda view: view.entrust_no)],
    buttons=[RecordButton("returnKey", T("Keys", "Return"), "take_back", "return_current"),
             RecordButton("openRoom", T("Keys", "Household card"), "", "open_room",
                          enabled=lambda view: view.room_id is not None)],
    list_buttons=[ListButton("stocktake", T("Keys", "Stock-take…"), "stocktake", "stocktake_btn",
                             permission=KEYS_STOCKTAKE), _REGISTER])

LOAN_PANE = PaneSpec(
    kind=LOAN_KIND, settings_key="keys/loans", columns=LOAN_COLUMNS, title=T("Keys", "Loans"),
    list_fn=svc.list_loans, count_fn=svc.count_loans,
    statuses=[("all", T("Keys", "All loans")), ("pending", T("Keys", "Awaiting approval")),
              ("out", T("Keys", "On loan")), ("overdue", T("Keys", "Overdue")),
              ("returned", T("Keys", "Returned")), ("lost", T("Keys", "Lost")), ("void", T("Keys", "Void"))],
    default_statuses=("all", "out", "overdue"), dates=True, search_hint=T("Keys", "No., slot, room or borrower"),
    choose_hint=T("Keys", "Choose a loan on the left to take the key back, extend the loan …"),
    empty_hint=T("Keys", "No key has been lent yet. Choose a key in the cabinet and press Alt+1 to lend it."),
    report_title=T("Keys", "Key loans"), defaults_method="action_defaults",
    prints=[PrintButton("key_handover", _HANDOVER, "printHandover"),
            PrintButton("key_call_memo", T("Keys", "Print call memo"), "printCallMemo", enabled=_called_or_late)],
    list_buttons=[_REGISTER])


class KeysPage(MonthFigures, RecordPage):
    panes = (KEY_PANE, LOAN_PANE)
    also_watches = (KEY_KIND, LOAN_KIND)   # a loan moves its key, and the other way round

    # -- the month's figures (§4.6 KPIs)
    figures_name = "keyKpis"

    def month_figures(self, db, actor, date_from: date, date_to: date) -> svc.KeyKpis:
        return svc.kpis(db, actor, date_from, date_to)

    def figures_text(self, k: svc.KeyKpis) -> list[str]:
        parts = [
            self.tr("This month: loans {n}").format(n=figure(k.loans)),
            self.tr("keys lost {n}").format(n=figure(k.losses, bool(k.losses))),
            self.tr("stock-takes {n}, discrepancies {d}").format(n=figure(k.stocktakes),
                                                                 d=figure(k.discrepancies, bool(k.discrepancies))),
            self.tr("on loan {n}, overdue {late}").format(n=figure(k.on_loan), late=figure(k.overdue, bool(k.overdue))),
        ]
        if k.pending:
            parts.append(self.tr("awaiting approval {n}").format(n=figure(k.pending, True)))
        if k.count.due:
            last = f"{k.count.last:%Y-%m-%d}" if k.count.last else "—"
            parts.append(self.tr("stock-take due (last {when})").format(when=figure(last, True)))
        return parts

    def __init__(self, window) -> None:
        super().__init__(window)
        self.keys, self.loans = self.record_panes
        lend = QShortcut(QKeySequence("Ctrl+B"), self)
        lend.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        lend.activated.connect(self.lend_selected)

    def action_defaults(self, view: records.RecordView, action: str) -> dict:
        if action == "lend":
            values = {"count_out": view.count - view.missing_count,
                      "due_at": f"{view.default_due:%Y-%m-%d %H:%M}" if view.default_due else ""}
            if view.category == KeyCategory.PUBLIC.value:
                values.update(borrower_type=BorrowerType.STAFF.value, purpose=LoanPurpose.WORK.value)
            return values
        if action == "return":
            return {"count_in": view.count_out, "returned_by": view.borrower_name}
        return {}

    def action_suggestions(self, view: records.RecordView, action: str) -> dict:
        return {"borrower_name": list(view.people)} if action == "lend" else {}

    def lend_selected(self):
        """Ctrl+B: the Lend dialog of the key shown (when the engine allows lending it)."""
        self.tabs.setCurrentWidget(self.keys)
        view = self.keys.view_data
        action = next((a for a in view.actions if a.name == "lend"), None) if view is not None else None
        return self.keys.run_action(action) if action is not None else None

    def return_current(self, view: records.RecordView):
        """Return on a key that is out: its loan, and the loan's return dialog."""
        self.open_record(LOAN_KIND, view.loan_id)
        loan = self.loans.view_data
        action = next((a for a in loan.actions if a.name == "return"), None) if loan is not None else None
        return self.loans.run_action(action) if action is not None else None

    def open_room(self, view: records.RecordView) -> None:
        self.window_.open_room(view.room_id)

    def stocktake(self):
        from app.ui.dialogs.key_stocktake import StocktakeDialog
        self.dialog = StocktakeDialog(self.window_)
        self.dialog.show()
        return self.dialog

    def print_register(self) -> None:
        """钥匙借用登记表 of the first day chosen on the loans tab, or of today."""
        dates = self.loans.use_dates.isChecked()
        day = self.loans.date_from.date().toPython() if dates else date.today()
        from app.ui.dialogs.print_preview import preview_form
        self.preview = preview_form(self.window_, "key_register", day.isoformat())


translate = QCoreApplication.translate


class LendDialog(ActionDialog):
    """The key's Lend dialog: the declared fields and the approver's own password, typed by the approver at
    this desk when they are not the one signed in (the service checks it as at sign-in; it is never kept)."""

    def extra_fields(self) -> list[Field]:
        return [Field(svc.APPROVER_PASSWORD, T("Keys", "Approver's own password"), kind="password", max_len=128,
                      placeholder=T("Keys", "Typed by the approver, unless signed in here"))]

    def submit(self, values: dict) -> int:
        c, values = self.context, dict(values)
        password = str(values.pop(svc.APPROVER_PASSWORD, "") or "")
        svc.lend(self.window_.db, self.window_.actor, c["id"], values, approver_password=password,
                 version=c.get("version"))
        return int(c["id"])


class ApproveDialog(ActionDialog):
    """A loan waiting 待审批: the signed-in supervisor approves it herself; at a receptionist's desk the
    supervisor chooses her name and types her own password (the approval is then recorded as hers)."""

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, context)
        if window.actor.can(KEYS_APPROVE) and window.actor.staff_id:
            self.form.set_values({"approver": str(window.actor.staff_id)})

    def extra_fields(self) -> list[Field]:
        return [Field(svc.APPROVER_PASSWORD, T("Keys", "Approver's own password"), kind="password", max_len=128,
                      placeholder=T("Keys", "Typed by the approver, unless signed in here"))]

    def submit(self, values: dict) -> int:
        c = self.context
        svc.approve(self.window_.db, self.window_.actor, c["id"], approver=values.get("approver"),
                    approver_password=str(values.get(svc.APPROVER_PASSWORD) or ""), version=c.get("version"))
        return int(c["id"])


ActionDialog.own[(KEY_KIND, "lend")] = LendDialog
ActionDialog.own[(LOAN_KIND, "approve")] = ApproveDialog


def open_loan_from_worklog(window, prefill: dict, on_saved):
    """转为钥匙借用 (§2.6): the keys page on the row's room's key in the cabinet, with its Lend dialog filled
    in from the row (borrower, phone, what for); ``on_saved(loan_id)`` lets the work log link the row to the
    loan. Without a room key in the cabinet the page says so and nothing opens."""
    page = window.show_page("keys")
    room = str(prefill.get("room") or "").strip()
    keys = [k for k in svc.list_keys(window.db, window.actor, status="in_cabinet", text=room)
            if room and k.room == room] if room else []
    if not keys:
        page.bar.error(translate("KeysPage", "No key of room {room} is in the cabinet: choose the key on this "
                                             "page").format(room=room or "—"))
        return None
    key_id = keys[0].id
    page.open_record(KEY_KIND, key_id)
    dialog = page.lend_selected()
    if dialog is None:
        return None
    content = str(prefill.get("content") or "").strip()
    dialog.form.set_values({k: v for k, v in {
        "borrower_name": str(prefill.get("caller") or ""), "phone": str(prefill.get("phone") or ""),
        "purpose_text": content[:200]}.items() if v})

    def saved() -> None:
        loan_id = records.get(window.db, window.actor, KEY_KIND, key_id).loan_id
        if loan_id:
            on_saved(int(loan_id))
    dialog.accepted.connect(saved)
    return dialog


__all__ = ["KeysPage", "KEY_COLUMNS", "LOAN_COLUMNS"]
