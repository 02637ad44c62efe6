"""Editors of the estate registry: building, unit, room, person (with their role in a room)."""
from __future__ import annotations

from app.domain import validation as V
from app.domain.enums import DeliveryState, Gender, IdType, OccupancyState, RoomRole, RoomType
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import registry
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field


def _part(key: str, label):
    return lambda text: V.check_room_part(text, key, str(label))


def choices(enum_cls, blank: str | None = None) -> list[tuple[str, str]]:
    items = [(m.value, str(m.label)) for m in enum_cls]
    return ([("", blank)] if blank is not None else []) + items


class BuildingDialog(EditorDialog):
    kind = "building"

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, "", [
            Field("building_no", T("Registry", "Building no."), required=True, max_len=8,
                  check=_part("building_no", T("Registry", "Building no."))),
            Field("name", T("Registry", "Building name"), max_len=40, placeholder=T("Registry", "e.g. 3栋")),
            Field("floors", T("Registry", "Floors"), max_len=3),
            Field("has_lift", T("Registry", "Lift"), kind="check"),
        ], context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Edit building") if self.context.get("id") else self.tr("New building"))
        self.form.set_value("has_lift", True)
        if self.context.get("id"):
            self.form.set_values(self.context.get("values", {}))

    def submit(self, v):
        return registry.save_building(self.window_.db, self.window_.actor, registry.BuildingInput(
            v["building_no"], v["name"], v["floors"], v["has_lift"]), self.context.get("id"),
            self.context.get("version"))


class UnitDialog(EditorDialog):
    kind = "unit"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [
            Field("unit_no", T("Registry", "Unit no."), required=True, max_len=8,
                  check=_part("unit_no", T("Registry", "Unit no."))),
            Field("floors", T("Registry", "Floors"), max_len=3),
            Field("has_lift", T("Registry", "Lift"), kind="check"),
        ], context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("New unit in building {no}").format(no=context.get("building_no", "")))
        self.form.set_value("has_lift", True)

    def submit(self, v):
        return registry.save_unit(self.window_.db, self.window_.actor, self.context["building_id"],
                                  v["unit_no"], v["floors"], v["has_lift"])


def _area(text: str):
    return V.parse_decimal(text, "area", str(T("Registry", "Built-up area")), strict_positive=True)


class RoomDialog(EditorDialog):
    kind = "room"
    form_key = "room"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [
            Field("room_no", T("Registry", "Room no."), required=True, max_len=8,
                  check=_part("room_no", T("Registry", "Room no.")),
                  placeholder=T("Registry", "e.g. 1502")),
            Field("floor", T("Registry", "Floor"), required=True, max_len=4),
            Field("area", T("Registry", "Built-up area (m²)"), required=True, max_len=12, check=_area),
            Field("inner_area", T("Registry", "Inner area (m²)"), max_len=12, check=_area),
            Field("layout", T("Registry", "Layout"), max_len=30, placeholder=T("Registry", "e.g. 三室两厅")),
            Field("room_type", T("Registry", "Room type"), kind="combo", choices=choices(RoomType)),
            Field("delivery_state", T("Registry", "Delivery"), kind="combo", choices=choices(DeliveryState)),
            Field("occupancy_state", T("Registry", "Occupancy"), kind="combo",
                  choices=choices(OccupancyState)),
            Field("notes", T("Registry", "Notes"), kind="multiline", span=2),
        ], columns=2, context=context)
        self.window_ = window
        where = context.get("unit_label", "")
        self.setWindowTitle(self.tr("Edit room {code}").format(code=context.get("code", ""))
                            if context.get("id") else self.tr("New room in {unit}").format(unit=where))
        if context.get("values"):
            self.form.set_values(context["values"])
        if context.get("id"):   # a room's states are the workflows' (the service refuses a change too)
            for key in registry.WORKFLOW_STATES:
                widget = self.form.widgets[key]
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Changed only through the move-in, lease and move-out workflows"))
        self.form.widgets["room_no"].textEdited.connect(self._guess_floor)

    def _guess_floor(self, text: str) -> None:
        """1502 → floor 15, as the desk numbers rooms; only while the floor is empty or guessed."""
        floor = self.form.widgets["floor"]
        if text.isdigit() and len(text) >= 3 and (not floor.text() or floor.property("guessed")):
            floor.setText(str(int(text[:-2])))
            floor.setProperty("guessed", True)

    def submit(self, v):
        data = registry.RoomInput(self.context["unit_id"], v["room_no"], v["floor"], v["area"],
                                  v["inner_area"], v["layout"], v["room_type"], v["delivery_state"],
                                  v["occupancy_state"], None, v["notes"])
        return registry.save_room(self.window_.db, self.window_.actor, data, self.context.get("id"),
                                  self.context.get("version"))


class PersonDialog(EditorDialog):
    """A person, and (for a new link) their role in the room the card shows."""

    kind = "person"
    form_key = "person"

    def __init__(self, window, context: dict) -> None:
        masked = context.get("masked") or {}   # fields shown only masked: empty, kept unless retyped
        fields = [
            Field("name", T("Registry", "Name"), required=True, max_len=50),
            Field("gender", T("Registry", "Gender"), kind="combo",
                  choices=choices(Gender, str(T("Registry", "(from ID)")))),
            Field("mobile", T("Registry", "Phone"), max_len=24, check=V.check_phone,
                  placeholder=T("Registry", "mobile or landline, e.g. 0755-2888 1234")),
            Field("other_phone", T("Registry", "Other phone"), max_len=20, check=V.check_phone),
            Field("id_type", T("Registry", "Document type"), kind="combo", choices=choices(IdType)),
            Field("id_number", T("Registry", "Document no."), max_len=30, check=self._check_id),
            Field("work_unit", T("Registry", "Work unit"), max_len=100),
            Field("address", T("Registry", "Address"), max_len=200),
        ]
        if context.get("room_id") and not context.get("id"):
            fields.insert(0, Field("role", T("Registry", "Role in the room"), kind="combo",
                                   choices=choices(RoomRole)))
            fields.insert(1, Field("is_primary", T("Registry", "Primary contact"), kind="check"))
        fields.append(Field("notes", T("Registry", "Notes"), kind="multiline", span=2))
        super().__init__(window, "", fields, columns=2, context=context)
        self.window_ = window
        self.setWindowTitle(self.tr("Edit {name}").format(name=context.get("name", ""))
                            if context.get("id") else
                            self.tr("Add a person to {code}").format(code=context.get("code", "")))
        if context.get("values"):
            self.form.set_values(context["values"])
        for key, value in masked.items():
            self.form.widgets[key].setPlaceholderText(self.tr("{value} (kept unless you type a new one)")
                                                      .format(value=value))
        self.form.widgets["id_type"].currentIndexChanged.connect(
            lambda *_: self.form.check_field("id_number"))

    def _check_id(self, text: str):
        return V.check_id_number(self.form.value("id_type"), text)

    def submit(self, v):
        data = registry.PersonInput(v["name"], v["mobile"], v["id_type"], v["id_number"], v["gender"],
                                    other_phone=v["other_phone"], work_unit=v["work_unit"],
                                    address=v["address"], notes=v["notes"])
        return registry.save_person(self.window_.db, self.window_.actor, data,
                                    person_id=self.context.get("id"), version=self.context.get("version"),
                                    room_id=self.context.get("room_id") if not self.context.get("id") else None,
                                    role=v.get("role"), is_primary=bool(v.get("is_primary")))


drafts.register("room", RoomDialog)
drafts.register("person", PersonDialog)
