"""What the fee services share: a bill's figures as lists and the counter show them, the room a desk names, its
payer, the approver acting, the day's closing state."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import NotFound, PermissionDenied
from app.domain.fees.codes import FEES_APPROVE, BillStatus
from app.i18n import QT_TRANSLATE_NOOP as T
from app.i18n import Text
from app.services import auth
from app.services.auth import permissions_of
from app.services.base import Actor
from db.engine import Database
from db.models import Person, Room, RoomPerson, Staff
from db.models.fees import FeeBill, FeeClosing, FeeItem

MSG_NO_ROOM = T("Fees", "There is no room {room} in this estate")
MSG_APPROVAL = T("Fees", "{what} needs the supervisor's approval: she signs in, or types her own password at "
                         "this desk")
MSG_NOT_APPROVER = T("Fees", "{name} may not approve {what}")
APPROVER_PASSWORD = "approver_password"
_CONFIRMED = "fees.approver_confirmed"   # session.info: the approver whose password was checked at this desk

_R = TypeVar("_R")


@dataclass(frozen=True)
class Bill:
    """A bill's item, period, figures and status, as the bills list (bills.BillRow) and the counter
    (counter.OwedBill) show it; read with :data:`BILL_COLUMNS` and built by keyword (:func:`bill_values`)."""

    item_name: str
    period: str
    amount: Decimal
    paid: Decimal
    waived: Decimal
    outstanding: Decimal
    due_date: date
    status: str
    developer: bool

    @property
    def status_label(self) -> str:
        return str(BillStatus(self.status).label)

    @property
    def tone(self) -> str:
        return "void" if self.status in (BillStatus.VOID.value, BillStatus.WAIVED.value) else (
            "done" if self.status == BillStatus.PAID.value else "normal")


#: the columns of :class:`Bill` (a select joined to FeeItem)
BILL_COLUMNS = (FeeItem.name.label("item_name"), FeeBill.period, FeeBill.amount, FeeBill.paid, FeeBill.waived,
                FeeBill.outstanding, FeeBill.due_date, FeeBill.status, FeeBill.developer)


def bill_values(row: Any) -> dict[str, Any]:
    """The :class:`Bill` fields of a row read with :data:`BILL_COLUMNS`."""
    mapping = row._mapping
    return {key: mapping[key] for key in Bill.__dataclass_fields__}


def room_of(s: Session, room: Room | int | str) -> Room:
    """The room given as a row, an id or a code as typed."""
    if isinstance(room, Room):
        return room
    found = s.get(Room, room) if isinstance(room, int) else s.scalar(
        select(Room).where(Room.code == str(room).strip()))
    if found is None:
        raise NotFound(MSG_NO_ROOM.format(room=room))
    return found


def payer_of(s: Session, room_id: int, day: date | None = None) -> str:
    """The name a receipt is made out to: the room's primary owner (or the first owner, then anyone linked)."""
    rows = list(s.execute(select(Person.name, RoomPerson.role, RoomPerson.is_primary)
                     .join(Person, Person.id == RoomPerson.person_id)
                     .where(RoomPerson.room_id == room_id, RoomPerson.end_date.is_(None))).all())
    if not rows:
        return ""
    rows.sort(key=lambda r: (not r.is_primary, r.role != "owner"))
    return str(rows[0].name)


@dataclass(frozen=True)
class Approval:
    """Who approves an act: the supervisor signed in (``approver`` None or her own id), or another whose
    own password was typed at this desk (``password``); a name picked alone never approves."""

    approver: int | None = None
    password: str = ""


def confirmed(db: Database, actor: Actor, approval: Approval | None) -> int | None:
    """Check the approver's own password before the unit of work (failures count towards her lockout);
    the id whose password was checked, or None."""
    if approval is None or approval.approver is None or approval.approver == actor.staff_id:
        return None
    if not approval.password:
        return None
    auth.confirm_password(db, actor, approval.approver, approval.password, APPROVER_PASSWORD)
    return approval.approver


def in_session(s: Session, confirmed_id: int | None) -> None:
    s.info[_CONFIRMED] = confirmed_id


def approver_in(s: Session, actor: Actor, approval: Approval | None, what: Text) -> int:
    """The id of the supervisor approving ``what`` acting in this unit of work, or the refusal."""
    wanted = approval.approver if approval is not None and approval.approver is not None else actor.staff_id
    acting = wanted is not None and (wanted == actor.staff_id and actor.can(FEES_APPROVE)
                                     or wanted == s.info.get(_CONFIRMED))
    if not acting or wanted is None:
        raise PermissionDenied(MSG_APPROVAL.format(what=what))
    staff = s.get(Staff, wanted)
    if staff is None or not staff.active or FEES_APPROVE not in permissions_of(s, staff.role):
        raise PermissionDenied(MSG_NOT_APPROVER.format(name=staff.name if staff else "—", what=what))
    return int(wanted)


def closed_on(s: Session, cashier_id: int | None, day: date) -> FeeClosing | None:
    """The cashier's closing of ``day``, if she closed it."""
    if cashier_id is None:
        return None
    return s.scalar(select(FeeClosing).where(FeeClosing.cashier_id == cashier_id, FeeClosing.day == day))


#: a long run's report of progress: (done, total); returning nothing
Progress = Callable[[int, int], None]
#: asked between chunks: True stops the run (nothing of it is kept)
Cancel = Callable[[], bool]
