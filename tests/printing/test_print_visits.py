"""访客单 and 来访人员登记表 printed from the database and read back from their PDFs."""
from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import NotFound, PermissionDenied
from app.domain.validation import mask_id
from app.printing.registry import get_form
from app.services import printing, records, registry
from app.services import visits as svc
from app.services.registry import BuildingInput, PersonInput, RoomInput
from tests.printing.print_helpers import page_texts, squash
from tests.unit.services.test_visits import MORNING, OTHER_ID, VISITOR_ID, Clock, rid, service, visitor


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, MORNING)


@pytest.fixture
def book(db, admin, clock):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    for no in ("1501", "1502"):
        registry.save_room(db, admin, RoomInput(u, no, "15", "98.5"))
    registry.save_person(db, admin, PersonInput("王建国", "13805716688", id_number="11010519491231002X"),
                         room_id=1, role="owner")
    ids = {}
    ids["admitted"] = svc.register_visit(db, admin, visitor(remarks="业主电话确认"))
    clock.advance(minutes=2)
    records.act(db, admin, svc.KIND, ids["admitted"], "host_agreed",
            {"host_contact_method": "phone", "admit_now": True, "pass_no": "L-018"})
    clock.advance(minutes=10)
    ids["refused"] = svc.register_visit(db, admin, visitor(visitor_name="李雷", phone="13700007777",
                                                           id_number=OTHER_ID, room="3-2-1501",
                                                           host_name="李四", plate=""))
    records.act(db, admin, svc.KIND, ids["refused"], "host_refused",
                {"host_contact_method": "intercom", "note": "不认识"})
    clock.advance(minutes=10)
    ids["service"] = svc.register_visit(db, admin, service())
    clock.set(datetime(2026, 6, 10, 23, 0))
    return ids


def number_of(db, visit_id):
    with db.read() as s:
        from db.models.visit import Visit
        return s.get(Visit, visit_id).number


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def test_visitor_slip_reads_back(db, actor, book):
    number = number_of(db, book["admitted"])
    pdf = printing.render_document(db, actor("receptionist"), "visitor_slip", number)
    t = text(pdf)
    for expected in ("访客单", number, "刘志强", "3-2-1502", "王建国", "探亲访友", "浙A12345", "2人（含随行1人）",
                     "电话同意来访09:02", "L-018", "09:02", "水果一箱", "业主电话确认", "第一联存根联",
                     "第二联访客联", "被访人签字", "保安核验", "本单当日有效", "测试小区"):
        assert expected in t, expected
    assert mask_id(VISITOR_ID) in t and VISITOR_ID not in t
    assert "139****2345" in t and "13957112345" not in t
    assert len(page_texts(pdf)) == 1            # two A5 slips on one A4 sheet
    spec = get_form("visitor_slip")
    assert spec.qr and spec.number_prefix == "FK" and spec.paper == "A5x2"


def test_slip_shows_the_phone_to_the_supervisor_but_never_the_whole_document(db, admin, book):
    t = text(printing.render_document(db, admin, "visitor_slip", number_of(db, book["admitted"])))
    assert "13957112345" in t and VISITOR_ID not in t


def test_one_copy_reprints_and_void(db, admin, book):
    number = number_of(db, book["refused"])
    visitor_copy = text(printing.print_document(db, admin, "visitor_slip", number, copy=2))
    assert "第二联访客联" in visitor_copy and "第一联存根联" not in visitor_copy
    assert "补打" not in visitor_copy and "拒绝来访" in visitor_copy
    again = text(printing.print_document(db, admin, "visitor_slip", number))
    assert "补打第1次" in again
    voided = svc.register_visit(db, admin, service(visitor_name="误登记", phone="13500005555"))
    records.act(db, admin, svc.KIND, voided, "void", {"reason": "误登记"})
    assert "作废" in text(printing.render_document(db, admin, "visitor_slip", number_of(db, voided)))


def test_unknown_visit_and_permissions(db, actor, book):
    with pytest.raises(NotFound):
        printing.render_document(db, actor("receptionist"), "visitor_slip", "FK20260610-0999")
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "visitor_slip", number_of(db, book["admitted"]))
    with pytest.raises(NotFound):
        printing.render_document(db, actor("receptionist"), "visit_register", "2026-13-40")


def test_day_register_reads_back(db, actor, book):
    pdf = printing.print_document(db, actor("receptionist"), "visit_register", "2026-06-10")
    t = text(pdf)
    for expected in ("来访人员登记表", "2026年06月10日星期三", "刘志强", "李雷", "王建国", "3-2-1502", "3-2-1501",
                     "探亲访友", "缴费", "09:00", "09:12", "未登记离开", "未放行；不认识", "值班接待员",
                     "客服主管审核", "共3次来访：访客2批4人（放行1，未放行1），前台办事1次；未登记离开1人",
                     "序号", "离开时间", "接待员"):
        assert expected in t, expected
    assert mask_id(VISITOR_ID) in t and VISITOR_ID not in t and "139****2345" in t
    assert t == text(printing.render_document(db, actor("receptionist"), "visit_register", "20260610")
                     ).replace("补打第1次", "")


def test_a_long_day_breaks_across_pages_with_its_header(db, admin, book, clock):
    clock.set(datetime(2026, 6, 11, 8, 0))
    for k in range(45):
        clock.advance(minutes=7)
        svc.register_visit(db, admin, visitor(visitor_name=f"访客{k:02d}", phone=f"1390000{k:04d}",
                                              id_number=rid(f"11010119900101{k % 9 + 1}12")))
    pdf = printing.render_document(db, admin, "visit_register", "2026-06-11")
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert all("来访人姓名" in squash(p) for p in pages)
    assert "访客00" in squash(pages[0]) and "访客44" in squash(pages[-1])
    assert "客服主管审核" in squash(pages[-1])


def test_an_empty_day_prints_a_hint(db, admin, book):
    t = text(printing.render_document(db, admin, "visit_register", "2026-06-01"))
    assert "当日无来访登记" in t and "共0次来访" in t
