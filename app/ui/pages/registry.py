"""房屋档案 — the estate registry: buildings → units → rooms, and the household card of a room."""
from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import DeliveryState, OccupancyState, RoomRole, RoomType
from app.domain.errors import UserError
from app.domain.permissions import REGISTRY_EDIT, REGISTRY_EXPORT, REGISTRY_IMPORT
from app.domain.phones import format_phone
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import privacy, registry
from app.ui.pages.base import Page
from app.ui.widgets.record_pane import rich_label
from app.ui.widgets.splitter import fit_columns, persist_splitter
from app.ui.widgets.table_model import (
    Column,
    LazyTableModel,
    attr,
    label_of,
    record_view,
)

#: the fill of a room's row by what the desk sees on the estate's colour-coded plan (DOMAIN.md §8.3): unsold,
#: sold and not handed over, then a handed-over room by its use
STATE_FILL = {"unsold": "#e6e8eb", "sold": "#ffe9c7", "vacant": "#dcebfb", "owner_occupied": "#d9f2dc",
              "rented": "#eadcf5", "renovating": "#fff5b8"}
STATE_LEGEND = (("unsold", DeliveryState.UNSOLD.label), ("sold", DeliveryState.SOLD.label),
                *((o.value, o.label) for o in OccupancyState))
_BRUSHES = {key: QBrush(QColor(hex_)) for key, hex_ in STATE_FILL.items()}


def state_of(row) -> str:
    """The key of a room's colour: its delivery state until it is handed over, then its occupancy."""
    return row.occupancy_state if row.delivery_state == DeliveryState.DELIVERED.value else row.delivery_state


def _fill(row) -> QBrush | None:
    return _BRUSHES.get(state_of(row))


ROOM_COLUMNS = [replace(c, background=_fill) for c in [
    Column("code", T("Registry", "Room"), attr("code")),
    Column("floor", T("Registry", "Floor"), attr("floor"),
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("area", T("Registry", "Area m²"), attr("area"),
           align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
    Column("layout", T("Registry", "Layout"), attr("layout")),
    Column("type", T("Registry", "Type"), label_of(RoomType, "room_type")),
    Column("delivery", T("Registry", "Delivery"), label_of(DeliveryState, "delivery_state")),
    Column("occupancy", T("Registry", "Occupancy"), label_of(OccupancyState, "occupancy_state")),
    Column("owner", T("Registry", "Owner"), attr("owner")),
]]


def legend_html() -> str:
    """The colours of the room list, each beside its state."""
    return "&nbsp; ".join(f"<span style='background-color:{STATE_FILL[key]}'>&nbsp;&nbsp;&nbsp;&nbsp;</span> "
                          f"{html.escape(str(label))}" for key, label in STATE_LEGEND)

PEOPLE_COLUMNS = [
    Column("role", T("Registry", "Role"), lambda p: str(RoomRole(p.role).label) + (" ★" if p.is_primary else "")),
    Column("name", T("Registry", "Name"), attr("name")),
    Column("mobile", T("Registry", "Phone"), attr("mobile")),
    Column("id", T("Registry", "Document no."), attr("id_number"), private="id"),
    Column("since", T("Registry", "Since"), attr("start_date")),
]


class RegistryPage(Page):
    watches = ("building", "unit", "room", "person", "room_person")
    report_title = T("Registry", "Room list")
    report_export_permission = REGISTRY_EXPORT

    def __init__(self, window) -> None:
        super().__init__(window)
        self.can_edit = self.actor.can(REGISTRY_EDIT)
        self.room_id: int | None = None
        self.card = None
        self.revealed = False       # the card's IDs and phones shown whole (a logged action)
        self.columns_fitted = False
        self.splitter = QSplitter(self)
        self.splitter.addWidget(self._tree_pane())
        self.splitter.addWidget(self._list_pane())
        self.splitter.addWidget(self._card_pane())
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.outer.addWidget(self.splitter, 1)
        persist_splitter(self.splitter, "registry", [170, 520, 560])
        self._loaded = False

    # -- panes
    def _tree_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget(box, objectName="buildingTree")
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(lambda *_: self.reload_rooms())
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._tree_menu)
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        self.new_building = QPushButton(self.tr("New building"), box)
        self.new_building.clicked.connect(self.add_building)
        self.new_unit = QPushButton(self.tr("New unit"), box)
        self.new_unit.clicked.connect(self.add_unit)
        for b in (self.new_building, self.new_unit):
            b.setEnabled(self.can_edit)
            row.addWidget(b)
        layout.addLayout(row)
        return box

    def _list_pane(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.occupancy = QComboBox(box, objectName="occupancyFilter")
        self.occupancy.addItem(self.tr("All occupancy"), "")
        for m in OccupancyState:
            self.occupancy.addItem(str(m.label), m.value)
        self.occupancy.currentIndexChanged.connect(lambda *_: self.reload_rooms())
        self.filter_text = QLineEdit(box, objectName="roomFilter")
        self.filter_text.setPlaceholderText(self.tr("Room code starts with… e.g. 3-2-15"))
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(lambda *_: self.reload_rooms())
        filters.addWidget(self.occupancy)
        filters.addWidget(self.filter_text, 1)
        layout.addLayout(filters)
        self.legend = rich_label(box, "roomLegend")
        self.legend.setText(legend_html())
        layout.addWidget(self.legend)
        self.rooms = LazyTableModel(ROOM_COLUMNS, lambda after, n: [], parent=self)
        self.room_view = record_view(box, self.rooms)
        self.room_view.selectionModel().currentRowChanged.connect(self._room_selected)
        self.room_view.doubleClicked.connect(lambda *_: self.edit_room())
        layout.addWidget(self.room_view, 1)
        empty = QHBoxLayout()   # an estate with no rooms yet: what to do next, with the button to do it
        self.empty = QLabel(self.tr("This estate has no rooms yet. Import the roster of owners from Excel "
                                    "(the rooms come with it), or add a building on the left."), box,
                            objectName="emptyHint")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color:#666;padding:8px;")
        self.import_btn = QPushButton(self.tr("&Import roster…"), box, objectName="importRoster")
        self.import_btn.clicked.connect(self.import_roster)
        empty.addWidget(self.empty, 1)
        empty.addWidget(self.import_btn, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(empty)
        self.empty.hide()
        self.import_btn.hide()
        bottom = QHBoxLayout()
        self.count_label = QLabel(box)
        self.new_room = QPushButton(self.tr("New room"), box)
        self.new_room.clicked.connect(self.add_room)
        self.new_room.setEnabled(self.can_edit)
        self.print_list_btn = QPushButton(self.tr("Print list"), box, objectName="printList")
        self.print_list_btn.setToolTip(self.tr("Print the rooms of the current filter"))
        self.print_list_btn.clicked.connect(lambda: self.print_list())
        self.export_list_btn = QPushButton(self.tr("Export to Excel"), box, objectName="exportList")
        self.export_list_btn.setToolTip(self.tr("Export the rooms of the current filter to Excel"))
        self.export_list_btn.clicked.connect(lambda: self.export_list())
        self.export_list_btn.setEnabled(self.actor.can(REGISTRY_EXPORT))
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.print_list_btn)
        bottom.addWidget(self.export_list_btn)
        bottom.addWidget(self.new_room)
        layout.addLayout(bottom)
        return box

    def _card_pane(self) -> QWidget:
        box = QGroupBox(self.tr("Household card"), self)
        layout = QVBoxLayout(box)
        self.card_title = rich_label(box, "cardTitle")
        self.card_title.setText(self.tr("Choose a room on the left, or search with Ctrl+K."))
        layout.addWidget(self.card_title)
        actions = QHBoxLayout()
        self.edit_room_btn = QPushButton(self.tr("Edit room"), box)
        self.edit_room_btn.clicked.connect(self.edit_room)
        self.add_person_btn = QPushButton(self.tr("Add person"), box)
        self.add_person_btn.clicked.connect(self.add_person)
        self.edit_person_btn = QPushButton(self.tr("Edit person"), box)
        self.edit_person_btn.clicked.connect(self.edit_person)
        self.end_link_btn = QPushButton(self.tr("End relation"), box)
        self.end_link_btn.clicked.connect(self.end_link)
        self.print_btn = QPushButton(self.tr("Print card"), box)
        self.print_btn.clicked.connect(self.print_card)
        # the card shows IDs and phones masked; showing them whole is a logged action of its own (§3.3)
        self.reveal_btn = QPushButton(self.tr("Show full numbers"), box, objectName="revealNumbers")
        self.reveal_btn.clicked.connect(self.toggle_reveal)
        self.reveal_btn.setVisible(privacy.sees_all(self.actor))
        for b in (self.edit_room_btn, self.add_person_btn, self.edit_person_btn, self.end_link_btn,
                  self.print_btn, self.reveal_btn):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.people = LazyTableModel(PEOPLE_COLUMNS, lambda after, n: [], parent=self)
        self.people_view = record_view(box, self.people)
        self.people_view.doubleClicked.connect(lambda *_: self.edit_person())
        layout.addWidget(self.people_view, 2)
        self.card_tabs = QTabWidget(box, objectName="cardTabs")
        self.history = LazyTableModel([
            Column("at", T("Registry", "Time"), lambda e: e.at.strftime("%Y-%m-%d %H:%M")),
            Column("who", T("Registry", "By"), attr("who")),
            Column("action", T("Registry", "Action"), attr("action_label")),
            Column("what", T("Registry", "Changes"), attr("summary")),
        ], lambda after, n: [], parent=self)
        self.history_view = record_view(box, self.history)
        self.card_tabs.addTab(self.history_view, self.tr("History"))
        layout.addWidget(self.card_tabs, 1)
        self._update_actions()
        return box

    # -- data
    def shown(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        self._load_tree()
        self.reload_rooms()
        if self.room_id:
            self.load_card(self.room_id)

    def _load_tree(self) -> None:
        current = self._selection()
        self.tree.blockSignals(True)
        self.tree.clear()
        everything = QTreeWidgetItem(self.tree, [self.tr("Whole estate")])
        everything.setData(0, Qt.ItemDataRole.UserRole, ("estate", None))
        self.nodes = registry.tree(self.db, self.actor)
        for b in self.nodes:
            bi = QTreeWidgetItem(everything, [self.tr("Building {no}").format(no=b.building_no)])
            bi.setData(0, Qt.ItemDataRole.UserRole, ("building", b.id))
            for u in b.units:
                ui = QTreeWidgetItem(bi, [self.tr("Unit {no} ({n} rooms)").format(no=u.unit_no, n=u.rooms)])
                ui.setData(0, Qt.ItemDataRole.UserRole, ("unit", u.id))
        everything.setExpanded(True)
        self.tree.setCurrentItem(self._find_item(current) or everything)
        self.tree.blockSignals(False)

    def _find_item(self, key):
        if not key:
            return None
        it = [self.tree.topLevelItem(0)]
        while it:
            item = it.pop()
            if item.data(0, Qt.ItemDataRole.UserRole) == key:
                return item
            it.extend(item.child(i) for i in range(item.childCount()))
        return None

    def _selection(self):
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def reload_rooms(self) -> None:
        kind, ident = self._selection() or ("estate", None)
        filters = dict(building_id=ident if kind == "building" else None,
                       unit_id=ident if kind == "unit" else None,
                       occupancy=self.occupancy.currentData() or None, text=self.filter_text.text())
        db, actor = self.db, self.actor
        self._room_fetch = lambda after, n: registry.list_rooms(db, actor, after=after, limit=n, **filters)
        self._room_filter = (kind, ident, filters)
        self.rooms.set_fetch(self._room_fetch)
        if not self.columns_fitted and self.rooms.rowCount():   # 使用状态 and 业主 on screen at 1366×768
            self.columns_fitted = True
            fit_columns(self.room_view)
        total = registry.count_rooms(self.db, self.actor, filters["building_id"], filters["unit_id"])
        self.count_label.setText(self.tr("{n} rooms").format(n=total))
        no_rooms = not any(u.rooms for b in self.nodes for u in b.units)
        self.empty.setVisible(no_rooms)
        self.import_btn.setVisible(no_rooms and self.actor.can(REGISTRY_IMPORT))
        self.new_unit.setEnabled(self.can_edit and kind == "building")
        self.new_room.setEnabled(self.can_edit and kind == "unit")
        if self.room_id:
            row = self.rooms.find(lambda r: r.id == self.room_id)
            if row >= 0:
                self.room_view.selectRow(row)

    def import_roster(self):
        """文件 → 从 Excel 导入业主名册, from the empty registry's button."""
        from app.ui.dialogs.roster_import import RosterImportDialog
        self.dialog = RosterImportDialog(self.window_)
        self.dialog.show()
        return self.dialog

    def _room_selected(self, current, _previous) -> None:
        row = self.rooms.row_at(current.row())
        if row is not None and row.id != self.room_id:
            self.load_card(row.id)

    def select_room(self, room_id: int) -> None:
        """Open a room's card (from search, a tile, another page) with the room chosen in the list beside it:
        its unit chosen in the tree (expanded), the filters that hide it cleared."""
        self.shown()
        self.load_card(room_id)
        if self.card is None or self.card.room.id != room_id:
            return
        unit = self._find_item(("unit", self.card.unit.id))
        if unit is not None:
            if unit.parent() is not None:
                unit.parent().setExpanded(True)
            self.tree.setCurrentItem(unit)            # (lists the unit's rooms)
        row = self._find_room(room_id)
        if row < 0 and (self.filter_text.text() or self.occupancy.currentIndex() > 0):
            for widget, reset in ((self.filter_text, self.filter_text.clear),
                                  (self.occupancy, lambda: self.occupancy.setCurrentIndex(0))):
                widget.blockSignals(True)
                reset()
                widget.blockSignals(False)
            self.reload_rooms()
            row = self._find_room(room_id)
        if row >= 0:
            self.room_view.selectRow(row)
            self.room_view.scrollTo(self.rooms.index(row, 0))

    def _find_room(self, room_id: int) -> int:
        row = self.rooms.find(lambda r: r.id == room_id)
        while row < 0 and self.rooms.canFetchMore():
            self.rooms.fetchMore()
            row = self.rooms.find(lambda r: r.id == room_id)
        return row

    def toggle_reveal(self) -> None:
        """Show the card's ID and phone numbers whole (recorded in the audit trail), or masked again."""
        if self.room_id is None:
            return
        self.revealed = not self.revealed
        self.load_card(self.room_id)
        if self.revealed:
            self.bar.info(self.tr("Full ID and phone numbers are shown; this is recorded in the audit log."))

    def load_card(self, room_id: int) -> None:
        """Show a room's card; the service records the viewing (and a reveal) in the audit trail."""
        if room_id != self.room_id:
            self.revealed = False
        self.room_id = room_id
        try:
            card = self.card = registry.household_card(self.db, self.actor, room_id, reveal=self.revealed)
        except UserError as exc:
            self.revealed = False
            self.bar.error(str(exc))
            self._update_actions()
            return
        r = card.room
        states = " · ".join(str(x) for x in (RoomType(r.room_type).label, DeliveryState(r.delivery_state).label,
                                             OccupancyState(r.occupancy_state).label))
        self.card_title.setText(
            f"<span style='font-size:20px;font-weight:600'>{r.code}</span>&nbsp;&nbsp;"
            + self.tr("Building {b}, unit {u}, floor {f} · {area} m² · {layout}").format(
                b=card.building.building_no, u=card.unit.unit_no, f=r.floor, area=r.area,
                layout=r.layout or "—")
            + f"<br><span style='color:#555'>{states}</span>")
        self.people.set_rows(card.people + card.former)
        fit_columns(self.people_view)   # roles, masked ID numbers and phones in full
        self.history.set_rows(card.history)
        self._show_sections(card.sections)
        self._update_actions()

    def _show_sections(self, sections: dict) -> None:
        """One tab per workflow section of the card (keys held, parcels waiting, visits …)."""
        while self.card_tabs.count() > 1:
            widget = self.card_tabs.widget(1)
            self.card_tabs.removeTab(1)
            widget.deleteLater()
        for section in sections.values():
            columns = [Column(f"c{i}", header, lambda row, i=i: row[i]) for i, header in enumerate(section.headers)]
            model = LazyTableModel(columns, lambda after, n: [], parent=self)
            model.set_rows(section.rows)
            self.card_tabs.addTab(record_view(self.card_tabs, model), f"{section.title} ({len(section.rows)})")

    def _update_actions(self) -> None:
        has_room = self.card is not None
        for b in (self.edit_room_btn, self.add_person_btn, self.edit_person_btn, self.end_link_btn):
            b.setEnabled(has_room and self.can_edit)
        self.print_btn.setEnabled(has_room)
        self.reveal_btn.setEnabled(has_room)
        self.reveal_btn.setText(self.tr("Hide full numbers") if self.revealed else self.tr("Show full numbers"))

    def _person(self):
        index = self.people_view.currentIndex()
        return self.people.row_at(index.row()) if index.isValid() else None

    # -- actions
    def _open(self, dialog) -> None:
        dialog.accepted.connect(lambda: self.bar.info(self.tr("Saved.")))
        dialog.show()
        self.dialog = dialog

    def add_building(self) -> None:
        from app.ui.dialogs.registry import BuildingDialog
        self._open(BuildingDialog(self.window_))

    def edit_building(self) -> None:
        from app.ui.dialogs.registry import BuildingDialog
        kind, ident = self._selection() or (None, None)
        node = next((b for b in self.nodes if b.id == ident), None) if kind == "building" else None
        if node is None:
            self.bar.warning(self.tr("Choose a building first."))
            return
        self._open(BuildingDialog(self.window_, {
            "id": node.id, "version": node.version,
            "values": {"building_no": node.building_no, "name": node.name,
                       "floors": node.floors or "", "has_lift": node.has_lift}}))

    def add_unit(self) -> None:
        from app.ui.dialogs.registry import UnitDialog
        kind, ident = self._selection() or (None, None)
        if kind != "building":
            self.bar.warning(self.tr("Choose a building first."))
            return
        node = next(b for b in self.nodes if b.id == ident)
        self._open(UnitDialog(self.window_, {"building_id": ident, "building_no": node.building_no}))

    def add_room(self) -> None:
        from app.ui.dialogs.registry import RoomDialog
        kind, ident = self._selection() or (None, None)
        if kind != "unit":
            self.bar.warning(self.tr("Choose a unit first."))
            return
        label = self.tree.currentItem().parent().text(0) + " " + self.tree.currentItem().text(0)
        self._open(RoomDialog(self.window_, {"unit_id": ident, "unit_label": label}))

    def edit_room(self) -> None:
        from app.ui.dialogs.registry import RoomDialog
        if self.card is None or not self.can_edit:
            return
        r = self.card.room
        self._open(RoomDialog(self.window_, {
            "id": r.id, "version": r.version, "unit_id": r.unit_id, "code": r.code,
            "values": {"room_no": r.room_no, "floor": r.floor, "area": r.area,
                       "inner_area": r.inner_area or "", "layout": r.layout, "room_type": r.room_type,
                       "delivery_state": r.delivery_state, "occupancy_state": r.occupancy_state,
                       "notes": r.notes}}))

    def add_person(self) -> None:
        from app.ui.dialogs.registry import PersonDialog
        if self.card is None:
            return
        self._open(PersonDialog(self.window_, {"room_id": self.card.room.id, "code": self.card.room.code}))

    def edit_person(self) -> None:
        from app.ui.dialogs.registry import PersonDialog
        p = self._person()
        if p is None or not self.can_edit:
            self.bar.warning(self.tr("Choose a person in the card first."))
            return
        person = registry.get_person(self.db, self.actor, p.person_id)
        values = {k: getattr(person, k) for k in ("name", "gender", "mobile", "other_phone", "id_type",
                                                  "id_number", "work_unit", "address", "notes")}
        masked = {k: values.pop(k) for k in person.hidden if k in values}  # never prefilled (the service keeps them)
        for key in ("mobile", "other_phone"):
            if key in values:
                values[key] = format_phone(values[key])
        self._open(PersonDialog(self.window_, {"id": person.id, "version": person.version,
                                               "name": person.name, "values": values, "masked": masked}))

    def end_link(self) -> None:
        from datetime import date

        from PySide6.QtWidgets import QMessageBox
        p = self._person()
        if p is None:
            self.bar.warning(self.tr("Choose a person in the card first."))
            return
        if p.end_date:
            self.bar.warning(self.tr("This relation has already ended."))
            return
        answer = QMessageBox.question(self, self.tr("End relation"), self.tr(
            "End {name}'s relation ({role}) with {code} today? The history keeps it.").format(
                name=p.name, role=RoomRole(p.role).label, code=self.card.room.code))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.run(lambda: registry.end_link(self.db, self.actor, p.link_id, date.today(), p.link_version),
                     kind="room_person", on_error=lambda e: self.bar.error(str(e)))

    def print_card(self) -> None:
        if self.card is None:
            return
        from app.ui.dialogs.print_preview import preview_form
        preview_form(self.window_, "household_card", self.card.room.code)

    # -- list report (打印列表 / 导出Excel): the rooms of the current filter
    def report_columns(self):
        return ROOM_COLUMNS

    def report_fetch(self):
        return getattr(self, "_room_fetch", None)

    def report_filter_text(self) -> str:
        kind, ident, filters = getattr(self, "_room_filter", ("estate", None, {}))
        item = self.tree.currentItem()
        parts = []
        if kind == "unit" and item is not None and item.parent() is not None:
            parts.append(self.tr("Scope: {scope}").format(
                scope=f"{item.parent().text(0)} {item.text(0)}"))
        elif kind == "building" and item is not None:
            parts.append(self.tr("Scope: {scope}").format(scope=item.text(0)))
        else:
            parts.append(self.tr("Scope: whole estate"))
        if filters.get("occupancy"):
            parts.append(self.tr("Occupancy: {state}").format(state=self.occupancy.currentText()))
        if (filters.get("text") or "").strip():
            parts.append(self.tr("Room code starts with: {text}").format(text=filters["text"].strip()))
        return self.tr("; ").join(parts)

    def _tree_menu(self, pos) -> None:
        if not self.can_edit:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("New building"), self.add_building)
        kind, _ = self._selection() or (None, None)
        if kind == "building":
            menu.addAction(self.tr("Edit building"), self.edit_building)
            menu.addAction(self.tr("New unit"), self.add_unit)
        if kind == "unit":
            menu.addAction(self.tr("New room"), self.add_room)
        menu.popup(self.tree.viewport().mapToGlobal(pos))
