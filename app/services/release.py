"""装修期间物品放行 — the goods-release slip through the record kit (DOMAIN.md §4.12): the slip with its item
lines (the applicant an owner of the room or authorised by one, in writing or by the owner's phone
confirmation; renovation goods under an active permit, a move-out without arrears), the supervisor's review by
the supervisor acting (:func:`review`), the gate check (:func:`gate_lookup`, :func:`gate_release`,
:func:`gate_refuse`: a slip is used once and refused after its ``valid_until``), the weekly reconciliation of
the 保安联 returned from the gate (:func:`reconcile`), and the desk's hooks (home tiles, open items, the
household card, the printed slip).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.domain import money
from app.domain import release as RL
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.parameters import effective_value
from app.domain.permissions import PEOPLE_SEE_ID
from app.domain.release import RELEASE_GATE, RELEASE_RECONCILE, RELEASE_VIEW, WORKFLOW
from app.domain.validation import mask_id, mask_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import base, card_sections, dashboard, open_items, printing, records, registry
from app.services import params as params_service
from app.services.base import Actor, unit_of_work
from app.services.shared import Query, StatusRow, counted, numbered
from db.engine import Database
from db.models import Room
from db.models.release import ReleaseItem, ReleaseSlip

PAGE = "release"
KIND = RL.KIND                       # the record kind (records.get/act, records_changed)
MSG_GONE = T("Release", "This release slip no longer exists")


def _today() -> date:
    return base.now().date()


def _param(s: Session, key: str) -> Any:
    return effective_value(key, params_service.load(s))


# =========================================================================================== the slip

def _move_out_check(session: Session, room_id: int, on: date) -> Text | None:
    """Why the goods of a move-out may not leave ``room_id`` on ``on`` (None: they may): a tenant's move-out
    (§4.11) not settled yet, or the room's overdue arrears (§8.5 "no release slip or move-out with arrears")."""
    from app.services import moveout
    from app.services.fees.arrears import arrears_of
    refused = moveout.release_allowed(session, room_id, on)
    if refused is not None:
        return refused
    owed = arrears_of(session, room_id, on)
    if owed:
        room = session.get(Room, room_id)
        return RL.MSG_ARREARS.format(room=room.code if room else "", amount=money.format_yuan(owed.amount),
                                     bills=owed.bills)
    return None


def _check_applicant(s: Session, room: Room, values: dict[str, Any], now: datetime) -> None:
    """The applicant is an owner of the room, or authorised by one: written consent attached, or the phone
    confirmation of a registered owner (who, when)."""
    owners = registry.owner_names(s, room.id)
    if not owners:
        raise ValidationError(RL.MSG_NO_OWNER.format(room=room.code), "room")
    how = RL.Authorisation(values["authorisation"])
    if how is RL.Authorisation.OWNER and values["applicant"] not in owners:
        raise ValidationError(RL.MSG_NOT_OWNER.format(name=values["applicant"], room=room.code), "authorisation")
    if how is RL.Authorisation.CONSENT and not values.get("consent"):
        raise ValidationError(RL.MSG_CONSENT, "consent")
    if how is RL.Authorisation.PHONE:
        if values.get("confirm_owner") not in owners:
            raise ValidationError(RL.MSG_CONFIRMER.format(name=values.get("confirm_owner") or "—", room=room.code),
                                  "confirm_owner")
        if values["confirm_at"] > now:
            raise ValidationError(RL.MSG_CONFIRM_LATE, "confirm_at")


def _purpose_check(s: Session, room: Room, purpose: RL.Purpose, on: date) -> str:
    """Renovation goods leave under an active permit (its number returned); a move-out's without arrears."""
    if purpose is RL.Purpose.RENOVATION:
        from app.services.renovation import active_permit_of
        permit = active_permit_of(s, room.id, on)
        if permit is None:
            raise ConflictError(RL.MSG_NO_PERMIT.format(room=room.code, day=on.isoformat()))
        return permit.permit_no
    if purpose is RL.Purpose.MOVE_OUT:
        refused = _move_out_check(s, room.id, on)
        if refused is not None:
            raise ConflictError(refused)
    return ""


def _register(s: Session, actor: Actor, values: dict[str, Any]) -> ReleaseSlip:
    """A new slip (FX…, 待审核) with its item lines, valid to the exit day plus the parameter's days."""
    room = records.room(s, values["room"], "room")
    now = base.now()
    lines = RL.parse_items(values["items"])
    exit_day = values.get("exit_date") or now.date()
    until = RL.valid_until(exit_day, values.get("valid_until"), now.date(), int(_param(s, "release.valid_days")))
    _check_applicant(s, room, values, now)
    permit_no = _purpose_check(s, room, RL.Purpose(values["purpose"]), exit_day)
    by_phone = values["authorisation"] == RL.Authorisation.PHONE.value
    slip = ReleaseSlip(
        room_id=room.id, room_code=room.code, purpose=values["purpose"], applicant=values["applicant"],
        applicant_type=values["applicant_type"], id_number=values["id_number"], phone=values["phone"],
        authorisation=values["authorisation"], confirm_owner=values.get("confirm_owner") or "" if by_phone else "",
        confirm_at=values.get("confirm_at") if by_phone else None, vehicle=values.get("vehicle") or "",
        exit_date=exit_day, valid_until=until, permit_no=permit_no, remarks=values.get("remarks") or "")
    records.create_in(s, actor, SLIPS, slip, data={"room": room.code, "applicant": slip.applicant,
                                                   "items": len(lines)})
    s.add_all(ReleaseItem(slip_id=slip.id, seq=n, name=i.name, quantity=i.quantity, unit=i.unit, remark=i.remark)
              for n, i in enumerate(lines, 1))
    return slip


def items_of(s: Session, slip_id: int) -> list[ReleaseItem]:
    return list(s.scalars(select(ReleaseItem).where(ReleaseItem.slip_id == slip_id).order_by(ReleaseItem.seq)))


def review(db: Database, actor: Actor, slip_id: int, opinion: str = "", *, approver: int | None = None,
           approver_password: str = "", version: int | None = None) -> int:
    """The supervisor's review (审核): by the supervisor signed in, or typing her own password at this desk."""
    return records.act_as(db, actor, KIND, slip_id, "approve", {"opinion": opinion}, approver=approver,
                          approver_password=approver_password, version=version, may_not=RL.MSG_APPROVER)


def _reviewer(ctx: records.Act) -> None:
    """Only the supervisor acting herself reviews (the desk's dialog asks for her password)."""
    if not ctx.actor.can(RL.RELEASE_REVIEW):
        raise PermissionDenied(RL.MSG_APPROVER.format(name=ctx.actor.name))


def _reviewed(ctx: records.Act) -> None:
    ctx.record.reviewed_by, ctx.record.reviewed_at = ctx.actor.staff_id, ctx.now


def _still_valid(ctx: records.Act) -> None:
    """A slip past its last valid day is refused at the gate (it may still be recorded as refused)."""
    slip = ctx.record
    if slip.valid_until < ctx.now.date():
        raise ConflictError(RL.MSG_EXPIRED.format(number=slip.number, day=slip.valid_until.isoformat()))
    if slip.exit_date > ctx.now.date():
        raise ConflictError(RL.MSG_NOT_YET.format(number=slip.number, day=slip.exit_date.isoformat()))


def _at_gate(ctx: records.Act) -> None:
    slip = ctx.record
    slip.checked_by, slip.exit_at = ctx.actor.staff_id, ctx.now
    slip.carrier_id = ctx.values.get("carrier_id") or ""
    slip.mismatch = ctx.values.get("mismatch") or ""


# =========================================================================================== the gate

@dataclass(frozen=True)
class GateView:
    """What the guard sees of a scanned slip, large: the room, the applicant, the items, the validity, and
    why it may not pass (None: it may)."""

    id: int
    number: str
    version: int
    status: str
    state_label: str
    room: str
    applicant: str
    applicant_type: str
    id_number: str           # masked unless the role may see it
    purpose: str
    vehicle: str
    exit_date: date
    valid_until: date
    items: tuple[RL.Item, ...]
    problem: str | None


def _problem(s: Session, slip: ReleaseSlip, today: date) -> Text | None:
    """Why the slip may not pass the gate today, in the words the guard reads."""
    if slip.status == "released":
        return _used(s, slip)
    if slip.status == "refused":
        return RL.MSG_REFUSED.format(number=slip.number, at=f"{slip.exit_at:%Y-%m-%d %H:%M}")
    if slip.status == "void":
        return RL.MSG_VOID.format(number=slip.number)
    if slip.valid_until < today:
        return RL.MSG_EXPIRED.format(number=slip.number, day=slip.valid_until.isoformat())
    if slip.status == "pending":
        return RL.MSG_NOT_REVIEWED.format(number=slip.number)
    if slip.exit_date > today:
        return RL.MSG_NOT_YET.format(number=slip.number, day=slip.exit_date.isoformat())
    return None


def _used(s: Session, slip: ReleaseSlip) -> Text:
    who = records.names(s, [slip.checked_by]).get(slip.checked_by or 0, "")
    return RL.MSG_USED.format(number=slip.number, at=f"{slip.exit_at:%Y-%m-%d %H:%M}", name=who)


def _scanned(s: Session, number: str) -> ReleaseSlip:
    """A slip by its number as a scanner or the guard typed it (blanks, lower case)."""
    return numbered(s, ReleaseSlip, "".join((number or "").split()), RL.MSG_NOT_FOUND)


def gate_lookup(db: Database, actor: Actor, number: str) -> GateView:
    """The slip a guard scanned (its QR holds the number) or typed."""
    actor.require(RELEASE_GATE)
    today = _today()
    with db.read() as s:
        slip = _scanned(s, number)
        problem = _problem(s, slip, today)
        see = actor.can(PEOPLE_SEE_ID)
        return GateView(
            slip.id, slip.number, slip.version, RL.derived(slip.status, slip.valid_until, today),
            str(RL.state_label(slip.status, slip.valid_until, today)), slip.room_code, slip.applicant,
            str(RL.ApplicantType(slip.applicant_type).label), slip.id_number if see else mask_id(slip.id_number),
            str(RL.Purpose(slip.purpose).label), slip.vehicle, slip.exit_date, slip.valid_until,
            tuple(RL.Item(i.name, i.quantity, i.unit, i.remark) for i in items_of(s, slip.id)),
            str(problem) if problem is not None else None)


def _gate_act(db: Database, actor: Actor, number: str, action: str, raw: dict[str, Any]) -> int:
    actor.require(RELEASE_GATE)
    with unit_of_work(db, actor) as s:
        slip = _scanned(s, number)
        if slip.status == "released":            # the second gate of two: the slip is used once
            raise ConflictError(_used(s, slip))
        if slip.status != "approved":
            problem = _problem(s, slip, _today())
            if problem is not None:
                raise ConflictError(problem)
        return int(records.act_in(s, actor, SLIPS, slip, action, raw).record.id)


def gate_release(db: Database, actor: Actor, number: str, carrier_id_number: str) -> int:
    """放行: the goods matched the slip; the carrier's ID recorded, the slip used (once)."""
    return _gate_act(db, actor, number, "release", {"carrier_id": carrier_id_number})


def gate_refuse(db: Database, actor: Actor, number: str, mismatch: str) -> int:
    """拒绝放行 with what did not match: the applicant must get a new slip."""
    return _gate_act(db, actor, number, "refuse", {"mismatch": mismatch})


# =========================================================================================== reconciliation

@dataclass(frozen=True)
class Reconciliation:
    """A week of slips released at the gate against the 保安联 returned to the desk."""

    week_start: date
    released: int
    returned: int
    unreturned: tuple[tuple[str, str, datetime], ...]     # (number, room, exit_at)


def reconcile_weekday(s: Session) -> int:
    return RL.WEEKDAYS.index(str(_param(s, "release.reconcile_weekday")))


def _released_in(start: date, end: date) -> Query:
    return select(ReleaseSlip).where(ReleaseSlip.status == "released",
                                     ReleaseSlip.exit_at >= datetime.combine(start, datetime.min.time()),
                                     ReleaseSlip.exit_at < datetime.combine(end, datetime.min.time()))


def reconcile(db: Database, actor: Actor, week_start: date, returned_numbers: Iterable[str]) -> Reconciliation:
    """The week's reconciliation (every reconciliation weekday, parameter): the slips released in the seven
    days from ``week_start`` whose 保安联 came back are marked returned; a number not released that week is
    refused, naming it; the unreturned ones are listed. Done again, it adds the late returns."""
    actor.require(RELEASE_RECONCILE)
    wanted = {"".join(n.split()).upper() for n in returned_numbers if n and n.strip()}
    with unit_of_work(db, actor) as s:
        weekday = reconcile_weekday(s)
        start, end = RL.week_of(week_start, weekday, _today(), _weekday_label(weekday))
        slips: list[ReleaseSlip] = list(s.scalars(_released_in(start, end).order_by(ReleaseSlip.exit_at)))
        strangers = sorted(wanted - {slip.number for slip in slips})
        if strangers:
            raise ValidationError(RL.MSG_NOT_IN_WEEK.format(numbers="、".join(strangers[:10])), "returned")
        now = base.now()
        for slip in slips:
            if slip.number in wanted and slip.returned_at is None:
                slip.returned_at = now
            slip.reconciled_week = start
        return _summary(start, slips)


def _summary(start: date, slips: Sequence[ReleaseSlip]) -> Reconciliation:
    out = [(x.number, x.room_code, x.exit_at) for x in slips if x.returned_at is None and x.exit_at]
    return Reconciliation(start, len(slips), len(slips) - len(out), tuple(out))


def _weekday_label(weekday: int) -> Text:
    from app.domain.parameters import PARAMS
    return dict(PARAMS["release.reconcile_weekday"].choices or ())[RL.WEEKDAYS[weekday]]


def week_to_reconcile(db: Database, actor: Actor) -> Reconciliation:
    """The last full week before today's reconciliation day, as it stands (nothing written)."""
    actor.require(RELEASE_VIEW)
    with db.read() as s:
        start = RL.last_week_start(_today(), reconcile_weekday(s))
        end = start + timedelta(days=7)
        return _summary(start, s.scalars(_released_in(start, end).order_by(ReleaseSlip.exit_at)).all())


@dataclass(frozen=True)
class ReleaseKpis:
    """§4.12/§6 figures of [first, last] (by the gate's time, on ``ix_release_exit``): slips released at the gate
    and refused there, and of the released those whose 保安联 came back and was reconciled (放行条回收核对率)."""

    released: int
    refused: int
    reconciled: int

    @property
    def reconciled_rate(self) -> float | None:
        return self.reconciled / self.released if self.released else None


def kpis(db: Database, actor: Actor, first: date, last: date) -> ReleaseKpis:
    actor.require(RELEASE_VIEW)
    lo, hi = datetime.combine(first, datetime.min.time()), datetime.combine(last + timedelta(days=1),
                                                                            datetime.min.time())
    with db.read() as s:
        released = s.execute(select(ReleaseSlip.returned_at).where(
            ReleaseSlip.status == "released", ReleaseSlip.exit_at >= lo, ReleaseSlip.exit_at < hi)).all()
        refused = _count(s, select(ReleaseSlip.id).where(ReleaseSlip.status == "refused",
                                                         ReleaseSlip.exit_at >= lo, ReleaseSlip.exit_at < hi))
    return ReleaseKpis(len(released), refused, sum(1 for (returned,) in released if returned is not None))


# =========================================================================================== lists

@dataclass(frozen=True)
class SlipRow(StatusRow):
    WORKFLOW = WORKFLOW

    id: int
    number: str
    status: str
    derived: str
    room: str
    applicant: str
    purpose: str
    exit_date: date
    valid_until: date
    exit_at: datetime | None
    returned: bool

    @property
    def status_label(self) -> str:
        return str(RL.EXPIRED_LABEL) if self.derived == RL.EXPIRED else str(WORKFLOW.state_label(self.status))

    @property
    def tone(self) -> str:
        return "void" if self.derived == RL.EXPIRED else WORKFLOW.state(self.status).shown_tone

    @property
    def sort_key(self) -> tuple[int]:
        return (self.id,)


VIEWS: list[tuple[str, Text]] = [
    ("open", T("Release", "Open")),
    ("pending", WORKFLOW.state("pending").label),
    ("approved", WORKFLOW.state("approved").label),
    ("expired", RL.EXPIRED_LABEL),
    ("released", WORKFLOW.state("released").label),
    ("unreturned", T("Release", "Gate copy not returned")),
    ("refused", WORKFLOW.state("refused").label),
    ("void", WORKFLOW.state("void").label),
    ("all", T("Release", "All slips")),
]

_WAITING = ("pending", "approved")


def _query(q: Query, status: str, text: str, today: date) -> Query:
    if status == "open":
        q = q.where(ReleaseSlip.status.in_(_WAITING), ReleaseSlip.valid_until >= today)
    elif status == "expired":
        q = q.where(ReleaseSlip.status.in_(_WAITING), ReleaseSlip.valid_until < today)
    elif status == "unreturned":
        q = q.where(ReleaseSlip.status == "released", ReleaseSlip.returned_at.is_(None))
    elif status in ("pending", "approved"):
        q = q.where(ReleaseSlip.status == status, ReleaseSlip.valid_until >= today)
    elif status not in ("", "all"):
        q = q.where(ReleaseSlip.status == WORKFLOW.filter_state(status))
    text = (text or "").strip()
    if text:
        up = text.upper()
        q = q.where(or_(ReleaseSlip.number.startswith(up, autoescape=True),
                        ReleaseSlip.room_code.startswith(up, autoescape=True),
                        ReleaseSlip.applicant.startswith(text, autoescape=True)))
    return q


def list_slips(db: Database, actor: Actor, *, status: str = "open", text: str = "", after: tuple | None = None,
               limit: int = 200) -> list[SlipRow]:
    """Slips newest first, keyset-paged by id."""
    actor.require(RELEASE_VIEW)
    today = _today()
    q = _query(select(ReleaseSlip), status, text, today)
    if after is not None:
        q = q.where(ReleaseSlip.id < after[0])
    with db.read() as s:
        found: Sequence[ReleaseSlip] = s.scalars(q.order_by(ReleaseSlip.id.desc()).limit(limit)).all()
        return [SlipRow(r.id, r.number, r.status, RL.derived(r.status, r.valid_until, today), r.room_code,
                        r.applicant, str(RL.Purpose(r.purpose).label), r.exit_date, r.valid_until, r.exit_at,
                        r.returned_at is not None) for r in found]


def count_slips(db: Database, actor: Actor, *, status: str = "open", text: str = "") -> int:
    actor.require(RELEASE_VIEW)
    return counted(db, _query(select(func.count()).select_from(ReleaseSlip), status, text, _today()))


# =========================================================================================== the record kind

def _rows(s: Session, actor: Actor, slip: ReleaseSlip) -> list[tuple[Text | str, str]]:
    today = _today()
    see = actor.can(PEOPLE_SEE_ID)
    how = str(RL.Authorisation(slip.authorisation).label)
    if slip.authorisation == RL.Authorisation.PHONE.value and slip.confirm_at:
        how += f"（{slip.confirm_owner} {slip.confirm_at:%Y-%m-%d %H:%M}）"
    names = records.names(s, [slip.reviewed_by, slip.checked_by])
    return [
        (RL.ROOM.label, slip.room_code),
        (RL.PURPOSE.label, str(RL.Purpose(slip.purpose).label) + (f" · {slip.permit_no}" if slip.permit_no else "")),
        (RL.APPLICANT.label, f"{slip.applicant}（{RL.ApplicantType(slip.applicant_type).label}）"),
        (RL.ID_NUMBER.label, slip.id_number if see else mask_id(slip.id_number)),
        (RL.PHONE.label, slip.phone if see else mask_phone(slip.phone)),
        (RL.AUTHORISATION.label, how),
        (RL.ITEMS.label, "；".join(f"{i.name} {i.quantity}{i.unit}" for i in items_of(s, slip.id))),
        (RL.VEHICLE.label, slip.vehicle),
        (RL.VALID_UNTIL.label, f"{slip.exit_date:%Y-%m-%d} – {slip.valid_until:%Y-%m-%d}"
         + ("（" + str(RL.EXPIRED_LABEL) + "）" if RL.derived(slip.status, slip.valid_until, today) == RL.EXPIRED
            else "")),
        (T("Release", "Reviewed by"), names.get(slip.reviewed_by or 0, "")),
        (T("Release", "At the gate"), f"{slip.exit_at:%Y-%m-%d %H:%M} {names.get(slip.checked_by or 0, '')}"
         if slip.exit_at else ""),
        (RL.CARRIER_ID.label, (slip.carrier_id if see else mask_id(slip.carrier_id)) if slip.carrier_id else ""),
        (RL.MISMATCH.label, slip.mismatch),
        (T("Release", "Gate copy returned"), f"{slip.returned_at:%Y-%m-%d}" if slip.returned_at else ""),
    ]


def _flags(s: Session, slip: ReleaseSlip) -> list[Text | str]:
    if RL.derived(slip.status, slip.valid_until, _today()) == RL.EXPIRED:
        return [RL.EXPIRED_LABEL]
    return []


SLIPS = records.register(records.RecordKind(
    WORKFLOW, ReleaseSlip, RELEASE_VIEW, page=PAGE, create_permission=RL.RELEASE_ISSUE, create=_register,
    title=lambda slip: f"{slip.room_code} · {slip.applicant}", rows=_rows, flags=_flags,
    guards={"approve": _reviewer, "release": _still_valid},
    effects={"approve": _reviewed, "release": _at_gate, "refuse": _at_gate},
    not_found=MSG_GONE))


# =========================================================================================== the desk's hooks

def _count(s: Session, query: Query) -> int:
    return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _tiles(s: Session, actor: Actor, today: date) -> list[dashboard.Tile]:
    to_review = _count(s, select(ReleaseSlip.id).where(ReleaseSlip.status == "pending",
                                                       ReleaseSlip.valid_until >= today))
    start = RL.last_week_start(today, reconcile_weekday(s))
    unreturned = _count(s, select(ReleaseSlip.id).where(
        ReleaseSlip.status == "released", ReleaseSlip.returned_at.is_(None),
        ReleaseSlip.exit_at < datetime.combine(start + timedelta(days=7), datetime.min.time())))
    return [
        dashboard.Tile(T("Release", "Release slips to review"), str(to_review), page=PAGE,
                       level="attention" if to_review else "normal"),
        dashboard.Tile(T("Release", "Gate copies to reconcile"), str(unreturned), page=PAGE,
                       level="attention" if unreturned else "normal"),
    ]


def _open_items(s: Session, actor: Actor, now: datetime) -> list[open_items.OpenItem]:
    rows = s.scalars(select(ReleaseSlip).where(ReleaseSlip.status.in_(_WAITING),
                                               ReleaseSlip.valid_until >= now.date())
                     .order_by(ReleaseSlip.id).limit(100)).all()
    group = T("Release", "Release slips not yet used")
    return [open_items.OpenItem(group, f"{r.room_code} {r.applicant} · {WORKFLOW.state(r.status).label}"
                                f" · {r.valid_until:%m-%d}", r.number, PAGE, r.id) for r in rows]


def _card_section(s: Session, actor: Actor, room: Room) -> card_sections.CardSection | None:
    rows = s.scalars(select(ReleaseSlip).where(ReleaseSlip.room_id == room.id)
                     .order_by(ReleaseSlip.id.desc()).limit(5)).all()
    if not rows:
        return None
    today = _today()
    return card_sections.CardSection(
        T("Release", "Goods release slips"),
        [T("Release", "Slip"), T("Release", "Status"), T("Release", "Goods"), T("Release", "Exit day")],
        [[r.number, str(RL.state_label(r.status, r.valid_until, today)), str(RL.Purpose(r.purpose).label),
          f"{r.exit_date:%Y-%m-%d}"] for r in rows])


# =========================================================================================== the printed slip

def slip_form(session: Session, actor: Actor, number: str) -> tuple[Any, bool]:
    """物品放行条 一式三联 of a slip, in Chinese (the ID masked)."""
    actor.require(RELEASE_VIEW)
    from app.printing.forms.release_forms import ReleaseSlipForm, SlipLine
    slip = _scanned(session, number)
    names = records.names(session, [slip.created_by, slip.reviewed_by, slip.checked_by])
    how = RL.Authorisation(slip.authorisation).print_label
    if slip.authorisation == RL.Authorisation.PHONE.value and slip.confirm_at:
        how += f"（{slip.confirm_owner} {slip.confirm_at:%m-%d %H:%M}）"
    return ReleaseSlipForm(
        number=slip.number, issued_on=slip.created_at.date(), room=slip.room_code,
        purpose=RL.Purpose.printed(slip.purpose), permit_no=slip.permit_no, applicant=slip.applicant,
        applicant_type=RL.ApplicantType.printed(slip.applicant_type), id_number=mask_id(slip.id_number),
        phone=mask_phone(slip.phone), authorisation=how, vehicle=slip.vehicle, exit_date=slip.exit_date,
        valid_until=slip.valid_until,
        lines=tuple(SlipLine(i.name, i.quantity, i.unit, i.remark) for i in items_of(session, slip.id)),
        issuer=names.get(slip.created_by or 0, ""), reviewer=names.get(slip.reviewed_by or 0, ""),
        guard=names.get(slip.checked_by or 0, ""),
        exit_at=f"{slip.exit_at:%Y-%m-%d %H:%M}" if slip.exit_at else "",
        status=WORKFLOW.state(slip.status).printed), slip.status == "void"


printing.register_source("release_slip", slip_form)
dashboard.register("release", RELEASE_VIEW, _tiles)
open_items.register("release", RELEASE_VIEW, _open_items)
card_sections.register("release", _card_section, RELEASE_VIEW)
