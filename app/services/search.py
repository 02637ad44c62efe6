"""Global search (Ctrl+K): room code, name, pinyin initials, phone or its last four digits, ID number.

Every searchable record has rows in ``search_key``; a query is a prefix range scan on the indexed key,
which stays fast on any estate size and works on SQLite and PostgreSQL alike. Chinese substrings are
found because every suffix of a name is a key; polyphonic characters contribute every reading (单 → shan
and dan), since people type the surname's reading.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from app.domain import names
from app.domain.permissions import PEOPLE_SEE_ID, REGISTRY_VIEW
from app.domain.validation import mask_id, mask_phone
from app.i18n import QT_TRANSLATE_NOOP
from app.services.base import Actor
from db.engine import Database
from db.models import Person, Room, RoomPerson, SearchKey

KEY_LEN = 60


def normalise(text: str) -> str:
    return re.sub(r"\s+", "", text or "").lower()


#: the shortest part of a phone number that finds it (any part of its digits, like a name's suffixes)
PHONE_PART = 4


def phone_keys(stored: str) -> set[str]:
    """Every suffix of the phone's digits, so any part of ``13812345678`` or ``0755-2888 1234`` is the
    prefix of a key (``1234``, ``28881234``, ``075528881234``)."""
    digits = re.sub(r"\D", "", (stored or "").partition("-")[0])
    return {digits[i:] for i in range(len(digits) - PHONE_PART + 1)} if len(digits) >= PHONE_PART else set()


def person_keys(person: Person) -> set[str]:
    name = normalise(person.name)
    keys = {name[i:] for i in range(len(name))} | names.pinyin_keys(person.name)
    keys |= phone_keys(person.mobile) | phone_keys(person.other_phone)
    if person.id_number:
        keys |= {person.id_number.lower(), person.id_number[-4:].lower()}
    return {k[:KEY_LEN] for k in keys if k}


_PHONE_CHARS = re.compile(r"^[\d\s()+\-]+$")
_PHONE_START = re.compile(r"^(\+|00|\(|0\d{2,3}[\s\-)]|[48]00[\s\-]|1\d{2}[\s\-]|\d+\s)")


def query_key(query: str) -> str:
    """The key a query is looked up by: a name or code in lower case without spaces; a phone number in
    any written form (``0755-2888 1234``, ``+86 138 1234``, ``(021)1234``) as its digits. A room code
    (``3-2-1502``) stays a room code."""
    text = unicodedata.normalize("NFKC", query or "").strip()
    if _PHONE_CHARS.match(text) and _PHONE_START.match(text):
        digits = re.sub(r"\D", "", text)
        if text.startswith(("+86", "0086")):
            digits = digits[4:] if text.startswith("0086") else digits[2:]
        return digits
    return normalise(text)


def room_keys(room: Room) -> set[str]:
    code = room.code.lower()
    return {code, code.replace("-", ""), room.room_no.lower()}


def reindex(session: Session, kind: str, ref_id: int, keys: set[str]) -> None:
    session.execute(delete(SearchKey).where(SearchKey.kind == kind, SearchKey.ref_id == ref_id))
    if keys:
        session.execute(insert(SearchKey), [{"kind": kind, "ref_id": ref_id, "key": k} for k in keys])


def index_person(session: Session, person: Person) -> None:
    reindex(session, "person", person.id, person_keys(person))


def index_room(session: Session, room: Room) -> None:
    reindex(session, "room", room.id, room_keys(room))


def rebuild(session: Session) -> int:
    """Index every room and person again (after an import or a restore from an older version)."""
    session.execute(delete(SearchKey))
    rows = []
    for room in session.scalars(select(Room)):
        rows += [{"kind": "room", "ref_id": room.id, "key": k} for k in room_keys(room)]
    for person in session.scalars(select(Person)):
        rows += [{"kind": "person", "ref_id": person.id, "key": k} for k in person_keys(person)]
    if rows:
        session.execute(insert(SearchKey), rows)
    return len(rows)


@dataclass(frozen=True)
class Hit:
    kind: str          # "room" or "person"
    ref_id: int
    room_id: int | None
    title: str         # 3-2-1502 or 张三
    subtitle: str      # what matched and where
    #: a document's record kind (app.services.records), whose page opens it; "" for a room or a person
    record_kind: str = ""


DOC_NUMBER = re.compile(r"^[a-z]{2}\d")


def _document_models() -> list[type[Any]]:
    """Every workflow record class (they all carry a unique, indexed ``number``)."""
    from db.models import Base
    from db.models.base import WorkflowRecord
    return [m.class_ for m in Base.registry.mappers if issubclass(m.class_, WorkflowRecord)]


def _documents(s: Session, q: str, limit: int) -> list[Hit]:
    """Documents whose number starts with ``q`` (FK20261128-0001 …), each leading to its page (its record
    kind) and to its room's card."""
    from app.domain.numbering import DOC_TYPES
    from app.services import records
    kinds = {rk.model.__tablename__: rk.kind for rk in records.KINDS.values()}
    prefix = q.upper()
    hits: list[Hit] = []
    for model in _document_models():
        room_col = getattr(model, "room_id", None)
        cols = [model.id, model.number] + ([room_col] if room_col is not None else [])
        for row in s.execute(select(*cols).where(model.number >= prefix, model.number < prefix + "\U0010ffff")
                             .order_by(model.number).limit(limit)):
            room_id = row[2] if room_col is not None else None
            code = s.scalar(select(Room.code).where(Room.id == room_id)) if room_id else ""
            doc_type = DOC_TYPES.get(row[1][:2])
            label = str(doc_type.label) if doc_type else model.__tablename__
            hits.append(Hit(model.__tablename__, row[0], room_id, row[1], " · ".join(x for x in (label, code) if x),
                            kinds.get(model.__tablename__, "")))
    return sorted(hits, key=lambda h: h.title)[:limit]


_MASKED = re.compile(r"^([0-9a-z]*)[\s-]*(\*+)([0-9a-z]{4})$")


def _masked_pattern(q: str) -> tuple[str, int, str] | None:
    """(visible head, length, last four) of a masked ID or phone as lists show them (``4401…6776`` with
    stars, ``138****5678``, ``0755-****1234``), so a receptionist can search by what she sees."""
    match = _MASKED.match(q.replace(" ", ""))
    if not match or not match.group(1):
        return None
    head, stars, tail = match.groups()
    return head, len(head) + len(stars) + len(tail), tail


def _masked_matches(s: Session, head: str, length: int, tail: str, limit: int) -> list[tuple[str, int, str]]:
    """The people whose ID number or phone starts with ``head``, ends with ``tail`` and has ``length``
    characters (found through the key of the last four, then checked on the record)."""
    ids = list(s.scalars(select(SearchKey.ref_id).where(SearchKey.kind == "person", SearchKey.key == tail)
                         .limit(limit * 20)))
    if not ids:
        return []
    out: list[tuple[str, int, str]] = []
    for p in s.scalars(select(Person).where(Person.id.in_(ids))):
        values = [p.id_number.lower()] + [re.sub(r"\D", "", v.partition("-")[0])
                                          for v in (p.mobile, p.other_phone) if v]
        if any(len(v) == length and v.startswith(head) and v.endswith(tail) for v in values):
            out.append(("person", p.id, tail))
    return out


#: the global search's statements, built once (a keystroke binds its values: Database.rows)
_KEYS = (select(SearchKey.kind, SearchKey.ref_id, SearchKey.key)
         .where(SearchKey.key >= bindparam("lo"), SearchKey.key < bindparam("hi"))
         .order_by(SearchKey.key).limit(bindparam("limit")))
_ROOMS = select(Room.id, Room.code, Room.layout, Room.area).where(Room.id.in_(bindparam("ids", expanding=True)))
_PEOPLE = (select(Person.id, Person.name, Person.mobile, Person.id_number, Room.id, Room.code, RoomPerson.role,
                  RoomPerson.end_date.is_not(None))
           .outerjoin(RoomPerson, RoomPerson.person_id == Person.id).outerjoin(Room, Room.id == RoomPerson.room_id)
           .where(Person.id.in_(bindparam("ids", expanding=True)))
           .order_by(RoomPerson.end_date.is_not(None), RoomPerson.id))


def search(db: Database, actor: Actor, query: str, limit: int = 30) -> list[Hit]:
    """Rooms first, then people with the rooms they belong to; exact key matches rank first.
    A document number (two letters and digits) finds that document and leads to its room; a masked ID
    or phone as the lists show it (``4401**********6776``, ``138****5678``) finds its owner."""
    actor.require(REGISTRY_VIEW)
    q = query_key(query)
    if not q:
        return []
    if DOC_NUMBER.match(q):
        with db.read() as s:
            documents = _documents(s, q, limit)
        if documents:
            return documents
    see = actor.can(PEOPLE_SEE_ID)
    masked = _masked_pattern(q)
    matches: Sequence[tuple[str, int, str]] | Sequence[Row[str, int, str]]
    if masked:
        with db.read() as s:
            matches = _masked_matches(s, *masked, limit)
    else:
        matches = db.rows(_KEYS, {"lo": q, "hi": q + "\U0010ffff", "limit": limit * 8})
    best: dict[tuple[str, int], int] = {}
    for kind, ref_id, key in matches:
        rank = 0 if key == q else 1
        best[(kind, ref_id)] = min(rank, best.get((kind, ref_id), 9))
    ordered = sorted(best.items(), key=lambda kv: (kv[1], kv[0][0] != "room", kv[0][1]))[:limit]
    room_ids = [ref for (kind, ref), _ in ordered if kind == "room"]
    person_ids = [ref for (kind, ref), _ in ordered if kind == "person"]
    rooms = {r[0]: r for r in db.rows(_ROOMS, {"ids": room_ids})} if room_ids else {}
    people: dict[int, Any] = {}
    links: dict[int, list[tuple[int | None, str, str, bool]]] = {}
    if person_ids:  # current relations first; a former one still leads to the room's card
        for pid, name, mobile, id_number, room_id, code, role, ended in db.rows(_PEOPLE, {"ids": person_ids}):
            people[pid] = (pid, name, mobile, id_number)
            if room_id is not None:
                links.setdefault(pid, []).append((room_id, code, role, bool(ended)))
    from app.domain.enums import RoomRole
    hits: list[Hit] = []
    for (kind, ref), _ in ordered:
        if kind == "room" and ref in rooms:
            room_id, code, layout, area = rooms[ref]
            hits.append(Hit("room", room_id, room_id, code, f"{layout} {area} m²".strip()))
        elif kind == "person" and ref in people:
            pid, name, mobile, id_number = people[ref]
            phone = mobile if see else mask_phone(mobile)
            idno = id_number if see else mask_id(id_number)
            current = [link for link in links.get(pid, []) if not link[3]]
            for link_room, code, role, ended in current or links.get(pid, [])[:1] or [(None, "", "", False)]:
                role_label = str(RoomRole(role).label) if role else ""
                if ended:
                    role_label = str(QT_TRANSLATE_NOOP("Search", "former {role}").format(role=role_label))
                hits.append(Hit("person", pid, link_room, name,
                                " · ".join(x for x in (code, role_label, phone, idno) if x)))
    return hits[:limit]
