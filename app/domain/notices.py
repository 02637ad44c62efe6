"""通知 — notices and announcements (DOMAIN.md §4.4): the declaration and the pure rules.

A notice is drafted (any desk role), submitted, approved or returned by the supervisor, published by the
clerk (numbered, printed, posted), removed from the boards by a steward when it has expired, and archived
in the 通告发布目录. A published notice can be revoked (void) by the supervisor, with a correction notice
that links the old one.

* **Numbers.** A notice takes its number ``TZ2026-00012`` when it is *published* (``numbered_by``: the
  yearly TZ sequence of DOMAIN.md §2.3, never reused) and prints its official number ``XX物业[2026]第012号``
  (:func:`official_number`), made of the same year and sequence with the prefix of the parameter
  ``notice.number_prefix`` (or the estate's name + 物业). Until then it holds a provisional number of its
  own sequence (``NG20260610-0003``) and shows 草稿 for its number in lists, search and print, so a draft
  voided or never published uses no official number and the published ones run without gaps.
* **Scope.** The whole estate, or any mix of buildings, units and rooms. Typed as text (``3栋, 5栋2单元,
  3-2-1502``, or ``全小区``): :func:`parse_scope` reads it, the service resolves it against the registry.
  An *individual* notice (整改通知, 催缴通知 …) has recipients instead (room + person); its scope is the
  rooms of its recipients.
* **Lead time.** A notice should be posted ``notice.lead_hours`` (48 h) before it applies, or
  ``notice.prepare_lead_hours`` (72 h) when residents must prepare. A shorter lead time is a *warning*
  (emergencies are published at once), never a refusal: :func:`lead_time`.
* **Expiry** is derived from ``valid_until``, never stored: a published notice whose ``valid_until`` has
  passed is "expired, still posted" until a steward records its removal.
* **Deliveries** of an individual notice are a second small workflow (``notice_delivery``): each
  recipient is pending until the recipient signs (签收) or refuses (拒签, with a witness), at the time
  written on the sign sheet, with a photo as proof.
* **Postings** (张贴) are an action on a published public notice: where, when, a photo.

The notice's fields are declared once below (the editor, the service's parsing, the detail pane); rules that
need more than the record's columns (recipients still to sign, the time now, the lead time) are asked of a
subject of the record the service gives (app.services.records.Subject).

Times are naive local datetimes (see app.domain.calendar).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import Any

from app.domain.enums import LabelledEnum, StaffRole
from app.domain.errors import ValidationError
from app.domain.fields import VOID_REASON, FieldSpec, pictures_only
from app.domain.numbering import notice_number, parse_number
from app.domain.parameters import effective_value
from app.domain.permissions import declare
from app.domain.validation import ROOM_PART_RE
from app.domain.workflow import State, Transition, Workflow, register
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text

S, ST, R, C, IT = (StaffRole.SUPERVISOR, StaffRole.STEWARD, StaffRole.RECEPTIONIST, StaffRole.CLERK,
                   StaffRole.IT)

# ------------------------------------------------------------------------------------------ permissions

_GROUP = T("Permission", "Notices")
NOTICE_VIEW = declare("notice.view", T("Permission", "View notices"), _GROUP, S, ST, R, C, IT)
NOTICE_DRAFT = declare("notice.draft", T("Permission", "Draft notices"), _GROUP, S, ST, R, C)
NOTICE_APPROVE = declare("notice.approve", T("Permission", "Approve or return notices"), _GROUP, S)
NOTICE_PUBLISH = declare("notice.publish", T(
    "Permission", "Publish notices (number, print, post, deliver, archive)"), _GROUP, S, C)
#: §4.4 step 4–5: 管理员 post notices on the boards, check them daily and take them down
NOTICE_POST = declare("notice.post", T("Permission", "Record postings of notices on the boards"),
                      _GROUP, S, ST, C)
NOTICE_REMOVE = declare("notice.remove", T("Permission", "Remove expired notices from the boards"),
                        _GROUP, S, ST, C)
NOTICE_VOID = declare("notice.void", T("Permission", "Void or revoke notices"), _GROUP, S)

# ------------------------------------------------------------------------------------------ enums


class NoticeKind(LabelledEnum):
    ANNOUNCEMENT = ("announcement", T("Enum", "Announcement"))        # 公告
    CIRCULAR = ("circular", T("Enum", "Circular"))                    # 通告
    REMINDER = ("reminder", T("Enum", "Friendly reminder"))           # 温馨提示
    OUTAGE = ("outage", T("Enum", "Water or power outage"), "停水停电通知")
    RECTIFICATION = ("rectification", T("Enum", "Rectification notice"))  # 整改通知
    PAYMENT = ("payment", T("Enum", "Payment reminder"))              # 催缴通知
    OTHER = ("other", T("Enum", "Other"), "通知")


#: kinds that usually go to named recipients rather than on the boards (the editor's default)
INDIVIDUAL_KINDS = frozenset({NoticeKind.RECTIFICATION.value, NoticeKind.PAYMENT.value})


class Channel(LabelledEnum):
    POST = ("post", T("Enum", "Posted"))                  # 张贴
    SMS = ("sms", T("Enum", "SMS"))                       # 短信
    WECHAT = ("wechat", T("Enum", "WeChat"))              # 微信
    WRITTEN = ("written", T("Enum", "Written delivery"))  # 书面送达


class ScopeLevel(LabelledEnum):
    ESTATE = ("estate", T("Enum", "Whole estate"))
    BUILDING = ("building", T("Enum", "Building"))
    UNIT = ("unit", T("Enum", "Unit"))
    ROOM = ("room", T("Enum", "Room"))


class DeliveryMethod(LabelledEnum):
    HAND = ("hand", T("Enum", "Handed over in person"))    # 当面送达
    LEFT = ("left", T("Enum", "Left at the door"))          # 留置送达
    MAIL = ("mail", T("Enum", "By post"))                   # 邮寄送达


# ------------------------------------------------------------------------------------------ limits

TITLE_MAX = 60
BODY_MAX = 4000
DEPT_MAX = 30
ISSUER_MAX = 60
PHONE_MAX = 30
LOCATION_MAX = 60
NAME_MAX = 50
NOTE_MAX = 200
#: a date and time as typed (or a stored one, seconds and all)
TIME_MAX = 30
#: a title longer than this is printed as a wrapped heading under the kind (it does not fit one line)
PRINT_TITLE_FIT = 22

# ------------------------------------------------------------------------------------------ dates

_WHEN_RE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                      r"(?:\s*(?:T|\s)\s*(\d{1,2})\s*[:：时]\s*(\d{2})\s*分?(?:[:：]\d{2}(?:\.\d+)?)?)?")
END_OF_DAY = time(23, 59)


def parse_when(value: str | datetime | None, field: str, label: str, *, end_of_day: bool = False,
               required: bool = True) -> datetime | None:
    """A date and time as typed: ``2026-06-12 08:00``, ``2026/6/12 8:00``, ``2026年6月12日``.

    A date alone means the start of the day, or its end (23:59) with ``end_of_day`` (``有效期至 6月15日``
    runs through the 15th); seconds are dropped.
    """
    if isinstance(value, datetime):
        return _plausible(value.replace(second=0, microsecond=0), field, label)
    text = (value or "").strip()
    if not text:
        if required:
            raise ValidationError(T("Validation", "{field} is required").format(field=label), field)
        return None
    m = _WHEN_RE.fullmatch(text)
    if m is None:
        raise ValidationError(T("Notice", "{field} must be a date and time such as 2026-06-12 08:00")
                              .format(field=label), field)
    try:
        if m[4] is None:
            when = datetime.combine(datetime(int(m[1]), int(m[2]), int(m[3])).date(),
                                    END_OF_DAY if end_of_day else time(0, 0))
        else:
            when = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]))
    except ValueError:
        raise ValidationError(T("Notice", "{field}: there is no such date or time").format(field=label),
                              field) from None
    return _plausible(when, field, label)


def _plausible(when: datetime, field: str, label: str) -> datetime:
    """A notice of 1900 or 2999 is a typing slip, not a notice."""
    if not 2000 <= when.year <= 2099:
        raise ValidationError(T("Notice", "{field}: give a date between 2000 and 2099").format(field=label),
                              field)
    return when


def format_when(value: datetime | None) -> str:
    """How the editor shows a time again (the inverse of :func:`parse_when`)."""
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def check_period(effective_from: datetime, valid_until: datetime) -> None:
    if valid_until < effective_from:
        raise ValidationError(T("Notice", "“Valid until” cannot be before the time the notice applies"),
                              "valid_until")


# ------------------------------------------------------------------------------------------ lead time

@dataclass(frozen=True)
class LeadTime:
    hours: float          # from publication to the time the notice applies (negative: already)
    required: int         # the parameter that applies (48 or 72 h by default)
    short: bool

    @property
    def warning(self) -> Text | None:
        if not self.short:
            return None
        if self.hours <= 0:
            return T("Notice", "The notice applies immediately: notices should be posted {required} h "
                               "ahead. Publish it anyway only if it is an emergency.").format(
                required=self.required)
        return T("Notice", "Only {hours} h before the notice applies: notices should be posted {required} h "
                           "ahead.").format(hours=_hours(self.hours), required=self.required)


def _hours(value: float) -> str:
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


def lead_time(effective_from: datetime, published_at: datetime, needs_preparation: bool,
              params: Mapping[str, Any]) -> LeadTime:
    """How long before it applies a notice is (or would be) published, against the parameter."""
    key = "notice.prepare_lead_hours" if needs_preparation else "notice.lead_hours"
    required = int(effective_value(key, params))
    hours = (effective_from - published_at).total_seconds() / 3600
    return LeadTime(hours, required, hours < required)


# ------------------------------------------------------------------------------------------ expiry

def is_expired(status: str, valid_until: datetime | None, now: datetime) -> bool:
    """Published and past its validity: it must come off the boards (derived, never stored)."""
    return status == "published" and valid_until is not None and valid_until < now


def is_expiring(status: str, valid_until: datetime | None, now: datetime, within: timedelta) -> bool:
    return status == "published" and valid_until is not None and now <= valid_until <= now + within


# ------------------------------------------------------------------------------------------ numbers

def official_number(prefix: str, number: str, *, printed: bool = False) -> str:
    """``阳光花园物业[2026]第012号`` for ``TZ2026-00012``: the same year and sequence; a notice not yet
    published has none (草稿, in Chinese when ``printed``)."""
    if NOTICE.is_provisional(number):
        return NOTICE.shown_number(number, printed=printed)
    parsed = parse_number(number)
    return notice_number(prefix, int(parsed.period_key), parsed.seq)


_OFFICIAL_RE = re.compile(r".*\[(\d{4})\]第(\d+)号")


def number_from_official(text: str) -> str | None:
    """``TZ2026-00012`` for an official number as printed (any prefix), or ``None``."""
    m = _OFFICIAL_RE.fullmatch((text or "").strip())
    if m is None or int(m[2]) < 1:
        return None
    return f"TZ{m[1]}-{int(m[2]):05d}"


def default_prefix(estate_name: str) -> str:
    """The prefix when the parameter is empty: the estate's name + 物业 (阳光花园物业)."""
    name = (estate_name or "").strip()
    return name if name.endswith("物业") else f"{name}物业"


# ------------------------------------------------------------------------------------------ scope

@dataclass(frozen=True)
class ScopeToken:
    """One part of a scope as typed: the whole estate, a building, a unit or a room (by its code)."""

    level: str
    building_no: str = ""
    unit_no: str = ""
    room_no: str = ""

    @property
    def room_code(self) -> str:
        return f"{self.building_no}-{self.unit_no}-{self.room_no}"

    @property
    def text(self) -> str:
        """As printed and as the editor shows it again: 全小区, 3栋, 3栋2单元, 3-2-1502."""
        if self.level == ScopeLevel.ESTATE.value:
            return ESTATE_WORD
        if self.level == ScopeLevel.BUILDING.value:
            return f"{self.building_no}栋"
        if self.level == ScopeLevel.UNIT.value:
            return f"{self.building_no}栋{self.unit_no}单元"
        return self.room_code


ESTATE_WORD = "全小区"
_ESTATE_WORDS = {"全小区", "全体", "全部", "全体业主", "*", "all", "estate"}
_SPLIT_RE = re.compile(r"[,，;；、\s]+")
_BUILDING_MARK_RE = re.compile(r"(号楼|栋|幢|座)")


def parse_scope(text: str, field: str = "scope") -> list[ScopeToken]:
    """The parts of a scope typed as ``3栋, 5栋2单元, 3-2-1502`` (or ``全小区``); duplicates dropped.

    Refused: an unreadable part, the whole estate together with parts of it. Empty text is an empty list
    (a notice may be saved as a draft without its scope; submitting needs one).
    """
    tokens: list[ScopeToken] = []
    for raw in _SPLIT_RE.split((text or "").strip()):
        if not raw:
            continue
        token = _token(raw, field)
        if token not in tokens:
            tokens.append(token)
    if len(tokens) > 1 and any(t.level == ScopeLevel.ESTATE.value for t in tokens):
        raise ValidationError(T("Notice", "The whole estate already includes every building: remove the "
                                          "other parts of the scope"), field)
    return tokens


def _token(raw: str, field: str) -> ScopeToken:
    if raw.lower() in _ESTATE_WORDS:
        return ScopeToken(ScopeLevel.ESTATE.value)
    text = raw.replace("－", "-").replace("—", "-")
    text = _BUILDING_MARK_RE.sub("-", text).replace("单元", "-")
    parts = [p for p in text.split("-")]
    while parts and parts[-1] == "":
        parts.pop()
    if not 1 <= len(parts) <= 3 or not all(ROOM_PART_RE.match(p) for p in parts):
        raise ValidationError(T("Notice", "“{part}” is not a building (3栋), a unit (3栋2单元) or a room "
                                          "(3-2-1502)").format(part=raw), field)
    parts = [p.upper() for p in parts]
    level = (ScopeLevel.BUILDING, ScopeLevel.UNIT, ScopeLevel.ROOM)[len(parts) - 1].value
    return ScopeToken(level, *parts)


def format_scope(tokens: list[ScopeToken]) -> str:
    return "、".join(t.text for t in tokens)


def parse_room_codes(text: str, field: str = "rooms") -> list[str]:
    """Room codes typed for recipients (``3-2-1502 3-2-1503``): rooms only, in order, no duplicates."""
    codes: list[str] = []
    for token in parse_scope(text, field):
        if token.level != ScopeLevel.ROOM.value:
            raise ValidationError(T("Notice", "“{part}” is not a room: type room codes such as "
                                              "3-2-1502").format(part=token.text), field)
        if token.room_code not in codes:
            codes.append(token.room_code)
    if not codes:
        raise ValidationError(T("Notice", "Type at least one room code, such as 3-2-1502"), field)
    return codes


# ------------------------------------------------------------------------------------------ other fields

def check_channels(codes: Iterable[object] | None) -> str:
    """The channels as stored (comma-separated codes in declaration order)."""
    chosen = {str(getattr(c, "value", c)) for c in codes or ()}
    unknown = chosen - {c.value for c in Channel}
    if unknown:
        raise ValidationError(T("Notice", "Unknown channel {code}").format(code=sorted(unknown)[0]),
                              "channels")
    return ",".join(c.value for c in Channel if c.value in chosen)


def check_contact_phone(value: str, _values: Mapping[str, Any] | None = None) -> str:
    """A phone to call about the notice: digits with - ( ) + and 转 (extension); a hotline like 400-…"""
    if value and not _PHONE_RE.fullmatch(value):
        raise ValidationError(T("Notice", "The contact phone may hold only digits, spaces, - ( ) + and 转"),
                              "contact_phone")
    return value


_PHONE_RE = re.compile(r"[0-9+()（）\-\s转]{3,30}")


# photos only: a file attached as proof of a posting or a delivery is a picture
check_pictures = pictures_only(T("Notice", "The photo must be a picture (JPEG, PNG, BMP or HEIC)"))


def _when(field: str, label: Text, *, end_of_day: bool = False) -> Any:
    """The check that reads a typed date and time (:func:`parse_when`) for a text field."""
    return lambda text, _values: parse_when(text, field, str(label), end_of_day=end_of_day)


def _until(text: str, values: Mapping[str, Any]) -> datetime | None:
    until = parse_when(text, "valid_until", str(VALID_UNTIL_LABEL), end_of_day=True)
    start = values.get("effective_from")
    if isinstance(start, str):   # as typed in the editor, not parsed yet
        try:
            start = parse_when(start, "effective_from", "")
        except ValidationError:
            start = None
    if isinstance(start, datetime) and until is not None:
        check_period(start, until)
    return until


# ------------------------------------------------------------------------------------------ fields

VALID_UNTIL_LABEL = T("Notice", "Valid until")
SCOPE_OR_RECIPIENTS = T("Field", "Scope or recipients")
TITLE = FieldSpec("title", T("Notice", "Title"), required=True, max_len=TITLE_MAX, wide=True,
                  placeholder=T("Notice", "e.g. 关于3号楼二次供水水箱清洗停水的通知"))
KIND = FieldSpec("kind", T("Notice", "Kind"), "choice", choices=NoticeKind, required=True,
                 default=NoticeKind.ANNOUNCEMENT.value)
ISSUING_DEPT = FieldSpec("issuing_dept", T("Notice", "Issuing department"), required=True, max_len=DEPT_MAX,
                         default="客服部")
EFFECTIVE_FROM = FieldSpec("effective_from", T("Notice", "Applies from"), required=True, max_len=TIME_MAX,
                           placeholder="2026-06-15 08:00",
                           check=_when("effective_from", T("Notice", "Applies from")))
VALID_UNTIL = FieldSpec("valid_until", VALID_UNTIL_LABEL, required=True, max_len=TIME_MAX,
                        placeholder="2026-06-15 18:00", check=_until)
NEEDS_PREPARATION = FieldSpec("needs_preparation", T("Notice", "Lead time"), "bool")
INDIVIDUAL = FieldSpec("individual", T("Notice", "Recipients"), "bool")
SCOPE = FieldSpec("scope", T("Notice", "Scope"), max_len=400, wide=True,
                  placeholder=T("Notice", "全小区, or buildings, units and rooms: 3栋, 5栋2单元, 3-2-1502"),
                  check=lambda text, _values: parse_scope(text))
ISSUER = FieldSpec("issuer", T("Notice", "Issuer"), max_len=ISSUER_MAX)
CONTACT_PHONE = FieldSpec("contact_phone", T("Notice", "Contact phone"), max_len=PHONE_MAX, check=check_contact_phone)
BODY = FieldSpec("body", T("Notice", "Text"), "multiline", required=True, max_len=BODY_MAX, wide=True)
#: the notice's own fields, in the editor's order (the channels are ticks of :class:`Channel`)
NOTICE_FIELDS = (TITLE, KIND, ISSUING_DEPT, EFFECTIVE_FROM, VALID_UNTIL, NEEDS_PREPARATION, INDIVIDUAL, SCOPE,
                 ISSUER, CONTACT_PHONE, BODY)

OPINION = FieldSpec("note", T("Notice", "Opinion"), "multiline", max_len=NOTE_MAX, wide=True)
LOCATION = FieldSpec("location", T("Notice", "Location"), required=True, max_len=LOCATION_MAX,
                     suggestions=("小区正门告示牌", "小区公告栏", "各楼栋大堂公告栏", "单元门口", "电梯轿厢内",
                                  "地下车库入口", "客服中心前台"))
POSTED_AT = FieldSpec("posted_at", T("Notice", "Posted at"), required=True, max_len=TIME_MAX,
                      check=_when("posted_at", T("Notice", "Posted at")),
                      default=lambda: format_when(datetime.now()))
PHOTO = FieldSpec("photo", T("Notice", "Photo"), "attachment", check=check_pictures)
SHORT_NOTE = FieldSpec("note", T("Field", "Note"), max_len=NOTE_MAX, wide=True)
LEAD_HOURS = FieldSpec("lead_hours", T("Notice", "Lead time (h)"), "text")
SHORT_LEAD = FieldSpec("short_lead", T("Notice", "Lead time too short"), "bool")
#: who received a notice (a room and, optionally, the person)
ROOMS = FieldSpec("rooms", T("Notice", "Rooms"), required=True, max_len=2000,
                  placeholder=T("Notice", "Room codes, e.g. 3-2-1502 3-2-1503"),
                  check=lambda text, _values: parse_room_codes(text) and text)
RECIPIENT = FieldSpec("name", T("Notice", "Recipient"), max_len=NAME_MAX,
                      placeholder=T("Notice", "Empty: the room's owner as registered"))

DELIVERED_AT = FieldSpec("delivered_at", T("Notice", "Delivered at"), required=True, max_len=TIME_MAX,
                         check=_when("delivered_at", T("Notice", "Delivered at")),
                         default=lambda: format_when(datetime.now()))
#: handed over in person unless said otherwise
METHOD = FieldSpec("method", T("Notice", "How it was delivered"), "choice", choices=DeliveryMethod,
                   default=DeliveryMethod.HAND.value)
SIGNED_BY = FieldSpec("signed_by", T("Notice", "Signed by"), required=True, max_len=NAME_MAX, column="signed_by")
WITNESS = FieldSpec("witness", T("Notice", "Witness"), required=True, max_len=NAME_MAX, column="witness")
DELIVERY_NOTE = replace(SHORT_NOTE, column="note")


# ------------------------------------------------------------------------------------------ guards

def _in_time(n: Any) -> Text | None:
    """A notice whose validity has ended is not submitted, approved or published (its dates change first)."""
    if n.valid_until < n.now:
        return T("Notice", "The notice was valid until {at}: change its dates first").format(
            at=n.valid_until.strftime("%Y-%m-%d %H:%M"))
    return None


def _posted(n: Any) -> Text | None:
    if n.individual:
        return T("Notice", "An individual notice is delivered, not posted: archive it once every recipient has "
                           "signed or refused")
    return None


def _postable(n: Any) -> Text | None:
    if n.individual:
        return T("Notice", "An individual notice is delivered to its recipients, not posted")
    if is_expired(n.status, n.valid_until, n.now):
        return T("Notice", "The notice expired on {at}: take it down instead of posting it").format(
            at=n.valid_until.strftime("%Y-%m-%d %H:%M"))
    return None


def _archivable(n: Any) -> Text | None:
    if n.status == "published" and not n.individual:
        return T("Notice", "Record the notice's removal from the boards before archiving it")
    if n.individual and n.pending:
        return T("Notice", "{n} recipient(s) have not signed or refused yet").format(n=n.pending)
    return None


def _published(r: Any) -> Text | None:
    """A delivery is recorded once its notice is published."""
    if r.notice_status != "published":
        return T("Notice", "Publish the notice before recording its delivery (it is {state})").format(
            state=NOTICE.state(r.notice_status).label)
    return None


# ------------------------------------------------------------------------------------------ workflows

NOTICE = register(Workflow(
    "notice", label=T("Workflow", "Notice"), doc_type="TZ", created_label=T("Notice", "Created"),
    numbered_by="publish", draft_doc_type="NG",
    states=[
        State("draft", T("State", "Draft")),
        State("returned", T("State", "Returned for changes"), tone="attention"),
        State("pending", T("State", "Pending approval"), tone="attention"),
        State("approved", T("State", "Approved")),
        State("published", T("State", "Published")),
        State("removed", T("State", "Removed")),
        State("archived", T("State", "Archived"), terminal=True),
        State("void", T("State", "Void"), terminal=True),
    ],
    initial="draft", fields=NOTICE_FIELDS, event_fields=(LEAD_HOURS, SHORT_LEAD),
    transitions=[
        Transition("submit", ("draft", "returned"), "pending", label=T("Action", "Submit for approval"),
                   permission=NOTICE_DRAFT, guard=_in_time),
        Transition("recall", "pending", "draft", label=T("Action", "Recall"), permission=NOTICE_DRAFT),
        Transition("approve", "pending", "approved", label=T("Action", "Approve"), permission=NOTICE_APPROVE,
                   fields=(OPINION,), guard=_in_time),
        Transition("reject", "pending", "returned", label=T("Action", "Return for changes"),
                   permission=NOTICE_APPROVE, fields=(replace(OPINION, required=True),)),
        Transition("publish", "approved", "published", label=T("Action", "Publish"), permission=NOTICE_PUBLISH,
                   guard=_in_time, warning=lambda n: n.lead.warning),
        Transition("post", "published", "published", label=T("Action", "Record a posting"),
                   permission=NOTICE_POST, fields=(LOCATION, POSTED_AT, PHOTO, SHORT_NOTE), guard=_postable),
        Transition("remove", "published", "removed", label=T("Action", "Record removal"),
                   permission=NOTICE_REMOVE, guard=_posted),
        Transition("archive", ("published", "removed"), "archived", label=T("Action", "Archive"),
                   permission=NOTICE_PUBLISH, guard=_archivable,
                   warning=lambda n: T("Notice", "An archived notice can no longer be changed.")),
        Transition("void", "*", "void", label=T("Action", "Void"), permission=NOTICE_VOID, fields=(VOID_REASON,)),
    ],
))

DELIVERY = register(Workflow(
    "notice_delivery", label=T("Workflow", "Notice delivery"), doc_type=None,
    states=[
        State("pending", T("State", "Not yet delivered")),
        State("signed", T("State", "Signed"), terminal=True),
        State("refused", T("State", "Refused"), terminal=True, tone="void"),
    ],
    initial="pending",
    transitions=[
        Transition("sign", "pending", "signed", label=T("Action", "Signed for"), permission=NOTICE_PUBLISH,
                   fields=(DELIVERED_AT, METHOD, SIGNED_BY, PHOTO, DELIVERY_NOTE), effective="delivered_at",
                   guard=_published),
        Transition("refuse", "pending", "refused", label=T("Action", "Refused"), permission=NOTICE_PUBLISH,
                   fields=(DELIVERED_AT, METHOD, WITNESS, PHOTO, DELIVERY_NOTE), effective="delivered_at",
                   guard=_published),
    ],
))

#: states in which the text, dates and scope may still be edited
EDITABLE_STATES = ("draft", "returned")
#: states in which recipients may be added (not once the notice is off the boards)
RECIPIENT_STATES = ("draft", "returned", "pending", "approved", "published")
#: states of a notice that has been issued (counts for KPIs, the household card, expiry)
ISSUED_STATES = ("published", "removed", "archived")
