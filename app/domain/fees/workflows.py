"""The three declared workflows of 收费 (DOMAIN.md §5.5–5.6) on the one engine.

The actions are hidden: app.services.fees does them, and the approvals they need (a red reversal, a deduction,
a refund's review) are the supervisor's acting herself, checked there (app.services.fees.common.approver_in),
whoever operates the desk.

* a **receipt** (收据, SJ{yyyy}-{seq}: one yearly sequence that never skips or repeats): 已开具 → 已日结 with the
  cashier's daily closing; 已开具 → 作废 the same day before closing; 已日结 → 已红冲 by a negative receipt
  approved by the supervisor (the negative receipt is itself issued and closed with its day). Every step is
  done by app.services.fees (hidden actions: the counter, the closing and the reversal are their own dialogs);
  a reprint (补打) is an event too;
* a **deposit** (押金, YJ…): 收取中 → 部分退还 → 已结清, its ledger of taken, deducted, transferred to fees and
  refunded amounts kept by app.services.fees.deposits;
* a **refund application** (押金退还, TK…): 申请 → 已批准 → 已退款, or 已驳回; the supervisor approves acting
  herself.
"""
from __future__ import annotations

from app.domain.fees.codes import FEES_COLLECT
from app.domain.fields import FieldSpec
from app.domain.workflow import STAY, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T

RECEIPT_KIND, DEPOSIT_KIND, REFUND_KIND = "fee_receipt", "fee_deposit", "fee_refund"
REASON = FieldSpec("reason", T("Field", "Reason"), required=True, max_len=200, wide=True)

RECEIPT = register(Workflow(
    RECEIPT_KIND, label=T("Workflow", "Receipt"), doc_type="SJ", initial="issued",
    created_label=T("Fees", "Issued"),
    states=[
        State("issued", T("State", "Issued"), print_label="已开具"),
        State("closed", T("State", "Closed for the day"), print_label="已日结"),
        State("void", T("State", "Void"), terminal=True, print_label="作废"),
        State("reversed", T("State", "Reversed"), terminal=True, tone="void", print_label="已红冲"),
    ],
    transitions=[
        Transition("void", "issued", "void", label=T("Action", "Void"), permission=FEES_COLLECT, hidden=True,
                   fields=(REASON,), note=False),
        Transition("close", "issued", "closed", label=T("Action", "Close the day"), permission=FEES_COLLECT,
                   hidden=True, note=False),
        Transition("reverse", "closed", "reversed", label=T("Action", "Red reversal"), permission=FEES_COLLECT,
                   hidden=True, fields=(REASON,), note=False),
        Transition("reprint", ("issued", "closed"), STAY, label=T("Action", "Reprint"), permission=FEES_COLLECT,
                   hidden=True, note=False),
    ]))

DEPOSIT = register(Workflow(
    DEPOSIT_KIND, label=T("Workflow", "Deposit"), doc_type="YJ", initial="held", created_label=T("Fees", "Taken"),
    states=[
        State("held", T("State", "Held"), print_label="收取中"),
        State("partly", T("State", "Partly refunded"), print_label="部分退还"),
        State("settled", T("State", "Settled"), terminal=True, print_label="已结清"),
        State("void", T("State", "Void"), terminal=True, print_label="作废"),
    ],
    transitions=[
        Transition("deduct", ("held", "partly"), STAY, label=T("Action", "Deduct"), permission=FEES_COLLECT,
                   hidden=True, fields=(REASON,), note=False),
        Transition("transfer", ("held", "partly"), STAY, label=T("Action", "Transfer to fees"),
                   permission=FEES_COLLECT, hidden=True, note=False),
        Transition("refund", ("held", "partly"), "partly", label=T("Action", "Refund part"), permission=FEES_COLLECT,
                   hidden=True, note=False),
        Transition("settle", ("held", "partly"), "settled", label=T("Action", "Settle"), permission=FEES_COLLECT,
                   hidden=True, note=False),
        # the receipt that took it was voided or reversed
        Transition("void", "held", "void", label=T("Action", "Void"), permission=FEES_COLLECT, hidden=True,
                   note=False),
    ]))

REFUND = register(Workflow(
    REFUND_KIND, label=T("Workflow", "Deposit refund"), doc_type="TK", initial="applied",
    created_label=T("Fees", "Applied for"),
    states=[
        State("applied", T("State", "Awaiting review"), tone="attention", print_label="审核中"),
        State("approved", T("State", "Approved"), print_label="已批准"),
        State("refunded", T("State", "Refunded"), terminal=True, print_label="已退款"),
        State("rejected", T("State", "Rejected"), terminal=True, tone="void", print_label="已驳回"),
    ],
    transitions=[
        Transition("approve", "applied", "approved", label=T("Action", "Approve"), permission=FEES_COLLECT,
                   hidden=True),
        Transition("reject", "applied", "rejected", label=T("Action", "Reject"), permission=FEES_COLLECT,
                   hidden=True, needs_note=True),
        Transition("pay", "approved", "refunded", label=T("Action", "Pay out"), permission=FEES_COLLECT,
                   hidden=True),
    ]))
