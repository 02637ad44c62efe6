"""Editors of 公共区域巡查 that the record kit's action dialog does not cover: starting a round, the result
at a checkpoint (with a finding recorded there), a finding found ad hoc, and the routes and their
checkpoints (客服主管). Every action on a round or a finding is the kit's action dialog.

The fields are the declared ones (app.domain.patrol): each is checked as it is typed by its own parser, a
refused save comes back beside its field, and nothing typed is lost.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QVBoxLayout

from app.domain import patrol as P
from app.domain.errors import ValidationError
from app.domain.patrol import PATROL_ROUTES, CheckResult
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import patrol as svc
from app.ui.dialogs.editor import EditorDialog
from app.ui.widgets.form import Field
from app.ui.widgets.table_model import Column, LazyTableModel, attr, record_view

#: a finding's fields at a checkpoint: its photo is the checkpoint's
_FINDING = [spec for spec in P.ISSUE_FIELDS if spec is not P.PHOTO]


def _fields(specs, *, optional: bool = False) -> list[Field]:
    """The form fields of declared specs; ``optional`` drops the required marks (the finding's fields until
    "record a finding" is ticked: the service still refuses a finding without them)."""
    from dataclasses import replace
    return [Field.from_spec(replace(spec, required=False) if optional else spec) for spec in specs]


class _Editor(EditorDialog):
    def __init__(self, window, title, fields, context=None, columns: int = 1) -> None:
        super().__init__(window, str(title), fields, columns=columns, context=context)
        self.window_ = window
        self.form.set_values({f.key: f.spec.initial() for f in fields if f.spec is not None
                              and f.spec.initial() not in (None, "", [], False)})
        self.form.set_values(self.context.get("values", {}))


class StartPatrolDialog(_Editor):
    """Start a round now: context ``routes`` [(id, name)]."""

    kind = P.PATROL_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        route = Field("route", T("Patrol", "Route"), kind="combo",
                      choices=[(str(rid), name) for rid, name in context.get("routes", [])])
        super().__init__(window, T("Patrol", "Start a patrol round"), [route, *_fields([P.SHIFT])], context)
        self.setObjectName("startPatrolDialog")

    def submit(self, values: dict[str, Any]) -> Any:
        if not values["route"]:
            raise ValidationError(T("Patrol", "Add a route with checkpoints first"), "route")
        return svc.start_patrol(self.window_.db, self.window_.actor, int(values["route"]), values["shift"])


class CheckDialog(_Editor):
    """The result at one checkpoint: context ``patrol_id``, ``version``, ``point`` (a CheckRow)."""

    kind = P.PATROL_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        context = dict(context or {})
        point = context["point"]
        fields = [*_fields([P.RESULT, P.SEEN, P.PHOTO]),
                  Field("record_issue", T("Patrol", "Record a finding to fix"), kind="check", span=2),
                  *_fields(_FINDING, optional=True)]
        super().__init__(window, T("Patrol", "Checkpoint: {name}").format(name=point.name), fields, context, 2)
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
        for spec in _FINDING:
            self.form.widgets[spec.key].setEnabled(bool(on))

    def submit(self, values: dict[str, Any]) -> Any:
        point = self.context["point"]
        issue = None
        if values["result"] == CheckResult.ABNORMAL.value and values.get("record_issue"):
            issue = svc.IssueInput(**{s.key: values[s.key] for s in _FINDING}, photo=values["photo"])
        return svc.record_check(self.window_.db, self.window_.actor, self.context["patrol_id"],
                                point.checkpoint_id, values["result"], note=values["note"], photo=values["photo"],
                                issue=issue)


class IssueDialog(_Editor):
    """A finding recorded ad hoc (or on a round: context ``patrol_id``)."""

    kind = P.ISSUE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, T("Patrol", "New patrol finding"), _fields(P.ISSUE_FIELDS), context, 2)
        self.setObjectName("issueDialog")

    def submit(self, values: dict[str, Any]) -> Any:
        return svc.report_issue(self.window_.db, self.window_.actor, svc.IssueInput(**values),
                                patrol_id=self.context.get("patrol_id"))


class RouteDialog(_Editor):
    """A route: context ``route`` (a RouteRow) to change one."""

    kind = P.ROUTE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, T("Patrol", "Patrol route"), _fields(P.ROUTE_FIELDS), context)
        self.setObjectName("routeDialog")
        route = self.context.get("route")
        if route is not None:
            self.form.set_values({"name": route.name, "area": route.area, "sort_order": route.sort_order,
                                  "active": route.active})

    def submit(self, values: dict[str, Any]) -> Any:
        route = self.context.get("route")
        return svc.save_route(self.window_.db, self.window_.actor, svc.RouteInput(**values),
                              route.id if route else None, route.version if route else None)


class CheckpointDialog(_Editor):
    """A checkpoint of a route: context ``route_id`` and, to change one, ``point`` (a CheckpointRow)."""

    kind = P.ROUTE_KIND

    def __init__(self, window, context: dict | None = None) -> None:
        super().__init__(window, T("Patrol", "Checkpoint"), _fields(P.CHECKPOINT_FIELDS), context)
        self.setObjectName("checkpointDialog")
        point = self.context.get("point")
        if point is not None:
            self.form.set_values({"name": point.name, "location": point.location, "items": point.items,
                                  "seq": point.seq, "active": point.active})

    def submit(self, values: dict[str, Any]) -> Any:
        point = self.context.get("point")
        return svc.save_checkpoint(self.window_.db, self.window_.actor,
                                   svc.CheckpointInput(self.context["route_id"], **values),
                                   point.id if point else None, point.version if point else None)


ROUTE_COLUMNS = [
    Column("name", T("Patrol", "Route"), attr("name"), 160),
    Column("area", T("Patrol", "Area"), attr("area"), 140),
    Column("points", T("Patrol", "Checkpoints"), lambda r: str(r.points), 80),
]
POINT_COLUMNS = [
    Column("seq", T("Patrol", "Order"), lambda r: str(r.seq), 50),
    Column("name", T("Patrol", "Checkpoint"), attr("name"), 140),
    Column("location", T("Patrol", "Location"), attr("location"), 140),
    Column("items", T("Patrol", "What to check"), attr("items"), 200),
]


class RoutesDialog(QDialog):
    """Routes and their checkpoints: everyone may look, 客服主管 adds and changes them."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_, self.db, self.actor = window, window.db, window.actor
        self.setObjectName("routesDialog")
        self.setWindowTitle(self.tr("Routes and checkpoints"))
        self.resize(980, 520)
        layout = QVBoxLayout(self)
        tables = QHBoxLayout()
        self.route_model = LazyTableModel(ROUTE_COLUMNS, lambda after, n: [], parent=self)
        self.route_view = record_view(self, self.route_model, "routeView")
        self.route_view.selectionModel().currentRowChanged.connect(lambda *_: self.reload_points())
        self.point_model = LazyTableModel(POINT_COLUMNS, lambda after, n: [], parent=self)
        self.point_view = record_view(self, self.point_model, "pointView")
        tables.addWidget(self.route_view, 2)
        tables.addWidget(self.point_view, 3)
        layout.addLayout(tables, 1)
        row = QHBoxLayout()
        self.buttons = {}
        for name, label, slot in (("newRoute", self.tr("New route"), lambda: self.edit_route(new=True)),
                                  ("editRoute", self.tr("Edit route"), self.edit_route),
                                  ("newPoint", self.tr("New checkpoint"), lambda: self.edit_point(new=True)),
                                  ("editPoint", self.tr("Edit checkpoint"), self.edit_point)):
            button = QPushButton(label, self, objectName=name)
            button.clicked.connect(lambda _=False, f=slot: f())
            button.setVisible(self.actor.can(PATROL_ROUTES))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout.addLayout(row)
        self.route_view.doubleClicked.connect(lambda *_: self.edit_route())
        self.point_view.doubleClicked.connect(lambda *_: self.edit_point())
        window.ops.records_changed.connect(lambda kind, _ids: kind == P.ROUTE_KIND and self.reload())
        self.reload()

    def current_route(self) -> svc.RouteRow | None:
        return self.route_model.row_at(self.route_view.currentIndex().row())

    def reload(self) -> None:
        current = self.current_route()
        db, actor = self.db, self.actor
        self.route_model.set_fetch(lambda after, n: svc.list_routes(db, actor, include_inactive=True, after=after,
                                                                    limit=n))
        row = self.route_model.find(lambda r: r.id == current.id) if current is not None else 0
        if row >= 0 and self.route_model.rowCount():
            self.route_view.selectRow(row)   # keeps the route chosen; its checkpoints reload with it
        self.reload_points()

    def reload_points(self) -> None:
        route = self.current_route()
        self.buttons["newPoint"].setEnabled(route is not None)
        if route is None:
            self.point_model.set_rows([])
            return
        db, actor, rid = self.db, self.actor, route.id
        self.point_model.set_fetch(lambda after, n: svc.list_checkpoints(db, actor, rid, include_inactive=True,
                                                                         after=after, limit=n))

    def edit_route(self, new: bool = False):
        route = None if new else self.current_route()
        if not self.actor.can(PATROL_ROUTES) or (not new and route is None):
            return None
        self.dialog = RouteDialog(self.window_, {"route": route})
        self.dialog.show()
        return self.dialog

    def edit_point(self, new: bool = False):
        route = self.current_route()
        point = None if new else self.point_model.row_at(self.point_view.currentIndex().row())
        if not self.actor.can(PATROL_ROUTES) or route is None or (not new and point is None):
            return None
        self.dialog = CheckpointDialog(self.window_, {"route_id": route.id, "point": point})
        self.dialog.show()
        return self.dialog
