"""通知 — notices (DOMAIN.md §4.4): drafting, approval, publication, postings, individual deliveries,
removal and archiving; the home tile, the handover's open items, the household-card section and the two
printed forms (the notice itself and the 文件签收表).

The declaration and the pure rules are in :mod:`app.domain.notices`; every state change goes through the
workflow engine (:mod:`app.services.workflow`). Inputs arrive as typed (``NoticeInput`` holds text), are
validated here again whatever the editor checked, and a refusal names its field.

Guards the declaration cannot express (checked here, and applied to the buttons by
:func:`available_actions`): an individual notice is not posted, so it is archived once every recipient
has signed or refused, never "removed"; a public notice comes off the boards (removal recorded) before
it is archived. A notice whose validity has already ended cannot be submitted, approved or published.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain import notices as rules
from app.domain.errors import ConflictError, NotFound, ValidationError
from app.domain.enums import RoomRole
from app.domain.notices import (DELIVERY, NOTICE, NOTICE_APPROVE, NOTICE_DRAFT, NOTICE_PUBLISH,
                                NOTICE_REMOVE, NOTICE_VIEW, Channel, DeliveryMethod, LeadTime,
                                NoticeKind, ScopeLevel, ScopeToken)
from app.domain.validation import check_text
from app.domain.workflow import Transition
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import card_sections, dashboard, open_items, printing
from app.services import workflow as wf
from app.services.base import STALE, Actor, now, unit_of_work
from db.engine import Database
from db.models import Building, Estate, Person, Room, RoomPerson, Staff, Unit
from db.models.notice import Notice, NoticePosting, NoticeRecipient, NoticeScope

KIND = "notice"                      # records_changed kind of every write here
#: times typed a little ahead of the desk's clock (two PCs' clocks differ) are accepted
CLOCK_SLACK = timedelta(minutes=5)
_LABELS = {
    "title": T("Notice", "Title"), "kind": T("Notice", "Kind"), "body": T("Notice", "Text"),
    "effective_from": T("Notice", "Applies from"), "valid_until": T("Notice", "Valid until"),
    "issuing_dept": T("Notice", "Issuing department"), "issuer": T("Notice", "Issuer"),
    "contact_phone": T("Notice", "Contact phone"), "location": T("Notice", "Location"),
    "posted_at": T("Notice", "Posted at"), "note": T("Notice", "Note"),
    "delivered_at": T("Notice", "Delivered at"), "signed_by": T("Notice", "Signed by"),
    "witness": T("Notice", "Witness"), "name": T("Notice", "Recipient"),
}


def label(key: str) -> str:
    return str(_LABELS[key])


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
    kind = NoticeKind.from_label(data.kind)
    if kind is None:
        raise ValidationError(T("Notice", "Choose the kind of notice"), "kind")
    effective_from = rules.parse_when(data.effective_from, "effective_from", label("effective_from"))
    valid_until = rules.parse_when(data.valid_until, "valid_until", label("valid_until"), end_of_day=True)
    rules.check_period(effective_from, valid_until)
    values = {
        "title": check_text(data.title, "title", label("title"), max_len=rules.TITLE_MAX),
        "kind": kind.value,
        "body": check_text(data.body, "body", label("body"), max_len=rules.BODY_MAX),
        "effective_from": effective_from,
        "valid_until": valid_until,
        "needs_preparation": bool(data.needs_preparation),
        "individual": bool(data.individual),
        "channels": rules.check_channels(data.channels),
        "issuing_dept": check_text(data.issuing_dept, "issuing_dept", label("issuing_dept"),
                                   max_len=rules.DEPT_MAX),
        "issuer": check_text(data.issuer, "issuer", label("issuer"), max_len=rules.ISSUER_MAX,
                             required=False),
        "contact_phone": check_contact_phone(data.contact_phone),
        "corrects_id": data.corrects_id or None,
    }
    values["scope"] = [] if values["individual"] else rules.parse_scope(data.scope)
    return values


def check_contact_phone(value: str | None) -> str:
    """A phone to call about the notice: digits with - ( ) + and 转 (extension); a hotline like 400-…"""
    import re

    text = check_text(value, "contact_phone", label("contact_phone"), max_len=rules.PHONE_MAX,
                      required=False)
    if text and not re.fullmatch(r"[0-9+()（）\-\s转]{3,30}", text):
        raise ValidationError(T("Notice", "The contact phone may hold only digits, spaces, - ( ) + and 转"),
                              "contact_phone")
    return text


# ============================================================================================ helpers

def _get(s: Session, notice_id: int, version: int | None = None) -> Notice:
    notice = s.get(Notice, notice_id)
    if notice is None:
        raise NotFound(T("Notice", "This notice no longer exists"))
    if version is not None and notice.version != version:
        raise ConflictError(STALE)
    return notice


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


def _state_label(name: str) -> str:
    try:
        return str(NOTICE.state(name).label)
    except KeyError:
        return name


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
    notice.updated_at = now()


def _check_time(value: datetime, field: str, not_before: datetime | None) -> datetime:
    if value > now() + CLOCK_SLACK:
        raise ValidationError(T("Notice", "{field} cannot be in the future").format(field=label(field)),
                              field)
    if not_before is not None and value < not_before - CLOCK_SLACK:
        raise ValidationError(T("Notice", "{field} cannot be before the notice was approved ({at})").format(
            field=label(field), at=not_before.strftime("%Y-%m-%d %H:%M")), field)
    return value


def _check_photo(value: str | None) -> str:
    path = rules.check_photo_path(value)
    if path and not os.path.isfile(path):
        raise ValidationError(T("Notice", "The photo {path} does not exist").format(path=path), "photo_path")
    return path


# ============================================================================================ drafting

def create_notice(db: Database, actor: Actor, data: NoticeInput) -> int:
    """A new draft; numbered TZ{yyyy}-{seq} at once (the official number derives from it)."""
    actor.require(NOTICE_DRAFT)
    values = validate_notice(data)
    tokens = values.pop("scope")
    with unit_of_work(db, actor) as s:
        if values["corrects_id"] is not None:
            _check_corrects(s, values["corrects_id"], None)
        notice = Notice(**values)
        wf.create(s, actor, NOTICE, notice)
        for row in _resolve_scope(s, tokens):
            row.notice_id = notice.id
            s.add(row)
        s.flush()
        return notice.id


def update_notice(db: Database, actor: Actor, notice_id: int, data: NoticeInput, *,
                  version: int | None = None) -> int:
    """Change a draft (or a notice returned for changes): its text, dates, kind and scope."""
    actor.require(NOTICE_DRAFT)
    values = validate_notice(data)
    tokens = values.pop("scope")
    with unit_of_work(db, actor) as s:
        notice = _get(s, notice_id, version)
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
        return notice.id


def _check_corrects(s: Session, corrects_id: int, own_id: int | None) -> None:
    old = s.get(Notice, corrects_id)
    if old is None or old.id == own_id:
        raise ValidationError(T("Notice", "The notice to correct does not exist"), "corrects_id")
    if old.status not in ("published", "removed", "archived", "void"):
        raise ValidationError(T("Notice", "Only an issued notice can be corrected"), "corrects_id")


# ============================================================================================ actions

def _pending_recipients(s: Session, notice_id: int) -> int:
    return s.scalar(select(func.count()).select_from(NoticeRecipient).where(
        NoticeRecipient.notice_id == notice_id, NoticeRecipient.status == "pending")) or 0


def _recipient_count(s: Session, notice_id: int) -> int:
    return s.scalar(select(func.count()).select_from(NoticeRecipient).where(
        NoticeRecipient.notice_id == notice_id)) or 0


def _guard(notice: Notice, action: str, pending: int, at: datetime) -> Text | None:
    """Why ``action`` may not be taken on ``notice`` now, beyond the declaration (None: it may)."""
    if action in ("submit", "approve", "publish") and notice.valid_until < at:
        return T("Notice", "The notice was valid until {at}: change its dates before “{action}”").format(
            at=notice.valid_until.strftime("%Y-%m-%d %H:%M"), action=NOTICE.transition(action).label)
    if action == "remove" and notice.individual:
        return T("Notice", "An individual notice is delivered, not posted: archive it once every recipient "
                           "has signed or refused")
    if action == "archive" and notice.status == "published":
        if not notice.individual:
            return T("Notice", "Record the notice's removal from the boards before archiving it")
        if pending:
            return T("Notice", "{n} recipient(s) have not signed or refused yet").format(n=pending)
    return None


def available_actions(actor: Actor, notice: Notice, pending_recipients: int = 0,
                      at: datetime | None = None) -> list[Transition]:
    """The action buttons for this user: the declaration's, less those a guard refuses now."""
    at = at or now()
    return [t for t in wf.allowed_actions(NOTICE, notice, actor)
            if _guard(notice, t.name, pending_recipients, at) is None]


def act(db: Database, actor: Actor, notice_id: int, action: str, *, version: int | None = None,
        note: str = "", reason: str = "") -> int:
    """Take a workflow action (submit, recall, approve, reject, publish, remove, archive, void).

    A short lead time at publication is not refused (see :func:`lead_time_of` to warn first); it is
    recorded in the event (``lead_hours``, ``short_lead``) for the on-time posting rate.
    """
    note = check_text(note, "note", label("note"), max_len=rules.NOTE_MAX, required=False)
    reason = check_text(reason, "reason", str(T("Field", "Reason")), max_len=rules.NOTE_MAX, required=False)
    with unit_of_work(db, actor) as s:
        notice = _get(s, notice_id, version)
        at = now()
        fields: dict[str, Any] = {"note": note}
        if reason:
            fields["reason"] = reason
        if action == "submit":
            if notice.individual:
                fields["scope"] = _recipient_count(s, notice.id)
            else:
                fields["scope"] = _scope_texts(s, [notice.id]).get(notice.id, [])
            fields["scope"] = fields["scope"] or None
        # the declaration's refusals (state, role, required fields) first, then the guards
        NOTICE.check(notice.status, action, actor.permissions, fields)
        problem = _guard(notice, action, _pending_recipients(s, notice.id), at)
        if problem is not None:
            raise ConflictError(problem)
        if action == "publish":
            lead = rules.lead_time(notice.effective_from, at, notice.needs_preparation, _params(s))
            fields.update(lead_hours=round(lead.hours, 1), short_lead=lead.short)
        wf.transition(s, actor, NOTICE, notice, action, fields, version=version)
        if action == "approve":
            notice.approved_by, notice.approved_at, notice.approval_note = actor.staff_id, at, note
        elif action == "reject":
            notice.approved_by, notice.approved_at, notice.approval_note = None, None, note
        elif action == "publish":
            notice.published_by, notice.published_at = actor.staff_id, at
        elif action == "remove":
            notice.removed_by, notice.removed_at = actor.staff_id, at
        s.flush()
        return notice.id


def lead_time_of(db: Database, actor: Actor, notice_id: int, at: datetime | None = None) -> LeadTime:
    """The lead time the notice has if published at ``at`` (now), to warn before publishing."""
    actor.require(NOTICE_VIEW)
    with db.read() as s:
        notice = _get(s, notice_id)
        return rules.lead_time(notice.effective_from, notice.published_at or at or now(),
                               notice.needs_preparation, _params(s))


def lead_time_preview(db: Database, effective_from: datetime, needs_preparation: bool,
                      at: datetime | None = None) -> LeadTime:
    """The lead time a notice being typed would have if published now (the editor's live warning)."""
    with db.read() as s:
        return rules.lead_time(effective_from, at or now(), needs_preparation, _params(s))


# ============================================================================================ postings

def add_posting(db: Database, actor: Actor, notice_id: int, location: str, posted_at: str | datetime,
                photo_path: str = "", note: str = "") -> int:
    """Record where and when a published notice was put up (张贴记录)."""
    actor.require(NOTICE_PUBLISH)
    place = check_text(location, "location", label("location"), max_len=rules.LOCATION_MAX)
    when = rules.parse_when(posted_at, "posted_at", label("posted_at"))
    remark = check_text(note, "note", label("note"), max_len=rules.NOTE_MAX, required=False)
    photo = _check_photo(photo_path)
    with unit_of_work(db, actor) as s:
        notice = _get(s, notice_id)
        if notice.status not in rules.POSTING_STATES:
            raise ConflictError(T("Notice", "Postings are recorded for published notices (this one is {state})")
                                .format(state=_state_label(notice.status)))
        if notice.individual:
            raise ConflictError(T("Notice", "An individual notice is delivered to its recipients, not posted"))
        if rules.is_expired(notice.status, notice.valid_until, now()):
            raise ConflictError(T("Notice", "The notice expired on {at}: take it down instead of posting it")
                                .format(at=notice.valid_until.strftime("%Y-%m-%d %H:%M")))
        _check_time(when, "posted_at", notice.approved_at)
        key = "".join(place.split()).lower()
        for other in s.scalars(select(NoticePosting.location).where(NoticePosting.notice_id == notice.id)):
            if "".join(other.split()).lower() == key:
                raise ValidationError(T("Notice", "The notice is already recorded as posted at {place}")
                                      .format(place=other), "location")
        posting = NoticePosting(notice_id=notice.id, location=place, posted_at=when,
                                posted_by=actor.staff_id, photo_path=photo, note=remark)
        s.add(posting)
        s.flush()
        return posting.id


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
    person_name = check_text(name, "name", label("name"), max_len=rules.NAME_MAX, required=False)
    if person_name and len(codes) > 1:
        raise ValidationError(T("Notice", "A recipient's name goes with one room: add the rooms one by one"),
                              "name")
    with unit_of_work(db, actor) as s:
        notice = _get(s, notice_id)
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
        existing = set(s.execute(select(NoticeRecipient.room_id, NoticeRecipient.name).where(
            NoticeRecipient.notice_id == notice.id)).all())
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
            rec = NoticeRecipient(notice_id=notice.id, room_id=room_id, person_id=who[0], name=who[1])
            s.add(rec)
            added.append(rec)
        _sync_recipient_scope(s, notice)
        _touch(notice)
        s.flush()
        return [r.id for r in added]


def remove_recipient(db: Database, actor: Actor, recipient_id: int, *, version: int | None = None) -> int:
    """Take a recipient off the list (only before the notice was delivered to them)."""
    with unit_of_work(db, actor) as s:
        rec = s.get(NoticeRecipient, recipient_id)
        if rec is None:
            raise NotFound(T("Notice", "This recipient is no longer on the list"))
        notice = _get(s, rec.notice_id)
        _recipient_permission(actor, notice)
        if version is not None and rec.version != version:
            raise ConflictError(STALE)
        if rec.status != "pending":
            raise ConflictError(T("Notice", "The delivery to {name} is recorded: the recipient stays on the "
                                            "list").format(name=rec.name))
        if notice.status not in rules.RECIPIENT_STATES:
            raise ConflictError(T("Notice", "The notice is {state}: its recipients can no longer change")
                                .format(state=_state_label(notice.status)))
        s.delete(rec)
        _sync_recipient_scope(s, notice)
        _touch(notice)
        s.flush()
        return notice.id


def record_delivery(db: Database, actor: Actor, recipient_id: int, action: str, *,
                    version: int | None = None, delivered_at: str | datetime = "",
                    method: str = DeliveryMethod.HAND.value, signed_by: str = "", witness: str = "",
                    photo_path: str = "", note: str = "") -> int:
    """The recipient signed for the notice (``sign``: who signed) or refused it (``refuse``: a witness)."""
    when = rules.parse_when(delivered_at, "delivered_at", label("delivered_at"))
    how = DeliveryMethod.from_label(method)
    if how is None:
        raise ValidationError(T("Notice", "Choose how the notice was delivered"), "method")
    signer = check_text(signed_by, "signed_by", label("signed_by"), max_len=rules.NAME_MAX, required=False)
    witness_name = check_text(witness, "witness", label("witness"), max_len=rules.NAME_MAX, required=False)
    remark = check_text(note, "note", label("note"), max_len=rules.NOTE_MAX, required=False)
    photo = _check_photo(photo_path)
    with unit_of_work(db, actor) as s:
        rec = s.get(NoticeRecipient, recipient_id)
        if rec is None:
            raise NotFound(T("Notice", "This recipient is no longer on the list"))
        notice = _get(s, rec.notice_id)
        fields = {"note": remark, "signed_by": signer if action == "sign" else "", "witness": witness_name}
        DELIVERY.check(rec.status, action, actor.permissions, fields)
        if notice.status != "published":
            raise ConflictError(T("Notice", "Publish the notice before recording its delivery (it is {state})")
                                .format(state=_state_label(notice.status)))
        _check_time(when, "delivered_at", notice.approved_at)
        wf.transition(s, actor, DELIVERY, rec, action, {**fields, "delivered_at": when, "method": how.value},
                      version=version)
        rec.delivered_at, rec.delivered_by, rec.method = when, actor.staff_id, how.value
        rec.signed_by, rec.witness, rec.photo_path, rec.note = fields["signed_by"], witness_name, photo, remark
        s.flush()
        return notice.id


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
        return _state_label(self.status)


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


def _filtered(q, view: str, kind: str | None, text: str, at: datetime):
    if view == "open":
        q = q.where(Notice.status.in_(NOTICE.open_states))
    elif view == "pending":
        q = q.where(Notice.status == "pending")
    elif view == "published":
        q = q.where(Notice.status == "published")
    elif view == "expired":
        q = q.where(Notice.status == "published", Notice.valid_until < at)
    elif view == "done":
        q = q.where(Notice.status.in_(("removed", "archived")))
    elif view == "void":
        q = q.where(Notice.status == "void")
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


def list_notices(db: Database, actor: Actor, *, view: str = "open", kind: str | None = None,
                 text: str = "", after: tuple | None = None, limit: int = 200) -> list[NoticeRow]:
    """One page of notices, newest first, keyset-paged by id (``after`` = the last row's sort_key)."""
    actor.require(NOTICE_VIEW)
    at = now()
    q = _filtered(select(Notice), view, kind, text, at)
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
            for notice_id, status, n in s.execute(
                    select(NoticeRecipient.notice_id, NoticeRecipient.status, func.count())
                    .where(NoticeRecipient.notice_id.in_(ids))
                    .group_by(NoticeRecipient.notice_id, NoticeRecipient.status)):
                counts.setdefault(notice_id, {})[status] = n
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


def count_notices(db: Database, actor: Actor, *, view: str = "open", kind: str | None = None,
                  text: str = "") -> int:
    actor.require(NOTICE_VIEW)
    q = _filtered(select(func.count()).select_from(Notice), view, kind, text, now())
    with db.read() as s:
        return s.scalar(q) or 0


@dataclass(frozen=True)
class EventRow:
    at: datetime
    who: str
    action: str
    change: str
    note: str


@dataclass(frozen=True)
class PostingRow:
    id: int
    location: str
    posted_at: datetime
    by: str
    photo_path: str
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
    photo_path: str
    note: str
    actions: tuple[str, ...]          # delivery actions this user may take now

    @property
    def status_label(self) -> str:
        return str(DELIVERY.state(self.status).label)

    @property
    def method_label(self) -> str:
        m = DeliveryMethod.from_label(self.method) if self.method else None
        return str(m.label) if m else ""


@dataclass
class NoticeDetail:
    notice: Notice
    official: str
    scope_text: str                # as the editor shows it (全小区 / 3栋、3-2-1502)
    postings: list[PostingRow]
    recipients: list[RecipientRow]
    events: list[EventRow]
    actions: list[Transition]
    editable: bool
    can_add_recipients: bool
    can_post: bool
    lead: LeadTime
    expired: bool
    expiring: bool
    drafter: str
    approver: str
    publisher: str
    remover: str
    corrects: tuple[int, str] | None
    corrected_by: list[tuple[int, str]] = field(default_factory=list)

    @property
    def status_label(self) -> str:
        if self.expired:
            return str(T("Notice", "Expired, still posted"))
        return _state_label(self.notice.status)

    @property
    def pending_recipients(self) -> int:
        return sum(1 for r in self.recipients if r.status == "pending")


def _names(s: Session, ids) -> dict[int, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return dict(s.execute(select(Staff.id, Staff.name).where(Staff.id.in_(ids))).all())


def get_notice(db: Database, actor: Actor, notice_id: int) -> NoticeDetail:
    """A notice with its scope, postings, recipients, event timeline and the actions this user has."""
    actor.require(NOTICE_VIEW)
    at = now()
    with db.read() as s:
        notice = _get(s, notice_id)
        params = _params(s)
        pre = prefix(s, params)
        events = wf.events(s, NOTICE, notice.id)
        posting_rows = list(s.scalars(select(NoticePosting).where(NoticePosting.notice_id == notice.id)
                                      .order_by(NoticePosting.posted_at, NoticePosting.id)))
        rec_rows = s.execute(select(NoticeRecipient, Room.code).join(Room, Room.id == NoticeRecipient.room_id)
                             .where(NoticeRecipient.notice_id == notice.id)
                             .order_by(Room.code, NoticeRecipient.id)).all()
        names = _names(s, [e.user_id for e in events] + [p.posted_by for p in posting_rows]
                       + [r.delivered_by for r, _ in rec_rows]
                       + [notice.created_by, notice.approved_by, notice.published_by, notice.removed_by])
        can_deliver = notice.status == "published"
        recipients = [RecipientRow(
            r.id, r.version, r.room_id, code, r.name, r.status, r.method, r.delivered_at,
            names.get(r.delivered_by, ""), r.signed_by, r.witness, r.photo_path, r.note,
            tuple(t.name for t in DELIVERY.allowed_actions(r.status, actor.permissions)) if can_deliver else ())
            for r, code in rec_rows]
        pending = sum(1 for r in recipients if r.status == "pending")
        timeline = []
        for e in events:
            try:
                action = str(NOTICE.transition(e.action).label) if e.action != "create" else str(
                    T("Notice", "Created"))
            except KeyError:
                action = e.action
            change = (f"{_state_label(e.from_state)} → {_state_label(e.to_state)}" if e.from_state
                      else _state_label(e.to_state))
            note = e.note
            if e.data.get("reason"):
                note = f"{e.data['reason']}" + (f" — {note}" if note else "")
            if e.data.get("short_lead"):
                extra = str(T("Notice", "lead time {hours} h (short)").format(hours=e.data.get("lead_hours")))
                note = f"{note} ({extra})" if note else extra
            timeline.append(EventRow(e.at, names.get(e.user_id, ""), action, change, note))
        if notice.individual:
            scope_text = ""
        else:
            scope_text = ", ".join(_scope_texts(s, [notice.id]).get(notice.id, []))
        corrects = None
        if notice.corrects_id:
            old = s.get(Notice, notice.corrects_id)
            corrects = (old.id, old.number) if old else None
        corrected_by = [tuple(r) for r in s.execute(select(Notice.id, Notice.number).where(
            Notice.corrects_id == notice.id).order_by(Notice.id))]
        draft_perm = actor.can(NOTICE_DRAFT)
        return NoticeDetail(
            notice=notice, official=rules.official_number(pre, notice.number), scope_text=scope_text,
            postings=[PostingRow(p.id, p.location, p.posted_at, names.get(p.posted_by, ""), p.photo_path,
                                 p.note) for p in posting_rows],
            recipients=recipients, events=timeline,
            actions=available_actions(actor, notice, pending, at),
            editable=draft_perm and notice.status in rules.EDITABLE_STATES,
            can_add_recipients=notice.individual and notice.status in rules.RECIPIENT_STATES and actor.can(
                NOTICE_DRAFT if notice.status in rules.EDITABLE_STATES else NOTICE_PUBLISH),
            can_post=(not notice.individual and notice.status in rules.POSTING_STATES
                      and not rules.is_expired(notice.status, notice.valid_until, at)
                      and actor.can(NOTICE_PUBLISH)),
            lead=rules.lead_time(notice.effective_from, notice.published_at or at, notice.needs_preparation,
                                 params),
            expired=rules.is_expired(notice.status, notice.valid_until, at),
            expiring=rules.is_expiring(notice.status, notice.valid_until, at,
                                       timedelta(days=params["notice.expiring_days"])),
            drafter=names.get(notice.created_by, ""), approver=names.get(notice.approved_by, ""),
            publisher=names.get(notice.published_by, ""), remover=names.get(notice.removed_by, ""),
            corrects=corrects, corrected_by=corrected_by)


def editor_values(detail: NoticeDetail) -> dict[str, Any]:
    """The editor's fields for a notice (what :class:`NoticeInput` takes back)."""
    n = detail.notice
    channels = set(filter(None, n.channels.split(",")))
    return {"title": n.title, "kind": n.kind, "body": n.body,
            "effective_from": rules.format_when(n.effective_from),
            "valid_until": rules.format_when(n.valid_until), "scope": detail.scope_text,
            "needs_preparation": n.needs_preparation, "individual": n.individual,
            **{f"channel_{c.value}": c.value in channels for c in Channel},
            "issuing_dept": n.issuing_dept, "issuer": n.issuer, "contact_phone": n.contact_phone}


def correction_values(db: Database, actor: Actor, notice_id: int) -> dict[str, Any]:
    """The editor's fields for a correction notice of ``notice_id`` (更正通知, linked to the old one)."""
    detail = get_notice(db, actor, notice_id)
    values = editor_values(detail)
    old = detail.notice
    title = f"关于{old.title}的更正通知"
    values["title"] = title if len(title) <= rules.TITLE_MAX else f"更正通知（{detail.official}）"
    values["body"] = f"我中心于{old.published_at:%Y年%m月%d日}发布的《{old.title}》（{detail.official}）" \
                     f"有误，现更正如下：\n{old.body}" if old.published_at else old.body
    values["corrects_id"] = old.id
    return values


def defaults(db: Database) -> dict[str, str]:
    """What a new notice starts with: the issuer and phone from the estate header."""
    with db.read() as s:
        est = _estate(s)
        return {"issuer": est.company or f"{est.name}物业服务中心", "contact_phone": est.hotline or ""}


def scope_tree(db: Database, actor: Actor):
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
            issued += 1
            ids.append(n.id)
            on_time += not rules.lead_time(n.effective_from, n.published_at, n.needs_preparation, params).short
        statuses: dict[str, int] = {}
        if ids:
            statuses = dict(s.execute(select(NoticeRecipient.status, func.count())
                                      .where(NoticeRecipient.notice_id.in_(ids))
                                      .group_by(NoticeRecipient.status)).all())
        expired = s.scalar(select(func.count()).select_from(Notice).where(
            Notice.status == "published", Notice.valid_until < now(), Notice.individual.is_(False))) or 0
        return NoticeKpis(issued, on_time, sum(statuses.values()), statuses.get("signed", 0),
                          statuses.get("refused", 0), expired)


# ============================================================================================ the desk's day

def _expired_query(at: datetime):
    return (select(Notice).where(Notice.status == "published", Notice.valid_until < at,
                                 Notice.individual.is_(False)).order_by(Notice.valid_until))


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    at = now()
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
    since = now() - timedelta(days=params["notice.card_days"])
    unit = s.get(Unit, room.unit_id)
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


def _print_notice(s: Session, actor: Actor, number: str):
    """通知 as posted: title, official No., salutation, body, thanks, phone, issuer and date, 有效期至."""
    actor.require(NOTICE_VIEW)
    from app.printing.forms.notice import KIND_ZH, NoticeSheet

    notice = find(s, number)
    est = _estate(s)
    official = rules.official_number(prefix(s), notice.number)
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
        corrects = rules.official_number(prefix(s), old.number) if old else ""
    data = NoticeSheet(
        title=notice.title, number=official, kind=KIND_ZH.get(notice.kind, "通知"), body=notice.body,
        issuer=notice.issuer or est.company or f"{est.name}物业服务中心",
        issued=(notice.published_at or now()).date(), valid_until=notice.valid_until,
        effective_from=notice.effective_from,
        contact_phone=notice.contact_phone or est.hotline or "", salutation=salutation, scope=scope,
        closing="" if notice.kind == NoticeKind.REMINDER.value else "特此通知。",
        draft=notice.status in ("draft", "returned", "pending", "approved"), corrects=corrects)
    return data, notice.status == "void"


def _print_sign_sheet(s: Session, actor: Actor, number: str):
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
        if rec.status == "signed":
            remark = f"已签收 {rec.delivered_at:%m-%d}" + ("" if rec.signed_by == rec.name
                                                        else f"（{rec.signed_by}代签）")
        elif rec.status == "refused":
            remark = f"拒签 {rec.delivered_at:%m-%d}，见证人：{rec.witness}"
        rows.append(SignRow(code, rec.name, remark))
    official = rules.official_number(prefix(s), notice.number)
    data = SignSheet(document=notice.title, number=official, issued=(notice.published_at or now()).date(),
                     rows=rows)
    return data, notice.status == "void"


# ============================================================================================ registration

dashboard.register("notices", NOTICE_VIEW, _tiles)
open_items.register("notices", None, _open_items)
card_sections.register("notices", _card_section)
printing.register_source("notice", _print_notice)
printing.register_source("notice_sign_sheet", _print_sign_sheet)
