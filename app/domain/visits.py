"""来访接待 — visitor reception (DOMAIN.md §4.1): permissions, codes, the declared workflow and its rules.

Two kinds of people come to the desk, and one register holds them both:

* a **visitor** (来访) who wants to enter the estate: registered first (a valid document checked), then the
  host is contacted, and only when the host agrees is the visitor admitted; their departure closes the visit;
* a **service visit** (前台办事): an owner paying, asking, applying; handled at the counter (已办结) or turned
  into another workflow's record (已转办).

One :class:`~app.domain.workflow.Workflow` declares both tracks. The engine has one initial state, so every
visit starts ``registered``; a service visit moves on to ``serving`` in the same transaction (the ``serve``
action), which keeps the states truthful and the handling time measurable. Which actions belong to which
track is declared here (:data:`TRACK_ACTIONS`), and :func:`allowed_actions`/:func:`check` apply it on top of
the engine, so the page's buttons still come from the declaration.

Rules that are not state changes live here too, pure: document checks by document type, plates, departure
times, and the day-end flag ("未登记离开", derived from the time, never stored).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from app.domain.enums import IdType, LabelledEnum, StaffRole
from app.domain.errors import ConflictError, ValidationError
from app.domain.permissions import declare
from app.domain.validation import check_id_number
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
    VISITOR = ("visitor", T("Enum", "Visitor entering the estate"))
    SERVICE = ("service", T("Enum", "Business at the desk"))


class VisitPurpose(LabelledEnum):
    FAMILY = ("family", T("Enum", "Visiting family or friends"))
    BUSINESS_CALL = ("business_call", T("Enum", "Business call"))
    HOME_SERVICE = ("home_service", T("Enum", "Home service or repair"))
    DELIVERY = ("delivery", T("Enum", "Delivery"))
    BUSINESS = ("business", T("VisitPurpose", "Business at the desk"))
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
    DRIVING = ("driving", T("Enum", "Driving licence"))
    SOCIAL = ("social", T("Enum", "Social-security card"))
    PASSPORT = ("passport", T("Enum", "Passport"))
    HK_MACAO = ("hk_macao", T("Enum", "Mainland travel permit (HK/Macao)"))
    TAIWAN = ("taiwan", T("Enum", "Mainland travel permit (Taiwan)"))
    OTHER = ("other", T("Enum", "Other document"))


_RESIDENT_NUMBERED = {VisitorIdType.RESIDENT, VisitorIdType.DRIVING, VisitorIdType.SOCIAL}


class ContactMethod(LabelledEnum):
    PHONE = ("phone", T("Enum", "Phone"))
    INTERCOM = ("intercom", T("Enum", "Intercom"))
    WECHAT = ("wechat", T("Enum", "WeChat"))
    IN_PERSON = ("in_person", T("Enum", "Host came to the desk"))


class HostResult(LabelledEnum):
    AGREED = ("agreed", T("Enum", "Host agreed"))
    REFUSED = ("refused", T("Enum", "Host refused"))
    UNREACHABLE = ("unreachable", T("Enum", "Host unreachable"))


# ------------------------------------------------------------------------------------------ the workflow

FIELDS: dict[str, Text] = {
    "host_contact_method": T("Field", "Contact method"),
    "departure_at": T("Field", "Departure time"),
    "linked_record": T("Field", "Record it was turned into"),
    "pass_no": T("Field", "Pass no."),
    "pass_returned": T("Field", "Pass returned"),
}

STATES = [
    State("registered", T("State", "Registered")),
    State("contacting", T("State", "Contacting the host")),
    State("unreachable", T("State", "Host unreachable")),
    State("approved", T("State", "Host agreed")),
    State("admitted", T("State", "On site")),
    State("serving", T("State", "Being served")),
    State("left", T("State", "Left"), terminal=True),
    State("refused", T("State", "Not admitted"), terminal=True),
    State("done", T("State", "Handled"), terminal=True),
    State("converted", T("State", "Turned into a record"), terminal=True),
    State("void", T("State", "Void"), terminal=True),
]

_BEFORE_RESULT = ("registered", "contacting", "unreachable")

TRANSITIONS = [
    # the service track: a service visit is received at once, then handled or turned into a record
    Transition("serve", "registered", "serving", label=T("Action", "Serve at the desk"),
               permission=VISIT_REGISTER),
    Transition("handle", "serving", "done", label=T("Action", "Handled"), permission=VISIT_REGISTER),
    Transition("convert", "serving", "converted", label=T("Action", "Turned into a record"),
               permission=VISIT_REGISTER, requires=("linked_record",)),
    # the visitor track: contact the host, record the answer, admit or refuse, sign out
    Transition("contact", ("registered", "unreachable"), "contacting", label=T("Action", "Contact the host"),
               permission=VISIT_REGISTER, requires=("host_contact_method",)),
    Transition("host_agreed", _BEFORE_RESULT, "approved", label=T("Action", "Host agreed"),
               permission=VISIT_REGISTER, requires=("host_contact_method",)),
    Transition("host_refused", _BEFORE_RESULT, "refused", label=T("Action", "Host refused"),
               permission=VISIT_REGISTER, requires=("host_contact_method",)),
    Transition("host_unreachable", ("registered", "contacting"), "unreachable",
               label=T("Action", "Host unreachable"), permission=VISIT_REGISTER,
               requires=("host_contact_method",)),
    Transition("admit", "approved", "admitted", label=T("Action", "Admit"), permission=VISIT_REGISTER),
    Transition("refuse", (*_BEFORE_RESULT, "approved"), "refused", label=T("Action", "Refuse entry"),
               permission=VISIT_REGISTER, needs_note=True),
    Transition("depart", "admitted", "left", label=T("Action", "Sign out"), permission=VISIT_REGISTER,
               requires=("departure_at",)),
    # both tracks
    Transition("void", "*", "void", label=T("Action", "Void"), permission=VISIT_VOID, requires=("reason",)),
]

CLOCKS = [
    # from registration (or a new attempt after the host could not be reached) to the host's answer
    Clock("host_reply", label=T("Clock", "Host's answer"), start_on=("registered", "contacting"),
          stop_on=("approved", "unreachable", "refused", "serving", "void"),
          param="visit.host_reply_minutes"),
]

VISIT = register(Workflow(KIND, label=T("Workflow", "Visitor reception"), doc_type=DOC_TYPE,
                          states=STATES, initial="registered", transitions=TRANSITIONS, clocks=CLOCKS,
                          fields=FIELDS))

#: the actions of each track (the rest of the declaration applies to both)
TRACK_ACTIONS: dict[VisitCategory, frozenset[str]] = {
    VisitCategory.VISITOR: frozenset({"contact", "host_agreed", "host_refused", "host_unreachable", "admit",
                                      "refuse", "depart", "void"}),
    VisitCategory.SERVICE: frozenset({"serve", "handle", "convert", "void"}),
}
#: the state each host answer leads to, and the action that records it
RESULT_ACTIONS: dict[HostResult, str] = {
    HostResult.AGREED: "host_agreed", HostResult.REFUSED: "host_refused",
    HostResult.UNREACHABLE: "host_unreachable",
}
#: statuses of a visitor waiting at the desk (registered, the host not yet answered or just agreed)
WAITING = ("registered", "contacting", "unreachable", "approved")
ON_SITE = "admitted"
SERVICE_STATES = ("serving", "done", "converted")
OPEN_STATES = VISIT.open_states

MSG_OTHER_TRACK = T("Visits", "“{action}” does not apply to {category}")


def category_of(value: VisitCategory | str) -> VisitCategory:
    return value if isinstance(value, VisitCategory) else VisitCategory(value)


def allowed_actions(category: VisitCategory | str, state: str, permissions: Iterable[str]) -> list[Transition]:
    """The buttons of a visit: the engine's allowed actions of its track. ``serve`` is never offered:
    the service does it when it registers a service visit."""
    track = TRACK_ACTIONS[category_of(category)]
    return [t for t in VISIT.allowed_actions(state, permissions) if t.name in track and t.name != "serve"]


def check(category: VisitCategory | str, state: str, action: str, permissions: Iterable[str],
          fields: Mapping[str, Any] | None = None) -> Transition:
    """:meth:`Workflow.check`, refusing first an action of the other track."""
    category = category_of(category)
    transition = VISIT.transition(action)
    if action not in TRACK_ACTIONS[category]:
        raise ConflictError(MSG_OTHER_TRACK.format(action=transition.label, category=category.label))
    return VISIT.check(state, action, permissions, fields)


def state_label(state: str) -> Text | str:
    try:
        return VISIT.state(state).label
    except KeyError:
        return state


# ------------------------------------------------------------------------------------------ input rules

PLATE_RE = re.compile(
    r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领][A-Z]"
    r"(?:[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳]|[DF][A-HJ-NP-Z0-9]{5}|[A-HJ-NP-Z0-9]{5}[DF])")
PASS_RE = re.compile(r"[A-Za-z0-9-]{1,20}")
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


def check_departure(departure: datetime | None, arrival: datetime, now: datetime,
                    admitted: datetime | None = None, field: str = "departure_at") -> datetime:
    """A departure time: not before the arrival (or the admission), not in the future."""
    if departure is None:
        raise ValidationError(T("Visits", "Give the departure time"), field)
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


def purposes_for(category: VisitCategory | str) -> tuple[VisitPurpose, ...]:
    return PURPOSES[category_of(category)]
