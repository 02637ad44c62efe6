"""欠费 — the arrears view of the fees page: the aging of §5.3 (本年/往年 by ≤1, 1–3, 3–6, 6–12, >12 months) of the
estate or a building, the rooms owing (with their oldest bill's bucket); for the rooms chosen, a reminder logged
(phone, SMS, visit) or the 催款通知书 / 最后缴款通知书 printed in one batch, one letter per room. Reminders only:
nothing here cuts a supply (§8.6). 导出Excel exports the rooms owing with the amounts as numbers."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.domain.errors import UserError
from app.domain.fees.codes import Channel
from app.i18n import QT_TRANSLATE_NOOP as T
from app.services import base, registry
from app.services.fees import arrears
from app.ui.pages.fees.parts import EmptyHint, FeeForm, ListTable, button_row, preview, room_code
from app.ui.widgets.form import Field
from app.ui.widgets.table_model import Column

ZERO = Decimal(0)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TALKS = (Channel.PHONE, Channel.SMS, Channel.VISIT)


class ArrearsView(QWidget):
    report_title = T("FeesDesk", "Arrears by room")

    def __init__(self, page) -> None:
        super().__init__(page)
        self.page = page
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.building = QComboBox(self, objectName="arrearsBuilding")
        self.building.addItem(self.tr("The whole estate"), None)
        for b in registry.tree(page.db, page.actor):
            self.building.addItem(self.tr("Building {no}").format(no=b.building_no), b.id)
        self.building.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.building)
        self.buttons = button_row(self, top, "arrears", (
            ("remind", self.tr("Log a reminder…"), self.log_reminder),
            ("notice", self.tr("Print payment reminders"), lambda: self.print_notices(False)),
            ("final", self.tr("Print final notices"), lambda: self.print_notices(True)),
            ("export", self.tr("Export to Excel"), lambda: self.page.export_list())))
        layout.addLayout(top)
        self.aging = ListTable([self.tr("Overdue"), self.tr("This year"), self.tr("Earlier years"), self.tr("Total"),
                                self.tr("Households")], self, name="arrearsAging")
        self.aging.setFixedHeight(216)   # the five buckets and the total, without scrolling
        layout.addWidget(self.aging)
        self.count = QLabel(self, objectName="arrearsCount")
        layout.addWidget(self.count)
        self.rooms = ListTable([self.tr("Room"), self.tr("Overdue"), self.tr("Bills"), self.tr("Oldest due"),
                                self.tr("Aging")], self, name="arrearsRooms", multi=True)
        layout.addWidget(self.rooms, 1)
        self.empty = EmptyHint(self.tr("No room owes anything overdue. Bills are posted under Bills; the counter "
                                       "takes payments."), self.tr("Go to the bills"),
                               lambda: page.show_view("bills"), self, name="arrearsEmpty")
        layout.addWidget(self.empty)
        self.owing: list[arrears.RoomArrears] = []

    def building_id(self) -> int | None:
        value = self.building.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        db, actor = self.page.db, self.page.actor
        today = base.now().date()
        rows = arrears.aging(db, actor, today=today, building_id=self.building_id())
        this_year, earlier = sum((r.this_year for r in rows), ZERO), sum((r.earlier for r in rows), ZERO)
        self.aging.fill([(r.bucket.value, (str(r.bucket.label), r.this_year, r.earlier, r.amount, r.households))
                         for r in rows] + [("", (self.tr("Total"), this_year, earlier, this_year + earlier, ""))])
        self.owing = arrears.owing_rooms(db, actor, today=today, building_id=self.building_id(), limit=2000)
        self.rooms.fill([(r.room_code, (r.room_code, r.amount, r.bills, r.oldest_due.isoformat(),
                                        str(r.aging(today).label))) for r in self.owing])
        self.count.setText(self.tr("{n} rooms owe {amount} overdue; choose rooms (Ctrl or Shift+click) to remind "
                                   "them.").format(n=len(self.owing),
                                                   amount=f"¥{sum(r.amount for r in self.owing):,.2f}"))
        self.empty.setVisible(not self.owing)
        for name in ("remind", "notice", "final", "export"):
            self.buttons[name].setEnabled(bool(self.owing))

    def pick_room(self, room_id: int) -> None:
        """A room chosen with Ctrl+K: chosen in the list of the whole estate (to remind it or print its notice), or
        said in the bar when it owes nothing overdue."""
        code = room_code(self.page, room_id)
        if code is None:
            return
        if code not in self.rooms.keys:
            if self.building.currentIndex() != 0:
                self.building.setCurrentIndex(0)      # refreshes
            else:
                self.refresh()
        if code not in self.rooms.keys:
            self.page.bar.info(self.tr("Room {room} owes nothing overdue.").format(room=code))
            return
        row = self.rooms.keys.index(code)
        self.rooms.clearSelection()
        self.rooms.selectRow(row)
        self.rooms.scrollToItem(self.rooms.item(row, 0))
        self.rooms.setFocus()

    def chosen(self) -> list[str]:
        return self.rooms.selected_keys()

    def log_reminder(self) -> FeeForm | None:
        rooms = self.chosen()
        if not rooms:
            self.page.bar.error(str(arrears.MSG_NO_ROOMS))
            return None
        db, actor = self.page.db, self.page.actor
        self.dialog = FeeForm(self, self.tr("Remind {n} rooms").format(n=len(rooms)), [
            Field("channel", T("FeesDesk", "How"), "combo", choices=[(c.value, str(c.label)) for c in TALKS]),
            Field("note", T("FeesDesk", "What was said (will pay at the end of the month …)"), "multiline")],
            lambda v: arrears.remind_batch(db, actor, rooms, v["channel"], v["note"]),
            done=lambda ids: self.page.bar.info(self.tr("{n} reminders logged.").format(n=len(ids))))
        self.dialog.show()
        return self.dialog

    def print_notices(self, final: bool):
        rooms = self.chosen()
        if not rooms:
            self.page.bar.error(str(arrears.MSG_NO_ROOMS))
            return None
        db, actor = self.page.db, self.page.actor
        channel = Channel.FINAL if final else Channel.NOTICE
        try:
            ids = arrears.remind_batch(db, actor, rooms, channel)
            number = arrears.reminder_number_of(db, actor, ids[0])
        except UserError as exc:  # a refusal (no arrears any more) said in the bar
            self.page.bar.error(str(exc))
            return None
        return preview(self, "fee_final_reminder" if final else "fee_reminder", number)

    # -- the list report (打印列表 / 导出Excel of the page): the rooms owing, amounts as numbers
    def report_columns(self) -> list[Column]:
        today = base.now().date()
        return [Column("room", T("FeesDesk", "Room"), lambda r: r.room_code),
                Column("amount", T("FeesDesk", "Overdue"), lambda r: r.amount, align=RIGHT),
                Column("bills", T("FeesDesk", "Bills"), lambda r: r.bills, align=RIGHT),
                Column("oldest", T("FeesDesk", "Oldest due"), lambda r: r.oldest_due),
                Column("aging", T("FeesDesk", "Aging"), lambda r: str(r.aging(today).label))]

    def report_fetch(self):
        db, actor, building = self.page.db, self.page.actor, self.building_id()
        today = base.now().date()
        return lambda after, limit: arrears.owing_rooms(db, actor, today=today, building_id=building, limit=limit,
                                                        after=after or "")

    def report_filter_text(self) -> str:
        return self.building.currentText()
