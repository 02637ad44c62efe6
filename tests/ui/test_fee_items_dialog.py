"""设置 → 收费项目 against a real database file: the menu item follows fees.setup, an item added, a billed
item's new price from a date (refused before the last day billed, the reason beside the field), deactivated,
a used item's delete button off and a new one deleted."""
from __future__ import annotations

import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

sys.path.insert(0, str(Path(__file__).parent))
from sqlalchemy import func, select  # noqa: E402

from app.services.fees import items  # noqa: E402
from db.models.fees import FeeItem  # noqa: E402
from tests.helpers import clock, estate, fees  # noqa: E402,F401
from tests.ui.conftest_settings import wait_ops, window  # noqa: E402,F401


@pytest.fixture
def dialog(qtbot, window, fees):
    window.findChild(QAction, "actFeeItems").trigger()
    dlg = window.last_dialog
    qtbot.addWidget(dlg)
    return dlg


def _save(qtbot, editor):
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not editor.saving, timeout=10000)


def _item(db, code):
    with db.read() as s:
        from sqlalchemy import select
        return s.scalar(select(FeeItem).where(FeeItem.code == code))


def test_the_menu_item_follows_the_permission(qtbot, window_for, db, actor, window):
    assert window.findChild(QAction, "actFeeItems").isEnabled()
    other = window_for(db, actor("receptionist"))
    assert not other.findChild(QAction, "actFeeItems").isEnabled()


def test_add_change_the_price_from_a_date_deactivate_and_delete(qtbot, dialog, db, window):
    n_items = db.rows(select(func.count()).select_from(FeeItem))[0][0]   # the defaults (renovation adds GL, GB)
    assert dialog.model.rowCount() == n_items >= 5 and dialog.select_code("WY")
    assert dialog.edit_button.isEnabled() and not dialog.delete_button.isEnabled()   # WY has bills
    dialog.add_button.click()
    editor = dialog.editor
    qtbot.addWidget(editor)
    qtbot.keyClicks(editor.form.widgets["code"], "GR")
    editor.form.widgets["name"].setText("公共能耗费")
    qtbot.keyClicks(editor.form.widgets["unit_price"], "0.15")
    editor.form.set_value("cycle_months", "3")
    with qtbot.waitSignal(editor.accepted, timeout=10000):
        _save(qtbot, editor)
    gr = _item(db, "GR")
    assert (gr.name, gr.unit_price, gr.cycle_months, gr.active) == ("公共能耗费", Decimal("0.15"), 3, True)
    assert dialog.selected().item.code == "GR" and dialog.delete_button.isEnabled()

    # a billed item: the new price from a day already billed is refused beside the date
    assert dialog.select_code("WY")
    dialog.edit_button.click()
    editor = dialog.editor
    qtbot.addWidget(editor)
    editor.form.widgets["unit_price"].setText("2.50")
    editor.form.widgets["price_from"].setDate(QDate(2026, 6, 1))
    _save(qtbot, editor)
    assert editor.isVisible() and "2026-07-01" in editor.form.error_text("price_from")
    assert _item(db, "WY").unit_price == Decimal("2.20")
    editor.form.widgets["price_from"].setDate(QDate(2026, 8, 1))
    with qtbot.waitSignal(editor.accepted, timeout=10000):
        _save(qtbot, editor)
    assert _item(db, "WY").unit_price == Decimal("2.50")
    row = dialog.selected()
    assert row.item.code == "WY" and row.price_from == date(2026, 8, 1)
    assert dialog.model.index(dialog.model.find(lambda r: r.item.code == "WY"), 4).data() == "2026-08-01"

    # deactivate WY; delete GR (never used)
    dialog.toggle_button.click()
    wait_ops(qtbot, window)
    assert not _item(db, "WY").active and dialog.toggle_button.text().replace("&", "") == "Activate"
    assert dialog.select_code("GR")
    dialog.delete_item(confirm=False)
    wait_ops(qtbot, window)
    assert _item(db, "GR") is None and dialog.model.find(lambda r: r.item.code == "GR") < 0
    codes = {r.item.code for r in items.item_rows(db, window.actor)}
    assert {"WY", "DT", "TC", "SF", "LJ"} <= codes and "GR" not in codes
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.addWidget(dialog.editor)
    dialog.editor.reject()
