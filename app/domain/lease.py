"""房屋租赁 — owners' leases (DOMAIN.md §4.8): permissions, codes, fields, the declared workflow and its rules.

A **lease** (租赁备案, numbered ZL…) registers the tenant of an owner's room: the owner who lets it (a
registered owner of the room), the tenant (a person of 18 or more on the start date by the ID's birth date,
or a company with its unified social credit code), the co-residents, who pays the fees, the term, the rent
(optional), the deposits the property company holds, the access cards issued, and the documents (contract,
owner's authorisation, IDs or the licence copy).

States: ``资料待补 incomplete`` (a document is missing) ``→ 在租 active`` (``complete`` attaches what was
missing); ``→ 已续租 renewed`` (the renewal is a new lease linked to it); ``→ 已退租 terminated`` (the tenant
left: through the move-out, or the desk records the end); ``→ 作废 void``. 即将到期 (expiring) and 已到期
(past its end, the tenant not yet moved out) are derived from the end date and
``lease.expiry_reminder_days``, never stored (:func:`expiry`).

The rules that are not state changes are pure functions here, each with its message; the service gathers the
facts (other leases of the room, its arrears, the owners) and calls them.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain import id_numbers
from app.domain.enums import IdType, LabelledEnum, PersonType, StaffRole
from app.domain.errors import ValidationError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.permissions import declare
from app.domain.validation import check_id_number, check_phone
from app.domain.workflow import STAY, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Leases")
LEASE_VIEW = declare("lease.view", T("Permission", "View leases"), _GROUP, S, ST, R, C)
LEASE_MANAGE = declare("lease.manage", T("Permission", "File, renew and end leases"), _GROUP, S, ST, R)
LEASE_VOID = declare("lease.void", T("Permission", "Void a lease"), _GROUP, S)

KIND = "lease"
DOC_TYPE = "ZL"
ADULT_AGE = 18
#: the documents a complete file holds (attachment roles)
DOCUMENTS = ("contract", "authorisation", "ids")


# ------------------------------------------------------------------------------------------ codes

class FeePayer(LabelledEnum):
    OWNER = ("owner", T("Enum", "Owner"))
    TENANT = ("tenant", T("Enum", "Tenant (the owner stays liable)"), "租户（业主承担连带责任）")


# ------------------------------------------------------------------------------------------ messages

MSG_END = T("Lease", "The lease must end after it starts ({start})")
MSG_MINOR = T("Lease", "{name} is {age} on the start date {start} (born {born}): a tenant must be at least 18")
MSG_BIRTH = T("Lease", "Give the tenant's birth date: this document does not show it")
MSG_COMPANY_LICENCE = T("Lease", "A company tenant is registered with its business licence: choose "
                                 "“Unified social credit code” and type the code of the licence")
MSG_PERSON_DOCUMENT = T("Lease", "An individual tenant is registered with a personal document (ID card, passport "
                                 "or permit), not a credit code")
MSG_OVERLAP = T("Lease", "Room {room} already has an active lease {number} ({tenant}, {start} to {end}) that "
                         "overlaps this term: end or renew it first")
MSG_ARREARS = T("Lease", "Room {room} has arrears of {amount} yuan ({bills} bills overdue): the fees must be "
                         "settled before the tenant moves in")
MSG_ARREARS_WARN = T("Lease", "Room {room} has arrears of {amount} yuan ({bills} bills overdue): agree with the "
                              "owner how they are settled (the owner stays liable)")
MSG_NOT_OWNER = T("Lease", "{name} is not registered as an owner of {room} (check the household card)")
MSG_NO_OWNER = T("Lease", "Room {room} has no registered owner: register the owner on the household card first")
MSG_NOT_DELIVERED = T("Lease", "Room {room} has not been handed over to its owner: it cannot be let yet")
MSG_DOCUMENTS = T("Lease", "Still missing: {missing}. Attach them to complete the file")
MSG_RENEW_END = T("Lease", "The renewal must end after the current lease ({end})")
MSG_ENDED_ON = T("Lease", "The lease cannot end before it started ({start})")
MSG_CO_RESIDENT = T("Lease", "Co-resident line {n}: {error}")
MSG_CO_NAME = T("Lease", "Co-resident line {n}: give the name first, then the ID number and the relation")

DOCUMENT_LABELS: dict[str, Text] = {
    "contract": T("Lease", "the lease contract"),
    "authorisation": T("Lease", "the owner's authorisation"),
    "ids": T("Lease", "the tenant's ID or licence copy"),
}


# ------------------------------------------------------------------------------------------ fields

def _personal(values: Mapping[str, Any]) -> bool:
    return bool(values.get("tenant_type", PersonType.INDIVIDUAL.value) != PersonType.COMPANY.value)


def _id_number(value: str, values: Mapping[str, Any]) -> str:
    return check_id_number(values.get("id_type") or IdType.RESIDENT.value, value)


def _phone(value: str, _values: Mapping[str, Any]) -> str:
    return check_phone(value, "phone", required=True)


def needs_birth(values: Mapping[str, Any]) -> bool:
    """An individual whose document carries no birth date we can read (a passport, a permit)."""
    return _personal(values) and values.get("id_type") not in (IdType.RESIDENT.value, IdType.BUSINESS.value)


ROOM = FieldSpec("room", T("Lease", "Room"), "room", required=True, placeholder=T("Lease", "3-2-1502"))
OWNER = FieldSpec("owner_name", T("Lease", "Owner (lessor)"), required=True, max_len=50)
TENANT_TYPE = FieldSpec("tenant_type", T("Lease", "Tenant is"), "choice", choices=PersonType, required=True,
                        default=PersonType.INDIVIDUAL.value)
TENANT = FieldSpec("tenant_name", T("Lease", "Tenant"), required=True, max_len=50)
ID_TYPE = FieldSpec("id_type", T("Lease", "Document type"), "choice", choices=IdType, required=True,
                    default=IdType.RESIDENT.value)
ID_NUMBER = FieldSpec("id_number", T("Lease", "Document no."), required=True, max_len=30, private=True,
                      check=_id_number)
BIRTH_DATE = FieldSpec("birth_date", T("Lease", "Born on"), "date", required_when=needs_birth,
                       placeholder=T("Lease", "For a passport or permit"))
PHONE = FieldSpec("phone", T("Lease", "Phone"), required=True, max_len=20, private=True, check=_phone)
CO_RESIDENTS = FieldSpec("co_residents", T("Lease", "Co-residents"), "multiline", max_len=500, wide=True,
                         placeholder=T("Lease", "One a line: name, ID number, relation (张小红 110105… 配偶)"))
START = FieldSpec("start_date", T("Lease", "Start"), "date", required=True)
END = FieldSpec("end_date", T("Lease", "End"), "date", required=True)
RENT = FieldSpec("rent", T("Lease", "Monthly rent"), "money", lo=0)
FEE_PAYER = FieldSpec("fee_payer", T("Lease", "Fees paid by"), "choice", choices=FeePayer, required=True,
                      default=FeePayer.OWNER.value)
DEPOSITS = FieldSpec("deposits", T("Lease", "Deposits held"), max_len=100,
                     placeholder=T("Lease", "水电保证金 500"))
CARDS = FieldSpec("access_cards", T("Lease", "Access cards issued"), max_len=200,
                  placeholder=T("Lease", "Card numbers, separated by commas"))
POLICE = FieldSpec("police_reminded", T("Lease", "Police registration reminded"), "bool")
CONTRACT = FieldSpec("contract", T("Lease", "Lease contract"), "attachment")
AUTHORISATION = FieldSpec("authorisation", T("Lease", "Owner's authorisation"), "attachment")
IDS = FieldSpec("ids", T("Lease", "IDs or licence copy"), "attachment")
REMARKS = FieldSpec("remarks", T("Lease", "Remarks"), "multiline", max_len=500, wide=True)

# actions
NEW_CARDS = FieldSpec("cards", T("Lease", "Access cards issued"), required=True, max_len=200,
                      placeholder=T("Lease", "Card numbers, separated by commas"))
NEW_END = FieldSpec("new_end", T("Lease", "New end"), "date", required=True)
NEW_RENT = FieldSpec("new_rent", T("Lease", "New monthly rent"), "money", lo=0,
                     placeholder=T("Lease", "Empty: as before"))
NEW_CONTRACT = FieldSpec("new_contract", T("Lease", "New lease contract"), "attachment")
ENDED_ON = FieldSpec("ended_on", T("Lease", "Tenant left on"), "date", required=True, column="ended_on")
POLICE_NOTE = FieldSpec("note", T("Lease", "How the owner and tenant were reminded"), max_len=200, wide=True)

RECORD_FIELDS = (ROOM, OWNER, TENANT_TYPE, TENANT, ID_TYPE, ID_NUMBER, BIRTH_DATE, PHONE, CO_RESIDENTS, START,
                 END, RENT, FEE_PAYER, DEPOSITS, CARDS, POLICE, CONTRACT, AUTHORISATION, IDS, REMARKS)

STATES = [
    State("incomplete", T("State", "Documents missing"), tone="attention", print_label="资料待补"),
    State("active", T("State", "Let"), print_label="在租"),
    State("renewed", T("State", "Renewed"), terminal=True, print_label="已续租"),
    State("terminated", T("State", "Tenant moved out"), terminal=True, print_label="已退租"),
    State("void", T("State", "Void"), terminal=True),
]
OPEN = ("incomplete", "active")

LEASE = register(Workflow(
    KIND, label=T("Workflow", "Leases"), doc_type=DOC_TYPE, states=STATES, initial="active",
    also_initial=("incomplete",), fields=RECORD_FIELDS,
    created_with=tuple(f.key for f in RECORD_FIELDS),
    transitions=[
        Transition("complete", "incomplete", "active", label=T("Action", "Documents complete"),
                   permission=LEASE_MANAGE, fields=(CONTRACT, AUTHORISATION, IDS)),
        Transition("cards", OPEN, STAY, label=T("Action", "Issue access cards"), permission=LEASE_MANAGE,
                   fields=(NEW_CARDS,)),
        Transition("police", OPEN, STAY, label=T("Action", "Police registration reminded"),
                   permission=LEASE_MANAGE, fields=(POLICE_NOTE,)),
        Transition("renew", "active", "renewed", label=T("Action", "Renew"), permission=LEASE_MANAGE,
                   fields=(NEW_END, NEW_RENT, NEW_CONTRACT)),
        Transition("terminate", OPEN, "terminated", label=T("Action", "Tenant moved out"),
                   permission=LEASE_MANAGE, fields=(ENDED_ON,)),
        Transition("void", OPEN, "void", label=T("Action", "Void"), permission=LEASE_VOID, fields=(VOID_REASON,)),
    ]))


# ------------------------------------------------------------------------------------------ rules

def check_term(start: date, end: date) -> None:
    if end <= start:
        raise ValidationError(MSG_END.format(start=f"{start:%Y-%m-%d}"), "end_date")


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def check_tenant(tenant_type: str, id_type: str, id_number: str, name: str, start: date,
                 birth: date | None = None) -> None:
    """A company with its licence (credit code); an individual with a personal document, 18 or more on the
    start date by the ID's birth date (or the birth date typed for a passport or permit)."""
    if tenant_type == PersonType.COMPANY.value:
        if id_type != IdType.BUSINESS.value:
            raise ValidationError(MSG_COMPANY_LICENCE, "id_type")
        return
    if id_type == IdType.BUSINESS.value:
        raise ValidationError(MSG_PERSON_DOCUMENT, "id_type")
    born = id_numbers.birth_date(id_number) if id_type == IdType.RESIDENT.value else birth
    if born is None:
        raise ValidationError(MSG_BIRTH, "birth_date")
    age = age_on(born, start)
    if age < ADULT_AGE:
        raise ValidationError(MSG_MINOR.format(name=name, age=age, start=f"{start:%Y-%m-%d}", born=f"{born:%Y-%m-%d}"),
                              "id_number")


def overlaps(start: date, end: date, other_start: date, other_end: date) -> bool:
    """Two terms share a day (a lease ending the day before another starts does not overlap it)."""
    return start <= other_end and other_start <= end


def check_renewal(end: date, new_end: date) -> None:
    if new_end <= end:
        raise ValidationError(MSG_RENEW_END.format(end=f"{end:%Y-%m-%d}"), "new_end")


def check_ended_on(start: date, ended_on: date) -> None:
    if ended_on < start:
        raise ValidationError(MSG_ENDED_ON.format(start=f"{start:%Y-%m-%d}"), "ended_on")


def missing_documents(present: set[str]) -> list[str]:
    return [role for role in DOCUMENTS if role not in present]


def expiry(status: str, end: date, today: date, warn_days: int) -> str:
    """The derived state of an open lease: "expired" past its end, "expiring" within ``warn_days`` of it,
    else "" (the stored state stands)."""
    if status not in OPEN:
        return ""
    if end < today:
        return "expired"
    if end <= today + timedelta(days=warn_days):
        return "expiring"
    return ""


DERIVED: dict[str, Text] = {
    "expiring": T("State", "Expiring soon"),
    "expired": T("State", "Past its end"),
}
DERIVED_PRINTED = {"expiring": "即将到期", "expired": "已到期"}


@dataclass(frozen=True)
class CoResident:
    name: str
    id_number: str = ""
    relation: str = ""


_ID_LIKE = re.compile(r"^[0-9０-９][0-9０-９xX]{14,17}$")


def parse_co_residents(text: str | None) -> list[CoResident]:
    """One co-resident a line: the name, then optionally the resident ID number and the relation."""
    out = []
    for n, line in enumerate((text or "").splitlines(), 1):
        parts = line.replace("，", " ").replace(",", " ").split()
        if not parts:
            continue
        name, rest = parts[0], parts[1:]
        if _ID_LIKE.match(name):
            raise ValidationError(MSG_CO_NAME.format(n=n), "co_residents")
        number = ""
        if rest and _ID_LIKE.match(rest[0]):
            try:
                number = id_numbers.check_resident_id(rest.pop(0), "co_residents")
            except ValidationError as err:
                raise ValidationError(MSG_CO_RESIDENT.format(n=n, error=str(err)), "co_residents") from None
        out.append(CoResident(name[:50], number, " ".join(rest)[:20]))
    return out
