"""Editors of 信息传递: a new work slip and an item received at the desk (every action on either is the
record kit's action dialog, from the declared fields).

Both keep what was typed when the service refuses it (the reason beside its field) and survive the
idle lock as drafts.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QCompleter

from app.domain import relay as R
from app.domain import validation as V
from app.domain.permissions import REGISTRY_VIEW
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import relay
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.rooms import attach_room_completer

#: couriers offered in the courier box (it accepts any other name)
COURIERS = ("顺丰", "中通", "圆通", "韵达", "申通", "京东", "邮政EMS", "中国邮政", "极兔", "德邦")


def choices(members, blank: str | None = None) -> list[tuple[str, str]]:
    items = [(m.value, str(m.label)) for m in members]
    return ([("", blank)] if blank is not None else []) + items


def _check(fn, *args):
    """A live check calling a domain rule with the typed text."""
    return lambda value: fn(value, *args)


def _room_check(window):
    """The room must exist (checked once the code looks complete, as the user types)."""
    from app.services import registry

    def check(text: str):
        code = (text or "").strip()
        if code.count("-") == 2 and window.actor.can(REGISTRY_VIEW) and \
                registry.room_by_code(window.db, window.actor, code) is None:
            from app.domain.errors import ValidationError
            raise ValidationError(T("Relay", "There is no room {code}: pick one from the list").format(
                code=code), "room")
    return check


# ------------------------------------------------------------------------------------------ new work slip

class SlipDialog(EditorDialog):
    """发工作联系单: a new slip to a department (also opened from a work-log row, pre-filled)."""

    kind = relay.SLIP_KIND
    form_key = "relay_slip"

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        fields = [
            Field("to_dept", T("Relay", "Department"), kind="combo", required=True,
                  choices=choices(R.TARGET_DEPARTMENTS, str(T("Relay", "(choose)")))),
            Field("to_person", T("Relay", "Recipient"), max_len=R.NAME_MAX,
                  placeholder=T("Relay", "Name, if known")),
            Field("kind", T("Relay", "Type"), kind="combo", choices=choices(R.SlipKind)),
            Field("priority", T("Relay", "Priority"), kind="combo", choices=choices(R.Priority)),
            Field("subject", T("Relay", "Subject"), required=True, max_len=R.SUBJECT_MAX, span=2,
                  check=_check(V.check_text, "subject", str(T("Relay", "Subject")))),
            Field("content", T("Relay", "Content"), kind="multiline", required=True, span=2,
                  check=lambda v: V.check_text(v, "content", str(T("Relay", "Content")),
                                               max_len=R.CONTENT_MAX)),
            Field("room", T("Relay", "Room"), max_len=30, check=_room_check(window),
                  placeholder=T("Relay", "e.g. 3-2-1502")),
            Field("source", T("Relay", "Related record"), max_len=40,
                  placeholder=T("Relay", "Work-log or complaint no.")),
            Field("customer_name", T("Relay", "Customer"), max_len=50),
            Field("customer_phone", T("Relay", "Customer's phone"), max_len=20,
                  check=lambda v: V.check_phone(v, "customer_phone")),
            Field("required_date", T("Relay", "Complete by (date)"), kind="date", required=True),
            Field("required_time", T("Relay", "Complete by (time)"), required=True, max_len=5,
                  check=lambda v: R.parse_clock_time(v, "required_time",
                                                     str(T("Relay", "Complete by (time)")))),
        ]
        super().__init__(window, "", fields, columns=2, context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Send a work slip"))
        tomorrow = date.today() + timedelta(days=1)
        self.form.set_values({"required_date": tomorrow, "required_time": "17:30"})
        self.form.set_values(context.get("values", {}))
        attach_room_completer(window, self.form.widgets["room"])

    def submit(self, v: dict[str, Any]):
        data = relay.SlipInput(
            to_dept=v["to_dept"], subject=v["subject"], content=v["content"],
            required_date=v["required_date"], required_time=v["required_time"], priority=v["priority"],
            kind=v["kind"], to_person=v["to_person"],
            room=v["room"], customer_name=v["customer_name"], customer_phone=v["customer_phone"],
            source=v["source"])
        return relay.create_slip(self.window_.db, self.window_.actor, data)


def slip_values_from_worklog(prefill: dict) -> dict[str, Any]:
    """The slip form's values from a work-log row (caller, phone, room, content, category, number …)."""
    content = str(prefill.get("content") or "").strip()
    first_line = content.splitlines()[0] if content else ""
    category = str(prefill.get("category_label") or prefill.get("category") or "").strip()
    subject = first_line[:R.SUBJECT_MAX]
    values = {
        "subject": subject, "content": content, "room": str(prefill.get("room") or ""),
        "customer_name": str(prefill.get("caller") or prefill.get("name") or ""),
        "customer_phone": str(prefill.get("phone") or ""),
        "source": str(prefill.get("number") or prefill.get("source") or ""),
    }
    if category in ("repair", "报修"):
        values["to_dept"] = R.Department.ENGINEERING.value
    return {k: v for k, v in values.items() if v}


def parcel_values_from_worklog(prefill: dict) -> dict[str, Any]:
    """The receive-an-item form's values from a work-log row: the caller is the addressee (or, for an item
    left at the desk, whoever the row names), the room and phone, the first line as the description."""
    content = str(prefill.get("content") or "").strip()
    first_line = content.splitlines()[0] if content else ""
    values = {
        "addressee": str(prefill.get("caller") or prefill.get("name") or ""),
        "room": str(prefill.get("room") or ""), "addressee_phone": str(prefill.get("phone") or ""),
        "description": first_line[:100], "note": content,
    }
    return {k: v for k, v in values.items() if v}


# ------------------------------------------------------------------------------------------ received item

class ParcelDialog(EditorDialog):
    """代收登记: an item received for a resident, or left at the desk for someone."""

    kind = relay.PARCEL_KIND
    form_key = "relay_parcel"

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        fields = [
            Field("direction", T("Relay", "Received or left"), kind="combo", choices=choices(R.Direction)),
            Field("item_type", T("Relay", "Item type"), kind="combo", choices=choices(R.ItemType)),
            Field("addressee", T("Relay", "Addressee"), required=True, max_len=50),
            Field("room", T("Relay", "Room"), max_len=30, check=_room_check(window),
                  placeholder=T("Relay", "e.g. 3-2-1502")),
            Field("addressee_phone", T("Relay", "Addressee's phone"), max_len=20,
                  check=lambda v: V.check_phone(v, "addressee_phone")),
            Field("quantity", T("Relay", "Quantity"), required=True, max_len=3, check=R.check_quantity),
            Field("courier", T("Relay", "Courier"), kind="combo", editable_combo=True,
                  choices=[("", "")] + [(c, c) for c in COURIERS]),
            Field("tracking_no", T("Relay", "Tracking no."), max_len=40, check=R.check_tracking_no),
            Field("description", T("Relay", "Description"), required=True, max_len=100,
                  placeholder=T("Relay", "e.g. small box, A4 envelope")),
            Field("sender", T("Relay", "Sender"), max_len=50,
                  placeholder=T("Relay", "Who left it (required when left for someone)")),
            Field("storage", T("Relay", "Kept at"), max_len=30, placeholder=T("Relay", "e.g. shelf A-3")),
            Field("condition", T("Relay", "Condition"), kind="combo", choices=choices(R.Condition)),
            Field("urgent", T("Relay", "Urgent / express"), kind="check"),
            Field("valuable", T("Relay", "Valuable"), kind="check"),
            Field("condition_note", T("Relay", "Damage"), max_len=200, span=2,
                  placeholder=T("Relay", "If damaged: what, and that the courier was told")),
            Field("note", T("Relay", "Note"), kind="multiline", span=2),
        ]
        super().__init__(window, "", fields, columns=2, context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Receive an item"))
        self.form.set_values({"quantity": "1", "item_type": R.ItemType.PARCEL.value})
        self.form.set_values(context.get("values", {}))
        room = self.form.widgets["room"]
        attach_room_completer(window, room)
        self.people = QStringListModel(self)
        people = QCompleter(self.people, self)
        people.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.form.widgets["addressee"].setCompleter(people)
        room.editingFinished.connect(self._room_chosen)
        if room.completer() is not None:
            room.completer().activated.connect(lambda *_: self._room_chosen())

    def _room_chosen(self) -> None:
        """Offer the room's residents as addressees; fill in the first one while the name is empty."""
        names = relay.room_people(self.window_.db, self.window_.actor, self.form.value("room"))
        self.people.setStringList(names)
        addressee = self.form.widgets["addressee"]
        if names and not addressee.text().strip():
            addressee.setText(names[0])

    def submit(self, v: dict[str, Any]):
        data = relay.ParcelInput(
            addressee=v["addressee"], item_type=v["item_type"], description=v["description"],
            quantity=v["quantity"], direction=v["direction"], courier=v["courier"],
            tracking_no=v["tracking_no"],
            sender=v["sender"], room=v["room"], addressee_phone=v["addressee_phone"], urgent=v["urgent"],
            valuable=v["valuable"], condition=v["condition"], condition_note=v["condition_note"],
            storage=v["storage"], note=v["note"])
        return relay.receive_parcel(self.window_.db, self.window_.actor, data)


drafts.register("relay_slip", SlipDialog)
drafts.register("relay_parcel", ParcelDialog)
