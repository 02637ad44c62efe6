"""零星入住 — an owner's individual move-in after the developer's batch handover (DOMAIN.md §4.13):
permissions, codes, fields, the declared workflow and its pure rules.

One record (入住, numbered RZ…) per handover of a room 已售未交付 to its buyer:

``资料审核 docs_check → 已验房 inspected → 已签约 signed → 已缴费 paid → 已交钥匙 completed → 已归档 archived``,
with the side branch ``inspected → 暂缓 on_hold`` (the owner refuses the unit because of its defects; the keys
stay in the cabinet) and back ``→ inspected`` once they are fixed, and ``→ 作废`` before money is taken.

* the documents (入住通知书, ID, purchase contract or invoice, an agent's authorisation) are ticked on the
  record and attached; the joint inspection is refused until they are complete (:func:`missing_documents`);
* the joint inspection (联合验房) records the item checklist (each line OK or a defect with its photo), the
  water, electricity and gas readings (numbers ≥ 0) and the owner's signature; each defect goes to
  engineering as a work slip in the same transaction;
* the fees step collects, through the fees workflow, the property fee from the fee start date of the §7 rule
  (:func:`fee_start`) and at most ``movein.max_prepay_months`` months ahead;
* the keys of the room leave the key cabinet (the key closes as 已交付业主); by ``movein.keys_after_fees`` only
  after fees and agreements: otherwise the keys may be handed over once the agreements are signed, and the
  record completes when the fees are paid (``keys_early``, then ``complete``);
* completion hands the room over (已交付, handover and fee start dates, 空置 or 自住), takes it off the
  vacant-unit register and plans the 入住回访; archiving completes the household file (一户一档).
"""
from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from app.domain.enums import IdType, LabelledEnum, OccupancyState, StaffRole
from app.domain.errors import ValidationError
from app.domain.fees.codes import PayMethod
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.permissions import declare
from app.domain.vacancy import CheckResult, line_fields
from app.domain.validation import check_id_number, check_phone
from app.domain.workflow import State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Move-in")
MOVEIN_VIEW = declare("movein.view", T("Permission", "View move-ins"), _GROUP, S, ST, R, C)
MOVEIN_MANAGE = declare("movein.manage", T("Permission", "Hand rooms over to their owners (move-in)"),
                        _GROUP, S, ST, R)
MOVEIN_APPROVE = declare("movein.approve", T("Permission", "Void a move-in"), _GROUP, S)
MOVEIN_IMPORT = declare("movein.import", T("Permission", "Import the developer's handover list"), _GROUP, S, C)

MOVEIN_KIND = "move_in"
DOC_TYPE = "RZ"


# ------------------------------------------------------------------------------------------ codes

class InspectItem(LabelledEnum):
    """The joint inspection's checklist (房屋验收交接单), in the order of the paper form."""

    DOORS = ("doors", T("Enum", "Entrance door, windows and locks"), "入户门、窗及门锁")
    WALLS = ("walls", T("Enum", "Walls and ceilings"), "墙面、天花")
    FLOORS = ("floors", T("Enum", "Floors"), "地面")
    PLUMBING = ("plumbing", T("Enum", "Water supply and drains"), "给排水")
    ELECTRICAL = ("electrical", T("Enum", "Electrical: sockets, switches, panel"), "电气（插座、开关、配电箱）")
    GAS = ("gas", T("Enum", "Gas pipes and valve"), "燃气管道及阀门")
    KITCHEN_BATH = ("kitchen_bath", T("Enum", "Kitchen and bathroom fittings"), "厨卫设施")
    WATERPROOF = ("waterproof", T("Enum", "No leaks or seepage"), "无渗漏")
    INTERCOM = ("intercom", T("Enum", "Intercom and doorbell"), "对讲及门铃")


class HandedDocument(LabelledEnum):
    """The papers handed to the owner with the keys (§4.13 step 5)."""

    HANDBOOK = ("handbook", T("Enum", "Owner's handbook"), "业主手册")
    WARRANTY = ("warranty", T("Enum", "Residential quality warranty"), "住宅质量保证书")
    MANUAL = ("manual", T("Enum", "Residential user manual"), "住宅使用说明书")


class Agreement(LabelledEnum):
    SERVICE = ("service", T("Enum", "Preliminary property service agreement"), "前期物业服务协议")
    RULES = ("rules", T("Enum", "Provisional management rules"), "管理规约")
    RENOVATION = ("renovation", T("Enum", "Renovation management agreement"), "装修管理协议")
    PARKING = ("parking", T("Enum", "Parking agreement"), "车位协议")


#: what the owner does with the unit once handed over (§4.13 step 7: occupancy 空置/自住)
MOVE_IN_USE = (OccupancyState.VACANT, OccupancyState.OWNER_OCCUPIED)


# ------------------------------------------------------------------------------------------ messages

MSG_NOT_SOLD = T("MoveIn", "{code} is {state}: only a room sold and not yet handed over (已售未交付) can be "
                           "handed over to its owner")
MSG_OPEN_CASE = T("MoveIn", "{code} already has the move-in {number} in progress")
MSG_MISSING_DOCS = T("MoveIn", "Documents missing: {docs}. Check them before the joint inspection")
MSG_NOT_ON_LIST = T("MoveIn", "{name} is not the buyer of {code} on the developer's handover list ({buyer}): "
                              "check the identity, or the developer confirms the sale first")
MSG_KEYS_BEFORE_FEES = T("MoveIn", "Keys are handed over only after the fees are paid (parameter “Hand over keys "
                                   "only after fees and agreements”)")
MSG_AGREEMENTS = T("MoveIn", "Sign the preliminary property service agreement and the management rules first")
MSG_FEE_START = T("MoveIn", "The fee start date ({start}) cannot be before the handover date ({handover})")
MSG_PREPAY = T("MoveIn", "At most {months} months of fees can be paid in advance")
MSG_HANDOVER_FUTURE = T("MoveIn", "The handover date cannot be in the future")
MSG_KEY_OUT = T("MoveIn", "Key {slot} of the room is not in the cabinet ({state}): take it back first")
MSG_OWNER_SIGNED = T("MoveIn", "The owner signs the inspection sheet (tick “Owner signed”)")
MSG_AGENT_ID = T("MoveIn", "An agent shows their own ID: give the agent's document number")
MSG_FAMILY_LINE = T("MoveIn", "Line {line}: write a family member as “name phone”, such as 王小明 13800001111")


def _id_number(value: str, values: Mapping[str, Any]) -> str:
    return check_id_number(values.get("id_type") or IdType.RESIDENT.value, value)


def _agent_id(value: str, _values: Mapping[str, Any]) -> str:
    return check_id_number(IdType.RESIDENT.value, value)


def _phone(key: str) -> Any:
    return lambda value, _values: check_phone(value, key)


def _meter(key: str, label: Text) -> FieldSpec:
    """A meter reading: a number of 0 or more with at most two decimals (refused otherwise)."""
    return FieldSpec(key, label, "money", required=True, lo=0, hi=99999999, column=key)


# ------------------------------------------------------------------------------------------ fields

ROOM = FieldSpec("room", T("MoveIn", "Room"), "room", required=True, column="room_code",
                 placeholder=T("MoveIn", "3-2-1502"))
OWNER_NAME = FieldSpec("owner_name", T("MoveIn", "Owner (buyer)"), required=True, max_len=30, column="owner_name")
ID_TYPE = FieldSpec("id_type", T("MoveIn", "Document type"), "choice", choices=IdType, required=True,
                    default=IdType.RESIDENT.value, column="id_type")
ID_NUMBER = FieldSpec("id_number", T("MoveIn", "Document no."), required=True, max_len=30, private=True,
                      check=_id_number, column="id_number")
PHONE = FieldSpec("phone", T("MoveIn", "Phone"), required=True, max_len=20, private=True, check=_phone("phone"),
                  column="phone")
AGENT_NAME = FieldSpec("agent_name", T("MoveIn", "Agent (empty: the owner in person)"), max_len=30,
                       column="agent_name")
AGENT_ID = FieldSpec("agent_id_number", T("MoveIn", "Agent's ID no."), max_len=30, private=True, check=_agent_id,
                     column="agent_id_number", required_when=lambda v: bool(v.get("agent_name")))
NOTICE_NO = FieldSpec("notice_no", T("MoveIn", "Move-in notice no."), max_len=30, column="notice_no")
DOC_NOTICE = FieldSpec("doc_notice", T("MoveIn", "Move-in notice (入住通知书)"), "bool", column="doc_notice")
DOC_ID = FieldSpec("doc_id", T("MoveIn", "ID document"), "bool", column="doc_id")
DOC_CONTRACT = FieldSpec("doc_contract", T("MoveIn", "Purchase contract or invoice"), "bool", column="doc_contract")
DOC_AUTH = FieldSpec("doc_authorisation", T("MoveIn", "Agent's authorisation letter"), "bool",
                     column="doc_authorisation")
DOCS = FieldSpec("documents", T("MoveIn", "Copies of the documents"), "attachment", wide=True)
REMARKS = FieldSpec("remarks", T("MoveIn", "Remarks"), "multiline", max_len=500, wide=True, column="remarks")
CASE_FIELDS = (ROOM, OWNER_NAME, ID_TYPE, ID_NUMBER, PHONE, AGENT_NAME, AGENT_ID, NOTICE_NO, DOC_NOTICE, DOC_ID,
               DOC_CONTRACT, DOC_AUTH, DOCS, REMARKS)

# the joint inspection
INSPECTED_ON = FieldSpec("inspected_on", T("MoveIn", "Inspection date"), "date", required=True, default=date.today,
                         column="inspected_on")
INSPECTORS = FieldSpec("inspectors", T("MoveIn", "Inspected with (engineering, developer)"), required=True,
                       max_len=60, column="inspectors")
METERS = (_meter("meter_water", T("MoveIn", "Water meter")), _meter("meter_power", T("MoveIn", "Electricity meter")),
          _meter("meter_gas", T("MoveIn", "Gas meter")))
LINES = {item: line_fields(item) for item in InspectItem}
OWNER_SIGNED = FieldSpec("owner_signed", T("MoveIn", "Owner signed the inspection sheet"), "bool",
                         column="owner_signed")
SIGNATURE = FieldSpec("signature", T("MoveIn", "Signed sheet or signature"), "attachment")
INSPECT_FIELDS = (INSPECTED_ON, INSPECTORS, *METERS, *(spec for item in InspectItem for spec in LINES[item]),
                  OWNER_SIGNED, SIGNATURE)

# agreements
AGREEMENTS = {a: FieldSpec(f"agr_{a.value}", a.label, "bool", column=f"agr_{a.value}") for a in Agreement}
SIGNED_ON = FieldSpec("signed_on", T("MoveIn", "Signed on"), "date", default=date.today, column="signed_on",
                      placeholder=T("MoveIn", "Empty: today"))
AGREEMENT_FILES = FieldSpec("agreement_files", T("MoveIn", "Signed agreements"), "attachment", wide=True)

# fees
HANDOVER_DATE = FieldSpec("handover_date", T("MoveIn", "Handover date"), "date", default=date.today)
PREPAY_MONTHS = FieldSpec("prepay_months", T("MoveIn", "Months paid in advance"), "int", lo=0, hi=36, default=0,
                          column="prepay_months")
PAY_METHOD = FieldSpec("method", T("MoveIn", "Paid by"), "choice", required=True, default=PayMethod.CASH.value,
                       choices=tuple(m for m in PayMethod if m not in (PayMethod.BALANCE, PayMethod.DEPOSIT)))
PAYER = FieldSpec("payer", T("MoveIn", "Payer"), max_len=50)

# keys, cards, papers
KEYS_COUNT = FieldSpec("keys_count", T("MoveIn", "Keys handed over"), "int", required=True, lo=1, hi=50, default=1,
                       column="keys_count")
CARDS_COUNT = FieldSpec("cards_count", T("MoveIn", "Access cards issued"), "int", lo=0, hi=20, default=0,
                        column="cards_count")
CARD_NOS = FieldSpec("card_nos", T("MoveIn", "Card numbers"), max_len=200, wide=True, column="card_nos")
HANDED = {d: FieldSpec(f"doc_{d.value}", d.label, "bool", default=True) for d in HandedDocument}
USE = FieldSpec("occupancy", T("MoveIn", "The owner"), "choice", choices=MOVE_IN_USE, required=True,
                default=OccupancyState.OWNER_OCCUPIED.value, column="occupancy")
RECEIVED_BY = FieldSpec("received_by", T("MoveIn", "Received by (signature)"), required=True, max_len=30,
                        column="received_by")
KEY_FIELDS = (KEYS_COUNT, CARDS_COUNT, CARD_NOS, *HANDED.values(), USE, RECEIVED_BY)

# the household file
FAMILY = FieldSpec("family", T("MoveIn", "Family members (one a line: name phone)"), "multiline", max_len=500,
                   wide=True)
EMERGENCY_NAME = FieldSpec("emergency_name", T("MoveIn", "Emergency contact"), required=True, max_len=30)
EMERGENCY_PHONE = FieldSpec("emergency_phone", T("MoveIn", "Emergency contact's phone"), required=True, max_len=20,
                            private=True, check=_phone("emergency_phone"))
VEHICLES = FieldSpec("vehicles", T("MoveIn", "Vehicles (plates)"), max_len=100, column="vehicles")
HOLD_NOTE = FieldSpec("note", T("MoveIn", "Why the owner does not take the unit"), "multiline", required=True,
                      max_len=200, wide=True, column="hold_reason")
SLIP_NO = FieldSpec("slip_no", T("Field", "Work slip no."), column="slip_numbers")
RECEIPT_NO = FieldSpec("receipt_no", T("MoveIn", "Receipt no."), column="receipt_no")
FEE_START = FieldSpec("fee_start", T("MoveIn", "Fees start"), "date")
KEY_SLOTS = FieldSpec("key_slots", T("MoveIn", "Cabinet keys"), column="key_slots")


# ------------------------------------------------------------------------------------------ the workflow

def _keys_order(m: Any) -> Text | None:
    """Keys before fees only when the parameter allows it (the move-in's subject carries it)."""
    if m.status == "signed" and getattr(m, "keys_after_fees", True):
        return MSG_KEYS_BEFORE_FEES
    if m.status == "signed" and m.keys_handed_at is not None:
        return MSG_KEYS_BEFORE_FEES   # handed already: the fees are what is left
    return None


def _docs_complete(m: Any) -> Text | None:
    missing = missing_documents(m)
    return MSG_MISSING_DOCS.format(docs="、".join(str(d) for d in missing)) if missing else None


STATES = [
    State("docs_check", T("State", "Checking documents")),
    State("inspected", T("State", "Inspected")),
    State("on_hold", T("State", "On hold (owner refuses the unit)"), tone="attention", print_label="暂缓"),
    State("signed", T("State", "Agreements signed")),
    State("paid", T("State", "Fees paid")),
    State("completed", T("State", "Keys handed over")),
    State("archived", T("State", "Archived"), terminal=True, print_label="已归档"),
    State("void", T("State", "Void"), terminal=True),
]

MOVEIN = register(Workflow(
    MOVEIN_KIND, label=T("Workflow", "Move-in"), doc_type=DOC_TYPE, states=STATES, initial="docs_check",
    fields=CASE_FIELDS, created_with=[f.key for f in CASE_FIELDS], created_label=T("MoveIn", "Registered"),
    event_fields=(SLIP_NO, RECEIPT_NO, FEE_START, KEY_SLOTS),
    transitions=[
        Transition("check_docs", "docs_check", "docs_check", label=T("Action", "Documents checked"),
                   permission=MOVEIN_MANAGE, fields=(DOC_NOTICE, DOC_ID, DOC_CONTRACT, DOC_AUTH, DOCS)),
        Transition("inspect", "docs_check", "inspected", label=T("Action", "Joint inspection"),
                   permission=MOVEIN_MANAGE, guard=_docs_complete, fields=INSPECT_FIELDS),
        Transition("hold", "inspected", "on_hold", label=T("Action", "On hold: owner refuses the unit"),
                   permission=MOVEIN_MANAGE, fields=(HOLD_NOTE,), note=False),
        Transition("resume", "on_hold", "inspected", label=T("Action", "Defects fixed: resume"),
                   permission=MOVEIN_MANAGE, needs_note=True),
        Transition("sign", "inspected", "signed", label=T("Action", "Agreements signed"), permission=MOVEIN_MANAGE,
                   fields=(*AGREEMENTS.values(), SIGNED_ON, AGREEMENT_FILES)),
        Transition("pay", "signed", "paid", label=T("Action", "Collect the fees"), permission=MOVEIN_MANAGE,
                   fields=(HANDOVER_DATE, PREPAY_MONTHS, PAY_METHOD, PAYER)),
        Transition("hand_keys", ("signed", "paid"), "completed", label=T("Action", "Hand over the keys"),
                   permission=MOVEIN_MANAGE, guard=_keys_order, fields=KEY_FIELDS),
        # keys handed before the fees (the parameter allows it): done by the service in place of hand_keys
        Transition("keys_early", "signed", "signed", label=T("Action", "Keys handed over, fees to pay"),
                   permission=MOVEIN_MANAGE, hidden=True),
        # the fees paid after the keys: the service completes the move-in with the payment
        Transition("complete", "paid", "completed", label=T("Action", "Keys handed over"),
                   permission=MOVEIN_MANAGE, hidden=True),
        Transition("archive", "completed", "archived", label=T("Action", "Complete the file and archive"),
                   permission=MOVEIN_MANAGE, fields=(FAMILY, EMERGENCY_NAME, EMERGENCY_PHONE, VEHICLES)),
        Transition("void", ("docs_check", "inspected", "on_hold", "signed"), "void", label=T("Action", "Void"),
                   permission=MOVEIN_APPROVE, fields=(VOID_REASON,), note=False),
    ]))

IN_PROGRESS = ("docs_check", "inspected", "signed", "paid", "completed")


# ------------------------------------------------------------------------------------------ rules

def missing_documents(m: Any) -> list[Text]:
    """The §4.13 step 1 documents not yet ticked (an agent's authorisation only when an agent comes)."""
    missing = [spec.label for spec in (DOC_NOTICE, DOC_ID, DOC_CONTRACT) if not getattr(m, spec.column)]
    if m.agent_name and not m.doc_authorisation:
        missing.append(DOC_AUTH.label)
    return missing


def defects(values: Mapping[str, Any]) -> list[InspectItem]:
    """The checklist lines found defective (each needs its description: the field's own rule)."""
    return [item for item in InspectItem if values.get(f"ok_{item.value}") == CheckResult.ANOMALY.value]


def check_agreements(values: Mapping[str, Any]) -> None:
    if not (values.get("agr_service") and values.get("agr_rules")):
        raise ValidationError(MSG_AGREEMENTS, "agr_service")


def fee_start(handover: date, rule: str) -> date:
    """The fee start date of §7 "Fee start rule on move-in": the handover date; handed over by the 15th → the
    15th, later → the 1st of next month; or the 1st of the month after the handover."""
    first_next = (handover.replace(day=1) + timedelta(days=32)).replace(day=1)
    if rule == "mid_month":
        return max(handover, handover.replace(day=15)) if handover.day <= 15 else first_next
    if rule == "next_month":
        return first_next
    return handover


def check_fee_start(start: date, handover: date) -> None:
    if start < handover:
        raise ValidationError(MSG_FEE_START.format(start=start.isoformat(), handover=handover.isoformat()),
                              "handover_date")


def check_prepay(months: int, most: int) -> None:
    if months > most:
        raise ValidationError(MSG_PREPAY.format(months=most), "prepay_months")


def check_handover(day: date, today: date) -> None:
    if day > today:
        raise ValidationError(MSG_HANDOVER_FUTURE, "handover_date")


def months_from(first: date, count: int) -> list[date]:
    """``count`` first days of months from ``first``'s month on."""
    out, day = [], first.replace(day=1)
    for _ in range(count):
        out.append(day)
        day = day.replace(day=calendar.monthrange(day.year, day.month)[1]) + timedelta(days=1)
    return out


def family_lines(text: str) -> list[tuple[str, str]]:
    """The family members typed one a line as “name phone” (a person on the file has a phone)."""
    people = []
    for n, line in enumerate((text or "").splitlines(), 1):
        parts = line.replace("，", " ").replace(",", " ").split()
        if not parts:
            continue
        if len(parts) != 2 or len(parts[0]) > 30:
            raise ValidationError(MSG_FAMILY_LINE.format(line=n), "family")
        people.append((parts[0], check_phone(parts[1], "family")))
    return people
