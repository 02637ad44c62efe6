"""Editors of 公共区域巡查: routes and checkpoints, starting a round, the result at a checkpoint (with a
finding), a finding found ad hoc, the actions on a finding (assign, fix, extension, verify …) and turning a
finding into a work slip.

Every dialog is an :class:`~app.ui.dialogs.editor.EditorDialog`: the service's rule checks each field as it
is typed, a refused save comes back beside its field, and nothing typed is lost.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from app.domain import patrol as P
from app.domain.patrol import CheckResult, IssueCategory, Severity, Shift
from app.domain.relay import TARGET_DEPARTMENTS, Priority
from app.domain.validation import check_text
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import patrol as svc
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field


def _choices(members) -> list[tuple[str, str]]:
    return [(m.value, str(m.label)) for m in members]


def _depts(blank: bool = True) -> list[tuple[str, str]]:
    return ([("", "—")] if blank else []) + _choices(TARGET_DEPARTMENTS)


def _text(key: str, label, max_len: int, required: bool = False):
    return lambda value: check_text(value, key, str(label), max_len=max_len, required=required)


def _issue_fields(required: bool = True) -> list[Field]:
    """The fields of a finding; ``required`` False where they are optional until "record a finding" is
    ticked (the service still refuses a finding without location or description)."""
    return [
        Field("location", T("Patrol", "Location"), required=required, max_len=100,
              check=_text("location", T("Patrol", "Location"), 100, required),
              placeholder=T("Patrol", "e.g. 1号楼3层消防通道")),
        Field("category", T("Patrol", "Category"), kind="combo", choices=_choices(IssueCategory)),
        Field("severity", T("Patrol", "Severity"), kind="combo", choices=_choices(Severity)),
        Field("dept", T("Patrol", "Responsible department"), kind="combo", choices=_depts()),
        Field("description", T("Patrol", "Description"), kind="multiline", required=required, span=2,
              check=_text("description", T("Patrol", "Description"), 500, required)),
        Field("photo", T("Patrol", "Photo (file path)"), max_len=260, span=2, check=P.check_photo,
              placeholder=T("Patrol", "e.g. D:\\巡查照片\\0612-01.jpg")),
        Field("handled_on_site", T("Patrol", "Fixed on the spot"), kind="check"),
        Field("fix_note", T("Patrol", "What was done"), max_len=200,
              check=_text("fix_note", T("Patrol", "What was done"), 200)),
    ]


def _issue_input(values: dict[str, Any], location_default: str = "") -> svc.IssueInput:
    return svc.IssueInput(
        location=values.get("location") or location_default, category=values["category"],
        description=values["description"], severity=values["severity"], dept=values.get("dept") or "",
        photo=values.get("photo") or "", handled_on_site=bool(values.get("handled_on_site")),
        fix_note=values.get("fix_note") or "")


class RouteDialog(EditorDialog):
    """A route: context ``route`` (a RouteRow) to change one."""

    kind = P.ROUTE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        fields = [
            Field("name", T("Patrol", "Route"), required=True, max_len=40,
                  check=_text("name", T("Patrol", "Route"), 40, True)),
            Field("area", T("Patrol", "Area"), max_len=100, check=_text("area", T("Patrol", "Area"), 100)),
            Field("sort_order", T("Patrol", "Order"), max_len=4, placeholder="0"),
            Field("active", T("Patrol", "In use"), kind="check"),
        ]
        super().__init__(window, str(T("Patrol", "Patrol route")), fields, context=context)
        self.setObjectName("routeDialog")
        route = self.context.get("route")
        self.form.set_values({"name": route.name, "area": route.area, "sort_order": route.sort_order,
                              "active": route.active} if route else {"active": True})

    def submit(self, values: dict[str, Any]) -> Any:
        route = self.context.get("route")
        db, actor = self.parent().db, self.parent().actor
        return svc.save_route(db, actor, svc.RouteInput(values["name"], values["area"], values["sort_order"],
                                                        values["active"]),
                              route.id if route else None, route.version if route else None)


class CheckpointDialog(EditorDialog):
    """A checkpoint of a route: context ``route_id`` and, to change one, ``point`` (a CheckpointRow)."""

    kind = P.ROUTE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        fields = [
            Field("name", T("Patrol", "Checkpoint"), required=True, max_len=40,
                  check=_text("name", T("Patrol", "Checkpoint"), 40, True)),
            Field("location", T("Patrol", "Location"), max_len=100,
                  check=_text("location", T("Patrol", "Location"), 100)),
            Field("items", T("Patrol", "What to check"), max_len=200,
                  check=_text("items", T("Patrol", "What to check"), 200),
                  placeholder=T("Patrol", "e.g. lights, fire doors, exit signs, escape route clear")),
            Field("seq", T("Patrol", "Order"), max_len=4, placeholder=T("Patrol", "last")),
            Field("active", T("Patrol", "In use"), kind="check"),
        ]
        super().__init__(window, str(T("Patrol", "Checkpoint")), fields, context=context)
        self.setObjectName("checkpointDialog")
        point = self.context.get("point")
        self.form.set_values({"name": point.name, "location": point.location, "items": point.items,
                              "seq": point.seq, "active": point.active} if point else {"active": True})

    def submit(self, values: dict[str, Any]) -> Any:
        point = self.context.get("point")
        db, actor = self.parent().db, self.parent().actor
        data = svc.CheckpointInput(self.context["route_id"], values["name"], values["location"], values["items"],
                                   values["seq"] or None, values["active"])
        return svc.save_checkpoint(db, actor, data, point.id if point else None, point.version if point else None)


class StartPatrolDialog(EditorDialog):
    """Start a round now: context ``routes`` [(id, name)]."""

    kind = P.PATROL_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        fields = [
            Field("route", T("Patrol", "Route"), kind="combo",
                  choices=[(str(rid), name) for rid, name in context.get("routes", [])]),
            Field("shift", T("Patrol", "Shift"), kind="combo", choices=_choices(Shift)),
        ]
        super().__init__(window, str(T("Patrol", "Start a patrol round")), fields, context=context)
        self.setObjectName("startPatrolDialog")

    def submit(self, values: dict[str, Any]) -> Any:
        db, actor = self.parent().db, self.parent().actor
        if not values["route"]:
            from app.domain.errors import ValidationError
            raise ValidationError(T("Patrol", "Add a route with checkpoints first"), "route")
        return svc.start_patrol(db, actor, int(values["route"]), values["shift"])


class CheckDialog(EditorDialog):
    """The result at one checkpoint: context ``patrol_id``, ``version``, ``point`` (a CheckRow)."""

    kind = P.PATROL_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        point = context["point"]
        fields = [
            Field("result", T("Patrol", "Result"), kind="combo", choices=_choices(CheckResult)),
            Field("note", T("Patrol", "What was seen"), max_len=200, span=2,
                  check=_text("note", T("Patrol", "Note"), 200)),
            Field("photo", T("Patrol", "Photo (file path)"), max_len=260, span=2, check=P.check_photo),
            Field("record_issue", T("Patrol", "Record a finding to fix"), kind="check", span=2),
            *_issue_fields(required=False),
        ]
        super().__init__(window, str(T("Patrol", "Checkpoint: {name}")).format(name=point.name), fields, columns=2,
                         context=context)
        self.setObjectName("checkDialog")
        self.form.set_values({"result": point.result or CheckResult.NORMAL.value, "note": point.note,
                              "location": point.location or point.name})
        self.form.widgets["result"].currentIndexChanged.connect(lambda *_: self._sync())
        self.form.widgets["record_issue"].toggled.connect(lambda *_: self._sync())
        self._sync()

    def _sync(self) -> None:
        abnormal = self.form.value("result") == CheckResult.ABNORMAL.value
        self.form.widgets["record_issue"].setEnabled(abnormal)
        on = abnormal and self.form.value("record_issue")
        for f in _issue_fields(False):
            self.form.widgets[f.key].setEnabled(bool(on))

    def submit(self, values: dict[str, Any]) -> Any:
        db, actor = self.parent().db, self.parent().actor
        point = self.context["point"]
        issue = None
        if values["result"] == CheckResult.ABNORMAL.value and values.get("record_issue"):
            issue = _issue_input(values, point.location or point.name)
        return svc.record_check(db, actor, self.context["patrol_id"], point.checkpoint_id, values["result"],
                                note=values["note"], photo=values["photo"], issue=issue)


class IssueDialog(EditorDialog):
    """A finding recorded ad hoc (or on a round: context ``patrol_id``)."""

    kind = P.ISSUE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, str(T("Patrol", "New patrol finding")), _issue_fields(), columns=2, context=context)
        self.setObjectName("issueDialog")

    def submit(self, values: dict[str, Any]) -> Any:
        db, actor = self.parent().db, self.parent().actor
        return svc.report_issue(db, actor, _issue_input(values), patrol_id=self.context.get("patrol_id"))


class IssueActionDialog(EditorDialog):
    """One action on a finding: context ``id``, ``version``, ``number``, ``action``, ``label``, ``due``."""

    kind = P.ISSUE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        action = context["action"]
        transition = P.ISSUE.transition(action)
        fields: list[Field] = []
        if action == "assign":
            fields += [Field("dept", T("Patrol", "Responsible department"), kind="combo", choices=_depts(False)),
                       Field("relay_slip_no", T("Patrol", "Work slip no."), max_len=30,
                             placeholder=T("Patrol", "LX… if a slip was already sent"))]
        elif action == "fix":
            fields += [Field("fix_note", T("Patrol", "What was done"), required=True, max_len=200,
                             check=_text("fix_note", T("Patrol", "What was done"), 200, True)),
                       Field("fix_photo", T("Patrol", "Photo after the fix"), max_len=260,
                             check=lambda v: P.check_photo(v, "fix_photo"))]
        elif action == "request_extension":
            fields.append(Field("new_due", T("Patrol", "New due date"), kind="date"))
        if action == "void":
            fields.append(Field("reason", T("Patrol", "Reason"), required=True, max_len=200,
                                check=_text("reason", T("Patrol", "Reason"), 200, True)))
        else:
            fields.append(Field("note", T("Patrol", "Note"), kind="multiline", required=transition.needs_note,
                                check=_text("note", T("Patrol", "Note"), 200, transition.needs_note)))
        title = f"{transition.label} — {context.get('number', '')}"
        super().__init__(window, title, fields, context=context)
        self.setObjectName("issueActionDialog")
        if action == "request_extension":
            due = context.get("due")
            self.form.set_value("new_due", (due.date() if due else date.today()) + timedelta(days=7))

    def submit(self, values: dict[str, Any]) -> Any:
        db, actor = self.parent().db, self.parent().actor
        return svc.act_on_issue(db, actor, self.context["id"], self.context["action"], values,
                                version=self.context.get("version"))


class SlipDialog(EditorDialog):
    """转工作联系单: context ``id``, ``version``, ``number``, ``dept``."""

    kind = P.ISSUE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        fields = [
            Field("to_dept", T("Patrol", "Department"), kind="combo", choices=_depts(False)),
            Field("priority", T("Patrol", "Priority"), kind="combo", choices=_choices(Priority)),
            Field("required_date", T("Patrol", "Complete by"), kind="date"),
            Field("note", T("Patrol", "Note"), max_len=200, check=_text("note", T("Patrol", "Note"), 200)),
        ]
        title = str(T("Patrol", "Send as a work slip — {n}")).format(n=(context or {}).get("number", ""))
        super().__init__(window, title, fields, context=context)
        self.setObjectName("slipDialog")
        if self.context.get("dept"):
            self.form.set_value("to_dept", self.context["dept"])
        self.form.set_value("required_date", date.today() + timedelta(days=1))

    def submit(self, values: dict[str, Any]) -> Any:
        db, actor = self.parent().db, self.parent().actor
        return svc.issue_to_slip(db, actor, self.context["id"], to_dept=values["to_dept"],
                                 required_date=values["required_date"], priority=values["priority"],
                                 note=values["note"], version=self.context.get("version"))
