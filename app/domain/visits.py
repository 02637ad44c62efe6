"""来访接待 — visitor reception (DOMAIN.md §4.1): permissions, codes, fields, the declared workflow and its rules.

Two kinds of people come to the desk, and one register holds them both:

* a **visitor** (来访) who wants to enter the estate: registered first (a valid document checked), then the
  host is contacted, and only when the host agrees is the visitor admitted; their departure closes the visit;
* a **service visit** (前台办事): an owner paying, asking, applying; handled at the counter (已办结) or turned
  into another workflow's record (已转办).

One :class:`~app.domain.workflow.Workflow` declares both tracks. The engine has one initial state, so every
visit starts ``registered``; a service visit moves on to ``serving`` in the same transaction (the hidden
``serve`` action), which keeps the states truthful and the handling time measurable. Each action's
``scope`` names the track it belongs to, so an action of the other track is refused as such, and the host's
clock runs for visitors only.

Rules that are not state changes live here too, pure: document checks by document type, plates, departure
times, what a visitor's registration needs besides a service visit's, and the day-end flag ("未登记离开",
derived from the time, never stored).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from app.domain.enums import IdType, LabelledEnum, StaffRole
from app.domain.errors import ConflictError, ValidationError
from app.domain.fields import VOID_REASON, FieldSpec
from app.domain.numbering import parse_number
from app.domain.permissions import declare
from app.domain.validation import MSG_REQUIRED, check_id_number, check_phone
from app.domain.workflow import Clock, State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C = StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Visitor reception")
VISIT_VIEW = declare("visit.view", T("Permission", "View the visitor register"), _GROUP, S, ST, R, C)
VISIT_REGISTER = declare("visit.register", T("Permission", "Register, admit and sign out visitors"),
                         _GROUP, S, ST, R)
VISIT_WATCHLIST = declare("visit.watchlist", T("Permission", "Keep the visitor watchlist"), _GROUP, S)
VISIT_VOID = declare("visit.void", T("Permission", "Void a visit"), _GROUP, S)

KIND = "visit"
DOC_TYPE = "FK"


# ------------------------------------------------------------------------------------------ codes

class VisitCategory(LabelledEnum):
    VISITOR = ("visitor", T("Enum", "Visitor entering the estate"), "来访")
    SERVICE = ("service", T("Enum", "Business at the desk"))


class VisitPurpose(LabelledEnum):
    FAMILY = ("family", T("Enum", "Visiting family or friends"))
    BUSINESS_CALL = ("business_call", T("Enum", "Business call"))
    HOME_SERVICE = ("home_service", T("Enum", "Home service or repair"))
    DELIVERY = ("delivery", T("Enum", "Delivery"))
    BUSINESS = ("business", T("VisitPurpose", "Business at the desk"), "办事")
    ENQUIRY = ("enquiry", T("Enum", "Enquiry"))
    PAYMENT = ("payment", T("Enum", "Payment"))
    OTHER = ("other", T("Enum", "Other"))


#: the purposes offered for each category, in the order of the form
PURPOSES: dict[VisitCategory, tuple[VisitPurpose, ...]] = {
    VisitCategory.VISITOR: (VisitPurpose.FAMILY, VisitPurpose.BUSINESS_CALL, VisitPurpose.HOME_SERVICE,
                            VisitPurpose.DELIVERY, VisitPurpose.OTHER),
    VisitCategory.SERVICE: (VisitPurpose.BUSINESS, VisitPurpose.ENQUIRY, VisitPurpose.PAYMENT,
                            VisitPurpose.OTHER),
}


class VisitorIdType(LabelledEnum):
    """Documents the desk accepts from a visitor (§4.1 step 3). A driving licence and a social-security card
    carry the holder's resident ID number, so they are checked the same way."""

    RESIDENT = ("resident", T("Enum", "Resident ID card"))
    DRIVING = ("driving", T("Enum", "Driving licence"), "机动车驾驶证")
    SOCIAL = ("social", T("Enum", "Social-security card"), "社会保障卡")
    PASSPORT = ("passport", T("Enum", "Passport"))
    HK_MACAO = ("hk_macao", T("Enum", "Mainland travel permit (HK/Macao)"))
    TAIWAN = ("taiwan", T("Enum", "Mainland travel permit (Taiwan)"))
    OTHER = ("other", T("Enum", "Other document"))


_RESIDENT_NUMBERED = {VisitorIdType.RESIDENT, VisitorIdType.DRIVING, VisitorIdType.SOCIAL}


class ContactMethod(LabelledEnum):
    PHONE = ("phone", T("Enum", "Phone"))
    INTERCOM = ("intercom", T("Enum", "Intercom"), "可视对讲")
    WECHAT = ("wechat", T("Enum", "WeChat"))
    IN_PERSON = ("in_person", T("Enum", "Host came to the desk"))


class HostResult(LabelledEnum):
    AGREED = ("agreed", T("Enum", "Host agreed"), "同意来访")
    REFUSED = ("refused", T("Enum", "Host refused"), "拒绝来访")
    UNREACHABLE = ("unreachable", T("Enum", "Host unreachable"), "无法联系")


def category_of(value: VisitCategory | str) -> VisitCategory:
    return value if isinstance(value, VisitCategory) else VisitCategory(value)


def purposes_for(category: VisitCategory | str) -> tuple[VisitPurpose, ...]:
    return PURPOSES[category_of(category)]


# ------------------------------------------------------------------------------------------ input rules

PLATE_RE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z]"
    r"(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{5}[DF])")
PASS_RE = re.compile(r"[A-Za-z0-9-]{1,20}")
ROOM_RE = re.compile(r"[0-9A-Z]+(-[0-9A-Z]+)*")
MAX_COMPANIONS = 50


def check_visitor_document(id_type: VisitorIdType | str, value: str | None, field: str = "id_number") -> str:
    """A visitor's document number: resident-ID-numbered documents need 18 characters and a correct check
    digit (GB 11643); the others 5–20 letters and digits."""
    kind = VisitorIdType(id_type)
    rule = IdType.RESIDENT if kind in _RESIDENT_NUMBERED else IdType.PASSPORT
    return check_id_number(rule, value, field)


def check_plate(value: str | None, field: str = "plate") -> str:
    """A mainland number plate (浙A12345, 粤B·D12345 for a new-energy car); spaces and dots are dropped."""
    text = re.sub(r"[\s·.\-]", "", value or "").upper()
    if not text:
        return ""
    if not PLATE_RE.fullmatch(text):
        raise ValidationError(T("Visits", "A plate is a province character, a letter and 5 or 6 letters or "
                                          "digits, such as 浙A12345"), field)
    return text


def check_companions(value: str | int | None, field: str = "companions") -> int:
    text = str(value if value is not None else "").strip()
    if not text:
        return 0
    if not text.isdigit():
        raise ValidationError(T("Visits", "Companions must be a whole number"), field)
    number = int(text)
    if number > MAX_COMPANIONS:
        raise ValidationError(T("Visits", "At most {n} companions: register a group as several visits")
                              .format(n=MAX_COMPANIONS), field)
    return number


def check_pass_no(value: str | None, field: str = "pass_no") -> str:
    text = (value or "").strip().upper()
    if text and not PASS_RE.fullmatch(text):
        raise ValidationError(T("Visits", "A pass number has at most 20 letters, digits and dashes"), field)
    return text


def check_room_code(code: str, field: str = "room") -> str:
    """A room code as typed (spaces dropped, upper case); whether the room exists is checked on save."""
    if not ROOM_RE.fullmatch(code):
        raise ValidationError(T("Visits", "A room code looks like 3-2-1502"), field)
    return code


def check_linked_record(value: str, field: str = "linked_record") -> str:
    """The number of the record a service visit was turned into (a complaint, a key loan …), not a visit."""
    number = value.strip().upper()
    try:
        parse_number(number)
    except ValidationError:
        raise ValidationError(T("Visits", "Give the number of the record, such as TS20250612-0003"),
                              field) from None
    if number.startswith(DOC_TYPE):
        raise ValidationError(T("Visits", "A visit cannot be turned into another visit"), field)
    return number


def check_departure(departure: datetime, arrival: datetime, now: datetime,
                    admitted: datetime | None = None, field: str = "departure_at") -> datetime:
    """A departure time: not before the arrival (or the admission), not in the future."""
    departure = departure.replace(microsecond=0)
    if departure < arrival.replace(second=0, microsecond=0):
        raise ValidationError(T("Visits", "The departure ({departure}) cannot be before the arrival "
                                          "({arrival})").format(departure=f"{departure:%Y-%m-%d %H:%M}",
                                                                arrival=f"{arrival:%Y-%m-%d %H:%M}"), field)
    if admitted is not None and departure < admitted.replace(second=0, microsecond=0):
        raise ValidationError(T("Visits", "The departure cannot be before the visitor was admitted ({at})")
                              .format(at=f"{admitted:%H:%M}"), field)
    if departure > now + timedelta(minutes=1):
        raise ValidationError(T("Visits", "The departure cannot be in the future"), field)
    return max(departure, arrival)


def phone_tail(phone: str) -> str:
    """The last four digits of a phone number (what people say: 尾号5678)."""
    digits = re.sub(r"\D", "", phone or "")
    return digits[-4:]


# ------------------------------------------------------------------------------------------ fields

CATEGORY = FieldSpec("category", T("Visits", "Category"), "choice", choices=VisitCategory, required=True,
                     default=VisitCategory.VISITOR.value,
                     invalid=T("Visits", "Choose whether the person visits a resident or has business at the desk"))
PURPOSE = FieldSpec("purpose", T("Visits", "Purpose"), "choice", choices=VisitPurpose, required=True,
                    invalid=T("Visits", "Choose the purpose of the visit"))
PHONE = FieldSpec("phone", T("Visits", "Phone"), required=True, max_len=20, private=True,
                  check=lambda value, _: check_phone(value, "phone", required=True),
                  placeholder=T("Visits", "Mobile or landline; a known visitor is filled in"))
VISITOR_NAME = FieldSpec("visitor_name", T("Visits", "Visitor"), required=True, max_len=30)
ID_TYPE = FieldSpec("id_type", T("Visits", "Document type"), "choice", choices=VisitorIdType, required=True,
                    default=VisitorIdType.RESIDENT.value, invalid=T("Visits", "Choose a document type"))
ID_NUMBER = FieldSpec("id_number", T("Visits", "Document no."), max_len=30, private=True,
                      check=lambda value, values: check_visitor_document(
                          values.get("id_type") or VisitorIdType.RESIDENT.value, value))
ROOM = FieldSpec("room", T("Visits", "Room visited"), "room", column="room_code",
                 check=lambda value, _: check_room_code(value))
HOST = FieldSpec("host_name", T("Visits", "Host"), max_len=30)
COMPANIONS = FieldSpec("companions", T("Visits", "Companions"), max_len=3, placeholder="0",
                       check=lambda value, _: check_companions(value))
PLATE = FieldSpec("plate", T("Visits", "Plate"), max_len=12, placeholder=T("Visits", "e.g. 浙A12345"),
                  check=lambda value, _: check_plate(value))
UNIT_OR_ADDRESS = FieldSpec("unit_or_address", T("Visits", "Company or address"), wide=True)
ITEMS = FieldSpec("items_carried", T("Visits", "Items carried"), max_len=200, wide=True,
                  placeholder=T("Visits", "Dangerous items stay outside the estate"))
REMARKS = FieldSpec("remarks", T("Visits", "Remarks"), "multiline", wide=True)
#: a registration, in the order of the form
REGISTRATION = (CATEGORY, PURPOSE, PHONE, VISITOR_NAME, ID_TYPE, ID_NUMBER, ROOM, HOST, COMPANIONS, PLATE,
                UNIT_OR_ADDRESS, ITEMS, REMARKS)
#: what a visitor entering the estate must give besides a service visit, and the words when it is missing
VISITOR_REQUIRES: dict[str, Text] = {"id_number": MSG_REQUIRED, "host_name": MSG_REQUIRED,
                                     "room": T("Visits", "Give the room the visitor goes to")}

METHOD = FieldSpec("host_contact_method", T("Field", "Contact method"), "choice", choices=ContactMethod,
                   required=True, column="host_contact_method")
NOTE = FieldSpec("note", T("Visits", "Note"), "multiline", max_len=200, wide=True)
PASS_NO = FieldSpec("pass_no", T("Field", "Pass no."), max_len=20, column="pass_no",
                    check=lambda value, _: check_pass_no(value))
ADMIT_NOW = FieldSpec("admit_now", T("Visits", "Admit now"), "bool", default=True)
DEPARTURE = FieldSpec("departure_at", T("Field", "Departure time"), "datetime", required=True,
                      column="departure_at", placeholder=T("Visits", "HH:MM, or YYYY-MM-DD HH:MM"))
PASS_RETURNED = FieldSpec("pass_returned", T("Field", "Pass returned"), "bool", default=True,
                          column="pass_returned")
RESULT = FieldSpec("note", T("Visits", "Result"), "multiline", max_len=200, wide=True)
REFUSAL = FieldSpec("note", T("Visits", "Reason"), "multiline", max_len=200, wide=True, required=True)
LINKED = FieldSpec("linked_record", T("Field", "Record it was turned into"), required=True, max_len=20,
                   column="linked_record", placeholder=T("Visits", "e.g. TS20250612-0003"),
                   check=lambda value, _: check_linked_record(value))


# ------------------------------------------------------------------------------------------ the workflow

STATES = [
    State("registered", T("State", "Registered")),
    State("contacting", T("State", "Contacting the host")),
    State("unreachable", T("State", "Host unreachable"), tone="attention", print_label="无法联系"),
    State("approved", T("State", "Host agreed"), print_label="被访人同意"),
    State("admitted", T("State", "On site")),
    State("serving", T("State", "Being served")),
    State("left", T("State", "Left"), terminal=True),
    State("refused", T("State", "Not admitted"), terminal=True),
    State("done", T("State", "Handled"), terminal=True),
    State("converted", T("State", "Turned into a record"), terminal=True),
    State("void", T("State", "Void"), terminal=True),
]

_BEFORE_RESULT = ("registered", "contacting", "unreachable")
MSG_OTHER_TRACK = T("Visits", "“{action}” does not apply to {category}")


def _of(track: VisitCategory, label: Text) -> Callable[[Any], Text | None]:
    """The scope of an action of one track: a visit of the other track is told the action is not its."""
    def scope(visit: Any) -> Text | None:
        if visit.category == track.value:
            return None
        return MSG_OTHER_TRACK.format(action=label, category=category_of(visit.category).label)
    return scope


def _visitor(name: str, source: str | tuple[str, ...], target: str, label: Text, **kw: Any) -> Transition:
    return Transition(name, source, target, label=label, permission=VISIT_REGISTER,
                      scope=_of(VisitCategory.VISITOR, label), **kw)


def _service(name: str, source: str, target: str, label: Text, **kw: Any) -> Transition:
    return Transition(name, source, target, label=label, permission=VISIT_REGISTER,
                      scope=_of(VisitCategory.SERVICE, label), **kw)


TRANSITIONS = [
    # the service track: a service visit is received at once, then handled or turned into a record
    _service("serve", "registered", "serving", T("Action", "Serve at the desk"), hidden=True),
    _service("handle", "serving", "done", T("Action", "Handled"), fields=(RESULT,)),
    _service("convert", "serving", "converted", T("Action", "Turned into a record"), fields=(LINKED, NOTE)),
    # the visitor track: contact the host, record the answer, admit or refuse, sign out
    _visitor("contact", ("registered", "unreachable"), "contacting", T("Action", "Contact the host"),
             fields=(METHOD,)),
    _visitor("host_agreed", _BEFORE_RESULT, "approved", T("Action", "Host agreed"),
             fields=(METHOD, ADMIT_NOW, PASS_NO, NOTE)),
    _visitor("host_refused", _BEFORE_RESULT, "refused", T("Action", "Host refused"), fields=(METHOD, NOTE)),
    _visitor("host_unreachable", ("registered", "contacting"), "unreachable", T("Action", "Host unreachable"),
             fields=(METHOD, NOTE)),
    _visitor("admit", "approved", "admitted", T("Action", "Admit"), fields=(PASS_NO, NOTE)),
    _visitor("refuse", (*_BEFORE_RESULT, "approved"), "refused", T("Action", "Refuse entry"),
             fields=(REFUSAL,), needs_note=True),
    _visitor("depart", "admitted", "left", T("Action", "Sign out"), fields=(DEPARTURE, PASS_RETURNED, NOTE)),
    # both tracks
    Transition("void", "*", "void", label=T("Action", "Void"), permission=VISIT_VOID, fields=(VOID_REASON,)),
]

CLOCKS = [
    # from registration (or a new attempt after the host could not be reached) to the host's answer
    Clock("host_reply", label=T("Clock", "Host's answer"), start_on=("registered", "contacting"),
          stop_on=("approved", "unreachable", "refused", "serving", "void"), param="visit.host_reply_minutes",
          when=lambda visit: visit.get("category") == VisitCategory.VISITOR.value),
]

VISIT = register(Workflow(KIND, label=T("Workflow", "Visitor reception"), doc_type=DOC_TYPE,
                          states=STATES, initial="registered", transitions=TRANSITIONS, clocks=CLOCKS,
                          fields=REGISTRATION))

#: the state each host answer leads to, and the action that records it
RESULT_ACTIONS: dict[HostResult, str] = {
    HostResult.AGREED: "host_agreed", HostResult.REFUSED: "host_refused",
    HostResult.UNREACHABLE: "host_unreachable",
}
#: statuses of a visitor waiting at the desk (registered, the host not yet answered or just agreed)
WAITING = ("registered", "contacting", "unreachable", "approved")
#: statuses in which the host's answer is awaited (its clock runs)
ASKING = ("registered", "contacting")
ON_SITE = "admitted"
SERVICE_STATES = ("serving", "done", "converted")
OPEN_STATES = VISIT.open_states


def check_registration(values: Mapping[str, Any]) -> None:
    """What the category asks of a registration: a purpose of its own, and for a visitor entering the
    estate a document, the room and the host."""
    category = category_of(values["category"])
    if VisitPurpose(values["purpose"]) not in purposes_for(category):
        raise ValidationError(PURPOSE.invalid or "", "purpose")
    if category is VisitCategory.VISITOR:
        for spec in (ID_NUMBER, ROOM, HOST):
            if not values.get(spec.key):
                raise ValidationError(VISITOR_REQUIRES[spec.key].format(field=spec.label), spec.key)


# ------------------------------------------------------------------------------------------ derived flags

def flag_cutoff(now: datetime, day_end: time) -> datetime:
    """Visits on site that arrived before this moment are flagged 未登记离开 (DOMAIN.md §4.1 time rules).

    A visit is valid for its day: from the day-end time on, everyone still on site who arrived before it
    is flagged; a visit from an earlier day always is.
    """
    end_today = datetime.combine(now.date(), day_end)
    return end_today if now >= end_today else datetime.combine(now.date(), time())


def not_signed_out(status: str, arrival_at: datetime, now: datetime, day_end: time) -> bool:
    """Admitted, never signed out, and the visit's day is over."""
    return status == ON_SITE and arrival_at < flag_cutoff(now, day_end)


def day_bounds(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """``[start, end)`` datetimes of a date range, either end open."""
    start = datetime.combine(first, time()) if first else None
    end = datetime.combine(last + timedelta(days=1), time()) if last else None
    return start, end


# ------------------------------------------------------------------------------------------ warnings

class VisitWarnings(ConflictError):
    """Registration needs a second look (watchlist, the same visitor already on site): the desk confirms
    and registers anyway, and the warnings it acknowledged are kept in the visit's first event."""

    def __init__(self, warnings: Sequence[Text | str]) -> None:
        self.warnings = list(warnings)
        super().__init__(T("Visits", "Check before registering: {warnings}").format(
            warnings="; ".join(str(w) for w in self.warnings)))


# ------------------------------------------------------------------------------------------ the watchlist

WATCH_NAME = FieldSpec("name", T("Visits", "Name"), required=True, max_len=30)
WATCH_ID_TYPE = FieldSpec("id_type", T("Visits", "Document type"), "choice", choices=VisitorIdType,
                          default=VisitorIdType.RESIDENT.value)
WATCH_ID = FieldSpec("id_number", T("Visits", "Document no."), max_len=30, private=True,
                     check=lambda value, values: check_visitor_document(
                         values.get("id_type") or VisitorIdType.RESIDENT.value, value))
WATCH_PHONE = FieldSpec("phone", T("Visits", "Phone"), max_len=20, private=True,
                        check=lambda value, _: check_phone(value, "phone"))
WATCH_REASON = FieldSpec("reason", T("Visits", "Reason"), "multiline", required=True, max_len=200)
#: a watchlist entry (关注名单), in the order of its form
WATCH_FIELDS = (WATCH_NAME, WATCH_ID_TYPE, WATCH_ID, WATCH_PHONE, WATCH_REASON)
