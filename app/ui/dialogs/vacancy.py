"""Editors of 空置房管理: putting a unit on the register, taking it off, recording an inspection with the
§4.5 checklist (OK / anomaly, what was found, where it goes, a photo), the actions on an inspection
(supervisor's opinion, re-checks, close, void), a follow-up work slip, and a storm re-inspection batch.

Every field is checked as it is typed with the rule the service applies on save; a refusal comes back
beside its field and nothing typed is lost.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton

from app.domain import vacancy as VC
from app.domain.errors import ValidationError
from app.domain.relay import TARGET_DEPARTMENTS
from app.domain.vacancy import CheckItem, FindingRoute, Holder, RemovalReason, VacancyType
from app.domain.validation import check_text
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import vacancy as svc
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field


def _choices(members) -> list[tuple[str, str]]:
    return [(m.value, str(m.label)) for m in members]


def _text(key: str, label, max_len: int, required: bool = False):
    return lambda value: check_text(value, key, str(label), max_len=max_len, required=required)


def _meter(key: str):
    return lambda value: svc._meter(value, key)


class UnitDialog(EditorDialog):
    """登记空置房: a room onto the register; ``context``: ``room`` to prefill."""

    kind = "vacant_unit"
    form_key = "vacant_unit"

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, "", [
            Field("room", T("Vacancy", "Room"), required=True, max_len=30,
                  placeholder=T("Vacancy", "3-2-1502"), check=_text("room", T("Vacancy", "Room"), 30, True)),
            Field("vacancy_type", T("Vacancy", "Vacancy type"), kind="combo", choices=_choices(VacancyType)),
            Field("since", T("Vacancy", "Vacant since"), kind="date",
                  check=lambda d: VC.check_since(d, svc.base.now().date())),
            Field("holder", T("Vacancy", "Held by"), kind="combo", choices=_choices(Holder)),
            Field("key_ref", T("Vacancy", "Key"), max_len=40, placeholder=T("Vacancy", "Key tag or cabinet slot")),
            Field("meter_water", T("Vacancy", "Water meter"), max_len=12, check=_meter("meter_water")),
            Field("meter_power", T("Vacancy", "Electricity meter"), max_len=12, check=_meter("meter_power")),
            Field("meter_gas", T("Vacancy", "Gas meter"), max_len=12, check=_meter("meter_gas")),
            Field("fee_arrangement", T("Vacancy", "Fee arrangement"), max_len=100, span=2,
                  placeholder=T("Vacancy", "Developer pays / owner discount and period")),
            Field("remarks", T("Vacancy", "Remarks"), kind="multiline", span=2,
                  check=_text("remarks", T("Vacancy", "Remarks"), 500)),
        ], columns=2, context=context)
        self.window_ = window
        self.setObjectName("vacantUnitDialog")
        self.setWindowTitle(self.tr("Put a unit on the vacant-unit register"))
        if self.context.get("room"):
            self.form.set_value("room", self.context["room"])

    def submit(self, v: dict[str, Any]):
        return svc.register_unit(self.window_.db, self.window_.actor, svc.UnitInput(
            room=v["room"], vacancy_type=v["vacancy_type"], since=v["since"], holder=v["holder"],
            key_ref=v["key_ref"], meter_water=v["meter_water"], meter_power=v["meter_power"],
            meter_gas=v["meter_gas"], fee_arrangement=v["fee_arrangement"], remarks=v["remarks"]))


class RemoveDialog(EditorDialog):
    """移出登记: ``context``: id, version, room."""

    kind = "vacant_unit"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [
            Field("reason", T("Vacancy", "Reason"), kind="combo", choices=_choices(RemovalReason)),
            Field("note", T("Vacancy", "Note"), max_len=200, placeholder=T("Vacancy", "Record number, such as RZ…")),
        ], context=context)
        self.window_ = window
        self.setObjectName("vacantRemoveDialog")
        self.setWindowTitle(self.tr("Take {room} off the register").format(room=context.get("room", "")))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Take off the register"))

    def submit(self, v: dict[str, Any]):
        return svc.remove_unit(self.window_.db, self.window_.actor, self.context["id"], v["reason"], v["note"],
                               version=self.context.get("version"))


#: the answer of a checklist line
OK, ANOMALY = "ok", "anomaly"


class InspectionDialog(EditorDialog):
    """空置房巡检: the checklist of one unit; ``context``: unit_id, room, storm (a storm batch is open)."""

    kind = "vacant_inspection"
    form_key = "vacant_inspection"

    def __init__(self, window, context: dict) -> None:
        fields = [
            Field("inspected_on", T("Vacancy", "Inspection date"), kind="date",
                  check=lambda d: VC.check_inspection_date(d, svc.base.now().date())),
            Field("storm", T("Vacancy", "Storm re-inspection"), kind="check"),
        ]
        answers = [(OK, str(T("Vacancy", "OK"))), (ANOMALY, str(T("Vacancy", "Anomaly")))]
        for item in CheckItem:
            fields.append(Field(f"ok_{item.value}", item.label, kind="combo", choices=answers))
            fields.append(Field(f"check_{item.value}", T("Vacancy", "Finding"), max_len=200,
                                check=lambda text, k=item.value: self._check_line(k, text)))
        fields += [
            Field("aired", T("Vacancy", "Aired"), kind="check"),
            Field("cleaned", T("Vacancy", "Cleaned"), kind="check"),
            Field("locked_up", T("Vacancy", "Valves closed and locked up"), kind="check"),
            Field("route", T("Vacancy", "Anomalies go to"), kind="combo", choices=_choices(FindingRoute)),
            Field("action_taken", T("Vacancy", "Action taken"), max_len=300, span=2),
            Field("remarks", T("Vacancy", "Remarks"), kind="multiline", span=2,
                  check=_text("remarks", T("Vacancy", "Remarks"), 500)),
        ]
        super().__init__(window, "", fields, columns=2, context=context)
        self.window_ = window
        self.photos: dict[str, str] = {}
        self.setObjectName("vacantInspectionDialog")
        self.setWindowTitle(self.tr("Inspect {room}").format(room=context.get("room", "")))
        self.form.set_values({"locked_up": True, "aired": True, "storm": bool(context.get("storm"))})
        self.form.widgets["storm"].setEnabled(bool(context.get("storm")))
        for item in CheckItem:
            self.form.widgets[f"ok_{item.value}"].currentIndexChanged.connect(
                lambda *_a, k=item.value: self._line_changed(k))
        self.photo_btn = QPushButton(self.tr("Attach &photo…"), self)
        self.photo_btn.setObjectName("attachPhoto")
        self.photo_btn.setToolTip(self.tr("A photo of the first line marked as an anomaly"))
        self.photo_btn.clicked.connect(self.attach_photo)
        self.buttons.addButton(self.photo_btn, QDialogButtonBox.ButtonRole.ActionRole)

    def _line_changed(self, key: str) -> bool:
        """An anomaly needs its finding: said beside the line as soon as it is marked (the form skips
        blank optional fields, so this one is checked here)."""
        if self.form.value(f"ok_{key}") == ANOMALY and not str(self.form.value(f"check_{key}")).strip():
            self.form.set_error(f"check_{key}", str(T("Vacancy", "Describe what is wrong")))
            return False
        return self.form.check_field(f"check_{key}")

    def save(self) -> None:
        bad = [i.value for i in CheckItem if not self._line_changed(i.value)]
        if bad:
            self.form.widgets[f"check_{bad[0]}"].setFocus()
            return
        super().save()

    def _check_line(self, key: str, text: str) -> str:
        if self.form.value(f"ok_{key}") == ANOMALY and not (text or "").strip():
            raise ValidationError(T("Vacancy", "Describe what is wrong"), f"check_{key}")
        return (text or "").strip()

    def attach_photo(self, path: str | None = None) -> None:
        anomalies = [i.value for i in CheckItem if self.form.value(f"ok_{i.value}") == ANOMALY]
        if not anomalies:
            self.bar.warning(self.tr("Mark a line as an anomaly first."))
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Photo"), "",
                                                  self.tr("Images (*.jpg *.jpeg *.png)"))
        if path:
            target = next((k for k in anomalies if k not in self.photos), anomalies[-1])
            self.photos[target] = path
            self.bar.info(self.tr("Photo attached to “{item}”.").format(item=CheckItem(target).label))

    def submit(self, v: dict[str, Any]):
        route = v["route"]
        checks = [svc.CheckInput(i.value, v[f"ok_{i.value}"] != ANOMALY, v[f"check_{i.value}"],
                                 route if v[f"ok_{i.value}"] == ANOMALY else "", self.photos.get(i.value, ""))
                  for i in CheckItem]
        return svc.record_inspection(self.window_.db, self.window_.actor, svc.InspectionInput(
            self.context["unit_id"], v["inspected_on"], checks, aired=v["aired"], cleaned=v["cleaned"],
            locked_up=v["locked_up"], action_taken=v["action_taken"], remarks=v["remarks"], storm=v["storm"]))


def _note(required: bool = False) -> Field:
    return Field("note", T("Vacancy", "Note"), kind="multiline", required=required,
                 check=_text("note", T("Vacancy", "Note"), 200, required))


ACTION_FIELDS: dict[str, list[Field]] = {
    "review": [
        Field("opinion", T("Vacancy", "Supervisor's opinion"), kind="multiline", required=True,
              check=_text("opinion", T("Vacancy", "Supervisor's opinion"), 500, True)),
        Field("rectify_requirement", T("Vacancy", "Rectification required"), max_len=300),
        Field("rectify_deadline", T("Vacancy", "Rectify by"), kind="date"),
        Field("recheck_on", T("Vacancy", "Re-check on"), kind="date"),
    ],
    "recheck_failed": [_note(True)],
    "rectify": [_note(True)],
    "close": [_note()],
    "void": [Field("reason", T("Vacancy", "Reason"), kind="multiline", required=True,
                   check=_text("reason", T("Vacancy", "Reason"), 200, True))],
}


class InspectionActionDialog(EditorDialog):
    """One action on an inspection; ``context``: id, version, number, room, action."""

    kind = "vacant_inspection"

    def __init__(self, window, context: dict) -> None:
        action = context["action"]
        super().__init__(window, "", [Field(**vars(f)) for f in ACTION_FIELDS.get(action, [_note()])],
                         context=context)
        self.window_ = window
        transition = VC.INSPECTION.transition(action)
        self.setObjectName(f"vacantAction_{action}")
        self.setWindowTitle(self.tr("{action} — {room} ({number})").format(
            action=transition.label, room=context.get("room", ""), number=context.get("number", "")))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(str(transition.label))
        if action == "review":
            today = svc.base.now().date()
            self.form.set_values({"rectify_deadline": today + timedelta(days=7),
                                  "recheck_on": today + timedelta(days=8)})

    def submit(self, v: dict[str, Any]):
        values = {k: (x.isoformat() if isinstance(x, date) else x) for k, x in v.items()}
        return svc.act(self.window_.db, self.window_.actor, self.context["id"], self.context["action"], values,
                       version=self.context.get("version"))


class SlipDialog(EditorDialog):
    """A follow-up 工作联系单 for an inspection's findings; ``context``: id, version, number, room, content."""

    kind = "vacant_inspection"

    def __init__(self, window, context: dict) -> None:
        super().__init__(window, "", [
            Field("to_dept", T("Vacancy", "To department"), kind="combo", choices=_choices(TARGET_DEPARTMENTS)),
            Field("content", T("Vacancy", "Work to do"), kind="multiline", required=True,
                  check=_text("content", T("Vacancy", "Work to do"), 500, True)),
            Field("required_date", T("Vacancy", "Required by"), kind="date"),
        ], context=context)
        self.window_ = window
        self.setObjectName("vacantSlipDialog")
        self.setWindowTitle(self.tr("Work slip for {number}").format(number=context.get("number", "")))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Send"))
        self.form.set_values({"content": context.get("content", ""),
                              "required_date": svc.base.now().date() + timedelta(days=2)})

    def submit(self, v: dict[str, Any]):
        return svc.send_follow_up_slip(self.window_.db, self.window_.actor, self.context["id"],
                                       to_dept=v["to_dept"], content=v["content"],
                                       required_date=v["required_date"], version=self.context.get("version"))


class StormDialog(EditorDialog):
    """台风/暴雨后复查: open a storm re-inspection batch."""

    kind = "vacant_unit"

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, "", [
            Field("note", T("Vacancy", "Weather"), required=True, max_len=200,
                  placeholder=T("Vacancy", "Typhoon, heavy rain …"),
                  check=_text("note", T("Vacancy", "Weather"), 200, True)),
        ], context=context)
        self.window_ = window
        self.setObjectName("vacantStormDialog")
        self.setWindowTitle(self.tr("Storm re-inspection of every vacant unit"))

    def submit(self, v: dict[str, Any]):
        return svc.declare_storm(self.window_.db, self.window_.actor, v["note"])
