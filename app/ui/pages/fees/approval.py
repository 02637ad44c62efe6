"""The supervisor's approval at the desk (common.Approval), the one implementation every fees dialog and the
counter use: she is signed in here (her name first, no password asked), or she picks her name and types her own
password at this desk; a name picked alone never approves (the service checks the password).

``approval_fields`` are the two form fields of a dialog (``follow_own`` keeps the password off while the approver
is the user signed in; ``FeeForm`` and ``approval_form`` call it), ``approval_of`` reads them back;
``ApprovalBox`` is the same two fields as a row of a panel (the counter)."""
from __future__ import annotations

from typing import Any

from app.domain.fees.codes import FEES_APPROVE
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import records
from app.services.base import Actor
from app.services.fees import Approval
from app.services.fees.common import APPROVER_PASSWORD
from app.ui.widgets.form import CHOOSE, Field, FormView
from db.engine import Database

APPROVER = "approver"
_HINT = T("FeesDesk", "Typed by the approver, unless she is signed in here")


def _own(actor: Actor) -> str:
    """The signed-in user's id when she may approve herself (no password then), else ""."""
    return str(actor.staff_id) if actor.staff_id and actor.can(FEES_APPROVE) else ""


def approval_fields(db: Database, actor: Actor) -> list[Field]:
    """The approver (herself first when she may approve, else "(choose)") and the approver's own password."""
    choices = records.staff_choices(db, actor, FEES_APPROVE)
    own = _own(actor)
    if own:
        choices = [c for c in choices if c[0] == own] + [c for c in choices if c[0] != own]
    else:
        choices = [("", str(CHOOSE))] + list(choices)
    return [Field(APPROVER, T("FeesDesk", "Approved by"), "combo", choices=choices),
            Field(APPROVER_PASSWORD, T("FeesDesk", "Approver's own password"), "password", max_len=128,
                  placeholder=T("FeesDesk", "Approver's own password"))]


def follow_own(form: FormView, actor: Actor) -> None:
    """The password field is off while the approver chosen is the user signed in (she approves herself)."""
    if APPROVER not in form.widgets:
        return
    password = form.widgets[APPROVER_PASSWORD]
    password.setToolTip(str(_HINT))
    own = _own(actor)

    def update() -> None:
        password.setEnabled(not own or form.value(APPROVER) != own)
    form.changed.connect(update)
    update()


def approval_of(values: dict[str, Any]) -> Approval | None:
    """The approval as given (None: no approver chosen: the service refuses what needs one)."""
    chosen = str(values.get(APPROVER) or "")
    if not chosen:
        return None
    return Approval(int(chosen), str(values.get(APPROVER_PASSWORD) or ""))


class ApprovalBox(FormView):
    """The approval fields on one row of a panel (the counter): ``approval()``, ``clear()``."""

    def __init__(self, page, parent=None, name: str = "approval") -> None:
        super().__init__(approval_fields(page.db, page.actor), 2, parent or page)
        self.setObjectName(name)
        self.approver, self.password = self.widgets[APPROVER], self.widgets[APPROVER_PASSWORD]
        self.approver.setObjectName(f"{name}Approver")
        self.password.setObjectName(f"{name}Password")
        follow_own(self, page.actor)
        for label in self.errors.values():     # a row of a panel: no empty line under it
            label.hide()

    def set_error(self, key: str, text: str) -> None:
        super().set_error(key, text)
        if key in self.errors:
            self.errors[key].setVisible(bool(text))

    def approval(self) -> Approval | None:
        return approval_of(self.values())

    def clear(self) -> None:
        self.set_value(APPROVER_PASSWORD, "")
