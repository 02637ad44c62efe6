"""空置房月统计表 and 空置房巡检表 printed from the database and read back from their PDFs."""
from __future__ import annotations

from datetime import date

import pytest

from app.domain.errors import NotFound, PermissionDenied
from app.printing.registry import get_form
from app.services import printing, records
from app.services import vacancy as svc
from tests.printing.print_helpers import page_texts, squash
from tests.unit.services.test_vacancy import MORNING, clock, inspect, register, rooms  # noqa: F401


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


@pytest.fixture
def book(db, actor, admin, rooms):  # noqa: F811
    u1 = register(db, admin)
    register(db, admin, room="5-1-0101", vtype="2")
    iid = inspect(db, actor("steward"), u1, water="卫生间顶棚渗水")
    records.act(db, admin, svc.INSPECTION_KIND, iid, "review",
                {"opinion": "报开发商维修", "rectify_requirement": "修复渗水",
                 "rectify_deadline": "2026-06-17", "recheck_on": "2026-06-18"})
    return {"unit": u1, "inspection": iid}


def test_monthly_statistics_read_back(db, actor, book):
    pdf = printing.render_document(db, actor("clerk"), "vacancy_monthly", "2026-06")
    t = text(pdf)
    for expected in ("空置房月统计表", "2026年06月", "分楼栋统计", "3号楼", "5号楼", "合计", "3-2-1501",
                     "5-1-0101", "交付未售", "已售未交付/未入住", "新增登记", "巡检覆盖率", "客服主管审核", "测试小区",
                     "月末空置2套", "已交付"):
        assert expected in t, expected
    assert get_form("vacancy_monthly").paper == "A4"


def test_monthly_refuses_a_bad_month_and_other_roles(db, actor, book):
    with pytest.raises(NotFound):
        printing.render_document(db, actor("clerk"), "vacancy_monthly", "2026-13")
    with pytest.raises(PermissionDenied):
        printing.render_document(db, actor("it"), "vacancy_monthly", "2026-06")


def test_inspection_sheet_reads_back_and_reprints(db, actor, admin, book):
    number = records.get(db, admin, svc.INSPECTION_KIND, book["inspection"]).number
    t = text(printing.print_document(db, admin, "vacant_inspection", number))
    for expected in ("空置房巡检表", number, "3-2-1501", "无渗水、进水", "异常", "卫生间顶棚渗水", "负责人意见",
                     "整改要求：修复渗水", "整改期限：2026-06-17", "复检时间：2026-06-18", "报开发商维修", "巡检人"):
        assert expected in t, expected
    again = text(printing.print_document(db, admin, "vacant_inspection", number))
    assert "补打" in again
    records.act(db, admin, svc.INSPECTION_KIND, book["inspection"], "void", {"reason": "录错"})
    assert "作废" in text(printing.render_document(db, admin, "vacant_inspection", number))
    with pytest.raises(NotFound):
        printing.render_document(db, admin, "vacant_inspection", "KZ20260610-0099")
    assert date(2026, 6, 10) == MORNING.date()
