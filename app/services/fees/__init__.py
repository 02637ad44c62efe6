"""收费 — fee billing and collection at the desk (DOMAIN.md §4.15, §5).

Modules: :mod:`.items` (fee items, standards, the vacant-unit rate), :mod:`.readings` (meter readings, Excel
import), :mod:`.billing` (出账), :mod:`.counter` (收银台), :mod:`.receipts` (收据, 作废, 红冲, 补打),
:mod:`.deposits` (押金 and refunds), :mod:`.closing` (日结), :mod:`.arrears` (欠费 aging, reminders,
``arrears_of``), :mod:`.kpis` (收缴率, 清欠率 …, Excel export), :mod:`.hooks` (home tiles, handover items,
household card).

The API for the workflows to come (renovation, move-in, move-out), each inside the caller's unit of work so one
transaction spans the workflow's record and the money:

* ``deposits.take_deposit_in(s, actor, room, kind, amount, tenders, *, payer="", source="ZX…")`` → the
  deposit (YJ…) and its receipt (SJ…): renovation takes its 装修押金 before the permit;
* ``counter.collect_in(s, actor, room, Payment(bills=[…], tenders=[("cash", Decimal("500"))]))`` → the
  receipt: move-in collects its fees (``billing.one_off_in`` charges a one-off item first);
* ``deposits.apply_refund_in(s, actor, deposit_id, amount, *, deduction=…, reason=…)`` then
  ``deposits.review_refund_in`` (the supervisor acting) and ``deposits.pay_refund_in``: renovation after
  复验合格, move-out for a tenant deposit; ``deposits.transfer_in`` puts a deposit to the room's bills;
* ``arrears.settle_to(db, actor, room, day)`` → what the room owes up to ``day`` (bills due by then, late fees,
  less its balance and the deposits held): the settlement at move-out;
* ``arrears.arrears_of(session, room)`` → the room's arrears (amount overdue, bills, oldest due date, by aging)
  for the cross-workflow guards ("no release slip or move-out with arrears", §8.5).

Approvals (discounts, a late fee left out, red reversals, deductions, refunds, vacant rates, closing checks) are
given by the supervisor acting: signed in, or her own password typed at this desk (``common.Approval``, checked
by app.services.auth.confirm_password); a name picked from a list never approves.
"""
from app.services.fees import (  # noqa: F401
    arrears,
    billing,
    bills,
    closing,
    counter,
    deposits,
    hooks,
    items,
    kpis,
    printing,
    readings,
    receipts,
)
from app.services.fees.common import Approval
from app.services.fees.counter import Pay, Payment

__all__ = ["Approval", "Pay", "Payment", "arrears", "billing", "bills", "closing", "counter", "deposits", "items",
           "kpis", "readings", "receipts"]
