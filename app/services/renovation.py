"""房屋装修申报 — the renovation case through the record kit (DOMAIN.md §4.14): the application with its
checks (room delivered, no other case under way, dates, the owner's consent, the documents' checklist), the
worker list and passes, the reviews by the approver acting, the three-party agreement, the fees and deposits
taken at the counter (app.services.fees), the permit (the room 装修中), extensions, acceptance, deductions in
the order of §4.14 step 10 and the refund through the deposits' ledger; and the desk's hooks (home tiles,
open items, household card).

Approvals are done by the approver acting: signed in herself, or typing her own password at this desk
(:func:`act_as`: the action is then done, and logged, as hers). The other workflows of the renovation chain
(§4.7 site supervision, §4.12 goods release) ask :func:`active_permit_of` whether a room has a permit on a day.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import money
from app.domain import renovation as RN
from app.domain.enums import DeliveryState, OccupancyState
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.fees.codes import DepositKind
from app.domain.parameters import effective_value
from app.domain.renovation import RENO_MANAGE, RENO_VIEW, WORKFLOW, FeeKind
from app.domain.vacancy import RemovalReason
from app.domain.validation import check_phone, check_text
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import attachments, auth, base, card_sections, clocks, dashboard, open_items, printing, records
from app.services import params as params_service
from app.services import workflow as wf
from app.services.base import Actor, unit_of_work
from app.services.fees import arrears, billing, counter, deposits
from app.services.fees.common import payer_of
from app.services.shared import label_of
from db.engine import Database
from db.models import Attachment, Room, Staff
from db.models.fees import FeeDeposit, FeeItem
from db.models.renovation import Renovation, RenovationDeduction, RenovationFee, RenovationWorker

PAGE = "renovation"
KIND = RN.KIND                       # the record kind (records.get/act, records_changed)
ZERO = Decimal("0.00")
APPROVER_PASSWORD = "approver_password"
MSG_GONE = T("Renovation", "This renovation case no longer exists")
MSG_APPROVE_IN_PERSON = T("Renovation", "The approver acts herself: signed in, or typing her own password here")
#: the fee items a case charges at the counter (app.services.fees.items)
ITEM_OF = {FeeKind.GARBAGE: "LJ", FeeKind.MANAGEMENT: "GL", FeeKind.PASS_FEE: "GB"}


def _today() -> date:
    return base.now().date()


def _case(s: Session, case_id: int) -> Renovation:
    case: Renovation = records.load(s, CASES, case_id)
    return case


# =========================================================================================== application

def _active_case(s: Session, room_id: int, exclude: int | None = None) -> Renovation | None:
    query = select(Renovation).where(Renovation.room_id == room_id, Renovation.status.in_(RN.ACTIVE))
    if exclude is not None:
        query = query.where(Renovation.id != exclude)
    return s.scalar(query.order_by(Renovation.id).limit(1))


def _check_tenant(s: Session, room: Room, name: str) -> None:
    """A tenant applies as the tenant of the room's open lease (§2.2: a tenant is a lease's)."""
    from app.domain.lease import OPEN
    from db.models.lease import Lease
    lease = s.scalar(select(Lease).where(Lease.room_id == room.id, Lease.status.in_(OPEN))
                     .order_by(Lease.start_date.desc(), Lease.id.desc()).limit(1))
    if lease is None:
        raise ValidationError(RN.MSG_NO_LEASE.format(room=room.code), "applicant_role")
    if lease.tenant_name.strip() != name.strip():
        raise ValidationError(RN.MSG_NOT_TENANT.format(name=name, room=room.code, number=lease.number,
                                                       tenant=lease.tenant_name), "applicant")


def _register(s: Session, actor: Actor, values: dict[str, Any]) -> Renovation:
    """A new application (ZX…, 待受理): the room delivered and without another case under way, the dates of
    the parameters, the owner's consent attached for a tenant (the tenant of the room's open lease) or an
    agent."""
    room = records.room(s, values["room"], "room")
    if room.delivery_state != DeliveryState.DELIVERED.value:
        raise ValidationError(RN.MSG_NOT_DELIVERED.format(room=room.code), "room")
    other = _active_case(s, room.id)
    if other is not None:
        raise ConflictError(RN.MSG_ACTIVE_CASE.format(room=room.code, number=other.number,
                                                      state=WORKFLOW.state(other.status).label))
    params = params_service.load(s)
    RN.check_dates(values["planned_start"], values["planned_end"], _today(),
                   effective_value("renovation.application_lead_days", params),
                   effective_value("renovation.max_duration_days", params))
    RN.check_consent(values["applicant_role"], bool(values.get(RN.CONSENT)))
    if values["applicant_role"] == RN.ApplicantRole.TENANT.value:
        _check_tenant(s, room, values["applicant"])
    special = ",".join(flag.value for flag, spec in RN.SPECIAL_FIELDS.items() if values.get(spec.key))
    case = Renovation(
        room_id=room.id, room_code=room.code, applicant=values["applicant"], applicant_role=values["applicant_role"],
        phone=values["phone"], reno_type=values["reno_type"], items=values["items"], special=special,
        planned_start=values["planned_start"], planned_end=values["planned_end"], fire_person=values["fire_person"],
        company=values["company"], licence_no=values["licence_no"] or "", head_name=values["head_name"],
        head_phone=values["head_phone"], head_id=values["head_id"] or "", remarks=values.get("remarks") or "")
    records.create_in(s, actor, CASES, case, data={"room": room.code, "applicant": case.applicant})
    return case


def missing_of(s: Session, case: Renovation) -> list[Text]:
    """What the case's file still lacks (the checklist of §4.14 step 2)."""
    roles = s.scalars(select(Attachment.role).where(Attachment.kind == KIND, Attachment.record_id == case.id)).all()
    workers = [(w.id, w.name) for w in _workers(s, case.id)]
    return RN.missing_documents(case.applicant_role, RN.specials_of(case.special), roles, workers)


def _complete(ctx: records.Act) -> None:
    """The pre-review passes a complete file only (what is missing is named)."""
    missing = missing_of(ctx.session, ctx.record)
    if missing:
        raise ValidationError(RN.MSG_INCOMPLETE.format(missing="、".join(str(m) for m in missing)), "note")


def _engineering(ctx: records.Act) -> None:
    ctx.record.eng_by, ctx.record.eng_at = ctx.actor.staff_id, ctx.now


def _manager(ctx: records.Act) -> None:
    ctx.record.mgr_by, ctx.record.mgr_at = ctx.actor.staff_id, ctx.now


def act_as(db: Database, actor: Actor, case_id: int, action: str, raw: Mapping[str, Any] | None = None, *,
           approver: int | None = None, approver_password: str = "", version: int | None = None) -> int:
    """An approval (engineering review, the manager's approval or refusal, an extension, the refund) done by
    the approver acting (:func:`app.services.records.act_as`): signed in, or typing her own password here."""
    return records.act_as(db, actor, KIND, case_id, action, raw, approver=approver,
                          approver_password=approver_password, version=version, in_person=MSG_APPROVE_IN_PERSON,
                          may_not=RN.MSG_APPROVER)


# =========================================================================================== workers

def _workers(s: Session, case_id: int) -> list[RenovationWorker]:
    return list(s.scalars(select(RenovationWorker).where(RenovationWorker.renovation_id == case_id)
                          .order_by(RenovationWorker.seq)).all())


def add_worker(db: Database, actor: Actor, case_id: int, name: str, id_number: str, phone: str = "",
               photo: Any = None) -> int:
    """A worker on the case's list (装修施工人员登记表): a valid resident ID not already on it, a photo (for the
    pass) attached. A worker added after the permit gets a pass at once. Returns the worker's id."""
    actor.require(RENO_MANAGE)
    with unit_of_work(db, actor) as s:
        case = _case(s, case_id)
        if case.status not in WORKFLOW.transition("worker").sources:
            raise ConflictError(RN.MSG_WORKERS_LOCKED.format(state=WORKFLOW.state(case.status).label))
        WORKFLOW.check_allowed(case.status, "worker", actor.permissions)
        label = str(RN.WORKER_NAME.label)
        clean = check_text(name, "name", label, max_len=30)
        workers = _workers(s, case.id)
        number = RN.check_worker_id(id_number, (w.id_number for w in workers), clean)
        worker = RenovationWorker(renovation_id=case.id, seq=max((w.seq for w in workers), default=0) + 1,
                                  name=clean, id_number=number, phone=check_phone(phone, "phone") if phone else "")
        s.add(worker)
        s.flush()
        if photo is not None:
            attachments.add(s, actor, KIND, case.id, [photo], role=RN.WORKER_PHOTO.format(id=worker.id),
                            field="photo")
        if case.permit_no:
            _issue_pass(s, case, worker)
        wf.transition_event(s, actor, WORKFLOW, case, "worker", {},
                            data={"worker": clean, "id_number": RN.masked_id(number)})
        return int(worker.id)


def _pass_days(s: Session) -> int:
    return int(effective_value("renovation.pass_long_days", params_service.load(s)))


def _issue_pass(s: Session, case: Renovation, worker: RenovationWorker) -> None:
    assert case.valid_until is not None
    worker.pass_issue += 1
    worker.pass_no = RN.pass_number(case.permit_no, worker.seq, worker.pass_issue)
    worker.pass_valid_until = RN.pass_valid_until(_today(), _pass_days(s), case.valid_until)
    worker.returned = False


def reissue_pass(db: Database, actor: Actor, case_id: int, worker_id: int, reason: str) -> str:
    """A lost or revoked pass re-issued under a new number (the old one no longer valid); returns it."""
    actor.require(RENO_MANAGE)
    with unit_of_work(db, actor) as s:
        case = _case(s, case_id)
        WORKFLOW.check_allowed(case.status, "worker", actor.permissions)
        worker = s.get(RenovationWorker, worker_id)
        if worker is None or worker.renovation_id != case.id:
            raise NotFound(RN.MSG_NO_WORKER)
        if not case.permit_no:
            raise ConflictError(RN.MSG_WORKERS_LOCKED.format(state=WORKFLOW.state(case.status).label))
        old = worker.pass_no
        _issue_pass(s, case, worker)
        wf.transition_event(s, actor, WORKFLOW, case, "worker", {"note": reason},
                            data={"worker": worker.name, "old_pass": old, "new_pass": worker.pass_no})
        return worker.pass_no


# =========================================================================================== fees

@dataclass(frozen=True)
class Fees:
    """What a case pays at the counter at once (§4.14 step 5): deposits and fees, the tenders that pay them.
    ``garbage`` charges the estate's 装修垃圾清运费 item by the room's area; pass fees and deposits are per
    worker on the list."""

    owner_deposit: Decimal = ZERO
    contractor_deposit: Decimal = ZERO
    pass_deposit_each: Decimal = ZERO
    garbage: bool = False
    management: bool = False
    pass_fee: bool = False
    tenders: Sequence[tuple[str, Decimal]] = field(default_factory=tuple)
    payer: str = ""


def _paid(s: Session, case_id: int) -> dict[str, RenovationFee]:
    rows = s.scalars(select(RenovationFee).where(RenovationFee.renovation_id == case_id)
                     .order_by(RenovationFee.id)).all()
    return {r.kind: r for r in rows}


def _item(s: Session, kind: FeeKind) -> FeeItem:
    item = s.scalar(select(FeeItem).where(FeeItem.code == ITEM_OF[kind]))
    if item is None or not item.active:
        raise ValidationError(T("Renovation", "The fee item {code} is not set up: add it under Fee items").format(
            code=ITEM_OF[kind]), kind.value)
    return item


def collect_fees(db: Database, actor: Actor, case_id: int, fees: Fees) -> list[str]:
    """Take the case's deposits (装修押金 of the owner and of the contractor, the pass deposits: each a deposit
    of the fees ledger with its receipt) and its fees (rubbish removal, management, pass cards: one-off bills
    paid at the counter), in one transaction; returns the receipts' numbers."""
    actor.require(RENO_MANAGE)
    with unit_of_work(db, actor) as s:
        case = _case(s, case_id)
        WORKFLOW.check_allowed(case.status, "pay_fees", actor.permissions)
        paid = _paid(s, case.id)
        now = base.now()
        tenders = list(fees.tenders)
        method = tenders[0][0] if tenders else "cash"
        owner = fees.payer or payer_of(s, case.room_id) or case.applicant
        workers = _workers(s, case.id)
        receipts: list[str] = []

        def line(kind: FeeKind, amount: Decimal, number: str, deposit_id: int | None = None) -> None:
            s.add(RenovationFee(renovation_id=case.id, kind=kind.value, amount=amount, receipt_no=number,
                                deposit_id=deposit_id, at=now, by=actor.staff_id))
            receipts.append(number)

        def once(kind: FeeKind) -> None:
            if kind.value in paid:
                raise ConflictError(RN.MSG_FEES_PAID.format(fee=kind.label, receipt=paid[kind.value].receipt_no))

        takes = [(FeeKind.OWNER_DEPOSIT, DepositKind.RENOVATION, fees.owner_deposit, owner),
                 (FeeKind.CONTRACTOR_DEPOSIT, DepositKind.RENOVATION, fees.contractor_deposit, case.company),
                 (FeeKind.PASS_DEPOSIT, DepositKind.PASS, fees.pass_deposit_each * len(workers), case.company)]
        for kind, deposit_kind, amount, payer in takes:
            if amount <= 0:
                continue
            once(kind)
            d, issued = deposits.take_deposit_in(s, actor, case.room_id, deposit_kind, amount, [(method, amount)],
                                                 payer=payer, source=case.number)
            line(kind, amount, issued.number, d.id)
        if fees.pass_deposit_each > 0:
            for w in workers:
                w.pass_deposit = fees.pass_deposit_each
        charged = [(kind, qty) for kind, wanted, qty in (
            (FeeKind.GARBAGE, fees.garbage, Decimal(1)), (FeeKind.MANAGEMENT, fees.management, Decimal(1)),
            (FeeKind.PASS_FEE, fees.pass_fee, Decimal(max(len(workers), 1)))) if wanted]
        for kind, qty in charged:
            once(kind)
            bill = billing.one_off_in(s, actor, case.room_id, _item(s, kind).id, quantity=qty)
            issued = counter.collect_in(s, actor, case.room_id, counter.Payment(
                bills=[bill.id], tenders=[(method, bill.amount)], payer=owner, note=case.number))
            line(kind, bill.amount, issued.number)
        if not receipts:
            raise ValidationError(RN.MSG_NO_FEES, "owner_deposit")
        s.flush()
        wf.transition_event(s, actor, WORKFLOW, case, "pay_fees", {}, data={"receipts": "、".join(receipts)})
        return receipts


# =========================================================================================== the permit

def _may_issue(ctx: records.Act) -> None:
    """The permit: the agreement signed, the deposits paid, no overdue arrears on the room (parameter)."""
    s, case = ctx.session, ctx.record
    if case.agreement_signed_on is None:
        raise ConflictError(RN.MSG_AGREEMENT)
    paid = _paid(s, case.id)
    missing = [str(kind.label) for kind in RN.DEPOSIT_FEES if kind.value not in paid]
    if len(missing) == len(RN.DEPOSIT_FEES):   # a deposit of the owner or of the contractor, at least
        raise ConflictError(RN.MSG_DEPOSITS.format(missing="、".join(missing)))
    if effective_value("renovation.arrears_block_permit", params_service.load(s)):
        owed = arrears.arrears_of(s, case.room_id, ctx.now.date())
        if owed:
            raise ConflictError(RN.MSG_ARREARS.format(room=case.room_code, amount=money.format_yuan(owed.amount),
                                                      bills=owed.bills))


def _issue(ctx: records.Act) -> None:
    """Numbered XK…, valid to the planned end; the passes issued; the room 装修中 (and off the vacancy register)."""
    s, case = ctx.session, ctx.record
    case.permit_no = wf.next_number(s, RN.PERMIT_DOC_TYPE, ctx.now)
    case.permit_issued_at = ctx.now
    case.valid_until = case.planned_end
    for w in _workers(s, case.id):
        _issue_pass(s, case, w)
    room = s.get(Room, case.room_id)
    assert room is not None
    case.prior_occupancy = room.occupancy_state
    room.occupancy_state = OccupancyState.RENOVATING.value
    from app.services import vacancy
    vacancy.leave_register(s, ctx.actor, room.id, RemovalReason.RENOVATION, case.number)
    ctx.data.update(permit_no=case.permit_no, valid_until=case.valid_until)


def _extend(ctx: records.Act) -> None:
    case, new_end = ctx.record, ctx.values["valid_until"]
    if case.valid_until is not None and new_end <= case.valid_until:
        raise ValidationError(RN.MSG_NEW_END.format(day=case.valid_until.isoformat()), "valid_until")
    case.valid_until = new_end
    case.extensions += 1


def active_permit_of(session: Session, room_id: int, on: date) -> Renovation | None:
    """The case whose permit covers ``room_id`` on ``on`` (issued by then, valid until then, the work not yet
    accepted): what site supervision (§4.7) and goods release (§4.12) check. None when there is none."""
    return session.scalar(select(Renovation).where(
        Renovation.room_id == room_id, Renovation.status.in_(RN.WORKING), Renovation.permit_no != "",
        Renovation.valid_until >= on, func.date(Renovation.permit_issued_at) <= on.isoformat())
        .order_by(Renovation.id.desc()).limit(1))


# =========================================================================================== resuming work

#: why a stopped case may not resume yet, asked of the chain's other workflows without importing them
#: (site supervision registers its violation notices that keep the work stopped); None: nothing holds it
ResumeHold = Callable[[Session, Renovation], Text | None]
_RESUME_HOLDS: list[ResumeHold] = []


def register_resume_hold(hold: ResumeHold) -> None:
    _RESUME_HOLDS.append(hold)


def resume_held(s: Session, case: Renovation) -> Text | None:
    """What keeps ``case`` stopped (the first hold that answers), or None."""
    return next((why for hold in _RESUME_HOLDS if (why := hold(s, case)) is not None), None)


def _subject(s: Session, case: Renovation) -> records.Subject:
    """The case with what holds its work stopped, for the ``resume`` guard (button and act alike)."""
    return records.Subject(case, resume_held=resume_held(s, case) if case.status == "stopped" else None)


# =========================================================================================== acceptance

def _completion(ctx: records.Act) -> None:
    ctx.record.completion_applied_at = ctx.now


def _initial_pass(ctx: records.Act) -> None:
    """初验合格: the passes collected, the room leaves 装修中."""
    s, case = ctx.session, ctx.record
    if not ctx.values.get("passes_collected"):
        raise ValidationError(RN.MSG_PASSES_OUT, "passes_collected")
    for w in _workers(s, case.id):
        w.returned = True
    case.passes_collected = True
    case.initial_passed_on = ctx.now.date()
    room = s.get(Room, case.room_id)
    if room is not None and room.occupancy_state == OccupancyState.RENOVATING.value:
        room.occupancy_state = case.prior_occupancy or OccupancyState.VACANT.value


def _recheck_due(ctx: records.Act) -> None:
    case = ctx.record
    days = int(effective_value("renovation.reinspection_days", params_service.load(ctx.session)))
    passed = case.initial_passed_on or ctx.now.date()
    first = RN.recheck_from(passed, days)
    if ctx.now.date() < first:
        raise ConflictError(RN.MSG_RECHECK_EARLY.format(days=days, day=first.isoformat()))


def _rechecked(ctx: records.Act) -> None:
    ctx.record.rechecked_on = ctx.now.date()


def _renovation_deposits(s: Session, case_id: int) -> dict[str, FeeDeposit]:
    """The case's deposits by fee kind (owner's, contractor's, passes')."""
    out = {}
    for fee in _paid(s, case_id).values():
        if fee.deposit_id is not None:
            d = s.get(FeeDeposit, fee.deposit_id)
            if d is not None:
                out[fee.kind] = d
    return out


def _deducted(s: Session, case_id: int) -> Decimal:
    total = s.scalar(select(func.coalesce(func.sum(RenovationDeduction.amount), 0))
                     .where(RenovationDeduction.renovation_id == case_id))
    return total if isinstance(total, Decimal) else Decimal(total or 0) / 100


def confirm_approver(db: Database, actor: Actor, approver: int | None, approver_password: str) -> int | None:
    """The approver named by the desk, her own password checked (as at sign-in); None: the desk itself acts."""
    if approver is None or approver == actor.staff_id:
        return None
    if not approver_password:
        raise ValidationError(MSG_APPROVE_IN_PERSON, APPROVER_PASSWORD)
    auth.confirm_password(db, actor, approver, approver_password, APPROVER_PASSWORD)
    return approver


def acting_of(s: Session, actor: Actor, confirmed: int | None) -> Actor:
    """Who acts: the desk, or the approver :func:`confirm_approver` confirmed."""
    if confirmed is None:
        return actor
    staff = s.get(Staff, confirmed)
    if staff is None or not staff.active:
        raise ValidationError(MSG_APPROVE_IN_PERSON, "approver")
    return auth.actor_for(s, staff)


def add_deduction(db: Database, actor: Actor, case_id: int, reason: str, amount: Decimal, *,
                  approver: int | None = None, approver_password: str = "") -> int:
    """A deduction listed and approved by the manager acting (§4.14 step 10); taken at the refund. Returns
    its id."""
    actor.require(RENO_VIEW)
    confirmed = confirm_approver(db, actor, approver, approver_password)
    with unit_of_work(db, actor) as s:
        return int(add_deduction_in(s, acting_of(s, actor, confirmed), case_id, reason, amount).id)


def add_deduction_in(s: Session, acting: Actor, case_id: int, reason: str, amount: Decimal) -> RenovationDeduction:
    """:func:`add_deduction` in an open unit of work, ``acting`` the approver (a violation notice's estimated
    deduction listed at acceptance, app.services.site)."""
    case = _case(s, case_id)
    WORKFLOW.check_allowed(case.status, "deduct", acting.permissions)
    text = check_text(reason, "reason", str(RN.EXTEND_REASON.label), max_len=200)
    if amount <= 0:
        raise ValidationError(deposits.MSG_AMOUNT, "amount")
    row = RenovationDeduction(renovation_id=case.id, reason=text, amount=amount, approved_by=acting.staff_id,
                              at=base.now())
    s.add(row)
    s.flush()
    wf.transition_event(s, acting, WORKFLOW, case, "deduct", {}, data={"reason": text, "amount": str(amount)})
    return row


@dataclass(frozen=True)
class Settlement:
    """How the case's deposits go back: per deposit (refund, deduction), and what is claimed beyond them."""

    refunds: tuple[tuple[str, Decimal, Decimal], ...]   # (fee kind, refunded, deducted)
    claimed: Decimal

    @property
    def refunded(self) -> Decimal:
        return sum((r for _k, r, _d in self.refunds), ZERO)


def settlement_of(s: Session, case: Renovation) -> Settlement:
    """The deductions taken from the contractor's deposit first, then the owner's, the rest claimed; each
    deposit refunds what it holds less its part; the pass deposits come back whole (passes collected)."""
    found = _renovation_deposits(s, case.id)
    contractor = found.get(FeeKind.CONTRACTOR_DEPOSIT.value)
    owner = found.get(FeeKind.OWNER_DEPOSIT.value)
    split = RN.split_deductions(_deducted(s, case.id), contractor.held if contractor else ZERO,
                                owner.held if owner else ZERO)
    parts = {FeeKind.CONTRACTOR_DEPOSIT.value: split.contractor, FeeKind.OWNER_DEPOSIT.value: split.owner}
    refunds = tuple((kind, d.held - parts.get(kind, ZERO), parts.get(kind, ZERO)) for kind, d in found.items()
                    if d.held > 0)
    return Settlement(refunds, split.claimed)


def _refund(ctx: records.Act) -> None:
    """The deposits refunded through the fees ledger (applied, approved by the manager acting, paid out), each
    never above what it holds less its deductions."""
    s, case = ctx.session, ctx.record
    found = _renovation_deposits(s, case.id)
    plan = settlement_of(s, case)
    for kind, amount, deducted in plan.refunds:
        d = found[kind]
        RN.check_refund(amount, d.held, deducted)
        refund = deposits.apply_refund_in(s, ctx.actor, d.id, amount, deduction=deducted,
                                          deduction_reason="装修违规扣款" if deducted else "",
                                          payee=d.payer, reason=f"{case.number} 复验合格")
        deposits.review_refund_in(s, ctx.actor, refund.id, True)
        deposits.pay_refund_in(s, ctx.actor, refund.id)
    case.refunded_at = ctx.now
    ctx.data.update(refunded=str(plan.refunded), claimed=str(plan.claimed))
    _plan_followup(ctx)


def _plan_followup(ctx: records.Act) -> None:
    """The renovation finished (deposits refunded): the 装修回访 planned within ``renovation.followup_days``."""
    from app.domain.complaints import FollowUpType
    from app.services import followups
    case = ctx.record
    days = int(effective_value("renovation.followup_days", params_service.load(ctx.session)))
    followups.plan_in(ctx.session, ctx.actor, FollowUpType.RENOVATION.value, interviewee=case.applicant,
                      phone=case.phone, room_id=case.room_id, room_code=case.room_code,
                      due_on=ctx.now.date() + timedelta(days=days),
                      topic=str(T("Renovation", "Renovation {number}")).format(number=case.number),
                      source=(KIND, case.id, case.number))


def refund_amounts(db: Database, actor: Actor, case_id: int) -> Settlement:
    actor.require(RENO_VIEW)
    with db.read() as s:
        return settlement_of(s, _case(s, case_id))


def _held(ctx: records.Act) -> None:
    if any(d.held > 0 for d in _renovation_deposits(ctx.session, ctx.record.id).values()):
        raise ConflictError(RN.MSG_HELD)


# =========================================================================================== reading

@dataclass(frozen=True)
class WorkerView:
    id: int
    seq: int
    name: str
    id_number: str          # masked unless the role may see it
    phone: str
    pass_no: str
    pass_valid_until: date | None
    pass_deposit: Decimal
    returned: bool
    has_photo: bool


@dataclass(frozen=True)
class FeeView:
    kind: str
    label: str
    amount: Decimal
    receipt_no: str


@dataclass(frozen=True)
class CaseDetail:
    room_id: int
    room_code: str
    applicant: str
    permit_no: str
    valid_until: date | None
    missing: list[str]
    workers: list[WorkerView]
    fees: list[FeeView]
    deductions: list[tuple[str, Decimal, str]]


def _detail(s: Session, actor: Actor, case: Renovation) -> CaseDetail:
    from app.domain.permissions import PEOPLE_SEE_ID
    see = actor.can(PEOPLE_SEE_ID)
    roles = set(s.scalars(select(Attachment.role).where(Attachment.kind == KIND, Attachment.record_id == case.id)))
    workers = [WorkerView(w.id, w.seq, w.name, w.id_number if see else RN.masked_id(w.id_number), w.phone,
                          w.pass_no, w.pass_valid_until, w.pass_deposit, w.returned,
                          RN.WORKER_PHOTO.format(id=w.id) in roles) for w in _workers(s, case.id)]
    fees = [FeeView(f.kind, label_of(FeeKind, f.kind), f.amount, f.receipt_no) for f in _paid(s, case.id).values()]
    rows = s.scalars(select(RenovationDeduction).where(RenovationDeduction.renovation_id == case.id)
                     .order_by(RenovationDeduction.id)).all()
    who = records.names(s, (d.approved_by for d in rows))
    missing = [str(m) for m in missing_of(s, case)] if case.status in RN.PRE_PERMIT else []
    return CaseDetail(case.room_id, case.room_code, case.applicant, case.permit_no, case.valid_until, missing,
                      workers, fees, [(d.reason, d.amount, who.get(d.approved_by or 0, "")) for d in rows])


def _rows(s: Session, actor: Actor, case: Renovation) -> list[tuple[Text | str, str]]:
    d = _detail(s, actor, case)
    specials = "、".join(str(flag.label) for flag in RN.specials_of(case.special))
    return [
        (RN.ROOM.label, case.room_code),
        (RN.APPLICANT.label, f"{case.applicant}（{label_of(RN.ApplicantRole, case.applicant_role)}）"),
        (RN.RENO_TYPE.label, label_of(RN.RenovationType, case.reno_type)),
        (RN.ITEMS.label, case.items),
        (T("Renovation", "Special works"), specials),
        (T("Renovation", "Planned period"), f"{case.planned_start:%Y-%m-%d} – {case.planned_end:%Y-%m-%d}"),
        (RN.COMPANY.label, case.company),
        (RN.HEAD.label, case.head_name),
        (RN.FIRE_PERSON.label, case.fire_person),
        (T("Renovation", "Missing documents"), "、".join(d.missing)),
        (T("Renovation", "Workers"), str(len(d.workers)) if d.workers else ""),
        (RN.SIGNED_ON.label, case.agreement_signed_on.isoformat() if case.agreement_signed_on else ""),
        (T("Renovation", "Fees paid"), "；".join(f"{f.label} {money.format_yuan(f.amount)}（{f.receipt_no}）"
                                                for f in d.fees)),
        (T("Renovation", "Permit"), f"{case.permit_no} · {case.valid_until:%Y-%m-%d}" if case.permit_no
         and case.valid_until else ""),
        (T("Renovation", "Deductions"), "；".join(f"{r} {money.format_yuan(a)}" for r, a, _w in d.deductions)),
    ]


def _flags(s: Session, case: Renovation) -> list[Text | str]:
    held = resume_held(s, case) if case.status == "stopped" else None
    if held is not None:
        return [held]
    if case.status in RN.PRE_PERMIT and case.status != "approved" and missing_of(s, case):
        return [T("Renovation", "File incomplete")]
    return []


CASES = records.register(records.RecordKind(
    WORKFLOW, Renovation, RENO_VIEW, page=PAGE, create_permission=RENO_MANAGE, create=_register,
    title=lambda c: f"{c.room_code} · {c.applicant}", flags=_flags, rows=_rows, detail=_detail, subject=_subject,
    guards={"accept": _complete, "issue_permit": _may_issue, "recheck_pass": _recheck_due,
            "recheck_fail": _recheck_due, "withdraw": _held},
    effects={"eng_pass": _engineering, "approve": _manager, "reject": _manager, "issue_permit": _issue,
             "extend": _extend, "apply_completion": _completion, "inspect_pass": _initial_pass,
             "recheck_pass": _rechecked, "refund": _refund},
    not_found=MSG_GONE))


def attach(db: Database, actor: Actor, case_id: int, documents: Mapping[str, Sequence[Any]]) -> int:
    """Attach documents to the case by their checklist role (``{"doc_drawings": [path]}``)."""
    return records.act(db, actor, KIND, case_id, "add_documents", dict(documents))


# =========================================================================================== the desk's hooks

def _count(s: Session, query: Any) -> int:
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    now = base.now()
    to_review = _count(s, select(Renovation.id).where(Renovation.status.in_(("pending", "eng_review",
                                                                             "mgr_review"))))
    soon = now + timedelta(days=7)
    expiring = _count(s, select(Renovation.id).where(Renovation.status.in_(("active", "stopped")),
                                                     Renovation.id.in_(clocks.due_between(KIND, "works", now, soon))))
    acceptances = _count(s, select(Renovation.id).where(Renovation.status.in_(("inspect", "failed", "passed",
                                                                               "recheck_failed"))))
    refunds = _count(s, select(Renovation.id).where(Renovation.status == "rechecked"))
    return [
        dashboard.Tile(T("Renovation", "Renovation applications to review"), str(to_review), page=PAGE,
                       level="attention" if to_review else "normal"),
        dashboard.Tile(T("Renovation", "Permits ending within 7 days"), str(expiring), page=PAGE,
                       level="attention" if expiring else "normal"),
        dashboard.Tile(T("Renovation", "Acceptances due"), str(acceptances), page=PAGE),
        dashboard.Tile(T("Renovation", "Deposit refunds due"), str(refunds), page=PAGE,
                       level="attention" if refunds else "normal"),
    ]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    rows = s.scalars(select(Renovation).where(Renovation.status.in_(("pending", "approved", "inspect",
                                                                     "rechecked")))
                     .order_by(Renovation.id).limit(100)).all()
    group = T("Renovation", "Renovation cases to handle")
    return [open_items.OpenItem(group, f"{c.room_code} {c.applicant} · {WORKFLOW.state(c.status).label}",
                                c.number, PAGE, c.id) for c in rows]


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    rows = s.scalars(select(Renovation).where(Renovation.room_id == room.id)
                     .order_by(Renovation.id.desc()).limit(5)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("Renovation", "Renovations"),
        [T("Renovation", "Case"), T("Renovation", "Status"), T("Renovation", "Permit"),
         T("Renovation", "Planned period"), T("Renovation", "Contractor")],
        [[c.number, str(WORKFLOW.state(c.status).label), c.permit_no,
          f"{c.planned_start:%Y-%m-%d} – {(c.valid_until or c.planned_end):%Y-%m-%d}", c.company] for c in rows])


# =========================================================================================== forms

def _by_number(s: Session, number: str) -> Renovation:
    """A case by its application number (ZX…) or its permit number (XK…)."""
    text = (number or "").strip().upper()
    column = Renovation.permit_no if text.startswith(RN.PERMIT_DOC_TYPE) else Renovation.number
    case = s.scalar(select(Renovation).where(column == text))
    if case is None:
        raise NotFound(T("Renovation", "There is no renovation case {number}").format(number=text[:30]))
    return case


def _hours(params: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """The allowed working hours as the permit prints them (the parameters of §7)."""
    def at(key: str) -> str:
        return f"{effective_value(key, params):%H:%M}"
    quiet_start, quiet_end = at("renovation.quiet_start"), at("renovation.quiet_end")
    weekday = f"{at('renovation.weekday_start')}–{quiet_start}、{quiet_end}–{at('renovation.weekday_end')}"
    weekend = (f"{at('renovation.weekend_start')}–{quiet_start}、{quiet_end}–{at('renovation.weekend_end')}"
               "（禁止噪音施工）" if effective_value("renovation.weekend_work", params) else "不得施工")
    return (("工作日", weekday), ("周末及节假日", weekend),
            ("禁止噪音施工", f"{quiet_start}–{quiet_end} 及 {at('renovation.weekday_end')} 以后"))


def _hotline(s: Session) -> str:
    from db.models import Estate
    return s.scalar(select(Estate.hotline).order_by(Estate.id).limit(1)) or ""


def permit_form(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """装修许可证 of a case (by its ZX… or XK… number), in Chinese."""
    actor.require(RENO_VIEW)
    from app.printing.forms.renovation_permit import RenovationPermit
    case = _by_number(session, number)
    if not case.permit_no or case.valid_until is None or case.permit_issued_at is None:
        raise ConflictError(T("Renovation", "Case {number} has no permit yet").format(number=case.number))
    issuer = records.names(session, [case.handler_id]).get(case.handler_id or 0, "")
    return RenovationPermit(
        permit_no=case.permit_no, room=case.room_code, owner=payer_of(session, case.room_id) or case.applicant,
        contractor=case.company, head=case.head_name, head_phone=case.head_phone,
        valid_from=max(case.planned_start, case.permit_issued_at.date()), valid_until=case.valid_until,
        hours=_hours(params_service.load(session)), complaint_phone=_hotline(session), issuer=issuer,
        issued_on=case.permit_issued_at.date(), items=case.items,
        extended=f"已延期{case.extensions}次" if case.extensions else ""), case.status == "withdrawn"


def _photo(s: Session, case_id: int, worker_id: int) -> bytes | None:
    from db.models import AttachmentBlob
    return s.scalar(select(AttachmentBlob.data).join(Attachment, Attachment.blob_id == AttachmentBlob.id)
                    .where(Attachment.kind == KIND, Attachment.record_id == case_id,
                           Attachment.role == RN.WORKER_PHOTO.format(id=worker_id))
                    .order_by(Attachment.id.desc()).limit(1))


def passes_form(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """施工人员出入证 of a case's workers (several per sheet, the photo from the attachment, the ID masked)."""
    actor.require(RENO_VIEW)
    from app.printing.forms.renovation_passes import PassCard, PassSheet
    case = _by_number(session, number)
    if not case.permit_no or case.permit_issued_at is None:
        raise ConflictError(T("Renovation", "Case {number} has no permit yet").format(number=case.number))
    cards = tuple(PassCard(w.pass_no, w.name, RN.masked_id(w.id_number), w.pass_valid_until,
                           _photo(session, case.id, w.id)) for w in _workers(session, case.id) if not w.returned)
    return PassSheet(case.permit_no, case.room_code, case.company, case.permit_issued_at.date(), cards), False


def _opinion(s: Session, case_id: int, action: str) -> str:
    import json

    from db.models import WorkflowEvent
    data = s.scalar(select(WorkflowEvent.data).where(WorkflowEvent.kind == KIND, WorkflowEvent.record_id == case_id,
                                                     WorkflowEvent.action == action)
                    .order_by(WorkflowEvent.id.desc()).limit(1))
    values = json.loads(data) if data else {}
    return " ".join(str(values.get(k) or "") for k in ("opinion", "conditions")).strip()


def application_form(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """装修申请表 of a case, with what the file holds and lacks and the reviews' opinions."""
    actor.require(RENO_VIEW)
    from app.domain.permissions import PEOPLE_SEE_ID
    from app.domain.validation import mask_phone
    from app.i18n import chinese
    from app.printing.forms.renovation_application import RenovationApplication
    case = _by_number(session, number)
    roles = set(session.scalars(select(Attachment.role).where(Attachment.kind == KIND,
                                                              Attachment.record_id == case.id)))
    labels = {**RN.DOCUMENTS, RN.CONSENT: RN.CONSENT_LABEL,
              **{RN.APPROVALS[f]: RN.APPROVAL_LABELS[f] for f in RN.Special}}
    see = actor.can(PEOPLE_SEE_ID)
    return RenovationApplication(
        number=case.number, room=case.room_code, owner=payer_of(session, case.room_id), applicant=case.applicant,
        applicant_role=RN.ApplicantRole.printed(case.applicant_role),
        phone=case.phone if see else mask_phone(case.phone),
        reno_type=RN.RenovationType.printed(case.reno_type), items=case.items,
        special="、".join(f.print_label for f in RN.specials_of(case.special)),
        planned_start=case.planned_start, planned_end=case.planned_end, contractor=case.company,
        licence_no=case.licence_no, head=case.head_name,
        head_phone=case.head_phone if see else mask_phone(case.head_phone), fire_person=case.fire_person,
        workers=len(_workers(session, case.id)),
        documents=tuple(chinese(label) for role, label in labels.items() if role in roles),
        missing=tuple(chinese(m) for m in missing_of(session, case)) if case.status in RN.PRE_PERMIT else (),
        applied_on=case.created_at.date(), eng_opinion=_opinion(session, case.id, "eng_pass"),
        mgr_opinion=_opinion(session, case.id, "approve") or _opinion(session, case.id, "reject"),
        status=WORKFLOW.state(case.status).printed), case.status == "withdrawn"


def workers_form(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """装修施工人员登记表 of a case."""
    actor.require(RENO_VIEW)
    from app.domain.validation import mask_phone
    from app.printing.forms.renovation_application import WorkerLine, WorkerRegister
    case = _by_number(session, number)
    lines = tuple(WorkerLine(w.seq, w.name, RN.masked_id(w.id_number), mask_phone(w.phone), w.pass_no,
                             w.pass_valid_until, w.pass_deposit, w.returned) for w in _workers(session, case.id))
    return WorkerRegister(case.number, case.room_code, case.company, case.head_name, case.permit_no, _today(),
                          lines), case.status == "withdrawn"


# ================================================================================================= KPIs

@dataclass(frozen=True)
class RenovationKpis:
    """§4.14/§6 figures of [first, last]: applications received, review decisions and their average length
    (审批平均时长, from the pre-review clock), refunds due and those paid in time (押金按时退还率)."""

    applied: int
    decided: int
    average_review_days: float | None
    permits: int
    active: int                 # 装修中 or 停工 now
    refunds_due: int            # refund clocks stopped in the range, or due in it and still running
    refunds_on_time: int

    @property
    def refund_rate(self) -> float | None:
        return self.refunds_on_time / self.refunds_due if self.refunds_due else None


def kpis(db: Database, actor: Actor, first: date, last: date) -> RenovationKpis:
    from db.models import RecordClock, WorkflowEvent
    actor.require(RENO_VIEW)
    lo, hi = datetime.combine(first, datetime.min.time()), datetime.combine(last + timedelta(days=1),
                                                                            datetime.min.time())
    c = RecordClock
    with db.read() as s:
        applied = s.scalar(select(func.count()).select_from(WorkflowEvent).where(   # stamped by the service clock
            WorkflowEvent.kind == RN.KIND, WorkflowEvent.action == "create", WorkflowEvent.at >= lo,
            WorkflowEvent.at < hi)) or 0
        reviews = s.execute(select(c.started_at, c.stopped_at).where(
            c.kind == RN.KIND, c.clock == "review", c.stopped_at >= lo, c.stopped_at < hi)).all()
        permits = s.scalar(select(func.count()).select_from(Renovation).where(
            Renovation.permit_issued_at >= lo, Renovation.permit_issued_at < hi)) or 0
        active = s.scalar(select(func.count()).select_from(Renovation).where(
            Renovation.status.in_(("active", "stopped")))) or 0
        refunds = s.execute(select(c.stopped_at, c.late).where(
            c.kind == RN.KIND, c.clock == "refund",
            ((c.stopped_at >= lo) & (c.stopped_at < hi)) | (c.stopped_at.is_(None) & (c.due_at >= lo)
                                                              & (c.due_at < hi) & (c.due_at < base.now())))).all()
    days = [(stop - start).total_seconds() / 86400 for start, stop in reviews if stop is not None]
    return RenovationKpis(applied, len(reviews), sum(days) / len(days) if days else None, permits, active,
                          len(refunds), sum(1 for stop, late in refunds if stop is not None and not late))


printing.register_source("renovation_permit", permit_form)
printing.register_source("renovation_passes", passes_form)
printing.register_source("renovation_application", application_form)
printing.register_source("renovation_workers", workers_form)

dashboard.register("renovation", RENO_VIEW, _tiles)
open_items.register("renovation", RENO_VIEW, _open_items)
card_sections.register("renovation", _card_section, RENO_VIEW)
