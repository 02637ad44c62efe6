"""钥匙交接单, 业主托管钥匙委托书 and 钥匙借用登记表 printed from the database and read back from their PDFs."""
from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import NotFound, PermissionDenied
from app.domain.keys import LOAN_KIND
from app.domain.validation import mask_id
from app.printing.registry import get_form
from app.services import keys as svc
from app.services import printing, records, registry
from app.services.registry import BuildingInput, PersonInput, RoomInput
from tests.conftest import PASSWORD
from tests.printing.print_helpers import page_texts, squash
from tests.unit.services.test_keys import MORNING, act_key, act_loan, owner_key, owner_loan, return_key, staff_loan
from tests.unit.services.test_visits import OWNER_ID, VISITOR_ID, Clock


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, MORNING)


@pytest.fixture
def book(db, admin, actor, clock):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    room = registry.save_room(db, admin, RoomInput(u, "1502", "15", "128.56"))
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number=OWNER_ID), room_id=room,
                         role="owner", is_primary=True)
    desk = actor("receptionist")
    kid = owner_key(db, desk)
    ids = {"key": kid, "owner": svc.lend(db, desk, kid, owner_loan())}
    clock.advance(hours=1)
    return_key(db, desk, ids["owner"], count_in=1, returned_by="王建国", confirm_loss=True)
    act_key(db, desk, kid, "found")
    clock.advance(minutes=30)
    ids["staff"] = svc.lend(db, desk, kid, staff_loan(approver=admin.staff_id, id_number=VISITOR_ID,
                                                      owner_notified="电话告知业主王建国"), approver_password=PASSWORD)
    clock.set(datetime(2026, 6, 10, 18, 0))
    return ids


def loan_number(db, actor, loan_id) -> str:
    return records.get(db, actor, LOAN_KIND, loan_id).number


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def test_key_handover_reads_back_after_a_short_return(db, actor, book):
    desk = actor("receptionist")
    number = loan_number(db, desk, book["owner"])
    t = text(printing.render_document(db, desk, "key_handover", number))
    for expected in ("钥匙交接单", number, "3-2-1502", "A-015", "业主托管钥匙", "入户门钥匙", "2把", "王建国（业主）",
                     "业主自用", "2026-06-1009:00", "2026-06-1017:30", "借用人签字", "钥匙管理员", "审批人",
                     "二、归还", "2026-06-1010:00", "1把（短少1把，已登记遗失）", "归还人签字", "钥匙管理员签收",
                     "无需审批", "本人", "测试小区"):
        assert expected in t, expected
    assert mask_id(OWNER_ID) in t and OWNER_ID not in t
    assert "138****6688" in t and "13805716688" not in t
    spec = get_form("key_handover")
    assert spec.qr and spec.number_prefix == "YS" and spec.paper == "A4"


def test_key_handover_of_a_loan_out_shows_the_approval_and_a_blank_return(db, admin, book):
    number = loan_number(db, admin, book["staff"])
    t = text(printing.render_document(db, admin, "key_handover", number))
    for expected in ("李师傅（员工）", "维修：卫生间漏水检修", "王主管", "电话告知业主王建国", "____年__月__日__时__分",
                     "____把"):
        assert expected in t, expected
    assert mask_id(VISITOR_ID) in t and VISITOR_ID not in t   # the document is masked even for the supervisor


def test_entrustment_prints_two_copies(db, actor, book):
    desk = actor("receptionist")
    pdf = printing.render_document(db, desk, "key_entrustment", "WT20260610-0001")
    t = text(pdf)
    for expected in ("业主托管钥匙委托书", "WT20260610-0001", "3-2-1502", "王建国", "2把", "A-015", "长期出差",
                     "本人凭身份证领取", "不对房屋内财物承担保管责任", "业主签字", "经办人", "第一联存根联",
                     "第二联业主联"):
        assert expected in t, expected
    assert len(page_texts(pdf)) == 1
    owner_copy = text(printing.render_document(db, desk, "key_entrustment", "WT20260610-0001", copy=2))
    assert "第二联业主联" in owner_copy and "第一联存根联" not in owner_copy


def test_day_register_lists_the_days_loans(db, actor, book):
    desk = actor("receptionist")
    t = text(printing.render_document(db, desk, "key_register", "2026-06-10"))
    for expected in ("钥匙借用登记表", "2026年06月10日", "星期三", "A-015", "王建国", "李师傅", "业主自用", "维修",
                     "逾期未还", "遗失", "2/1", "借用人签字", "管理员签字", "客服主管审核",
                     "共借出2次：已归还0，遗失1，未还1（逾期1）"):
        assert expected in t, expected
    assert OWNER_ID not in t and mask_id(OWNER_ID) in t


def test_reprint_void_and_refusals(db, admin, actor, book):
    number = loan_number(db, admin, book["staff"])
    printing.print_document(db, admin, "key_handover", number)
    assert "补打" in text(printing.print_document(db, admin, "key_handover", number))
    act_loan(db, admin, book["staff"], "void", {"reason": "登记错误"})
    assert "作废" in text(printing.render_document(db, admin, "key_handover", number))
    with pytest.raises(NotFound):
        printing.render_document(db, admin, "key_handover", "YS20260610-0099")
    with pytest.raises(NotFound):
        printing.render_document(db, admin, "key_entrustment", "WT20260610-0099")
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "key_handover", number)


def test_a_landline_prints_grouped_or_masked():
    from dataclasses import replace

    from app.printing.forms.key_handover import sample
    from app.printing.registry import SAMPLE_ESTATE, render

    def text(**changes) -> str:
        return squash("".join(page_texts(render("key_handover", replace(sample(), **changes),
                                                estate=SAMPLE_ESTATE))))
    assert "0755-28881234" in text(phone="075528881234", mask_private=False)   # 0755-2888 1234, squashed
    masked = text(phone="075528881234")
    assert "0755-****1234" in masked and "2888" not in masked


def test_the_call_memo_of_an_overdue_loan_reads_back(db, actor, book, clock):
    desk = actor("receptionist")
    number = loan_number(db, desk, book["staff"])
    empty = text(printing.render_document(db, desk, "key_call_memo", number))
    assert "钥匙管理备忘录" in empty and "借出中（逾期）" in empty and "未接听" not in empty
    act_loan(db, desk, book["staff"], "call", {"called": "李师傅", "call_result": "未接听"})
    clock.set(datetime(2026, 6, 10, 18, 40))
    act_loan(db, desk, book["staff"], "call", {"called": "工程部王经理", "call_result": "答应明早九点前归还"})
    t = text(printing.render_document(db, desk, "key_call_memo", number))
    for expected in ("钥匙管理备忘录", number, "A-015", "3-2-1502", "李师傅", "2026-06-1017:30", "借出中（逾期）",
                     "二、催还记录", "致电时间", "通话结果", "2026-06-1018:00", "未接听", "2026-06-1018:40",
                     "工程部王经理", "答应明早九点前归还", desk.name, "钥匙管理员", "客服主管", "测试小区"):
        assert expected in t, expected
    assert t.index("未接听") < t.index("答应明早九点前归还")           # in time order
    spec = get_form("key_call_memo")
    assert spec.paper == "A4" and spec.number_prefix == "YS"
    with pytest.raises(NotFound):
        printing.render_document(db, desk, "key_call_memo", "YS20260610-0099")
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "key_call_memo", number)
    # once the key is back, the memo stays printable from the loan's history, its state no longer overdue
    return_key(db, desk, book["staff"], count_in=2, returned_by="李师傅")
    back = text(printing.render_document(db, desk, "key_call_memo", number))
    assert "已归还" in back and "逾期" not in back and "答应明早九点前归还" in back
