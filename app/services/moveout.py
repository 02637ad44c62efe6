"""撤租 — a tenant's move-out (DOMAIN.md §4.11) on the record kit.

The workflow, its fields and rules are declared in :mod:`app.domain.moveout`; this module registers it as a
record kind and adds what is its own:

* the application (CZ…): for the room's open lease, no other move-out under way (checked in the write
  transaction: two desks applying at once cannot both pass), the notice of the room's kind (parameters);
* the owner's consent (signature, authorisation attached, or phone, with its time);
* the inspection: each damage a line, its compensation a one-off bill (item ``PC``) of the fees ledger;
* the cards, keys and passes handed back, those missing charged (a bill) or noted;
* the settlement, refused while the room owes anything due up to the move-out date (``arrears_of``);
* the move-out: the lease ended through the lease's own 退租 action (the tenant's and co-residents' links
  ended, the room's occupancy given back);
* the refund of the tenant's deposits through the deposit ledger (applied, approved by the supervisor acting,
  paid out), never above what they hold less the deductions; the archive;
* :func:`clearance` (the checklist of what is done and open), :func:`release_allowed` (asked by the goods
  release of §4.12), the home tile, the handover's open items, the household-card section, the print sources.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import lease as LD
from app.domain import money
from app.domain import moveout as M
from app.domain.errors import ConflictError, ValidationError
from app.domain.fees.codes import OWING, DepositKind
from app.domain.moveout import KIND, MOVEOUT_MANAGE, MOVEOUT_VIEW, WORKFLOW
from app.domain.validation import mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, dashboard, open_items, params, printing, records
from app.services.base import Actor, unit_of_work
from app.services.fees import arrears, billing, deposits
from app.services.fees.common import Approval, confirmed, in_session
from app.services.shared import label_of, numbered
from db.engine import Database
from db.models import Room
from db.models.fees import FeeBill, FeeDeposit, FeeItem, FeeReceipt, FeeReceiptLine
from db.models.lease import Lease
from db.models.moveout import MoveOut, MoveOutLine

PAGE = "moveout"
ZERO = Decimal("0.00")
#: the deposits a move-out gives back (a renovation deposit goes back through its own case)
TENANT_DEPOSITS = (DepositKind.TENANT.value, DepositKind.UTILITY.value)
_APPROVAL = "moveout.approval"
MSG_GONE = T("Moveout", "This move-out no longer exists")
MSG_NO_ITEM = T("Moveout", "The fee item PC (赔偿费) is not set up: add it under Fee items")


def _today() -> date:
    return base.now().date()


def _cards(text: str) -> list[str]:
    return [c.strip() for c in (text or "").replace("，", ",").split(",") if c.strip()]


# =========================================================================================== application

def open_lease(s: Session, room_id: int) -> Lease | None:
    return s.scalar(select(Lease).where(Lease.room_id == room_id, Lease.status.in_(LD.OPEN))
                    .order_by(Lease.start_date.desc(), Lease.id.desc()).limit(1))


def _open_case(s: Session, room_id: int) -> MoveOut | None:
    return s.scalar(select(MoveOut).where(MoveOut.room_id == room_id, MoveOut.status.in_(M.OPEN))
                    .order_by(MoveOut.id.desc()).limit(1))


def _apply(s: Session, actor: Actor, v: dict[str, Any]) -> MoveOut:
    """A move-out applied for (已申请): the room's open lease, none under way, the notice of its kind."""
    room = records.room(s, v["room"])
    lease = open_lease(s, room.id)
    if lease is None:
        raise ValidationError(M.MSG_NO_LEASE.format(room=room.code), "room")
    other = _open_case(s, room.id)
    if other is not None:
        raise ConflictError(M.MSG_OPEN_CASE.format(room=room.code, number=other.number))
    p = params.load(s)
    residential, commercial = int(p["moveout.notice_days_residential"]), int(p["moveout.notice_days_commercial"])
    shop = M.is_commercial(room.room_type)
    M.check_notice(v["planned_date"], _today(), commercial if shop else residential, shop)
    tenant = v["applicant_role"] == M.ApplicantRole.TENANT.value
    case = MoveOut(room_id=room.id, room_code=room.code, lease_id=lease.id, tenant_name=lease.tenant_name,
                   owner_name=lease.owner_name,
                   applicant=v["applicant"] or (lease.tenant_name if tenant else lease.owner_name),
                   applicant_role=v["applicant_role"], phone=v["phone"], reason=v["reason"],
                   applied_on=_today(), planned_date=v["planned_date"], cards_issued=len(_cards(lease.access_cards)))
    records.create_in(s, actor, CASES, case, data={"planned_date": v["planned_date"], "lease": lease.number})
    records.link(s, (LD.KIND, lease.id), (KIND, case.id), "moveout")
    return case


def _consent(ctx: records.Act) -> None:
    if ctx.values["consent_at"] > ctx.now:
        raise ValidationError(M.MSG_CONSENT_FUTURE, "consent_at")


# =========================================================================================== charges

def _item(s: Session) -> FeeItem:
    item = s.scalar(select(FeeItem).where(FeeItem.code == M.COMPENSATION_ITEM))
    if item is None or not item.active:
        raise ValidationError(MSG_NO_ITEM, "damages")
    return item


def _charge(ctx: records.Act, kind: str, location: str, what: str, amount: Decimal) -> Decimal:
    """A line of the move-out; a compensation above zero is a one-off bill the cashier collects."""
    s, case = ctx.session, ctx.record
    bill = billing.one_off_in(s, ctx.actor, case.room_id, _item(s).id, price=amount) if amount > 0 else None
    s.add(MoveOutLine(moveout_id=case.id, kind=kind, location=location, item=what, amount=amount,
                      bill_id=bill.id if bill else None))
    return amount


def _inspect(ctx: records.Act) -> None:
    """The unit checked: each damage a line, its compensation billed; the repairs notified in writing."""
    damages = M.parse_damages(ctx.values.get("damages"))
    total = sum((_charge(ctx, "damage", d.location, d.item, d.amount) for d in damages), ZERO)
    ctx.record.inspected_at = ctx.now
    ctx.data["compensation"] = str(total)


def _returns(ctx: records.Act) -> None:
    """Cards, keys and passes handed back; the access cards short are charged or noted."""
    case, v = ctx.record, ctx.values
    M.check_returns(case.cards_issued, v["cards_returned"], v.get("missing_charge"), v.get("missing_note"))
    case.cards_returned, case.keys_returned = v["cards_returned"], v["keys_returned"]
    case.passes_returned = v.get("passes_returned") or 0
    case.missing_note = (v.get("missing_note") or "")[:200]
    charge = v.get("missing_charge") or ZERO
    if charge > 0:
        _charge(ctx, "missing", "", case.missing_note or str(T("Moveout", "Cards or keys not handed back")), charge)


# =========================================================================================== settlement

def owed_of(s: Session, case: MoveOut) -> arrears.Arrears:
    """What the room owes that falls due up to the move-out date (today, if that has passed)."""
    day = max(case.actual_date or case.planned_date, _today())
    return arrears.arrears_of(s, case.room_id, day + timedelta(days=1))


def _may_settle(ctx: records.Act) -> None:
    case = ctx.record
    if case.cards_returned is None:
        raise ConflictError(M.MSG_NO_RETURNS)
    owed = owed_of(ctx.session, case)
    if owed:
        day = max(case.planned_date, _today())
        raise ConflictError(M.MSG_ARREARS.format(room=case.room_code, amount=money.format_yuan(owed.amount),
                                                 bills=owed.bills, day=day.isoformat()))


def _settled(ctx: records.Act) -> None:
    ctx.record.settled_at = ctx.now


def release_allowed(session: Session, room_id: int, on: date) -> Text | None:
    """May goods leave ``room_id`` on ``on`` as far as a move-out is concerned? The goods release (§4.12)
    asks it before it issues a slip. None: no move-out of the room is under way, or its fees were settled by
    ``on`` (已结算 and later); else the reason, in the user's language (a move-out applied, agreed or
    inspected but not settled: security does not let the furniture leave)."""
    case = _open_case(session, room_id)
    if case is None:
        return None
    settled = case.status == "settled" and case.settled_at is not None and case.settled_at.date() <= on
    if settled:
        return None
    return M.MSG_NOT_CLEARED.format(room=case.room_code, number=case.number,
                                    state=WORKFLOW.state(case.status).label)


def _moved_out(ctx: records.Act) -> None:
    """The lease ended by its own 退租 action (the people's links ended, the room's occupancy given back)."""
    case, day = ctx.record, ctx.values["actual_date"]
    if day < case.applied_on:
        raise ValidationError(M.MSG_BEFORE_APPLIED.format(day=case.applied_on.isoformat()), "actual_date")
    lease = ctx.session.get(Lease, case.lease_id)
    if lease is not None and lease.status in LD.OPEN:
        if day < lease.start_date:
            raise ValidationError(LD.MSG_ENDED_ON.format(start=lease.start_date.isoformat()), "actual_date")
        ctx.act(LD.KIND, lease, "terminate", {"ended_on": day.isoformat()})


# =========================================================================================== refund

def _deposits(s: Session, room_id: int) -> list[FeeDeposit]:
    return list(s.scalars(select(FeeDeposit).where(FeeDeposit.room_id == room_id,
                                                   FeeDeposit.kind.in_(TENANT_DEPOSITS), FeeDeposit.held > 0)
                          .order_by(FeeDeposit.id)).all())


def held_of(s: Session, room_id: int) -> Decimal:
    return sum((d.held for d in _deposits(s, room_id)), ZERO)


def _refund(ctx: records.Act) -> None:
    """The tenant's deposits back through the ledger: the deduction first, then the refund, deposit by deposit;
    each applied, approved by the supervisor acting (signed in, or her password typed: :func:`refund`) and
    paid out."""
    s, case, v = ctx.session, ctx.record, ctx.values
    amount, deduction = v["amount"] or ZERO, v.get("deduction") or ZERO
    found = _deposits(s, case.room_id)
    held = sum((d.held for d in found), ZERO)
    M.check_refund(amount, deduction, held, v.get("deduction_reason"))
    approval = s.info.get(_APPROVAL)
    numbers = []
    for d in found:
        take = min(deduction, d.held)
        back = min(amount, d.held - take)
        deduction, amount = deduction - take, amount - back
        if take + back <= 0:
            continue
        refund = deposits.apply_refund_in(s, ctx.actor, d.id, back, deduction=take,
                                          deduction_reason=v.get("deduction_reason") or "",
                                          payee=case.tenant_name, reason=f"{case.number} 撤租")
        deposits.review_refund_in(s, ctx.actor, refund.id, True, approval=approval)
        deposits.pay_refund_in(s, ctx.actor, refund.id)
        numbers.append(refund.number)
    case.deposit_held, case.deducted, case.refunded = held, v.get("deduction") or ZERO, v["amount"] or ZERO
    case.refunded_at = ctx.now
    case.refund_no = numbers[0] if numbers else ""
    ctx.data["refunds"] = "、".join(numbers)


def refund(db: Database, actor: Actor, case_id: int, raw: Mapping[str, Any], approval: Approval | None = None,
           *, version: int | None = None) -> int:
    """The refund action with the supervisor's approval: herself signed in (``approval`` None), or another
    supervisor typing her own password at this desk."""
    actor.require(MOVEOUT_VIEW)
    checked = confirmed(db, actor, approval)
    with unit_of_work(db, actor) as s:
        in_session(s, checked)
        s.info[_APPROVAL] = approval
        return int(records.act_in(s, actor, CASES, case_id, "refund", raw, version=version).record.id)


# =========================================================================================== the checklist

@dataclass(frozen=True)
class CheckLine:
    """One step of the clearance: its label, done or open, and what it says (in the user's language)."""

    label: str
    done: bool
    detail: str = ""


def _lines(s: Session, case_id: int) -> list[MoveOutLine]:
    return list(s.scalars(select(MoveOutLine).where(MoveOutLine.moveout_id == case_id)
                          .order_by(MoveOutLine.id)).all())


def _yuan(amount: Decimal) -> str:
    return money.format_yuan(amount)


def clearance(session: Session, moveout_id: int) -> list[CheckLine]:
    """What of the move-out is done and what is still open, step by step (the checklist screen)."""
    case: MoveOut = records.load(session, CASES, moveout_id)
    lines = _lines(session, case.id)
    damage = sum((ln.amount for ln in lines if ln.kind == "damage"), ZERO)
    owed = owed_of(session, case)
    past_settled = case.status in ("settled", "moved_out", "refunded", "closed")
    held = held_of(session, case.room_id)
    out = [
        CheckLine(str(T("Moveout", "Application and notice")), True,
                  str(T("Moveout", "moving out on {day}")).format(day=case.planned_date.isoformat())),
        CheckLine(str(T("Moveout", "Owner's consent")), bool(case.consent_kind),
                  f"{label_of(M.ConsentKind, case.consent_kind)} {case.consent_by} {case.consent_at:%Y-%m-%d %H:%M}"
                  if case.consent_kind and case.consent_at else str(T("Moveout", "still to confirm with the owner"))),
        CheckLine(str(T("Moveout", "Unit inspection")), case.inspected_at is not None,
                  str(T("Moveout", "by {who}: {n} damages, compensation {amount}")).format(
                      who=case.inspector, n=sum(1 for ln in lines if ln.kind == "damage"), amount=_yuan(damage))
                  if case.inspected_at else str(T("Moveout", "engineering inspects against the move-in list"))),
        CheckLine(str(T("Moveout", "Cards, keys and passes back")), case.cards_returned is not None,
                  str(T("Moveout", "cards {back} of {issued}, keys {keys}, passes {passes}")).format(
                      back=case.cards_returned, issued=case.cards_issued, keys=case.keys_returned,
                      passes=case.passes_returned) + (f"；{case.missing_note}" if case.missing_note else "")
                  if case.cards_returned is not None
                  else str(T("Moveout", "{n} access cards issued on the lease")).format(n=case.cards_issued)),
        CheckLine(str(T("Moveout", "Fees settled up to the move-out date")), past_settled and not owed,
                  str(T("Moveout", "still owes {amount} ({bills} bills)")).format(amount=_yuan(owed.amount),
                                                                                 bills=owed.bills)
                  if owed else str(T("Moveout", "nothing owed"))),
        CheckLine(str(T("Moveout", "Goods may leave")), past_settled,
                  case.release_slip_no or (str(T("Moveout", "after the settlement")) if not past_settled else "")),
        CheckLine(str(T("Moveout", "Tenant moved out, lease ended")), case.actual_date is not None,
                  case.actual_date.isoformat() if case.actual_date else ""),
        CheckLine(str(T("Moveout", "Deposit refunded")), case.refunded_at is not None,
                  str(T("Moveout", "held {held}, deducted {deducted}, refunded {refunded}")).format(
                      held=_yuan(case.deposit_held), deducted=_yuan(case.deducted), refunded=_yuan(case.refunded))
                  if case.refunded_at else str(T("Moveout", "deposits held {held}")).format(held=_yuan(held))),
        CheckLine(str(T("Moveout", "Archived")), case.status == "closed"),
    ]
    return out


def checklist(db: Database, actor: Actor, moveout_id: int) -> list[CheckLine]:
    actor.require(MOVEOUT_VIEW)
    with db.read() as s:
        return clearance(s, moveout_id)


# =========================================================================================== reading

@dataclass(frozen=True)
class MoveOutDetail:
    room_id: int
    room_code: str
    lease_id: int
    tenant_name: str
    owner_name: str
    held: Decimal
    refund_no: str
    checklist: tuple[CheckLine, ...]


def move_in_list(s: Session, room_id: int) -> tuple[str, list[Any]]:
    """The room's last joint inspection at move-in (its number and checklist lines, ``movein.CheckLine``): what
    the move-out inspection compares against (§4.11 step 3). ("", []) for a room handed over before the system."""
    from app.services import movein
    from db.models.movein import MoveIn
    row = s.execute(select(MoveIn.id, MoveIn.number).where(MoveIn.room_id == room_id,
                                                           MoveIn.inspected_on.is_not(None))
                    .order_by(MoveIn.id.desc()).limit(1)).first()
    return (row.number, movein.check_lines(s, row.id)) if row else ("", [])


def _detail(s: Session, actor: Actor, case: MoveOut) -> MoveOutDetail:
    return MoveOutDetail(case.room_id, case.room_code, case.lease_id, case.tenant_name, case.owner_name,
                         held_of(s, case.room_id), case.refund_no, tuple(clearance(s, case.id)))


def _rows(s: Session, actor: Actor, case: MoveOut) -> list[tuple[Text | str, str]]:
    from app.domain.permissions import PEOPLE_SEE_ID
    lease = s.get(Lease, case.lease_id)
    phone = case.phone if actor.can(PEOPLE_SEE_ID) else mask_phone(case.phone)
    return [
        (M.ROOM.label, case.room_code),
        (T("Moveout", "Lease"), f"{lease.number} · {case.tenant_name}" if lease else case.tenant_name),
        (M.APPLICANT.label, f"{case.applicant}（{label_of(M.ApplicantRole, case.applicant_role)}）"),
        (M.PHONE.label, phone),
        (M.PLANNED.label, case.planned_date.isoformat()),
        (M.REASON.label, case.reason),
        (M.ACTUAL.label, case.actual_date.isoformat() if case.actual_date else ""),
        (M.SLIP.label, case.release_slip_no),
        (T("Moveout", "Move-in checklist"), _move_in_summary(s, case.room_id)),
    ]


def _move_in_summary(s: Session, room_id: int) -> str:
    number, lines = move_in_list(s, room_id)
    if not number:
        return str(T("Moveout", "none on record: the room was handed over before this system"))
    wrong = [ln.label for ln in lines if not ln.ok]
    return str(T("Moveout", "{number}: {n} items, {d} with defects at move-in{which}").format(
        number=number, n=len(lines), d=len(wrong), which=f"（{'、'.join(wrong)}）" if wrong else ""))


def _flags(s: Session, case: MoveOut) -> list[Text | str]:
    if case.status in ("inspected", "settled") and owed_of(s, case):
        return [T("Moveout", "Fees still owed")]
    return []


CASES = records.register(records.RecordKind(
    WORKFLOW, MoveOut, MOVEOUT_VIEW, page=PAGE, create_permission=MOVEOUT_MANAGE, create=_apply,
    title=lambda c: f"{c.room_code} · {c.tenant_name}", rows=_rows, detail=_detail, flags=_flags,
    guards={"consent": _consent, "settle": _may_settle},
    effects={"inspect": _inspect, "returns": _returns, "settle": _settled, "move_out": _moved_out,
             "refund": _refund},
    not_found=MSG_GONE))


# =========================================================================================== KPIs

#: a move-out in these states is done: the tenant has left
MOVED_OUT = ("moved_out", "refunded", "closed")


@dataclass(frozen=True)
class MoveOutKpis:
    completed: int            # tenants moved out in the period (actual date)
    arrears: Decimal          # what their rooms still owe that fell due by the move-out date (§4.11: 0)
    with_arrears: int         # of the period's move-outs, those whose room owes it


def kpis(db: Database, actor: Actor, first: date, last: date) -> MoveOutKpis:
    """Move-outs per month and the arrears at move-out (§4.11 KPIs): bills due by the actual date, unpaid."""
    actor.require(MOVEOUT_VIEW)
    done = (MoveOut.status.in_(MOVED_OUT), MoveOut.actual_date >= first, MoveOut.actual_date <= last)
    owed = (select(MoveOut.id, func.sum(FeeBill.outstanding).label("owed"))
            .join(FeeBill, FeeBill.room_id == MoveOut.room_id)
            .where(*done, FeeBill.status.in_(OWING), FeeBill.due_date <= MoveOut.actual_date)
            .group_by(MoveOut.id).subquery())
    with db.read() as s:
        completed = s.scalar(select(func.count()).select_from(MoveOut).where(*done)) or 0
        row = s.execute(select(func.coalesce(func.sum(owed.c.owed), 0).label("total"),
                               func.count().label("cases")).where(owed.c.owed > 0)).one()
    total: Any = row.total
    amount = total if isinstance(total, Decimal) else Decimal(total) / 100      # a bare sum: in fen
    return MoveOutKpis(int(completed), amount, int(row.cases))


# =========================================================================================== the desk's hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    under_way = s.scalar(select(func.count()).where(MoveOut.status.in_(M.OPEN))) or 0
    refunds = s.scalar(select(func.count()).where(MoveOut.status == "moved_out")) or 0
    return [dashboard.Tile(T("Moveout", "Move-outs under way"), str(under_way),
                           str(T("Moveout", "{n} deposit refunds due")).format(n=refunds), PAGE,
                           "attention" if refunds else "normal")]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    rows = s.scalars(select(MoveOut).where(MoveOut.status.in_((*M.OPEN, "moved_out")))
                     .order_by(MoveOut.planned_date, MoveOut.id).limit(100)).all()
    group = T("Moveout", "Move-outs to clear")
    return [open_items.OpenItem(group, f"{c.room_code} {c.tenant_name} · {WORKFLOW.state(c.status).label} · "
                                       f"{c.planned_date:%m-%d}", c.number, PAGE, c.id) for c in rows]


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    rows = s.scalars(select(MoveOut).where(MoveOut.room_id == room.id).order_by(MoveOut.id.desc()).limit(5)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("Moveout", "Move-outs"),
        [T("Moveout", "No."), T("Moveout", "Tenant"), T("Moveout", "Moving out on"), T("Moveout", "Status")],
        [[c.number, c.tenant_name, (c.actual_date or c.planned_date).isoformat(),
          str(WORKFLOW.state(c.status).label)] for c in rows])


dashboard.register("moveout", MOVEOUT_VIEW, _tiles)
open_items.register("moveout", MOVEOUT_VIEW, _open_items)
card_sections.register("moveout", _card_section, MOVEOUT_VIEW)

# =========================================================================================== forms

MSG_NO_NUMBER = T("Moveout", "No move-out has the number {number}")


def _head(s: Session, actor: Actor, number: str) -> tuple[MoveOut, dict[str, Any]]:
    """The move-out by number and the fields every form starts with, in Chinese."""
    actor.require(MOVEOUT_VIEW)
    case: MoveOut = numbered(s, MoveOut, number, MSG_NO_NUMBER)
    lease = s.get(Lease, case.lease_id)
    return case, dict(number=case.number, room=case.room_code, lease_no=lease.number if lease else "",
                      tenant_name=case.tenant_name, owner_name=case.owner_name, planned_date=case.planned_date,
                      actual_date=case.actual_date, status=WORKFLOW.state(case.status).printed,
                      printed_by=actor.name, printed_at=base.now())


def _application(s: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """退租（撤租）申请表."""
    from app.domain.permissions import PEOPLE_SEE_ID
    from app.printing.forms.moveout_forms import MoveOutApplication
    case, head = _head(s, actor, number)
    consent = (f"{M.ConsentKind.printed(case.consent_kind)} {case.consent_by} {case.consent_at:%Y-%m-%d %H:%M}"
               if case.consent_kind and case.consent_at else "")
    return MoveOutApplication(**head, applicant=case.applicant,
                              applicant_role=M.ApplicantRole.printed(case.applicant_role), phone=case.phone,
                              reason=case.reason, applied_on=case.applied_on, consent=consent,
                              mask_private=not actor.can(PEOPLE_SEE_ID)), case.status == "cancelled"


def _inspection(s: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """退租验房单: the damages and what was handed back."""
    from app.printing.forms.moveout_forms import DamageLine, MoveOutInspection
    case, head = _head(s, actor, number)
    lines = _lines(s, case.id)
    returns = (f"门禁卡 {case.cards_returned}/{case.cards_issued}，钥匙 {case.keys_returned}，"
               f"出入证 {case.passes_returned}" + (f"；{case.missing_note}" if case.missing_note else "")
               if case.cards_returned is not None else "")
    from app.printing.forms.moveout_forms import ReferenceLine
    reference_no, reference = move_in_list(s, case.room_id)
    return MoveOutInspection(**head, inspector=case.inspector, inspected_at=case.inspected_at,
                             reference_no=reference_no,
                             reference=[ReferenceLine(c.printed, c.ok, c.note) for c in reference],
                             damages=[DamageLine(ln.location, ln.item, ln.amount) for ln in lines
                                      if ln.kind == "damage"],
                             missing=[DamageLine("", f"遗失：{ln.item}", ln.amount) for ln in lines
                                      if ln.kind == "missing"], returns=returns), case.status == "cancelled"


def _settlement(s: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """费用结算单: the bills of the lease's term up to the move-out date, paid and with their receipts."""
    from app.printing.forms.moveout_forms import MoveOutSettlement, SettlementLine
    case, head = _head(s, actor, number)
    lease = s.get(Lease, case.lease_id)
    day = max(case.actual_date or case.planned_date, _today())
    since = lease.start_date if lease else case.applied_on
    bills = s.execute(select(FeeBill, FeeItem.name).join(FeeItem, FeeItem.id == FeeBill.item_id).where(
        FeeBill.room_id == case.room_id, FeeBill.period_end >= since, FeeBill.due_date <= day,
        FeeBill.status != "void").order_by(FeeBill.period_start, FeeBill.id).limit(200)).all()
    receipts = dict(s.execute(select(FeeReceiptLine.bill_id, FeeReceipt.number)
                              .join(FeeReceipt, FeeReceipt.id == FeeReceiptLine.receipt_id)
                              .where(FeeReceiptLine.bill_id.in_([b.id for b, _ in bills]))).all()) if bills else {}
    lines = [SettlementLine(name, b.period if len(b.period) == 7 else f"{b.period_start:%Y-%m-%d}", b.amount,
                            b.paid, receipts.get(b.id, "")) for b, name in bills]
    held = case.deposit_held if case.refunded_at else held_of(s, case.room_id)
    return MoveOutSettlement(**head, lines=lines, arrears=owed_of(s, case).amount, deposit_held=held,
                             deducted=case.deducted, refunded=case.refunded, refund_no=case.refund_no), \
        case.status == "cancelled"


printing.register_source("moveout_application", _application)
printing.register_source("moveout_inspection", _inspection)
printing.register_source("moveout_settlement", _settlement)

__all__ = ["CASES", "CheckLine", "clearance", "checklist", "release_allowed", "refund", "owed_of", "held_of"]
