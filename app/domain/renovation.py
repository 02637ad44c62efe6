"""房屋装修申报 — renovation application, approval, permit, acceptance and deposit refund (DOMAIN.md §4.14):
permissions, codes, fields, the declared workflow and the rules that are not state changes.

One record, the **renovation case** (装修申报, numbered ZX…), with its workers (施工人员, each with a pass) and
the fees it links (deposits and one-off fees, each with its receipt). States of §4.14:

* application: ``待受理 ⇄ 资料不全 → 待工程审核 → 待经理审批 → 审批不通过 | 已批准待缴费``;
* work: ``已批准待缴费 → 装修中`` (the permit issued, the room 装修中) ``⇄ 停工``;
* acceptance: ``装修中 → 待验收 → 初验不合格 → 待验收``; ``待验收 → 初验合格`` (the room leaves 装修中)
  ``→ 复验合格`` (``复验不合格 → 初验合格`` once rectified, re-inspected again) ``→ 押金已退 → 已归档``;
* ``撤销`` from any state before the permit.

The review deadline is the ``review`` clock (working days, paused while the file is returned for completion);
the permit's end is the ``works`` clock (the permit's ``valid_until``, moved by an extension); the
re-inspection and the refund have clocks of their parameters.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.domain.enums import IdType, LabelledEnum, StaffRole
from app.domain.errors import ConflictError, ValidationError
from app.domain.fields import FieldSpec
from app.domain.permissions import declare
from app.domain.validation import check_id_number, check_phone, mask_id
from app.domain.workflow import STAY, Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Renovation")
RENO_VIEW = declare("renovation.view", T("Permission", "View renovation cases"), _GROUP, S, ST, R, C)
RENO_MANAGE = declare("renovation.manage", T("Permission", "Receive renovation applications and issue permits"),
                      _GROUP, S, ST, R)
RENO_ENGINEER = declare("renovation.engineer", T("Permission", "Review and inspect renovations (engineering)"),
                        _GROUP, S, ST)
RENO_APPROVE = declare("renovation.approve", T("Permission", "Approve renovations, extensions and deductions "
                                                             "(manager)"), _GROUP, S)

KIND = "renovation"
DOC_TYPE = "ZX"
PERMIT_DOC_TYPE = "XK"


# ------------------------------------------------------------------------------------------ codes

class ApplicantRole(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"), "业主")
    TENANT = ("tenant", T("Enum", "Tenant"), "租户")
    AGENT = ("agent", T("Enum", "Agent"), "代理人")


class RenovationType(LabelledEnum):
    FULL = ("full", T("Enum", "Full renovation"), "全面装修")
    PARTIAL = ("partial", T("Enum", "Partial renovation"), "局部装修")
    SIMPLE = ("simple", T("Enum", "Simple renovation"), "简易装修")


class Special(LabelledEnum):
    """Works that need an approval document of their own (§4.14 step 2, special cases)."""

    STRUCTURE = ("structure", T("Enum", "Structural change"), "结构改动")
    FACADE = ("facade", T("Enum", "Façade or new openings"), "外立面/开洞")
    GAS = ("gas", T("Enum", "Gas change"), "燃气改动")
    HEATING = ("heating", T("Enum", "Heating change"), "暖气改动")
    WATERPROOF = ("waterproof", T("Enum", "Waterproofing change"), "防水改动")


class FeeKind(LabelledEnum):
    """A fee or deposit a case links, each with its receipt."""

    OWNER_DEPOSIT = ("owner_deposit", T("Enum", "Owner's deposit"), "装修押金（业主）")
    CONTRACTOR_DEPOSIT = ("contractor_deposit", T("Enum", "Contractor's deposit"), "装修押金（施工单位）")
    PASS_DEPOSIT = ("pass_deposit", T("Enum", "Pass deposits"), "出入证押金")
    GARBAGE = ("garbage", T("Enum", "Rubbish removal fee"), "装修垃圾清运费")
    MANAGEMENT = ("management", T("Enum", "Renovation management fee"), "装修管理费")
    PASS_FEE = ("pass_fee", T("Enum", "Pass card fees"), "出入证工本费")


DEPOSIT_FEES = (FeeKind.OWNER_DEPOSIT, FeeKind.CONTRACTOR_DEPOSIT)

#: the documents every application needs (§4.14 step 2): attachment role → what the checklist calls it
DOCUMENTS: dict[str, Text] = {
    "doc_id": T("Renovation", "Applicant's ID"),
    "doc_ownership": T("Renovation", "Proof of ownership or handover"),
    "doc_drawings": T("Renovation", "Plan drawings"),
    "doc_licence": T("Renovation", "Contractor's licence and qualification"),
    "doc_guarantee": T("Renovation", "Contractor head's ID and guarantee letter"),
}
CONSENT = "doc_consent"
CONSENT_LABEL = T("Renovation", "Owner's written consent or power of attorney")
#: each special flag's approval document
APPROVALS: dict[Special, str] = {flag: f"doc_{flag.value}" for flag in Special}
APPROVAL_LABELS: dict[Special, Text] = {
    Special.STRUCTURE: T("Renovation", "Designer's plan for the structural change"),
    Special.FACADE: T("Renovation", "Planning approval of the façade change"),
    Special.GAS: T("Renovation", "Gas company's approval"),
    Special.HEATING: T("Renovation", "Heating company's approval"),
    Special.WATERPROOF: T("Renovation", "Closed-water test record"),
}
WORKER_PHOTO = "worker_photo_{id}"
MSG_WORKERS_NONE = T("Renovation", "Worker list (at least one worker)")
MSG_WORKER_PHOTO = T("Renovation", "Photo of {name}")

# ------------------------------------------------------------------------------------------ messages

MSG_NOT_DELIVERED = T("Renovation", "{room} has not been handed over: a renovation needs a delivered room")
MSG_ACTIVE_CASE = T("Renovation", "{room} already has a renovation case under way ({number}, {state})")
MSG_LEAD = T("Renovation", "Work may start {days} days after the application at the earliest ({day})")
MSG_END = T("Renovation", "The planned end must be after the planned start")
MSG_LONG = T("Renovation", "A renovation lasts at most {days} days: end by {day}, or ask for an extension later")
MSG_CONSENT = T("Renovation", "A tenant or an agent applies with the owner's written consent or power of "
                              "attorney attached")
MSG_NO_LEASE = T("Renovation", "{room} has no open lease: a tenant applies under the room's lease")
MSG_NOT_TENANT = T("Renovation", "{name} is not the tenant of {room}: its lease {number} is {tenant}'s")
MSG_INCOMPLETE = T("Renovation", "The file is incomplete. Missing: {missing}")
MSG_WORKER_ID_TWICE = T("Renovation", "{name}'s ID number is already on this case's worker list")
MSG_WORKERS_LOCKED = T("Renovation", "Workers can no longer be added to a case that is {state}")
MSG_NO_WORKER = T("Renovation", "This worker is not on the case")
MSG_AGREEMENT = T("Renovation", "Record the signed three-party renovation agreement before the permit")
MSG_DEPOSITS = T("Renovation", "The permit is issued only after the deposits are paid: {missing}")
MSG_ARREARS = T("Renovation", "{room} owes {amount} overdue ({bills} bills): the permit is refused until the "
                              "arrears are paid")
MSG_FEES_PAID = T("Renovation", "{fee} is already paid for this case ({receipt})")
MSG_NO_FEES = T("Renovation", "Enter at least one fee or deposit to collect")
MSG_RECHECK_EARLY = T("Renovation", "The re-inspection is due {days} days after the initial acceptance: from {day}")
MSG_NEW_END = T("Renovation", "The new end date must be after the permit's current end ({day})")
MSG_REFUND_OVER = T("Renovation", "A refund of {amount} is more than the deposits less deductions ({left})")
MSG_APPROVER = T("Renovation", "{name} may not approve this: the manager approves, signed in or typing her own "
                               "password at this desk")
MSG_HELD = T("Renovation", "Deposits are still held for this case: refund them before withdrawing it")
MSG_PASSES_OUT = T("Renovation", "Collect the workers' passes at the initial acceptance (tick “Passes collected”)")


# ------------------------------------------------------------------------------------------ fields

def _phone(value: str, _values: Mapping[str, Any]) -> str:
    return check_phone(value, "phone")


def _head_phone(value: str, _values: Mapping[str, Any]) -> str:
    return check_phone(value, "head_phone")


def _head_id(value: str, _values: Mapping[str, Any]) -> str:
    return check_id_number(IdType.RESIDENT, value, "head_id")


_SEPARATORS = re.compile(r"[,，、;；\s]+")


def split_items(text: str) -> list[str]:
    """The renovation items as typed (墙面、地面、水电改造 …), separated by commas, 、 or spaces."""
    return [item for item in _SEPARATORS.split(text or "") if item]


def _items(value: str, _values: Mapping[str, Any]) -> str:
    return "、".join(dict.fromkeys(split_items(value)))


ITEM_SUGGESTIONS = ("墙面", "地面", "吊顶", "水电改造", "厨房", "卫生间", "门窗", "阳台", "空调", "防盗网")

ROOM = FieldSpec("room", T("Renovation", "Room"), "room", required=True, placeholder=T("Renovation", "3-2-1502"),
                 column="room_code")
APPLICANT = FieldSpec("applicant", T("Renovation", "Applicant"), required=True, max_len=30)
APPLICANT_ROLE = FieldSpec("applicant_role", T("Renovation", "Applicant is"), "choice", choices=ApplicantRole,
                           required=True, default=ApplicantRole.OWNER.value)
PHONE = FieldSpec("phone", T("Renovation", "Phone"), required=True, max_len=20, private=True, check=_phone)
RENO_TYPE = FieldSpec("reno_type", T("Renovation", "Renovation type"), "choice", choices=RenovationType,
                      required=True, default=RenovationType.PARTIAL.value)
ITEMS = FieldSpec("items", T("Renovation", "Items"), required=True, max_len=200, wide=True, check=_items,
                  suggestions=ITEM_SUGGESTIONS, placeholder=T("Renovation", "Walls, floors, wiring"))
PLANNED_START = FieldSpec("planned_start", T("Renovation", "Planned start"), "date", required=True)
PLANNED_END = FieldSpec("planned_end", T("Renovation", "Planned end"), "date", required=True)
FIRE_PERSON = FieldSpec("fire_person", T("Renovation", "Fire-safety person"), required=True, max_len=30)
COMPANY = FieldSpec("company", T("Renovation", "Contractor"), required=True, max_len=60)
LICENCE = FieldSpec("licence_no", T("Renovation", "Licence no."), max_len=30)
HEAD = FieldSpec("head_name", T("Renovation", "Site head"), required=True, max_len=30)
HEAD_PHONE = FieldSpec("head_phone", T("Renovation", "Site head's phone"), required=True, max_len=20, private=True,
                       check=_head_phone)
HEAD_ID = FieldSpec("head_id", T("Renovation", "Site head's ID"), max_len=20, private=True, check=_head_id)
SPECIAL_FIELDS = {flag: FieldSpec(f"special_{flag.value}", flag.label, "bool") for flag in Special}
REMARKS = FieldSpec("remarks", T("Renovation", "Remarks"), "multiline", max_len=500, wide=True, column="remarks",
                    from_record=True)

# the documents, attached when registering or later (an attachment's role is its field's key)
DOC_FIELDS = tuple(FieldSpec(role, label, "attachment", wide=True) for role, label in DOCUMENTS.items())
CONSENT_FIELD = FieldSpec(CONSENT, CONSENT_LABEL, "attachment", wide=True,
                          required_when=lambda v: v.get("applicant_role") not in (None, "", ApplicantRole.OWNER.value))
APPROVAL_FIELDS = tuple(FieldSpec(APPROVALS[flag], APPROVAL_LABELS[flag], "attachment", wide=True)
                        for flag in Special)

# the actions' fields
MISSING_NOTE = FieldSpec("note", T("Renovation", "What is missing"), "multiline", required=True, max_len=500,
                         wide=True)
OPINION = FieldSpec("opinion", T("Renovation", "Opinion"), "multiline", required=True, max_len=500, wide=True)
CONDITIONS = FieldSpec("conditions", T("Renovation", "Conditions"), "multiline", max_len=500, wide=True)
SIGNED_ON = FieldSpec("signed_on", T("Renovation", "Agreement signed on"), "date", required=True,
                      column="agreement_signed_on")
NEW_END = FieldSpec("valid_until", T("Renovation", "New end date"), "date", required=True)
EXTEND_REASON = FieldSpec("reason", T("Renovation", "Reason"), required=True, max_len=200, wide=True)
INSPECTORS = FieldSpec("inspectors", T("Renovation", "Inspectors"), required=True, max_len=60)
DEFECTS = FieldSpec("note", T("Renovation", "Defects to rectify"), "multiline", required=True, max_len=500,
                    wide=True)
PASSES_COLLECTED = FieldSpec("passes_collected", T("Renovation", "Passes collected"), "bool")

RECORD_FIELDS = (ROOM, APPLICANT, APPLICANT_ROLE, PHONE, RENO_TYPE, ITEMS, PLANNED_START, PLANNED_END,
                 FIRE_PERSON, COMPANY, LICENCE, HEAD, HEAD_PHONE, HEAD_ID, *SPECIAL_FIELDS.values(), REMARKS,
                 *DOC_FIELDS, CONSENT_FIELD, *APPROVAL_FIELDS)
DOCUMENT_FIELDS = (*DOC_FIELDS, CONSENT_FIELD, *APPROVAL_FIELDS)
#: what the new application's dialog asks: the special works' approvals are attached and remarks written with
#: “Attach documents” (so the dialog fits the desk's 1366×768 screen)
CREATED_WITH = tuple(f.key for f in RECORD_FIELDS if f not in APPROVAL_FIELDS and f is not REMARKS)

# ------------------------------------------------------------------------------------------ the workflow

def _not_held(case: Any) -> Text | None:
    """A stopped case moves on (复工, completion) only when nothing holds it: the subject's ``resume_held``
    (a violation notice that stopped the work, app.services.renovation.resume_held)."""
    held: Text | None = getattr(case, "resume_held", None)
    return held


PRE_PERMIT = ("pending", "incomplete", "eng_review", "mgr_review", "approved")
#: a case in these states holds the room: no second application on it
ACTIVE = (*PRE_PERMIT, "active", "stopped", "inspect", "failed")
#: the room is 装修中
WORKING = ("active", "stopped", "inspect", "failed")

STATES = [
    State("pending", T("State", "Awaiting pre-review"), print_label="待受理"),
    State("incomplete", T("State", "Returned for completion"), tone="attention", print_label="资料不全"),
    State("eng_review", T("State", "Awaiting engineering review"), print_label="待工程审核"),
    State("mgr_review", T("State", "Awaiting the manager's approval"), print_label="待经理审批"),
    State("rejected", T("State", "Not approved"), terminal=True, tone="void", print_label="审批不通过"),
    State("approved", T("State", "Approved, awaiting fees"), tone="attention", print_label="已批准待缴费"),
    State("active", T("State", "Renovating"), print_label="装修中"),
    State("stopped", T("State", "Work stopped"), tone="attention", print_label="停工"),
    State("inspect", T("State", "Awaiting acceptance"), tone="attention", print_label="待验收"),
    State("failed", T("State", "Initial inspection failed"), tone="attention", print_label="初验不合格"),
    State("passed", T("State", "Initial inspection passed"), print_label="初验合格"),
    State("recheck_failed", T("State", "Re-inspection failed"), tone="attention", print_label="复验不合格"),
    State("rechecked", T("State", "Re-inspection passed"), tone="attention", print_label="复验合格"),
    State("refunded", T("State", "Deposits refunded"), print_label="押金已退"),
    State("archived", T("State", "Archived"), terminal=True, print_label="已归档"),
    State("withdrawn", T("State", "Withdrawn"), terminal=True, tone="void", print_label="撤销"),
]

WORKFLOW = register(Workflow(
    KIND, label=T("Workflow", "Renovation applications"), doc_type=DOC_TYPE, states=STATES, initial="pending",
    fields=RECORD_FIELDS, created_with=CREATED_WITH,
    transitions=[
        Transition("add_documents", ("pending", "incomplete", "eng_review", "mgr_review", "approved"), STAY,
                   label=T("Action", "Attach documents"), permission=RENO_MANAGE, fields=(*DOCUMENT_FIELDS, REMARKS)),
        Transition("return_docs", "pending", "incomplete", label=T("Action", "Return for completion"),
                   permission=RENO_MANAGE, fields=(MISSING_NOTE,)),
        Transition("resubmit", "incomplete", "pending", label=T("Action", "Documents completed"),
                   permission=RENO_MANAGE),
        Transition("accept", "pending", "eng_review", label=T("Action", "Pre-review passed"),
                   permission=RENO_MANAGE),
        Transition("eng_pass", "eng_review", "mgr_review", label=T("Action", "Engineering review passed"),
                   permission=RENO_ENGINEER, fields=(OPINION, CONDITIONS)),
        Transition("eng_return", "eng_review", "incomplete", label=T("Action", "Engineering: return for changes"),
                   permission=RENO_ENGINEER, fields=(MISSING_NOTE,)),
        Transition("approve", "mgr_review", "approved", label=T("Action", "Approve"), permission=RENO_APPROVE,
                   fields=(OPINION,)),
        Transition("reject", ("eng_review", "mgr_review"), "rejected", label=T("Action", "Not approved"),
                   permission=RENO_APPROVE, needs_note=True),
        Transition("sign_agreement", "approved", STAY, label=T("Action", "Agreement signed"),
                   permission=RENO_MANAGE, fields=(SIGNED_ON,)),
        # done by the service: fees and deposits collected at the counter with their receipts
        Transition("pay_fees", ("approved", "active", "stopped"), STAY, label=T("Action", "Fees collected"),
                   permission=RENO_MANAGE, hidden=True),
        # the permit numbered, the passes issued, the room 装修中 (refused before the deposits and with arrears)
        Transition("issue_permit", "approved", "active", label=T("Action", "Issue the permit"),
                   permission=RENO_MANAGE),
        Transition("stop", "active", "stopped", label=T("Action", "Stop work"), permission=RENO_MANAGE,
                   needs_note=True),
        Transition("resume", "stopped", "active", label=T("Action", "Resume work"), permission=RENO_MANAGE,
                   guard=_not_held),
        Transition("extend", ("active", "stopped"), STAY, label=T("Action", "Extend the permit"),
                   permission=RENO_APPROVE, fields=(NEW_END, EXTEND_REASON)),
        # done by the service: a worker added, a lost pass re-issued
        Transition("worker", ("pending", "incomplete", "eng_review", "mgr_review", "approved", "active",
                              "stopped"), STAY, label=T("Action", "Worker list changed"), permission=RENO_MANAGE,
                   hidden=True),
        Transition("apply_completion", ("active", "stopped"), "inspect", label=T("Action", "Completion applied"),
                   permission=RENO_MANAGE, guard=_not_held),
        Transition("inspect_fail", "inspect", "failed", label=T("Action", "Initial inspection failed"),
                   permission=RENO_ENGINEER, fields=(INSPECTORS, DEFECTS)),
        Transition("rectified", "failed", "inspect", label=T("Action", "Defects rectified"),
                   permission=RENO_MANAGE),
        Transition("inspect_pass", "inspect", "passed", label=T("Action", "Initial inspection passed"),
                   permission=RENO_ENGINEER, fields=(INSPECTORS, PASSES_COLLECTED)),
        Transition("recheck_fail", "passed", "recheck_failed", label=T("Action", "Re-inspection failed"),
                   permission=RENO_ENGINEER, fields=(INSPECTORS, DEFECTS)),
        Transition("recheck_fixed", "recheck_failed", "passed", label=T("Action", "Rectified for re-inspection"),
                   permission=RENO_MANAGE),
        Transition("recheck_pass", "passed", "rechecked", label=T("Action", "Re-inspection passed"),
                   permission=RENO_ENGINEER, fields=(INSPECTORS,)),
        # done by the service: a deduction listed and approved (the refund takes them, through the fees ledger)
        Transition("deduct", "rechecked", STAY, label=T("Action", "Deduction approved"), permission=RENO_APPROVE,
                   hidden=True),
        Transition("refund", "rechecked", "refunded", label=T("Action", "Refund the deposits"),
                   permission=RENO_APPROVE),
        Transition("archive", "refunded", "archived", label=T("Action", "Archive"), permission=RENO_MANAGE),
        Transition("withdraw", PRE_PERMIT, "withdrawn", label=T("Action", "Withdraw"), permission=RENO_MANAGE,
                   needs_note=True),
    ],
    clocks=[
        Clock("review", label=T("Clock", "Review the application"), start_on="pending",
              stop_on=("approved", "rejected", "withdrawn"), pause_on=("incomplete",),
              param="renovation.review_working_days"),
        Clock("works", label=T("Clock", "Permit ends"), start_on="active",
              stop_on=("inspect",), param=None, due_field="valid_until"),
        Clock("recheck", label=T("Clock", "Re-inspect"), start_on="passed", stop_on=("rechecked",),
              param="renovation.reinspection_days"),
        Clock("refund", label=T("Clock", "Refund the deposits"), start_on="rechecked", stop_on=("refunded",),
              param="renovation.deposit_refund_days"),
    ],
))


# ------------------------------------------------------------------------------------------ rules

def check_dates(start: date, end: date, today: date, lead_days: int, max_days: int) -> None:
    """§4.14 time rules: applied at least ``lead_days`` before the start, end after start, at most ``max_days``."""
    earliest = today + timedelta(days=lead_days)
    if start < earliest:
        raise ValidationError(MSG_LEAD.format(days=lead_days, day=earliest.isoformat()), "planned_start")
    if end <= start:
        raise ValidationError(MSG_END, "planned_end")
    if (end - start).days > max_days:
        raise ValidationError(MSG_LONG.format(days=max_days, day=(start + timedelta(days=max_days)).isoformat()),
                              "planned_end")


def check_consent(role: ApplicantRole | str, has_consent: bool) -> None:
    """A tenant or an agent applies with the owner's written consent (委托书) attached."""
    if ApplicantRole(role) is not ApplicantRole.OWNER and not has_consent:
        raise ValidationError(MSG_CONSENT, CONSENT)


def specials_of(text: str) -> list[Special]:
    return [Special(code) for code in (text or "").split(",") if code]


def missing_documents(role: str, specials: Iterable[Special], attached: Iterable[str],
                      workers: Sequence[tuple[int, str]]) -> list[Text]:
    """The completeness checklist (§4.14 step 2): what is still missing, in the order of the list.
    ``attached`` are the roles of the case's files, ``workers`` (id, name) of its worker list."""
    have = set(attached)
    missing: list[Text] = [label for role_, label in DOCUMENTS.items() if role_ not in have]
    if ApplicantRole(role) is not ApplicantRole.OWNER and CONSENT not in have:
        missing.append(CONSENT_LABEL)
    missing += [APPROVAL_LABELS[flag] for flag in specials if APPROVALS[flag] not in have]
    if not workers:
        missing.append(MSG_WORKERS_NONE)
    missing += [MSG_WORKER_PHOTO.format(name=name) for ident, name in workers
                if WORKER_PHOTO.format(id=ident) not in have]
    return missing


# ------------------------------------------------------------------------------------------ workers

def check_worker_id(value: str, taken: Iterable[str], name: str) -> str:
    """A worker's resident ID, valid and not already on the case's list."""
    number = check_id_number(IdType.RESIDENT, value, "id_number")
    if number in set(taken):
        raise ConflictError(MSG_WORKER_ID_TWICE.format(name=name))
    return number


WORKER_NAME = FieldSpec("name", T("Renovation", "Worker"), required=True, max_len=30)
WORKER_ID = FieldSpec("id_number", T("Renovation", "ID number"), required=True, max_len=20, private=True)
WORKER_PHONE = FieldSpec("phone", T("Renovation", "Phone"), max_len=20, private=True, check=_phone)
WORKER_FIELDS = (WORKER_NAME, WORKER_ID, WORKER_PHONE)


def pass_number(permit_no: str, seq: int, issue: int = 1) -> str:
    """A worker's pass: the permit's number, the worker's place on the list and, re-issued, the issue
    (``XK20260615-0001-03``, lost and re-issued ``XK20260615-0001-03R2``)."""
    return f"{permit_no}-{seq:02d}" + (f"R{issue}" if issue > 1 else "")


def pass_valid_until(issued: date, long_days: int, permit_end: date) -> date:
    """A pass is valid for the long-term period, never past the permit."""
    return min(issued + timedelta(days=long_days), permit_end)


def masked_id(number: str) -> str:
    return mask_id(number)


# ------------------------------------------------------------------------------------------ money

@dataclass(frozen=True)
class Split:
    """A deduction taken from the deposits: the contractor's first, then the owner's, then claimed."""

    contractor: Decimal
    owner: Decimal
    claimed: Decimal


def split_deductions(total: Decimal, contractor_held: Decimal, owner_held: Decimal) -> Split:
    """§4.14 step 10: deduct first from the contractor's deposit, then from the owner's, claim the rest."""
    from_contractor = min(total, contractor_held)
    from_owner = min(total - from_contractor, owner_held)
    return Split(from_contractor, from_owner, total - from_contractor - from_owner)


def check_refund(amount: Decimal, held: Decimal, deducted: Decimal) -> None:
    """A refund never above the deposits less the deductions."""
    left = max(held - deducted, Decimal(0))
    if amount > left:
        raise ValidationError(MSG_REFUND_OVER.format(amount=f"{amount:,.2f}", left=f"{left:,.2f}"), "amount")


def recheck_from(passed_on: date, days: int) -> date:
    return passed_on + timedelta(days=days)
