"""零星入住 — a room handed over to its buyer at the front desk (DOMAIN.md §4.13): registration, the record
kind's effects, the lists, the desk's hooks and the print sources.

The workflow, its fields and pure rules are declared in :mod:`app.domain.movein`; every action goes through
the record kit (app.services.records). What is this module's own, each in the action's own transaction:

* **registration**: a room 已售未交付 with no move-in in progress; the buyer matched against the developer's
  handover list when the room is on it (``developer_match``);
* **the joint inspection**: the checklist lines, the meter readings, and one work slip to engineering per
  defect (relay.create_slip_in, linked to the record), due within ``movein.defect_fix_days``;
* **the fees**: the fee start date of ``movein.fee_start_rule`` set on the room, the first period and the
  months paid ahead billed for the room (billing.bill_room_in) and collected with one receipt
  (counter.collect_in);
* **the keys**: every key of the room in the cabinet leaves it as 已交付业主 (keys.deliver_in); the room is
  handed over (已交付, handover date, 空置/自住), leaves the vacant-unit register (vacancy.leave_register), the
  buyer becomes its owner (Person + RoomPerson, source RZ…); at completion the 入住回访 is planned
  (followups.plan_in);
* **the archive**: the household file completed (family, emergency contact, vehicles).

The room's delivery and occupancy states change only here (and in the lease and move-out workflows): the
room form keeps them read-only (registry.check_workflow_states).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain import movein as M
from app.domain.complaints import FollowUpType
from app.domain.enums import DeliveryState, IdType, OccupancyState, RoomRole
from app.domain.errors import ConflictError, UserError, ValidationError
from app.domain.movein import (
    MOVEIN,
    MOVEIN_IMPORT,
    MOVEIN_KIND,
    MOVEIN_MANAGE,
    MOVEIN_VIEW,
    HandedDocument,
    InspectItem,
)
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.relay import Department
from app.domain.vacancy import CheckResult, RemovalReason
from app.domain.validation import mask_id, mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text, chinese
from app.services import audit, base, card_sections, dashboard, open_items, printing, records
from app.services import params as params_service
from app.services.base import Actor, unit_of_work
from app.services.shared import Query, StatusRow, counted, label_of, numbered
from db.engine import Database
from db.models import Person, Room, RoomPerson
from db.models.movein import HandoverListLine, MoveIn, MoveInCheck

if TYPE_CHECKING:
    from app.printing.forms.movein import MoveInSheet

PAGE = "movein"
MAX_OPEN_ITEMS = 100
OWNER_ROLES = (RoomRole.OWNER.value, RoomRole.CO_OWNER.value)


def _today() -> date:
    return base.now().date()


def _state_label(code: str) -> str:
    return label_of(DeliveryState, code)


# ============================================================================================ registration

def open_case_of(s: Session, room_id: int) -> MoveIn | None:
    """The room's move-in in progress (or on hold), if any."""
    return s.scalar(select(MoveIn).where(MoveIn.room_id == room_id, MoveIn.status.in_(MOVEIN.open_states))
                    .order_by(MoveIn.id.desc()).limit(1))


def _list_line(s: Session, room_id: int) -> HandoverListLine | None:
    return s.scalar(select(HandoverListLine).where(HandoverListLine.room_id == room_id)
                    .order_by(HandoverListLine.id.desc()).limit(1))


def _matches(line: HandoverListLine, name: str, id_number: str) -> bool:
    """The buyer on the developer's list: the same ID number, or the same name where the list has no ID."""
    if line.id_number:
        return line.id_number.upper() == id_number.upper()
    return line.buyer_name.strip() == name.strip()


def _register(s: Session, actor: Actor, values: dict[str, Any]) -> MoveIn:
    """A move-in of a room 已售未交付 (numbered RZ…, state 资料审核), refused for any other room, for a room
    with one in progress, and for a buyer who is not the one on the developer's handover list."""
    room = records.room(s, values["room"], "room")
    if room.delivery_state != DeliveryState.SOLD.value:
        raise ValidationError(M.MSG_NOT_SOLD.format(code=room.code, state=_state_label(room.delivery_state)), "room")
    twin = open_case_of(s, room.id)
    if twin is not None:
        raise ConflictError(M.MSG_OPEN_CASE.format(code=room.code, number=twin.number))
    line = _list_line(s, room.id)
    if line is not None and not _matches(line, values["owner_name"], values["id_number"]):
        raise ValidationError(M.MSG_NOT_ON_LIST.format(name=values["owner_name"], code=room.code,
                                                       buyer=line.buyer_name), "owner_name")
    columns = {spec.column: values[spec.key] for spec in M.CASE_FIELDS if spec.column and spec is not M.ROOM}
    case = MoveIn(**columns, room_id=room.id, room_code=room.code, developer_match=line is not None)
    records.create_in(s, actor, MOVEINS, case, data={"room": room.code, "owner_name": case.owner_name})
    return case


# ============================================================================================ the developer's list

MSG_NO_SUCH_ROOM = T("MoveIn", "There is no room {code} in this estate")
MSG_LIST_DELIVERED = T("MoveIn", "{code} is handed over already")
MSG_LIST_TWICE = T("MoveIn", "{code} is on row {row} of this file already")
MSG_LIST_UNSOLD = T("MoveIn", "{code} is unsold in the registry: the developer's list says it is sold")
MSG_ADDED = T("MoveIn", "Imported")
MSG_REPLACED = T("MoveIn", "Imported, the room's earlier line replaced")


@dataclass(frozen=True)
class ListLine:
    """One data row of the spreadsheet and what became of it (``refused`` empty: imported)."""

    row: int
    room: str
    buyer: str
    result: str
    refused: str = ""

    @property
    def imported(self) -> bool:
        return not self.refused


@dataclass(frozen=True)
class ListReport:
    sheet: str
    lines: tuple[ListLine, ...]

    @property
    def imported(self) -> int:
        return sum(1 for ln in self.lines if ln.imported)

    @property
    def refused(self) -> tuple[ListLine, ...]:
        return tuple(ln for ln in self.lines if not ln.imported)


def import_handover_list(db: Database, actor: Actor, path: str | Path) -> ListReport:
    """Import the developer's handover list from a spreadsheet. Every row is reported: imported (a room's
    earlier line replaced), or refused (unreadable, the room unknown, handed over already, unsold in the
    registry, twice in the file). The valid rows are written in one transaction; a move-in registered later
    checks its buyer against the room's line."""
    actor.require(MOVEIN_IMPORT)
    from app.excel.handover import read_handover_list
    sheet = read_handover_list(path)
    lines: list[ListLine] = []
    with unit_of_work(db, actor) as s:
        seen: dict[str, int] = {}
        for row in sheet.rows:
            try:
                if row.error is not None:
                    raise ValidationError(f"{row.error.column}: {row.error.message}", row.error.field)
                found = s.scalar(select(Room).where(Room.code == row.room))
                if found is None:
                    raise ValidationError(MSG_NO_SUCH_ROOM.format(code=row.room), "room")
                if found.delivery_state == DeliveryState.DELIVERED.value:
                    raise ConflictError(MSG_LIST_DELIVERED.format(code=row.room))
                if found.delivery_state == DeliveryState.UNSOLD.value:
                    raise ConflictError(MSG_LIST_UNSOLD.format(code=row.room))
                if row.room in seen:
                    raise ConflictError(MSG_LIST_TWICE.format(code=row.room, row=seen[row.room]))
                seen[row.room] = row.row
                old = _list_line(s, found.id)
                values = {"buyer_name": row.buyer, "id_number": row.id_number, "phone": row.phone,
                          "contract_no": row.contract_no[:40], "source": Path(path).name[:200]}
                if old is None:
                    s.add(HandoverListLine(room_id=found.id, room_code=found.code, **values))
                else:
                    for key, value in values.items():
                        setattr(old, key, value)
                lines.append(ListLine(row.row, row.room, row.buyer, str(MSG_REPLACED if old else MSG_ADDED)))
            except UserError as exc:
                lines.append(ListLine(row.row, row.room, row.buyer, "", str(exc)))
        report = ListReport(sheet.sheet, tuple(lines))
        audit.record(s, "import_handover_list", "move_in_list", Path(path).name[:60],
                     after={"imported": report.imported, "refused": len(report.refused)})
    return report


# ============================================================================================ effects

def _subject(s: Session, m: MoveIn) -> records.Subject:
    return records.Subject(m, keys_after_fees=bool(params_service.load(s)["movein.keys_after_fees"]))


def blank_inspection(**values: Any) -> dict[str, Any]:
    """A joint inspection as its form starts (every line OK), with ``values`` typed over it."""
    return {**{spec.key: spec.initial() for spec in M.INSPECT_FIELDS}, **values}


def _inspect_rules(ctx: records.Act) -> None:
    if not ctx.values.get("owner_signed"):
        raise ValidationError(M.MSG_OWNER_SIGNED, "owner_signed")


def _inspected(ctx: records.Act) -> None:
    """The checklist lines kept; each defect sent to engineering as a work slip in this transaction."""
    from app.services import relay
    m, v, s = ctx.record, ctx.values, ctx.session
    days = params_service.load(s)["movein.defect_fix_days"]
    s.flush()
    slips = []
    for seq, item in enumerate(InspectItem, 1):
        ok = v.get(f"ok_{item.value}") != CheckResult.ANOMALY.value
        note = v.get(f"check_{item.value}") or ""
        slip_no = ""
        if not ok:
            subject = str(T("MoveIn", "Move-in {code}: {item}")).format(code=m.room_code, item=item.print_label)
            data = relay.validate_slip(relay.SlipInput(
                to_dept=Department.ENGINEERING.value, subject=subject[:60],
                content=str(T("MoveIn", "Defect found at the joint inspection of {number}: {note}")).format(
                    number=m.number, note=note), required_date=ctx.now.date() + timedelta(days=days),
                customer_name=m.owner_name, customer_phone=m.phone, source=m.number), ctx.now)
            slip = relay.create_slip_in(s, ctx.actor, data, m.room_id, ctx.now, link=(MOVEIN_KIND, m.id, "slip"))
            slip_no = slip.number
            slips.append(slip_no)
        s.add(MoveInCheck(move_in_id=m.id, seq=seq, item=item.value, ok=ok, note=note, slip_no=slip_no))
    m.defects = len(slips)
    m.slip_numbers = ",".join(slips)
    if slips:
        ctx.data["slip_no"] = m.slip_numbers


def _sign_rules(ctx: records.Act) -> None:
    M.check_agreements(ctx.values)


def _signed(ctx: records.Act) -> None:
    ctx.record.signed_on = ctx.values.get("signed_on") or ctx.now.date()


def _pay_rules(ctx: records.Act) -> None:
    values = params_service.load(ctx.session)
    M.check_prepay(ctx.values.get("prepay_months") or 0, values["movein.max_prepay_months"])
    handover = ctx.record.handover_date or ctx.values.get("handover_date") or ctx.now.date()
    M.check_handover(handover, ctx.now.date())


def _paid(ctx: records.Act) -> None:
    """The fee start date of the §7 rule on the room; the first period and the months paid ahead billed for
    the room and collected with its other bills through the fees workflow (one receipt)."""
    from app.services.fees import billing, counter
    m, s, v = ctx.record, ctx.session, ctx.values
    m.prepay_months = v.get("prepay_months") or 0      # left empty: none (before a query flushes the record)
    values = params_service.load(s)
    handover = m.handover_date or v.get("handover_date") or ctx.now.date()
    start = M.fee_start(handover, values["movein.fee_start_rule"])
    M.check_fee_start(start, handover)
    room = s.get(Room, m.room_id)
    assert room is not None
    m.handover_date, m.fee_start_date, room.fee_start_date = handover, start, start
    for month in M.months_from(start, 1 + (v.get("prepay_months") or 0)):
        billing.bill_room_in(s, ctx.actor, room.id, month)
    owed = [row for row in s.execute(counter.owed_query(room.id)) if not row.developer]
    total = sum((row.outstanding for row in owed), Decimal(0))
    m.paid_at, m.fees_total = ctx.now, total
    ctx.data["fee_start"] = start.isoformat()
    if total > 0:
        issued = counter.collect_in(s, ctx.actor, room, counter.Payment(
            bills=[row.id for row in owed], tenders=[(v["method"], total)], payer=v.get("payer") or m.owner_name,
            note=m.number))
        m.receipt_no = issued.number
        ctx.data["receipt_no"] = issued.number


def _after_paid(ctx: records.Act) -> None:
    """Keys handed over before the fees: the payment completes the move-in."""
    if ctx.record.keys_handed_at is not None:
        ctx.act(MOVEINS, ctx.record, "complete")


def _keys_early(ctx: records.Act) -> str | None:
    return "keys_early" if ctx.record.status == "signed" else None


def _keys_rules(ctx: records.Act) -> None:
    from app.domain.keys import KEY
    from app.services import keys as keys_service
    for key in keys_service.room_keys_in(ctx.session, ctx.record.room_id):
        if key.status != "in_cabinet":
            raise ConflictError(M.MSG_KEY_OUT.format(slot=key.key_no, state=KEY.state(key.status).label))


def _keys_handed(ctx: records.Act) -> None:
    """The room's keys leave the cabinet as 已交付业主; the room is handed over (已交付, its handover date,
    空置/自住), leaves the vacant-unit register, and the buyer becomes its owner."""
    from app.services import keys as keys_service
    from app.services import vacancy
    m, s, v = ctx.record, ctx.session, ctx.values
    m.cards_count = v.get("cards_count") or 0          # left empty: none (before a query flushes the record)
    slots = []
    for key in keys_service.room_keys_in(s, m.room_id):
        keys_service.deliver_in(s, ctx.actor, key, m.number)
        slots.append(key.key_no)
    m.key_slots = ",".join(slots)
    m.keys_handed_at = ctx.now
    m.docs_handed = ",".join(d.value for d in HandedDocument if v.get(f"doc_{d.value}"))
    if slots:
        ctx.data["key_slots"] = m.key_slots
    room = s.get(Room, m.room_id)
    assert room is not None
    handover = m.handover_date or ctx.now.date()
    m.handover_date = handover
    room.delivery_state = DeliveryState.DELIVERED.value
    room.handover_date = handover
    room.occupancy_state = m.occupancy or OccupancyState.VACANT.value
    reason = (RemovalReason.MOVED_IN if room.occupancy_state == OccupancyState.OWNER_OCCUPIED.value
              else RemovalReason.DELIVERED)
    vacancy.leave_register(s, ctx.actor, room.id, reason, m.number)
    _link_owner(s, m, handover)


def _link_owner(s: Session, m: MoveIn, start: date) -> None:
    """The buyer as the room's owner (primary when the room has none): the registered person of this ID, or
    a new one; an owner already linked stays as they are."""
    from app.services import registry
    person = s.scalar(select(Person).where(Person.id_number == m.id_number, Person.id_type == m.id_type).limit(1))
    if person is not None:
        linked = s.scalar(select(RoomPerson.id).where(
            RoomPerson.room_id == m.room_id, RoomPerson.person_id == person.id, RoomPerson.role.in_(OWNER_ROLES),
            RoomPerson.end_date.is_(None)))
        if linked:
            return
    primary = s.scalar(select(RoomPerson.id).where(
        RoomPerson.room_id == m.room_id, RoomPerson.role == RoomRole.OWNER.value, RoomPerson.is_primary.is_(True),
        RoomPerson.end_date.is_(None))) is None
    data = registry.PersonInput(m.owner_name, m.phone, id_type=m.id_type, id_number=m.id_number)
    if person is not None:
        registry.link_in(s, m.room_id, person.id, RoomRole.OWNER, start, primary, m.number)
    else:
        registry.save_person_in(s, data, room_id=m.room_id, role=RoomRole.OWNER, start_date=start,
                                is_primary=primary, source=m.number)


def _completed(ctx: records.Act) -> None:
    """The move-in done: the 入住回访 planned within ``movein.followup_days``."""
    from app.services import followups
    m = ctx.record
    m.completed_at = ctx.now
    days = params_service.load(ctx.session)["movein.followup_days"]
    followups.plan_in(ctx.session, ctx.actor, FollowUpType.MOVE_IN.value, interviewee=m.owner_name, phone=m.phone,
                      room_id=m.room_id, room_code=m.room_code, due_on=ctx.now.date() + timedelta(days=days),
                      topic=str(T("MoveIn", "Move-in {number}")).format(number=m.number),
                      source=(MOVEIN_KIND, m.id, m.number))


def _handed_and_completed(ctx: records.Act) -> None:
    _keys_handed(ctx)
    _completed(ctx)


def _archive_rules(ctx: records.Act) -> None:
    M.family_lines(ctx.values.get("family") or "")


def _archived(ctx: records.Act) -> None:
    """The household file completed (一户一档): family members and the emergency contact linked to the room."""
    from app.services import registry
    m, v, s = ctx.record, ctx.values, ctx.session
    m.archived_at = ctx.now
    today = ctx.now.date()
    people = [(RoomRole.FAMILY, name, phone) for name, phone in M.family_lines(v.get("family") or "")]
    people.append((RoomRole.EMERGENCY, v["emergency_name"], v["emergency_phone"]))
    for role, name, phone in people:
        registry.save_person_in(s, registry.PersonInput(name, phone), room_id=m.room_id, role=role,
                                start_date=today, source=m.number)


# ============================================================================================ detail

@dataclass(frozen=True)
class CheckLine:
    item: str
    label: str
    printed: str
    ok: bool
    note: str
    slip_no: str


def check_lines(s: Session, move_in_id: int) -> list[CheckLine]:
    rows = s.scalars(select(MoveInCheck).where(MoveInCheck.move_in_id == move_in_id).order_by(MoveInCheck.seq))
    out = []
    for r in rows:
        item = InspectItem(r.item)
        out.append(CheckLine(r.item, str(item.label), item.print_label, r.ok, r.note, r.slip_no))
    return out


def _reading(value: Decimal | None) -> str:
    return "" if value is None else f"{value:f}"


def _docs(m: MoveIn) -> str:
    ticked = [str(spec.label) for spec in (M.DOC_NOTICE, M.DOC_ID, M.DOC_CONTRACT, M.DOC_AUTH)
              if getattr(m, spec.column)]
    return "、".join(ticked)


def _rows(s: Session, actor: Actor, m: MoveIn) -> list[tuple[Text | str, str]]:
    see = actor.can(PEOPLE_SEE_ID)
    missing = M.missing_documents(m)
    agreements = "、".join(str(a.label) for a in M.Agreement if getattr(m, f"agr_{a.value}"))
    defects = [f"{c.label}: {c.note} {c.slip_no}".strip() for c in check_lines(s, m.id) if not c.ok]
    return [
        (T("MoveIn", "Room"), m.room_code),
        (T("MoveIn", "Owner (buyer)"), m.owner_name),
        (T("MoveIn", "Document no."), " ".join(x for x in (
            label_of(IdType, m.id_type), m.id_number if see else mask_id(m.id_number)) if x)),
        (T("MoveIn", "Phone"), m.phone if see else mask_phone(m.phone)),
        (T("MoveIn", "Agent"), m.agent_name),
        (T("MoveIn", "Documents"), _docs(m) + (" · " + str(M.MSG_MISSING_DOCS.format(
            docs="、".join(str(d) for d in missing))) if missing and m.status == "docs_check" else "")),
        (T("MoveIn", "Developer's handover list"), str(T("MoveIn", "matched")) if m.developer_match
         else str(T("MoveIn", "not on the list"))),
        (T("MoveIn", "Inspection"), " · ".join(x for x in (m.inspected_on.isoformat() if m.inspected_on else "",
                                                           m.inspectors) if x)),
        (T("MoveIn", "Meters (water / electricity / gas)"), " / ".join(
            _reading(x) for x in (m.meter_water, m.meter_power, m.meter_gas)) if m.inspected_on else ""),
        (T("MoveIn", "Defects"), "; ".join(defects)),
        (T("MoveIn", "On hold because"), m.hold_reason if m.status == "on_hold" else ""),
        (T("MoveIn", "Agreements"), " · ".join(x for x in (agreements, m.signed_on.isoformat() if m.signed_on
                                                          else "") if x)),
        (T("MoveIn", "Handover date"), m.handover_date.isoformat() if m.handover_date else ""),
        (T("MoveIn", "Fees start"), m.fee_start_date.isoformat() if m.fee_start_date else ""),
        (T("MoveIn", "Fees paid"), " · ".join(x for x in (f"{m.fees_total:.2f}" if m.fees_total is not None
                                                         else "", m.receipt_no) if x)),
        (T("MoveIn", "Keys"), " · ".join(x for x in (str(m.keys_count) if m.keys_handed_at else "", m.key_slots,
                                                    m.received_by) if x)),
        (T("MoveIn", "Access cards"), " · ".join(x for x in (str(m.cards_count) if m.cards_count else "",
                                                            m.card_nos) if x)),
        (T("MoveIn", "The owner"), label_of(OccupancyState, m.occupancy) if m.occupancy else ""),
        (T("MoveIn", "Vehicles (plates)"), m.vehicles),
        (T("MoveIn", "Remarks"), m.remarks),
    ]


def _flags(s: Session, m: MoveIn) -> list[Text | str]:
    flags: list[Text | str] = []
    if not m.developer_match and m.status in MOVEIN.open_states:
        flags.append(T("MoveIn", "Not on the developer's handover list: the developer confirms the sale"))
    if m.status == "signed" and m.keys_handed_at is not None:
        flags.append(T("MoveIn", "Keys handed over: the fees are still to be paid"))
    if m.defects and m.status in MOVEIN.open_states:
        flags.append(T("MoveIn", "defects sent to engineering: {n}").format(n=m.defects))
    return flags


def _detail(s: Session, actor: Actor, m: MoveIn) -> Any:
    """The record's columns (private ones masked as the kit does) and its checklist lines (``view.checks``)."""
    detail = records.snapshot(MOVEINS, m, actor)
    detail.checks = check_lines(s, m.id)
    return detail


MOVEINS = records.register(records.RecordKind(
    MOVEIN, MoveIn, MOVEIN_VIEW, page=PAGE, create_permission=MOVEIN_MANAGE, create=_register,
    title=lambda m: f"{m.room_code} · {m.owner_name}", rows=_rows, flags=_flags, subject=_subject, detail=_detail,
    guards={"inspect": _inspect_rules, "sign": _sign_rules, "pay": _pay_rules, "hand_keys": _keys_rules,
            "archive": _archive_rules},
    instead={"hand_keys": _keys_early},
    effects={"inspect": _inspected, "sign": _signed, "pay": _paid, "hand_keys": _handed_and_completed,
             "keys_early": _keys_handed, "complete": _completed, "archive": _archived},
    after={"pay": _after_paid},
    not_found=T("MoveIn", "This move-in no longer exists")))


# ============================================================================================ lists

@dataclass(frozen=True)
class MoveInRow(StatusRow):
    WORKFLOW = MOVEIN

    id: int
    number: str
    room_code: str
    owner_name: str
    status: str
    created_at: datetime
    defects: int
    handover_date: date | None
    receipt_no: str

    @property
    def sort_key(self) -> tuple:
        return (self.id,)


def _query(status: str, text: str) -> Query:
    q: Query = select(MoveIn)
    if status == "open":
        q = q.where(MoveIn.status.in_(M.IN_PROGRESS))
    elif status not in ("", "all"):
        MOVEIN.filter_state(status)
        q = q.where(MoveIn.status == status)
    text = (text or "").strip()
    if text:
        up = "".join(text.split()).upper()
        q = q.where(or_(MoveIn.number.startswith(up, autoescape=True), MoveIn.room_code.startswith(up, autoescape=True),
                        MoveIn.owner_name.startswith(text, autoescape=True)))
    return q


def list_moveins(db: Database, actor: Actor, *, status: str = "open", text: str = "", after: tuple | None = None,
                 limit: int = 200) -> list[MoveInRow]:
    """Move-ins newest first, keyset-paged (``after`` = the last row's ``sort_key``)."""
    actor.require(MOVEIN_VIEW)
    q = _query(status, text)
    if after is not None:
        q = q.where(tuple_(MoveIn.id) < tuple_(*after))
    with db.read() as s:
        found: Sequence[MoveIn] = s.scalars(q.order_by(MoveIn.id.desc()).limit(limit)).all()
        return [MoveInRow(m.id, m.number, m.room_code, m.owner_name, m.status, m.created_at, m.defects,
                          m.handover_date, m.receipt_no) for m in found]


def count_moveins(db: Database, actor: Actor, *, status: str = "open", text: str = "") -> int:
    actor.require(MOVEIN_VIEW)
    return counted(db, select(func.count()).select_from(_query(status, text).subquery()))


# ============================================================================================ KPIs

@dataclass(frozen=True)
class MoveInKpis:
    completed: int            # move-ins completed in the period
    on_hold: int              # on hold now
    in_progress: int          # in progress now
    defects: int              # defects found at the inspections of the period's completed move-ins
    delivered: int            # rooms handed over
    occupied: int             # of them lived in (owner-occupied or rented)
    vacant: int = 0           # of them vacant (空置率 = vacant ÷ delivered, §6)
    keys_handed: int = 0      # move-ins whose keys were handed over in the period

    @property
    def occupancy_rate(self) -> float | None:
        """入住率 = occupied ÷ delivered units (§4.13, §6)."""
        return self.occupied / self.delivered if self.delivered else None


def kpis(db: Database, actor: Actor, first: date, last: date) -> MoveInKpis:
    actor.require(MOVEIN_VIEW)
    start, end = datetime.combine(first, datetime.min.time()), datetime.combine(last + timedelta(days=1),
                                                                                  datetime.min.time())
    with db.read() as s:
        done = s.execute(select(func.count(), func.coalesce(func.sum(MoveIn.defects), 0)).where(
            MoveIn.completed_at >= start, MoveIn.completed_at < end)).one()
        hold = s.scalar(select(func.count()).where(MoveIn.status == "on_hold")) or 0
        progress = s.scalar(select(func.count()).where(MoveIn.status.in_(M.IN_PROGRESS))) or 0
        keys = s.scalar(select(func.count()).where(MoveIn.keys_handed_at >= start, MoveIn.keys_handed_at < end)) or 0
        delivered = s.scalar(select(func.count()).where(Room.delivery_state == DeliveryState.DELIVERED.value)) or 0
        occupied = s.scalar(select(func.count()).where(
            Room.delivery_state == DeliveryState.DELIVERED.value,
            Room.occupancy_state.in_((OccupancyState.OWNER_OCCUPIED.value, OccupancyState.RENTED.value)))) or 0
        vacant = s.scalar(select(func.count()).where(Room.delivery_state == DeliveryState.DELIVERED.value,
                                                     Room.occupancy_state == OccupancyState.VACANT.value)) or 0
    return MoveInKpis(int(done[0]), hold, progress, int(done[1]), delivered, occupied, vacant, keys)


# ============================================================================================ desk hooks

def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    progress = s.scalar(select(func.count()).where(MoveIn.status.in_(M.IN_PROGRESS))) or 0
    hold = s.scalar(select(func.count()).where(MoveIn.status == "on_hold")) or 0
    if not progress and not hold:
        return []
    items = [f"{r.room_code} {r.owner_name} · {MOVEIN.state_label(r.status)}" for r in s.execute(
        select(MoveIn.room_code, MoveIn.owner_name, MoveIn.status).where(MoveIn.status.in_(MOVEIN.open_states))
        .order_by(MoveIn.id.desc()).limit(5))]
    return [dashboard.Tile(T("MoveIn", "Move-ins in progress"), str(progress),
                           str(T("MoveIn", "{n} on hold")).format(n=hold) if hold else "", PAGE,
                           "attention" if hold else "normal", items)]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    items = []
    for r in s.execute(select(MoveIn.id, MoveIn.number, MoveIn.room_code, MoveIn.owner_name, MoveIn.status,
                              MoveIn.keys_handed_at)
                       .where(MoveIn.status.in_(MOVEIN.open_states)).order_by(MoveIn.id).limit(MAX_OPEN_ITEMS)):
        hold = r.status == "on_hold"
        title = f"{r.room_code} {r.owner_name} · {MOVEIN.state_label(r.status)}"
        if r.status == "signed" and r.keys_handed_at is not None:
            title += " · " + str(T("MoveIn", "keys handed over, fees to pay"))
        items.append(open_items.OpenItem(T("MoveIn", "Move-ins in progress"), title, r.number, PAGE, r.id,
                                         "attention" if hold else "normal"))
    return items


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    rows = s.execute(select(MoveIn.number, MoveIn.created_at, MoveIn.owner_name, MoveIn.status, MoveIn.handover_date)
                     .where(MoveIn.room_id == room.id).order_by(MoveIn.id.desc()).limit(5)).all()
    if not rows:
        return None
    return card_sections.CardSection(
        T("MoveIn", "Move-in"),
        [T("MoveIn", "No."), T("MoveIn", "Registered"), T("MoveIn", "Owner (buyer)"), T("MoveIn", "Status"),
         T("MoveIn", "Handover date")],
        [[r.number, f"{r.created_at:%Y-%m-%d}", r.owner_name, str(MOVEIN.state_label(r.status)),
          r.handover_date.isoformat() if r.handover_date else ""] for r in rows])


# ============================================================================================ forms

def _sheet(session: Session, actor: Actor, number: str) -> tuple[MoveInSheet, bool]:
    """The move-in's data in Chinese for its three forms (业主入住登记表, 房屋验收交接单, 钥匙/资料领取签收单)."""
    actor.require(MOVEIN_VIEW)
    from app.printing.forms.movein import MoveInSheet
    m = numbered(session, MoveIn, number, T("MoveIn", "There is no move-in {number}"))
    r = session.get(Room, m.room_id)
    people = session.execute(select(Person.name, Person.mobile, RoomPerson.role)
                             .join(RoomPerson, RoomPerson.person_id == Person.id)
                             .where(RoomPerson.room_id == m.room_id, RoomPerson.source == m.number,
                                    RoomPerson.role.in_((RoomRole.FAMILY.value, RoomRole.EMERGENCY.value)))
                             .order_by(RoomPerson.id)).all()
    family = [(name, RoomRole.printed(role), mobile) for name, mobile, role in people
              if role == RoomRole.FAMILY.value]
    emergency = next(((name, mobile) for name, mobile, role in people if role == RoomRole.EMERGENCY.value), ("", ""))
    handed = set(m.docs_handed.split(",")) if m.docs_handed else set()
    staff = records.names(session, (m.handler_id,)).get(m.handler_id or 0, "")
    return MoveInSheet(
        number=m.number, room_code=m.room_code, owner_name=m.owner_name, status=MOVEIN.state(m.status).printed,
        area=f"{r.area:f}" if r is not None else "", layout=r.layout if r is not None else "",
        id_type=IdType.printed(m.id_type), id_number=m.id_number, phone=m.phone, agent_name=m.agent_name,
        notice_no=m.notice_no, documents="、".join(
            chinese(spec.label) for spec in (M.DOC_NOTICE, M.DOC_ID, M.DOC_CONTRACT, M.DOC_AUTH)
            if getattr(m, spec.column)), developer_match=m.developer_match, inspected_on=m.inspected_on,
        inspectors=m.inspectors,
        checks=[(c.printed, "合格" if c.ok else "缺陷", c.note, c.slip_no) for c in check_lines(session, m.id)],
        meter_water=_reading(m.meter_water), meter_power=_reading(m.meter_power), meter_gas=_reading(m.meter_gas),
        agreements=[(a.print_label, bool(getattr(m, f"agr_{a.value}"))) for a in M.Agreement],
        signed_on=m.signed_on, handover_date=m.handover_date, fee_start_date=m.fee_start_date,
        fees_total=f"{m.fees_total:,.2f}" if m.fees_total is not None else "", receipt_no=m.receipt_no,
        keys_count=m.keys_count if m.keys_handed_at else 0, key_slots=m.key_slots, cards_count=m.cards_count,
        card_nos=m.card_nos, papers=[(d.print_label, d.value in handed) for d in HandedDocument],
        received_by=m.received_by, occupancy=OccupancyState.printed(m.occupancy) if m.occupancy else "",
        family=family, emergency=emergency, vehicles=m.vehicles, staff=staff, remarks=m.remarks,
        mask_private=not actor.can(PEOPLE_SEE_ID)), m.status == "void"


dashboard.register("movein", MOVEIN_VIEW, _tiles)
open_items.register("movein", MOVEIN_VIEW, _open_items)
card_sections.register("movein", _card_section, MOVEIN_VIEW)
printing.register_source("movein_register", _sheet)
printing.register_source("movein_inspection", _sheet)
printing.register_source("movein_receipt", _sheet)
