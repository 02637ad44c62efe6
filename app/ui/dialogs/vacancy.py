"""Editors of 空置房管理 with a layout of their own: an inspection with the §4.5 checklist (each line OK or an
anomaly, what was found, its photos) and a storm re-inspection batch. Their fields are the declared ones
(app.domain.vacancy); putting a unit on the register is the kit's new-record dialog and every action on a unit
or an inspection the kit's action dialog.

Every field is checked as it is typed with the rule the service applies on save; a refusal comes back beside
its field and nothing typed is lost.
"""
from __future__ import annotations

from typing import Any

from app.domain import vacancy as VC
from app.domain.vacancy import CheckItem, CheckResult
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import vacancy as svc
from app.ui import drafts
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field

MSG_DESCRIBE = T("Vacancy", "Describe what is wrong")


class InspectionDialog(EditorDialog):
    """空置房巡检: the checklist of one unit, a line a row (answer, finding, photos); ``context``: unit_id,
    room, storm (a storm batch is open)."""

    kind = "vacant_inspection"
    form_key = "vacant_inspection"

    def __init__(self, window, context: dict) -> None:
        wide = {VC.ACTION_TAKEN.key, VC.INSPECTION_REMARKS.key}
        order = [VC.INSPECTED_ON, VC.STORM, VC.ROUTE, *(spec for item in CheckItem for spec in VC.LINES[item]),
                 VC.AIRED, VC.CLEANED, VC.LOCKED_UP, VC.ACTION_TAKEN, VC.INSPECTION_REMARKS]
        fields = [Field.from_spec(spec, span=3 if spec.key in wide else 1) for spec in order]
        super().__init__(window, "", fields, columns=3, context=context)
        self.window_ = window
        self.setObjectName("vacantInspectionDialog")
        self.setWindowTitle(self.tr("Inspect {room}").format(room=context.get("room", "")))
        self.form.set_values({spec.key: spec.initial() for spec in order})
        self.form.set_value("storm", bool(context.get("storm")))
        self.form.widgets["storm"].setEnabled(bool(context.get("storm")))
        for item in CheckItem:
            self.form.widgets[f"ok_{item.value}"].currentIndexChanged.connect(
                lambda *_a, k=item.value: self._line_changed(k))
        self.setMinimumWidth(1000)

    def _line_changed(self, key: str) -> bool:
        """An anomaly needs its finding: said beside the line as soon as it is marked."""
        anomaly = self.form.value(f"ok_{key}") == CheckResult.ANOMALY.value
        if anomaly and not str(self.form.value(f"check_{key}")).strip():
            self.form.set_error(f"check_{key}", str(MSG_DESCRIBE))
            return False
        return self.form.check_field(f"check_{key}")

    def save(self) -> None:
        bad = [i.value for i in CheckItem if not self._line_changed(i.value)]
        if bad:
            self.form.widgets[f"check_{bad[0]}"].setFocus()
            return
        super().save()

    def submit(self, values: dict[str, Any]):
        return svc.record_inspection(self.window_.db, self.window_.actor, self.context["unit_id"], values)


class StormDialog(EditorDialog):
    """台风/暴雨后复查: open a storm re-inspection batch."""

    kind = "vacant_unit"

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, "", [Field.from_spec(VC.STORM_NOTE)], context=context)
        self.window_ = window
        self.setObjectName("vacantStormDialog")
        self.setWindowTitle(self.tr("Storm re-inspection of every vacant unit"))

    def submit(self, values: dict[str, Any]):
        return svc.declare_storm(self.window_.db, self.window_.actor, values["note"])


drafts.register("vacant_inspection", InspectionDialog)
