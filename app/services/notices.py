"""通知 — notices (DOMAIN.md §4.4): drafting, approval, publication, postings, individual deliveries,
removal and archiving; the home tile, the handover's open items, the household-card section and the two
printed forms (the notice itself and the 文件签收表).

The declaration, its fields and the pure rules are in :mod:`app.domain.notices`; every action on a notice
or a delivery is done by the record kit (``records.act(db, actor, "notice", id, "publish", …)``), which
asks the declaration's guards of the notice's :class:`~app.services.records.Subject` (recipients still to
sign, the time now, the lead time). What is this module's own: writing a notice and its scope, the
recipients, the side effects of the actions (approval, publication with its lead time, postings), the list,
the detail pane, the desk's hooks and the print sources.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Select, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain import notices as rules
from app.domain.enums import RoomRole
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.notices import (
    DELIVERY,
    NOTICE,
    NOTICE_APPROVE,
    NOTICE_DRAFT,
    NOTICE_PUBLISH,
    NOTICE_REMOVE,
    NOTICE_VIEW,
    Channel,
    DeliveryMethod,
    LeadTime,
    NoticeKind,
    ScopeLevel,
    ScopeToken,
)
from app.domain.workflow import MSG_MISSING
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, dashboard, open_items, printing, records
from app.services.base import Actor, unit_of_work
from app.services.registry import BuildingNode
from db.engine import Database
from db.models import Attachment, Building, Estate, Person, Room, RoomPerson, Unit
from db.models.notice import Notice, NoticePosting, NoticeRecipient, NoticeScope

if TYPE_CHECKING:
    from app.printing.forms.notice import NoticeSheet
    from app.printing.forms.sign_sheet import SignSheet

Q = TypeVar("Q", bound=Select[Any])

KIND = "notice"                      # records_changed kind of every write here
DELIVERY_KIND = "notice_delivery"
PAGE = "notices"
#: times typed a little ahead of the desk's clock (two PCs' clocks differ) are accepted
CLOCK_SLACK = timedelta(minutes=5)


# ============================================================================================ input

@dataclass
class NoticeInput:
    title: str
    kind: str
    body: str
    effective_from: str | datetime
    valid_until: str | datetime
    scope: str = ""                      # public notices: 全小区 / 3栋, 5栋2单元, 3-2-1502
    needs_preparation: bool = False
    individual: bool = False             # recipients instead of a scope
    channels: Sequence[str] = ()
    issuing_dept: str = "客服部"
    issuer: str = ""
    contact_phone: str = ""
    corrects_id: int | None = None


def validate_notice(data: NoticeInput) -> dict[str, Any]:
    """The typed values of a notice form (``scope`` as parsed tokens), or the first refusal."""
    raw = vars(data)
    values: dict[str, Any] = {}
    for spec in rules.NOTICE_FIELDS:
        if spec is rules.SCOPE and values["individual"]:
            values["scope"] = []           # recipients instead
            continue
        values[spec.key] = spec.parse(raw.get(spec.key), values=values)
    values["scope"] = values["scope"] or []
    values["channels"] = rules.check_channels(data.channels)
    values["corrects_id"] = data.corrects_id or None
    return values


# ============================================================================================ helpers

def _estate(s: Session) -> Estate:
    est = s.scalar(select(Estate).order_by(Estate.id).limit(1))
    if est is None:
        raise NotFound(T("Notice", "No estate has been set up yet"))
    return est


def _params(s: Session) -> dict[str, Any]:
    from app.services import params
    return params.load(s)


def prefix(s: Session, params: dict[str, Any] | None = None) -> str:
    """The prefix of official numbers: the parameter, or the estate's name + 物业."""
    value = ((params or _params(s)).get("notice.number_prefix") or "").strip()
    return value or rules.default_prefix(_estate(s).name)


def _resolve_scope(s: Session, tokens: list[ScopeToken]) -> list[NoticeScope]:
    """Scope rows for the parsed tokens; a building, unit or room that does not exist is refused."""
    rows: list[NoticeScope] = []
    for t in tokens:
        if t.level == ScopeLevel.ESTATE.value:
            rows.append(NoticeScope(level=t.level))
            continue
        building = s.scalar(select(Building).where(Building.building_no == t.building_no))
        if building is None:
            raise ValidationError(T("Notice", "There is no building {no}").format(no=t.building_no), "scope")
        if t.level == ScopeLevel.BUILDING.value:
            rows.append(NoticeScope(level=t.level, building_id=building.id))
            continue
        unit = s.scalar(select(Unit).where(Unit.building_id == building.id, Unit.unit_no == t.unit_no))
        if unit is None:
            raise ValidationError(T("Notice", "There is no unit {unit} in building {no}").format(
                unit=t.unit_no, no=t.building_no), "scope")
        if t.level == ScopeLevel.UNIT.value:
            rows.append(NoticeScope(level=t.level, unit_id=unit.id))
            continue
        room = s.scalar(select(Room.id).where(Room.code == t.room_code))
        if room is None:
            raise ValidationError(T("Notice", "There is no room {code}").format(code=t.room_code), "scope")
        rows.append(NoticeScope(level=t.level, room_id=room))
    return rows


def _scope_texts(s: Session, notice_ids: Sequence[int]) -> dict[int, list[str]]:
    """The scope of each notice as printed (全小区, 3栋, 3栋2单元, 3-2-1502), in one query."""
    if not notice_ids:
        return {}
    unit_building = aliased(Building)
    q = (select(NoticeScope.notice_id, NoticeScope.level, Building.building_no, unit_building.building_no,
                Unit.unit_no, Room.code)
         .select_from(NoticeScope)
         .outerjoin(Building, Building.id == NoticeScope.building_id)
         .outerjoin(Unit, Unit.id == NoticeScope.unit_id)
         .outerjoin(unit_building, unit_building.id == Unit.building_id)
         .outerjoin(Room, Room.id == NoticeScope.room_id)
         .where(NoticeScope.notice_id.in_(list(notice_ids))).order_by(NoticeScope.id))
    out: dict[int, list[str]] = {}
    for notice_id, level, building_no, unit_building_no, unit_no, code in s.execute(q):
        if level == ScopeLevel.ROOM.value:
            text = code or "?"
        elif level == ScopeLevel.UNIT.value:
            text = ScopeToken(level, unit_building_no or "?", unit_no or "?").text
        else:
            text = ScopeToken(level, building_no or "?").text
        out.setdefault(notice_id, []).append(text)
    return out


def _sync_recipient_scope(s: Session, notice: Notice) -> None:
    """An individual notice's scope is the rooms of its recipients."""
    s.flush()
    rooms = list(dict.fromkeys(s.scalars(select(NoticeRecipient.room_id).where(
        NoticeRecipient.notice_id == notice.id).order_by(NoticeRecipient.id))))
    current = {r.room_id: r for r in s.scalars(select(NoticeScope).where(NoticeScope.notice_id == notice.id))}
    for room_id, row in current.items():
        if room_id not in rooms:
            s.delete(row)
    for room_id in rooms:
        if room_id not in current:
            s.add(NoticeScope(notice_id=notice.id, level=ScopeLevel.ROOM.value, room_id=room_id))


def _touch(notice: Notice) -> None:
    """Make the save bump the version even when only child rows changed (two desks, one notice)."""
    notice.updated_at = base.now()


def _check_time(value: datetime, spec: Any, not_before: datetime | None) -> datetime:
    if value > base.now() + CLOCK_SLACK:
        raise ValidationError(T("Notice", "{field} cannot be in the future").format(field=spec.label), spec.key)
    if not_before is not None and value < not_before - CLOCK_SLACK:
        raise ValidationError(T("Notice", "{field} cannot be before the notice was approved ({at})").format(
            field=spec.label, at=not_before.strftime("%Y-%m-%d %H:%M")), spec.key)
    return value


def _state_label(status: str) -> Text:
    return NOTICE.state(status).label


def _pending(s: Session, notice_id: int) -> int:
    return s.scalar(select(func.count()).select_from(NoticeRecipient).where(
        NoticeRecipient.notice_id == notice_id, NoticeRecipient.status == "pending")) or 0


# ============================================================================================ drafting

def create_notice(db: Database, actor: Actor, data: NoticeInput) -> int:
    """A new draft, with a provisional number (NG{yyyyMMdd}-{seq}): its TZ number is taken when it is published."""
    actor.require(NOTICE_DRAFT)
    values = validate_notice(data)
    tokens = values.pop("scope")
    with unit_of_work(db, actor) as s:
        if values["corrects_id"] is not None:
            _check_corrects(s, values["corrects_id"], None)
        notice = records.create_in(s, actor, KIND, Notice(**values))
        for row in _resolve_scope(s, tokens):
            row.notice_id = notice.id
            s.add(row)
        s.flush()
        return int(notice.id)


def update_notice(db: Database, actor: Actor, notice_id: int, data: NoticeInput, *,
                  version: int | None = None) -> int:
    """Change a draft (or a notice returned for changes): its text, dates, kind and scope."""
    actor.require(NOTICE_DRAFT)
    values = validate_notice(data)
    tokens = values.pop("scope")
    with unit_of_work(db, actor) as s:
        notice = records.load(s, KIND, notice_id, version)
        if notice.status not in rules.EDITABLE_STATES:
            raise ConflictError(T("Notice", "The notice is {state}: it can no longer be edited").format(
                state=_state_label(notice.status)))
        has_recipients = s.scalar(select(func.count()).select_from(NoticeRecipient).where(
            NoticeRecipient.notice_id == notice.id))
        if has_recipients and not values["individual"]:
            raise ValidationError(T("Notice", "The notice has recipients: remove them before making it a "
                                              "public notice"), "individual")
        if values["corrects_id"] is not None:
            _check_corrects(s, values["corrects_id"], notice.id)
        for key, value in values.items():
            if getattr(notice, key) != value:
                setattr(notice, key, value)
        s.execute(delete(NoticeScope).where(NoticeScope.notice_id == notice.id))
        if values["individual"]:
            _sync_recipient_scope(s, notice)
        else:
            for row in _resolve_scope(s, tokens):
                row.notice_id = notice.id
                s.add(row)
        _touch(notice)
        s.flush()
        return int(notice.id)


def _check_corrects(s: Session, corrects_id: int, own_id: int | None) -> None:
    old = s.get(Notice, corrects_id)
    if old is None or old.id == own_id:
        raise ValidationError(T("Notice", "The notice to correct does not exist"), "corrects_id")
    if old.status not in (*rules.ISSUED_STATES, "void"):
        raise ValidationError(T("Notice", "Only an issued notice can be corrected"), "corrects_id")


# ============================================================================================ actions

def _subject(s: Session, notice: Notice) -> records.Subject:
    """What the notice's guards and warnings ask: recipients still to sign, the time now, the lead time."""
    now = base.now()
    return records.Subject(notice, now=now, pending=_pending(s, notice.id) if notice.individual else 0,
                           lead=rules.lead_time(notice.effective_from, notice.published_at or now,
                                                notice.needs_preparation, _params(s)))


def _has_scope(ctx: records.Act) -> None:
    n, s = ctx.record, ctx.session
    parts = NoticeRecipient if n.individual else NoticeScope
    if not s.scalar(select(exists().where(parts.notice_id == n.id))):
        raise ValidationError(MSG_MISSING.format(fields=rules.SCOPE_OR_RECIPIENTS, action=ctx.transition.label),
                              "scope")


def _approve(ctx: records.Act) -> None:
    n = ctx.record
    n.approved_by, n.approved_at, n.approval_note = ctx.actor.staff_id, ctx.now, ctx.values["note"]


def _reject(ctx: records.Act) -> None:
    n = ctx.record
    n.approved_by, n.approved_at, n.approval_note = None, None, ctx.values["note"]


def _publish(ctx: records.Act) -> None:
    """A short lead time is not refused (the dialog warned); it is recorded for the on-time posting rate."""
    n = ctx.record
    lead = rules.lead_time(n.effective_from, ctx.now, n.needs_preparation, _params(ctx.session))
    ctx.data["lead_hours"] = round(lead.hours, 1)
    if lead.short:
        ctx.data["short_lead"] = True
    n.published_by, n.published_at = ctx.actor.staff_id, ctx.now


def _remove(ctx: records.Act) -> None:
    ctx.record.removed_by, ctx.record.removed_at = ctx.actor.staff_id, ctx.now


def _check_posting(ctx: records.Act) -> None:
    n, place = ctx.record, ctx.values["location"]
    _check_time(ctx.values["posted_at"], rules.POSTED_AT, n.approved_at)
    key = "".join(place.split()).lower()
    for other in ctx.session.scalars(select(NoticePosting.location).where(NoticePosting.notice_id == n.id)):
        if "".join(other.split()).lower() == key:
            raise ValidationError(T("Notice", "The notice is already recorded as posted at {place}")
                                  .format(place=other), "location")


def _posting(ctx: records.Act) -> None:
    """张贴记录: the row of the notice's postings, with the photo just attached to the event."""
    assert ctx.event is not None
    photo = ctx.session.scalar(select(Attachment.id).where(Attachment.event_id == ctx.event.id)
                               .order_by(Attachment.id).limit(1))
    ctx.session.add(NoticePosting(notice_id=ctx.record.id, location=ctx.values["location"],
                                  posted_at=ctx.values["posted_at"], posted_by=ctx.actor.staff_id,
                                  photo_id=photo, note=ctx.values["note"]))


NOTICE_RECORDS = records.register(records.RecordKind(
    NOTICE, Notice, NOTICE_VIEW, page=PAGE, title=lambda n: n.title, subject=_subject,
    rows=lambda s, actor, n: _rows(_detail(s, actor, n)), detail=lambda s, actor, n: _detail(s, actor, n),
    flags=lambda s, n: _flags(_detail(s, None, n)),
    guards={"submit": _has_scope, "post": _check_posting},
    effects={"approve": _approve, "reject": _reject, "publish": _publish, "remove": _remove},
    after={"post": _posting},
    not_found=T("Notice", "This notice no longer exists")))


def _delivery_subject(s: Session, rec: NoticeRecipient) -> records.Subject:
    return records.Subject(rec, notice_status=s.scalar(select(Notice.status).where(Notice.id == rec.notice_id)))


def _check_delivery(ctx: records.Act) -> None:
    approved = ctx.session.scalar(select(Notice.approved_at).where(Notice.id == ctx.record.notice_id))
    _check_time(ctx.values["delivered_at"], rules.DELIVERED_AT, approved)


def _delivered(ctx: records.Act) -> None:
    rec = ctx.record
    rec.delivered_at, rec.delivered_by = ctx.values["delivered_at"], ctx.actor.staff_id
    rec.method = ctx.values["method"] or DeliveryMethod.HAND.value


DELIVERY_RECORDS = records.register(records.RecordKind(
    DELIVERY, NoticeRecipient, NOTICE_VIEW, page=PAGE, title=lambda r: r.name, subject=_delivery_subject,
    guards={"sign": _check_delivery, "refuse": _check_delivery},
    effects={"sign": _delivered, "refuse": _delivered},
    not_found=T("Notice", "This recipient is no longer on the list")))


def lead_time_of(db: Database, actor: Actor, notice_id: int, at: datetime | None = None) -> LeadTime:
    """The lead time the notice has if published at ``at`` (now), to warn before publishing."""
    actor.require(NOTICE_VIEW)
    with db.read() as s:
        notice = records.load(s, KIND, notice_id)
        return rules.lead_time(notice.effective_from, notice.published_at or at or base.now(),
                               notice.needs_preparation, _params(s))


def lead_time_preview(db: Database, effective_from: datetime, needs_preparation: bool,
                      at: datetime | None = None) -> LeadTime:
    """The lead time a notice being typed would have if published now (the editor's live warning)."""
    with db.read() as s:
        return rules.lead_time(effective_from, at or base.now(), needs_preparation, _params(s))


# ============================================================================================ recipients

def _recipient_permission(actor: Actor, notice: Notice) -> None:
    actor.require(NOTICE_DRAFT if notice.status in rules.EDITABLE_STATES else NOTICE_PUBLISH)


def _owners(s: Session, room_ids: list[int]) -> dict[int, tuple[int, str]]:
    """Each room's addressee: its primary owner, else any owner, tenant or other current resident."""
    order = {r.value: i for i, r in enumerate(RoomRole)}
    best: dict[int, tuple[tuple, int, str]] = {}
    for room_id, person_id, name, role, primary in s.execute(
            select(RoomPerson.room_id, Person.id, Person.name, RoomPerson.role, RoomPerson.is_primary)
            .join(Person, Person.id == RoomPerson.person_id)
            .where(RoomPerson.room_id.in_(room_ids), RoomPerson.end_date.is_(None),
                   RoomPerson.role != RoomRole.EMERGENCY.value)):
        rank = (order.get(role, 99), not primary, person_id)
        if room_id not in best or rank < best[room_id][0]:
            best[room_id] = (rank, person_id, name)
    return {room_id: (pid, name) for room_id, (_rank, pid, name) in best.items()}


def add_recipients(db: Database, actor: Actor, notice_id: int, rooms: str, name: str = "") -> list[int]:
    """Add recipients to an individual notice by room code (``3-2-1502 3-2-1503``).

    Each room's addressee is its primary owner (else another current resident); ``name`` names the
    recipient instead, for one room. A recipient already on the list is refused.
    """
    codes = rules.parse_room_codes(rooms)
    person_name = rules.RECIPIENT.parse(name)
    if person_name and len(codes) > 1:
        raise ValidationError(T("Notice", "A recipient's name goes with one room: add the rooms one by one"),
                              "name")
    with unit_of_work(db, actor) as s:
        notice = records.load(s, KIND, notice_id)
        _recipient_permission(actor, notice)
        if not notice.individual:
            raise ConflictError(T("Notice", "Only an individual notice has recipients; a public notice has a "
                                            "scope"))
        if notice.status not in rules.RECIPIENT_STATES:
            raise ConflictError(T("Notice", "The notice is {state}: recipients can no longer be added")
                                .format(state=_state_label(notice.status)))
        found = dict(s.execute(select(Room.code, Room.id).where(Room.code.in_(codes))).all())
        missing = [c for c in codes if c not in found]
        if missing:
            raise ValidationError(T("Notice", "There is no room {code}").format(code="、".join(missing)),
                                  "rooms")
        owners = _owners(s, list(found.values()))
        existing: set[tuple[int, str]] = {(room_id, name_) for room_id, name_ in s.execute(
            select(NoticeRecipient.room_id, NoticeRecipient.name).where(NoticeRecipient.notice_id == notice.id))}
        added: list[NoticeRecipient] = []
        for code in codes:
            room_id = found[code]
            if person_name:
                person_id = s.scalar(select(Person.id).join(RoomPerson, RoomPerson.person_id == Person.id)
                                     .where(RoomPerson.room_id == room_id, Person.name == person_name)
                                     .limit(1))
                who = (person_id, person_name)
            elif room_id in owners:
                who = owners[room_id]
            else:
                raise ValidationError(T("Notice", "Nobody is registered in {code}: type the recipient's name")
                                      .format(code=code), "name")
            if (room_id, who[1]) in existing:
                raise ValidationError(T("Notice", "{code} {name} is already a recipient").format(
                    code=code, name=who[1]), "rooms")
            existing.add((room_id, who[1]))
            rec = NoticeRecipient(notice_id=notice.id, room_id=room_id, person_id=who[0], name=who[1],
                                  status=DELIVERY.initial)
            s.add(rec)
            added.append(rec)
        _sync_recipient_scope(s, notice)
        _touch(notice)
        s.flush()
        return [r.id for r in added]


def remove_recipient(db: Database, actor: Actor, recipient_id: int, *, version: int | None = None) -> int:
    """Take a recipient off the list (only before the notice was delivered to them)."""
    with unit_of_work(db, actor) as s:
        rec = records.load(s, DELIVERY_KIND, recipient_id)
        notice = records.load(s, KIND, rec.notice_id)
        _recipient_permission(actor, notice)
        if version is not None and rec.version != version:
            raise ConflictError(base.STALE)
        if rec.status != DELIVERY.initial:
            raise ConflictError(T("Notice", "The delivery to {name} is recorded: the recipient stays on the "
                                            "list").format(name=rec.name))
        if notice.status not in rules.RECIPIENT_STATES:
            raise ConflictError(T("Notice", "The notice is {state}: its recipients can no longer change")
                                .format(state=_state_label(notice.status)))
        s.delete(rec)
        _sync_recipient_scope(s, notice)
        _touch(notice)
        s.flush()
        return int(notice.id)


# ============================================================================================ reading

@dataclass(frozen=True)
class NoticeRow:
    id: int
    number: str
    official: str
    title: str
    kind: str
    status: str
    individual: bool
    effective_from: datetime
    valid_until: datetime
    published_at: datetime | None
    scope: str
    recipients: str          # "3/5 signed" style summary for individual notices, else ""
    expired: bool            # published and past valid_until: to be taken down (derived)
    expiring: bool
    sort_key: tuple

    @property
    def status_label(self) -> str:
        if self.expired:
            return str(T("Notice", "Expired, still posted"))
        return str(_state_label(self.status))


#: the filter chips of the list: view code → label
VIEWS: list[tuple[str, Text]] = [
    ("open", T("Notice", "Open")),
    ("pending", T("Notice", "Pending approval")),
    ("published", T("Notice", "Published")),
    ("expired", T("Notice", "Expired, still posted")),
    ("done", T("Notice", "Removed or archived")),
    ("void", T("Notice", "Void")),
    ("all", T("Notice", "All")),
]


def _filtered(q: Q, status: str, kind: str | None, text: str, at: datetime) -> Q:
    if status == "open":
        q = q.where(Notice.status.in_(NOTICE.open_states))
    elif status == "expired":
        q = q.where(Notice.status == "published", Notice.valid_until < at)
    elif status == "done":
        q = q.where(Notice.status.in_(("removed", "archived")))
    elif status in ("pending", "published", "void"):
        q = q.where(Notice.status == status)
    if kind:
        q = q.where(Notice.kind == kind)
    t = (text or "").strip()
    if t:
        number = rules.number_from_official(t)
        if number:
            q = q.where(Notice.number == number)
        elif t.upper().startswith("TZ"):
            q = q.where(Notice.number >= t.upper(), Notice.number < t.upper() + "\U0010ffff")
        else:
            q = q.where(Notice.title.contains(t, autoescape=True))
    return q


def list_notices(db: Database, actor: Actor, *, status: str = "open", kind: str | None = None,
                 text: str = "", after: tuple | None = None, limit: int = 200) -> list[NoticeRow]:
    """One page of notices, newest first, keyset-paged by id (``after`` = the last row's sort_key)."""
    actor.require(NOTICE_VIEW)
    at = base.now()
    q = _filtered(select(Notice), status, kind, text, at)
    if after:
        q = q.where(Notice.id < after[0])
    q = q.order_by(Notice.id.desc()).limit(limit)
    with db.read() as s:
        notices = list(s.scalars(q))
        ids = [n.id for n in notices]
        params = _params(s)
        pre = prefix(s, params)
        within = timedelta(days=params["notice.expiring_days"])
        scopes = _scope_texts(s, [n.id for n in notices if not n.individual])
        counts: dict[int, dict[str, int]] = {}
        if ids:
            for notice_id, state, count_ in s.execute(
                    select(NoticeRecipient.notice_id, NoticeRecipient.status, func.count())
                    .where(NoticeRecipient.notice_id.in_(ids))
                    .group_by(NoticeRecipient.notice_id, NoticeRecipient.status)):
                counts.setdefault(notice_id, {})[state] = count_
        rows = []
        for n in notices:
            c = counts.get(n.id, {})
            total = sum(c.values())
            if n.individual:
                scope = str(T("Notice", "{n} recipient(s)").format(n=total))
                summary = str(T("Notice", "{signed} signed, {refused} refused, {pending} to deliver").format(
                    signed=c.get("signed", 0), refused=c.get("refused", 0), pending=c.get("pending", 0)))
            else:
                scope, summary = "、".join(scopes.get(n.id, [])), ""
            rows.append(NoticeRow(
                n.id, n.number, rules.official_number(pre, n.number), n.title, n.kind, n.status,
                n.individual, n.effective_from, n.valid_until, n.published_at, scope, summary,
                rules.is_expired(n.status, n.valid_until, at),
                rules.is_expiring(n.status, n.valid_until, at, within), (n.id,)))
        return rows


def count_notices(db: Database, actor: Actor, *, status: str = "open", kind: str | None = None,
                  text: str = "") -> int:
    actor.require(NOTICE_VIEW)
    q = _filtered(select(func.count()).select_from(Notice), status, kind, text, base.now())
    with db.read() as s:
        return s.scalar(q) or 0


@dataclass(frozen=True)
class PostingRow:
    id: int
    location: str
    posted_at: datetime
    by: str
    photo: str               # the photo's file name, if one was attached
    photo_id: int | None
    note: str


@dataclass(frozen=True)
class RecipientRow:
    id: int
    version: int
    room_id: int
    room: str
    name: str
    status: str
    method: str
    delivered_at: datetime | None
    by: str
    signed_by: str
    witness: str
    note: str
    actions: tuple[str, ...]          # delivery actions this user may take now
    removable: bool                   # may be taken off the list by this user now

    @property
    def status_label(self) -> str:
        return str(DELIVERY.state(self.status).label)

    @property
    def method_label(self) -> str:
        m = DeliveryMethod.from_label(self.method) if self.method else None
        return str(m.label) if m else ""


@dataclass(frozen=True)
class NoticeDetail:
    """What the notice's page, editor and forms read beyond the kit's view."""

    title: str
    kind: str
    body: str
    individual: bool
    needs_preparation: bool
    channels: str
    issuing_dept: str
    issuer: str
    contact_phone: str
    effective_from: datetime
    valid_until: datetime
    approved_at: datetime | None
    approval_note: str
    published_at: datetime | None
    removed_at: datetime | None
    void_reason: str
    corrects_id: int | None
    official: str
    scope_text: str                # as the editor shows it (全小区 / 3栋、3-2-1502)
    postings: list[PostingRow]
    recipients: list[RecipientRow]
    lead: LeadTime
    expired: bool
    expiring: bool
    editable: bool
    can_add_recipients: bool
    issued: bool                   # published once: a revocation offers a correction notice
    drafter: str
    approver: str
    publisher: str
    remover: str
    corrects: tuple[int, str] | None
    corrected_by: list[tuple[int, str]] = field(default_factory=list)

    @property
    def pending_recipients(self) -> int:
        return sum(1 for r in self.recipients if r.status == DELIVERY.initial)


def _detail(s: Session, actor: Actor | None, n: Notice) -> NoticeDetail:
    """The projection of a notice, made once per read of it (the detail pane asks for rows, detail and
    flags; flags need nobody's permissions)."""
    key = ("notice_detail", n.id, n.version)
    cached = s.info.get(key)
    if cached is None or (actor is not None and cached[0] != actor.staff_id):
        cached = s.info[key] = (actor.staff_id if actor else None, _project(s, actor, n))
    return cached[1]


def _project(s: Session, actor: Actor | None, n: Notice) -> NoticeDetail:
    at = base.now()
    params = _params(s)
    postings = list(s.scalars(select(NoticePosting).where(NoticePosting.notice_id == n.id)
                              .order_by(NoticePosting.posted_at, NoticePosting.id)))
    photos = dict(s.execute(select(Attachment.id, Attachment.name).where(
        Attachment.id.in_([p.photo_id for p in postings if p.photo_id]))).all()) if postings else {}
    rec_rows = s.execute(select(NoticeRecipient, Room.code).join(Room, Room.id == NoticeRecipient.room_id)
                         .where(NoticeRecipient.notice_id == n.id).order_by(Room.code, NoticeRecipient.id)).all()
    names = records.names(s, [p.posted_by for p in postings] + [r.delivered_by for r, _ in rec_rows]
                          + [n.created_by, n.approved_by, n.published_by, n.removed_by])
    permissions = actor.permissions if actor is not None else frozenset()
    may_add = n.individual and n.status in rules.RECIPIENT_STATES and (
        NOTICE_DRAFT if n.status in rules.EDITABLE_STATES else NOTICE_PUBLISH) in permissions
    recipients = [RecipientRow(
        r.id, r.version, r.room_id, code, r.name, r.status, r.method, r.delivered_at,
        names.get(r.delivered_by or 0, ""), r.signed_by, r.witness, r.note,
        tuple(t.name for t in DELIVERY.allowed_actions(r.status, permissions,
                                                       records.Subject(r, notice_status=n.status))),
        may_add and r.status == DELIVERY.initial) for r, code in rec_rows]
    corrects = None
    if n.corrects_id:
        old = s.get(Notice, n.corrects_id)
        corrects = (old.id, old.number) if old else None
    corrected_by = [(i, number) for i, number in s.execute(select(Notice.id, Notice.number).where(
        Notice.corrects_id == n.id).order_by(Notice.id))]
    return NoticeDetail(
        n.title, n.kind, n.body, n.individual, n.needs_preparation, n.channels, n.issuing_dept, n.issuer,
        n.contact_phone, n.effective_from, n.valid_until, n.approved_at, n.approval_note, n.published_at,
        n.removed_at, n.void_reason, n.corrects_id, rules.official_number(prefix(s, params), n.number),
        "" if n.individual else ", ".join(_scope_texts(s, [n.id]).get(n.id, [])),
        [PostingRow(p.id, p.location, p.posted_at, names.get(p.posted_by or 0, ""), photos.get(p.photo_id or 0, ""),
                    p.photo_id, p.note) for p in postings],
        recipients, rules.lead_time(n.effective_from, n.published_at or at, n.needs_preparation, params),
        rules.is_expired(n.status, n.valid_until, at),
        rules.is_expiring(n.status, n.valid_until, at, timedelta(days=params["notice.expiring_days"])),
        NOTICE_DRAFT in permissions and n.status in rules.EDITABLE_STATES, may_add,
        n.published_at is not None, names.get(n.created_by or 0, ""), names.get(n.approved_by or 0, ""),
        names.get(n.published_by or 0, ""), names.get(n.removed_by or 0, ""), corrects, corrected_by)


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _rows(d: NoticeDetail) -> list[tuple[Text | str, str]]:
    lead = d.lead
    when = T("Notice", "at publication") if d.published_at else T("Notice", "if published now")
    people = [str(T("Notice", "drafted by {name}").format(name=d.drafter))]
    if d.approver:
        people.append(str(T("Notice", "approved by {name} {at}").format(name=d.approver, at=_when(d.approved_at)))
                      + (f"（{d.approval_note}）" if d.approval_note else ""))
    elif d.approval_note:
        people.append(str(T("Notice", "returned: {note}").format(note=d.approval_note)))
    if d.publisher:
        people.append(str(T("Notice", "published by {name} {at}").format(name=d.publisher, at=_when(d.published_at))))
    if d.remover:
        people.append(str(T("Notice", "removed by {name} {at}").format(name=d.remover, at=_when(d.removed_at))))
    links = [str(T("Notice", "corrects {number}").format(number=d.corrects[1]))] if d.corrects else []
    links += [str(T("Notice", "corrected by {number}").format(number=num)) for _id, num in d.corrected_by]
    chosen = set(filter(None, d.channels.split(",")))
    scope = (str(T("Notice", "{n} recipient(s)").format(n=len(d.recipients))) if d.individual
             else d.scope_text or str(T("Notice", "(not chosen yet)")))
    return [
        (T("Notice", "Official No."), d.official),
        (T("Notice", "Kind"), rules.KIND.show(d.kind) + (" · " + str(T("Notice", "individual")) if d.individual
                                                          else "")),
        (T("Notice", "Applies"), str(T("Notice", "{start} to {end}").format(start=_when(d.effective_from),
                                                                            end=_when(d.valid_until)))),
        (T("Notice", "Lead time"), str(T("Notice", "{hours} h {when} (needed: {required} h)").format(
            hours=f"{lead.hours:.0f}", when=when, required=lead.required))),
        (T("Notice", "Recipients") if d.individual else T("Notice", "Scope"), scope),
        (T("Notice", "Channels"), "、".join(str(c.label) for c in Channel if c.value in chosen) or "—"),
        (T("Notice", "Issuer"), " · ".join(x for x in (d.issuing_dept, d.issuer, d.contact_phone) if x)),
        (T("Notice", "Handled by"), "; ".join(people)),
        (T("Notice", "Corrections"), "; ".join(links)),
        (T("Notice", "Text"), d.body),
    ]


def _flags(d: NoticeDetail) -> list[Text | str]:
    if d.expired:
        return [T("Notice", "expired on {at}: take it down from the boards and record the removal").format(
            at=_when(d.valid_until))]
    if d.expiring:
        return [T("Notice", "expires on {at}").format(at=_when(d.valid_until))]
    if d.lead.warning is not None and not d.published_at:
        return [d.lead.warning]
    return []


def editor_values(view: records.RecordView) -> dict[str, Any]:
    """The editor's fields for a notice (what :class:`NoticeInput` takes back)."""
    channels = set(filter(None, view.channels.split(",")))
    return {"title": view.title, "kind": view.kind, "body": view.body,
            "effective_from": rules.format_when(view.effective_from),
            "valid_until": rules.format_when(view.valid_until), "scope": view.scope_text,
            "needs_preparation": view.needs_preparation, "individual": view.individual,
            **{f"channel_{c.value}": c.value in channels for c in Channel},
            "issuing_dept": view.issuing_dept, "issuer": view.issuer, "contact_phone": view.contact_phone}


def correction_values(db: Database, actor: Actor, notice_id: int) -> dict[str, Any]:
    """The editor's fields for a correction notice of ``notice_id`` (更正通知, linked to the old one)."""
    view = records.get(db, actor, KIND, notice_id)
    values = editor_values(view)
    title = f"关于{view.title}的更正通知"
    values["title"] = title if len(title) <= rules.TITLE_MAX else f"更正通知（{view.official}）"
    values["body"] = f"我中心于{view.published_at:%Y年%m月%d日}发布的《{view.title}》（{view.official}）" \
                     f"有误，现更正如下：\n{view.body}" if view.published_at else view.body
    values["corrects_id"] = view.id
    return values


def defaults(db: Database) -> dict[str, str]:
    """What a new notice starts with: the issuer and phone from the estate header."""
    with db.read() as s:
        est = _estate(s)
        return {"issuer": est.company or f"{est.name}物业服务中心", "contact_phone": est.hotline or ""}


def scope_tree(db: Database, actor: Actor) -> list[BuildingNode]:
    """Buildings and units to choose a scope from (the registry's tree)."""
    actor.require(NOTICE_DRAFT)
    from app.services import registry
    return registry.tree(db, actor)


# ============================================================================================ KPIs

@dataclass(frozen=True)
class NoticeKpis:
    issued: int                # published in the period
    on_time: int               # of those, with the lead time met
    recipients: int            # individual deliveries due (recipients of notices issued in the period)
    signed: int
    refused: int
    expired_not_removed: int   # now

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.issued if self.issued else None

    @property
    def sign_rate(self) -> float | None:
        return self.signed / self.recipients if self.recipients else None


def kpis(db: Database, actor: Actor, start: date, end: date) -> NoticeKpis:
    """DOMAIN.md §4.4 KPIs for notices published from ``start`` to ``end`` (inclusive)."""
    actor.require(NOTICE_VIEW)
    lo, hi = datetime.combine(start, datetime.min.time()), datetime.combine(end + timedelta(days=1),
                                                                          datetime.min.time())
    with db.read() as s:
        params = _params(s)
        issued = on_time = 0
        ids = []
        for n in s.scalars(select(Notice).where(Notice.published_at >= lo, Notice.published_at < hi)):
            if n.published_at is None:      # (the filter: never)
                continue
            issued += 1
            ids.append(n.id)
            on_time += not rules.lead_time(n.effective_from, n.published_at, n.needs_preparation, params).short
        statuses: dict[str, int] = {}
        if ids:
            statuses = dict(s.execute(select(NoticeRecipient.status, func.count())
                                      .where(NoticeRecipient.notice_id.in_(ids))
                                      .group_by(NoticeRecipient.status)).all())
        expired = s.scalar(select(func.count()).select_from(Notice).where(
            Notice.status == "published", Notice.valid_until < base.now(), Notice.individual.is_(False))) or 0
        return NoticeKpis(issued, on_time, sum(statuses.values()), statuses.get("signed", 0),
                          statuses.get("refused", 0), expired)


# ============================================================================================ the desk's day

def _expired_query(at: datetime) -> Select[Notice]:
    return (select(Notice).where(Notice.status == "published", Notice.valid_until < at,
                                 Notice.individual.is_(False)).order_by(Notice.valid_until))


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    at = base.now()
    params = _params(s)
    within = timedelta(days=params["notice.expiring_days"])
    expired = list(s.scalars(_expired_query(at).limit(5)))
    n_expired = s.scalar(select(func.count()).select_from(_expired_query(at).subquery())) or 0
    n_expiring = s.scalar(select(func.count()).select_from(Notice).where(
        Notice.status == "published", Notice.valid_until >= at, Notice.valid_until <= at + within)) or 0
    n_pending = s.scalar(select(func.count()).select_from(Notice).where(Notice.status == "pending")) or 0
    detail = str(T("Notice", "{n} expiring soon · {m} pending approval").format(n=n_expiring, m=n_pending))
    level = "alert" if n_expired else ("attention" if n_expiring or n_pending else "normal")
    items = [f"{n.title}（{n.valid_until:%m-%d %H:%M}）" for n in expired]
    return [dashboard.Tile(T("Notice", "Notices to take down"), str(n_expired), detail, "notices", level,
                           items)]


def _open_items(s: Session, actor: Actor, at: datetime) -> list[open_items.OpenItem]:
    items = []
    if actor.can(NOTICE_REMOVE):
        for n in s.scalars(_expired_query(at).limit(50)):
            items.append(open_items.OpenItem(
                T("Notice", "Notices to take down"),
                str(T("Notice", "{title} — expired {at}").format(title=n.title,
                                                                 at=n.valid_until.strftime("%m-%d %H:%M"))),
                n.number, "notices", n.id, "alert"))
    if actor.can(NOTICE_APPROVE):
        for n in s.scalars(select(Notice).where(Notice.status == "pending").order_by(Notice.id).limit(50)):
            items.append(open_items.OpenItem(
                T("Notice", "Notices pending approval"),
                str(T("Notice", "{title} — applies from {at}").format(
                    title=n.title, at=n.effective_from.strftime("%m-%d %H:%M"))),
                n.number, "notices", n.id, "attention"))
    return items


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    """Notices that reached the room recently (its scope) and individual notices to its people."""
    if not actor.can(NOTICE_VIEW):
        return None
    params = _params(s)
    since = base.now() - timedelta(days=params["notice.card_days"])
    unit = s.get_one(Unit, room.unit_id)
    reaches = exists().where(NoticeScope.notice_id == Notice.id, or_(
        NoticeScope.level == ScopeLevel.ESTATE.value,
        and_(NoticeScope.level == ScopeLevel.BUILDING.value, NoticeScope.building_id == unit.building_id),
        and_(NoticeScope.level == ScopeLevel.UNIT.value, NoticeScope.unit_id == unit.id),
        and_(NoticeScope.level == ScopeLevel.ROOM.value, NoticeScope.room_id == room.id)))
    to_room = exists().where(NoticeRecipient.notice_id == Notice.id, NoticeRecipient.room_id == room.id)
    notices = list(s.scalars(select(Notice).where(Notice.published_at >= since, Notice.status != "void",
                                                  or_(reaches, to_room))
                             .order_by(Notice.published_at.desc()).limit(20)))
    if not notices:
        return None
    deliveries: dict[int, list[str]] = {}
    for notice_id, name, status, at in s.execute(
            select(NoticeRecipient.notice_id, NoticeRecipient.name, NoticeRecipient.status,
                   NoticeRecipient.delivered_at)
            .where(NoticeRecipient.room_id == room.id,
                   NoticeRecipient.notice_id.in_([n.id for n in notices]))):
        state = str(DELIVERY.state(status).label)
        deliveries.setdefault(notice_id, []).append(
            f"{name} {state}" + (f" {at:%m-%d}" if at else ""))
    pre = prefix(s, params)
    rows = [[rules.official_number(pre, n.number), n.title, str(NoticeKind(n.kind).label)
             if n.kind in NoticeKind._value2member_map_ else n.kind,
             f"{n.published_at:%Y-%m-%d}", f"{n.valid_until:%Y-%m-%d %H:%M}",
             "; ".join(deliveries.get(n.id, []))] for n in notices]
    return card_sections.CardSection(
        T("Notice", "Notices"),
        [T("Notice", "No."), T("Notice", "Title"), T("Notice", "Kind"), T("Notice", "Published"),
         T("Notice", "Valid until"), T("Notice", "Delivery")], rows)


# ============================================================================================ printing

def find(s: Session, number: str) -> Notice:
    """A notice by its number (TZ2026-00012) or its official number as printed (…[2026]第012号)."""
    text = (number or "").strip()
    key = rules.number_from_official(text) or text.upper()
    notice = s.scalar(select(Notice).where(Notice.number == key))
    if notice is None:
        raise NotFound(T("Notice", "There is no notice {number}").format(number=text))
    return notice


def _print_notice(s: Session, actor: Actor, number: str) -> tuple[NoticeSheet, bool]:
    """通知 as posted: title, official No., salutation, body, thanks, phone, issuer and date, 有效期至."""
    actor.require(NOTICE_VIEW)
    from app.printing.forms.notice import NoticeSheet

    notice = find(s, number)
    est = _estate(s)
    official = rules.official_number(prefix(s), notice.number, printed=True)
    scope = "" if notice.individual else "、".join(_scope_texts(s, [notice.id]).get(notice.id, []))
    if scope == rules.ESTATE_WORD:
        scope = ""
    salutation = "尊敬的业主/住户："
    if notice.individual:
        recs = s.execute(select(Room.code, NoticeRecipient.name).join(Room, Room.id == NoticeRecipient.room_id)
                         .where(NoticeRecipient.notice_id == notice.id).limit(2)).all()
        if len(recs) == 1:
            salutation = f"尊敬的{recs[0][0]}业主/住户{recs[0][1]}："
    corrects = ""
    if notice.corrects_id:
        old = s.get(Notice, notice.corrects_id)
        corrects = rules.official_number(prefix(s), old.number, printed=True) if old else ""
    data = NoticeSheet(
        title=notice.title, number=official, kind=NoticeKind.printed(notice.kind), body=notice.body,
        issuer=notice.issuer or est.company or f"{est.name}物业服务中心",
        issued=(notice.published_at or base.now()).date(), valid_until=notice.valid_until,
        effective_from=notice.effective_from,
        contact_phone=notice.contact_phone or est.hotline or "", salutation=salutation, scope=scope,
        closing="" if notice.kind == NoticeKind.REMINDER.value else "特此通知。",
        draft=notice.status in ("draft", "returned", "pending", "approved"), corrects=corrects)
    return data, notice.status == "void"


def _print_sign_sheet(s: Session, actor: Actor, number: str) -> tuple[SignSheet, bool]:
    """文件签收表 of an individual notice: one row per recipient (room, name), signatures by hand."""
    actor.require(NOTICE_VIEW)
    from app.printing.forms.sign_sheet import SignRow, SignSheet

    notice = find(s, number)
    if not notice.individual:
        raise ValidationError(T("Notice", "Only an individual notice has a sign sheet"), "number")
    rows = []
    for rec, code in s.execute(select(NoticeRecipient, Room.code).join(Room, Room.id == NoticeRecipient.room_id)
                               .where(NoticeRecipient.notice_id == notice.id)
                               .order_by(Room.code, NoticeRecipient.id)):
        remark = ""
        if rec.delivered_at is not None:
            remark = f"{DELIVERY.state(rec.status).printed} {rec.delivered_at:%m-%d}"
        if rec.status == "signed" and rec.signed_by != rec.name:
            remark += f"（{rec.signed_by}代签）"
        elif rec.status == "refused":
            remark += f"，见证人：{rec.witness}"
        rows.append(SignRow(code, rec.name, remark))
    official = rules.official_number(prefix(s), notice.number, printed=True)
    data = SignSheet(document=notice.title, number=official, issued=(notice.published_at or base.now()).date(),
                     rows=rows)
    return data, notice.status == "void"


# ============================================================================================ registration

dashboard.register("notices", NOTICE_VIEW, _tiles)
open_items.register("notices", None, _open_items)
card_sections.register("notices", _card_section)
printing.register_source("notice", _print_notice)
printing.register_source("notice_sign_sheet", _print_sign_sheet)
