"""钥匙盘点表 from a stock-take and from its history, and the 钥匙交接单's copy for the borrower, printed from
the database and read back from their PDFs."""
from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import NotFound
from app.printing.registry import get_form
from app.services import keys as svc
from app.services import printing
from tests.printing.print_helpers import page_texts, squash
from tests.printing.test_print_keys import book, clock, loan_number
from tests.unit.services.test_keys import owner_key

__all__ = ["book", "clock"]


def test_the_stocktake_sheet_of_the_count_just_made_and_of_an_earlier_one(db, actor, admin, book, clock):
    clerk = actor("clerk")
    desk = actor("receptionist")
    spare = owner_key(db, desk, key_no="A-016", count="1")
    first = svc.stocktake(db, clerk, {book["key"]: 0, spare: 1}, note="月度盘点")
    clock.advance(days=31)
    second = svc.stocktake(db, clerk, {spare: 0})
    history = svc.stocktakes(db, desk)
    assert [row.id for row in history] == [second.id, first.id]
    assert history[1].number == svc.stocktake_number(first.id) and history[1].note == "月度盘点"
    t = squash("".join(page_texts(printing.render_document(db, desk, "key_stocktake", history[1].number))))
    for expected in ("钥匙盘点表", history[1].number, "2026-06-1018:00", "月度盘点", "A-015", "A-016",
                     "3-2-1502", "借出", "在柜", "相符", "盘点人", "客服主管审核", "盘点2个柜位：相符2，差异0"):
        assert expected in t, expected
    t = squash("".join(page_texts(printing.render_document(db, desk, "key_stocktake", str(second.id)))))
    assert "差异1" in t and "A-016短少" in t
    assert get_form("key_stocktake").paper == "A4"
    with pytest.raises(NotFound):
        printing.render_document(db, desk, "key_stocktake", "PD-9999")


def test_the_handover_form_has_a_copy_for_the_borrower(db, actor, book):
    desk = actor("receptionist")
    pages = page_texts(printing.render_document(db, desk, "key_handover", loan_number(db, desk, book["owner"])))
    assert len(pages) == 2
    assert "存根联" in squash(pages[0]) and "借用人联" in squash(pages[1])
    assert all("借用人签字" in squash(page) for page in pages)


def test_staff_using_an_owners_key_appear_in_the_days_reception_register(db, actor, admin, book):
    """§4.6: staff using an owner's entrusted key is recorded in the daily reception register (来访人员登记表);
    the owner borrowing their own key is not a visit."""
    desk = actor("receptionist")
    staff_number = loan_number(db, desk, book["staff"])
    t = squash("".join(page_texts(printing.render_document(db, desk, "visit_register", "2026-06-10"))))
    for expected in ("来访人员登记表", "李师傅", "员工", "持业主钥匙入户", "3-2-1502", staff_number, "钥匙A-015",
                     "维修：卫生间漏水检修", "审批王主管", "业主告知电话告知业主王建国", "员工持业主钥匙入户1次"):
        assert expected in t, expected
    assert "王建国（业主）" not in t and t.count("持业主钥匙入户") == 2     # the row and the total
    with db.read() as s:
        entries = svc.reception_entries(s, date(2026, 6, 10))
    assert [e.visitor_name for e in entries] == ["李师傅"] and entries[0].departure_at is None
