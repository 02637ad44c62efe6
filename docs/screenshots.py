"""Screenshots of every page (and a few dialogs) of the demo estate at the reception PC's 1366×768, for the
user guide and the README, and for looking at what was built as a user would.

    xvfb-run -a -s "-screen 0 1366x768x24" uv run python docs/screenshots.py [--out DIR] [--lang zh_CN|en]
        [--pages home,complaints,fees:arrears,...] [--user zhuguan]

A fresh demo database is made in a temporary folder; the images are written to ``docs/images`` (Chinese) or
``docs/images/en`` unless ``--out`` says otherwise.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--pages", default="")
    parser.add_argument("--user", default="zhuguan")
    parser.add_argument("--dialogs", action="store_true", help="also each page's new-record dialog")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="frontdesk-shots-"))
    os.environ["FRONTDESK_HOME"] = str(home)
    os.environ.setdefault("XDG_CONFIG_HOME", str(home / "config"))
    out = args.out or (ROOT / "docs" / "images" / ("" if args.lang == "zh_CN" else "en"))
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtWidgets import QApplication

    from app import i18n_qt
    from app.services import auth, demo, store
    from app.ui.main_window import MainWindow
    from app.ui.ops import Ops
    from db.engine import sqlite_url

    app = QApplication(sys.argv)
    app.setApplicationName("frontdesk")
    app.setOrganizationName("frontdesk")
    i18n_qt.install(args.lang)
    db = store.open_store(sqlite_url(home / "demo.sqlite3"))
    demo.ensure_demo(db)
    actor = auth.sign_in(db, args.user, "demo1234")
    window = MainWindow(db, actor, Ops())
    window._locking = True
    window.resize(1366, 768)
    window.show()
    wanted = [p for p in args.pages.split(",") if p] or [s.key for s in window.specs]
    for key in wanted:
        page_key, _, view = key.partition(":")   # fees:deposits — a view of a page with views
        page = window.show_page(page_key)
        if page is None:
            continue
        if view:
            shown = page.show_view(view)
            shown.refresh()
            _fees_view(app, window, view, shown, db)
        for _ in range(5):
            app.processEvents()
        window.ops.wait()           # what a page reads on the worker (the monthly report) is on screen
        for _ in range(5):
            app.processEvents()
        pane = getattr(page, "current", None)
        if key == "registry":       # a household card on screen, as the README shows it
            page.select_room(_a_household(db))
            for _ in range(5):
                app.processEvents()
        if key == "fees":           # the counter with a room loaded, then the receipts
            _fees_shots(app, window, page, db, out)
            continue
        if callable(pane) and pane().model.rowCount():
            # 零星入住: the case inspected with a defect, its checklist under the buttons
            row = pane().model.find(lambda r: r.status == "inspected") if key == "movein" else 0
            pane().table.selectRow(max(row, 0))
            app.processEvents()
        name = key.replace(":", "-")
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
        if key == "release":        # the gate check with an approved slip scanned, and the reconciliation
            _release_shots(app, window, page, db, out)
        if args.dialogs and callable(pane):
            dialog = pane().new_record()
            if dialog is not None:
                for _ in range(5):
                    app.processEvents()
                dialog.grab().save(str(out / f"{key}-new.png"))
                print(out / f"{key}-new.png")
                dialog.reject()
    if not args.pages or "signoff" in wanted:    # 主管日审: the day's records to sign (a dialog, not a page)
        from app.services.base import now
        from app.ui.dialogs.signoff import SignOffDialog
        dialog = SignOffDialog(window, now().date())
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / "signoff.png"))
        print(out / "signoff.png")
        dialog.close()
    window.ops.wait()
    db.dispose()
    return 0


def _release_shots(app, window, page, db, out: Path) -> None:
    from sqlalchemy import select

    from app.services.base import now
    from db.models.release import ReleaseSlip
    with db.read() as s:
        number = s.scalar(select(ReleaseSlip.number).where(ReleaseSlip.status == "approved",
                                                           ReleaseSlip.valid_until >= now().date())
                          .order_by(ReleaseSlip.id.desc()).limit(1))
    page.show_gate()
    page.gate.scan.setText(number or "")
    page.gate.look_up()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "release-gate.png"))
    print(out / "release-gate.png")
    page.tabs.setCurrentWidget(page.reconciliation)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "release-reconcile.png"))
    print(out / "release-reconcile.png")


def _fees_view(app, window, key: str, view, db) -> None:
    """A fees view as the desk works in it on the demo's day (never an empty state): the deposit with a refund
    waiting for the review chosen (its ledger and refund), the receptionist's open day (today's receipts, one
    void, not yet closed) with the closings before it, three rooms owing chosen for their reminders."""
    from sqlalchemy import select

    from db.models import Staff
    from db.models.fees import FeeRefund

    if key == "deposits":
        with db.read() as s:
            waiting = s.scalar(select(FeeRefund.deposit_id).order_by(FeeRefund.id.desc()).limit(1))
        if waiting in view.table.keys:
            view.table.selectRow(view.table.keys.index(waiting))
    elif key == "closing":
        with db.read() as s:
            desk = s.scalar(select(Staff.id).where(Staff.username == "jiedai"))
        found = view.cashier.findData(desk)
        if found >= 0:
            view.cashier.setCurrentIndex(found)     # refreshes
        if view.receipts.rowCount():
            view.receipts.selectRow(0)
    elif key == "arrears":
        for row in range(min(3, view.rooms.rowCount())):
            view.rooms.selectRow(row) if row == 0 else view.rooms.selectionModel().select(
                view.rooms.model().index(row, 0), view.rooms.selectionModel().SelectionFlag.Select
                | view.rooms.selectionModel().SelectionFlag.Rows)
    elif key == "readings":
        view.month.setDate(view.month.date().addMonths(1))
        view.load_file(_readings_sheet(db))
    window.ops.wait()
    for _ in range(5):
        app.processEvents()


def _readings_sheet(db) -> str:
    """The meter reader's next round as she hands it in: a title row, the header, a row per meter read (one room
    that does not exist, one reading below the last), for the 抄表 view's report."""
    import tempfile

    from openpyxl import Workbook
    from sqlalchemy import func, select

    from db.models import Room
    from db.models.fees import FeeItem, MeterReading

    with db.read() as s:
        water = s.scalar(select(FeeItem.id).where(FeeItem.code == "SF"))
        last = (select(MeterReading.room_id, func.max(MeterReading.reading).label("reading"))
                .where(MeterReading.item_id == water, MeterReading.void_key == 0)
                .group_by(MeterReading.room_id).subquery())
        meters = s.execute(select(Room.code, last.c.reading).join(last, last.c.room_id == Room.id)
                           .order_by(Room.code).limit(9)).all()
    wb = Workbook()
    ws = wb.active
    ws.title = "抄表"
    ws.append(["水表抄表记录"])
    ws.merge_cells("A1:E1")
    ws.append(["序号", "房号", "表计", "本月读数", "备注"])
    for n, (code, reading) in enumerate(meters, 1):
        if n == 4:
            code = code.rsplit("-", 1)[0] + "-9901"       # a room that does not exist
        value = reading - 3 if n == 7 else reading + 6 + n % 5
        ws.append([n, code, "水表", f"{value:.2f}", ""])
    path = str(Path(tempfile.mkdtemp(prefix="frontdesk-readings-")) / "抄表.xlsx")
    wb.save(path)
    return path


def _fees_demo(db, actor) -> str:
    """Six months of bills for the demo estate, a morning's payments and a void; the room to show at the counter
    (one owing several periods of several items)."""
    from datetime import date
    from decimal import Decimal

    from sqlalchemy import func, select

    from app.services.base import now, unit_of_work
    from app.services.fees import Payment, billing, counter, items, receipts
    from db.models import Room
    from db.models.fees import FeeBill

    with unit_of_work(db, actor) as s:
        items.ensure_default_items(s)
    today = now().date()
    for back in range(5, -1, -1):
        month = (today.year * 12 + today.month - 1 - back)
        billing.post(db, actor, date(month // 12, month % 12 + 1, 1))
    with db.read() as s:
        rooms = s.execute(select(Room.code).join(FeeBill, FeeBill.room_id == Room.id)
                          .where(FeeBill.status == "open", FeeBill.developer.is_(False))
                          .group_by(Room.code).order_by(func.count().desc(), Room.code).limit(8)).scalars().all()
    issued = []
    for code in rooms[1:7]:
        view = counter.counter(db, actor, code)
        chosen = view.bills[:3]
        due = sum((b.outstanding for b in chosen), Decimal(0))
        tenders = [("cash", (due + 50).quantize(Decimal(1)))] if len(issued) % 2 else [("wechat", due)]
        issued.append(counter.collect(db, actor, code, Payment(bills=[b.bill_id for b in chosen], tenders=tenders)))
    receipts.void(db, actor, issued[2].receipt_id, "金额录错，已重开")
    return rooms[0]


def _fees_shots(app, window, page, db, out: Path) -> None:
    room = _fees_demo(db, window.actor)
    page.load_kpis()
    view = page.show_view("counter")
    view.load_room(room)
    window.ops.wait()
    for _ in range(5):
        app.processEvents()
    view.tick_all(True)
    first = next((i for i, b in enumerate(view.rows) if b is not None), None)
    if first is not None:
        view.toggle(first)          # the oldest left: the skipped-arrears warning shows
    view.tenders[next(iter(view.tenders))].setText("2000")
    for _ in range(5):
        app.processEvents()
    for name in ("fees", "fees-counter"):
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")
    receipts_view = page.show_view("receipts")
    window.ops.wait()
    for _ in range(5):
        app.processEvents()
    receipts_view.pane.reload()
    if receipts_view.pane.model.rowCount():
        receipts_view.pane.table.selectRow(0)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "fees-receipts.png"))
    print(out / "fees-receipts.png")
    bills_view = page.show_view("bills")
    bills_view.room.setText(room)
    bills_view.status.setCurrentIndex(bills_view.status.findData("all"))
    bills_view.reload()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "fees-bills.png"))
    print(out / "fees-bills.png")


def _a_household(db) -> int:
    """An owner-occupied room of the demo with its owner and family, for the registry's picture."""
    from sqlalchemy import func, select

    from db.models import Room, RoomPerson
    with db.read() as s:
        return s.execute(select(Room.id).join(RoomPerson, RoomPerson.room_id == Room.id)
                         .where(Room.occupancy_state == "owner_occupied").group_by(Room.id)
                         .order_by(func.count().desc(), Room.id).limit(1)).scalar_one()


if __name__ == "__main__":
    sys.exit(main())
