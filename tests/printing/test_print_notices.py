"""The notice and its 文件签收表, printed from the database and read back from the PDFs."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from app.domain.errors import NotFound, PermissionDenied, ValidationError
from app.printing.registry import SAMPLE_ESTATE, render
from app.services import notices, printing, registry
from app.services.registry import BuildingInput, PersonInput, RoomInput
from tests.printing.print_helpers import page_texts, squash
from tests.unit.services.test_notices import Clock, deliver, get, notice_input, through

T0 = datetime(2026, 6, 10, 9, 0)


def text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


@pytest.fixture
def clock(monkeypatch):
    return Clock(monkeypatch, T0)


@pytest.fixture
def rooms(db, admin):
    b = registry.save_building(db, admin, BuildingInput("3"))
    u = registry.save_unit(db, admin, b, "2")
    ids = [registry.save_room(db, admin, RoomInput(u, no, "15", "98")) for no in ("1502", "1503")]
    registry.save_person(db, admin, PersonInput("王建国", "13805716688"), room_id=ids[0], role="family")
    registry.save_person(db, admin, PersonInput("李秀英", "13905712233"), room_id=ids[1], role="family")
    return ids


def test_the_notice_prints_in_the_standard_layout(db, actor, rooms, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input())
    through(db, actor, nid, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    out = text(printing.render_document(db, actor("receptionist"), "notice", "TZ2026-00001"))
    for expected in ("关于3号楼停水的通知", "编号：测试小区物业[2026]第001号", "尊敬的业主/住户：",
                     "因水箱清洗，3号楼停水一天。", "通知范围：3栋", "特此通知。", "感谢您的理解与支持！",
                     "联系电话：0571-88886666", "星河物业阳光花园服务中心", "2026年06月10日",
                     "有效期至：2026年06月15日18:00", "测试小区"):
        assert expected in out, expected
    assert "审批稿" not in out and "作废" not in out
    # the official number as printed finds the same notice
    assert text(printing.render_document(db, actor("it"), "notice", "测试小区物业[2026]第001号")) == out
    # the parts follow each other in the standard order
    order = [out.index(s) for s in ("尊敬的业主/住户：", "因水箱清洗", "特此通知", "感谢", "联系电话",
                                    "星河物业", "有效期至")]
    assert order == sorted(order)


def test_a_draft_prints_as_a_draft_and_a_void_notice_as_void(db, actor, rooms, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input(scope="全小区", valid_until="2026-06-20"))
    out = text(printing.render_document(db, actor("supervisor"), "notice", "NG20260610-0001"))
    assert "【审批稿，未经发布】" in out and "通知范围" not in out     # the whole estate needs no scope line
    assert "编号：草稿" in out and "[2026]第" not in out and "TZ2026" not in out   # no official number yet
    assert "有效期至：2026年06月20日" in out and "23:59" not in out   # a whole day prints as the day
    through(db, actor, nid, ("void", "supervisor", "重复"))
    rendered = printing.preview_document(db, actor("supervisor"), "notice", "NG20260610-0001")
    assert rendered.voided and "作废" in text(rendered.pdf)


def test_a_long_title_wraps_under_the_kind(db, actor, rooms, clock):
    title = "关于开展二〇二六年度小区消防安全隐患排查整治及高层住宅疏散演练的通知"
    notices.create_notice(db, actor("clerk"), notice_input(title=title, kind="circular"))
    out = text(printing.render_document(db, actor("clerk"), "notice", "NG20260610-0001"))
    assert "通告" in out and squash(title) in out


def test_a_correction_names_the_notice_it_corrects(db, actor, rooms, clock):
    old = notices.create_notice(db, actor("clerk"), notice_input())
    through(db, actor, old, ("submit", "clerk"), ("approve", "supervisor"), ("publish", "clerk"),
            ("void", "supervisor", "时间有误"))
    values = notices.correction_values(db, actor("supervisor"), old)
    notices.create_notice(db, actor("supervisor"), notice_input(title=values["title"], body=values["body"],
                                                                corrects_id=old))
    out = text(printing.render_document(db, actor("clerk"), "notice", "NG20260610-0002"))
    assert "本通知更正测试小区物业[2026]第001号" in out


def test_individual_notice_and_its_sign_sheet(db, actor, rooms, clock):
    nid = notices.create_notice(db, actor("steward"), notice_input(
        title="关于限期整改违规搭建的通知", kind="rectification", individual=True, valid_until="2026-06-30"))
    notices.add_recipients(db, actor("steward"), nid, "3-2-1502")
    out = text(printing.render_document(db, actor("clerk"), "notice", "NG20260610-0001"))
    assert "尊敬的3-2-1502业主/住户王建国：" in out and "通知范围" not in out
    notices.add_recipients(db, actor("steward"), nid, "3-2-1503")
    assert "尊敬的业主/住户：" in text(printing.render_document(db, actor("clerk"), "notice", "NG20260610-0001"))
    through(db, actor, nid, ("submit", "steward"), ("approve", "supervisor"), ("publish", "clerk"))
    recs = get(db, actor("clerk"), nid).recipients
    deliver(db, actor("clerk"), recs[1].id, "refuse", delivered_at=T0, witness="刘洋")
    sheet = text(printing.print_document(db, actor("clerk"), "notice_sign_sheet", "TZ2026-00001"))
    for expected in ("文件签收表", "文件名称", "关于限期整改违规搭建的通知", "文号", "测试小区物业[2026]第001号",
                     "送达份数2份", "房号", "姓名", "签收人签字", "签收日期", "3-2-1502", "王建国", "3-2-1503",
                     "李秀英", "拒签06-10，见证人：刘洋", "送达人", "见证人", "经办人"):
        assert expected in sheet, expected
    assert sheet.index("3-2-1502") < sheet.index("3-2-1503")
    again = printing.print_document(db, actor("clerk"), "notice_sign_sheet", "TZ2026-00001")
    assert "补打第1次" in text(again)
    assert printing.print_count(db, "notice_sign_sheet", "TZ2026-00001") == 2


def test_sign_sheet_and_lookups_refused(db, actor, rooms, clock):
    notices.create_notice(db, actor("clerk"), notice_input())
    with pytest.raises(ValidationError, match="Only an individual notice"):
        printing.render_document(db, actor("clerk"), "notice_sign_sheet", "NG20260610-0001")
    with pytest.raises(NotFound, match="no notice TZ2026-00009"):
        printing.render_document(db, actor("clerk"), "notice", "TZ2026-00009")
    boss = actor("supervisor")
    with pytest.raises(PermissionDenied):
        printing.render_document(db, replace(boss, permissions=frozenset()), "notice", "NG20260610-0001")


def test_sign_sheet_sample_with_many_recipients_breaks_pages_and_repeats_the_header():
    from app.printing.forms.sign_sheet import SignRow, sample

    data = replace(sample(), rows=[SignRow(f"3-2-{k:04d}", f"业主{k}") for k in range(1, 41)])
    texts = [squash(t) for t in page_texts(render("notice_sign_sheet", data, estate=SAMPLE_ESTATE))]
    assert len(texts) >= 2
    assert all("签收人签字" in t for t in texts)
    assert "业主40" in "".join(texts) and "经办人" in texts[-1] and "经办人" not in texts[0]


def test_notice_sample_reads_back():
    from app.printing.forms.notice import sample

    out = text(render("notice", sample(), estate=SAMPLE_ESTATE))
    assert "有效期至：2026年06月15日18:00" in out and "通知范围：3栋1单元、3栋2单元" in out
    assert "阳光花园物业[2026]第012号" in out
    short = replace(sample(), valid_until=date(2026, 6, 15), contact_phone="", scope="")
    out = text(render("notice", short, estate=SAMPLE_ESTATE))
    assert "有效期至：2026年06月15日" in out and "联系电话" not in out and "通知范围" not in out
