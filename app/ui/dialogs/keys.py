"""Editors of 钥匙管理: taking a key into the cabinet, lending it (with the §4.6 checks shown beside their
fields), returning it with the count, and the other actions on a loan or a key (extend, owner notified,
lost, found, lock changed, new key brought in, owner takes the key back, void).

Every field is checked as it is typed with the rule the service applies on save; a refusal comes back beside
its field (or in the bar) and nothing typed is lost.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialogButtonBox

from app.domain import keys as K
from app.domain.enums import IdType
from app.domain.keys import Authorisation, BorrowerType, KeyCategory, LoanPurpose
from app.domain.validation import check_id_number, check_phone, check_text
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import keys as svc
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field


def _choices(members) -> list[tuple[str, str]]:
    return [(m.value, str(m.label)) for m in members]


def _text(key: str, label, max_len: int, required: bool = False):
    return lambda value: check_text(value, key, str(label), max_len=max_len, required=required)


class KeyIntakeDialog(EditorDialog):
    """收钥匙: an owner's entrusted key, a developer's key, a repair or common-area key."""

    kind = "key_item"
    form_key = "key_intake"

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, "", [
            Field("key_no", T("Keys", "Cabinet slot"), required=True, max_len=20,
                  placeholder=T("Keys", "A-015")),
            Field("category", T("Keys", "Category"), kind="combo", choices=_choices(KeyCategory)),
            Field("room", T("Keys", "Room"), max_len=30, placeholder=T("Keys", "3-2-1502")),
            Field("location", T("Keys", "Location (common area)"), max_len=60),
            Field("count", T("Keys", "Number of keys"), required=True, max_len=2),
            Field("description", T("Keys", "Description"), max_len=100,
                  check=_text("description", T("Keys", "Description"), 100)),
            Field("entrusted_by", T("Keys", "Entrusted by (owner)"), max_len=30),
            Field("entrust_reason", T("Keys", "Reason for entrusting"), max_len=200),
            Field("pickup_rule", T("Keys", "Pick-up requirements"), max_len=200, span=2),
            Field("remarks", T("Keys", "Remarks"), kind="multiline", span=2),
        ], columns=2, context=context)
        self.window_ = window
        self.setObjectName("keyIntake")
        self.setWindowTitle(self.tr("Take a key into the cabinet"))
        self.form.set_values({"count": "1", **(self.context.get("prefill") or {})})

    def submit(self, v: dict[str, Any]):
        return svc.intake_key(self.window_.db, self.window_.actor, svc.KeyInput(
            key_no=v["key_no"], category=v["category"], room=v["room"], location=v["location"],
            description=v["description"], count=v["count"], entrusted_by=v["entrusted_by"],
            entrust_reason=v["entrust_reason"], pickup_rule=v["pickup_rule"], remarks=v["remarks"]))


class LendDialog(EditorDialog):
    """借出钥匙; ``context``: key_id, slot, room, room_id, category, due (the default due time)."""

    kind = "key_loan"

    def __init__(self, window, context: dict) -> None:
        db, actor = window.db, window.actor
        approvers = [("", str(T("Keys", "(none)")))] + [(str(i), n) for i, n in svc.approvers(db, actor)]
        people = svc.room_people(db, actor, context["room_id"]) if context.get("room_id") else []
        super().__init__(window, "", [
            Field("borrower_type", T("Keys", "Borrower is"), kind="combo", choices=_choices(BorrowerType)),
            Field("borrower_name", T("Keys", "Borrower"), kind="combo", editable_combo=True, required=True,
                  choices=[(p.name, p.name) for p in people]),
            Field("id_type", T("Keys", "Document type"), kind="combo", choices=_choices(IdType)),
            Field("id_number", T("Keys", "Document no."), max_len=30, check=self._check_id),
            Field("phone", T("Keys", "Phone"), max_len=20, check=lambda t: check_phone(t, "phone")),
            Field("purpose", T("Keys", "Purpose"), kind="combo", choices=_choices(LoanPurpose)),
            Field("purpose_text", T("Keys", "Purpose details"), max_len=200, span=2),
            Field("authorisation", T("Keys", "Owner's authorisation"), kind="combo",
                  choices=_choices([Authorisation.NONE, Authorisation.WRITTEN, Authorisation.PHONE])),
            Field("authoriser", T("Keys", "Authorised by (owner)"), max_len=30),
            Field("approver", T("Keys", "Approved by"), kind="combo", choices=approvers),
            Field("owner_notified", T("Keys", "Owner told (how, when)"), max_len=100),
            Field("emergency", T("Keys", "Emergency entry (fire, leak)"), kind="check"),
            Field("count", T("Keys", "Number of keys"), max_len=2),
            Field("due_at", T("Keys", "Due back"), max_len=16),
            Field("remarks", T("Keys", "Remarks"), max_len=200),
        ], columns=2, context=context)
        self.window_ = window
        self.setObjectName("lendKey")
        self.setWindowTitle(self.tr("Lend key {slot} — {room}").format(slot=context.get("slot", ""),
                                                                       room=context.get("room", "")))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lend"))
        defaults: dict[str, Any] = {"count": str(context.get("count", "")), "due_at": context.get("due", "")}
        if context.get("category") == KeyCategory.PUBLIC.value:
            defaults.update(borrower_type=BorrowerType.STAFF.value, purpose=LoanPurpose.WORK.value)
        self.form.set_values(defaults)

    def _check_id(self, value: str):
        return check_id_number(self.form.value("id_type") or "resident", value)

    def submit(self, v: dict[str, Any]):
        approver = v.get("approver") or ""
        return svc.lend_key(self.window_.db, self.window_.actor, svc.LoanInput(
            key_id=self.context["key_id"], borrower_type=v["borrower_type"], borrower_name=v["borrower_name"],
            id_type=v["id_type"], id_number=v["id_number"], phone=v["phone"], purpose=v["purpose"],
            purpose_text=v["purpose_text"], authorisation=v["authorisation"] or "", authoriser=v["authoriser"],
            approver_id=int(approver) if str(approver).isdigit() else None, owner_notified=v["owner_notified"],
            emergency=bool(v["emergency"]), due_at=v["due_at"], count=v["count"], remarks=v["remarks"]))


def _note(required: bool = False) -> Field:
    return Field("note", T("Keys", "Note"), kind="multiline", required=required,
                 check=_text("note", T("Keys", "Note"), 200, required))


def _reason() -> Field:
    return Field("reason", T("Keys", "Reason"), kind="multiline", required=True,
                 check=_text("reason", T("Keys", "Reason"), 200, True))


LOAN_FIELDS: dict[str, list[Field]] = {
    "return": [Field("count_in", T("Keys", "Keys returned"), required=True, max_len=2),
               Field("returned_by", T("Keys", "Returned by"), required=True, max_len=30,
                     check=_text("returned_by", T("Keys", "Returned by"), 30, True)),
               Field("confirm_loss", T("Keys", "Register missing keys as lost"), kind="check"),
               _note()],
    "extend": [Field("due_at", T("Keys", "New due time"), required=True, max_len=16), _reason()],
    "notify_owner": [Field("owner_notified", T("Keys", "How the owner was told"), required=True, max_len=100,
                           check=_text("owner_notified", T("Keys", "How the owner was told"), 100, True))],
    "lose": [_note(True)],
    "void": [_reason()],
}

KEY_FIELDS: dict[str, list[Field]] = {
    "report_lost": [_note(True)],
    "found": [_note()],
    "replace": [_note(True)],
    "restock": [Field("count", T("Keys", "Number of keys"), required=True, max_len=2), _note()],
    "withdraw": [Field("identity", T("Keys", "Owner (identity checked)"), required=True, max_len=30,
                       check=_text("identity", T("Keys", "Owner (identity checked)"), 30, True)), _note()],
    "void": [_reason()],
}


class _ActionDialog(EditorDialog):
    workflow = K.LOAN
    table: dict[str, list[Field]] = LOAN_FIELDS

    def __init__(self, window, context: dict) -> None:
        action = context["action"]
        super().__init__(window, "", [Field(**vars(f)) for f in self.table.get(action, [_note()])],
                         context=context)
        self.window_ = window
        transition = self.workflow.transition(action)
        self.setWindowTitle(f"{transition.label} — {context.get('title', '')}")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(str(transition.label))
        self.form.set_values(context.get("defaults") or {})
        self.setMinimumWidth(440)


class LoanActionDialog(_ActionDialog):
    """One action on a loan; ``context``: id, version, action, title, defaults."""

    kind = "key_loan"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, context)
        self.setObjectName(f"loanAction_{context['action']}")

    def submit(self, v: dict[str, Any]):
        return svc.act_loan(self.window_.db, self.window_.actor, self.context["id"], self.context["action"], v,
                            version=self.context.get("version"))


class KeyActionDialog(_ActionDialog):
    """One action on a key; ``context``: id, version, action, title."""

    kind = "key_item"
    workflow = K.KEY
    table = KEY_FIELDS

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, context)
        self.setObjectName(f"keyAction_{context['action']}")

    def submit(self, v: dict[str, Any]):
        return svc.act_key(self.window_.db, self.window_.actor, self.context["id"], self.context["action"], v,
                           version=self.context.get("version"))
