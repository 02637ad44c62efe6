"""工作联系单 (一式两联) and 物品收发登记表 printed from the database and read back from their PDFs."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.printing.registry import SAMPLE_ESTATE, render
from app.services import printing, records, registry, relay
from app.services.registry import BuildingInput, RoomInput
from tests.printing.print_helpers import page_texts, squash

MONDAY = datetime(2026, 6, 8, 9, 0)
VALID_ID = "11010519491231002X"


@pytest.fixture
def clock(monkeypatch):
    state = {"at": MONDAY}
    monkeypatch.setattr("app.services.base.now", lambda: state["at"])
    return state


@pytest.fixture
def room(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    registry.save_room(db, admin, RoomInput(u, "1502", "15", "128.56"))
    return "3-2-1502"


def new_slip(db, actor, **changes) -> str:
    data = dict(to_dept="engineering", subject="卫生间顶棚漏水",
                content="业主来电：卫生间顶棚滴水，请工程部今日上门查看。",
                required_date=date(2026, 6, 8), required_time="17:30", room="3-2-1502", priority="urgent",
                customer_name="王建国", customer_phone="13805716688", source="GZ20260608-0003")
    data.update(changes)
    sid = relay.create_slip(db, actor, relay.SlipInput(**data))
    return records.get(db, actor, relay.SLIP_KIND, sid).number


def test_work_slip_prints_both_copies_with_what_was_recorded(db, actor, admin, room, clock):
    desk = actor("receptionist")
    number = new_slip(db, desk)
    sid = relay.slip_by_number(db, desk, number).id
    clock["at"] = MONDAY + timedelta(minutes=20)
    records.act(db, desk, relay.SLIP_KIND, sid, "sign", {"signed_by": "刘建平"})
    pdf = printing.print_document(db, desk, "work_slip", number)
    pages = page_texts(pdf)
    assert len(pages) == 1                       # 存根联 and 回执联: two A5 slips on one A4 sheet
    whole = squash(pages[0])
    assert "第一联存根联" in whole and "第二联回执联" in whole and "裁剪线" in whole
    for part in ("工作联系单", "工程部", "客服部", "卫生间顶棚漏水", "3-2-1502", "紧急",
                 "2026-06-0817:30", "2026-06-0809:30",        # complete by; sign within 30 min (urgent)
                 "刘建平", "2026-06-0809:20",                  # signed for, with the time
                 "回复内容", "验证结果", "GZ20260608-0003", "发单人", "签收人", "回复人", "验证人"):
        assert whole.count(part) >= 2, part                     # on both copies
    assert whole.count(number) >= 4                            # header and footer of each copy
    texts = [whole]
    assert "补打" not in "".join(texts)
    second = printing.print_document(db, desk, "work_slip", number, copy=2)
    assert len(page_texts(second)) == 1 and "回执联" in squash(page_texts(second)[0])
    assert "补打第1次" in squash(page_texts(second)[0])


def test_reply_and_verification_print_in_their_boxes(db, admin, room, clock):
    number = new_slip(db, admin, kind="dispatch")
    sid = relay.slip_by_number(db, admin, number).id
    records.act(db, admin, relay.SLIP_KIND, sid, "sign", {"signed_by": "刘建平"})
    records.act(db, admin, relay.SLIP_KIND, sid, "reply", {"reply": "1602地漏渗漏，已修复", "replied_by": "刘建平",
                                                "accepted": "no"})
    records.act(db, admin, relay.SLIP_KIND, sid, "verify", {"verify_result": "已回访", "customer_informed": True})
    text = squash("".join(page_texts(printing.render_document(db, admin, "work_slip", number, copy=1))))
    assert "派工单" in text                               # the kind of slip is its title
    assert "【不接受】1602地漏渗漏，已修复" in text and "已回访；已告知客户" in text and "王主管" in text


def test_a_void_slip_prints_void(db, admin, room, clock):
    number = new_slip(db, admin)
    records.act(db, admin, relay.SLIP_KIND, relay.slip_by_number(db, admin, number).id, "void", {"reason": "重复"})
    rendered = printing.preview_document(db, admin, "work_slip", number)
    assert rendered.voided and "作废" in squash("".join(page_texts(rendered.pdf)))


def test_work_slip_print_refusals(db, actor, admin, room, clock):
    number = new_slip(db, admin)
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "work_slip", number)
    with pytest.raises(NotFound):
        printing.render_document(db, admin, "work_slip", "LX20260608-0099")
    assert printing.render_document(db, admin, "work_slip", number.lower()).startswith(b"%PDF")


def test_the_longest_slip_fits_one_a5_slip_and_a_long_reply_runs_on(db, admin, room, clock):
    from app.domain.relay import CONTENT_MAX, REPLY_MAX, SUBJECT_MAX
    number = new_slip(db, admin, subject="事" * SUBJECT_MAX, content="漏" * CONTENT_MAX)
    texts = page_texts(printing.render_document(db, admin, "work_slip", number, copy=1))
    assert len(texts) == 1 and "第1页共1页" in squash(texts[0])        # one A5 slot, blank reply box
    sid = relay.slip_by_number(db, admin, number).id
    records.act(db, admin, relay.SLIP_KIND, sid, "sign", {"signed_by": "刘建平"})
    records.act(db, admin, relay.SLIP_KIND, sid, "reply", {"reply": "修" * REPLY_MAX, "replied_by": "刘建平",
                                                "accepted": "yes"})
    text = squash("".join(page_texts(printing.render_document(db, admin, "work_slip", number, copy=2))))
    assert "第2页共2页" in text and "修" * REPLY_MAX in text and "验证人" in text


def _parcel(db, actor, **changes) -> int:
    data = dict(addressee="王建国", description="小纸箱", courier="顺丰", tracking_no="SF1402345678901",
                room="3-2-1502", addressee_phone="13805716688")
    data.update(changes)
    return relay.receive_parcel(db, actor, relay.ParcelInput(**data))


def test_register_of_a_day_masks_ids_even_for_the_supervisor(db, actor, admin, room, clock):
    desk = actor("receptionist")
    first = _parcel(db, desk, urgent=True)
    clock["at"] = MONDAY + timedelta(minutes=30)
    _parcel(db, desk, addressee="李秀英", tracking_no="", item_type="document", description="A4文件袋",
            direction="left", sender="赵敏")
    records.act(db, desk, relay.PARCEL_KIND, first, "notify", {"method": "phone"})
    clock["at"] = MONDAY + timedelta(hours=3)
    records.act(db, desk, relay.PARCEL_KIND, first, "hand_over", {
        "collector_name": "李秀英", "collector_id_type": "resident", "collector_id_number": VALID_ID,
        "relation": "family", "signature": True})
    clock["at"] = MONDAY + timedelta(days=1)
    _parcel(db, desk, addressee="次日住户", tracking_no="")        # another day: not on the register
    pdf = printing.print_document(db, admin, "parcel_register", "2026-06-08")
    text = squash("".join(page_texts(pdf)))
    assert "物品收发登记表" in text and "登记日期：2026年06月08日" in text
    assert "DS20260608-0001" in text and "DS20260608-0002" in text and "次日住户" not in text
    assert "顺丰SF1402345678901" in text and "王建国" in text and "3-2-1502" in text
    assert "06-0809:30电话" in text and "12:00" in text and "已领取" in text and "急" in text
    assert "代转" in text and "待通知" in text
    assert "1101**********002X" in text and VALID_ID not in text
    assert "共2件，已领取1件" in text
    for label in ("领取人签字", "证件号码", "登记人", "审核人（客服主管）"):
        assert label in text


def test_register_of_a_range_and_of_an_empty_day(db, admin, room, clock):
    _parcel(db, admin)
    text = squash("".join(page_texts(printing.render_document(db, admin, "parcel_register",
                                                              "2026-06-01~2026-06-08"))))
    assert "2026年06月01日至2026年06月08日" in text and "06-0809:00" in text
    empty = squash("".join(page_texts(printing.render_document(db, admin, "parcel_register", "2026-06-09"))))
    assert "共0件" in empty and "领取人签字" in empty


def test_register_refusals(db, actor, admin, clock):
    for bad in ("yesterday", "2026-06-08~2026-06-01", "2026-01-01~2026-06-08"):
        with pytest.raises(ValidationError):
            printing.render_document(db, admin, "parcel_register", bad)
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "parcel_register", "2026-06-08")


def test_register_form_masks_whatever_it_is_given():
    from app.printing.forms.parcel_register import ParcelRegister, RegisterLine
    reg = ParcelRegister(date(2026, 6, 8), date(2026, 6, 8), [RegisterLine(
        "DS20260608-0001", MONDAY, "包裹", "王建国", collector="王建国", collector_id=VALID_ID,
        collected_at=MONDAY + timedelta(hours=1))])
    text = squash("".join(page_texts(render("parcel_register", reg, estate=SAMPLE_ESTATE))))
    assert VALID_ID not in text and "1101**********002X" in text
